"""Blind-hiring rules for family: a relative's job or workplace, in either order.

어머니께서 공단에 근무하셔서 (kin, then a job in the same clause) and 간호사로 일하시는 어머니
(a job in the clause that describes the kin). The writer's household (저희 집은 … 운영합니다)
stands for the family. Whether the relative is the writer's is decided later, by attribution.
"""

from __future__ import annotations

from collections.abc import Sequence

from prep.coach.blind_text import FIRST_PERSON, BlindText, Candidate, word_end
from prep.coach.morph import Morph

_PARTICLES_AFTER_KIN = frozenset({"JKS", "JX", "JKG"})
# Endings of nouns for people by their work: 목수, 교사, 공무원, 농부, 화가, 경찰관, 기술자.
_ROLE_ENDINGS = ("사", "원", "가", "자", "관", "공", "수", "부", "인", "의")


def family_jobs(doc: BlindText) -> list[Candidate]:
    """A relative as subject or owner, then a job or workplace in the same clause."""
    members = doc.words("blind_cues", "family_member")
    jobs = doc.words("blind_cues", "family_job")
    out = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        # 저희 집은 시장에서 떡집을 운영합니다: the writer's household stands for the family.
        household = (
            token.form in ("집", "집안")
            and i > 0
            and tokens[i - 1].form in ("저희", "우리")
            and tokens[i - 1].tag in ("NP", "MM")
        )
        if token.tag not in ("NNG", "NNP") or (token.form not in members and not household):
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].tag == "XSN" and tokens[j].form == "님":
            j += 1  # 부모+님
        if j >= len(tokens):
            continue
        particle = tokens[j]
        directly_owned = particle.start == tokens[j - 1].end + 1 and particle.form in jobs
        if particle.tag not in _PARTICLES_AFTER_KIN and not directly_owned:
            continue
        limit = min(doc.sentence_end(token.end), token.end + 30)
        end = None
        attended = -1
        for k, follower in enumerate(tokens[j:], start=j):
            if follower.start >= limit or follower.tag == "SF":
                break
            if follower.tag == "NP" and follower.form in FIRST_PERSON:
                if _time_clause(tokens, k):
                    continue  # 할아버지께서는 제가 어릴 때 경찰로…: only a time, the kin goes on
                break  # the clause moved on to the candidate: 어머니는 ... 저는 ... 근무하며
            if follower.tag == "JKG" and tokens[k - 2].tag == "ETM":
                break  # 동생이 다니는 학원의 강사: what follows is the head noun's, not the kin's
            if end is not None and follower.start > end + 8:
                break
            # 일 alone is any task (가족을 지키는 일); 일+하 (일하시는) is a job.
            works = follower.form == "일" and k + 1 < len(tokens) and tokens[k + 1].tag == "XSV"
            if follower.form == "다니" and _attends_school(tokens, k):
                attended = k + 2  # 동생이 다니는 학원: going to school is no job, nor its place
                continue
            if k == attended:
                continue
            # 할아버지께서 목수셨기에: the relative *is* a person noun (목수+이+시), a job.
            is_role = (
                follower.tag == "NNG"
                and k + 1 < len(tokens)
                and tokens[k + 1].tag == "VCP"
                and follower.form.endswith(_ROLE_ENDINGS)
                and len(follower.form) >= 2
            )
            if works or is_role or follower.form in jobs or follower.root in jobs:
                # Keep going while job words follow each other: 공단에 근무하셔서. A verb keeps
                # its ending (근무하셔서), a noun drops its particle (식당을 → 식당).
                verbal = k + 1 < len(tokens) and tokens[k + 1].tag in ("XSV", "XSA", "VCP")
                end = word_end(doc.text, follower.end) if verbal else follower.end
        if end is not None:
            out.append(Candidate(token.start, end, "family", "kin_job"))
    return out + _job_before_kin(doc, members, jobs)


def _time_clause(tokens: Sequence[Morph], k: int) -> bool:
    """True when the writer at `k` is only the subject of a time clause (제가 어릴 때, 제가
    태어나기 전에), so the sentence is still about the relative before it."""
    for token in tokens[k + 1 : k + 6]:
        if token.tag in ("EF", "SF") or (token.tag == "EC" and token.form != "기"):
            return False
        if token.form in ("때", "전", "무렵", "시절", "적") and token.tag in ("NNG", "NNB"):
            return True
    return False


# Places one goes to (다니다) as a pupil, a child or a member, not as an employee.
_ATTENDED_ENDINGS = (
    *("학교", "학원", "유치원", "어린이집", "교회", "성당", "복지관", "공부방", "센터"),
)


def _attends_school(tokens: Sequence[Morph], k: int) -> bool:
    """True when 다니 at `k` is attending a school-like place: 학교에 다니, 다니는 학원."""
    places = []
    if k >= 2 and tokens[k - 1].form in ("에", "를", "을"):
        places.append(tokens[k - 2].form)
    if k + 2 < len(tokens) and tokens[k + 1].tag == "ETM":
        places.append(tokens[k + 2].form)
    return any(place.endswith(_ATTENDED_ENDINGS) for place in places)


def _job_before_kin(
    doc: BlindText, members: frozenset[str], jobs: frozenset[str]
) -> list[Candidate]:
    """간호사로 일하시는 어머니, 공무원이신 아버지, 식당을 운영하시는 부모님: job first."""
    out = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.form not in members or token.tag not in ("NNG", "NNP") or i < 2:
            continue
        if tokens[i - 1].tag != "ETM":
            continue
        limit = doc.sentence_at(token.start)[0]
        start = None
        for k in range(i - 2, max(-1, i - 9), -1):
            candidate = tokens[k]
            if (
                candidate.start < limit
                or candidate.tag in ("SF", "SP")
                or candidate.form in members
            ):
                break
            works = candidate.form == "일" and tokens[k + 1].tag == "XSV"
            if works or candidate.form in jobs or candidate.root in jobs:
                start = candidate.start
        if start is not None:
            out.append(Candidate(start, token.end, "family", "job_kin"))
    return out
