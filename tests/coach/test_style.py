import pytest

from prep.coach.style import (
    LONG_SENTENCE_CHARS,
    SPOKEN_ANSWER_MAX_SECONDS,
    SYLLABLES_PER_SECOND,
    cliche_findings,
    speaking_seconds,
    style_findings,
)
from tests.coach.test_fit import SEED_ANSWER


def found(text, **kwargs):
    return [(f.code, f.excerpt) for f in style_findings(text, **kwargs)]


@pytest.mark.parametrize(
    "phrase",
    ["어려서부터", "귀사", "귀 기관", "최선을 다하겠습니다", "밝은 성격", "누구보다"],
)
def test_cliches_from_the_lexicon_are_flagged(phrase):
    assert ("cliche", phrase) in found(f"저는 {phrase} 그렇게 생각합니다.")


def test_the_self_description_pattern_is_a_cliche():
    assert ("cliche", "저는 책임감이 강한 사람입니다") in found("저는 책임감이 강한 사람입니다.")


def test_gwisa_explains_why_the_company_name_is_better():
    [finding] = style_findings("귀사에 입사하고 싶습니다.")
    assert "회사 이름" in finding.why


def test_a_word_used_too_often_is_flagged_with_all_its_spans():
    text = "고객을 위해 고객의 말을 듣고 고객에게 답하며 고객 만족을 높였습니다."
    [repeat] = [f for f in style_findings(text) if f.code == "repeated_word"]
    assert repeat.extra["word"] == "고객"
    assert [text[s:e] for s, e in repeat.extra["spans"]] == ["고객"] * 4


def test_key_nouns_of_a_normal_answer_are_not_repetition():
    assert [c for c, _ in found(SEED_ANSWER) if c == "repeated_word"] == []


def test_ignored_words_such_as_the_company_name_are_not_counted():
    text = "사보원은 사보원의 일을 사보원답게 하고 사보원에 맞춥니다."
    assert [c for c, _ in found(text, ignore_words=["사보원"]) if c == "repeated_word"] == []


def test_sentences_over_the_limit_are_flagged():
    long = "가" * (LONG_SENTENCE_CHARS + 1) + "."
    assert ("long_sentence", long) in found(long)
    assert found("가" * (LONG_SENTENCE_CHARS - 1) + ".") == []


class TestSpeakingSeconds:
    def test_it_counts_syllables_at_interview_pace(self):
        text = "가" * 55
        assert speaking_seconds(text) == pytest.approx(55 / SYLLABLES_PER_SECOND + 0.4, abs=0.1)

    def test_numbers_and_abbreviations_take_time_too(self):
        assert speaking_seconds("80%") > 0
        assert speaking_seconds("KPI") > speaking_seconds("K")

    def test_the_seed_answer_takes_about_a_minute_to_say(self):
        assert 50 <= speaking_seconds(SEED_ANSWER) <= 90

    def test_only_interview_answers_are_checked_for_spoken_length(self):
        text = "가" * int(SYLLABLES_PER_SECOND * (SPOKEN_ANSWER_MAX_SECONDS + 10))
        assert "spoken_too_long" in [c for c, _ in found(text, is_interview_answer=True)]
        assert "spoken_too_long" not in [c for c, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("저는 책임감이 강한 사람입니다.", "책임감이 강한 사람"),
        ("어떤 일이든 최선을 다하는 자세로 임했습니다.", "최선을 다하는 자세"),
        ("이 경험은 제 인생의 밑거름이 되었습니다.", "밑거름이"),
        ("성실함만큼은 누구에게도 뒤지지 않습니다.", "누구에게도 뒤지지 않"),
        ("초심을 잃지 않고 일하겠습니다.", "초심을 잃지 않"),
    ],
)
def test_common_cliches_are_found_in_their_inflected_forms(text, phrase):
    found = [f.excerpt for f in cliche_findings(text)]
    assert any(phrase in f or f in phrase for f in found), found


def test_ordinary_words_near_a_cliche_are_not_cliches():
    text = (
        "책임을 맡은 일은 마감 전날 다시 점검했습니다. 최선의 방법을 찾으려 세 안을 비교했습니다."
    )
    assert cliche_findings(text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("귀 원의 무궁한 발전에 이바지하겠습니다.", "무궁한 발전"),
        ("늘 남보다 먼저 출근하는 부지런한 사람입니다.", "부지런한 사람입니다"),
        ("소금 같은 존재가 되겠습니다.", "소금 같은 존재"),
    ],
)
def test_more_common_cliches_are_flagged(text, excerpt):
    found = [f.excerpt for f in cliche_findings(text)]
    assert excerpt in found


def test_describing_someone_else_as_diligent_is_not_a_cliche():
    text = "그는 성실한 사람이었습니다."
    assert cliche_findings(text) == []
