"""Closing clauses that tell a change in the writer or the writer's decision, not an outcome of
the story: the writer became someone (결과적으로 더 나은 개발자가 되었습니다, 믿을 만한 팀원이
되었습니다), the experience became a stepping stone (큰 자산이 되었습니다), or the writer came to
apply (그래서 이 자리에 지원하게 되었습니다).

Like a lesson they close the story where its result would be, but nothing in the world changed;
is_outcome (structure_clauses.py) reads them as it reads a lesson.
"""

from __future__ import annotations

from collections.abc import Sequence

from prep.coach import morph

# Who the writer became: a person or role (개발자, 사람, 팀원, 리더).
_PEOPLE = frozenset(
    {"사람", "팀원", "직원", "리더", "어른", "일꾼", "동료", "선배", "인재", "구성원", "전문가"}
)
_PERSON_ENDINGS = ("자", "사", "원", "인", "가")
# What the experience became for the writer (계기, 자산, 밑거름): a frame for a lesson.
_STEPPING_STONES = frozenset({"계기", "자산", "밑거름", "발판", "원동력", "거름", "전환점", "초석"})
# What the writer came to do that is a choice about the writer's own path (지원하게 되었습니다).
_DECISIONS = frozenset({"지원", "결심", "다짐", "결정", "진학", "입사", "도전", "꿈꾸"})


def writer_changed(clause: Sequence[morph.Morph]) -> bool:
    """True when `clause` ends on N이/가 되었다 with N the writer's new self or a stepping stone,
    or on a decision of the writer's own path told with -게 되었다."""
    body = [t for t in clause if t.tag not in ("SF", "SP", "SS", "EF", "EP")]
    if len(body) < 3 or body[-1].form != "되" or body[-1].tag != "VV":
        return False
    if body[-2].form == "게":
        # (…에 지원하게 되었습니다, 결심하게 되었습니다)
        stem = body[-4].form if body[-3].tag == "XSV" and len(body) >= 4 else body[-3].form
        return stem in _DECISIONS
    if body[-2].tag != "JKC":
        return False
    noun = body[-3].form
    if noun in _STEPPING_STONES:
        return True
    person = noun in _PEOPLE or (len(noun) >= 3 and noun.endswith(_PERSON_ENDINGS))
    return person and not _other_subject(body[:-3])


def _other_subject(head: Sequence[morph.Morph]) -> bool:
    """Someone besides the writer is the subject (우리 동아리는 최우수 동아리가 되었습니다: an
    outcome); a subject inside a modifier (동료들이 의지하는 사람이) is not."""
    for i, t in enumerate(head):
        if not i or t.tag not in ("JKS", "JX") or head[i - 1].form in ("저", "제", "나", "내"):
            continue
        if t.tag == "JX" or not any(u.tag == "ETM" for u in head[i + 1 :]):
            return True
    return False
