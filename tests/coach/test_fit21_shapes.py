"""The fit21 additions to fit_deeds, on sentences written for these tests."""

import pytest

from prep.coach.fit_deeds import deed_concepts, without_lookalikes
from prep.coach.morph import concepts


def _keys(text):
    return {c.key for c in deed_concepts(text)}


@pytest.mark.parametrize(
    "text",
    [
        "무인 발급기 앞에서 헤매시는 분들께 한 분 한 분 화면을 짚어 가며 알려 드렸습니다.",
        "신청서를 처음 써 보는 학생들을 한 명씩 옆에 앉혀 칸마다 같이 채워 도와 드렸습니다.",
        "결혼이주 여성분들이 고지서를 못 읽으셔서 요금 항목을 그림으로 풀어 다시 만들었습니다.",
        "고령 조합원들을 위해 총회 자료를 큰 글씨로 다시 뽑았습니다.",
    ],
)
def test_help_one_by_one_or_made_usable_is_together(text):
    assert "동행" in _keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "면접관님이 지원자를 한 명씩 불러 들어가게 했습니다.",
        "한 분기 동안 매출 자료를 정리했습니다.",
        "외국인 관광객이 늘어 가게 간판을 새로 달았습니다.",
    ],
)
def test_turns_and_plain_mentions_are_not_together(text):
    assert "동행" not in _keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "동아리 간식비에서 남은 잔액은 한 푼도 손대지 않고 총무에게 넘겼습니다.",
        "행사 후 거스름돈까지 장부에 적어 두고 다음 담당자에게 넘겼습니다.",
        "공금이 조금 남았지만 따로 쓰지 않고 통장에 그대로 입금했습니다.",
    ],
)
def test_small_money_kept_to_account_is_fairness(text):
    assert "공정" in _keys(text)


@pytest.mark.parametrize(
    "text",
    ["회비를 내고 영수증을 받았습니다.", "잔돈이 없어 카드로 계산했습니다."],
)
def test_money_mentioned_is_not_fairness(text):
    assert "공정" not in _keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "재고가 자꾸 틀려서 QR 코드를 붙이고 휴대폰으로 읽는 출고 방식을 만들었습니다.",
        "수기로 받던 신청을 스프레드시트 양식과 자동 집계로 받는 절차를 도입했습니다.",
        "반복 입력이 많아 엑셀 매크로로 정산 체계를 새로 짰습니다.",
    ],
)
def test_a_tool_made_into_a_way_of_working_is_innovation(text):
    assert "혁신" in _keys(text)


@pytest.mark.parametrize(
    "text",
    ["엑셀 사용법을 강의에서 배웠습니다.", "전산 시스템이 멈춰 하루 종일 기다렸습니다."],
)
def test_tools_used_or_learnt_are_not_innovation(text):
    assert "혁신" not in _keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "출근길 교통 소통 정보를 라디오로 전했습니다.",
        "사고가 나서 도로 소통이 한참 막혔습니다.",
        "퇴근 시간에는 소통이 더딘 구간마다 경찰이 서 있었습니다.",
    ],
)
def test_traffic_flow_is_not_communication(text):
    kept = without_lookalikes(text, concepts(text))
    assert "소통" not in {c.key for c in kept}


def test_talking_with_people_stays_communication():
    text = "민원인과의 소통이 느린 부분을 고치려고 답변 순서를 바꿨습니다."
    kept = without_lookalikes(text, concepts(text))
    assert "소통" in {c.key for c in kept}


def test_large_print_described_not_remade_is_not_together():
    assert "동행" not in _keys("어르신들께 나눠 드린 안내문에는 행사 시간을 큰 글씨로 적었습니다.")


def test_large_print_made_for_a_stated_need_is_together():
    text = "노인 회원분들이 작은 글자를 못 읽으셔서 회의 자료를 큰 글씨 판으로 따로 뽑았습니다."
    assert "동행" in _keys(text)
