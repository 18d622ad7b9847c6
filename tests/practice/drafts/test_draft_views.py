import io
import json
from urllib.parse import unquote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from docx import Document

from prep.catalog.models import Competency
from prep.practice.drafts.views.drafts import DRAFTS_PER_PAGE
from prep.practice.models import Draft, DraftRevision
from tests.factories import (
    CompanyFactory,
    CompetencyFactory,
    DraftFactory,
    DraftRevisionFactory,
    EssayPromptFactory,
    SeasonFactory,
)

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture
def draft(user):
    return DraftFactory(
        user=user,
        prompt__company__name="한국사회보장정보원",
        prompt__company__slug="ssis",
        prompt__text="문제를 해결한 경험을 쓰세요.",
        prompt__limit=100,
        headline="[목표 80% 달성]",
        body="저는 처리 지연 문제를 해결했습니다.",
    )


def save_data(draft, **overrides):
    data = {
        "headline": draft.headline,
        "body": draft.body,
        "version": draft.version,
    }
    data.update(overrides)
    return data


class TestDraftList:
    def test_drafts_are_grouped_by_company_and_season(self, client_user, user):
        first = DraftFactory(user=user, prompt__company__name="가기관")
        DraftFactory(
            user=user,
            prompt__company=first.company,
            prompt__season=SeasonFactory(year=2024, half="first"),
        )
        DraftFactory(user=user, prompt=None, custom_question="직접 쓴 문항", custom_limit=500)
        response = client_user.get(reverse("practice:draft_list"))
        assert response.status_code == 200
        groups = response.context_data["groups"]
        assert [(g["company"] and g["company"].name, str(g["season"])) for g in groups] == [
            ("가기관", "2024 상반기"),
            ("가기관", "2023 하반기"),
            (None, "None"),
        ]
        assert "직접 쓴 문항" in response.content.decode()

    def test_over_limit_drafts_are_counted_and_warned(self, client_user, user):
        DraftFactory(user=user, prompt__limit=5, body="다섯 글자가 넘는 본문")
        response = client_user.get(reverse("practice:draft_list"))
        assert response.context_data["groups"][0]["over"] == 1
        assert "분량 제한을 넘었습니다" in response.content.decode()

    def test_only_the_candidates_own_drafts_are_listed(self, client_user, other_user):
        DraftFactory(user=other_user, body="남의 초안", prompt__text="남의 문항")
        response = client_user.get(reverse("practice:draft_list"))
        assert "남의 문항" not in response.content.decode()
        assert response.context_data["draft_count"] == 0

    def test_two_hundred_drafts_cost_the_queries_and_bytes_of_one_page(
        self, client_user, user, django_assert_max_num_queries
    ):
        prompt = EssayPromptFactory(limit=300)
        url = reverse("practice:draft_list")
        DraftFactory.create_batch(DRAFTS_PER_PAGE, user=user, prompt=prompt)
        client_user.get(url)  # the session's bookkeeping, as on any first page load
        one_page = len(client_user.get(url).content)
        DraftFactory.create_batch(200 - DRAFTS_PER_PAGE, user=user, prompt=prompt)
        with django_assert_max_num_queries(4):
            response = client_user.get(url)
        assert response.context_data["draft_count"] == 200
        assert len(response.content) < one_page * 1.1
        assert "초안 200개 중 1–20번째" in response.content.decode()

    def test_every_draft_is_on_some_page(self, client_user, user):
        DraftFactory.create_batch(DRAFTS_PER_PAGE + 1, user=user, prompt__company__name="가기관")
        last = DraftFactory(user=user, prompt=None, custom_question="맨 끝의 직접 쓴 문항")
        url = reverse("practice:draft_list")
        assert "맨 끝의 직접 쓴 문항" not in client_user.get(url).content.decode()
        second = client_user.get(url, {"page": 2})
        assert "맨 끝의 직접 쓴 문항" in second.content.decode()
        assert last.get_absolute_url() in second.content.decode()
        assert "2 / 2쪽" in second.content.decode()

    def test_fill_comes_from_the_counts_stored_with_the_text(self, client_user, user):
        draft = DraftFactory(user=user, prompt__limit=100, body="가" * 40, headline="")
        assert draft.text_counts["characters"] == 40
        # Stored counts are what the list shows: nothing is recounted on the way.
        Draft.objects.filter(pk=draft.pk).update(
            text_counts={**draft.text_counts, "characters": 90}
        )
        response = client_user.get(reverse("practice:draft_list"))
        assert response.context_data["groups"][0]["rows"][0]["status"].used == 90


