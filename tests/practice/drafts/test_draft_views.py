import io
from urllib.parse import unquote

import pytest
from django.urls import reverse
from docx import Document

from prep.catalog.models import Competency
from prep.practice.drafts.views.drafts import DRAFTS_PER_PAGE, draft_groups
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
        groups = draft_groups(user, None)["groups"]
        assert [(g["company"] and g["company"].name, str(g["season"])) for g in groups] == [
            ("가기관", "2024 상반기"),
            ("가기관", "2023 하반기"),
            (None, "None"),
        ]
        assert "직접 쓴 문항" in response.content.decode()

    def test_over_limit_drafts_are_counted_and_warned(self, client_user, user):
        DraftFactory(user=user, prompt__limit=5, body="다섯 글자가 넘는 본문")
        response = client_user.get(reverse("practice:draft_list"))
        assert draft_groups(user, None)["groups"][0]["over"] == 1
        assert "분량 제한을 넘었습니다" in response.content.decode()

    def test_only_the_candidates_own_drafts_are_listed(self, client_user, other_user):
        DraftFactory(user=other_user, body="남의 초안", prompt__text="남의 문항")
        response = client_user.get(reverse("practice:draft_list"))
        assert "남의 문항" not in response.content.decode()
        assert "아직 초안이 없습니다." in response.content.decode()

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
        assert "90 / 100" in response.content.decode()


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
