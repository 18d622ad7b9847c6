from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from prep.applications.models import ApplicationStep
from prep.applications.schedule import interview_dates, set_interview_date
from prep.practice.interviews import reviews
from prep.practice.models import Rating, ReviewLog
from tests.factories import (
    CompanyFactory,
    InterviewQuestionFactory,
    MockSessionFactory,
    SessionQuestionFactory,
)

SEOUL = ZoneInfo("Asia/Seoul")
NOW = datetime(2025, 3, 3, 10, 0, tzinfo=SEOUL)  # a Monday morning, frozen


@pytest.fixture
def company(db):
    return CompanyFactory(name="한국사회보장정보원", slug="ssis")


@pytest.fixture
def answered(user, company):
    session = MockSessionFactory(user=user, company=company)
    return SessionQuestionFactory(
        session=session,
        question=InterviewQuestionFactory(company=company, text="지원 동기를 말해 주세요."),
        text="지원 동기를 말해 주세요.",
        started_at=NOW - timedelta(seconds=80),
        answered_at=NOW,
    )


class TestCardForRating:
    def test_a_rated_question_becomes_a_card_scheduled_by_fsrs(self, user, answered, company):
        card = reviews.card_for_rating(
            user=user, session_question=answered, rating=Rating.GOOD, now=NOW
        )
        assert card.user == user
        assert card.company == company
        assert card.question == answered.question
        assert card.text == "지원 동기를 말해 주세요."
        # A new card rated 괜찮음 moves to FSRS's second learning step: 10 minutes.
        assert card.due == NOW + timedelta(minutes=10)
        assert card.fsrs_card["state"] == 1
        assert card.last_reviewed_at == NOW
        assert ReviewLog.objects.filter(card=card, rating=Rating.GOOD).count() == 1

    def test_rating_the_same_question_again_updates_the_same_card(self, user, answered):
        first = reviews.card_for_rating(
            user=user, session_question=answered, rating=Rating.GOOD, now=NOW
        )
        again = SessionQuestionFactory(
            session=MockSessionFactory(user=user, company=answered.session.company),
            question=answered.question,
            text=answered.text,
        )
        second = reviews.card_for_rating(
            user=user, session_question=again, rating=Rating.GOOD, now=NOW + timedelta(minutes=10)
        )
        assert second.pk == first.pk
        assert user.review_cards.count() == 1
        assert second.logs.count() == 2

    def test_easy_goes_straight_to_review_for_days(self, user, answered):
        card = reviews.card_for_rating(
            user=user, session_question=answered, rating=Rating.EASY, now=NOW
        )
        assert card.fsrs_card["state"] == 2
        assert card.due >= NOW + timedelta(days=1)
        assert user.review_cards.learned().count() == 1

    def test_a_follow_up_is_matched_by_text_and_company(self, user, company):
        session = MockSessionFactory(user=user, company=company)
        follow_up = SessionQuestionFactory(
            session=session, question=None, text="그 80%는 어떻게 측정했나요?", is_follow_up=True
        )
        card = reviews.card_for_rating(
            user=user, session_question=follow_up, rating=Rating.HARD, now=NOW
        )
        assert card.question is None and card.company == company
        reviews.card_for_rating(user=user, session_question=follow_up, rating=Rating.GOOD, now=NOW)
        assert user.review_cards.count() == 1

    def test_scheduling_is_deterministic(self, user, answered, other_user):
        a = reviews.card_for_rating(user=user, session_question=answered, rating=3, now=NOW)
        b_question = SessionQuestionFactory(
            session=MockSessionFactory(user=other_user, company=answered.session.company),
            question=answered.question,
            text=answered.text,
        )
        b = reviews.card_for_rating(user=other_user, session_question=b_question, rating=3, now=NOW)
        assert a.due == b.due


class TestReviewCard:
    def test_again_brings_a_review_card_back_soon(self, user, answered):
        card = reviews.card_for_rating(user=user, session_question=answered, rating=4, now=NOW)
        later = card.due
        card = reviews.review_card(card=card, rating=Rating.AGAIN, now=later)
        assert card.due == later + timedelta(minutes=10)  # relearning step
        assert card.fsrs_card["state"] == 3

    def test_good_reviews_grow_the_interval(self, user, answered):
        card = reviews.card_for_rating(user=user, session_question=answered, rating=4, now=NOW)
        first_interval = card.due - NOW
        reviewed_at = card.due
        card = reviews.review_card(card=card, rating=Rating.GOOD, now=reviewed_at)
        assert card.due - reviewed_at > first_interval


