"""Endings written apart as if they held a bound noun, and 가능한 without its 한, read from Kiwi.

* -ㄹ지, -는지, -던지 are endings (한글 맞춤법 제41항·표준국어대사전 '-ㄹ지'): 할 지 몰랐다,
  할 수 있을 지, 어떻게 하는 지 → 할지, 있을지, 하는지; 할 지 말 지 → 할지 말지. Only after
  -ㄴ/-은 is 지 the bound noun of elapsed time (공부한 지 3년), and those are left alone.
* -었는데 is one ending: 드렸는 데 칭찬을 들었다 → 드렸는데. The bound noun 데 takes a
  present or future modifier (하는 데, 할 데), never the past -었는.
* 가능한 before an adverb needs 한 ('as far as possible'): 가능한 빨리 → 가능한 한 빨리
  (표준국어대사전 '가능하다'); 가능한 방법 (a noun after it) is right as written.
"""

from __future__ import annotations

from collections.abc import Iterator

from prep.coach import morph
from prep.coach.morph import Morph
from prep.coach.spelling_morph import Hit

SRC_ENDING = "한글 맞춤법 제41항·표준국어대사전 '-ㄹ지'·'-는지'·'-는데' (어미는 앞말에 붙여 씀)"
SRC_GANEUNG = "표준국어대사전 '가능하다' ('가능한 한'으로 씀)"

# Modifier endings after which 지 is an ending, not the bound noun of elapsed time.
_JI_ENDINGS = frozenset({"ᆯ", "을", "는", "던"})
# Adverbs that do not stand for the manner 가능한 한 qualifies (가능한 더 나은 방법).
_NOT_MANNER = frozenset({"더", "또", "가장", "제일", "다시", "모두", "다", "함께", "같이"})


def hits(text: str) -> list[Hit]:
    if "지" not in text and "데" not in text and "가능한" not in text:
        return []
    return list(_scan(text, morph.tokens(text)))


def _spaced(text: str, a: Morph, b: Morph) -> bool:
    return b.start >= 1 and a.end == b.start - 1 and text[b.start - 1] == " "


def _scan(text: str, ms: tuple[Morph, ...]) -> Iterator[Hit]:
    for i in range(1, len(ms)):
        prev, cur = ms[i - 1], ms[i]
        if (
            prev.tag == "ETM"
            and prev.form in _JI_ENDINGS
            and cur.tag == "NNB"
            and cur.form == "지"
            and text[cur.start] == "지"
            and _spaced(text, prev, cur)
            and _bare_or_particle(text, ms, i)
        ):
            yield _ji(text, ms, i)
            continue

        if (
            prev.tag == "ETM"
            and prev.form == "는"
            and i >= 2
            and ms[i - 2].tag == "EP"
            and cur.tag == "NNB"
            and cur.form == "데"
            and text[cur.start] == "데"
            and _spaced(text, prev, cur)
        ):
            yield Hit(cur.start - 1, cur.start, "", "spacing",
                      "'-었는데'는 어미라 붙여 씁니다. (보고를 드렸는데 칭찬을 들었다)",
                      "kiwi.ending-apart", SRC_ENDING)  # fmt: skip
            continue

        if (
            prev.tag == "ETM"
            and prev.form == "ᆫ"
            and i >= 2
            and ms[i - 2].form in ("하", "가능하")
            and text[prev.end - 3 : prev.end] == "가능한"
            and (prev.end == 3 or not ("가" <= text[prev.end - 4] <= "힣"))
            and cur.tag == "MAG"
            and cur.form not in _NOT_MANNER
            and _spaced(text, prev, cur)
        ):
            yield Hit(prev.end - 3, prev.end, "가능한 한", "spelling",
                      "'될 수 있는 대로'의 뜻이면 '가능한 한'으로 씁니다. (가능한 한 빨리)",
                      "kiwi.ganeunghan", SRC_GANEUNG)  # fmt: skip


def _bare_or_particle(text: str, ms: tuple[Morph, ...], i: int) -> bool:
    """지 ends its word or takes only particles (할 지도, 할 지를): not 지경, 지라도."""
    end = ms[i].end
    if end >= len(text) or not ("가" <= text[end] <= "힣"):
        return True
    return i + 1 < len(ms) and ms[i + 1].start == end and ms[i + 1].tag.startswith("J")


def _ji(text: str, ms: tuple[Morph, ...], i: int) -> Hit:
    """The space before 지 removed; in 할 지 말 지, the one before the second 지 too."""
    ji = ms[i]
    start, end, suggestion = ji.start - 1, ji.start, ""
    if i + 2 < len(ms):
        mal, ji2 = ms[i + 1], ms[i + 2]
        if (
            mal.form == "말"
            and mal.tag in ("VX", "VV")
            and _spaced(text, ji, mal)
            and ji2.form == "지"
            and text[ji2.start] == "지"
            and _spaced(text, mal, ji2)
        ):
            end, suggestion = ji2.start, text[ji.start : ji2.start - 1]
    return Hit(start, end, suggestion, "spacing",
               "'-ㄹ지'·'-는지'는 어미라 앞말에 붙여 씁니다. (할 수 있을지, 어떻게 하는지)",
               "kiwi.ending-apart", SRC_ENDING)  # fmt: skip
