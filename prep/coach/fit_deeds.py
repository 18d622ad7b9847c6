"""Values told by what the writer did, in shapes the word lists miss, and look-alikes dropped.

* 동행 by inclusion: someone who could not take part is made able to (휠체어를 쓰시는 분도
  함께 운동할 수 있도록, 못 오시던 분들까지 함께할 수 있었다), a person's impairment named
  before what the writer did for them (청각장애가 있는 고객을 위해, 다리가 불편한 농민들이),
  or walking at someone's pace (걸음을 맞춰, 같이 걸었다).
* 공정 by a rule applied the same to everyone: shares given by a stated order (점수 순으로
  나누자, 신청 순서대로 배정), the rule made public (기준을 게시판에 붙였다), a guess refused
  (짐작으로 채우면… 확인한 뒤에만), a favour asked and refused (사정을 봐 달라며… 돌려 드렸다).
* 동행 by help given person by person (한 분 한 분 손에 익혀 드렸다, 한 명씩 옆에서 알려
  드렸다), or a group easily left out given the same thing in a form they can use (외국인 주민…
  쉬운 한국어와 그림으로, 어르신들께 큰 글씨로).
* 공정 by small money kept to account (남은 잔돈도 따로 쓰지 않고 장부로 넘겼다, 차액을
  한 푼도 빼지 않고 그대로 반납).
* 혁신 by a tool made into a new way of working (바코드를 붙이고 스캐너로 찍는 방식을
  만들었다, 엑셀 함수로 집계 절차를 바꿨다).
* Dropped: 공정 as a production step (굽기로 이어지는 공정, 공정마다), 실습 as the setting
  of a story (복지관 실습에서), which says where, not what was learnt, and 소통 as traffic
  flow (차량 소통 상황, 교차로마다 소통이 느려), which is about cars, not people.
"""

from __future__ import annotations

import re

from prep.coach.morph import Concept

_PERSON = (
    r"(?:분|님|회원|고객|손님|농민|주민|학생|환자|어르신|이용자|이용객|민원인|참여자|아이|아동|"
    r"노인|장애인|이웃|가정|가구|시민|승객|보호자|근로자|직원)"
)
# someone included who would otherwise be left out: …도/까지 함께 …할 수 있도록/있었다
_INCLUDED = re.compile(
    _PERSON + r"(?:님|분)?(?:들)?(?:도|까지)\s(?:[가-힣]{1,6}\s)?(?:함께|같이)\s?[가-힣]{0,6}?"
    r"(?:할\s?수\s?있|하실\s?수\s?있|수\s?있도록|수\s?있게|하도록|하게\s?(?:되|했|하))"
)
# an impairment named on a person before the act (…가 불편한 농민들, 장애가 있는 고객을 위해)
_IMPAIRED = re.compile(
    r"(?:장애가?\s?있(?:는|으신)|[가-힣]{1,4}(?:이|가)\s불편(?:한|하신)|거동이\s?어려우신|"
    r"[가-힣]{0,4}장애(?:인|를\s?가진))\s?(?:[가-힣]{1,6}\s)?" + _PERSON
)
# keeping someone's pace (걸음을 맞추다, 보폭을 맞췄다, 한 분과 같이 걸었다)
_PACE = re.compile(
    r"(?:걸음|보폭|속도|발걸음)(?:을|를)?\s?맞[추춰췄춘]"
    r"|" + _PERSON + r"(?:\s한\s?분)?(?:과|와)\s(?:함께|같이)\s(?:걸|걸어|걸었|다니|모시)"
)

# shares given by an order or a score, not by who asks first
_BY_ORDER = re.compile(
    r"(?:순|순서|점수|기준|필요도|번호)\s?(?:으로|대로|에\s?따라|순으로)\s(?:[가-힣]{1,6}\s)?"
    r"(?:나누|나눠|나눴|배분|배정|정하|정했|정해|뽑|선정|지급|분배)"
)
# the rule itself made known to all
_RULE_PUBLIC = re.compile(
    r"기준(?:을|를|표를)\s(?:[가-힣]{1,6}\s){0,2}(?:게시|공개|붙였|붙여|붙이|공지|알렸|알려)"
)
# a shortcut by guessing refused (짐작으로 채우면 빨리 끝낼 수 있었지만… 확인한 뒤에만)
_GUESS_REFUSED = re.compile(
    r"(?:짐작|추측|어림|임의|마음대로|대충)(?:으로|해서|로)?\s[^.!?\n]{0,20}?"
    r"(?:채우|적으|적어|기입|입력|처리)[^.!?\n]{0,30}?(?:지만|않|대신|뒤에만)"
)
# a favour asked (사정을 봐 달라며) and refused in the same sentence
_FAVOUR_REFUSED = re.compile(
    r"(?:사정을|편의를|한\s?번만|예외로)\s?(?:봐|봐줘|봐주|해)\s?(?:달라|주세요|주시|줘)"
    r"[^.!?\n]{0,60}?(?:돌려|거절|사양|정중히|안\s?된다|어렵다|규정)"
)

