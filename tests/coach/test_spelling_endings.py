"""Endings written apart as bound nouns (spelling_morph_endings) and the kinds the fifth set's
development half showed, in sentences of our own."""

import pytest

from prep.coach.spelling import apply, check_spelling


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "합격할 지 알 수 없었지만 끝까지 준비했습니다.",
            "합격할지 알 수 없었지만 끝까지 준비했습니다.",
        ),
        ("제가 잘 해낼 수 있을 지 걱정했습니다.", "제가 잘 해낼 수 있을지 걱정했습니다."),
        ("무엇을 먼저 살 지도 정하지 못했습니다.", "무엇을 먼저 살지도 정하지 못했습니다."),
        ("지원할 지 말 지 고민했습니다.", "지원할지 말지 고민했습니다."),
        ("고객이 무엇을 원하는 지 물었습니다.", "고객이 무엇을 원하는지 물었습니다."),
        ("자료를 보냈는 데 답이 없었습니다.", "자료를 보냈는데 답이 없었습니다."),
        ("가능한 빨리 답변드리겠습니다.", "가능한 한 빨리 답변드리겠습니다."),
    ],
)
def test_endings_written_apart_are_joined(wrong, right):
    assert apply(wrong, check_spelling(wrong)) == right


@pytest.mark.parametrize(
    "text",
    [
        "입사한 지 3년이 되었습니다.",
        "봉사를 시작한 지 벌써 두 해가 지났습니다.",
        "할 수 있을지 고민했습니다.",
        "가능한 방법을 모두 찾아보았습니다.",
        "가능한 한 빨리 답변드리겠습니다.",
        "자료를 정리하는 데 사흘이 걸렸습니다.",
        "그만둘 지경이었지만 버텼습니다.",
    ],
)
def test_right_forms_are_left_alone(text):
    assert check_spelling(text) == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("현장 조종사로써 책임을 다하겠습니다.", "현장 조종사로서 책임을 다하겠습니다."),
        ("편의점에 잠깐 들렸다가 출근했습니다.", "편의점에 잠깐 들렀다가 출근했습니다."),
        ("고객께 적금 상품을 소개 드렸습니다.", "고객께 적금 상품을 소개해 드렸습니다."),
        ("사내 메신저 프로그램을 계발했습니다.", "사내 메신저 프로그램을 개발했습니다."),
        ("어쨋든 일정은 지켰습니다.", "어쨌든 일정은 지켰습니다."),
        ("안내서를 만드는데 참여했습니다.", "안내서를 만드는 데 참여했습니다."),
        ("외부 청탁은 일체 받지 않았습니다.", "외부 청탁은 일절 받지 않았습니다."),
        ("이 자리를 빌어 감사드립니다.", "이 자리를 빌려 감사드립니다."),
        ("펀드 자금을 운영하는 업무를 배웠습니다.", "펀드 자금을 운용하는 업무를 배웠습니다."),
        ("우리 나라 수출이 늘었습니다.", "우리나라 수출이 늘었습니다."),
        ("주말에도 하루종일 공부했습니다.", "주말에도 하루 종일 공부했습니다."),
        ("손님께 거스름 돈을 건넸습니다.", "손님께 거스름돈을 건넸습니다."),
        ("실수하지 안도록 조심했습니다.", "실수하지 않도록 조심했습니다."),
        ("민원을 신속이 처리했습니다.", "민원을 신속히 처리했습니다."),
        ("위기에서도 침착이 대응했습니다.", "위기에서도 침착히 대응했습니다."),
        ("많은 일을 격었습니다.", "많은 일을 겪었습니다."),
    ],
)
def test_kinds_from_the_fifth_set(wrong, right):
    assert apply(wrong, check_spelling(wrong)) == right


@pytest.mark.parametrize(
    "text",
    [
        "창의력을 계발하는 수업을 들었습니다.",
        "사무실에 전화벨 소리가 들렸습니다.",
        "상품을 소개드린 뒤 상담을 마쳤습니다.",
        "신문 기사로 소식을 알렸습니다.",
        "필요한 비용 일체를 지원받았습니다.",
        "합격을 빌어 주신 부모님께 감사드립니다.",
        "동아리를 운영하는 일을 맡았습니다.",
        "신중이 필요한 일이었습니다.",
        "대표 격으로 참석했습니다.",
    ],
)
def test_fifth_set_neighbours_are_left_alone(text):
    assert check_spelling(text) == []
