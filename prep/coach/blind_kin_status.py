"""What a relative is or where they are from, and the household the writer grew up in:
어머니가 베트남 분이셔서, 아버지는 제주 사람이라, 형제가 많은 집에서 자라.

A kin word as the subject of 이다 with a place and a person noun (베트남 분, 제주 사람, 중국
출신) says the relative's origin, a family fact (the place says the writer's roots too, but one
finding is enough: the family one). How many siblings the writer grew up with (형제가 많은 집,
남매가 없는 집) is the family's make-up.
"""

from __future__ import annotations

from prep.coach.blind_kin_health import kin_positions, subject_at
from prep.coach.blind_text import BlindText, Candidate, word_end

_ORIGIN_NOUNS = frozenset({"분", "사람", "출신", "태생", "토박이", "교포", "이민자"})
_SIBLINGS = frozenset({"형제", "자매", "남매", "형제자매", "식구", "동생", "동생들", "형제들"})
_HOW_MANY = frozenset({"많", "없", "적", "여럿", "넷", "셋"})
_GROW_UP = frozenset({"자라", "크", "성장하", "성장"})
_HOMES = frozenset({"집", "가정", "집안", "가족"})


def kin_status(doc: BlindText) -> list[Candidate]:
    members = doc.words("blind_cues", "family_member")
    tokens = doc.tokens
    out = []
    kin = set(kin_positions(doc))
    for i in range(len(tokens)):
        j = subject_at(doc, i, members) if i in kin else None
        if j is not None and j + 3 < len(tokens):
            place, noun, copula = tokens[j + 1], tokens[j + 2], tokens[j + 3]
            if (
                place.tag in ("NNP", "NNG")
                and noun.form in _ORIGIN_NOUNS
                and copula.tag == "VCP"
                and (place.tag == "NNP" or place.form in doc.regions)
            ):
                end = word_end(doc.text, copula.end)
                out.append(Candidate(tokens[i].start, end, "family", "kin_origin"))
                continue
        # 형제가 많은 집에서 자라: the household's make-up, then growing up in it.
        sib = tokens[i]
        if sib.form not in _SIBLINGS or i + 5 >= len(tokens):
            continue
        if tokens[i + 1].tag != "JKS" or tokens[i + 2].root not in _HOW_MANY:
            continue
        rest = tokens[i + 3 : i + 8]
        grown = next((t for t in rest if t.tag == "VV" and t.root in _GROW_UP), None)
        if grown is not None and any(t.form in _HOMES for t in rest):
            out.append(Candidate(sib.start, word_end(doc.text, grown.end), "family", "household"))
    return out


def origin_said_once(candidates: list[Candidate]) -> list[Candidate]:
    """아버지는 제주 사람이라: the place inside a relative's origin is that one family fact."""
    origins = [c for c in candidates if c.rule == "kin_origin"]
    return [
        c
        for c in candidates
        if c.category != "hometown"
        or not any(o.start <= c.start and c.end <= o.end for o in origins)
    ]