class TestDraftStart:
    def test_get_shows_a_confirmation_page(self, client_user):
        prompt = EssayPromptFactory(text="입사 후 포부를 쓰세요.")
        response = client_user.get(reverse("practice:draft_start", args=[prompt.pk]))
        assert response.status_code == 200
        assert "입사 후 포부를 쓰세요." in response.content.decode()
        assert not Draft.objects.exists()

    def test_post_creates_a_draft_with_the_prompts_company_and_competencies(
        self, client_user, user
    ):
        prompt = EssayPromptFactory()
        competency = CompetencyFactory(name="직무전문성")
        prompt.competencies.add(competency)
        response = client_user.post(reverse("practice:draft_start", args=[prompt.pk]))
        draft = Draft.objects.get()
        assert response.status_code == 302
        assert response["Location"] == draft.get_absolute_url()
        assert (draft.user, draft.prompt, draft.company) == (user, prompt, prompt.company)
        assert list(draft.competencies.all()) == [competency]

    def test_existing_drafts_for_the_prompt_are_offered(self, client_user, draft):
        response = client_user.get(reverse("practice:draft_start", args=[draft.prompt_id]))
        assert list(response.context_data["existing"]) == [draft]
        assert draft.get_absolute_url() in response.content.decode()

    def test_an_unpublished_prompt_is_404(self, client_user):
        prompt = EssayPromptFactory(published=False)
        response = client_user.get(reverse("practice:draft_start", args=[prompt.pk]))
        assert response.status_code == 404


class TestDraftNew:
    def test_a_custom_question_creates_a_draft(self, client_user, user):
        company = CompanyFactory()
        response = client_user.post(
            reverse("practice:draft_new"),
            {
                "company": company.pk,
                "custom_question": "본인의 강점을 쓰세요.",
                "custom_limit": 600,
                "custom_count_rule": "bytes_cp949",
                "custom_line_break_weight": 2,
            },
        )
        draft = Draft.objects.get()
        assert response.status_code == 302
        assert (draft.user, draft.company, draft.limit, draft.count_rule) == (
            user,
            company,
            600,
            "bytes_cp949",
        )

    def test_a_missing_question_and_limit_shows_errors(self, client_user):
        response = client_user.post(reverse("practice:draft_new"), {"custom_question": " "})
        assert response.status_code == 200
        assert response.context_data["form"].errors.keys() >= {"custom_question", "custom_limit"}
        assert not Draft.objects.exists()


class TestDraftEdit:
    def test_two_hundred_other_drafts_cost_no_more_queries_or_bytes(
        self, client_user, user, draft, django_assert_num_queries
    ):
        company_tag = CompetencyFactory(name="고객지향", kind="company")
        draft.prompt.competencies.add(company_tag)
        client_user.get(draft.get_absolute_url())  # the session's bookkeeping
        with CaptureQueriesContext(connection) as alone:
            before = client_user.get(draft.get_absolute_url())
        DraftFactory.create_batch(200, user=user, prompt=draft.prompt, body="다른 초안 " * 50)
        with django_assert_num_queries(len(alone)):
            after = client_user.get(draft.get_absolute_url())
        assert abs(len(after.content) - len(before.content)) < 200
        assert "고객지향" in after.content.decode()

    def test_the_editor_shows_prompt_limit_text_and_counts(self, client_user, draft):
        response = client_user.get(draft.get_absolute_url())
        content = response.content.decode()
        assert response.status_code == 200
        assert "문제를 해결한 경험을 쓰세요." in content
        assert "저는 처리 지연 문제를 해결했습니다." in content
        assert 'hx-trigger="input changed delay:800ms, prep-retry"' in content
        assert 'hx-sync="this:queue last"' in content
        assert 'id="feedback-panel"' in content
        used = draft.limit_status().used
        assert f'data-characters="{draft.counts().characters}"' in content
        assert f"{used} / 100" in content

    def test_the_editor_lists_characters_a_cp949_form_may_reject(self, client_user, user):
        draft = DraftFactory(user=user, body="협업 — 성과 • 정리 ✓")
        content = client_user.get(draft.get_absolute_url()).content.decode()
        assert 'id="unsafe-title"' in content
        assert "U+2014" in content and "U+2022" in content and "U+2713" in content

    def test_company_competencies_and_ncs_areas_are_offered_as_chips(self, client_user, draft):
        competency = CompetencyFactory(name="직무전문성")
        draft.prompt.competencies.add(competency)
        draft.competencies.add(competency)
        content = client_user.get(draft.get_absolute_url()).content.decode()
        assert "직무전문성" in content
        assert "의사소통능력" in content and "문서작성능력" in content
        assert 'aria-pressed="true"' in content


