"""Whether a sentence without a subject goes on describing the person the one before was about.

상담 대상자는 50대 남성이었습니다. 아내와 사별한 뒤 혼자 지내고 있었습니다: the second sentence
has no subject and names no one, and both only describe (a copula, a state, an ongoing -고 있다),
so it is still about the 대상자. In a 자기소개서 a dropped subject is usually the writer's, which
is why a sentence of doing (…으로 분위기를 살렸습니다) never carries over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from prep.coach.attribution_story import _brings_on_stage, _names_writer
from prep.coach.morph import Morph

_SUBJECT_FORMS = frozenset({"이", "가", "은", "는", "께서", "께서는"})
_PREDICATES = frozenset({"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA"})
# Verbs of being somewhere or in some state: 있다, 살다, 지내다, 되다, 남다, 머물다.
_STATES = frozenset({"있", "없", "살", "지내", "되", "남", "계시", "머물", "머무르", "아니"})
# Auxiliaries that leave the meaning to the verb before them (되지 않았다, 일해 왔다).
_AUXILIARIES = frozenset({"않", "오", "가", "버리", "지"})


def describes(sentence: Sequence[Morph]) -> bool:
    """True when the sentence's last predicate only describes: 이다, an adjective, a state verb,
    or an ongoing action (-고 있다)."""
    predicates = [i for i, t in enumerate(sentence) if t.tag in _PREDICATES]
    if not predicates:
        return False
    i = predicates[-1]
    token = sentence[i]
    if token.tag == "VX" and token.form == "있" and i > 0 and sentence[i - 1].form == "고":
        return True  # 일하고 있었습니다
    while token.tag == "VX" and token.form in _AUXILIARIES and len(predicates) > 1:
        predicates.pop()
        i = predicates[-1]
        token = sentence[i]
    if token.tag in ("VCP", "VCN", "VA", "XSA"):
        return True
    return token.form in _STATES or token.root in _STATES


def carries_description(
    earlier: Sequence[Morph],
    this: Sequence[Morph],
    own_subject: Callable[[Morph], bool],
    about_someone: Callable[[Sequence[Morph]], bool],
) -> bool:
    """True when `this` sentence goes on describing the person `earlier` was about."""
    if not earlier or _names_writer(earlier) or _names_writer(this):
        return False
    # 민원인의 사연은 이랬습니다. …: the sentence after announces someone's account.
    if _announces_account(earlier) and about_someone(earlier):
        return True
    # A subject of its own (키 185cm의 체격 덕분에 현장 일이 힘들지 않았습니다) says what the
    # sentence is about; only a sentence with none, or with the mention as its subject, goes on.
    if any(
        t.tag in ("JKS", "JX") and t.form in _SUBJECT_FORMS and not own_subject(t) for t in this
    ):
        return False
    if not describes(this):
        return False
    return about_someone(earlier) and (describes(earlier) or _brings_on_stage(earlier))


_ACCOUNTS = frozenset({"사연", "이야기", "얘기", "사정", "형편", "상황", "말씀", "설명"})
_THIS_WAY = frozenset({"이렇", "이러", "다음", "같"})


def _announces_account(sentence: Sequence[Morph]) -> bool:
    """…의 사연은 이랬습니다, 그분의 사정은 다음과 같았습니다: what follows is that account."""
    for i, token in enumerate(sentence[:-1]):
        if token.form in _ACCOUNTS and sentence[i + 1].tag == "JX":
            rest = sentence[i + 2 :]
            return any(t.form in _THIS_WAY for t in rest[:3])
    return False
