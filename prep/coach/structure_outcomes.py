"""The words a story's sentences state outcomes and problems with, as patterns: what changed
(OUTCOME, and AFTER_ACTION_OUTCOME once the writer has acted), what the writer's action achieved
(WRITER_OUTCOME, BACKLOG_CLEARED), and a problem or its setting (PROBLEM).

structure_clauses.py reads sentences with these and their morphemes.
"""

from __future__ import annotations

import re
import sys

# An outcome: what changed, stated in the past tense. Before → after (40건에서 12건으로), a change
# verb (줄었, 짧아졌, 사라졌), or an end state reached (선정되었, 본선에 올랐, 기준이 되었).
OUTCOME = re.compile(
    r"(?:에서|→|->)\s?(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,20}?(?:으로|로|이|가)\s?(?:줄|늘|올|내려|떨어|단축|감소|증가|향상|"
    r"개선|바뀌|좁혀|되었|됐)|"
    r"(?:줄었|줄어들었|줄어들|늘었|늘어났|올랐|올라갔|내려갔|떨어졌|낮아졌|높아졌|짧아졌|빨라졌|"
    r"사라졌|없어졌|좋아졌|나아졌|많아졌|적어졌|편해졌|쉬워졌|줄일\s?수\s?있었|늘릴\s?수\s?있었|끝낼\s?수\s?있|마칠\s?수\s?있|"
    r"(?:수월|원활|간편|정확|깔끔|명확|분명|활발|익숙)해(?:졌|지셨)|가벼워졌|부드러워졌|"
    # Someone else took up what the writer made: 안내문에 반영하셨습니다, 제안을 받아들이셨고.
    r"반영(?:되었|됐|하셨)|받아들이셨|채택하셨|"
    # Thanks or a score received, a count kept small: 감사 인사를 전해 오셨습니다, 점수가 가장
    # 높았습니다, 한 건에 그쳤습니다, 예정보다 30분 일찍 끝났습니다.
    r"감사\s?(?:인사|편지|문자|전화|말씀)(?:를|을)\s?(?:전해|받았|들었|보내)|"
    r"(?:점수|평가|만족도|순위)(?:가|이|는)\s?(?:가장|제일)\s?(?:높았|좋았)|"
    r"(?:건|명|번|곳|개|%|절반|반|수준|분의\s?일)(?:에|으로|로)?\s?그쳤|"
    r"(?:호응|공감|지지|동의|신뢰)(?:을|를)\s?(?:얻었|얻을\s?수\s?있었|얻게\s?되었)|"
    # Finished ahead of plan: 예정보다 닷새 빠른 열흘 만에 끝났습니다.
    r"(?:예정|계획|목표|기한|마감)보다\s?[^.!?\n]{0,10}?(?:일찍|빨리|빠른|이른|앞당겨)"
    r"[^.!?\n]{0,12}?(?:끝났|마쳤|마무리|끝냈|완료)|"
    r"단축(?:되|했|하였)|감소(?:했|하였|되)|증가(?:했|하였|되)|향상(?:되|됐|했)|개선(?:되|됐)|"
    r"해결(?:되|됐)|해소(?:되|됐)|달성(?:했|하였|되)|완성(?:되|했)|선정(?:되|됐)|채택(?:되|됐)|"
    r"수상(?:했|하였)|합격(?:했|하였)|통과(?:했|하였|되)|정착(?:되|됐)|확대(?:되|됐)|"
    # A stage or a prize reached in a contest: 본선에 진출했습니다, 대회에서 우승했습니다.
    r"(?:진출|우승|준우승|입상|입선|완주|결선\s?진출)(?:했|하였|하게\s?되었|에\s?성공)|"
    r"당선(?:되|됐)|"
    # A rank taken: 만족도 조사에서 1위를 차지했습니다, 최우수 기관으로 뽑혔습니다.
    r"(?:\d+\s?(?:위|등)|일등|최우수|최고\s?등급)[^.!?\n]{0,8}?(?:을|를|으로|로)\s?"
    r"(?:차지|기록|달성|뽑혔|선정|지정)|"
    # Made the rule: 이 안내표는 센터 표준 양식이 되었습니다, 정식 절차로 자리 잡았습니다.
    r"(?:표준|기준|정식|공식|지침|규정|정례|필수)[가-힣\s]{0,8}?(?:이|가|으로|로)\s?"
    r"(?:되었|됐|채택|지정|정해졌|굳어졌)|"
    r"(?:상|표창|감사패|감사장|칭찬|호평|인정)[을를]?\s?받았|본선에\s?올|기준이\s?되었|"
    r"(?:으로|로)\s?이어졌|적용(?:되었|됐)|자리\s?잡았|처리(?:되었|됐)|완료(?:되|됐|했)|"
    # Something stopped happening: 더 이상 나오지 않았습니다, 한 건도 없었습니다.
    r"(?:더\s?이상은?|더는)\s?[^.!?\n]{0,20}?(?:지\s?않았|없었)|(?:(?:한|단\s?한)\s?(?:건|번|명|차례|곳|개|군데|사람)도|하나도)\s?"
    r"[^.!?\n]{0,12}?(?:없었|않았)|"
    # Done in a way that is itself the result: 한 번에 끝났고, 기한 안에 마쳤습니다.
    r"(?:무사히|한\s?번에|제때|제시간에|기한\s?안에|예정보다\s?일찍|"
    r"(?:재방문|재작업|추가\s?비용|사고|누락|야근|차질)\s?없이)\s?(?:[가-힣]{1,8}(?:을|를)\s?)?"
    r"(?:끝났|마쳤|끝냈|마무리되|냈|제출했|넘겼|나갔|"
    r"도착했|발송(?:되었|됐|했))|"
    # A count reached (수강생이 35명이 되었습니다), not an age or a time passed (3년이 되었다).
    r"\d[\d,.]*\s?(?:명|건|개|곳|회|배|%|퍼센트|만\s?원|원|점|권|가구)(?:이|가|으로|로)\s?(?:되었|됐|늘었)|"
    # A new ability or an appraisal: 걸 수 있게 되었습니다, …라는 평을 들었습니다, 회칙으로
    # 남았습니다.
    r"수\s?있게\s?(?:되었|됐)|(?:평|평가|말|칭찬)[을를]\s?(?:들었|받았)|(?:으로|로)\s?남았)"
)
# A problem or its setting, from the predicate: 늦어졌습니다, 밀렸습니다, 불만이 쌓였습니다.
# Outcomes said without a cue word, which only count after the writer acted (before it, the
# same words describe the problem: 민원이 하루 100건이 넘었습니다): a comparison reached (전달의
# 두 배가 넘었습니다), a failure that stopped (그 뒤 석 달간 백업 실패는 없었습니다), a task that
# now takes less (이제 같은 작업은 20분이면 끝납니다).
AFTER_ACTION_OUTCOME = re.compile(
    r"(?:배|%|퍼센트|절반)(?:가|이|를|을)?\s?(?:넘었|넘겼|넘어섰|웃돌았)|"
    r"(?:실패|오류|민원|불만|사고|장애|지연|누락|반려|항의|결함|재발|실수|불량|고장|멈춤|연체|"
    r"이탈|분실|착오|문의|취소|결항|파손|반송|결석|결근|재작업|혼선|오발송|오배송|오분류)"
    r"(?:는|은|이|가|도)?\s?[^.!?\n]{0,10}?"
    r"(?:없었|발생하지\s?않았|나오지\s?않았|생기지\s?않았|들어오지\s?않았)|"
    r"(?:이제|이제는|지금은|현재는)\s?[^.!?\n]{0,30}?(?:면|만에|안에|이내에)\s?"
    r"(?:끝납니다|끝나|됩니다|충분합니다|마칩니다|처리됩니다|처리합니다)|"
    # None since: 넘긴 시료는 한 건도 없었습니다, 같은 안건이 다시 올라온 적이 없습니다.
    r"(?:한\s?(?:건|번|명|차례|곳|개|[가-힣]{1,2})도|하나도|단\s?한\s?[가-힣]{1,3}도)\s?[^.!?\n]{0,15}?"
    r"(?:없었|없습니다|없게|않았|않습니다)|"
    r"다시\s?[^.!?\n]{0,20}?(?:ㄴ|은|던)?\s?적(?:이|은)\s?(?:없었|없습니다|없어)|"
    # Compared with before: 첫 주의 대기 시간이 직전 개편 때보다 눈에 띄게 짧았습니다.
    # or with others: 완료율은 다른 조사원 구역보다 높은 92%였습니다.
    r"(?:때|전|이전|작년|지난해|전년|평소|예년|처음|(?:지난|이전|직전|전)\s?[가-힣]{1,3}|"
    r"(?:다른|인근|옆|이웃|평균|전국|목표|기존)[가-힣\s]{0,12}?)보다\s?"
    r"[^.!?\n]{0,15}?"
    r"(?:짧았|줄었|적었|낮았|빨랐|높았|많았|늘었|나았|좋았|컸|"
    r"(?:짧은|적은|낮은|빠른|높은|많은|나은|좋은|큰)\s?[^.!?\n]{0,15}?(?:였|이었))|"
    # Done within a span: 재작업은 열흘 만에 끝났습니다.
    r"(?:만에|안에|이내에)\s?(?:모두\s?|다\s?)?(?:끝났|마쳤|끝냈|마무리(?:되|됐|했|지었)|"
    r"완료(?:되|됐|했))|"
    # A share of before: 그 주 반송 건수는 평소의 절반이었습니다.
    r"(?:평소|이전|전|예년|작년|지난해|전년|(?:지난|이전|직전)\s?[가-힣]{1,3})의\s?"
    r"(?:절반|반|[가-힣0-9]{1,3}\s?분의\s?[가-힣0-9]{1,3}|[가-힣0-9]{1,3}\s?배)\s?"
    r"(?:이었|였|에\s?그쳤|수준이었|수준으로)|"
    # A share of any time before: 오배송 건수가 전달의 3분의 1 수준이 되었습니다.
    r"의\s?(?:절반|반|[가-힣0-9]{1,3}\s?분의\s?[가-힣0-9]{1,3}|[가-힣0-9]{1,3}\s?배)\s?"
    r"(?:수준|정도|가량)?\s?(?:이|가|으로|로)\s?(?:되었|됐|줄었|줄어들었|늘었|떨어졌)|"
    # A rank reached: 반송률은 지사에서 가장 낮았습니다.
    r"(?:가장|제일)\s?(?:낮았|높았|적었|빨랐|짧았|좋았|앞섰)|"
    # What the writer made spread: 이 방식을 다른 구역에도 쓰라고 하셨습니다.
    r"(?:다른|전|모든|인근|타|옆)\s?[가-힣\s]{1,10}?(?:에도|에서도|으로도|로도)\s?[^.!?\n]{0,15}?"
    r"(?:쓰|적용|도입|활용|사용|확대|퍼지|퍼졌|공유|배포)[^.!?\n]{0,12}?(?:었|았|였|셨|됐)|"
    # A figure recorded, a count kept small, thanks reported: 점검률은 98%를 기록했습니다,
    # 재방문 세대는 세 곳뿐이었습니다, 주민들은 고맙다고 하셨습니다.
    r"(?:\d[\d,.]*\s?(?:%|퍼센트|점|건|명|위)|최고|최저|역대\s?최[고대]|만점)[^.!?\n]{0,6}?"
    r"(?:을|를)\s?(?:기록|달성)(?:했|하였)|"
    r"(?:[0-9]+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?[가-힣]{1,2}(?:뿐이었|에\s?불과했|밖에\s?"
    r"(?:없었|되지\s?않았|안\s?됐))|"
    r"(?:고맙다|감사하다|편해졌다|도움이\s?(?:되었|됐)다)(?:고|며|는\s?(?:말|인사))|"
    # A count reached, in words: 문의 전화는 하루 다섯 통 안팎이 되었습니다.
    r"(?:[0-9]+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|서른|마흔|쉰|서너|두세|너덧|대여섯)\s?"
    r"(?:명|건|통|곳|개|가구|분|번|회|대|장|일|시간)\s?(?:안팎|남짓|가량|정도|수준|미만|이하|이내)?"
    r"(?:이|가|으로|로)\s?(?:되었|됐|줄었|줄어들었|떨어졌|내려갔)|"
    # A multiple reached: 대출 건수가 이전 분기의 두 배가 되었습니다.
    r"(?:[0-9]+(?:\.[0-9]+)?|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?배(?:가|로|나|\s?이상)?\s?"
    r"(?:되었|됐|늘었|늘어났|뛰었|올랐|증가했|커졌)"
)