class TestDueCards:
    def test_only_cards_due_by_now_are_listed_earliest_first(self, user, answered):
        card = reviews.card_for_rating(user=user, session_question=answered, rating=3, now=NOW)
        assert list(reviews.due_cards(user, NOW)) == []
        assert list(reviews.due_cards(user, card.due)) == [card]

    def test_another_users_cards_are_never_listed(self, user, other_user, answered):
        reviews.card_for_rating(user=user, session_question=answered, rating=3, now=NOW)
        assert list(reviews.due_cards(other_user, NOW + timedelta(days=400))) == []

    def test_counts_for_the_home_page(self, user, answered, company):
        reviews.card_for_rating(user=user, session_question=answered, rating=3, now=NOW)
        set_interview_date(user=user, company=company, day=date(2025, 3, 20))
        counts = reviews.review_counts(user=user, now=NOW)
        assert counts["due_now"] == 0
        assert counts["due_today"] == 1  # due in 10 minutes, still today in Seoul
        assert counts["learned"] == 0
        assert counts["next_interview"].company == company


class TestBringForward:
    def test_a_card_due_after_the_interview_is_shown_the_day_before_at_nine(self, user, answered):
        interview = date(2025, 3, 10)
        set_interview_date(user=user, company=answered.session.company, day=interview)
        card = reviews.card_for_rating(user=user, session_question=answered, rating=4, now=NOW)
        # FSRS alone would wait 8 days (3/11), past the interview on 3/10.
        assert datetime.fromisoformat(card.fsrs_card["due"]) > datetime(2025, 3, 10, tzinfo=SEOUL)
        assert card.due == datetime(2025, 3, 9, 9, 0, tzinfo=SEOUL)
        # Seen on 3/9 at 09:00: that was the pre-interview look, so FSRS's due stands.
        card = reviews.review_card(card=card, rating=4, now=card.due)
        assert card.due == datetime.fromisoformat(card.fsrs_card["due"])
        assert card.due > datetime(2025, 3, 10, tzinfo=SEOUL)

    def test_a_card_fsrs_shows_before_the_target_is_left_alone(self, user, answered):
        set_interview_date(user=user, company=answered.session.company, day=date(2025, 3, 20))
        card = reviews.card_for_rating(user=user, session_question=answered, rating=3, now=NOW)
        assert card.due == NOW + timedelta(minutes=10)

    def test_setting_a_date_later_reschedules_existing_cards(self, user, answered):
        reviewed = NOW - timedelta(days=5)
        card = reviews.card_for_rating(user=user, session_question=answered, rating=4, now=reviewed)
        fsrs_due = card.due
        assert fsrs_due == reviewed + timedelta(days=8)
        set_interview_date(user=user, company=answered.session.company, day=date(2025, 3, 5))
        assert reviews.reschedule_for_interviews(user=user, now=NOW) == 1
        card.refresh_from_db()
        assert card.due == datetime(2025, 3, 4, 9, 0, tzinfo=SEOUL)

    def test_a_target_already_passed_today_makes_the_card_due_now(self, user, answered):
        reviewed = NOW - timedelta(days=5)
        card = reviews.card_for_rating(user=user, session_question=answered, rating=4, now=reviewed)
        set_interview_date(user=user, company=answered.session.company, day=date(2025, 3, 4))
        reviews.reschedule_for_interviews(user=user, now=NOW)
        card.refresh_from_db()
        assert card.due == NOW  # 3/3 09:00 has passed: due now, never in the past

    def test_clearing_the_date_restores_fsrs_due(self, user, answered):
        set_interview_date(user=user, company=answered.session.company, day=date(2025, 3, 8))
        card = reviews.card_for_rating(user=user, session_question=answered, rating=4, now=NOW)
        assert card.due == datetime(2025, 3, 7, 9, 0, tzinfo=SEOUL)
        set_interview_date(user=user, company=answered.session.company, day=None)
        reviews.reschedule_for_interviews(user=user, now=NOW)
        card.refresh_from_db()
        assert card.due == datetime.fromisoformat(card.fsrs_card["due"])

    def test_a_card_seen_in_the_final_stretch_is_not_pulled_again(self, user, answered):
        set_interview_date(user=user, company=answered.session.company, day=date(2025, 3, 5))
        card = reviews.card_for_rating(user=user, session_question=answered, rating=4, now=NOW)
        # NOW is two days before the interview: this review counts as the pre-interview look.
        assert card.due == datetime.fromisoformat(card.fsrs_card["due"])

    def test_a_passed_interview_moves_nothing(self, user, answered):
        set_interview_date(user=user, company=answered.session.company, day=date(2025, 3, 1))
        card = reviews.card_for_rating(user=user, session_question=answered, rating=4, now=NOW)
        assert card.due == datetime.fromisoformat(card.fsrs_card["due"])

    def test_general_questions_prepare_for_the_nearest_interview(self, user, company):
        other = CompanyFactory()
        set_interview_date(user=user, company=company, day=date(2025, 3, 12))
        set_interview_date(user=user, company=other, day=date(2025, 3, 10))
        session = MockSessionFactory(user=user, company=None)
        general = SessionQuestionFactory(
            session=session, question=InterviewQuestionFactory(company=None), text="자기소개"
        )
        card = reviews.card_for_rating(user=user, session_question=general, rating=4, now=NOW)
        assert card.due == datetime(2025, 3, 9, 9, 0, tzinfo=SEOUL)

    def test_effective_due_is_never_in_the_past(self):
        due = reviews.effective_due(
            fsrs_due=NOW + timedelta(days=30),
            interview_date=date(2025, 3, 4),
            last_reviewed_at=NOW - timedelta(days=10),
            now=NOW,
        )
        assert due == NOW


