"""Two words written as one, and two stem forms, read from Kiwi's tags (helper lane spell8):

* a Sino-Korean numeral in letters against its unit (이십명, 삼십분이, 백가지) — 한글 맞춤법
  제43항, as spelling_morph does for native numerals (두명);
* -기 against the adjective that judges it (알기쉽게, 하기힘든, 먹기좋은) — the nominalised verb
  is the subject of 쉽다, so the two are words apart;
* an adverb of time or degree against its verb or 한번 (오래걸리다, 다시한번) — 부사는 띄어 씀;
* a passive stem with -어지다 on top (잊혀지다, 보여지다, 쓰여지다) — 이중 피동, 잊히다;
* ㄹ-final stem + -은 (늘은, 만들은) — ㄹ drops before -ㄴ: 는, 만든.
"""

from __future__ import annotations

from collections.abc import Iterator

from prep.coach import morph
from prep.coach.hangul import final_index
from prep.coach.spelling_hits import Hit
from prep.coach.spelling_morph import SRC_UNIT
from prep.coach.spelling_words import hangul as _hangul

SRC_ADVERB = "한글 맞춤법 제2항 (부사는 뒤의 말과 띄어 씀)"
SRC_GI = "한글 맞춤법 제2항 (명사형 '-기'와 뒤의 형용사는 띄어 씀)"
SRC_PASSIVE = "표준국어대사전 '잊히다'·'쓰이다' (피동사에 '-어지다'를 겹쳐 쓰지 않음)"
SRC_L_EUN = "한글 맞춤법 제18항 (ㄹ 받침 어간은 '-ㄴ' 앞에서 ㄹ이 줄어듦)"

_SINO_DIGITS = frozenset("일이삼사오육칠팔구십백")
# Units counted with Sino-Korean numerals; 이분·일명 are words, so one-syllable numerals are
# left alone except 백 (백 가지, 백 명).
_SINO_UNITS = frozenset(
    {"명", "분", "가지", "개", "년", "개월", "시간", "일", "주", "번", "권", "장", "건", "회",
     "층", "쪽", "군데", "곳", "마리", "살", "배", "통", "가구", "세대", "집", "초", "상자",
     "박스", "봉지", "묶음", "포대", "켤레", "그릇", "세트", "송이", "그루"}
)  # fmt: skip
_GI_JUDGES = frozenset({"쉽", "어렵", "힘들", "좋", "싫", "편하", "불편하", "나쁘"})
# Adverbs no verb joins into one dictionary word with (unlike 오래가다, 다시없다, 함께하다).
_ADVERBS_APART = {
    "오래": ("가",), "다시": ("없",), "매우": (), "정말": (), "아주": (), "새로": (), "미리": (),
    "먼저": (), "빨리": (), "제대로": (), "열심히": (), "꾸준히": (), "천천히": (), "항상": (),
}  # fmt: skip
# Passive stems (피동사) Kiwi returns whole before -어지다.
_PASSIVES = frozenset(
    {"잊히", "읽히", "닫히", "먹히", "쓰이", "보이", "불리", "팔리", "쌓이", "놓이", "찢기",
     "쫓기", "담기", "뽑히", "잡히", "밟히", "짜이"}
)  # fmt: skip


def hits(text: str) -> list[Hit]:
    return list(_scan(text, morph.tokens(text)))


def _joined(text: str, a: morph.Morph, b: morph.Morph) -> bool:
    return b.start == a.end and a.end < len(text) and _hangul(text[a.end - 1])