class TestDraftSave:
    def test_an_htmx_save_stores_the_text_and_swaps_only_the_status(self, client_user, draft):
        response = client_user.post(
            reverse("practice:draft_save", args=[draft.pk]),
            save_data(draft, body="새 본문"),
            headers=HTMX,
        )
        content = response.content.decode()
        assert response.status_code == 200
        assert 'id="save-status"' in content and "저장됨" in content
        assert 'id="draft-version" value="2" hx-swap-oob="true"' in content
        assert "<textarea" not in content
        assert json.loads(response["HX-Trigger"]) == {"draft-saved": {"version": 2}}
        draft.refresh_from_db()
        assert (draft.body, draft.version) == ("새 본문", 2)

    def test_pasted_nul_is_removed_with_a_notice_and_later_saves_still_work(
        self, client_user, draft
    ):
        url = reverse("practice:draft_save", args=[draft.pk])
        response = client_user.post(
            url, save_data(draft, headline="제\x00목", body="본문\x00입니다\x0c."), headers=HTMX
        )
        assert response.status_code == 200
        assert "제어 문자(U+0000, U+000C)" in response.content.decode()
        draft.refresh_from_db()
        assert (draft.headline, draft.body) == ("제목", "본문입니다.")
        response = client_user.post(url, save_data(draft, body="본문입니다. 더"), headers=HTMX)
        assert response.status_code == 200
        draft.refresh_from_db()
        assert draft.body == "본문입니다. 더"

    def test_nul_in_the_version_is_a_refused_save_not_a_failure(self, client_user, draft):
        response = client_user.post(
            reverse("practice:draft_save", args=[draft.pk]),
            {**save_data(draft), "version": "1\x00"},
            headers=HTMX,
        )
        assert response.status_code == 400
        assert 'id="save-status"' in response.content.decode()

    def test_the_response_carries_the_server_count_of_the_saved_text(self, client_user, draft):
        response = client_user.post(
            reverse("practice:draft_save", args=[draft.pk]),
            save_data(draft, headline="", body="가나다"),
            headers=HTMX,
        )
        content = response.content.decode()
        assert 'data-characters="3"' in content
        assert "3 / 100" in content

    def test_an_autosave_costs_at_most_four_queries(
        self, client_user, draft, django_assert_max_num_queries
    ):
        url = reverse("practice:draft_save", args=[draft.pk])
        # A first request settles the session's bookkeeping, as a page load does in real use.
        client_user.get(draft.get_absolute_url())
        data = save_data(draft, body="첫 저장")
        # The user, the conditional UPDATE, a revision when due, and the draft's limit.
        with django_assert_max_num_queries(4):
            client_user.post(url, data, headers=HTMX)
        data = save_data(draft, body="둘째 저장", version=2)
        with django_assert_max_num_queries(4):
            response = client_user.post(url, data, headers=HTMX)
        assert response.status_code == 200
        assert draft.revisions.count() == 1

    def test_a_stale_save_gets_409_with_both_texts_and_nothing_changes(self, client_user, draft):
        Draft.objects.filter(pk=draft.pk).update(body="다른 탭의 글", version=2)
        response = client_user.post(
            reverse("practice:draft_save", args=[draft.pk]),
            save_data(draft, body="이 탭의 글", version=1),
            headers=HTMX,
        )
        content = response.content.decode()
        assert response.status_code == 409
        assert 'id="conflict-banner" hx-swap-oob="true"' in content
        assert "다른 탭의 글" in content and "이 탭의 글" in content
        assert 'name="choice" value="mine"' in content
        assert 'name="choice" value="theirs"' in content
        assert 'name="choice" value="merge"' in content
        draft.refresh_from_db()
        assert (draft.body, draft.version) == ("다른 탭의 글", 2)

    def test_a_stale_plain_post_shows_the_page_with_my_text_and_the_banner(
        self, client_user, draft
    ):
        Draft.objects.filter(pk=draft.pk).update(body="다른 탭의 글", version=2)
        response = client_user.post(
            reverse("practice:draft_save", args=[draft.pk]),
            save_data(draft, body="이 탭의 글", version=1),
        )
        assert response.status_code == 409
        assert response.context_data["form"]["body"].value() == "이 탭의 글"
        assert "conflict-title" in response.content.decode()

    def test_a_body_over_the_cap_gets_422_and_the_saved_text_stays(self, client_user, draft):
        response = client_user.post(
            reverse("practice:draft_save", args=[draft.pk]),
            save_data(draft, body="가" * 20_001),
            headers=HTMX,
        )
        assert response.status_code == 422
        assert "20,000자를 넘어" in response.content.decode()
        draft.refresh_from_db()
        assert draft.body == "저는 처리 지연 문제를 해결했습니다."

    def test_a_plain_post_redirects_back_to_the_editor(self, client_user, draft):
        response = client_user.post(
            reverse("practice:draft_save", args=[draft.pk]), save_data(draft, body="폼 저장")
        )
        assert response.status_code == 302
        assert response["Location"] == draft.get_absolute_url()

    def test_a_normalised_save_shows_the_notice(self, client_user, draft):
        response = client_user.post(
            reverse("practice:draft_save", args=[draft.pk]),
            save_data(draft, body="보이지\u200b않는 문자"),
            headers=HTMX,
        )
        content = response.content.decode()
        assert 'id="normalize-notice" hx-swap-oob="true"' in content
        assert "U+200B" in content

    def test_a_missing_version_is_a_clear_400(self, client_user, draft):
        response = client_user.post(
            reverse("practice:draft_save", args=[draft.pk]),
            {"body": "버전 없음"},
            headers=HTMX,
        )
        assert response.status_code == 400
        assert "새로 고쳐" in response.content.decode()

    def test_too_many_saves_are_refused_with_429(self, client_user, draft, settings):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "autosave": (1, 60)}
        url = reverse("practice:draft_save", args=[draft.pk])
        client_user.post(url, save_data(draft, body="하나"), headers=HTMX)
        draft.refresh_from_db()
        response = client_user.post(url, save_data(draft, body="둘"), headers=HTMX)
        assert response.status_code == 429
        draft.refresh_from_db()
        assert draft.body == "하나"

    def test_a_request_over_the_upload_limit_is_refused(self, client_user, draft, settings):
        settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
        response = client_user.post(
            reverse("practice:draft_save", args=[draft.pk]),
            save_data(draft, body="가" * 2000),
            headers=HTMX,
        )
        assert response.status_code in (400, 413)
        draft.refresh_from_db()
        assert draft.body == "저는 처리 지연 문제를 해결했습니다."