# --- pages -----------------------------------------------------------------------------------


@pytest.fixture
def frozen(monkeypatch):
    from django.utils import timezone

    monkeypatch.setattr(timezone, "now", lambda: NOW)


@pytest.mark.usefixtures("frozen")
class TestReviewToday:
    def test_it_shows_the_first_due_card_with_the_four_ratings(self, client_user, user):
        from tests.factories import ReviewCardFactory

        ReviewCardFactory(user=user, text="지금 복습할 질문", due=NOW - timedelta(days=1))
        ReviewCardFactory(user=user, text="나중 질문", due=NOW + timedelta(days=1))
        content = client_user.get(reverse("practice:review_today")).content.decode()
        assert "지금 복습할 질문" in content
        assert "나중 질문" not in content
        for label in ("다시", "어려움", "괜찮음", "쉬움"):
            assert label in content

    def test_nothing_due_says_so(self, client_user):
        content = client_user.get(reverse("practice:review_today")).content.decode()
        assert "오늘 복습할 카드를 모두 끝냈습니다" in content


@pytest.mark.usefixtures("frozen")
class TestReviewAnswer:
    def test_a_rating_schedules_the_card_and_logs_it(self, client_user, user):
        from tests.factories import ReviewCardFactory

        card = ReviewCardFactory(user=user, due=NOW - timedelta(days=1))
        response = client_user.post(
            reverse("practice:review_answer", kwargs={"pk": card.pk}), {"rating": Rating.EASY}
        )
        assert response.status_code == 302
        card.refresh_from_db()
        assert card.fsrs_card["state"] == 2
        assert card.logs.get().rating == Rating.EASY

    def test_htmx_gets_the_next_card(self, client_user, user):
        from tests.factories import ReviewCardFactory

        card = ReviewCardFactory(user=user, text="첫 카드", due=NOW - timedelta(days=2))
        ReviewCardFactory(user=user, text="둘째 카드", due=NOW - timedelta(days=1))
        response = client_user.post(
            reverse("practice:review_answer", kwargs={"pk": card.pk}),
            {"rating": Rating.GOOD},
            headers={"HX-Request": "true"},
        )
        assert response.template_name.endswith("#review-stage")
        assert "둘째 카드" in response.content.decode()

    def test_a_bad_rating_is_refused(self, client_user, user):
        from tests.factories import ReviewCardFactory

        card = ReviewCardFactory(user=user, due=NOW - timedelta(days=1))
        response = client_user.post(
            reverse("practice:review_answer", kwargs={"pk": card.pk}), {"rating": 9}
        )
        assert response.status_code == 200
        assert not card.logs.exists()


