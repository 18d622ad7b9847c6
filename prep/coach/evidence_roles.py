"""Numbers that describe the setting of a story rather than measure what the work changed.

A result is the measure of a change or an outcome after the writer acted (예약 누락이 일곱 건에서
한 건으로, 두 시간 만에 끝났습니다). The same digits and counters also describe the frame of the
work, and a recruiter does not read those as evidence:

* a rough length of time over which the writer was doing something (2년 가까이 곁에서 도우며);
* an interval of routine (두 시간마다), bows counted by 배 (매일 108배를 하며);
* how many people or things there were before anything was done, said as the predicate of the
  scene (직원은 네 명이었고, 참여자는 마흔 명이 넘었습니다, 다섯 개 사업단이 있었고) or as its
  scarcity (상담 인력이 4명뿐이어서);
* what had to be done or was asked for (8명이 하루 3천 문장을 처리해야 했습니다, 과제는 영상 세
  편을 완성하는 것이었습니다): a requirement or target, not what came of it;
* the form something was given (한 장으로 뽑아, 한곳에서 안내하는).

A sentence that reports a change (에서 …으로, 줄었습니다, 만에, 없었습니다) keeps its numbers for
the last three. How long the writer held a post (6개월 동안 일하며) is judged in
evidence_setting: most labelled sets leave it uncounted.

evidence.find_quantities drops what `drop_scene_numbers` recognises.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from prep.coach import morph
from prep.coach.morph import sentence_spans
from prep.coach.structure_clauses import acts

if TYPE_CHECKING:
    from prep.coach.evidence import Quantity

_TIME_UNITS = frozenset(("분", "초", "시간", "일", "주", "개월", "달", "년", "해"))
# 2년 가까이 곁에서 도우며, 3년 넘게 일하면서: a rough length of time, then what the writer
# was doing over it (a connective -며/-면서 of the background, not a completed change).
_WHILE_AFTER = re.compile(
    r"\s?(?:가까이|넘게|남짓|이상|여|째)\s?[^,.!?\n]{0,14}?(?:며|면서)(?![가-힣])"
)
# 두 시간마다, 사흘마다: an interval of routine.
_EVERY_AFTER = re.compile(r"\s?마다")
# 매일 108배를 해, 삼배를 올리고: bows counted by 배, not a multiple (두 배로 늘었습니다).
_BOWS_AFTER = re.compile(r"(?:를|을)?\s?(?:하|했|해|올리|올렸|드리|드렸)")
# 하루 200명이 찾는 도서관, 주민 3천 명이 사는 마을, 하루 500건이 들어오는 콜센터: a
# present-tense relative clause that describes the place, not what the writer changed there.
_DESCRIBES_AFTER = re.compile(
    r"(?:이|가)\s(?:[가-힣]{1,4}\s)?(?:찾는|이용하는|사는|다니는|근무하는|일하는|모이는|"
    r"들어오는|오가는|머무는|방문하는|거주하는|오는|몰리는|접수되는|걸려\s?오는|드나드는|"
    r"재학\s?중인|등록된|소속된)\s"
)
# 두 팀으로 나누어, 3개 조로 편성해, 세 가지 색으로 구분해: the form the work was given.
_SPLIT_INTO_AFTER = re.compile(
    r"(?:\s?[가-힣]{1,3})?\s?(?:으로|로)\s?(?:나누|나눠|나눴|편성|쪼개|분류|묶|구분|표시|나뉘)"
)
# 대기 인원이 10명을 넘으면, 20분 이상 기다리시면, 서류가 30건 쌓이면: a threshold in a rule
# the writer followed or set, not an amount reached (이제 10분이면 끝납니다 says what it takes now).
_CONDITION_AFTER = re.compile(
    r"(?!이면|이라면)(?:\s?(?:이상|이하|미만|넘게|가량|정도|씩))?(?:이|가|을|를|에)?\s?"
    r"(?:[가-힣]{1,6}\s)?[가-힣]{0,5}(?:으면|[^반측전]면|[을일할]\s?때)(?![가-힣])"
)
# 시급 9,860원, 월 활동비 30만 원, 1,500원짜리 도시락: the pay of the post or the price of an
# item, a condition of the setting.
_PAY_BEFORE = re.compile(
    r"(?:시급|월급|일급|일당|급여|활동비|임금|연봉|보수|수당|월세|가격은?|값은?)\s?$"
)
_MONEY_UNITS = frozenset(("원", "만원", "천원", "억원", "조원", "만", "천", "억"))
# 다섯 명으로 구성된 팀, 네 명으로 꾸린 조: the make-up of a team.
_MADE_OF_AFTER = re.compile(r"\s?(?:으로|로)\s?(?:구성된|구성되|이루어진|이뤄진|꾸려진|꾸린|짜인)")
# 걸어서 20분 거리, 버스로 한 시간 걸리는 마을, 12주 과정, 2주짜리 교육: how far a place is or
# how long a programme runs, a description (not 30분 걸리던 일, the before side of a change).
_FRAME_OF_TIME_AFTER = re.compile(
    r"\s?(?:거리|떨어진|걸리는\s(?:곳|마을|거리|지역|동네|섬|학교|센터|현장)|과정|코스|짜리|"
    r"일정의|교육\s?과정)"
)
# 20명 규모의 팀, 정원 30명의 교실, 30명 정원: the size of the room or the team.
_SIZE_AFTER = re.compile(r"\s?(?:규모|정원)")
_SIZE_BEFORE = re.compile(r"정원\s?$")
# 어르신 30명을 대상으로: the people a programme was for, its scope.
_AIMED_AT_AFTER = re.compile(r"(?:을|를)?\s?대상으로")
_CROWD_UNITS = frozenset(("명", "분", "사람", "건", "통", "가구", "세대", "곳", "개", "팀", "대"))
# 4명뿐이어서, 두 명밖에 없어: a scarcity in the scene.
_ONLY_AFTER = re.compile(r"\s?(?:뿐|밖에)")
# 어르신은 일주일에 세 번 교통 안내를 하셨습니다: someone else's routine (honorific 시), how
# often by habit, not what the writer's work changed.
_ROUTINE_BEFORE = re.compile(
    r"(?:(?<![가-힣])매(?:일|주|달|월|년)|일주일에|하루에|한\s?(?:달|주)에|"
    r"(?<![가-힣])(?:주|달|월)에|\d+\s?(?:일|주|개월)에)\s$"
)
_ROUTINE_UNITS = frozenset(("번", "회", "차례"))
_HONORIFIC_PREDICATE = re.compile(r"[^.!?\n]*?[가-힣](?:셨|시(?:는|며|고|던|면서))")
# 아이들 열두 명의 낮잠 기록을 맡았습니다: the people whose care the writer took on, the scope
# of a task (the predicate 맡다, 담당하다), not a result.
_PEOPLE_OF_AFTER = re.compile(
    r"의\s[^.!?\n]{0,20}?(?:맡았|맡게|맡아|담당했|담당하|전담)|"
    r"(?:을|를)\s?(?:맡았|맡게|맡아|담당했|담당하|전담|배정받|돌보|돌봤|돌봐|모시|모셨)"
)
_PEOPLE_UNITS = frozenset(("명", "사람", "분", "가구", "세대"))
_SCARCE_UNITS = frozenset(("명", "사람", "분", "대", "곳", "군데", "개", "팀"))
# 직원은 네 명이었고, 마흔 명이 넘었습니다, 다섯 개 사업단이 있었고: the count is the predicate
# of a description (not 12명이던, the before side of a change).
_STATE_AFTER = re.compile(
    r"(?:\s?[가-힣]{1,6}?)?(?:이|가|에|에는)?\s?(?:(?:따로|각각|나뉘어|흩어져|모두)\s?)?(?:넘|있)"
    r"(?:었(?:고|으며|는데|지만|습니다|다|기에)?|고|어|으며|는데|는)|"
    r"(?:이었|였)(?:고|으며|는데|지만|습니다|다|기에)|이고|이며|입니다|이라서|이어서|인데"
)
_GOES_ON = ("고", "며", "는데", "지만", "어서", "기에", "넘어", "있어")
# 한 장으로 뽑아, 세 줄로 적어: the form given (not 다섯 단계를 세 단계로 줄였습니다).
_FORM_AFTER = re.compile(
    r"\s?(?:으로|로)\s(?![^.!?\n]{0,10}?"
    r"(?:줄|늘|바뀌|바꾸|단축|감소|증가|높|낮|되|짧|빨라|앞당|간소|압축|축소|끌어))"
)
_FORM_UNITS = frozenset(("장", "쪽", "페이지", "줄", "단계", "칸", "문장", "묶음"))
_FROM_BEFORE = re.compile(r"에서\s?$")
_ONE_PLACE = frozenset(("한곳", "한군데"))
# A change or an outcome in the same sentence keeps its numbers: 12명에서 21명으로 늘었습니다.
_CHANGE = re.compile(
    r"(?:\d|[명건개곳분초일주달년%점배회번원통차])\s?에서\s[^.!?\n]{0,24}?(?:으로|로|까지|가|이)\s|→|"
    r"줄었|줄어|줄였|늘었|늘어|늘렸|높아|높였|낮아|낮췄|올랐|올렸|떨어|단축|감소|증가|향상|"
    r"개선|절감|달성|성공|사라졌|되었|됐|만에|없었"
)
# 처리해야 했습니다, 과제는 …을 완성하는 것이었습니다: a requirement or a target.
_OBLIGED_END = re.compile(r"(?:어야|아야|해야|여야)\s?(?:했|하였)(?:습니다|다)[.!]?\s*$")
_TARGET = re.compile(
    r"(?:과제|목표|임무|미션|숙제|요청|주문)(?:는|은)\s[^.!?\n]*(?:것|일)(?:이었|였)"
)


_PER_WORDS = frozenset(("하루", "한달", "한주", "일주일"))
_PER_GAP = re.compile(r"\s(?:평균\s?|약\s?)?")


class _Scene:
    """Sentences of one text, and whether the writer has acted in or before each."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = sentence_spans(text)
        self.starts = [s for s, _ in self.spans]
        self._acted: list[bool] | None = None

    def sentence(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.starts, offset) - 1
        return self.spans[i] if i >= 0 else (0, len(self.text))

    def acted_by(self, offset: int) -> bool:
        """True when the writer acted in the sentence holding `offset` or in one before it."""
        if self._acted is None:
            tokens = morph.tokens(self.text)
            token_starts = [t.start for t in tokens]
            acted, seen = [], False
            for s, e in self.spans:
                body = tokens[bisect_left(token_starts, s) : bisect_left(token_starts, e)]
                seen = seen or acts(body)
                acted.append(seen)
            self._acted = acted
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and self._acted[i]