class TestDraftResolve:
    @pytest.fixture
    def conflicted(self, draft):
        Draft.objects.filter(pk=draft.pk).update(body="다른 탭의 글", version=2)
        draft.refresh_from_db()
        return draft

    def post(self, client, draft, choice, **extra):
        data = {
            "choice": choice,
            "version": 2,
            "mine_headline": "",
            "mine_body": "이 탭의 글",
            "merged_headline": "",
            "merged_body": "",
            **extra,
        }
        return client.post(reverse("practice:draft_resolve", args=[draft.pk]), data)

    def test_keeping_mine_saves_mine_and_keeps_theirs_as_a_revision(self, client_user, conflicted):
        response = self.post(client_user, conflicted, "mine")
        assert response.status_code == 302
        conflicted.refresh_from_db()
        assert (conflicted.body, conflicted.version) == ("이 탭의 글", 3)
        assert list(conflicted.revisions.values_list("body", flat=True)) == ["다른 탭의 글"]

    def test_keeping_theirs_keeps_mine_as_a_revision(self, client_user, conflicted):
        self.post(client_user, conflicted, "theirs")
        conflicted.refresh_from_db()
        assert (conflicted.body, conflicted.version) == ("다른 탭의 글", 2)
        revision = conflicted.revisions.get()
        assert (revision.body, revision.reason) == ("이 탭의 글", "conflict")

    def test_merging_saves_the_merged_text_and_keeps_both(self, client_user, conflicted):
        self.post(client_user, conflicted, "merge", merged_body="합친 글")
        conflicted.refresh_from_db()
        assert conflicted.body == "합친 글"
        assert set(conflicted.revisions.values_list("body", flat=True)) == {
            "이 탭의 글",
            "다른 탭의 글",
        }

    def test_a_newer_save_during_the_choice_shows_the_banner_again(self, client_user, conflicted):
        Draft.objects.filter(pk=conflicted.pk).update(body="세 번째 탭", version=3)
        response = self.post(client_user, conflicted, "mine")
        assert response.status_code == 409
        assert "세 번째 탭" in response.content.decode()
        conflicted.refresh_from_db()
        assert conflicted.body == "세 번째 탭"


