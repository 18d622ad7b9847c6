"""How a sentence tells the writer's doing, besides what it changed: a vague doing that says
only that the writer tried (노력했습니다, 매뉴얼대로 했습니다), the scene an action opens with
(…과정에서), a thought that came over the writer (…생각이 들었습니다), and a new time frame
inside a sentence (…만들어 드려 다음 주부터는 …) that opens what the action brought.

structure.py and structure_clauses.py ask these when they label a sentence's parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from prep.coach import morph
from prep.coach.structure_others import from_then_on

# Where and when the action took place, opening its sentence (…과정에서, …받았을 때).
SCENE = re.compile(r"^[^,.]{2,40}?(?:에서|(?:ᆯ|을|를|할|던)\s?때|\s중에?)\s")

# Doings that say only that the writer tried (노력했습니다, 최선을 다했습니다, 잘 대처했습니다,
# 매뉴얼대로 했습니다), not what was done.
_VAGUE_NOUNS = frozenset({"노력", "대처", "극복", "대응", "최선", "수고", "헌신", "분투"})
_VAGUE_VERBS = frozenset({"애쓰", "힘쓰", "임하", "다하", "버티", "견디"})


def vague_doing(tokens: Sequence[morph.Morph]) -> bool:
    """The action's main verb is a vague doing: an effort verb, or 하다 with no object."""
    verbs = [i for i, t in enumerate(tokens) if t.tag in ("VV", "XSV")]
    if not verbs:
        return False
    k = verbs[-1]
    verb = tokens[k]
    if verb.tag == "XSV":
        return k > 0 and tokens[k - 1].form in _VAGUE_NOUNS
    if verb.form == "하":
        # (…찾도록 했습니다, …있게 했습니다: the writer arranged something)
        arranged = k and tokens[k - 1].tag == "EC"
        return not arranged and not any(t.tag == "JKO" for t in tokens[:k])
    return verb.form in _VAGUE_VERBS


# What comes over the writer (생각이 들었습니다, 용기가 생겼습니다): a thought or a feeling, not
# a doing, whatever was seen before it (그 미소를 보며 …).
_MIND_SUBJECTS = frozenset(
    {"생각", "마음", "느낌", "기분", "확신", "욕심", "의욕", "의문", "용기", "결심", "다짐"}
)


def came_over(tokens: Sequence[morph.Morph]) -> bool:
    """The main predicate is 들다/생기다/솟다 with a thought or feeling as its subject."""
    predicates = [i for i, t in enumerate(tokens) if t.tag in ("VV", "VA", "VX", "XSV", "VCP")]
    if not predicates:
        return False
    k = predicates[-1]
    if tokens[k].form not in ("들", "생기", "솟", "싹트") or k < 2:
        return False
    return tokens[k - 1].tag in ("JKS", "JX") and tokens[k - 2].form in _MIND_SUBJECTS


def then_opens(tokens: Sequence[morph.Morph]) -> bool:
    """`tokens` open on a time from which on (다음 주부터는, 그날부터, 이후로, 그 뒤로)."""
    head = list(tokens[:5])
    cut = next((k for k, t in enumerate(head) if t.form in ("부터", "이후", "이후로", "뒤")), None)
    return (
        cut is not None
        and all(t.tag in ("NNG", "NNB", "MM", "JX") for t in head[:cut])
        and (from_then_on(head[: cut + 1]))
    )
