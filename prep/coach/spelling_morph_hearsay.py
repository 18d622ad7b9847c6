"""Hearsay -ㄴ대요 written -ㄴ데요 after a verb, read from Kiwi.

A verb in the present takes -는데요 (가는데요, 오르는데요), and the -데요 that recalls what one
saw goes on the bare stem (가데요); so a verb or a -하다 verb with -ㄴ데요 run on its stem
(오른데요, 온데요, 일한데요, 오신데요) is the hearsay -ㄴ대요 (-ㄴ다고 해요). An adjective, 이다
or 아니다 with -ㄴ데요 is right (예쁜데요, 학생인데요, 아닌데요) and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from prep.coach import morph
from prep.coach.morph import Morph
from prep.coach.spelling_hits import Hit

SRC_DAEYO = "표준국어대사전 '-ㄴ대' ('-ㄴ다고 해'의 준말)"
_VERB_TAGS = frozenset({"VV", "XSV"})


def hits(text: str) -> list[Hit]:
    if "데요" not in text:
        return []
    return list(_scan(text, morph.tokens(text)))


def _scan(text: str, ms: tuple[Morph, ...]) -> Iterator[Hit]:
    for i in range(1, len(ms)):
        cur = ms[i]
        if not (cur.form in ("ᆫ데", "ᆫ데요") and cur.tag in ("EC", "EF")):
            continue
        j = i - 1
        if ms[j].tag == "EP" and ms[j].form == "시" and j >= 1:
            j -= 1
        stem = ms[j]
        if stem.tag not in _VERB_TAGS:
            continue
        if cur.form == "ᆫ데" and not (i + 1 < len(ms) and ms[i + 1].form == "요"):
            continue
        at = cur.end - 1 if cur.form == "ᆫ데" else cur.end - 2
        if text[at : at + 2] != "데요" or not (at + 2 == len(text) or not _hangul(text[at + 2])):
            continue
        yield Hit(at, at + 1, "대", "spelling",
                  "남에게 들은 말을 옮길 때는 '-ㄴ대요'(-ㄴ다고 해요)입니다. (요금이 오른대요)",
                  "kiwi.daeyo", SRC_DAEYO)  # fmt: skip


def _hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"
