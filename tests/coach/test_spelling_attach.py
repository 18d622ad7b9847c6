"""Particles written apart after question words and 것, and -는지 left alone (sixth set's dev)."""

import pytest

from prep.coach.spelling import apply, check_spelling


def _fixes(text):
    return [(f.original, f.suggestion) for f in check_spelling(text)]


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("어떻게 든 기한을 맞췄습니다.", "어떻게든 기한을 맞췄습니다."),
        ("누구 든지 참여할 수 있었습니다.", "누구든지 참여할 수 있었습니다."),
        ("제가 한 것은 기록한 것 뿐입니다.", "제가 한 것은 기록한 것뿐입니다."),
        ("보고서를 쓰는 것 만큼 발표도 중요했습니다.", "보고서를 쓰는 것만큼 발표도 중요했습니다."),
        ("선배의 설명을 알아 들을 때까지 물었습니다.", "선배의 설명을 알아들을 때까지 물었습니다."),
        ("제가 꿈 꾸는 일은 연구입니다.", "제가 꿈꾸는 일은 연구입니다."),
    ],
)
def test_words_written_apart_are_joined(text, right):
    assert apply(text, check_spelling(text)) == right


@pytest.mark.parametrize(
    "text",
    [
        "절차상 문제가 없는지 꼼꼼히 살폈습니다.",  # -는지 is an ending, not 지 of time
        "가방에 든 서류를 꺼냈습니다.",  # 든 of 들다 after a noun
        "사진과 함께 한 장으로 정리했습니다.",  # 한 is a numeral here
        "마감을 함께 하며 알려 주었습니다.",
        "무엇을 해야 할지 몰랐습니다.",
    ],
)
def test_near_misses_are_left_alone(text):
    assert _fixes(text) == []
