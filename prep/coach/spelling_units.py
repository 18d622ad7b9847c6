"""Units and honorific suffixes that Kiwi reads right but the word lists leave alone.

* 한 + a unit that also makes a dictionary word with 한 (한분, 한장, 한곳, 한줄): written apart
  where the pair is repeated to go one by one (한 분 한 분, 한 곳 한 곳), and 한 장 where a
  particle or 씩/짜리 follows the count (한 장으로 정리했다, 한 장씩).
* -분 after a noun for people is a suffix (고객분, 승객분들, 보호자분께): a person noun, a space
  and 분들 or 분 + a particle is the suffix written apart; 세 분들, 그 분, 마지막 분들 are
  other words.
"""

from __future__ import annotations

from collections.abc import Iterator

from prep.coach import morph
from prep.coach.morph import Morph
from prep.coach.spelling_hits import Hit

SRC_SUFFIX = "한글 맞춤법 제2항 (접미사는 앞말에 붙여 씀)"
_COUNT_AFTER = frozenset({"JKB", "JX", "JKO", "JKS", "JKG"})
# Last syllables of nouns for people (승객, 보호자, 주민, 직원, 수강생, 어르신, 학부모, 선배,
# 동료, 가족): 마지막 분들 (the last ones) has no person noun before 분 and stays.
_PERSON_ENDS = frozenset("객자민인원생신모배료족님사")


def distributive(text: str, ms: tuple[Morph, ...], i: int, units: frozenset[str]) -> bool:
    """한 + unit run together where the count is plainly a count (see the module docstring)."""
    prev, cur = ms[i - 1], ms[i]
    if not (
        prev.tag == "MM"
        and prev.form == "한"
        and cur.tag in ("NNB", "NNG")
        and cur.form in units
        and cur.start == prev.end
        and text[prev.start : cur.end] == "한" + cur.form
        and (prev.start == 0 or text[prev.start - 1] == " ")
    ):
        return False
    pair = "한" + cur.form
    if text.startswith(" " + pair, cur.end) or text[: prev.start].endswith(pair + " "):
        return True
    nxt = ms[i + 1] if i + 1 < len(ms) else None
    return (
        cur.form == "장"
        and nxt is not None
        and nxt.start == cur.end
        and (nxt.tag in _COUNT_AFTER or nxt.form in ("씩", "짜리"))
    )


def hits(text: str) -> list[Hit]:
    if " 분" not in text:
        return []
    return list(_bun(text, morph.tokens(text)))


def _bun(text: str, ms: tuple[Morph, ...]) -> Iterator[Hit]:
    for i in range(1, len(ms) - 1):
        prev, cur, nxt = ms[i - 1], ms[i], ms[i + 1]
        if (
            prev.tag == "NNG"
            and len(prev.form) >= 2
            and prev.form[-1] in _PERSON_ENDS
            and text[prev.start : prev.end] == prev.form
            and text[prev.end : cur.start] == " "
            and cur.form == "분"
            and cur.tag == "NNB"
            and (nxt.form == "들" or nxt.tag in _COUNT_AFTER)
            and nxt.start == cur.end
        ):
            yield Hit(prev.end, cur.start, "", "spacing",
                      "사람을 높이는 접미사 '-분'은 앞말에 붙여 씁니다. (고객분들, 보호자분께)",
                      "kiwi.suffix-apart", SRC_SUFFIX)  # fmt: skip
