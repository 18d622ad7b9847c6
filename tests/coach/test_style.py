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
        ("상담하며 역지사지가 얼마나 중요한지 뼈저리게 느꼈습니다.", "뼈저리게 느꼈습니다"),
        ("이 경험을 발판 삼아 보안 전문가로 거듭나겠습니다.", "발판 삼아"),
        ("궂은일도 마다하지 않고 먼저 나섰습니다.", "궂은일도 마다하지 않고"),
        ("이 경험은 저를 한층 성장시켰습니다.", "저를 한층 성장시켰습니다"),
        ("한 번 맡은 일은 끝까지 책임지는 성격입니다.", "맡은 일은 끝까지 책임"),
        ("사회에 보탬이 되는 사람이 되고 싶습니다.", "보탬이 되는 사람"),
    ],
)
def test_more_common_cliches_are_flagged(text, excerpt):
    found = [f.excerpt for f in cliche_findings(text)]
    assert excerpt in found


def test_describing_someone_else_as_diligent_is_not_a_cliche():
    text = "그는 성실한 사람이었습니다."
    assert cliche_findings(text) == []


class TestClichesMatchedOnMorphemes:
    @pytest.mark.parametrize(
        ("text", "excerpt"),
        [
            ("물류 창고에서 저는 누구보다 책임감이 강했던 사람이었습니다.", "책임감이 강했던 사람"),
            ("책임감 강한 직원으로 통했습니다.", "책임감 강한 직원"),
            ("교대 근무마다 최선을 다했습니다.", "최선을 다했습니다"),
            ("현장에서 최선을 다하겠다는 다짐을 지켰습니다.", "최선을 다하겠다는"),
            ("주문 처리를 책임감 있게 마무리했습니다.", "책임감 있게"),
            ("배송 일정만큼은 늘 최선을다했던 기억이 납니다.", "최선을다했던"),
            ("책임감있게 재고를 챙겼습니다.", "책임감있게"),
            ("많은 것을 배울 수 있던 반년이었습니다.", "많은 것을 배울"),
            ("선배들에게 배우려는 자세를 놓지 않았습니다.", "배우려는 자세"),
            ("이 일은 제가 한 단계 더 성장하는 시간이었습니다.", "한 단계 더 성장하는"),
            ("입사 후 회사와 함께 성장하고 싶습니다.", "회사와 함께 성장하고"),
            ("그 뒤로도 초심을 잊지 않았습니다.", "초심을 잊지 않았습니다"),
            ("저는 책임감이 매우 강한 편입니다.", "책임감이 매우 강한 편"),
            ("야간 조에서도 최선을 다 해 왔습니다.", "최선을 다 해"),
            ("정비 일지 정리에 최선을 늘 다했습니다.", "최선을 늘 다했습니다"),
            ("그 실패는 저에게 귀중한 교훈이었습니다.", "귀중한 교훈"),
            ("현실에 안주하지 않고 자격증을 준비했습니다.", "현실에 안주하지 않고"),
            ("검수 업무에도 성실하게 임해 왔습니다.", "성실하게 임해"),
            ("그 겨울은 제 인생의 큰 자산이 됐습니다.", "큰 자산이 됐습니다"),
            ("정비소는 없어서는 안 될 직원이 되는 곳이었습니다.", "없어서는 안 될 직원"),
        ],
    )
    def test_inflected_and_respaced_forms_of_a_listed_cliche_are_found(self, text, excerpt):
        found = [f.excerpt for f in cliche_findings(text)]
        assert any(excerpt in f for f in found), found

    @pytest.mark.parametrize(
        "text",
        [
            "배차 프로그램이 최선의 경로를 계산하도록 조건을 바꿨습니다.",
            "열정 온도 측정 장치를 매일 아침 점검했습니다.",
            "첫 달에는 최선을 다하지 못했던 것이 아쉬웠습니다.",
            "첫 주에는 최선을 못 다했고, 둘째 주에 작업 순서를 바꿨습니다.",
            "최선을 다하지는 않았다는 평가를 받고 기준표를 새로 만들었습니다.",
            "책임감 없는 처리로 반품이 늘었던 사례를 분석했습니다.",
            "그릇에 담을 밥을 다 했습니다.",
            "책임을 나눈 뒤 각자 맡은 구역을 다시 점검했습니다.",
            "창고 선반의 하중 한계를 넘어서는 적재를 막았습니다.",
            "회사와 협력사가 함께 성장하려면 대금 지급일을 당겨야 했습니다.",
            "큰 자산이 되는 설비를 들여왔다고 보고했습니다.",
            "안전모를 쓰는 자세를 교육했습니다.",
        ],
    )
    def test_the_same_words_used_plainly_or_denied_are_not_cliches(self, text):
        assert cliche_findings(text) == []

    def test_a_strong_self_description_is_one_finding_not_several(self):
        text = "저는 책임감이 강한 사람입니다."
        assert [f.excerpt for f in cliche_findings(text)] == ["저는 책임감이 강한 사람입니다"]

    def test_an_adnominal_phrase_needs_an_adnominal_ending(self):
        # 책임감이 강하고 사람들과 … is not "책임감이 강한 사람", but 책임감이 강하다 is.
        [finding] = cliche_findings("책임감이 강하고 사람들과 잘 지냅니다.")
        assert finding.excerpt == "책임감이 강하고"

    def test_overlapping_cliches_are_one_finding(self):
        text = "입사 후에도 최선을 다하는 자세로 임하겠습니다."
        [finding] = cliche_findings(text)
        assert finding.excerpt == "최선을 다하는 자세로 임하겠습니다"

    def test_an_admin_term_matches_its_inflections_too(self):
        from prep.coach.lexicon import get_lexicon

        lexicon = get_lexicon().extended(
            [{"list": "cliches", "term": "꿈을 키우다", "category": "cliche", "note": "흔함"}]
        )
        text = "저는 그때부터 물류 전문가의 꿈을 키워 왔습니다."
        assert [f.excerpt for f in cliche_findings(text, lexicon=lexicon)] == ["꿈을 키워"]

    def test_bracketed_alternatives_expand_to_every_phrase(self):
        from prep.coach.style_lemmas import expand

        assert expand("[남다른|뜨거운] 열정[으로|]") == [
            "남다른 열정으로",
            "남다른 열정",
            "뜨거운 열정으로",
            "뜨거운 열정",
        ]