# How things stood before, not what changed: 그 전에는 엑셀을 다뤄 본 적이 한 번도 없었습니다.
BEFORE_STATE = re.compile(r"(?:아|어|여|해|봐)\s?본\s?적|(?<![가-힣])그\s?전(?:에는|까지는?|엔)")


# A backlog cleared in the action's own sentence: 양식을 바꿔 한 달 만에 밀린 요청을
# 모두 없앴습니다.
BACKLOG_CLEARED = re.compile(
    r"(?:밀린|쌓인|쌓여\s?있던|밀려\s?있던|남은|남아\s?있던|미처리|지연된)\s?[가-힣\s]{0,12}?"
    r"(?:을|를)\s?(?:모두|전부|모조리|다|하나도\s?남김없이)\s?"
    r"(?:없앴|처리했|해소했|정리했|끝냈|마쳤|처리하였|해결했)"
)

# What the writer's action did, by how much: 대기 시간을 절반으로 줄였습니다, 비용을 20%
# 절감했습니다, 처리 기간을 사흘로 앞당겼습니다.
WRITER_OUTCOME = re.compile(
    r"(?:\d[\d,.]*\s?[가-힣%]{0,3}|(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|서른|절반|반)"
    r"(?:\s?[가-힣]{1,3})?)\s?(?:으로|로|까지|이하로|이내로|만큼|가량|이상)?\s?"
    r"(?:줄였|늘렸|높였|낮췄|끌어올렸|끌어내렸|단축했|앞당겼|절감했|감축했|"
    r"(?:줄일|늘릴|높일|낮출|앞당길)\s?수\s?있었)"
)


