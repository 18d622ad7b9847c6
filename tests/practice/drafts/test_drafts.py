"""Drafts and the autosave workflow (prep/practice/drafts/autosave.py), without HTTP."""

import io
from datetime import timedelta
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone
from docx import Document

from prep.catalog.models import Competency
from prep.practice.drafts.autosave import (
    BODY_MAX_CHARS,
    REVISION_INTERVAL,
    autosave_draft,
)
from prep.practice.drafts.diff import diff_spans, summarize
from prep.practice.drafts.export import draft_documents, draft_txt, drafts_docx, filename_part
from prep.practice.drafts.models import counts_to_store
from prep.practice.models import Draft, DraftRevision
from tests.factories import CompetencyFactory, DraftFactory, DraftRevisionFactory

pytestmark = pytest.mark.django_db


def save(draft, *, body, headline="", version=None, now=None):
    return autosave_draft(
        user=draft.user,
        draft_id=draft.pk,
        headline=headline,
        body=body,
        expected_version=draft.version if version is None else version,
        now=now,
    )


class TestAutosave:
    def test_a_save_at_the_current_version_stores_the_text_and_bumps_the_version(self, user):
        draft = DraftFactory(user=user, body="처음")
        result = save(draft, body="고친 글", headline="소제목")
        assert result.outcome == "saved"
        assert result.version == 2
        draft.refresh_from_db()
        assert (draft.headline, draft.body, draft.version) == ("소제목", "고친 글", 2)

    def test_a_save_from_a_stale_version_is_refused_and_changes_nothing(self, user):
        draft = DraftFactory(user=user, body="다른 탭의 글", version=3)
        result = save(draft, body="이 탭의 글", version=2)
        assert result.outcome == "stale"
        assert result.version == 3
        assert result.body == "이 탭의 글"
        draft.refresh_from_db()
        assert (draft.body, draft.version) == ("다른 탭의 글", 3)

    def test_someone_elses_draft_is_missing_not_stale(self, user, other_user):
        draft = DraftFactory(user=other_user, body="남의 글")
        result = autosave_draft(
            user=user, draft_id=draft.pk, headline="", body="덮어쓰기", expected_version=1
        )
        assert result.outcome == "missing"
        draft.refresh_from_db()
        assert draft.body == "남의 글"

    def test_a_body_over_the_hard_cap_is_refused_and_the_saved_text_stays(self, user):
        draft = DraftFactory(user=user, body="저장된 글")
        result = save(draft, body="가" * (BODY_MAX_CHARS + 1))
        assert result.outcome == "too_long"
        assert "20,000자" in result.error
        draft.refresh_from_db()
        assert (draft.body, draft.version) == ("저장된 글", 1)

    def test_a_body_exactly_at_the_cap_is_saved(self, user):
        draft = DraftFactory(user=user)
        assert save(draft, body="가" * BODY_MAX_CHARS).outcome == "saved"

    def test_the_cap_counts_characters_not_code_points(self, user):
        draft = DraftFactory(user=user)
        # Each family emoji is one character of seven code points.
        family = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"
        assert save(draft, body=family * 3000).outcome == "saved"

    def test_text_is_normalised_before_it_is_stored_and_the_candidate_is_told(self, user):
        draft = DraftFactory(user=user)
        nfd = "\u1112\u1161\u11ab\u1100\u1173\u11af"  # 한글 in NFD
        result = save(draft, body=f"{nfd}\u200b 공부", headline="제목\u200b")
        draft.refresh_from_db()
        assert draft.body == "한글 공부"
        assert draft.headline == "제목"
        assert any("NFC" in notice for notice in result.notices)
        assert any("U+200B" in notice for notice in result.notices)

    def test_crlf_from_a_form_post_is_stored_as_lf_without_a_notice(self, user):
        draft = DraftFactory(user=user)
        result = save(draft, body="첫 줄\r\n둘째 줄")
        draft.refresh_from_db()
        assert draft.body == "첫 줄\n둘째 줄"
        assert result.notices == []

    def test_a_headline_is_kept_on_one_line(self, user):
        draft = DraftFactory(user=user)
        save(draft, body="본문", headline="  [목표\n80% 달성]  ")
        draft.refresh_from_db()
        assert draft.headline == "[목표 80% 달성]"


