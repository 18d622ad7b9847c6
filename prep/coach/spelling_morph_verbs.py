"""Verbs the dictionary lists whole, written apart, read from Kiwi's tags (beside spelling_morph).

* 잘하다 and 잘되다 (표준국어대사전: 일을 잘하다, 사업이 잘되다) written 잘 하다, 잘 되다 — but
  잘 해내다 is an adverb before another verb, and 정리가 잘 되어 있다, 이해가 잘 되었다 (이해되다
  has its own 되다, which 잘 modifies) are left alone;
* 함께하다 (뜻·경험을 같이하다) written 함께 하다 where nothing is its object (함께 하는 동료,
  동료와 함께 한 시간); 마감을 함께 하며 (doing the closing together) may be either, so stays;
* a noun of action before 하다 where Kiwi reads 하 as a verb rather than the suffix (봉사 하면서
  at the start of a sentence): spelling_morph covers the suffix reading, this the other one;
  봉사 한 번 (한 = one) Kiwi reads as a numeral and never reaches here.
"""

from __future__ import annotations

from collections.abc import Iterator

from prep.coach import morph
from prep.coach.morph import Morph
from prep.coach.spelling_morph import SRC_SUFFIX, Hit
from prep.coach.spelling_words import hangul_word as _hangul_word
from prep.coach.spelling_words import takes_hada as _takes_hada
from prep.coach.spelling_words import word_start as _word_start

SRC_JAL = "표준국어대사전 '잘하다'·'잘되다' (한 낱말)"
SRC_HAMKKE = "표준국어대사전 '함께하다' (한 낱말)"
# The first syllable of 하다 or 되다 with its ending fused in (했, 한, 할, 해, 합, 됐, 된 …).
_HA_SYLLABLES = frozenset("하한할함합해했")
_DOE_SYLLABLES = frozenset("되된될됨됩돼됐")
# Nouns of time and order that stand as adverbs before a verb (처음 해 보았다, 마지막 한 일).
_ADVERBIAL_NOUNS = frozenset(
    {"처음", "마지막", "나중", "다음", "오늘", "어제", "내일", "이번", "지금", "평소", "요즘",
     "최초", "최근", "먼저", "매번", "혼자", "서로", "스스로"}
)  # fmt: skip
# Processes with their own -되다 (이해되다, 정리되다): after them 잘 modifies 되다, written apart.
_PROCESS_NOUNS = frozenset(
    {"이해", "소통", "정리", "관리", "연결", "전달", "설명", "진행", "준비", "협조", "조율", "운영",
     "유지", "적용", "해결", "처리", "작동", "인식", "공유", "반영", "집중", "접속", "연락", "통화",
     "인쇄", "설치", "실행", "정돈", "분류", "보관", "소화", "기억", "구분", "파악", "확인", "교육",
     "홍보", "협업", "의사소통", "대화", "표현", "설계", "배치", "활용", "통제", "조절", "개선"}
)  # fmt: skip
# Tags before the noun that make it a count (두 번 걸음 하지 않도록), not an act named.
_COUNT_TAGS = frozenset({"NNB", "MM", "SN", "NR"})


def hits(text: str) -> list[Hit]:
    return list(_scan(text, morph.tokens(text)))


def _scan(text: str, ms: tuple[Morph, ...]) -> Iterator[Hit]:
    for i in range(1, len(ms)):
        prev, cur = ms[i - 1], ms[i]
        if text[prev.end : cur.start] != " " or cur.tag != "VV":
            continue
        first = text[cur.start]
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        after = ms[i + 2] if i + 2 < len(ms) else None
        if prev.tag == "MAG" and prev.form == "잘" and _word_start(text, prev.end) == prev.start:
            if (cur.form == "하" and first in _HA_SYLLABLES) or (
                cur.form == "되"
                and first in _DOE_SYLLABLES
                and not _stative(nxt, after)
                and not _doeda_subject(text, ms, i - 1)
            ):
                yield Hit(prev.start, cur.start + 1, "잘" + first, "spacing",
                          f"'잘{cur.form}다'는 한 낱말이라 붙여 씁니다.", "kiwi.one-word",
                          SRC_JAL)  # fmt: skip
            continue
        if (
            prev.tag == "MAG"
            and prev.form == "함께"
            and cur.form == "하"
            and first in _HA_SYLLABLES
            and not (i >= 2 and ms[i - 2].tag == "JKO")
        ):
            yield Hit(prev.start, cur.start + 1, "함께" + first, "spacing",
                      "뜻이나 경험을 같이하는 '함께하다'는 한 낱말이라 붙여 씁니다.",
                      "kiwi.one-word", SRC_HAMKKE)  # fmt: skip
            continue
        if prev.tag == "NNG" and cur.form == "하" and first in _HA_SYLLABLES:
            start = _word_start(text, prev.end)
            word = text[start : prev.end]
            counted = i >= 2 and ms[i - 2].tag in _COUNT_TAGS
            if start == prev.start and word == prev.form and _hangul_word(word) and not counted \
                    and word not in _ADVERBIAL_NOUNS and _takes_hada(word):  # fmt: skip
                yield Hit(start, cur.start + 1, word + first, "spacing",
                          f"'{word}하다'는 한 낱말이라 붙여 씁니다.", "kiwi.suffix-apart",
                          SRC_SUFFIX)  # fmt: skip


def _doeda_subject(text: str, ms: tuple[Morph, ...], jal: int) -> bool:
    """이해가 잘 되었다, 소통이 잘 된다: the subject names an act with its own -되다 (이해되다),
    so 잘 modifies that 되다 and stays apart; 사업이 잘되면 (사업되다 is no word) is 잘되다."""
    if jal < 2 or ms[jal - 1].tag not in ("JKS", "JX") or ms[jal - 2].tag != "NNG":
        return False
    return ms[jal - 2].form in _PROCESS_NOUNS


def _stative(nxt: Morph | None, after: Morph | None) -> bool:
    """잘 되어 있다, 잘 돼 있다: a state described, where 잘 is read as modifying 되어 있다."""
    return nxt is not None and nxt.tag == "EC" and after is not None and after.form == "있"
