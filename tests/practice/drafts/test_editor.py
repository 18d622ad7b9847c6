"""The draft editor's views (prep/practice/drafts/views/editor.py): the page, autosave,
conflicts, clean-ups, status and tags."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from prep.catalog.models import Competency
from prep.practice.models import Draft
from tests.factories import (
    CompetencyFactory,
    DraftFactory,
)

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def save_data(draft, **overrides):
    data = {
        "headline": draft.headline,
        "body": draft.body,
        "version": draft.version,
    }
    data.update(overrides)
    return data


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

    def test_the_chips_follow_the_catalogue_and_the_candidates_choice(self, client_user, draft):
        client_user.get(draft.get_absolute_url())  # the chips are now cached
        company_tag = CompetencyFactory(name="고객지향", kind="company")
        draft.prompt.competencies.add(company_tag)
        assert "고객지향" in client_user.get(draft.get_absolute_url()).content.decode()
        company_tag.name = "고객중심"
        company_tag.save()
        draft.competencies.add(company_tag)
        content = client_user.get(draft.get_absolute_url()).content.decode()
        assert "고객지향" not in content
        assert '<span aria-hidden="true">✓ </span>고객중심' in content

    def test_the_chips_carry_no_token_of_their_own(self, client_user, draft):
        content = client_user.get(draft.get_absolute_url()).content.decode()
        chips = content.split('id="competency-chips"')[1].split("</section>")[0]
        assert chips.count("csrfmiddlewaretoken") == 1

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

    @pytest.mark.parametrize("extra", [{"choice": "neither"}, {"version": "abc"}])
    def test_a_refused_choice_shows_the_banner_again_with_this_tabs_text(
        self, client_user, conflicted, extra
    ):
        data = {"choice": "mine", **extra}
        response = self.post(client_user, conflicted, **data)
        assert response.status_code == 409
        assert "이 탭의 글" in response.content.decode()
        conflicted.refresh_from_db()
        assert conflicted.body == "다른 탭의 글"

    def test_a_merge_over_the_cap_shows_the_banner_again_and_loses_neither_text(
        self, client_user, conflicted
    ):
        response = self.post(client_user, conflicted, "merge", merged_body="가" * 20_001)
        assert response.status_code == 409
        assert "이 탭의 글" in response.content.decode()
        conflicted.refresh_from_db()
        assert conflicted.body == "다른 탭의 글"


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
