from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from icalendar import Calendar

from prep.applications.models import CalendarFeed, Stage
from tests.factories import (
    ApplicationFactory,
    ApplicationStepFactory,
    CompanyFactory,
    PostingFactory,
)

pytestmark = pytest.mark.django_db

SEOUL = ZoneInfo("Asia/Seoul")


@pytest.fixture
def company():
    return CompanyFactory(name="한국가상정보원", slug="virtual-info")


@pytest.fixture
def feed(user):
    return CalendarFeed.objects.create(user=user)


def get_feed(client, token):
    return client.get(reverse("applications:calendar_feed", kwargs={"token": token}))


class TestCalendarFeed:
    def test_it_parses_back_with_a_seoul_timezone_deadline_alarm_and_all_day_steps(
        self, client, user, feed, company
    ):
        closes = datetime(2026, 12, 15, 18, 0, tzinfo=SEOUL)
        application = ApplicationFactory(
            user=user, posting=PostingFactory(company=company, closes_at=closes)
        )
        ApplicationStepFactory(application=application, stage="interview", date=date(2026, 12, 28))

        response = get_feed(client, feed.token)

        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/calendar")
        calendar = Calendar.from_ical(response.content)
        timezones = [tz["TZID"] for tz in calendar.walk("VTIMEZONE")]
        assert timezones == ["Asia/Seoul"]
        events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
        assert set(events) == {"한국가상정보원 서류 마감", "한국가상정보원 면접"}
        deadline = events["한국가상정보원 서류 마감"]
        start = deadline.decoded("DTSTART")
        assert start == closes and str(start.tzinfo) == "Asia/Seoul"
        assert deadline["DTSTART"].params["TZID"] == "Asia/Seoul"
        [alarm] = deadline.walk("VALARM")
        assert alarm.decoded("TRIGGER") == -timedelta(days=1)
        interview = events["한국가상정보원 면접"]
        assert interview.decoded("DTSTART") == date(2026, 12, 28)
        assert interview.decoded("DTEND") == date(2026, 12, 29)
        assert not interview.walk("VALARM")
        assert str(deadline["UID"]) == f"deadline-{application.pk}@prep"
        assert application.get_absolute_url() in str(deadline["URL"])

    def test_an_empty_feed_still_parses_with_its_timezone(self, client, feed):
        calendar = Calendar.from_ical(get_feed(client, feed.token).content)
        assert calendar.walk("VEVENT") == []
        assert calendar.walk("VTIMEZONE")

    def test_a_wrong_or_revoked_token_is_404(self, client, user, feed):
        token = feed.token
        assert get_feed(client, "x" * 43).status_code == 404
        CalendarFeed.regenerate(user)
        assert get_feed(client, token).status_code == 404
        CalendarFeed.objects.filter(user=user).delete()
        assert get_feed(client, token).status_code == 404

    def test_a_token_shows_only_its_own_candidates_dates(
        self, client, user, other_user, feed, company
    ):
        ApplicationFactory(user=user, posting=PostingFactory(company=company, title="앨리스 공고"))
        theirs = ApplicationFactory(
            user=other_user, posting=PostingFactory(company=CompanyFactory(name="찰리기관"))
        )
        ApplicationStepFactory(application=theirs, date=date(2026, 12, 3))
        CalendarFeed.objects.create(user=other_user)

        content = get_feed(client, feed.token).content.decode()

        assert "한국가상정보원" in content
        assert "찰리기관" not in content

    def test_a_logged_in_stranger_gets_the_tokens_feed_not_their_own(
        self, client_stranger, user, other_user, feed, company
    ):
        ApplicationFactory(user=user, posting=PostingFactory(company=company))
        ApplicationFactory(
            user=other_user, posting=PostingFactory(company=CompanyFactory(name="찰리기관"))
        )
        content = get_feed(client_stranger, feed.token).content.decode()
        assert "한국가상정보원" in content and "찰리기관" not in content

    def test_the_feed_is_not_cached_by_shared_caches(self, client, feed):
        assert "no-store" in get_feed(client, feed.token)["Cache-Control"]

    def test_submitted_applications_keep_their_deadline_without_being_missed(
        self, client, user, feed, company
    ):
        posting = PostingFactory(company=company, closes_at=datetime(2026, 1, 5, tzinfo=SEOUL))
        ApplicationFactory(user=user, posting=posting, stage=Stage.SUBMITTED)
        calendar = Calendar.from_ical(get_feed(client, feed.token).content)
        assert len(calendar.walk("VEVENT")) == 1
