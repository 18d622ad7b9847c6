"""A relative's health is a family fact: 아버지의 뇌졸중 재활, 발달장애가 있는 동생.

An illness, a disability or a treatment said of the writer is an appearance (health) leak; said
of a relative it tells the household instead (someone at home is ill and the writer lives with
it), which is the family leak the fair-hiring act names. Two shapes carry it:
  1. the relative owns the illness noun: 아버지의 뇌졸중 재활, 어머니의 암 투병, 할머니의 치매;
  2. the illness clause modifies the relative: 발달장애가 있는 동생, 희귀병을 앓는 조카 — the
     health pattern matched the clause, and the kin word right after it makes it the relative's.
"""

from __future__ import annotations

from dataclasses import replace

from prep.coach.blind_text import BlindText, Candidate

# Illnesses, disabilities and treatments by the noun (a class, not one passage's word).
ILLNESS_NOUNS = frozenset(
    {
        *("투석", "항암", "수술", "재활", "투병", "치매", "암", "질환", "지병", "병", "간병"),
        *("요양", "입원", "뇌졸중", "중풍", "파킨슨", "당뇨", "장애", "발달장애", "자폐"),
        *("우울증", "뇌출혈", "심장병", "백혈병", "희귀병", "난치병", "치료", "병환", "와병"),
        *("골절", "마비", "투병기", "병간호", "간호", "병원비", "수술비", "치료비"),
    }
)
_GENERIC = frozenset({"가족", "친척", "친척들"})


def kin_positions(doc: BlindText) -> list[int]:
    """Indices of the kin words (common nouns) in the text, asked once per text."""
    cached = doc.__dict__.get("_kin_positions")
    if cached is None:
        members = doc.words("blind_cues", "family_member")
        cached = [
            i
            for i, t in enumerate(doc.tokens)
            if t.tag == "NNG" and t.form not in _GENERIC and t.form in members
        ]
        doc.__dict__["_kin_positions"] = cached
    return cached


def owned_illness(doc: BlindText) -> list[Candidate]:
    """아버지의 뇌졸중 재활, 어머니의 암 투병: a kin word owning an illness noun."""
    members = doc.words("blind_cues", "family_member")
    tokens = doc.tokens
    out = []
    for i in kin_positions(doc):
        token = tokens[i]
        j = i + 1
        if j < len(tokens) and tokens[j].tag == "XSN" and tokens[j].form == "님":
            j += 1
        if j >= len(tokens) or tokens[j].tag != "JKG" or tokens[j].start != tokens[j - 1].end:
            continue
        last = None
        for k in range(j + 1, min(j + 4, len(tokens))):
            if tokens[k].tag not in ("NNG", "XR"):
                break
            if tokens[k].form in ILLNESS_NOUNS:
                last = k
        if last is not None:
            out.append(Candidate(token.start, tokens[last].end, "family", "kin_illness"))
    out.extend(_illness_clause(doc, members))
    out.extend(_ill_subject(doc, members))
    return out


_SUBJECT_FORMS = frozenset({"이", "가", "은", "는", "께서", "께서는", "도"})
_FIRST_PERSON = frozenset({"저", "제", "나", "내", "저희"})


def subject_at(doc: BlindText, i: int, members: frozenset[str]) -> int | None:
    """Index of the particle when a kin word at `i` is a subject (형이, 외할머니께서는)."""
    tokens = doc.tokens
    kin = tokens[i]
    if kin.tag != "NNG" or kin.form not in members or kin.form in _GENERIC:
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].tag == "XSN" and tokens[j].form == "님":
        j += 1
    if j < len(tokens) and tokens[j].tag in ("JKS", "JX") and tokens[j].form in _SUBJECT_FORMS:
        return j
    return None


def _ill_subject(doc: BlindText, members: frozenset[str]) -> list[Candidate]:
    """외할머니가 치매 판정을 받으신 뒤, 형이 공황장애를 앓아: a kin word as the subject and
    an illness noun in its clause (no clause ending, no writer in between)."""
    tokens = doc.tokens
    out = []
    for i in kin_positions(doc):
        j = subject_at(doc, i, members)
        if j is None:
            continue
        for k in range(j + 1, min(j + 7, len(tokens))):
            t = tokens[k]
            if t.tag in ("EC", "EF", "SF", "SP", "ETM", "ETN") or t.form in _FIRST_PERSON:
                break
            if t.tag == "NNG" and t.form in ILLNESS_NOUNS:
                out.append(Candidate(tokens[i].start, t.end, "family", "kin_illness"))
                break
    return out


_HAVING = frozenset({"있", "앓", "겪", "얻", "가지", "받"})


def _illness_clause(doc: BlindText, members: frozenset[str]) -> list[Candidate]:
    """자폐가 있는 남동생, 우울증을 앓던 언니, 수술을 받은 아버지: an illness noun, its
    particle, a verb of having it and a modifier ending right before the kin word."""
    tokens = doc.tokens
    out = []
    for i in kin_positions(doc):
        kin = tokens[i]
        if i < 4:
            continue
        etm, verb, particle, noun = tokens[i - 1], tokens[i - 2], tokens[i - 3], tokens[i - 4]
        if etm.tag != "ETM" or verb.root not in _HAVING and verb.form not in _HAVING:
            continue
        if particle.tag not in ("JKS", "JKO") or noun.form not in ILLNESS_NOUNS:
            continue
        # (치매를 앓는 어머니를 모시고 온 민원인: attribution decides whose relative it is)
        out.append(Candidate(noun.start, kin.end, "family", "kin_health"))
    return out


def recast_for_kin(doc: BlindText, candidates: list[Candidate]) -> list[Candidate]:
    """An appearance (health) clause that modifies a kin word (발달장애가 있는 동생과) is the
    relative's health: a family finding up to the kin word. One inside a family finding
    (제 동생은 발달장애가 있어 …) is already said by it and is dropped."""
    members = doc.words("blind_cues", "family_member")
    families = [c for c in candidates if c.category == "family"]
    out = []
    for cand in candidates:
        if cand.category != "appearance":
            out.append(cand)
            continue
        if any(f.start <= cand.start and cand.end <= f.end for f in families):
            continue
        # 형이 공황장애를 앓아: the kin word as the subject of the health clause, whose finding
        # overlaps this one.
        if any(
            f.rule == "kin_illness" and f.start < cand.end and cand.start < f.end for f in families
        ):
            continue
        i = doc.index_at(cand.end)
        tokens = doc.tokens
        # (the verb stem the pattern ends on, then its modifier ending, then the kin word)
        while i < len(tokens) and tokens[i].tag in ("VV", "VA", "EP", "XSV") and i < len(tokens):
            i += 1
        if (
            i + 1 < len(tokens)
            and tokens[i].tag == "ETM"
            and tokens[i].start - cand.end <= 2
            and tokens[i + 1].form in members
            and tokens[i + 1].form not in _GENERIC
        ):
            out.append(replace(cand, end=tokens[i + 1].end, category="family", rule="kin_health"))
            continue
        out.append(cand)
    return out
