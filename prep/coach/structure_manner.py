"""An action told only by its manner: the writer says how well they did it (잘 협력하여,
맡은 바 책임을 다해, 진심으로 소통하며) and that the job got done (…마무리했습니다,
설득했습니다), but not one step, object or figure of what was done.

structure.py asks this of a story's single action sentence: such an action is as thin as a
bare 노력했습니다, whatever share of the story it takes.
"""

from __future__ import annotations

from collections.abc import Sequence

from prep.coach import morph
from prep.coach.structure_actions import vague_doing

# Verbs that say only that the job got done or the person came round, not how.
_DONE_NOUNS = frozenset({"마무리", "완수", "완료", "해결", "설득", "달성", "성공", "극복", "수행"})
_DONE_VERBS = frozenset({"끝내", "마치", "해내", "이끌"})

# Manner that praises the doing instead of telling it (잘, 열심히, 진심으로, 적극적으로).
_MANNER_ADVERBS = frozenset({"잘", "열심히", "성실히", "꾸준히", "묵묵히", "원만히", "충실히"})
_MANNER_NOUNS = frozenset({"진심", "적극", "성실", "원활", "최선", "책임", "정성", "열정", "원만"})
# A doing named only as getting on with people or trying (협력하여, 소통하며, 노력하여).
_MANNER_DOINGS = frozenset({"협력", "소통", "협조", "합심", "노력", "협업", "단합"})
# Objects that are part of the manner (책임을 다해, 최선을 다해, 역할을 다해), not of the work.
_MANNER_OBJECTS = frozenset({"책임", "최선", "역할", "소임", "본분", "힘", "마음"})


def told_by_manner(tokens: Sequence[morph.Morph]) -> bool:
    """True when the writer's clause ends on a doing that only got the job done, says how
    well it was done, and names at most one thing worked on and no figure."""
    body = _writer_part(tokens)
    verbs = [i for i, t in enumerate(body) if t.tag in ("VV", "XSV")]
    if not verbs:
        return False
    k = verbs[-1]
    head = body[k - 1].form if body[k].tag == "XSV" and k else body[k].form
    if head not in _DONE_NOUNS and head not in _DONE_VERBS and not vague_doing(body):
        return False
    if any(t.tag in ("SN", "NR") or t.form in ("“", '"', "‘", "'") for t in body):
        return False
    objects = [
        i for i, t in enumerate(body) if t.tag == "JKO" and body[i - 1].form not in _MANNER_OBJECTS
    ]
    return len(objects) <= 1 and any(_manner_at(body, i) for i in range(len(body)))


def _writer_part(tokens: Sequence[morph.Morph]) -> Sequence[morph.Morph]:
    """The tokens from the writer (저는, 제가) or from the last comma on, whichever is later:
    the clause before is the scene (…어려웠지만, …했을 때,)."""
    start = 0
    for i, t in enumerate(tokens):
        if t.form == "," or (t.form == "저" and i + 1 < len(tokens) and tokens[i + 1].tag != "JKG"):
            start = i + 1
    return tokens[start:]


def _manner_at(body: Sequence[morph.Morph], i: int) -> bool:
    t = body[i]
    if t.tag == "MAG" and t.form in _MANNER_ADVERBS:
        return True
    following = body[i + 1] if i + 1 < len(body) else None
    if t.form in _MANNER_NOUNS and following is not None:
        # (진심으로, 적극적으로, 성실하게, 책임을 다해)
        return following.form in ("으로", "적", "하", "을", "를", "껏")
    # (팀원들과 협력하여 …: a connective clause of getting on, before the main verb)
    return (
        t.form in _MANNER_DOINGS
        and following is not None
        and following.tag == "XSV"
        and i + 2 < len(body)
        and body[i + 2].tag == "EC"
    )
