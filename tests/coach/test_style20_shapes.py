"""style_lookalikes: cliché words in their plain sense, on sentences written for these tests."""

import pytest

from prep.coach.style import cliche_findings


def _flagged(text):
    return [f for f in cliche_findings(text) if f.code == "cliche"]


@pytest.mark.parametrize(
    "text",
    [
        "배추 모종을 심기 전에 닭똥 거름을 밑거름으로 깔았습니다.",
        "할아버지께서 밑거름을 넉넉히 주라고 하셨습니다.",
        "합창단원들의 열정적인 무대가 끝나고 저는 조명을 껐습니다.",
        "교수님의 열정적인 강의를 들으며 필기를 했습니다.",
    ],
)
def test_plain_sense_is_not_a_cliche(text):
    assert not _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "이 경험을 밑거름으로 삼아 더 성장하겠습니다.",
        "현장 경험이 제 꿈의 밑거름이 되었습니다.",
        "저는 열정적인 태도로 모든 일에 임했습니다.",
        "저의 열정적인 자세를 보여 드리겠습니다.",
    ],
)
def test_the_writers_own_cliche_stays(text):
    assert _flagged(text)
