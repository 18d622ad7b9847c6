"""More numbers that frame the work rather than measure what it changed (the twentieth round).

Writers who never saw the rules keep putting numbers into the set-up of a story, and the
labelled sets read them as setting, not evidence:

* how long the writer (or someone) was doing something: 6개월간 근무했습니다, 3년간 맡으며,
  여섯 달을 일하면서, 12년 동안 들은, 30년 넘게 근무하셔서, 인턴 석 달째에. Over all the
  labelled sets the majority leaves such a span uncounted, also when a result with its own
  number follows in the sentence (석 달 동안 오경보가 41건에서 9건으로); a span that is the
  only measure of an achievement (1년 동안 자격증 두 개를 취득했습니다 has another number,
  1년 동안 자격증을 모두 취득했습니다 keeps its 1년) stays;
* whose things the writer handled: 회원 40명의 운동 일지, 근무자 세 명의 근무표, 창구 한 곳의
  접수량 (not 주민 300명의 서명을 받았습니다, where the count is what was won);
* what the writer was given to work on: 12만 건의 데이터를 받아, 예산 500만 원 규모의 축제;
* a scale or a statistic's name: 5점 만점에, 95% 신뢰구간;
* how many times something happened before the writer acted: 세 차례 회의 끝에, 두 번
  연달아 마주친 뒤; an interval or a stretch of records: 2주 간격, 석 달 치;
* a crowd described before the writer acts: 하루 200명이 넘는 민원인이 찾는 센터, 대기 번호가
  80번을 넘었습니다.

evidence.find_quantities drops what `drop_setting_numbers` recognises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from prep.coach.evidence_roles import _CHANGE, _Scene

if TYPE_CHECKING:
    from prep.coach.evidence import Quantity

_SPAN_UNITS = frozenset(("년", "해", "개월", "달", "주", "일"))
# 6개월간, 2주 동안, 여섯 달을 일하면서, 30년 넘게 근무: a span the work went on over.
_SPAN_AFTER = re.compile(
    r"간(?![가-힣])|간(?:의|에|을|만|은)|\s?동안|(?:을|를)\s(?:꼬박\s)?(?:일하|근무|보내|보냈|활동|봉사)|"
    r"\s?(?:넘게|가까이|남짓|꼬박)\s(?:[가-힣]+\s)?(?:일하|근무|활동|봉사|맡|지내|다니)"
)
# 석 달째에 저는, 인턴 석 달째 되던 날: the moment the story is set at (not 석 달째 밀린 월세).
_SPAN_POINT_AFTER = re.compile(r"째(?:에|가\s되|\s?되던|\s?되는|인|이던)")
# 2주 간격으로, 석 달 치 판매량: an interval, or the stretch of records worked from.
_SPAN_FORM_AFTER = re.compile(r"\s?(?:간격|주기|치(?![가-힣])|치의|치를)")
# An achievement the span alone measures: 1년 동안 자격증을 모두 취득했습니다.
_ACHIEVED = re.compile(r"취득|합격|완주|완성|완료|끝냈|마쳤|해냈|이뤘|이루었|따냈|통과")
# 일하며, 맡으면서: the span is the background of something else the writer tells.
_WHILE_DOING = re.compile(r"[가-힣](?:며|면서)(?![가-힣])")
_OTHER_SUBJECT = re.compile(r"(?<!\s저)(?<!\s제)[가-힣](?:이|가|은|는)\s")
_TIME_PERIOD_WORDS = frozenset(("일주일", "보름", "열흘"))
# The count is of the people or places whose things the writer handled: 회원 40명의 운동 일지.
_OWNER_UNITS = frozenset(("명", "분", "사람", "가구", "세대", "곳", "군데", "팀"))
_OWNER_AFTER = re.compile(r"의\s(?P<noun>[가-힣]+)")
# What those people gave is the result: 300명의 서명, 95%의 응답, 120명의 참여를 이끌어.
_WON_FROM_PEOPLE = re.compile(
    r"서명|동의|참여|참가|응답|호응|지지|신청|가입|등록|방문|추천|칭찬|감사|재방문|만족|선택|"
    r"관심|박수|환호|표"
)
# 12만 건의 급여 신청 데이터를 받아: material handed to the writer.
_GIVEN_AFTER = re.compile(
    r"(?:의\s(?:[가-힣]+\s){0,3}?[가-힣]+(?:을|를)|(?:을|를))\s?"
    r"(?:넘겨\s?)?(?:받아|받은|받고|건네받|넘겨받|전달받|제공받)"
)
_TEN_THOUSAND_COUNTER = re.compile(r"(?:\s?건)?")
# 예산 500만 원, 500만 원 규모의 축제: the money the work was given.
_MONEY_UNITS = frozenset(("원", "만원", "천원", "억원", "조원", "만", "천", "억"))
_BUDGET_BEFORE = re.compile(r"예산(?:은|이|으로|만)?\s?(?:총\s?|약\s?)?$")
_SIZE_AFTER = re.compile(r"\s?규모")
_WON_MONEY = re.compile(r"유치|수주|따냈|확보|모금|모았|절감|아꼈|줄였|늘렸|달성|벌어")
# 5점 만점에 4.6점, 95% 신뢰구간: the scale, or the name of a statistic.
_SCALE_AFTER = re.compile(r"\s?(?:만점|척도|리커트)|\s?(?:신뢰\s?구간|신뢰\s?수준|유의\s?수준)")
# 세 차례 회의 끝에, 두 번 연달아 마주친 뒤: how often it happened before the writer's act.
_TIMES_UNITS = frozenset(("번", "차례", "회"))
_BEFORE_ACT_AFTER = re.compile(
    r"(?:의)?\s(?:[가-힣]+\s){0,2}?(?:[가-힣]*끝에|(?P<verb>[가-힣]+)\s(?:뒤|후)(?:에)?)(?=[\s,])"
)
# 질문 열 가지를 정리해, 주의할 점 세 가지를 추려: the form of what the writer drew up.
_LIST_MADE_AFTER = re.compile(
    r"(?:를|을)?\s?(?:[가-힣]+(?:에|로|으로)\s)?(?:정리|추려|추리|뽑아|뽑았|골라|모아|적어|간추려)"
)
# 하루 200명이 넘는 민원인이 찾는 센터: a crowd that describes the place.
_CROWD_DESCRIBES_AFTER = re.compile(
    r"(?:이|가)\s?(?:넘는|되는|가까운|이상인|남짓한)\s(?:[가-힣]+\s){0,2}?[가-힣]+(?:이|가)\s"
    r"(?:찾는|이용하는|사는|다니는|근무하는|일하는|모이는|몰리는|오가는|방문하는|드나드는|거주하는)\s"
)
# 대기 번호가 80번을 넘었습니다 (before the writer acts): the scene, not what came of it.
_PASSED_AFTER = re.compile(r"(?:을|를)\s?(?:훌쩍\s)?넘(?:었|어|고|는|기|으며)")
# Its subject is not the writer (대기 번호가, not 제가 …을 넘겼습니다).
_OTHER_SUBJECT_BEFORE = re.compile(r"(?<!제)(?<!내)(?<!저희)(?<!우리)(?:이|가)\s$")
# 두 배로 늘었습니다, 1.5배가 되었습니다, 세 배 많은: a multiple compares with something.
_MULTIPLE_CONTEXT = re.compile(
    r"배\s?(?:가|이|나|로|으로|까지|이상|가량|가까이|정도|넘게|에|의)?\s?(?:[가-힣]+\s)?"
    r"(?:늘|줄|증가|감소|많|적|빨라|빠르|느|높|낮|커|컸|크|작|뛰|올|되|됐|불어|확대|성장|향상|"
    r"단축|차이|넘|이상|가량|정도|남짓)|"
    r"(?:보다|대비|비해|의)\s?[^.!?\n]{0,6}배"
)
# 상영 직전 15분에: a moment of the day, not a length measured.
_MOMENT_BEFORE = re.compile(r"(?:직전|직후)\s$")
_MOMENT_UNITS = _SPAN_UNITS | {"시간", "분"}


def _ends_past_modifier(word: str) -> bool:
    """True when `word` ends in a syllable with final ㄴ (마주친, 들은, 본): a past modifier
    before 뒤/후, so the clause tells what happened before the main act."""
    code = ord(word[-1]) - 0xAC00
    return 0 <= code < 11172 and code % 28 == 4


def _frames_the_work(scene: _Scene, q: Quantity, quantities: list[Quantity]) -> bool:
    text, unit = scene.text, q.unit
    s, e = scene.sentence(q.start)
    # 삼 년, 반년 are read as halves and small spans in words (unit 절반): spans all the same.
    if unit in _SPAN_UNITS or q.text in _TIME_PERIOD_WORDS or q.text.endswith(("년", "개월")):
        if q.text.endswith("째") and text.startswith("에", q.end):
            return True  # 인턴 석 달째에: the moment the story is set at
        if _SPAN_POINT_AFTER.match(text, q.end) or _SPAN_FORM_AFTER.match(text, q.end):
            return True
        if _SPAN_AFTER.match(text, q.end):
            # The clause ends at a comma or at -며/-면서 (삼 년 동안 일하며 기체 두 대를
            # 관리했습니다: the count after it belongs to the next clause).
            comma = text.find(",", q.end, e)
            clause_end = comma if comma != -1 else e
            connective = _WHILE_DOING.search(text, q.end, clause_end)
            if connective:
                clause_end = connective.end()
            rest = text[q.end : clause_end]
            later = [o.start for o in quantities if q.end <= o.start < clause_end]
            if later:
                # 석 달 동안 오경보가 41건에서 9건으로 줄었습니다: the span frames what others
                # (a subject of their own) did after the act; 1년 동안 예산을 맡아 납부율을
                # 62%에서 85%로 올렸습니다 and 3개월 동안 민원 1,200건을 처리했습니다: the
                # span goes with the writer's own work and stays.
                subject = _OTHER_SUBJECT.search(text, q.end, min(later))
                return bool(subject and _CHANGE.search(rest))
            if len(scene.spans) == 1 and not _WHILE_DOING.search(rest):
                return False  # 콜센터에서 2년 동안 상담 업무를 했습니다: the whole answer
            return not (_ACHIEVED.search(rest) or _CHANGE.search(rest))
    if unit in _OWNER_UNITS:
        owner = _OWNER_AFTER.match(text, q.end)
        if owner and not _WON_FROM_PEOPLE.match(owner.group("noun")):
            return True
    if unit in _MONEY_UNITS or unit == "건":
        # 12만 건의: a count of 만 reads on into the 건 it counts.
        given = _GIVEN_AFTER.match(text, _TEN_THOUSAND_COUNTER.match(text, q.end).end())
        if given and "\n" not in given.group():
            return True
    if unit in _MONEY_UNITS:
        budget = _BUDGET_BEFORE.search(text[max(0, q.start - 8) : q.start])
        # A size alone (사업비 1조 원 규모의 사업이었습니다) may be all the answer tells.
        sized = _SIZE_AFTER.match(text, q.end) and e < scene.spans[-1][1]
        if (budget or sized) and not _WON_MONEY.search(text, q.end, e):
            return True
    if _SCALE_AFTER.match(text, q.end):
        return True
    if unit in _TIMES_UNITS:
        before_act = _BEFORE_ACT_AFTER.match(text, q.end, e)
        if before_act and (not before_act.group("verb") or _ends_past_modifier(before_act["verb"])):
            return not _CHANGE.search(text, s, q.start)
    if unit == "가지" and _LIST_MADE_AFTER.match(text, q.end, e):
        return True  # 자주 묻는 질문 열 가지를 정리해: the size of a list the writer drew up
    if unit in _OWNER_UNITS and _CROWD_DESCRIBES_AFTER.match(text, q.end, e):
        return True
    if unit == "배" and not (_MULTIPLE_CONTEXT.search(text, s, e) or _CHANGE.search(text, s, e)):
        return True  # 매일 108배로 하루를 시작하며: bows, not a multiple of anything
    moment = _MOMENT_BEFORE.search(text, max(0, q.start - 4), q.start)
    if moment and unit in _MOMENT_UNITS:
        return True
    if q.text.replace(" ", "") == "한번" and text.startswith("에", q.end):
        return True  # 한 번에 마치시는: at one go, a manner
    return bool(
        _PASSED_AFTER.match(text, q.end, e)
        and _OTHER_SUBJECT_BEFORE.search(text, s, q.start)
        and e < scene.spans[-1][1]
        and not (s > 0 and scene.acted_by(max(0, s - 2)))
    )


def drop_setting_numbers(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` without those that frame the work (a span worked, whose things, a scale)."""
    if not quantities:
        return quantities
    scene = _Scene(text)
    return [q for q in quantities if not _frames_the_work(scene, q, quantities)]
