"""Who a sentence is about, and outcomes shown by what others did after the writer acted: an
office took up the writer's form, a whole group did the thing, something new held from then on.

structure_clauses.py asks these when it decides whether a sentence states a change.
"""

from __future__ import annotations

from collections.abc import Sequence

from prep.coach import morph
from prep.coach.people_words import is_person

_WRITER = frozenset({"저", "제", "나", "내", "저희", "우리"})
_SUBJECT_TAGS = frozenset({"JX", "JKS"})


def sentence_topic(tokens: Sequence[morph.Morph], *, relative: bool = True) -> str | None:
    """Who the sentence is about: "writer", "person", "thing" (the topic or subject) or None.

    The first 은/는 topic wins (it scopes over the sentence); otherwise (none, or only one on an
    adverbial such as 주말에는) the first 이/가 subject. 아무도 (nobody) is "other". With
    `relative` False, the subject of a clause that modifies a noun (어르신들이 어려워하시던
    사용법을 …) is not the sentence's.
    """
    # (the tag set first: most tokens are neither, and this runs for every clause asked about)
    subjects = [
        i
        for i, t in enumerate(tokens)
        if t.tag in _SUBJECT_TAGS
        and i > 0
        and (t.tag == "JKS" or t.form in ("은", "는", "도"))
        and (relative or not _in_relative_clause(tokens, i))
    ]
    # A topic on an adverbial (마지막 주에는) names no one: the 이/가 subject after it does.
    topics = [i for i in subjects if tokens[i].tag == "JX"]
    topics += [i for i in subjects if i not in topics]
    for i in topics:
        k = i - 1
        while k > 0 and tokens[k].tag == "XSN":
            k -= 1
        head = tokens[k]
        if head.tag == "NP":
            return "writer" if head.form in _WRITER else "person"
        if head.tag in ("NNG", "NNP", "NNB") and head.form not in ("때", "중", "후", "뒤", "전"):
            if k > 0 and tokens[k - 1].form in ("제", "저희", "우리") and head.form in ("팀",):
                return "writer"
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            return "person" if is_person(head, following) else "thing"
    return None


def _in_relative_clause(tokens: Sequence[morph.Morph], i: int) -> bool:
    """The subject 이/가 at `i` is inside a clause that modifies a noun (어르신들이 어려워하시던
    사용법을 …): its first predicate ends in an adnominal ending."""
    if tokens[i].tag != "JKS":
        return False
    for j in range(i + 1, len(tokens)):
        t = tokens[j]
        auxiliary = j + 1 < len(tokens) and tokens[j + 1].tag == "VX"  # 어려워 하시던
        if t.tag in ("JKS", "JKO", "JX", "EC", "EF", "SF", "SP") and not (
            t.tag == "EC" and auxiliary
        ):
            return False
        if t.tag == "ETM":
            return True
    return False


def negated(tokens: Sequence[morph.Morph]) -> bool:
    """The main predicate is negated: 확신하지 못했습니다, 오지 않았습니다."""
    tail = [t for t in tokens if t.tag not in ("EF", "SF", "EP")][-3:]
    return any(t.form in ("않", "못하", "못") for t in tail)


# Offices that may be the ones doing something, named with 에서 (옆 지점에서 그 양식을 빌려
# 갔습니다); a counter or a room named so is where the writer did it (창구에서 …).
_OFFICES = frozenset(
    {
        *("센터", "지점", "지사", "본사", "본부", "사무소", "부서", "기관", "구청", "시청"),
        *("군청", "도청", "학교", "복지관", "협회", "공단", "공사", "회사", "팀", "주민센터"),
    }
)


def taken_up_by_others(tokens: Sequence[morph.Morph], body: Sequence[morph.Morph]) -> bool:
    """선생님이 그 표로 보고서를 쓰셨습니다, 팀장님은 이 양식을 다른 지점에도 쓰셨습니다:
    someone other than the writer used what the writer made (그/이 + the thing), which is
    what the writer's work changed."""
    if not any(t.tag in ("MM", "IC") for t in body) or negated(tokens):
        return False
    topic = sentence_topic(tokens)
    # 옆 동 주민센터에서 그 양식을 …: an office named with 에서 as the one doing it.
    first_mm = next(i for i, t in enumerate(body) if t.tag in ("MM", "IC"))
    office = topic is None and any(
        t.tag == "JKB" and t.form == "에서" and body[k - 1].form in _OFFICES
        for k, t in enumerate(body[:first_mm])
        if k
    )
    if topic != "person" and not office:
        return False
    # (Kiwi tags 그 before a noun as an interjection now and then: 그/IC 안내판/NNG)
    pointed = any(
        t.tag in ("MM", "IC")
        and t.form in ("그", "이")
        and i + 2 < len(body)
        and body[i + 1].tag == "NNG"
        and body[i + 2].tag in ("JKB", "JKO")
        and body[i + 2].form in ("로", "으로", "을", "를")
        for i, t in enumerate(body)
    )
    predicates = [t for t in body if t.tag in ("VV", "VA", "VX", "VCP", "XSV", "XSA")]
    if not pointed or not predicates or predicates[-1].tag not in ("VV", "XSV", "VX"):
        return False
    main = predicates[-1]
    if main.tag == "VX" and len(predicates) > 1:
        main = predicates[-2]  # 빌려 갔습니다, 가져다 두었습니다: the verb the auxiliary follows
    if main.tag == "XSV":
        k = body.index(main)
        main = body[k - 1] if k else main
    # Whatever they did with it (복사해 가셨습니다, 따라 붙였습니다, 가져다 쓰셨습니다) takes
    # it up, unless it turns it away (떼어 내셨습니다, 거절하셨습니다) or hands work out.
    return main.form not in _TURNED_AWAY and main.root not in _TURNED_AWAY