# 다른 반에도 적용을 검토해 보겠다고 하셨습니다: someone's promise to do something is not yet
# what changed.
PROMISED = re.compile(r"(?:겠다고|겠다며|겠다는\s?(?:말씀|답))")
# …but others saying they will go on using what the writer made (다음 학기에도 쓰겠다고
# 했습니다, 본사에서도 도입하겠다는 답을 받았습니다) is its adoption, already decided.
ADOPTION_SAID = re.compile(
    r"(?:쓰|써|사용하|활용하|도입하|적용하|채택하|이어\s?가|유지하|계속하)겠다(?:고|며|는)"
)


def after_action_outcome(sentence: str) -> bool:
    """True when a sentence after the writer's action says how things ended up."""
    return (
        bool(AFTER_ACTION_OUTCOME.search(sentence))
        and not BEFORE_STATE.search(sentence)
        and not PROMISED.search(sentence)
    )


PROBLEM_WORDS = re.compile(
    r"(?:늦어졌|늦어지|이어졌|잦았|잦아|밀렸|밀려|쌓였|생겼|발생했|발생하|잇따랐|잇따르|부족했|"
    r"없었|있었|어려웠|힘들었|많았|놓치셨|놓쳤|겹쳐|겹쳤|몰렸|지연되|끊겼|떨어지|헤맸|불편을\s?겪|"
    r"꼬였|꼬여|엉켰|엉켜|헷갈|막혔|막혀|어긋났|어긋나|달라|달랐|흩어져|흩어졌|"
    # Grew harder: 가구를 만나기 어려워졌습니다.
    r"어려워졌|어려워지|힘들어졌|복잡해졌|까다로워졌|번거로워졌)"
)
# A problem grew: 분류 오류가 늘었습니다, 응답 거부 가구도 늘었습니다.
PROBLEM_GREW = re.compile(
    r"(?:오류|민원|불만|항의|실수|누락|지연|사고|결석|반송|부재|거부|고장|분실|이탈)[가-힣\s]{0,6}?"
    r"(?:이|가|도|은|는)\s?(?:크게\s?|더\s?)?(?:늘었|늘어났|많아졌|잦아졌|증가했)"
)


class AnyOf:
    """Patterns searched one after another, for truth only (not the leftmost match): an
    alternation of words keeps re's fast scan only while nothing else is mixed into it."""

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        self.patterns = patterns

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        for pattern in self.patterns:
            found = pattern.search(string, pos, endpos)
            if found:
                return found
        return None


PROBLEM = AnyOf(PROBLEM_WORDS, PROBLEM_GREW)
