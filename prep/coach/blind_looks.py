"""How the writer looks, by the shape of the sentence: 안경 낀 얼굴이 차가워 보인다는, 동글동글한
얼굴에 늘 웃는 인상이라, 인상이 강해 보여서.

A word for the face or the looks (얼굴, 인상, 외모, 눈매) is an appearance leak when the sentence
describes it as a trait of the writer:
  1. it is the subject of "looks …" (…이 차가워 보인다, 인상이 강해 보여서);
  2. an adjective or a worn thing (안경 낀, 동글동글한, 갸름한) modifies it and it is a state the
     writer has — followed by 에 (…얼굴에 웃는 인상), by 이다 (…인상이라, 얼굴이어서) or by
     덕분/때문 — not a manner of doing (밝은 얼굴로 맞이했습니다) nor someone's (굳은 얼굴의
     민원인, which attribution gives to the 민원인).
"""

from __future__ import annotations

from prep.coach.blind_text import BlindText, Candidate

LOOKS_NOUNS = frozenset(
    {
        *("얼굴", "인상", "외모", "생김새", "이목구비", "눈매", "얼굴형", "체형", "피부"),
        *("피부색", "첫인상", "눈빛", "표정", "얼굴빛", "몸매", "덩치", "체구"),
    }
)
# Worn on the face: 안경 낀, 안경을 쓴, 마스크 쓴.
_WORN = frozenset({"안경", "선글라스", "뿔테", "렌즈"})
_WEAR = frozenset({"끼", "쓰"})
# (표정, 눈빛 change by the moment: only "looks …" makes them a trait)
_MOMENTARY = frozenset({"표정", "눈빛", "얼굴빛"})
_CAUSE = frozenset({"덕분", "때문", "덕", "탓"})
# Looks nouns an adjective can describe directly (not 인상, an impression made, nor 어깨, whose
# weight is a burden).
_TRAIT_SUBJECTS = frozenset(
    {"얼굴", "외모", "생김새", "이목구비", "눈매", "피부", "피부색", "체형", "얼굴형", "몸매"}
)
# Adjectives that say how one is, not how one looks: 얼굴이 없다, 외모가 중요하다.
_NOT_LOOKS = frozenset({"없", "있", "같", "다르", "중요하", "아프", "불편하", "필요하", "상관없"})


def _modified(doc: BlindText, i: int) -> int | None:
    """Start of the modifier before the looks noun at `i`: an adjective (동글동글한, 갸름한) or
    a worn thing (안경 낀), or None."""
    tokens = doc.tokens
    if i < 2 or tokens[i - 1].tag != "ETM":
        return None
    verb = tokens[i - 2]
    if verb.tag == "XSA" and i >= 3:
        return tokens[i - 3].start  # 동글동글/MAG 하/XSA ᆫ/ETM
    if verb.tag == "VA":
        return verb.start
    # 어려 보이는 얼굴, 차가워 보이는 인상: "looks …" as the modifier.
    if verb.form == "보이" and i >= 4 and tokens[i - 3].tag == "EC" and tokens[i - 4].tag == "VA":
        return tokens[i - 4].start
    if verb.tag == "VV" and verb.form in _WEAR:
        k = i - 3
        if k >= 0 and tokens[k].tag == "JKO":
            k -= 1
        if k >= 0 and tokens[k].form in _WORN:
            return tokens[k].start
    return None


def looks_described(doc: BlindText) -> list[Candidate]:
    tokens = doc.tokens
    out = []
    for i, token in enumerate(tokens):
        if token.tag != "NNG" or token.form not in LOOKS_NOUNS:
            continue
        nxt = tokens[i + 1 : i + 5]
        # 1. …이 차가워 보인다: the looks noun as the subject of 보이다 after an adjective.
        if (
            len(nxt) >= 4
            and nxt[0].tag == "JKS"
            and nxt[1].tag == "VA"
            and nxt[2].tag == "EC"
            and nxt[3].form == "보이"
        ):
            first = _modified(doc, i)
            start = first if first is not None else token.start
            out.append(Candidate(start, nxt[3].end, "appearance", "looks"))
            continue
        if token.form in _MOMENTARY:
            continue
        # 3. 피부가 하얀 편이라, 눈매가 날카로워, 얼굴이 동안이라: an adjective (or 동안) said of
        # the looks noun itself. (인상이 깊었다 is an impression made, not a face.)
        if (
            token.form in _TRAIT_SUBJECTS
            and len(nxt) >= 2
            and nxt[0].tag in ("JKS", "JX")
            and nxt[0].form in ("이", "가", "은", "는")
            and (
                (nxt[1].tag == "VA" and nxt[1].root not in _NOT_LOOKS)
                or (nxt[1].form == "동안" and len(nxt) > 2 and nxt[2].tag == "VCP")
            )
        ):
            first = _modified(doc, i)
            out.append(Candidate(first or token.start, nxt[1].end, "appearance", "looks"))
            continue
        # 2. 동글동글한 얼굴에, 웃는 인상이라, 선한 인상 덕분에: a modified looks noun as a state.
        first = _modified(doc, i)
        if first is None and token.form == "인상" and i >= 2 and tokens[i - 1].tag == "ETM":
            first = tokens[i - 2].start  # 늘 웃는 인상이라: any clause makes an impression
            if not (nxt and nxt[0].tag == "VCP"):
                first = None
        if first is None or not nxt:
            continue
        after = nxt[0]
        state = (
            (after.tag == "JKB" and after.form == "에")
            or after.tag == "VCP"
            or after.form in _CAUSE
        )
        if state:
            out.append(Candidate(first, token.end, "appearance", "looks"))
    return out
