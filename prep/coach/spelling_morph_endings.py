"""Endings written apart as if they held a bound noun, and 가능한 without its 한, read from Kiwi.

* -ㄹ지, -는지, -던지 are endings (한글 맞춤법 제41항·표준국어대사전 '-ㄹ지'): 할 지 몰랐다,
  할 수 있을 지, 어떻게 하는 지 → 할지, 있을지, 하는지; 할 지 말 지 → 할지 말지; after an
  adjective or 이다 too (문제인 지 → 문제인지). Only after a verb's -ㄴ/-은 is 지 the bound
  noun of elapsed time (공부한 지 3년), and those are left alone.
* -었는데 is one ending: 드렸는 데 칭찬을 들었다 → 드렸는데. The bound noun 데 takes a
  present or future modifier (하는 데, 할 데), never the past -었는.
* 가능한 before an adverb needs 한 ('as far as possible'): 가능한 빨리 → 가능한 한 빨리
  (표준국어대사전 '가능하다'); 가능한 방법 (a noun after it) is right as written.
* the adverb of a -하다 adjective written with -이 before the verb it qualifies: 신속이
  처리했다, 침착이 대응했다 → 신속히, 침착히 (한글 맞춤법 제51항). Kiwi reads these as a noun
  and the subject particle 이; only roots whose adverb the dictionary writes with -히 and only
  before a verb (not 신중이 필요하다, where 필요 is an adjective).
* 만큼 straight after a noun is a particle, written against it (영어 만큼은 → 영어만큼은); after
  a modifier ending it is the bound noun (노력한 만큼), written apart.
"""

from __future__ import annotations

from collections.abc import Iterator

from prep.coach import morph
from prep.coach.morph import Morph
from prep.coach.spelling_hits import Hit

SRC_ENDING = "한글 맞춤법 제41항·표준국어대사전 '-ㄹ지'·'-는지'·'-는데' (어미는 앞말에 붙여 씀)"
SRC_PARTICLE = "한글 맞춤법 제41항 (조사는 앞말에 붙여 씀)"
SRC_ADVERB = "한글 맞춤법 제51항 (부사의 끝음절 '-이'·'-히')"
SRC_GANEUNG = "표준국어대사전 '가능하다' ('가능한 한'으로 씀)"

# Modifier endings after which 지 is an ending, not the bound noun of elapsed time.
_JI_ENDINGS = frozenset({"ᆯ", "을", "는", "던"})
# Adverbs that do not stand for the manner 가능한 한 qualifies (가능한 더 나은 방법).
_NOT_MANNER = frozenset({"더", "또", "가장", "제일", "다시", "모두", "다", "함께", "같이"})

# -하다 adjectives whose adverb is -히 (정확히, 신속히); Kiwi may split them as noun + 이.
_HI_ROOTS = frozenset(
    {
        "정확", "신속", "침착", "확실", "철저", "성실", "충분", "분명", "간단", "조용", "꾸준",
        "무사", "신중", "착실", "엄격", "정중", "공손", "면밀", "세밀", "차분", "원활", "특별",
        "완벽", "급격", "열심", "당당", "과감", "단호", "능숙", "상세", "자세", "치밀", "정직",
        "극진", "각별", "조속", "시급", "솔직", "무난", "적절", "원만", "진지", "친절", "간절",
        "절실", "긴밀", "능동", "천천", "섬세", "세심", "명확", "정밀", "엄밀",
        "소홀", "꼼꼼", "넉넉", "쓸쓸", "똑똑", "톡톡",
    }
)  # fmt: skip


def hits(text: str) -> list[Hit]:
    if not any(n in text for n in ("지", "데", "가능한", "이 ", " 만큼")):
        return []
    return list(_scan(text, morph.tokens(text)))


def _spaced(text: str, a: Morph, b: Morph) -> bool:
    return b.start >= 1 and a.end == b.start - 1 and text[b.start - 1] == " "


def _scan(text: str, ms: tuple[Morph, ...]) -> Iterator[Hit]:
    for i in range(1, len(ms)):
        prev, cur = ms[i - 1], ms[i]
        if (
            prev.tag == "ETM"
            and (prev.form in _JI_ENDINGS or _after_adjective(ms, i))
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

        if (
            prev.tag in ("NNG", "XR")
            and prev.form in _HI_ROOTS
            and cur.tag == "JKS"
            and cur.start == prev.end
            and text[prev.start : cur.end] == prev.form + "이"
            and (prev.start == 0 or not ("가" <= text[prev.start - 1] <= "힣"))
            and _verb_next(text, ms, i)
        ):
            yield Hit(cur.start, cur.end, "히", "spelling",
                      "'-하다'가 붙는 말의 부사는 '-히'로 적습니다. (신속히, 정확히)",
                      "kiwi.i-hi", SRC_ADVERB)  # fmt: skip

            continue

        if (
            (prev.tag in ("NNG", "NNP", "NP") or (prev.tag == "NNB" and prev.form == "것"))
            and cur.form == "만큼"
            and cur.tag in ("NNB", "JKB")
            and text[cur.start : cur.start + 2] == "만큼"
            and _spaced(text, prev, cur)
            and "가" <= text[prev.end - 1] <= "힣"
        ):
            yield Hit(prev.end, cur.start, "", "spacing",
                      "체언 뒤의 '만큼'은 조사라 붙여 씁니다. (영어만큼은)",
                      "kiwi.particle-apart", SRC_PARTICLE)  # fmt: skip


def _after_adjective(ms: tuple[Morph, ...], i: int) -> bool:
    """-ㄴ/-은 after an adjective or 이다 (문제인 지, 큰 지): time elapses only after a verb."""
    return (
        ms[i - 1].form in ("ᆫ", "은")
        and i >= 2
        and (ms[i - 2].tag.startswith("VA") or ms[i - 2].tag in ("VCP", "XSA"))
    )


def _verb_next(text: str, ms: tuple[Morph, ...], i: int) -> bool:
    """The word after ms[i] is a verb: a verb stem, or a noun with the verb suffix -하다."""
    if i + 1 >= len(ms) or not _spaced(text, ms[i], ms[i + 1]):
        return False
    nxt = ms[i + 1]
    if nxt.tag == "VV":
        return True
    return (
        nxt.tag == "NNG"
        and i + 2 < len(ms)
        and ms[i + 2].tag == "XSV"
        and ms[i + 2].start == nxt.end
    )


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
