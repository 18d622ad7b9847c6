"""Coaching findings in English: each known check and code has its own English message."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from prep.coach.findings import Finding
from prep.practice.drafts.coach_messages import ADVICE, BLIND_HEADLINES, coach_text
from prep.practice.models import Draft
from tests.factories import CompanyFactory

pytestmark = pytest.mark.django_db


def finding(check, code, message, *, category="x", excerpt=""):
    return Finding(check, code, None, None, category, message, "왜", "고치는 법", excerpt=excerpt)


class TestCoachText:
    def test_korean_pages_show_the_coachs_own_sentences(self):
        found = finding("evidence", "no_numbers", "숫자로 된 근거가 하나도 없습니다.")
        with translation.override("ko"):
            assert coach_text(found) == {
                "message": "숫자로 된 근거가 하나도 없습니다.",
                "why": "왜",
                "fix": "고치는 법",
            }

    def test_english_pages_get_english_with_the_numbers_read_from_the_message(self):
        found = finding("structure", "situation_long", "상황 설명이 전체의 45%입니다.")
        with translation.override("en"):
            text = coach_text(found)
        assert text["message"] == "The situation takes up 45% of the answer."
        assert "Interviewers" in text["why"]

    def test_a_blind_hiring_leak_keeps_its_excerpt(self):
        found = finding(
            "blind",
            "leak_school",
            "‘연세대’: 학교 이름이 드러납니다.",
            category="school",
            excerpt="연세대",
        )
        with translation.override("en"):
            assert coach_text(found)["message"] == "‘연세대’: The name of a school shows."

    def test_an_unknown_code_falls_back_to_the_coachs_text(self):
        found = finding("style", "brand_new_check", "새 검사의 말")
        with translation.override("en"):
            assert coach_text(found)["message"] == "새 검사의 말"

    def test_a_message_whose_numbers_cannot_be_read_falls_back(self):
        found = finding("style", "long_sentence", "문장이 깁니다.")
        with translation.override("en"):
            assert coach_text(found)["message"] == "문장이 깁니다."

    def test_every_message_has_an_english_translation(self):
        with translation.override("en"):
            texts = [str(t) for a in ADVICE.values() for t in (a.message, a.why, a.fix)]
            texts += [str(h) for h in BLIND_HEADLINES.values()]
        untranslated = [
            t for t in texts if any("가" <= c <= "힣" for c in t.replace("‘%(excerpt)s’", ""))
        ]
        assert not untranslated, untranslated


class TestEnglishFeedbackPanel:
    def test_the_panel_rule_and_fit_labels_are_english(self, client_user, user):
        company = CompanyFactory(name="한국사회보장정보원", slug="ssis", kind="public")
        company.core_values.create(name="소통", description="국민과 열린 소통", order=1)
        draft = Draft.objects.create(
            user=user,
            company=company,
            custom_question="경험",
            custom_limit=500,
            body="저는 열심히 했습니다.",
        )
        client_user.cookies["django_language"] = "en"
        content = client_user.get(
            reverse("practice:draft_feedback", args=[draft.pk])
        ).content.decode()
        assert "‘열심히’: a claim with nothing to back it." in content
        assert "Core values" in content
        assert "근거 없이 쓰인 표현입니다" not in content
        editor = client_user.get(draft.get_absolute_url()).content.decode()
        assert "with spaces" in editor
        # The editor's script takes every word it shows from these attributes.
        assert 'data-label-over-by="{n} to cut"' in editor
        assert 'data-msg-saving="저장 중…"' not in editor


def _emitted():
    """Each (check, code, message node) a `make_finding` call in prep.coach writes, read from
    the source so a new check or code is caught without a text that triggers it."""
    import ast
    from pathlib import Path

    import prep.coach

    # evaluate.py builds label findings to score the coach against; candidates never see them.
    sources = [p for p in Path(prep.coach.__file__).parent.glob("*.py") if p.name != "evaluate.py"]
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "make_finding"):
                continue
            kwargs = {k.arg: k.value for k in node.keywords}
            yield path.name, kwargs["check"], kwargs["code"], kwargs.get("message")


def _sample(node):
    """The message an f-string would give with numbers for its values, or None if not literal."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(value.value)
            else:
                spec = ast.unparse(value.format_spec) if value.format_spec else ""
                parts.append("45%" if "%" in spec else "12")
        return "".join(parts)
    return None


class TestEveryEmittedCodeHasEnglish:
    def test_the_source_scan_finds_the_coachs_checks(self):
        from prep.coach.findings import CHECKS

        assert {check.value for _, check, _, _ in _emitted()} == set(CHECKS)

    def test_every_code_the_coach_emits_has_an_english_message(self):
        from prep.coach.blind_hiring import ADVICE as BLIND_ADVICE

        missing = []
        for name, check, code, _ in _emitted():
            if check.value == "blind":
                # code=f"leak_{category}", one per category of the blind-hiring advice table.
                missing += [f"blind/leak_{c}" for c in BLIND_ADVICE if c not in BLIND_HEADLINES]
            elif (check.value, code.value) not in ADVICE:
                missing.append(f"{name}: {check.value}/{code.value}")
        assert not missing, missing

    def test_every_message_pattern_reads_the_coachs_message(self):
        unread = []
        for name, check, code, message in _emitted():
            advice = ADVICE.get((check.value, getattr(code, "value", None)))
            if advice is None or not advice.pattern:
                continue
            sample = _sample(message)
            if sample is None or not re.search(advice.pattern, sample):
                unread.append(f"{name}: {check.value}/{code.value}: {sample!r}")
        assert not unread, unread

    def test_the_honorific_and_mention_findings_get_their_own_english(self):
        honorific = Finding(
            "company",
            "other_company",
            0,
            4,
            "wrong_company",
            "‘귀 공사’는 …",
            "왜",
            "법",
            excerpt="귀 공사",
            extra={"honorific": "공사"},
        )
        mention = finding(
            "company", "other_company", "다른 회사 이름", category="mention", excerpt="삼성"
        )
        with translation.override("en"):
            assert "form of address" in coach_text(honorific)["message"]
            assert coach_text(mention)["message"].startswith("‘삼성’: another company's name")

    def test_copying_from_an_own_draft_is_not_called_a_published_sample(self):
        own = Finding(
            "copying",
            "similar_sample",
            0,
            4,
            "sample",
            "이 글의 62%가 ‘내 다른 초안 ‘삼성 지원동기’’과(와) 겹칩니다.",
            "왜",
            "법",
            extra={"doc_id": "draft:7"},
        )
        sample = Finding(
            "copying",
            "similar_sample",
            0,
            4,
            "sample",
            "이 글의 40%가 ‘합격 자소서’과(와) 겹칩니다.",
            "왜",
            "법",
            extra={"doc_id": "sample:3"},
        )
        with translation.override("en"):
            assert coach_text(own)["message"] == (
                "62% of this text is the same as another of your drafts."
            )
            assert "published sample answer" in coach_text(sample)["message"]
