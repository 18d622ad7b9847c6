"""Blind-hiring rules for what a relative is or does: 치매를 앓으셨던 외할머니, 시골에 계신
할머니, 할머니께서 시골에 혼자 사셔서.

A kin word alone (부모님께 감사합니다) says little, but a clause about the relative gives the
family away: their health, where they live, what they run. Two shapes:

  * an honoured clause right before the kin word (…으셨던 / 계신 / 불편하신 + 외할머니): the
    honorific -시- makes the relative its subject;
  * the kin word as subject, then one of the verbs of living, working or being ill in the same
    clause (외삼촌이 병원에 입원해, 할머니께서 시골에 사셔서).

Jobs and care have their own rules (blind_family); whether the relative is the writer's is
decided later, by attribution (a client's mother is part of the story).
"""

from __future__ import annotations

from prep.coach.blind_family import kin_first
from prep.coach.blind_text import BlindText, Candidate
from prep.coach.morph import Morph

_HONORIFIC = frozenset({"시", "으시"})
# Too wide to say whose family, or a way of addressing clients (어머님, 아버님).
_GENERIC = frozenset({"가족", "친척", "친척들", "식구", "어머님", "아버님", "부모"})
# What a relative does or is that tells about the family (not speech or teaching, which are a
# story's quote: 아버지께서 늘 말씀하셨듯이; nor going to school: 동생이 초등학교에 다닐 때
# only dates a memory).
_LIFE_ROOTS = frozenset(
    {"살", "계시", "앓", "투병", "입원", "아프", "편찮", "돌아가", "다치", "운영", "근무", "장애"}
)
# Verbs that are honorific by themselves (계신 할머니, 돌아가신 할아버지).
_HONOURED_VERBS = frozenset({"계시", "돌아가시", "주무시", "편찮"})
_SUBJECT = frozenset({"JKS", "JX"})
_CLAUSE_ENDS = frozenset({"EF", "SF"})
_NOTE = "가족의 건강이나 사는 곳을 쓰면 가족 관계가 드러납니다"


def relatives_described(doc: BlindText) -> list[Candidate]:
    members = doc.words("blind_cues", "family_member")
    tokens = doc.tokens
    out = []
    for i, token in enumerate(tokens):
        if token.tag != "NNG" or token.form not in members or token.form in _GENERIC:
            continue
        if _plural(tokens, i) or not (_honoured_before(tokens, i) or _lives_after(tokens, i)):
            continue
        first = kin_first(doc, i)
        out.append(Candidate(tokens[first].start, token.end, "family", "relative_life", _NOTE))
    return out


def _plural(tokens: tuple[Morph, ...], i: int) -> bool:
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.form == "들" and nxt.tag == "XSN"


def _honoured_before(tokens: tuple[Morph, ...], i: int) -> bool:
    """…으셨던 외할머니, 계신 할머니: an adnominal ending right before, with -시- in its word."""
    if i < 2 or tokens[i - 1].tag != "ETM" or tokens[i - 1].end + 1 != tokens[i].start:
        return False
    for k in range(i - 2, max(-1, i - 5), -1):
        if tokens[k].tag == "EP" and tokens[k].form in _HONORIFIC:
            return True
        if tokens[k].tag == "VV" and tokens[k].form in _HONOURED_VERBS:
            return True
        if tokens[k].tag not in ("EP", "VV", "VA", "VX", "VCP", "XSV", "XSA"):
            return False
    return False


def _lives_after(tokens: tuple[Morph, ...], i: int) -> bool:
    """외삼촌이 병원에 입원해, 할머니께서 시골에 사셔서: the relative as subject of a verb of
    living, working or being ill, before the clause ends."""
    j = i + 1
    if j < len(tokens) and tokens[j].tag == "XSN":
        j += 1  # 할머니+님
    if j >= len(tokens):
        return False
    particle = tokens[j]
    if particle.tag not in _SUBJECT and particle.form not in ("께서", "께서는"):
        return False
    for token in tokens[j + 1 : j + 9]:
        if token.tag in _CLAUSE_ENDS or token.tag == "EC" and token.form in ("고", "며", "면서"):
            return False
        if token.tag in ("VV", "VA", "XSV", "XSA") and token.root in _LIFE_ROOTS:
            return True
        if token.tag == "NNG" and token.form in _LIFE_ROOTS:
            return True
    return False