def _scan(text: str, ms: tuple[morph.Morph, ...]) -> Iterator[Hit]:
    for i in range(1, len(ms)):
        prev, cur = ms[i - 1], ms[i]
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        numeral = _sino_numeral(text, ms, i) if prev.tag == "NR" else None
        if (
            numeral is not None
            and cur.tag in ("NNB", "NNG")
            and cur.form in _SINO_UNITS
            and _joined(text, prev, cur)
            and text[cur.start : cur.end] == cur.form
        ):
            start = cur.start - len(numeral)
            yield Hit(start, cur.end, f"{numeral} {cur.form}", "spacing",
                      "수를 나타내는 말과 단위는 띄어 씁니다. (이십 명, 백 가지)",
                      "kiwi.numeral-unit", SRC_UNIT)  # fmt: skip
            continue
        if (
            prev.tag == "ETN"
            and prev.form == "기"
            and cur.tag == "VA"
            and cur.form in _GI_JUDGES
            and _joined(text, prev, cur)
            and text[prev.start] == "기"
        ):
            s = cur.start
            yield Hit(s - 1, s + 1, f"기 {text[s]}", "spacing",
                      "'-기' 뒤의 '쉽다·어렵다·좋다'는 띄어 씁니다. (알기 쉽게)",
                      "kiwi.gi-apart", SRC_GI)  # fmt: skip
            continue
        if (
            prev.tag == "MAG"
            and prev.form in _ADVERBS_APART
            and text[prev.start : prev.end] == prev.form
            and (prev.start == 0 or not _hangul(text[prev.start - 1]))
            and _joined(text, prev, cur)
            and (
                (cur.tag in ("VV", "VA") and cur.form not in _ADVERBS_APART[prev.form])
                or (cur.tag == "MM" and cur.form == "한" and nxt is not None and nxt.form == "번")
            )
        ):
            s = cur.start
            yield Hit(s - 1, s + 1, f"{text[s - 1]} {text[s]}", "spacing",
                      f"부사 '{prev.form}'는 뒤의 말과 띄어 씁니다. (오래 걸리다, 다시 한번)",
                      "kiwi.adverb-apart", SRC_ADVERB)  # fmt: skip
            continue
        if (
            i >= 2
            and ms[i - 2].tag == "VV"
            and ms[i - 2].form in _PASSIVES
            and prev.tag == "EC"
            and prev.form == "어"
            and cur.tag == "VX"
            and cur.form == "지"
            and prev.start == ms[i - 2].end - 1
        ):
            yield from _double_passive(text, ms[i - 2], prev, cur)
            continue
        if (
            cur.tag == "ETM"
            and cur.form == "은"
            and prev.tag in ("VV", "VA")
            and final_index(prev.form[-1]) == 8  # ㄹ final
            and text[prev.start : prev.end] == prev.form
            and text[cur.start : cur.end] == "은"
            and cur.start == prev.end
            and (cur.end == len(text) or not _hangul(text[cur.end]))
        ):
            last = prev.form[-1]
            right = prev.form[:-1] + chr(ord(last) - 8 + 4)  # ㄹ → ㄴ: 늘 → 는
            yield Hit(prev.start, cur.end, right, "spelling",
                      "ㄹ 받침 어간에 '-은'이 붙으면 ㄹ이 줄어 '-ㄴ'이 됩니다. (는, 만든)",
                      "kiwi.l-eun", SRC_L_EUN)  # fmt: skip


def _sino_numeral(text: str, ms: tuple[morph.Morph, ...], i: int) -> str | None:
    """The Sino-Korean numeral in letters that ends just before ms[i] and starts a word (이십,
    which Kiwi may give as 이 + 십), or None."""
    j = i - 1
    while j > 0 and ms[j - 1].tag == "NR" and ms[j - 1].end == ms[j].start:
        j -= 1
    start = ms[j].start
    numeral = text[start : ms[i].start]
    if start > 0 and _hangul(text[start - 1]):
        return None
    if not set(numeral) <= _SINO_DIGITS or not (len(numeral) >= 2 or numeral == "백"):
        return None
    return numeral


def _double_passive(
    text: str, stem: morph.Morph, ec: morph.Morph, vx: morph.Morph
) -> Iterator[Hit]:
    """잊혀지지 → 잊히지, 잊혀져서 → 잊혀서, 잊혀졌다 → 잊혔다: drop the -어지-."""
    fused, ji = text[ec.start], text[vx.start]
    if ji == "지":
        right = stem.form[-1]
    elif ji == "져":
        right = fused
    elif ji == "졌":
        right = chr(ord(fused) + 20)  # + ㅆ
    else:
        return
    yield Hit(ec.start, vx.start + 1, right, "spelling",
              f"'{stem.form}다'가 이미 피동이라 '-어지다'를 겹쳐 쓰지 않습니다. (잊히다)",
              "kiwi.double-passive", SRC_PASSIVE)  # fmt: skip