class TestDraftReplaceUnsafe:
    def test_unsafe_characters_are_replaced_in_page_and_database(self, client_user, draft):
        response = client_user.post(
            reverse("practice:draft_replace_unsafe", args=[draft.pk]),
            save_data(draft, body="협업 — 성과 • 정리 🙂"),
            headers=HTMX,
        )
        content = response.content.decode()
        draft.refresh_from_db()
        assert draft.body == "협업 ― 성과 · 정리 "
        assert draft.version == 2
        assert "협업 ― 성과 · 정리" in content and "<textarea" in content
        assert draft.revisions.get().reason == "cleanup"

    def test_a_stale_version_is_a_conflict(self, client_user, draft):
        response = client_user.post(
            reverse("practice:draft_replace_unsafe", args=[draft.pk]),
            save_data(draft, body="—", version=7),
            headers=HTMX,
        )
        assert response.status_code == 409


class TestDraftNormalize:
    def test_the_editor_gets_the_normalised_text(self, client_user, draft):
        response = client_user.post(
            reverse("practice:draft_normalize", args=[draft.pk]),
            save_data(draft, body="\u1112\u1161\u11ab\u200b"),
            headers=HTMX,
        )
        draft.refresh_from_db()
        assert draft.body == "한"
        assert "편집기의 글을 저장된 형태로 정리했습니다." in response.content.decode()


class TestDraftStatus:
    def test_changing_the_status_keeps_a_revision(self, client_user, draft):
        response = client_user.post(
            reverse("practice:draft_status", args=[draft.pk]), {"status": "done"}, headers=HTMX
        )
        assert response.status_code == 200
        assert "상태를 바꿨습니다." in response.content.decode()
        draft.refresh_from_db()
        assert draft.status == "done"
        assert draft.revisions.get().reason == "status"

    def test_a_plain_post_redirects(self, client_user, draft):
        response = client_user.post(
            reverse("practice:draft_status", args=[draft.pk]), {"status": "done"}
        )
        assert response.status_code == 302


@pytest.fixture
def over_limit(user):
    """288 characters over a limit of 100 (공백 포함)."""
    return DraftFactory(user=user, prompt__limit=100, headline="", body="가" * 388)


class TestOverTheLimit:
    def test_marking_an_over_limit_draft_done_asks_for_confirmation(self, client_user, over_limit):
        url = reverse("practice:draft_status", args=[over_limit.pk])
        response = client_user.post(url, {"status": "done"}, headers=HTMX)
        content = response.content.decode()
        assert "분량 제한을 288 넘었습니다" in content
        assert 'name="confirm_over"' in content
        over_limit.refresh_from_db()
        assert over_limit.status == "writing"

        client_user.post(url, {"status": "done", "confirm_over": "on"}, headers=HTMX)
        over_limit.refresh_from_db()
        assert over_limit.status == "done"

    def test_without_javascript_the_refusal_is_explained_on_the_editor(
        self, client_user, over_limit
    ):
        url = reverse("practice:draft_status", args=[over_limit.pk])
        response = client_user.post(url, {"status": "done"}, follow=True)
        assert "분량 제한을 288 넘었습니다" in response.content.decode()
        over_limit.refresh_from_db()
        assert over_limit.status == "writing"

    def test_a_draft_within_the_limit_is_marked_done_without_asking(self, client_user, draft):
        client_user.post(reverse("practice:draft_status", args=[draft.pk]), {"status": "done"})
        draft.refresh_from_db()
        assert draft.status == "done"

    def test_the_counter_says_over_once(self, client_user, over_limit):
        content = client_user.get(over_limit.get_absolute_url()).content.decode()
        assert "288 줄여야 함" in content
        assert "288 초과" not in content

    def test_a_done_draft_that_grew_over_the_limit_is_flagged_on_the_editor(
        self, client_user, over_limit
    ):
        Draft.objects.filter(pk=over_limit.pk).update(status="done")
        content = client_user.get(over_limit.get_absolute_url()).content.decode()
        assert "완성으로 표시했지만 분량 제한을 288 넘었습니다" in content
        assert "내려받기 전에 분량을 확인하세요" in content

    def test_the_coaching_panel_lists_the_overrun_as_a_finding(self, client_user, over_limit):
        url = reverse("practice:draft_feedback", args=[over_limit.pk])
        content = client_user.get(url).content.decode()
        assert 'id="finding-over-limit"' in content
        assert "분량 제한을 288 넘었습니다" in content


