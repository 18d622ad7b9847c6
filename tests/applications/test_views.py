from datetime import date, timedelta

import pytest
from django.urls import reverse

from prep.applications.models import Application, CalendarFeed, Stage
from prep.catalog.models import TargetCompany
from prep.catalog.models.postings import seoul_today
from tests.factories import (
    ApplicationFactory,
    ApplicationStepFactory,
    CompanyFactory,
    EssayPromptFactory,
    HiringTypeFactory,
    PostingFactory,
    PostingStepFactory,
    _seoul,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def company():
    return CompanyFactory(name="한국가상정보원", slug="virtual-info")


@pytest.fixture
def posting(company):
    prompts = [
        EssayPromptFactory(company=company, text="지원 동기를 기술해 주십시오.", limit=500),
        EssayPromptFactory(company=company, text="갈등을 해결한 경험을 기술해 주십시오."),
    ]
    return PostingFactory(company=company, title="2026 신입 공개채용", prompts=prompts)


class TestPostingList:
    url = reverse("applications:posting_list")

    def test_it_lists_open_and_upcoming_postings_soonest_deadline_first(self, client, company):
        later = PostingFactory(company=company, title="나중 마감", closes_at=_seoul(20))
        sooner = PostingFactory(company=company, title="곧 마감", closes_at=_seoul(2))
        upcoming = PostingFactory(
            company=company, title="접수 예정", opens_at=_seoul(3), closes_at=_seoul(9)
        )
        PostingFactory(company=company, title="지난 공고", closes_at=_seoul(-1))
        PostingFactory(company=company, title="비공개 공고", published=False)

        response = client.get(self.url)

        assert list(response.context_data["postings"]) == [sooner, upcoming, later]
        content = response.content.decode()
        assert "D-2" in content and "D-20" in content
        assert "지난 공고" not in content and "비공개 공고" not in content

    def test_closed_postings_are_shown_when_asked_with_the_closed_badge(self, client, company):
        PostingFactory(company=company, title="지난 공고", closes_at=_seoul(-1))
        content = client.get(self.url, {"include_closed": "on"}).content.decode()
        assert "지난 공고" in content and "마감" in content

    def test_today_is_d_day(self, client, company):
        PostingFactory(company=company, closes_at=_seoul(0, 23, 59))
        assert "D-day" in client.get(self.url).content.decode()

    def test_filters_narrow_the_list(self, client, company):
        intern = HiringTypeFactory(name="체험형 청년인턴")
        wanted = PostingFactory(company=company, title="인턴 공고", recruit_kind="both")
        wanted.hiring_types.add(intern)
        PostingFactory(company=company, title="정규직 공고")
        other = PostingFactory(title="다른 기관 공고")

        def titles(**params):
            response = client.get(self.url, params)
            return [p.title for p in response.context_data["postings"]]

        assert titles(hiring_type=intern.pk) == ["인턴 공고"]
        assert titles(recruit_kind="both") == ["인턴 공고"]
        assert titles(company=other.company.slug) == ["다른 기관 공고"]
        assert titles(q="인턴") == ["인턴 공고"]
        assert titles(q="한국가상") == ["인턴 공고", "정규직 공고"]

    def test_closing_soon_keeps_deadlines_within_a_week(self, client, company):
        PostingFactory(company=company, title="사흘 뒤", closes_at=_seoul(3))
        PostingFactory(company=company, title="열흘 뒤", closes_at=_seoul(10))
        response = client.get(self.url, {"closing_soon": "on"})
        assert [p.title for p in response.context_data["postings"]] == ["사흘 뒤"]

    @pytest.mark.parametrize(
        "params",
        [
            {"hiring_type": "abc"},
            {"company": "없는-기관"},
            {"region": "99999"},
            {"recruit_kind": "<script>"},
            {"page": "-1"},
            {"q": "x" * 500},
        ],
    )
    def test_bad_filter_values_are_ignored_not_errors(self, client, posting, params):
        response = client.get(self.url, params)
        assert response.status_code == 200

    def test_a_nul_in_the_search_is_a_bad_request_page_not_an_error(self, client, posting):
        # The site-wide rule (prep.middleware): NUL in a query string is refused with our page.
        response = client.get(self.url, {"q": "\x00"})
        assert response.status_code == 400
        assert "요청" in response.content.decode()

    def test_filter_choices_follow_published_postings(self, client, posting):
        hidden = PostingFactory(title="비공개", published=False, company__name="숨은기관")
        assert "숨은기관" not in client.get(self.url).content.decode()
        hidden.published = True
        hidden.save()
        content = client.get(self.url).content.decode()
        assert f'<option value="{hidden.company.slug}">숨은기관</option>' in content

    def test_the_chosen_filters_stay_selected(self, client, posting):
        content = client.get(
            self.url, {"company": posting.company.slug, "closing_soon": "on"}
        ).content.decode()
        assert f'<option value="{posting.company.slug}" selected>' in content
        assert 'id="id_closing_soon" checked' in content

    def test_htmx_gets_only_the_results(self, client, posting):
        response = client.get(self.url, headers={"HX-Request": "true"})
        assert response.template_name.endswith("#posting-results")
        assert "<html" not in response.content.decode()

    def test_a_followed_posting_links_to_its_application(self, client_user, user, posting):
        application = ApplicationFactory(user=user, posting=posting)
        content = client_user.get(self.url).content.decode()
        assert application.get_absolute_url() in content


class TestPostingDetail:
    def test_it_shows_steps_prompts_with_limits_and_the_write_button(self, client_user, posting):
        PostingStepFactory(
            posting=posting, kind="interview", name="1차 면접", date=date(2026, 1, 9)
        )
        content = client_user.get(posting.get_absolute_url()).content.decode()
        assert "2026 신입 공개채용" in content
        assert "1차 면접" in content and "2026.01.09" in content
        assert "지원 동기를 기술해 주십시오." in content
        assert "500 · 글자 수 (공백 포함)" in content
        assert "이 공고로 자소서 쓰기" in content

    def test_a_procedure_that_only_names_the_steps_is_not_shown_twice(self, client, posting):
        posting.procedure = "서류전형 → 필기전형(NCS) → 면접전형"
        posting.save()
        for order, name in enumerate(["서류전형", "필기전형(NCS)", "면접전형"], start=1):
            PostingStepFactory(posting=posting, order=order, name=name)

        content = client.get(posting.get_absolute_url()).content.decode()

        assert content.count("필기전형(NCS)") == 1

    def test_a_procedure_that_says_more_than_the_steps_is_shown(self, client, posting):
        posting.procedure = "서류전형 → 면접전형\n면접은 블라인드로 진행합니다."
        posting.save()
        PostingStepFactory(posting=posting, order=1, name="서류전형")

        content = client.get(posting.get_absolute_url()).content.decode()

        assert "면접은 블라인드로 진행합니다." in content

    def test_an_unpublished_posting_is_404(self, client):
        posting = PostingFactory(published=False)
        assert client.get(posting.get_absolute_url()).status_code == 404

    def test_a_posting_of_an_unpublished_company_is_404(self, client):
        posting = PostingFactory(company=CompanyFactory(published=False))
        assert client.get(posting.get_absolute_url()).status_code == 404

    def test_anonymous_visitors_are_invited_to_log_in(self, client, posting):
        content = client.get(posting.get_absolute_url()).content.decode()
        assert "로그인하고 관심 공고로 저장" in content


class TestPostingFollow:
    def test_following_creates_one_application_and_marks_the_target(
        self, client_user, user, posting
    ):
        url = reverse("applications:posting_follow", kwargs={"pk": posting.pk})
        client_user.post(url)
        response = client_user.post(url)

        application = user.applications.get()
        assert response.status_code == 302
        assert response["Location"] == application.get_absolute_url()
        assert application.stage == Stage.INTERESTED
        assert application.company == posting.company
        assert TargetCompany.objects.filter(user=user, company=posting.company).exists()

    def test_an_unpublished_posting_cannot_be_followed(self, client_user, user):
        posting = PostingFactory(published=False)
        url = reverse("applications:posting_follow", kwargs={"pk": posting.pk})
        assert client_user.post(url).status_code == 404
        assert not user.applications.exists()


class TestPostingWrite:
    def test_it_creates_one_draft_per_prompt_belonging_to_the_application(
        self, client_user, user, posting
    ):
        url = reverse("applications:posting_write", kwargs={"pk": posting.pk})
        client_user.post(url)

        application = user.applications.get()
        drafts = list(application.drafts.order_by("pk"))
        assert [d.prompt.text for d in drafts] == [
            "지원 동기를 기술해 주십시오.",
            "갈등을 해결한 경험을 기술해 주십시오.",
        ]
        assert all(d.user == user and d.company == posting.company for d in drafts)
        assert application.stage == Stage.WRITING

    def test_unpublished_prompts_get_no_draft(self, client_user, user, posting):
        posting.prompts.filter(text__startswith="갈등").update(published=False)
        client_user.post(reverse("applications:posting_write", kwargs={"pk": posting.pk}))
        assert [d.prompt.text for d in user.drafts.all()] == ["지원 동기를 기술해 주십시오."]

    def test_writing_again_adds_no_duplicate_drafts(self, client_user, user, posting):
        url = reverse("applications:posting_write", kwargs={"pk": posting.pk})
        client_user.post(url)
        response = client_user.post(url, follow=True)
        assert user.drafts.count() == 2
        assert "이미 초안이 있습니다" in response.content.decode()

    def test_a_submitted_application_keeps_its_stage(self, client_user, user, posting):
        ApplicationFactory(user=user, posting=posting, stage=Stage.SUBMITTED)
        client_user.post(reverse("applications:posting_write", kwargs={"pk": posting.pk}))
        assert user.applications.get().stage == Stage.SUBMITTED


class TestApplicationStage:
    def url(self, application):
        return reverse("applications:application_stage", kwargs={"pk": application.pk})

    def test_a_stage_with_a_date_records_the_step(self, client_user, user, posting):
        application = ApplicationFactory(user=user, posting=posting)
        client_user.post(self.url(application), {"stage": "submitted", "date": "2026-12-10"})
        application.refresh_from_db()
        assert application.stage == Stage.SUBMITTED
        assert application.steps.get().date == date(2026, 12, 10)

    def test_moving_a_date_updates_the_same_step(self, client_user, user, posting):
        application = ApplicationFactory(user=user, posting=posting)
        client_user.post(self.url(application), {"stage": "interview", "date": "2026-12-20"})
        client_user.post(self.url(application), {"stage": "interview", "date": "2026-12-22"})
        assert list(application.steps.values_list("date", flat=True)) == [date(2026, 12, 22)]

    @pytest.mark.parametrize(
        "data", [{"stage": "hired"}, {"stage": "interview", "date": "내일"}, {}]
    )
    def test_bad_input_is_explained_and_nothing_changes(self, client_user, user, posting, data):
        application = ApplicationFactory(user=user, posting=posting)
        response = client_user.post(self.url(application), data)
        assert response.status_code == 200
        assert "errorlist" in response.content.decode()
        application.refresh_from_db()
        assert application.stage == Stage.INTERESTED
        assert not application.steps.exists()

    def test_a_stranger_gets_404_and_changes_nothing(self, client_stranger, user, posting):
        application = ApplicationFactory(user=user, posting=posting)
        response = client_stranger.post(self.url(application), {"stage": "submitted"})
        assert response.status_code == 404
        application.refresh_from_db()
        assert application.stage == Stage.INTERESTED


class TestApplicationNotes:
    def test_notes_are_saved(self, client_user, user, posting):
        application = ApplicationFactory(user=user, posting=posting)
        url = reverse("applications:application_notes", kwargs={"pk": application.pk})
        client_user.post(url, {"notes": "인사팀 문의: 02-000-0000"})
        application.refresh_from_db()
        assert application.notes == "인사팀 문의: 02-000-0000"


class TestApplicationDetail:
    def test_a_missed_deadline_is_shown_as_such(self, client_user, user, company):
        posting = PostingFactory(company=company, closes_at=_seoul(-2))
        application = ApplicationFactory(user=user, posting=posting, stage=Stage.WRITING)
        content = client_user.get(application.get_absolute_url()).content.decode()
        assert "마감 지남 · 미제출" in content

    def test_a_submitted_application_is_not_marked_missed(self, client_user, user, company):
        posting = PostingFactory(company=company, closes_at=_seoul(-2))
        application = ApplicationFactory(user=user, posting=posting, stage=Stage.SUBMITTED)
        content = client_user.get(application.get_absolute_url()).content.decode()
        assert "마감 지남" not in content


class TestApplicationStepDelete:
    def test_a_step_of_another_application_is_404(self, client_user, user, posting):
        mine = ApplicationFactory(user=user, posting=posting)
        other = ApplicationStepFactory()
        url = reverse(
            "applications:application_step_delete", kwargs={"pk": mine.pk, "step_pk": other.pk}
        )
        assert client_user.post(url).status_code == 404
        assert other.__class__.objects.filter(pk=other.pk).exists()


class TestApplicationDelete:
    def test_it_removes_the_application_but_keeps_its_drafts(self, client_user, user, posting):
        client_user.post(reverse("applications:posting_write", kwargs={"pk": posting.pk}))
        application = user.applications.get()
        client_user.post(reverse("applications:application_delete", kwargs={"pk": application.pk}))
        assert not Application.objects.exists()
        assert user.drafts.count() == 2


class TestApplicationList:
    def test_it_lists_only_the_candidates_own_applications(
        self, client_user, user, other_user, posting
    ):
        ApplicationFactory(user=user, posting=posting)
        ApplicationFactory(user=other_user, posting=PostingFactory(title="남의 공고"))
        content = client_user.get(reverse("applications:application_list")).content.decode()
        assert "2026 신입 공개채용" in content
        assert "남의 공고" not in content


class TestCalendarMonth:
    url = reverse("applications:calendar_month")

    def test_it_shows_deadlines_and_steps_of_the_month_and_marks_today(
        self, client_user, user, posting
    ):
        application = ApplicationFactory(user=user, posting=posting)
        day = seoul_today() + timedelta(days=3)
        ApplicationStepFactory(application=application, stage="written", date=day)
        response = client_user.get(self.url, {"month": day.strftime("%Y-%m")})
        content = response.content.decode()
        assert 'aria-current="date"' in content or day.month != seoul_today().month
        assert "한국가상정보원 · 필기" in content
        days = response.context_data["month"].days_with_events
        assert day in [d.day for d in days]

    def test_another_candidates_dates_never_show(self, client_stranger, user, posting):
        application = ApplicationFactory(user=user, posting=posting)
        ApplicationStepFactory(application=application, date=seoul_today())
        assert "한국가상정보원" not in client_stranger.get(self.url).content.decode()

    @pytest.mark.parametrize("month", ["2026-13", "abc", "0000-01", "99999-01", "2026-1-1"])
    def test_a_bad_month_shows_this_month(self, client_user, month):
        response = client_user.get(self.url, {"month": month})
        assert response.status_code == 200
        assert response.context_data["month"].first == seoul_today().replace(day=1)

    def test_it_links_to_the_neighbouring_months(self, client_user):
        content = client_user.get(self.url, {"month": "2026-01"}).content.decode()
        assert "?month=2025-12" in content and "?month=2026-02" in content


class TestCalendarFeedSettings:
    url = reverse("applications:calendar_feed_settings")

    def test_making_regenerating_and_revoking_the_address(self, client_user, user):
        client_user.post(self.url, {"action": "regenerate"})
        first = user.calendar_feed.token
        assert first in client_user.get(self.url).content.decode()
        client_user.post(self.url, {"action": "regenerate"})
        user.calendar_feed.refresh_from_db()
        assert user.calendar_feed.token != first
        client_user.post(self.url, {"action": "revoke"})
        assert not CalendarFeed.objects.filter(user=user).exists()
