from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template

from prep.applications import schedule
from prep.applications.models import Stage
from prep.practice.interviews import reviews
from tests.factories import (
    ApplicationFactory,
    ApplicationStepFactory,
    CompanyFactory,
    MockSessionFactory,
    PostingFactory,
    SessionQuestionFactory,
)

pytestmark = pytest.mark.django_db

SEOUL = ZoneInfo("Asia/Seoul")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=SEOUL)
TODAY = NOW.date()


def at(day: date, hour: int = 18) -> datetime:
    return datetime.combine(day, datetime.min.time().replace(hour=hour), SEOUL)


@pytest.fixture
def company():
    return CompanyFactory(name="한국가상정보원", slug="virtual-info")


class TestDueNext:
    def test_deadlines_and_step_days_soonest_first(self, user, company):
        soon = PostingFactory(company=company, closes_at=at(date(2026, 12, 3)))
        later = PostingFactory(company=company, closes_at=at(date(2026, 12, 9)))
        ApplicationFactory(user=user, posting=soon, stage=Stage.WRITING)
        submitted = ApplicationFactory(user=user, posting=later, stage=Stage.SUBMITTED)
        ApplicationStepFactory(application=submitted, stage="interview", date=date(2026, 12, 5))

        events = schedule.due_next(user=user, now=NOW)

        assert [(e.day, e.label) for e in events] == [
            (date(2026, 12, 3), "서류 마감"),
            (date(2026, 12, 5), "면접"),
        ]
        assert events[0].d_day(TODAY) == "D-2"

    def test_a_submission_date_is_a_record_not_something_due(self, user, company):
        posting = PostingFactory(company=company, closes_at=at(date(2026, 12, 3)))
        application = ApplicationFactory(user=user, posting=posting, stage=Stage.SUBMITTED)
        ApplicationStepFactory(application=application, stage="submitted", date=TODAY)
        assert schedule.due_next(user=user, now=NOW) == []

    def test_a_recently_missed_deadline_comes_first_marked_missed(self, user, company):
        missed = PostingFactory(company=company, closes_at=at(date(2026, 11, 28)))
        ApplicationFactory(user=user, posting=missed, stage=Stage.INTERESTED)
        upcoming = PostingFactory(company=company, closes_at=at(date(2026, 12, 2)))
        ApplicationFactory(user=user, posting=upcoming)

        events = schedule.due_next(user=user, now=NOW)

        assert [e.missed for e in events] == [True, False]

    def test_a_long_missed_deadline_and_past_steps_drop_off(self, user, company):
        old = PostingFactory(company=company, closes_at=at(date(2026, 11, 1)))
        application = ApplicationFactory(user=user, posting=old)
        ApplicationStepFactory(application=application, stage="written", date=date(2026, 11, 30))
        assert schedule.due_next(user=user, now=NOW) == []

    def test_another_candidates_dates_are_not_included(self, user, other_user, company):
        ApplicationStepFactory(
            application=ApplicationFactory(user=other_user, posting=PostingFactory()),
            date=date(2026, 12, 4),
        )
        assert schedule.due_next(user=user, now=NOW) == []


class TestInterviewDates:
    def test_the_nearest_upcoming_interview_step_wins_over_later_and_past_ones(self, user, company):
        first = ApplicationFactory(user=user, posting=PostingFactory(company=company))
        second = ApplicationFactory(user=user, posting=PostingFactory(company=company))
        third = ApplicationFactory(user=user, posting=None, company=company)
        ApplicationStepFactory(application=first, date=date(2026, 12, 20))
        ApplicationStepFactory(application=second, date=date(2026, 12, 8))
        ApplicationStepFactory(application=third, date=date(2026, 11, 20))

        assert schedule.interview_dates(user, TODAY) == {company.pk: date(2026, 12, 8)}

    def test_with_only_past_interviews_the_latest_is_kept(self, user, company):
        application = ApplicationFactory(user=user, posting=None, company=company)
        ApplicationStepFactory(application=application, date=date(2026, 11, 20))
        other = ApplicationFactory(user=user, posting=PostingFactory(company=company))
        ApplicationStepFactory(application=other, date=date(2026, 11, 25))
        assert schedule.interview_dates(user, TODAY) == {company.pk: date(2026, 11, 25)}

    def test_other_stages_are_not_interviews(self, user, company):
        application = ApplicationFactory(user=user, posting=PostingFactory(company=company))
        ApplicationStepFactory(application=application, stage="written", date=date(2026, 12, 8))
        assert schedule.interview_dates(user, TODAY) == {}

    def test_setting_a_date_uses_the_latest_application_to_the_company(self, user, company):
        application = ApplicationFactory(user=user, posting=PostingFactory(company=company))
        schedule.set_interview_date(user=user, company=company, day=date(2026, 12, 9))
        application.refresh_from_db()
        assert application.stage == Stage.INTERVIEW
        assert application.steps.get().date == date(2026, 12, 9)
        assert user.applications.count() == 1

    def test_setting_a_date_without_an_application_creates_one(self, user, company):
        schedule.set_interview_date(user=user, company=company, day=date(2026, 12, 9))
        application = user.applications.get()
        assert application.posting is None and application.title == "한국가상정보원"
        assert user.targets.filter(company=company).exists()


class TestReviewBringForward:
    def test_cards_come_forward_before_the_nearest_interview_step(self, user, company):
        session = MockSessionFactory(user=user, company=company)
        answered = SessionQuestionFactory(session=session, started_at=NOW, answered_at=NOW)
        far = ApplicationFactory(user=user, posting=PostingFactory(company=company))
        near = ApplicationFactory(user=user, posting=PostingFactory(company=company))
        ApplicationStepFactory(application=far, date=date(2026, 12, 30))
        ApplicationStepFactory(application=near, date=date(2026, 12, 8))

        card = reviews.card_for_rating(user=user, session_question=answered, rating=4, now=NOW)

        # FSRS alone would wait past 12/8; the card is due the day before at 09:00.
        assert datetime.fromisoformat(card.fsrs_card["due"]) > at(date(2026, 12, 8), 0)
        assert card.due == datetime(2026, 12, 7, 9, 0, tzinfo=SEOUL)

    def test_the_home_review_card_names_the_next_interview(self, user, company):
        ApplicationStepFactory(
            application=ApplicationFactory(user=user, posting=PostingFactory(company=company)),
            date=date(2026, 12, 8),
        )
        counts = reviews.review_counts(user=user, now=NOW)
        assert counts["next_interview"].company == company
        assert counts["next_interview"].interview_date == date(2026, 12, 8)


class TestHomeDueNext:
    def render(self, user) -> str:
        return Template("{% load applications_tags %}{% home_due_next user %}").render(
            Context({"user": user})
        )

    def test_it_shows_the_next_deadline_with_its_d_day(self, user, company):
        from tests.factories import _seoul

        ApplicationFactory(user=user, posting=PostingFactory(company=company, closes_at=_seoul(3)))
        html = self.render(user)
        assert "다가오는 일정" in html
        assert "D-3" in html and "서류 마감" in html and "한국가상정보원" in html

    def test_it_invites_a_candidate_with_nothing_due(self, user):
        assert "다가오는 마감이나 면접이 없습니다" in self.render(user)

    def test_the_home_page_shows_the_card(self, client_user, user, company):
        from tests.factories import _seoul

        ApplicationFactory(user=user, posting=PostingFactory(company=company, closes_at=_seoul(1)))
        content = client_user.get("/").content.decode()
        assert "다가오는 일정" in content and "D-1" in content