class TestDraftTags:
    def test_a_chip_toggles_on_and_off(self, client_user, draft):
        area = Competency.objects.get(name="문제해결능력")
        url = reverse("practice:draft_tags", args=[draft.pk])
        response = client_user.post(url, {"competency": area.pk}, headers=HTMX)
        assert response.status_code == 200
        assert 'id="competency-chips"' in response.content.decode()
        assert list(draft.competencies.all()) == [area]
        client_user.post(url, {"competency": area.pk}, headers=HTMX)
        assert not draft.competencies.exists()

    def test_a_plain_post_redirects_to_the_chips(self, client_user, draft):
        area = Competency.objects.get(name="수리능력")
        response = client_user.post(
            reverse("practice:draft_tags", args=[draft.pk]), {"competency": area.pk}
        )
        assert response["Location"].endswith("#competency-chips")


class TestDraftHistory:
    def test_revisions_are_listed_with_counts(self, client_user, draft):
        DraftRevisionFactory(draft=draft, body="가나다 라", headline="")
        response = client_user.get(reverse("practice:draft_history", args=[draft.pk]))
        assert response.status_code == 200
        (row,) = response.context_data["rows"]
        assert (row["counts"].characters, row["counts"].characters_no_spaces) == (5, 4)

    def test_records_are_numbered_once_each_in_order_even_after_a_conflict(
        self, client_user, draft
    ):
        """Save versions repeat after a conflict (both texts were v14) and skip between sparse
        autosave snapshots; the candidate sees records numbered 1, 2, 3 … instead."""
        Draft.objects.filter(pk=draft.pk).update(version=15)
        revisions = [
            DraftRevisionFactory(draft=draft, version=version, body=f"글 {index}")
            for index, version in enumerate([1, 5, 13, 13, 14, 14], start=1)
        ]
        response = client_user.get(reverse("practice:draft_history", args=[draft.pk]))
        content = response.content.decode()
        numbers = [row["revision"].number for row in response.context_data["rows"]]
        assert numbers == [6, 5, 4, 3, 2, 1]
        for number in range(1, 7):
            assert content.count(f"<td>기록 {number}</td>") == 1
        assert "v14" not in content and "v13" not in content
        assert "그 사이의 저장은 따로 남지 않습니다" in content

        diff = client_user.get(
            reverse("practice:draft_diff", args=[draft.pk]),
            {"a": revisions[3].pk, "b": revisions[4].pk},
        )
        assert diff.context_data["old_label"].startswith("기록 4 · ")
        assert diff.context_data["new_label"].startswith("기록 5 · ")


class TestDraftDiff:
    def test_the_diff_marks_insertions_and_deletions_with_text_labels(self, client_user, draft):
        revision = DraftRevisionFactory(draft=draft, headline="", body="저는 문제를 풀었습니다.")
        Draft.objects.filter(pk=draft.pk).update(headline="", body="저는 원인을 풀었습니다.")
        response = client_user.get(
            reverse("practice:draft_diff", args=[draft.pk]), {"a": revision.pk, "b": "current"}
        )
        content = response.content.decode()
        assert response.status_code == 200
        assert '<del><span class="diff-mark">[−</span>' in content
        assert '<ins><span class="diff-mark">[+</span>' in content

    def test_two_revisions_can_be_compared(self, client_user, draft):
        a = DraftRevisionFactory(draft=draft, body="하나")
        b = DraftRevisionFactory(draft=draft, body="하나 둘")
        response = client_user.get(
            reverse("practice:draft_diff", args=[draft.pk]), {"a": a.pk, "b": b.pk}
        )
        assert response.context_data["summary"].inserted == 2

    def test_another_drafts_revision_is_404(self, client_user, user, draft):
        other = DraftRevisionFactory(draft=DraftFactory(user=user))
        response = client_user.get(reverse("practice:draft_diff", args=[draft.pk]), {"a": other.pk})
        assert response.status_code == 404