class TestRevisionPolicy:
    def test_the_first_save_takes_a_revision_of_the_saved_text(self, user):
        draft = DraftFactory(user=user)
        save(draft, body="첫 저장")
        revision = draft.revisions.get()
        assert (revision.body, revision.version, revision.reason) == ("첫 저장", 2, "autosave")

    def test_saves_within_five_minutes_take_no_further_revision(self, user):
        draft = DraftFactory(user=user)
        start = timezone.now()
        save(draft, body="하나", now=start)
        for minute, text in enumerate(["둘", "셋", "넷"], start=1):
            draft.refresh_from_db()
            save(draft, body=text, now=start + timedelta(minutes=minute))
            assert draft.revisions.count() == 1

    def test_a_save_after_five_minutes_takes_a_new_revision(self, user):
        draft = DraftFactory(user=user)
        start = timezone.now()
        with mock.patch("django.utils.timezone.now", return_value=start):
            save(draft, body="하나")
        draft.refresh_from_db()
        later = start + REVISION_INTERVAL + timedelta(seconds=1)
        with mock.patch("django.utils.timezone.now", return_value=later):
            save(draft, body="여섯 분 뒤")
        assert list(draft.revisions.values_list("body", flat=True)) == ["여섯 분 뒤", "하나"]

    def test_a_restore_or_status_revision_also_counts_as_recent(self, user):
        draft = DraftFactory(user=user)
        DraftRevisionFactory(draft=draft, reason="status")
        save(draft, body="곧바로")
        assert list(draft.revisions.values_list("reason", flat=True)) == ["status"]

    def test_a_stale_save_takes_no_revision(self, user):
        draft = DraftFactory(user=user, version=5)
        save(draft, body="늦은 탭", version=4)
        assert not draft.revisions.exists()


class TestStoredCounts:
    def test_an_autosave_stores_the_counts_with_the_text(self, user):
        draft = DraftFactory(user=user, body="처음")
        save(draft, body="가나다\n라마", headline="소제목")
        draft.refresh_from_db()
        assert draft.text_counts == counts_to_store(headline="소제목", body="가나다\n라마")
        assert draft.text_counts["characters"] == len("소제목\n가나다\n라마")
        assert draft.text_counts["line_breaks"] == 2

    def test_a_restore_stores_the_counts_of_the_restored_text(self, user):
        draft = DraftFactory(user=user, body="짧은 글")
        revision = draft.snapshot(DraftRevision.Reason.AUTOSAVE)
        save(draft, body="훨씬 더 길게 고쳐 쓴 글입니다")
        draft.refresh_from_db()
        draft.restore(revision)
        assert draft.text_counts == counts_to_store(headline=draft.headline, body="짧은 글")

    def test_saving_only_other_fields_keeps_the_counts(self, user):
        draft = DraftFactory(user=user, body="본문")
        Draft.objects.filter(pk=draft.pk).update(text_counts={})
        draft.refresh_from_db()
        draft.status = "done"
        draft.save(update_fields=["status"])
        draft.refresh_from_db()
        assert draft.text_counts == {}

    def test_a_draft_without_stored_counts_is_counted_afresh(self, user):
        draft = DraftFactory(user=user, headline="", body="가나다", prompt__limit=10)
        Draft.objects.filter(pk=draft.pk).update(text_counts={})
        draft.refresh_from_db()
        assert draft.limit_status().used == 3


class TestDraftModel:
    def test_a_prompt_draft_inherits_the_prompts_limit_and_rule(self, user):
        draft = DraftFactory(
            user=user, prompt__limit=500, prompt__count_rule="bytes_cp949", prompt__text="문항"
        )
        assert (draft.limit, draft.count_rule, draft.question_text) == (500, "bytes_cp949", "문항")

    def test_a_custom_draft_uses_its_own_limit_and_rule(self, user):
        draft = DraftFactory(
            user=user,
            prompt=None,
            custom_question="직접 쓴 문항",
            custom_limit=300,
            custom_count_rule="chars_no_spaces",
            custom_line_break_weight=2,
        )
        assert draft.limit == 300
        assert draft.line_break_weight == 2
        assert draft.question_text == "직접 쓴 문항"

    def test_the_limit_is_checked_on_headline_and_body_together(self, user):
        draft = DraftFactory(user=user, headline="제목", body="본문입니다", prompt__limit=8)
        status = draft.limit_status()
        # 제목 (2) + line break (1) + 본문입니다 (5)
        assert (status.used, status.zone) == (8, "good")

    def test_restore_keeps_the_current_text_first_and_bumps_the_version(self, user):
        draft = DraftFactory(user=user, body="지금 글", version=4)
        old = DraftRevisionFactory(draft=draft, body="옛 글", version=2)
        draft.restore(old)
        draft.refresh_from_db()
        assert (draft.body, draft.version) == ("옛 글", 5)
        kept = draft.revisions.filter(reason="restore").get()
        assert (kept.body, kept.version) == ("지금 글", 4)

    def test_a_status_change_keeps_a_revision_and_leaves_the_version(self, user):
        draft = DraftFactory(user=user, body="완성한 글", version=3)
        draft.set_status("done")
        draft.refresh_from_db()
        assert (draft.status, draft.version) == ("done", 3)
        assert draft.revisions.get().reason == DraftRevision.Reason.STATUS

    def test_ncs_coverage_follows_sub_skills_and_mapped_company_competencies(self, user):
        areas = {area.name: area for area in Competency.objects.filter(kind="ncs_area")}
        teamwork = Competency.objects.get(name="팀워크능력")
        expertise = CompetencyFactory(name="직무전문성", kind="company", ncs_area=areas["직업윤리"])
        first = DraftFactory(user=user)
        first.competencies.add(teamwork)
        second = DraftFactory(user=user, prompt__company=first.company)
        second.competencies.add(expertise, areas["문제해결능력"])
        coverage = {row["area"].name: row["drafts"] for row in Draft.objects.ncs_coverage()}
        assert len(coverage) == 10
        assert coverage["대인관계능력"] == [first]
        assert coverage["직업윤리"] == [second]
        assert coverage["문제해결능력"] == [second]
        assert coverage["수리능력"] == []


