"""check_spelling: the public shape, merging of sources, protected terms and clean prose."""

import pytest

from prep.coach.spelling import SpellingFinding, apply, check_spelling
from prep.coach.spelling_eval import TARGETS, load, score


def corrected(text: str) -> str:
    return apply(text, check_spelling(text))


class TestCheckSpelling:
    def test_a_finding_has_code_point_offsets_a_suggestion_a_kind_and_a_rule(self):
        text = "🙂 몇일 동안 준비했습니다."
        [finding] = check_spelling(text)
        assert isinstance(finding, SpellingFinding)
        assert text[finding.start : finding.end] == "몇일" == finding.original
        assert finding.suggestion == "며칠"
        assert finding.kind == "spelling"
        assert finding.message and finding.rule

    def test_the_errors_named_in_the_issue_are_caught(self):
        text = "몇일 동안 준비했고 큰 도움이 됬습니다. 그렇게 하면 안되요."
        assert corrected(text) == "며칠 동안 준비했고 큰 도움이 됐습니다. 그렇게 하면 안 돼요."

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("혼자서도 할수있다고 믿었습니다.", "혼자서도 할 수 있다고 믿었습니다."),
            ("가장 중요한것은 신뢰입니다.", "가장 중요한 것은 신뢰입니다."),
            ("문제를 해결하는데 3주가 걸렸습니다.", "문제를 해결하는 데 3주가 걸렸습니다."),
            ("입사한지 2년이 되었습니다.", "입사한 지 2년이 되었습니다."),
            ("저 는 현장 에서 배웠습니다.", "저는 현장에서 배웠습니다."),
            ("업무가 개선 되었습니다.", "업무가 개선되었습니다."),
            ("두명의 후배와 세번 만났습니다.", "두 명의 후배와 세 번 만났습니다."),
            ("지금도 공부하고있습니다.", "지금도 공부하고 있습니다."),
            ("3년만에 이뤘습니다.", "3년 만에 이뤘습니다."),
            ("금방 익숙해 졌습니다.", "금방 익숙해졌습니다."),
            ("절차가 간소화 되었습니다.", "절차가 간소화되었습니다."),
            ("오랜시간 고민했습니다.", "오랜 시간 고민했습니다."),
            ("열심히 할 것 입니다.", "열심히 할 것입니다."),
            ("그 것이 목표입니다.", "그것이 목표입니다."),
            ("저 뿐만 아니라 모두가 도왔다.", "저뿐만 아니라 모두가 도왔다."),
            ("가능한한 빨리 처리했습니다.", "가능한 한 빨리 처리했습니다."),
            ("일을 하다보니 요령이 생겼다.", "일을 하다 보니 요령이 생겼다."),
            ("이를 통해 배운점은 소통입니다.", "이를 통해 배운 점은 소통입니다."),
            ("잘될것같았습니다.", "잘될 것 같았습니다."),
            ("할 줄알았습니다.", "할 줄 알았습니다."),
            ("할 수 밖에 없었습니다.", "할 수밖에 없었습니다."),
            ("그 동안 배운 것을 나눴다.", "그동안 배운 것을 나눴다."),
            ("고객 님의 의견과 업무 상 어려움", "고객님의 의견과 업무상 어려움"),
            ("환자분들이 불편해 하시는 점", "환자분들이 불편해하시는 점"),
            ("동료가 기뻐 했습니다.", "동료가 기뻐했습니다."),
            ("거절 당하는 일이 많았습니다.", "거절당하는 일이 많았습니다."),
            ("신청 기간내에 냈습니다.", "신청 기간 내에 냈습니다."),
            ("각부서의 요청을 모았습니다.", "각 부서의 요청을 모았습니다."),
            ("수 차례 실패했고 수 년간 배웠습니다.", "수차례 실패했고 수년간 배웠습니다."),
            ("입사 3년차 선배와 일했습니다.", "입사 3년 차 선배와 일했습니다."),
            ("그 날 이후로 달라졌습니다.", "그날 이후로 달라졌습니다."),
            ("자료를 만드는데 석 달이 걸렸습니다.", "자료를 만드는 데 석 달이 걸렸습니다."),
        ],
    )
    def test_spacing_rules_read_from_kiwi_tags(self, text, expected):
        findings = check_spelling(text)
        assert findings and all(f.kind == "spacing" for f in findings)
        assert apply(text, findings) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "열심히 준비했는데 결과가 아쉬웠습니다.",
            "그 일이 얼마나 중요한지 깨달았습니다.",
            "일할수록 현장의 중요성을 느꼈습니다.",
            "기한을 지켰을뿐더러 품질도 높였습니다.",
            "믿을 것은 나 자신뿐이었습니다.",
            "일을 배운 지 얼마 되지 않아 큰 행사를 맡았습니다.",
            "되도록 빨리 처리해 드리겠다고 약속했습니다.",
            "한번 맡은 일은 끝까지 책임지는 것이 제 원칙입니다.",
            "처음 해 보는 일이었지만 선배에게 물었습니다.",
            "KPI를 재설계해 30 % 개선했고 K-water와 협력했습니다.",
            "국민건강보험공단은 2023년 건강검진 수검률을 75.2%까지 끌어올렸습니다.",
            "흩어진 자료를 한곳에 모으고 한쪽으로 치우치지 않게 한층 다듬었습니다.",
            "궂은일도 마다하지 않았고 세분화된 업무를 맡았습니다.",
            "장사가 잘 안돼서 걱정했지만 먹이였던 풀도 다시 자랐습니다.",
            "이 분야의 전문가로서 성장하고, 좋은 결과가 있기를 바랍니다.",
            "비가 올듯하고 해볼만한 일이라 아는척하지 않았습니다.",
            "부서 간 협업과 10년간의 근무, 사업 계획 수립 시 이 때문에 참고했다.",
            "해야 하는 일이라 좋아했고, 사고를 당한 뒤 기간 내 처리했습니다.",
            "각자 맡은 일과 각종 자료, 사내 교육과 국내 시장을 살폈습니다.",
            "할 수 없는 일도 있었고, 3년 차 선배와 1회차 교육을 들었습니다.",
            "그날 이후 이날까지 일하는데 갑자기 석사 과정 이야기가 나왔습니다.",
        ],
    )
    def test_correct_prose_passes(self, text):
        assert check_spelling(text) == []

    def test_findings_never_overlap_and_come_in_text_order(self):
        text = "할수있는만큼 최선을 다할께요. 안되요. 리더로써 됬습니다."
        findings = check_spelling(text)
        assert [f.start for f in findings] == sorted(f.start for f in findings)
        for a, b in zip(findings, findings[1:], strict=False):
            assert a.end <= b.start

    def test_a_protected_term_is_never_flagged(self):
        text = "한국몇일연구원에서 일했습니다."
        assert check_spelling(text)
        assert check_spelling(text, protected=["한국몇일연구원"]) == []

    def test_empty_and_blank_text_give_nothing(self):
        assert check_spelling("") == []
        assert check_spelling(" \n ") == []

    def test_the_key_ignores_position(self):
        [a] = check_spelling("몇일 뒤")
        [b] = check_spelling("그리고 몇일 뒤")
        assert a.key == b.key and a.start != b.start