class TestInterviewDate:
    def test_setting_a_date_creates_the_target_and_brings_cards_forward(
        self, client_user, user, answered, company, frozen
    ):
        card = reviews.card_for_rating(user=user, session_question=answered, rating=4, now=NOW)
        response = client_user.post(
            reverse("practice:interview_date"), {"company": "ssis", "interview_date": "2025-03-10"}
        )
        assert response.status_code == 302
        assert user.targets.filter(company=company).exists()
        assert interview_dates(user, NOW.date()) == {company.pk: date(2025, 3, 10)}
        card.refresh_from_db()
        assert card.due == datetime(2025, 3, 9, 9, 0, tzinfo=SEOUL)

    def test_a_blank_date_clears_it(self, client_user, user, company):
        set_interview_date(user=user, company=company, day=date(2025, 3, 10))
        client_user.post(reverse("practice:interview_date"), {"company": "ssis"})
        assert interview_dates(user, NOW.date()) == {}

    def test_a_bad_date_is_explained_in_korean(self, client_user, company):
        response = client_user.post(
            reverse("practice:interview_date"), {"company": "ssis", "interview_date": "내일"}
        )
        assert response.status_code == 200
        assert "날짜를 2025-03-15 형식으로 입력하세요." in response.content.decode()

    def test_a_year_one_date_is_refused_in_korean(self, client_user, user, company, frozen):
        response = client_user.post(
            reverse("practice:interview_date"), {"company": "ssis", "interview_date": "0001-01-01"}
        )
        assert response.status_code == 200
        assert "면접일은 작년부터 2년 뒤까지의 날짜로 입력하세요." in response.content.decode()
        assert not ApplicationStep.objects.of_user(user).interviews().exists()

    def test_the_form_is_prefilled_from_the_query(self, client_user, company):
        response = client_user.get(reverse("practice:interview_date") + "?company=ssis")
        assert response.context_data["form"].initial["company"] == "ssis"


class TestHomeReviewsTag:
    def test_it_renders_counts_and_links(self, user, answered):
        from django.template import Context, Template

        reviews.card_for_rating(user=user, session_question=answered, rating=4, now=NOW)
        html = Template("{% load practice_interviews %}{% home_reviews user %}").render(
            Context({"user": user})
        )
        assert "익힌 카드 <strong>1</strong>장" in html
        assert reverse("practice:review_today") in html
        assert reverse("practice:session_new") in html

    def test_it_renders_nothing_for_a_visitor(self, db):
        from django.contrib.auth.models import AnonymousUser
        from django.template import Context, Template

        html = Template("{% load practice_interviews %}{% home_reviews user %}").render(
            Context({"user": AnonymousUser()})
        )
        assert html.strip() == ""


@pytest.mark.usefixtures("frozen")
class TestReviewCountsAgree:
    def test_after_the_due_cards_home_and_review_page_give_the_same_numbers(
        self, client_user, user
    ):
        from tests.factories import ReviewCardFactory

        cards = [ReviewCardFactory(user=user, due=NOW - timedelta(hours=1)) for _ in range(4)]
        for card in cards:
            client_user.post(
                reverse("practice:review_answer", kwargs={"pk": card.pk}), {"rating": Rating.AGAIN}
            )
        review_page = client_user.get(reverse("practice:review_today")).content.decode()
        home = client_user.get(reverse("home")).content.decode()
        for page in (review_page, home):
            assert "지금 복습할 카드 <strong>0</strong>장" in page
            assert "오늘 안에 다시 나올 카드 <strong>4</strong>장" in page
        assert "4장은 오늘 안에 다시 나옵니다" in review_page


class TestInterviewDayIsWrittenOneWay:
    def test_every_page_shows_the_same_date_with_its_d_day(self, client_user, user, company):
        from django.utils import timezone

        from prep.applications.schedule import set_interview_date
        from tests.factories import ReviewCardFactory

        day = timezone.localdate() + timedelta(days=9)
        set_interview_date(user=user, company=company, day=day)
        ReviewCardFactory(user=user, company=company)
        written = f"{day:%Y.%m.%d} ("
        home = client_user.get(reverse("home")).content.decode()
        dates_page = client_user.get(reverse("practice:interview_date")).content.decode()
        assert written in home  # the reviews card (and the due-next card)
        assert "D-9" in home
        assert written in dates_page and "D-9" in dates_page
        assert f"{day:%Y-%m-%d}<" not in home + dates_page

    def test_the_day_itself_and_a_passed_day_are_counted_too(self):
        from prep.catalog.templatetags.catalog_tags import d_day

        today = date(2026, 12, 11)
        assert d_day(today, today) == "D-day"
        assert d_day(date(2026, 12, 9), today) == "D+2"
