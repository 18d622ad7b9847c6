"""Outcomes told as what happened on a later occasion, read from a clause's shape: after the
writer acted, someone else did the thing again or at the next occasion (그분은 다음 방문에서
접수를 마치셨습니다, 아이는 다시 모임에 나왔습니다, 다음 상담 때는 서류를 챙겨 오셨습니다),
someone still does it now (그 회원은 지금도 수업을 듣고 있습니다), or the work was finished
without the mishap the story was about (수업 취소 없이 진도를 마쳤습니다).

Each test is for the last clause of a sentence that follows the writer's action
(structure_changes.state_changed asks them): before it, the same shapes tell the problem
(그분은 다음 날 다시 오셨습니다 — with the same complaint).
"""

from __future__ import annotations

from collections.abc import Sequence

from prep.coach import morph
from prep.coach.structure_others import negated, sentence_topic

_PAST = frozenset({"었", "았", "였", "ᆻ"})
_HONORIFIC = frozenset({"시", "으시"})
# Units of time a later occasion is counted in (한 달 뒤, 사흘 후, 다음 주에).
_LATER_HEADS = frozenset({"뒤", "후"})
# What someone may do again that is the old problem or a new one, not the result: 다시 화를
# 내셨습니다, 다시 환불을 요구하셨습니다, 다음 주에 또 빠졌습니다.
_SETBACKS = frozenset(
    {
        *("요구", "항의", "불평", "따지", "포기", "그만두", "떠나", "거절", "반대", "끊"),
        *("빠지", "놓치", "잃", "잃어버리", "잊", "틀리", "늦", "지각", "결석", "헤매"),
        *("멈추", "고장나", "실수", "문의", "묻", "물", "울", "찾", "미루", "취소"),
        *("기다리", "힘들어하", "고생", "고민", "걱정", "방황", "망설이", "괴로워하"),
    }
)
# What someone may be moved to again (다시 화를 내셨습니다): the old trouble, not the result.
_TROUBLE_OBJECTS = frozenset(
    {"화", "짜증", "불만", "항의", "민원", "문제", "불평", "실수", "오류", "이의", "환불"}
)
# Mishaps whose absence (… 없이) makes finishing the work its result: 수업 취소 없이,
# 단 한 건의 누락 없이, 추가 비용 없이.
_MISHAP_NOUNS = frozenset(
    {
        *("취소", "지연", "누락", "사고", "오류", "차질", "야근", "재작업", "결원", "이탈"),
        *("중단", "민원", "항의", "반송", "분실", "연체", "실수", "결석", "결항", "파손"),
        *("불만", "착오", "혼선", "공백", "재방문", "지적", "반려", "펑크", "변경"),
    }
)
# Finishing: 마쳤습니다, 끝냈습니다, 끝났습니다, 마무리했습니다, 완주했습니다.
_FINISHING = frozenset({"마치", "끝내", "끝나", "치르", "마무리", "완료", "완주", "완수", "종료"})


def _stem(body: Sequence[morph.Morph], k: int) -> str:
    """The predicate at `k` as a stem, with a noun before 하다 (요구+하 → 요구)."""
    t = body[k]
    if t.tag in ("XSV", "XSA") and k and body[k - 1].tag in ("NNG", "XR"):
        return body[k - 1].form
    return t.form


def _main_verb(body: Sequence[morph.Morph], k: int) -> int:
    """The verb an auxiliary follows (챙겨 오셨습니다 → 챙기): the doing, not its direction."""
    if body[k].tag == "VX":
        for j in range(k - 1, -1, -1):
            if body[j].tag in ("VV", "XSV"):
                return j
    return k


def _later_occasion(body: Sequence[morph.Morph]) -> bool:
    """다시, 다음 방문에서, 다음 상담 때, 한 달 뒤, 사흘 후: the clause is set at a later time."""
    for i, t in enumerate(body):
        if t.form == "다시" and t.tag == "MAG":
            return True
        if t.form == "다음" and i + 1 < len(body) and body[i + 1].tag in ("NNG", "NNB"):
            return True
        # (한 달 뒤, 두 주 후: counted from the writer's action; 그 뒤 is from_then_on's)
        if t.form in _LATER_HEADS and i and body[i - 1].tag in ("NNB", "NNG"):
            return body[i - 1].form not in ("그", "이", "그것")
    return False


def done_again_later(body: Sequence[morph.Morph], k: int) -> bool:
    """After the writer acted, someone else did the thing at a later occasion: the main
    predicate (at `k`) is a past-tense doing of someone named (not the writer) or honoured with
    -시, set at a later time, and it is no setback (다시 화를 내셨습니다)."""
    # (cheapest tests first: this runs on every clause after the writer's action)
    if body[k].tag not in ("VV", "XSV", "VX") or not _later_occasion(body[:k]):
        return False
    if not any(t.tag == "EP" and t.form in _PAST for t in body[k:]) or negated(body):
        return False
    topic = sentence_topic(body)
    honoured = any(t.tag == "EP" and t.form in _HONORIFIC for t in body[k:])
    if topic not in ("person", "thing") and not (topic is None and honoured):
        return False
    verb = _main_verb(body, k)
    if _stem(body, verb) in _SETBACKS or body[verb].form in _SETBACKS:
        return False
    return not any(
        t.tag == "JKO" and i and body[i - 1].form in _TROUBLE_OBJECTS for i, t in enumerate(body)
    )


def finished_without_mishap(body: Sequence[morph.Morph], k: int) -> bool:
    """수업 취소 없이 모든 회원의 진도를 마쳤습니다, 행사는 사고 없이 끝났습니다: the work
    was finished (a past-tense verb of finishing at `k`) without the mishap named before."""
    without = any(
        t.form == "없이" and i and body[i - 1].form in _MISHAP_NOUNS for i, t in enumerate(body[:k])
    )
    if not without or _stem(body, _main_verb(body, k)) not in _FINISHING:
        return False
    return any(t.tag == "EP" and t.form in _PAST for t in body[k:]) and not negated(body)


_NOW = frozenset({"지금", "현재", "요즘", "이제"})


def still_at_it_now(body: Sequence[morph.Morph], k: int) -> bool:
    """그 회원은 지금도 수업을 듣고 있습니다: after the writer acted, someone else is still
    doing the thing now — a present -고 있다 (at `k`) of a doing that is no setback (지금도 답을
    기다리고 있습니다), with a word for now."""
    if body[k].form != "있" or body[k].tag != "VX" or k < 2 or body[k - 1].form != "고":
        return False
    if any(t.tag == "EP" and t.form in (*_PAST, "겠") for t in body[k:]) or negated(body):
        return False
    if sentence_topic(body) != "person" or not any(t.form in _NOW for t in body[:k]):
        return False
    verb = _main_verb(body, k)
    return _stem(body, verb) not in _SETBACKS and body[verb].form not in _SETBACKS
