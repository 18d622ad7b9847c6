"""Numbers that set a time, a place or the frame of the work rather than measure what it
changed: 3년 차, 지은 지 30년, 6개월 계약직, 주 5일 근무, 하루 8시간씩, 30분 전에, 세 곳과
공유하는, 세 줄로 적은. evidence.find_quantities drops what these rules recognise.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prep.coach.evidence import Quantity

# Numbers that date or label the writer's story rather than measure what the work did or how
# big it was. 개관 50주년, 3주기: anniversaries. 3년 차, 2회차: which year or round, like 째
# (not 3일 차이, a gap). 지은 지 30년, 30년 된 건물, 수령 오백 년: the age of a thing or the time
# since an event. 6개월 계약직, 3개월 인턴 기간: the kind of post, not what was done in it.
# 3번지, 12번길: addresses.
ANNIVERSARY_AFTER = re.compile(r"년|기")
_ROUND_AFTER = re.compile(r"\s?차(?!이[가는를도로]|량|례|단|선|원|별|감|익)")
_ROUND_UNITS = frozenset(("년", "해", "개월", "달", "주", "일", "회"))
_SINCE_BEFORE = re.compile(r"[가-힣]\s지\s?$")
_AGE_BEFORE = re.compile(
    r"(?:수령|나이|연식|준공|건립|개관|개교|개원|개통|창립|설립|창사)(?:이|가|은|는)?\s?"
    r"(?:(?:후|이후|뒤)\s?)?$"
)
_AGE_AFTER = re.compile(
    r"(?:이|가)?\s?(?:(?:이상|가까이|넘게|남짓|정도)\s?)?(?:된|묵은|넘은)\s|"
    r"\s?(?:역사|전통)(?:의|를|가|을)"
)
# 97년생, ’22년, 23년 3월, 22년 하반기, 80년대: a year written short is a date too.
SHORT_YEAR_AFTER = re.compile(r"생|대(?!비)|\s?(?:\d{1,2}\s?월|상반기|하반기)")
_YEAR_UNITS = frozenset(("년", "해"))
_POST_AFTER = re.compile(r"\s?(?:계약직|계약|기간제|임기제|인턴|실습생|연수생)")
_TERM_UNITS = frozenset(("년", "해", "개월", "달", "주", "일"))
# 주 5일 근무, 하루 8시간씩 근무, 주 52시간제: the hours of a post, not what was done in them.
_SCHEDULE_BEFORE = re.compile(
    r"(?:(?<![가-힣])주|하루|매일|매주|매달|(?<![가-힣])월|일주일에|한\s?달에|하루에)\s?$"
)
_SCHEDULE_AFTER = re.compile(
    r"\s?(?:씩\s?)?(?:근무|출근|교대|당직|휴무|야간\s?근무)|제(?![가-힣])|제로|제를|제가"
)
# 하루 8시간씩 근무, 한 달에 두 번 당직: the 하루 or 한 달 that a schedule is per.
_RATE_OF_SCHEDULE = re.compile(
    r"(?:에)?\s?(?:\d+|[가-힣]{1,3})\s?[가-힣]{0,2}\s?(?:씩\s?)?(?:근무|출근|교대|당직|휴무|야간\s?근무)"
)
_RATE_WORDS = frozenset(("하루", "한 달", "한달", "한 주", "일주일"))
# 하루 8시간씩 순찰하며, 매일 30분씩: hours per day or week are a schedule whatever the work (a
# count per day, 하루 40건씩 처리, is what the work got done and stays).
_TIME_UNITS = frozenset(("분", "초", "시간", "일", "주", "개월", "달", "년", "해"))
_HOURS_EACH = re.compile(r"\s?씩")
_RATE_OF_HOURS = re.compile(r"\s?(?:\d+|[가-힣]{1,3})\s?(?:시간|분)\s?씩")
# 24시간 운영되는 센터, 12시간 개방하는: the hours a place is open, not what the work did.
_OPEN_HOURS_AFTER = re.compile(r"\s?(?:운영|개방|가동|상시|문을\s?여|열려|돌아가)")
# 보내기 30분 전에, 사흘 뒤, 석 달 후에: a stretch of time that sets when something happened
# from another moment, not an amount the work measured.
_INTERVAL_AFTER = re.compile(r"\s?(?:전|뒤|후)(?:에|부터|까지|로|엔|에는|에도|보다)?(?![가-힣])")
# 한 번 더 확인하는: once more, a way of doing, not an amount.
_ONCE_MORE_AFTER = re.compile(r"\s?더(?![가-힣])")
# 인접 역 세 곳과 공유하는, 두 명과 함께: how many parties the writer worked with is the scope
# of the action, not what it changed.
_PARTIES_AFTER = re.compile(r"(?:과|와)\s?(?:함께|공유|협력|협업|연계|나누|나눠|손잡)")
_PARTY_UNITS = frozenset(("곳", "군데", "명", "팀", "기관", "개"))
# 성격을 세 줄로 적은, 두 조로 나누어: the form something was given, not an outcome (unless what
# follows is a change: 다섯 단계를 세 단계로 줄였습니다, or it is the after side of 에서 …로).
MANNER_AFTER = re.compile(
    r"\s?(?:으로|로)\s(?![^.!?\n]{0,8}?(?:줄|늘|바뀌|바꾸|단축|감소|증가|높|낮|되))"
)
FROM_BEFORE = re.compile(r"에서\s?$")


def dates_the_story(text: str, q: Quantity) -> bool:
    """3년 차, 지은 지 30년, 30년 된 건물, 6개월 계약직, 주 5일 근무: a stretch of time that says
    which year, how old something is or what kind of post, written in digits or in words alike."""
    unit = q.unit
    if unit in _ROUND_UNITS and _ROUND_AFTER.match(text, q.end):
        return True
    if unit in _TERM_UNITS and _POST_AFTER.match(text, q.end):
        return True
    if _SCHEDULE_AFTER.match(text, q.end) and _SCHEDULE_BEFORE.search(
        text[max(0, q.start - 6) : q.start]
    ):
        return True
    if q.text in _RATE_WORDS and _RATE_OF_SCHEDULE.match(text, q.end):
        return True
    if (
        unit in ("시간", "분")
        and _HOURS_EACH.match(text, q.end)
        and _SCHEDULE_BEFORE.search(text[max(0, q.start - 6) : q.start])
    ):
        return True
    if q.text in _RATE_WORDS and _RATE_OF_HOURS.match(text, q.end):
        return True
    if unit == "시간" and _OPEN_HOURS_AFTER.match(text, q.end):
        return True
    if unit in _TIME_UNITS and _INTERVAL_AFTER.match(text, q.end):
        return True
    if q.text.replace(" ", "") == "한번" and _ONCE_MORE_AFTER.match(text, q.end):
        return True
    if unit in _PARTY_UNITS and _PARTIES_AFTER.match(text, q.end):
        return True
    if unit in _YEAR_UNITS:
        before = text[max(0, q.start - 8) : q.start]
        return bool(
            _SINCE_BEFORE.search(before)
            or _AGE_BEFORE.search(before)
            or _AGE_AFTER.match(text, q.end)
        )
    return False