def _sets_the_scene(scene: _Scene, q: Quantity) -> bool:
    text, unit = scene.text, q.unit
    if unit in _TIME_UNITS and _WHILE_AFTER.match(text, q.end):
        return True
    if _EVERY_AFTER.match(text, q.end):
        return True
    if q.text in _ONE_PLACE:
        return True
    if unit in _CROWD_UNITS and (
        _DESCRIBES_AFTER.match(text, q.end)
        or _MADE_OF_AFTER.match(text, q.end)
        or _SIZE_AFTER.match(text, q.end)
        or _SIZE_BEFORE.search(text[max(0, q.start - 4) : q.start])
        or _AIMED_AT_AFTER.match(text, q.end)
    ):
        return True
    if unit in _TIME_UNITS and _FRAME_OF_TIME_AFTER.match(text, q.end):
        return True
    if _CONDITION_AFTER.match(text, q.end):
        return True
    if unit in _MONEY_UNITS and (
        _PAY_BEFORE.search(text[max(0, q.start - 5) : q.start]) or text.startswith("짜리", q.end)
    ):
        return True
    if _SPLIT_INTO_AFTER.match(text, q.end) and not _FROM_BEFORE.search(
        text[max(0, q.start - 6) : q.start]
    ):
        return True
    s, e = scene.sentence(q.start)
    sentence = text[s:e]
    changed = bool(_CHANGE.search(sentence))
    if unit == "배" and _BOWS_AFTER.match(text, q.end):
        return True
    if (
        unit in _FORM_UNITS
        and _FORM_AFTER.match(text, q.end)
        and not _FROM_BEFORE.search(text[max(0, q.start - 6) : q.start])
    ):
        return True
    if changed:
        return False
    if (
        unit in _ROUTINE_UNITS
        and _ROUTINE_BEFORE.search(text[max(0, q.start - 8) : q.start])
        and _HONORIFIC_PREDICATE.match(text, q.end, e)
    ):
        return True
    if unit in _PEOPLE_UNITS and _PEOPLE_OF_AFTER.match(text, q.end, e):
        return True
    if _OBLIGED_END.search(sentence) or _TARGET.search(sentence):
        return True
    if unit in _SCARCE_UNITS and _ONLY_AFTER.match(text, q.end):
        return True
    # A description sets a scene only when the story goes on after it: another clause
    # (…네 명이었고) or another sentence; 참여 기관은 여덟 곳이었습니다 alone may be the result.
    state = _STATE_AFTER.match(text, q.end)
    if state is None or scene.acted_by(q.start):
        return False
    return e < scene.spans[-1][1] or state.group().endswith(_GOES_ON)


def drop_scene_numbers(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` without those that describe the setting rather than measure a result."""
    if not quantities:
        return quantities
    scene = _Scene(text)
    kept = [q for q in quantities if not _sets_the_scene(scene, q)]
    # 하루 200명, 한 달 평균 40건: the period a rate is per is no amount of its own.
    starts = [q.start for q in quantities]
    return [
        q
        for q in kept
        if not (
            q.text.replace(" ", "") in _PER_WORDS
            and _PER_GAP.fullmatch(text, q.end, next((s for s in starts if s >= q.end), q.end))
            and any(s > q.end for s in starts)
        )
    ]


def acts_then_tells_more(text: str) -> bool:
    """True when the writer acts in some sentence and another sentence follows it: a story
    with an aftermath (안내판을 내려 달았습니다. 이제 아이들은 …), where a number belongs."""
    scene = _Scene(text)
    return len(scene.spans) >= 2 and scene.acted_by(scene.spans[-2][0])
