"""A month grid for the calendar page: weeks from Sunday, as Korean calendars print them."""

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

WEEK = calendar.Calendar(firstweekday=calendar.SUNDAY)


@dataclass
class Day:
    day: date
    in_month: bool
    is_today: bool
    events: list = field(default_factory=list)


@dataclass
class Month:
    first: date
    weeks: list[list[Day]]

    @property
    def previous(self) -> date:
        return (self.first - timedelta(days=1)).replace(day=1)

    @property
    def next(self) -> date:
        return (self.first + timedelta(days=32)).replace(day=1)

    @property
    def last_shown(self) -> date:
        return self.weeks[-1][-1].day

    @property
    def first_shown(self) -> date:
        return self.weeks[0][0].day

    @property
    def days_with_events(self) -> list[Day]:
        return [day for week in self.weeks for day in week if day.in_month and day.events]


def parse_month(value: str, today: date) -> date:
    """The first day of the month named "2026-12"; this month for anything else."""
    try:
        first = datetime.strptime(value.strip(), "%Y-%m").date()
    except ValueError:
        return today.replace(day=1)
    if not 1900 <= first.year <= 2999:
        return today.replace(day=1)
    return first


def month_grid(first: date, today: date) -> Month:
    weeks = [
        [Day(day, day.month == first.month, day == today) for day in week]
        for week in WEEK.monthdatescalendar(first.year, first.month)
    ]
    return Month(first, weeks)


def fill(month: Month, events_by_day: dict) -> Month:
    for week in month.weeks:
        for day in week:
            day.events = events_by_day.get(day.day, [])
    return month