class TestDraftRestore:
    def test_restore_brings_back_the_text_and_keeps_the_current_one(self, client_user, draft):
        revision = DraftRevisionFactory(draft=draft, body="예전 글")
        response = client_user.post(reverse("practice:draft_restore", args=[draft.pk, revision.pk]))
        assert response.status_code == 302
        draft.refresh_from_db()
        assert (draft.body, draft.version) == ("예전 글", 2)
        assert draft.revisions.filter(reason="restore", body__contains="처리 지연").exists()

    def test_restore_needs_post(self, client_user, draft):
        revision = DraftRevisionFactory(draft=draft)
        response = client_user.get(reverse("practice:draft_restore", args=[draft.pk, revision.pk]))
        assert response.status_code == 405


class TestDraftExport:
    def test_txt_download_has_a_utf8_filename(self, client_user, draft):
        response = client_user.get(reverse("practice:draft_export", args=[draft.pk]))
        assert response.status_code == 200
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        disposition = response["Content-Disposition"]
        assert disposition.startswith("attachment; filename*=utf-8''")
        assert unquote(disposition.split("''", 1)[1]).startswith("한국사회보장정보원 ")
        assert "저는 처리 지연 문제를 해결했습니다." in response.content.decode()

    def test_docx_download_opens_with_python_docx(self, client_user, draft):
        response = client_user.get(
            reverse("practice:draft_export", args=[draft.pk]), {"format": "docx"}
        )
        document = Document(io.BytesIO(response.content))
        text = "\n".join(paragraph.text for paragraph in document.paragraphs)
        assert "문제를 해결한 경험을 쓰세요." in text
        assert "[목표 80% 달성]" in text
        assert "/ 100" in text

    def test_an_unknown_format_is_404(self, client_user, draft):
        response = client_user.get(
            reverse("practice:draft_export", args=[draft.pk]), {"format": "pdf"}
        )
        assert response.status_code == 404


class TestCompanyDraftsExport:
    def test_all_drafts_for_the_company_are_in_one_file(self, client_user, user, draft):
        DraftFactory(user=user, prompt__company=draft.company, body="두 번째 답")
        DraftFactory(user=user, body="다른 기업의 답")
        response = client_user.get(
            reverse("practice:company_drafts_export", args=["ssis"]), {"format": "docx"}
        )
        text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
        assert "처리 지연" in text and "두 번째 답" in text
        assert "다른 기업의 답" not in text

    def test_txt_export_works_too(self, client_user, draft):
        response = client_user.get(reverse("practice:company_drafts_export", args=["ssis"]))
        assert "처리 지연" in response.content.decode()


class TestDraftCompany:
    def test_ncs_coverage_shows_covered_and_missing_areas(self, client_user, draft):
        draft.competencies.add(Competency.objects.get(name="경청능력"))
        response = client_user.get(reverse("practice:draft_company", args=["ssis"]))
        coverage = {row["area"].name: row["drafts"] for row in response.context_data["coverage"]}
        assert coverage["의사소통능력"] == [draft]
        assert coverage["정보능력"] == []
        assert "아직 없음" in response.content.decode()


class TestDraftDelete:
    def test_get_asks_for_confirmation(self, client_user, draft):
        response = client_user.get(reverse("practice:draft_delete", args=[draft.pk]))
        assert response.status_code == 200
        assert "삭제할까요" in response.content.decode()
        assert Draft.objects.filter(pk=draft.pk).exists()

    def test_post_deletes_the_draft_and_its_revisions(self, client_user, draft):
        DraftRevisionFactory(draft=draft)
        response = client_user.post(reverse("practice:draft_delete", args=[draft.pk]))
        assert response["Location"] == reverse("practice:draft_list")
        assert not Draft.objects.exists()
        assert not DraftRevision.objects.exists()


class TestHomeDrafts:
    def test_the_tag_renders_recent_drafts_with_fill(self, user, draft):
        from django.template import Context, Template

        html = Template("{% load practice_drafts %}{% home_drafts user %}").render(
            Context({"user": user})
        )
        assert str(draft) in html
        assert f"{draft.limit_status().percent:.0f}%" in html
        assert reverse("practice:draft_list") in html
