"""Claims of size told by an adverb the lexicon's vague_claims list does not hold.

비약적으로 늘어, 폭발적으로 증가했습니다, 괄목할 만큼 빨라졌습니다, 엄청나게 줄었습니다: an
adverb of degree before a verb of change says the change was big without saying how big,
like 크게 늘었습니다 in the lexicon. evidence._vague_claims adds what `extra_vague_claims` finds.
"""

from __future__ import annotations

import re

_DEGREE_CHANGE = re.compile(
    r"(?:비약적으로|폭발적으로|기하급수적으로|괄목할\s?만(?:큼|하게)|엄청나게|어마어마하게|"
    r"놀라울\s?만큼|놀랄\s?만큼|극적으로|드라마틱하게)\s?(?:더\s?)?"
    r"(?:늘|줄|빨라|높아|낮아|올|커|증가|감소|향상|개선|단축|성장|발전|좋아|나아)"
)
_NOTE = "얼마나 변했는지 숫자로 쓰세요"


def extra_vague_claims(text: str) -> list[tuple[int, int, str]]:
    """(start, end, note) of each adverb-of-degree claim of change in `text`."""
    return [(m.start(), m.end(), _NOTE) for m in _DEGREE_CHANGE.finditer(text)]
