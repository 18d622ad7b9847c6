"""The style21 cliché families and the real-button look-alike, on sentences written here."""

import pytest

from prep.coach.style import cliche_findings


def _flagged(text):
    return [text[f.span[0] : f.span[1]] for f in cliche_findings(text) if f.code == "cliche"]


@pytest.mark.parametrize(
    "text",
    [
        "지역 사회에 한 알의 밀알로 남고 싶습니다.",
        "조직의 밀알이 될 준비가 되어 있습니다.",
        "작은 밀알 같은 존재로 보탬이 되겠습니다.",
        "힘든 순간에도 긍정적인 마음가짐으로 버텼습니다.",
        "저는 늘 긍정 마인드를 잃지 않습니다.",
        "성원에 보답하는 사원이 되겠습니다.",
        "고객의 기대에 부응하겠습니다.",
        "선배들의 기대에 부응했던 경험이 있습니다.",
        "어떤 상황에서도 금방 적응하는 것이 제 강점입니다.",
        "저는 어떤 조직이든 잘 적응합니다.",
    ],
)
def test_cliche_families_are_flagged(text):
    assert _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "밀알을 맷돌에 갈아 가루를 만들었습니다.",
        "긍정적인 답변을 받은 민원은 스무 건이었습니다.",
        "기대와 달리 참가자가 적었습니다.",
        "새 근무지에 적응하는 데 두 달이 걸렸습니다.",
        "셔츠 첫 단추를 잠그고 무대에 올랐습니다.",
        "교복의 첫 단추가 떨어져 옷핀으로 임시로 고정했습니다.",
    ],
)
def test_plain_uses_are_not_flagged(text):
    assert not _flagged(text)


def test_the_beginning_metaphor_is_still_a_cliche():
    assert _flagged("공직 생활의 첫 단추를 이곳에서 채우고 싶습니다.")
