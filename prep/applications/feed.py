"""A candidate's dates as an iCalendar (.ics) feed, built with the `icalendar` package.

Deadlines are timed events in Asia/Seoul (with its VTIMEZONE) and an alarm a day before; step
dates (필기, 면접 …) are all-day events. UIDs are stable, so a calendar app that polls the feed
updates events in place instead of duplicating them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from prep.applications.schedule import Event as AgendaEvent

if TYPE_CHECKING:
    from icalendar import Event

# icalendar is imported where the feed is built, not with the module: it would add ~8 MB to
# every web worker, and only calendar apps polling a feed need it.
PRODID = "-//Prep//지원 일정//KO"
ALARM_BEFORE = timedelta(days=1)


def _event(item: AgendaEvent, stamp: datetime, site_url: str) -> Event:
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("summary", item.title)
    if item.at is not None:
        event.add("dtstart", item.at)
        event.add("dtend", item.at)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.title)
        alarm.add("trigger", -ALARM_BEFORE)
        event.add_component(alarm)
    else:
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
    event.add("url", site_url + item.application.get_absolute_url())
    return event


def build_feed(events: list[AgendaEvent], *, stamp: datetime, site_url: str) -> bytes:
    from icalendar import Calendar, Timezone

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "프렙 지원 일정")
    calendar.add("x-wr-timezone", "Asia/Seoul")
    # Always there, so a client adds later deadlines in Seoul time even to an empty feed.
    calendar.add_component(Timezone.from_tzid("Asia/Seoul"))
    for item in events:
        # A date on the last day of year 9999 has no next day for its end: left out.
        if item.at is None and item.day == date.max:
            continue
        calendar.add_component(_event(item, stamp, site_url))
    return calendar.to_ical()