def test_a_cliches_word_used_literally_is_not_one():
    assert cliche_findings("밑거름으로 쓸 퇴비를 어르신들께 나눠 드렸습니다.") == []
    assert cliche_findings("이 경험을 밑거름으로 더 성장하겠습니다.") != []


class TestGeneralisingFourteenth:
    """Other writers' sentences for clichés the lexicon lacked (none from the labelled sets)."""

    @pytest.mark.parametrize(
        ("text", "phrase"),
        [
            ("열정적인 자세로 봉사에 참여했습니다.", "열정적인"),
            ("늘 열정적으로 일했습니다.", "열정적으로"),
            ("기록이 얼마나 중요한지 깨달았습니다.", "얼마나 중요한지 깨달"),
            ("배려가 얼마나 소중한지 다시 한번 느꼈습니다.", "얼마나 소중한지 다시 한번 느꼈"),
            ("공단 발전에 기여하겠습니다.", "공단 발전에 기여"),
            ("지역 사회 발전에 이바지하고 싶습니다.", "지역 사회 발전에 이바지"),
            ("맡겨 주신다면 끝까지 해내겠습니다.", "맡겨 주신다면"),
            ("이 일로 큰 교훈을 배웠습니다.", "큰 교훈을 배웠"),
        ],
    )
    def test_more_common_cliches_are_flagged(self, text, phrase):
        assert any(code == "cliche" and phrase in excerpt for code, excerpt in found(text))

    @pytest.mark.parametrize(
        "text",
        [
            "청년 열정 콘서트의 무대를 설치했습니다.",
            "이 표가 얼마나 필요한지 직원들에게 물었습니다.",
            "선배가 일을 맡겨 주시면 바로 처리했습니다.",
            "지역 경제 발전 계획서를 읽었습니다.",
        ],
    )
    def test_their_look_alikes_are_not(self, text):
        assert not any(code == "cliche" for code, _ in found(text))
