"""Cliché words used in their plain sense, which the style check must not flag.

* 밑거름 as real manure (퇴비를 밑거름으로 넣었다, 밭에 밑거름을 주고): a farming sentence,
  or 밑거름 followed by an act of putting it into soil.
* 열정적 said of someone else or their doing (관중들의 열정적인 응원, 선생님의 열정적인 강의):
  the cliché is the writer praising themself, not describing a crowd.
* 첫 단추 as a real button (유니폼은 첫 단추가 자주 떨어져서, 셔츠 첫 단추를 풀고): a garment or
  sewing word in the sentence, or 단추 followed by falling off, sewing on or undoing; the
  metaphor (첫 단추를 잘 끼우겠습니다) is about beginnings, not clothes.
"""

from __future__ import annotations

import re

_FARMING = re.compile(r"퇴비|비료|거름을|밭|논에|모종|작물|이랑|흙|파종|묘목|농사|과수")
_PUT_IN_SOIL = re.compile(r"^(?:으로|을|를)?\s?(?:넣|주|줬|줘|뿌리|뿌려|깔|섞)")
# X의 열정적인 …, where X is not the writer (제/저의/나의)
_OTHERS_BEFORE = re.compile(r"(?<![가-힣])(?!저의|나의)[가-힣]+(?:들|님|분)?의\s$")
_OTHERS_DOING = re.compile(
    r"^(?:인|으로)\s(?:[가-힣]{1,6}\s)?(?:응원|함성|환호|박수|강의|공연|연주|무대)"
)
_GARMENT = re.compile(
    r"유니폼|셔츠|블라우스|외투|코트|재킷|자켓|점퍼|조끼|교복|제복|근무복|작업복|가운|옷|"
    r"실과\s?바늘|바느질|반짇고리|단춧구멍"
)
_BUTTON_ACT = re.compile(r"^(?:가|를|이|은|도)?\s?(?:떨어|떨어져|달|꿰매|꿰맸|풀|잠그|잠갔|뜯)")
_SENTENCE = re.compile(r"[^.!?\n]+")


def plain_sense(text: str, start: int, end: int) -> bool:
    """Whether the cliché found at text[start:end] is a word used in its plain sense."""
    phrase = text[start:end]
    if "밑거름" in phrase:
        sentence = next(
            (m.group() for m in _SENTENCE.finditer(text) if m.start() <= start < m.end()), ""
        )
        at = text.index("밑거름", start) + 3
        return bool(_FARMING.search(sentence) or _PUT_IN_SOIL.match(text, at))
    if "단추" in phrase:
        sentence = next(
            (m.group() for m in _SENTENCE.finditer(text) if m.start() <= start < m.end()), ""
        )
        at = text.index("단추", start) + 2
        return bool(_GARMENT.search(sentence) or _BUTTON_ACT.match(text, at))
    if "열정적" in phrase:
        at = text.index("열정적", start)
        after = text[at + 3 : at + 20]
        return bool(_OTHERS_BEFORE.search(text, max(0, at - 12), at) or _OTHERS_DOING.match(after))
    return False