class TestDiff:
    def test_spans_rebuild_both_texts(self):
        old = "저는 문제를 분석했습니다.\n그 결과 80%를 달성했습니다."
        new = "저는 원인을 분석했습니다.\n그 결과 목표의 90%를 달성했습니다.\n끝."
        spans = diff_spans(old, new)
        assert "".join(s.text for s in spans if s.kind != "insert") == old
        assert "".join(s.text for s in spans if s.kind != "delete") == new

    def test_a_changed_word_reads_as_one_replacement(self):
        spans = diff_spans("원인을 분석했다", "근거를 정리했다")
        kinds = [span.kind for span in spans]
        assert kinds.count("delete") == kinds.count("insert") <= 2

    def test_summary_counts_inserted_and_deleted_characters(self):
        summary = summarize(diff_spans("가나다", "가나다라마"))
        assert (summary.inserted, summary.deleted) == (2, 0)

    def test_a_long_text_diffs_quickly_enough_to_render(self):
        old = "\n".join(f"{n}번째 문장은 협업과 문제 해결에 관한 내용입니다." for n in range(600))
        new = old.replace("300번째", "삼백번째")
        spans = diff_spans(old, new)
        assert summarize(spans).inserted >= 2


class TestExport:
    def test_txt_has_company_prompt_limit_count_headline_and_body(self, user):
        draft = DraftFactory(
            user=user,
            prompt__company__name="한국사회보장정보원",
            prompt__text="지원 동기를 쓰세요.",
            prompt__limit=1000,
            headline="[목표 80% 달성]",
            body="본문입니다.",
        )
        text = draft_txt(draft)
        assert "[기업] 한국사회보장정보원" in text
        assert "[문항] 지원 동기를 쓰세요." in text
        assert f"{draft.limit_status().used} / 1,000" in text
        assert text.endswith("[목표 80% 달성]\n본문입니다.\n")

    def test_docx_opens_and_holds_the_text(self, user):
        import io

        from docx import Document

        draft = DraftFactory(user=user, headline="소제목", body="첫 줄\n둘째 줄")
        document = Document(io.BytesIO(drafts_docx([draft], title="내 자소서")))
        paragraphs = [paragraph.text for paragraph in document.paragraphs]
        assert "소제목" in paragraphs
        assert "첫 줄" in paragraphs and "둘째 줄" in paragraphs

    def test_a_single_drafts_docx_names_the_company_the_candidate_and_the_headline_once(
        self, client_user, user
    ):
        draft = DraftFactory(
            user=user,
            prompt__company__name="한국사회보장정보원",
            headline="[대기 시간을 줄인 안내]",
            body="본문입니다.",
        )
        response = client_user.get(
            reverse("practice:draft_export", kwargs={"pk": draft.pk}), {"format": "docx"}
        )
        document = Document(io.BytesIO(response.content))
        paragraphs = [paragraph.text for paragraph in document.paragraphs]
        assert paragraphs[0] == "한국사회보장정보원 자기소개서"
        assert paragraphs.count("[대기 시간을 줄인 안내]") == 1
        assert document.core_properties.author == "앨리스"
        assert "python-docx" not in (
            document.core_properties.author
            + document.core_properties.last_modified_by
            + document.core_properties.comments
        )

    def test_filename_parts_keep_korean_and_drop_path_characters(self):
        assert filename_part('한국/사회:보장*정보원?"') == "한국 사회 보장 정보원"

    def test_account_export_gets_every_draft_as_text_and_word_files(self, user, other_user):
        mine = DraftFactory(user=user, body="내 글")
        DraftFactory(user=other_user, body="남의 글")
        files = dict(draft_documents(user))
        assert len(files) == 2
        txt = next(name for name in files if name.endswith(".txt"))
        assert txt.startswith(f"drafts/{mine.pk} ")
        assert "내 글" in files[txt].decode()
        docx = next(name for name in files if name.endswith(".docx"))
        assert "내 글" in "\n".join(p.text for p in Document(io.BytesIO(files[docx])).paragraphs)
