"""Endings written apart as bound nouns (spelling_morph_endings), in sentences of our own."""

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