class TestApply:
    def test_apply_skips_findings_whose_text_changed(self):
        text = "몇일 동안"
        [finding] = check_spelling(text)
        assert apply("며칠 동안", [finding]) == "며칠 동안"


class TestLabelledSet:
    def test_dev_half_meets_the_targets(self):
        result = score(load("dev"))
        assert result.recall() >= TARGETS["recall"]
        assert result.suggestion_accuracy >= TARGETS["suggestion"]
        assert result.false_alarms_per_1000 <= TARGETS["false_alarms"]

    def test_the_set_has_at_least_300_sentences_split_in_halves(self):
        dev, test = load("dev"), load("test")
        assert len(dev) + len(test) >= 300
        assert abs(len(dev) - len(test)) <= 2
        assert not {r["text"] for r in dev} & {r["text"] for r in test}
        for row in dev + test:
            for error in row["errors"]:
                assert row["text"][error["start"] : error["end"]] == error["wrong"]


class TestOffsets:
    def test_offsets_match_the_text_for_odd_and_random_input(self):
        import random
        import unicodedata

        rng = random.Random(16)
        alphabet = "가나다라마바사아자차 는은을를이가에서로써로서되돼안않수것데지 \n.,!?0129%AB"
        samples = [
            "\x00몇일\x00",
            "🙂👍🏽 할수있다",
            unicodedata.normalize("NFD", "몇일 동안 됬습니다"),
            "몇일\r\n됬다",
            "\u200b할수\u200b있다",
            "안되요" * 50,
        ] + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 60))) for _ in range(200)]
        for text in samples:
            findings = check_spelling(text)
            for f in findings:
                assert 0 <= f.start < f.end <= len(text)
                assert text[f.start : f.end] == f.original
            for a, b in zip(findings, findings[1:], strict=False):
                assert a.end <= b.start
            apply(text, findings)
