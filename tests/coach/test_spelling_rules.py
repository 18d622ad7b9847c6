"""Our own rules: a wrong and a right example for each, with its suggestion."""

import pytest

from prep.coach import spelling_rules
from prep.coach.spelling import apply, check_spelling


def fix(text: str) -> str:
    return apply(text, check_spelling(text))


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("담당자가 되서 보니", "담당자가 돼서 보니"),
        ("제출해야 되요.", "제출해야 돼요."),
        ("사람이 돼고 싶었다", "사람이 되고 싶었다"),
        ("해결돼면 보고하겠습니다", "해결되면 보고하겠습니다"),
        ("하면 안됩니다.", "하면 안 됩니다."),
        ("좋지 안았습니다.", "좋지 않았습니다."),
        ("빠뜨리지 안고 정리했다", "빠뜨리지 않고 정리했다"),
        ("다시는 않하겠다", "다시는 안 하겠다"),
        ("팀의 리더로써 조정했다", "팀의 리더로서 조정했다"),
        ("직원으로써 일하겠습니다", "직원으로서 일하겠습니다"),
        ("꾸준한 대화로서 얻었다", "꾸준한 대화로써 얻었다"),
        ("표준화함으로서 줄였다", "표준화함으로써 줄였다"),
        ("먼저 들음으로서 줄였다", "먼저 들음으로써 줄였다"),
        ("이로서 끝났다", "이로써 끝났다"),
        ("합격율이 높았다", "합격률이 높았다"),
        ("참여률이 늘었다", "참여율이 늘었다"),
        ("몇 일 남았다", "며칠 남았다"),
        ("팀장님께 결제를 받았다", "팀장님께 결재를 받았다"),
        ("카드 결재 오류", "카드 결제 오류"),
        ("정답을 모두 맞췄다", "정답을 모두 맞혔다"),
        ("일정에 맞혀 마쳤다", "일정에 맞춰 마쳤다"),
        ("우편으로 붙였다", "우편으로 부쳤다"),
        ("우표를 부치고", "우표를 붙이고"),
        ("배운데로 했다", "배운 대로 했다"),
        ("무엇이던지 배우겠다", "무엇이든지 배우겠다"),
        ("얼마나 긴장했든지 떨렸다", "얼마나 긴장했던지 떨렸다"),
        ("익숙치 않은 일", "익숙지 않은 일"),
        ("신입 사원이예요", "신입 사원이에요"),
        ("되길 바랬습니다", "되길 바랐습니다"),
        ("고객님으로써 느꼈다", "고객님으로서 느꼈다"),
        ("새로운 기법으로서 풀었다", "새로운 기법으로써 풀었다"),
    ],
)
def test_each_rule_fixes_its_error(wrong, right):
    assert fix(wrong) == right


@pytest.mark.parametrize(
    "text",
    [
        "되도록 빨리 하겠습니다.",
        "돼지고기 가공 공장을 견학했습니다.",
        "장사가 잘 안돼서 걱정했다.",
        "한 사람의 시민으로서 관심을 가졌다.",
        "꼼꼼한 검토로써 막았다.",
        "비율과 효율, 법률과 선율, 확률을 보았다.",
        "며칠 만에 끝냈다. 몇 일정이 겹쳤다.",
        "전자결재로 올리고 요금 결제를 안내했다.",
        "고객의 눈높이에 맞춰 설명했다.",
        "라벨을 붙여 관리했다.",
        "규정대로 처리했다.",
        "그 일이 얼마나 보람찼던지 기억한다.",
        "부지 안을 둘러보았다.",
        "오랜만에 만났다.",
        "투자로써 성장했고 문화로서 자리 잡았다.",
    ],
)
def test_right_text_passes(text):
    assert check_spelling(text) == []


def test_every_rule_names_its_source_in_the_norms():
    for rule in spelling_rules.RULES:
        assert rule.source and ("맞춤법" in rule.source or "사전" in rule.source)
        assert rule.kind in ("spelling", "spacing")
