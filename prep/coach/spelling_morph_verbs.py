"""Verbs the dictionary lists whole, written apart, read from Kiwi's tags (beside spelling_morph).

* 잘하다 and 잘되다 (표준국어대사전: 일을 잘하다, 사업이 잘되다) written 잘 하다, 잘 되다 — but
  잘 해내다 is an adverb before another verb, and 정리가 잘 되어 있다, 이해가 잘 되었다 (이해되다
  has its own 되다, which 잘 modifies) are left alone;
* 함께하다 (뜻·경험을 같이하다) written 함께 하다 where nothing is its object (함께 하는 동료,
  동료와 함께 한 시간); 마감을 함께 하며 (doing the closing together) may be either, so stays;
* a noun of action before 하다 where Kiwi reads 하 as a verb rather than the suffix (봉사 하면서
  at the start of a sentence): spelling_morph covers the suffix reading, this the other one;
  봉사 한 번 (한 = one) Kiwi reads as a numeral and never reaches here;
* a word begun against the particle that ends the word before (최선을다하겠습니다, 고객을위해,
  상황에따라, 하기위해) — 제2항, 낱말은 띄어 씀 — and against an adverb in -히 or 잘 (열심히하다,
  잘모르다), or a determiner 다른/이런/그런/저런 against its noun (다른사람).
"""

from __future__ import annotations

from collections.abc import Iterator

from prep.coach import morph
from prep.coach.morph import Morph
from prep.coach.spelling_hits import Hit
from prep.coach.spelling_morph import SRC_SUFFIX
from prep.coach.spelling_words import hangul as _hangul
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
SRC_WORDS = "한글 맞춤법 제2항 (문장의 각 단어는 띄어 씀)"
_NOUN_TAGS = frozenset({"NNG", "NNP", "NP", "NNB", "XSN", "ETN"})
# Verbs that follow a noun with 에 as a phrase (상황에 따라, 이에 대해, 법에 의해).
_VERBS_AFTER_PARTICLE = frozenset({"따르", "대하", "관하", "의하", "비하", "위하", "통하", "앞서"})
# 이런저런, 그런대로 and 그런데 are one word each, and Kiwi reads them whole.
_DETERMINERS_APART = frozenset({"다른", "이런", "그런", "저런"})
# Tags before the noun that make it a count (두 번 걸음 하지 않도록), not an act named.
_COUNT_TAGS = frozenset({"NNB", "MM", "SN", "NR"})


def hits(text: str) -> list[Hit]:
    return list(_scan(text, morph.tokens(text)))


def _scan(text: str, ms: tuple[Morph, ...]) -> Iterator[Hit]:
    for i in range(1, len(ms)):
        prev, cur = ms[i - 1], ms[i]
        if cur.start == prev.end and _word_against(text, ms, i):
            s = cur.start
            yield Hit(s - 1, s + 1, f"{text[s - 1]} {text[s]}", "spacing",
                      "낱말은 띄어 씁니다. (최선을 다하다, 열심히 하다, 다른 사람)",
                      "kiwi.word-apart", SRC_WORDS)  # fmt: skip
            continue
        if text[prev.end : cur.start] != " " or cur.tag not in ("VV", "XSA"):
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
        if (
            cur.tag == "XSA"
            and cur.form == "하"
            and first in _HA_SYLLABLES
            and (prev.tag == "XR" or (prev.tag == "MAG" and len(prev.form) >= 2))
        ):
            start = _word_start(text, prev.end)
            word = text[start : prev.end]
            if _hangul_word(word) and word.endswith(prev.form):
                yield Hit(start, cur.start + 1, word + first, "spacing",
                          f"'{prev.form}하다'는 한 낱말이라 붙여 씁니다.", "kiwi.suffix-apart",
                          SRC_SUFFIX)  # fmt: skip
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


def _word_against(text: str, ms: tuple[Morph, ...], i: int) -> bool:
    """ms[i] begins a new word written against the word before it."""
    prev, cur = ms[i - 1], ms[i]
    if not (
        0 < cur.start < len(text) and _hangul(text[cur.start - 1]) and _hangul(text[cur.start])
    ):
        return False
    if text[prev.start : prev.end] != prev.form:
        return False  # a contracted syllable (했, 해) holds both morphemes: not a boundary
    before = ms[i - 2] if i >= 2 else None
    if before is None or before.tag not in _NOUN_TAGS or before.end != prev.start:
        noun_before = False
    else:
        noun_before = True
    if prev.tag == "JKO" and prev.form in ("을", "를") and noun_before:
        return cur.tag in ("VV", "VA", "VX", "MAG")
    if prev.tag == "JKB" and prev.form in ("에", "에게", "에서", "께") and noun_before:
        return cur.tag == "VV" and cur.form in _VERBS_AFTER_PARTICLE
    if prev.tag == "ETN" and prev.form == "기":
        return cur.tag == "VV" and cur.form == "위하"
    if prev.tag == "MAG" and (prev.form == "잘" or (len(prev.form) >= 2 and prev.form[-1] == "히")):
        return cur.tag in ("VV", "VA") and prev.start == _word_start(text, prev.end) \
            and (prev.form != "잘" or cur.form in ("모르", "알"))  # fmt: skip
    if prev.tag == "MM" and prev.form in _DETERMINERS_APART:
        return cur.tag == "NNG" and prev.start == _word_start(text, prev.end)
    return False


def _doeda_subject(text: str, ms: tuple[Morph, ...], jal: int) -> bool:
    """이해가 잘 되었다, 소통이 잘 된다: the subject names an act with its own -되다 (이해되다),
    so 잘 modifies that 되다 and stays apart; 사업이 잘되면 (사업되다 is no word) is 잘되다."""
    if jal < 2 or ms[jal - 1].tag not in ("JKS", "JX") or ms[jal - 2].tag != "NNG":
        return False
    return ms[jal - 2].form in _PROCESS_NOUNS


def _stative(nxt: Morph | None, after: Morph | None) -> bool:
    """잘 되어 있다, 잘 돼 있다: a state described, where 잘 is read as modifying 되어 있다."""
    return nxt is not None and nxt.tag == "EC" and after is not None and after.form == "있"