# What someone may do with the writer's work that is no taking it up.
_TURNED_AWAY = frozenset(
    {
        *("거절", "반대", "무시", "거부", "외면", "반려", "취소", "보류", "지적", "비판"),
        *("떼", "버리", "치우", "없애", "지우", "찢", "지나치", "미루", "돌려보내", "맡기"),
        *("묻", "물", "요청", "부탁", "하", "잃", "잃어버리", "놓치", "빠뜨리", "망가뜨리"),
    }
)


# All of a group (모두, 전원, 빠짐없이) or a head count (스물두 명이) as the ones acting.
_WHOLE = frozenset({"모두", "전원", "빠짐없이", "다같이", "누구도"})
# What a whole group may do that is a problem, not an outcome: 모두 반대했습니다.
_GROUP_PROBLEMS = frozenset(
    {
        "반대",
        "포기",
        "불참",
        "거절",
        "항의",
        "불평",
        "지치",
        "떠나",
        "그만두",
        "빠지",
        "결석",
        "탈퇴",
    }
)


def whole_group_did(tokens: Sequence[morph.Morph], body: Sequence[morph.Morph]) -> bool:
    """부원 스물두 명이 모두 무대에 섰습니다, 참가자 전원이 과정을 마쳤습니다: after the
    writer's work, the whole group (or a head count of people) did the thing the story was
    for. The main predicate must be an action verb (not 모두 바빴습니다, a state, nor 모두
    지쳐 있었습니다) and not a group's problem (모두 반대했습니다)."""
    forms = {t.form for t in body}
    if "명" not in forms and forms.isdisjoint(_WHOLE):
        return False
    counted = any(
        t.form == "명" and t.tag == "NNB" and i + 1 < len(body) and body[i + 1].tag in ("JKS", "JX")
        for i, t in enumerate(body)
    )
    # 모두에게 알렸습니다: the group as the ones told, not the ones acting.
    whole = any(
        t.form in _WHOLE and not (i + 1 < len(body) and body[i + 1].tag in ("JKB", "JKO"))
        for i, t in enumerate(body)
    )
    if not (counted or whole) or negated(tokens):
        return False
    # Someone other than the writer is the subject (부원 …이, 참가자 전원이); with no subject
    # the doer is the writer, whose action is no outcome.
    topic = sentence_topic(tokens)
    subject = any(
        t.tag == "JKS" and i and body[i - 1].form not in _WRITER for i, t in enumerate(body)
    )
    if not (topic in ("person", "thing") or (topic is None and subject)):
        return False
    predicates = [t for t in body if t.tag in ("VV", "VA", "VX", "VCP", "XSV", "XSA")]
    if not predicates or predicates[-1].tag not in ("VV", "XSV"):
        return False
    main = predicates[-1]
    if main.tag == "VX" and len(predicates) > 1:
        main = predicates[-2]  # 빌려 갔습니다, 가져다 두었습니다: the verb the auxiliary follows
    if main.tag == "XSV":
        k = body.index(main)
        main = body[k - 1] if k else main
    return main.form not in _GROUP_PROBLEMS and main.root not in _GROUP_PROBLEMS


_THEN = frozenset({"달", "주", "날", "해", "학기", "때", "날짜"})


def from_then_on(body: Sequence[morph.Morph]) -> bool:
    """다음 달부터, 그날부터, 그 뒤로, 이후: what follows is a new state, not the old one."""
    for i, t in enumerate(body):
        # 다음 달부터, 다음 행사부터는, 그날부터
        if (
            t.form == "부터"
            and i
            and (
                body[i - 1].form in _THEN
                or any(b.form in ("다음", "그날") for b in body[max(0, i - 3) : i])
            )
        ):
            return True
        if t.form in ("이후", "이후로") or (
            t.form in ("뒤", "후") and i and body[i - 1].form == "그"
        ):
            return True
    return False