# help given one person at a time, ending in an act done for them (…드렸다, 도와, 알려)
_ONE_BY_ONE = re.compile(
    r"(?:한\s?분\s?한\s?분|한\s?분씩|한\s?명\s?한\s?명|한\s?명씩|일대일로)[^.!?\n]{0,40}?"
    r"(?:드렸|드리|드려|도와|도왔|알려|익혀|챙겨|챙겼)"
)
# a group easily left out, then the same content made usable for them: remade (쉬운 말로 바꾼,
# 점자로 옮겼다) or made for their need (어르신들을 위해 큰 글씨로, 못 읽으셔서 그림으로). A
# flyer merely printed in large letters (안내문에는 큰 글씨로 적었다) describes it, not a change.
_LEFT_OUT = (
    r"(?:외국인|이주민|결혼이주|이주\s?(?:여성|노동자|가정)|다문화|어르신|노인|고령|"
    r"시각장애|청각장애|난독)"
)
_USABLE_FORM = r"(?:쉬운\s?(?:한국어|우리말|말|글|표현)|그림|큰\s?글씨|점자|수어|모국어)"
_MADE_USABLE = re.compile(
    _LEFT_OUT + r"[^\n]{0,90}?" + _USABLE_FORM + r"(?:으로|로)?"
    r"(?:와|과|\s|[가-힣]{0,3}\s){0,3}?(?:바꾼|바꿔|바꿨|바꾸|옮겨|옮겼|옮긴|풀어|고쳐|고친|다시)"
    r"|" + _LEFT_OUT + r"[^\n]{0,40}?(?:위해|위한|위하여|어려워|어렵|못\s|헷갈|되물|헤매|불편|모르)"
    r"[^\n]{0,60}?" + _USABLE_FORM
)
# small money kept to account: the change not spent, carried to the ledger, returned whole
_MONEY_KEPT = re.compile(
    r"(?:잔돈|남은\s?돈|잔액|공금|회비|거스름돈|차액)[^.!?\n]{0,40}?"
    r"(?:따로\s?쓰지\s?않|한\s?푼도|장부(?:로|에)\s?(?:넘|옮|적|기록|남)|그대로\s?(?:반납|돌려|입금))"
)
# a tool turned into a way of working (…스캐너로 찍는 방식을 만들었다)
_TOOL_METHOD = re.compile(
    r"(?:바코드|스캐너|엑셀|매크로|QR|큐알|전산|프로그램|스프레드시트|함수|자동화|태블릿)"
    r"[^.!?\n]{0,40}?(?:방식|체계|절차|시스템|양식)(?:을|를)\s?(?:새로\s?)?"
    r"(?:만들|도입|고안|짜|짰|바꾸|바꿨|바꿔)"
)

# Each pattern with the words it cannot match without, so most texts skip most patterns.
_PATTERNS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("동행", _INCLUDED, ("함께", "같이")),
    ("동행", _IMPAIRED, ("불편", "장애", "거동")),
    ("동행", _PACE, ("맞", "걸", "다니", "모시")),
    ("공정", _BY_ORDER, ("순", "점수", "기준", "필요도", "번호")),
    ("공정", _RULE_PUBLIC, ("기준",)),
    ("공정", _GUESS_REFUSED, ("짐작", "추측", "어림", "임의", "마음대로", "대충")),
    ("공정", _FAVOUR_REFUSED, ("봐", "해")),
    ("동행", _ONE_BY_ONE, ("한", "일대일")),
    ("동행", _MADE_USABLE, ("쉬운", "그림", "글씨", "점자", "수어", "모국어")),
    ("공정", _MONEY_KEPT, ("잔돈", "돈", "잔액", "공금", "회비", "차액")),
    ("혁신", _TOOL_METHOD, ("방식", "체계", "절차", "시스템", "양식")),
)


def deed_concepts(text: str) -> list[Concept]:
    """The value concepts this module reads from what the writer did (see the module doc)."""
    return [
        Concept(key, m.start(), m.end(), m.group())
        for key, pattern, cues in _PATTERNS
        if any(cue in text for cue in cues)
        for m in pattern.finditer(text)
    ]


# 공정 as a production step: a list of steps before it, 마다/별 after it, or a making word near.
_PROCESS = re.compile(
    r"공정(?=마다|별|\s?단계|\s?순서|\s?라인|\s?관리|\s?시간|\s?표)"
    r"|(?:생산|제조|조립|가공|다음|앞|뒤|세부|각|이어지는|반도체|도장|포장|굽기로)\s?공정"
)
# 실습 as where the story happens (복지관 실습에서, 실습 기간에): the setting, not the learning.
_SETTING = re.compile(r"실습(?=에서|\s?때|\s?중|\s?기간|\s?당시|처에서|\s?현장에서)")


# 소통 of traffic: a vehicle or road word just before it, or its flow speed just after.
_TRAFFIC = re.compile(
    r"(?:차량|교통|도로|차로|차선|교차로의?|구간의?|정체)\s?소통"
    r"|소통(?=이\s?(?:느|원활|막|빨|더|정체|풀)[가-힣]*\s(?:구간|도로|교차로|차로|시간대))"
)


def without_lookalikes(text: str, found: list[Concept]) -> list[Concept]:
    """`found` without 공정 meaning a production step, 실습 naming a story's setting and 소통
    meaning traffic flow."""
    if "소통" in text:
        traffic = {m.end() - 2 for m in _TRAFFIC.finditer(text)}
        traffic |= {m.start() for m in _TRAFFIC.finditer(text) if m.group() == "소통"}
        if traffic:
            found = [c for c in found if not (c.start in traffic and c.key == "소통")]
    if "공정" not in text and "실습" not in text:
        return found
    dropped = {m.start() for m in _PROCESS.finditer(text) if m.group().startswith("공정")}
    dropped |= {m.end() - 2 for m in _PROCESS.finditer(text) if not m.group().startswith("공정")}
    dropped |= {m.start() for m in _SETTING.finditer(text)}
    if not dropped:
        return found
    return [c for c in found if not (c.start in dropped and c.key in ("공정", "실습"))]
