"""Shapes of language the structure check learnt from the sixteenth and seventeenth sets' dev
halves; every sentence here was written for this file, not taken from a set."""

import pytest

from prep.coach.structure import detect_structure, structure_findings


def _codes(text: str) -> set[str]:
    return {f.code for f in structure_findings(detect_structure(text))}


@pytest.mark.parametrize(
    "text",
    [
        # only the setting: nothing was done, nothing changed
        "주민센터 민원 창구에서 일하던 여름에는 여권 신청이 몰려 대기 줄이 건물 밖까지 "
        "이어졌습니다. 번호표 기계마저 자주 멈춰 누가 먼저인지 다툼이 잦았습니다.",
        # only a feeling
        "처음 무료 급식 배식을 맡은 날, 어르신들의 고맙다는 말씀에 마음이 따뜻해졌습니다. "
        "그날의 보람은 지금도 생생합니다.",
        # only a promise
        "맡은 일은 끝까지 책임지는 자세로 임하겠습니다. 입사 후에도 초심을 잃지 않겠습니다.",
        # only the task and its difficulty
        "제게 주어진 일은 두 달 안에 마을 지도 책자를 완성하는 것이었습니다. 자료마다 "
        "주소 표기가 달라 정리부터 막막했습니다.",
    ],
)
def test_a_short_story_without_an_action_lacks_its_result_and_action(text):
    codes = _codes(text)
    assert "result_missing" in codes
    assert "action_short" in codes
