"""What one sentence of a story says, from its words and morphemes: whether it states an
outcome (what changed), names a problem, or has the writer act on something.

structure.py labels sentences with STAR parts; these are the tests it scores them with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from prep.coach import morph
from prep.coach.people_words import is_person
from prep.coach.structure_lessons import is_lesson

# An outcome: what changed, stated in the past tense. Before → after (40건에서 12건으로), a change
# verb (줄었, 짧아졌, 사라졌), or an end state reached (선정되었, 본선에 올랐, 기준이 되었).
OUTCOME = re.compile(
    r"(?:에서|→|->)\s?[^.!?\n]{0,20}?(?:으로|로|이|가)\s?(?:줄|늘|올|내려|떨어|단축|감소|증가|향상|"
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
    r"(?:상|표창|감사패|감사장|칭찬|호평|인정)[을를]?\s?받았|본선에\s?올|기준이\s?되었|"
    r"(?:으로|로)\s?이어졌|적용(?:되었|됐)|자리\s?잡았|처리(?:되었|됐)|완료(?:되|됐|했)|"
    # Something stopped happening: 더 이상 나오지 않았습니다, 한 건도 없었습니다.
    r"더\s?이상\s?[^.!?\n]{0,12}?(?:지\s?않았|없었)|(?:(?:한|단\s?한)\s?(?:건|번|명|차례|곳|개|군데|사람)도|하나도)\s?"
    r"[^.!?\n]{0,12}?(?:없었|않았)|"
    # Done in a way that is itself the result: 한 번에 끝났고, 기한 안에 마쳤습니다.
    r"(?:무사히|한\s?번에|제때|제시간에|기한\s?안에|예정보다\s?일찍)\s?(?:끝났|마쳤|마무리되|냈|제출했|넘겼)|"
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
    r"이탈|분실|착오|문의)(?:는|은|이|가|도)?\s?[^.!?\n]{0,10}?"
    r"(?:없었|발생하지\s?않았|나오지\s?않았|생기지\s?않았|들어오지\s?않았)|"
    r"(?:이제|이제는|지금은|현재는)\s?[^.!?\n]{0,30}?(?:면|만에|안에|이내에)\s?"
    r"(?:끝납니다|끝나|됩니다|충분합니다|마칩니다|처리됩니다|처리합니다)|"
    # None since: 넘긴 시료는 한 건도 없었습니다, 같은 안건이 다시 올라온 적이 없습니다.
    r"(?:한\s?(?:건|번|명|차례|곳|개)도|하나도|단\s?한\s?[가-힣]{1,3}도)\s?[^.!?\n]{0,15}?"
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
    # A multiple reached: 대출 건수가 이전 분기의 두 배가 되었습니다.
    r"(?:[0-9]+(?:\.[0-9]+)?|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?배(?:가|로|나|\s?이상)?\s?"
    r"(?:되었|됐|늘었|늘어났|뛰었|올랐|증가했|커졌)"
)

# How things stood before, not what changed: 그 전에는 엑셀을 다뤄 본 적이 한 번도 없었습니다.
_BEFORE_STATE = re.compile(r"(?:아|어|여|해|봐)\s?본\s?적|(?<![가-힣])그\s?전(?:에는|까지는?|엔)")


# A backlog cleared in the action's own sentence: 양식을 바꿔 한 달 만에 밀린 요청을
# 모두 없앴습니다.
BACKLOG_CLEARED = re.compile(
    r"(?:밀린|쌓인|쌓여\s?있던|밀려\s?있던|남은|남아\s?있던|미처리|지연된)\s?[가-힣\s]{0,12}?"
    r"(?:을|를)\s?(?:모두|전부|모조리|다|하나도\s?남김없이)\s?"
    r"(?:없앴|처리했|해소했|정리했|끝냈|마쳤|처리하였|해결했)"
)


def after_action_outcome(sentence: str) -> bool:
    """True when a sentence after the writer's action says how things ended up."""
    return bool(AFTER_ACTION_OUTCOME.search(sentence)) and not _BEFORE_STATE.search(sentence)


PROBLEM = re.compile(
    r"(?:늦어졌|늦어지|이어졌|잦았|잦아|밀렸|밀려|쌓였|생겼|발생했|발생하|잇따랐|잇따르|부족했|"
    r"없었|있었|어려웠|힘들었|많았|놓치셨|놓쳤|겹쳐|겹쳤|몰렸|지연되|끊겼|떨어지|헤맸|불편을\s?겪|"
    r"꼬였|꼬여|엉켰|엉켜|헷갈|막혔|막혀|어긋났|어긋나|달라|달랐|흩어져|흩어졌|"
    # Grew harder: 가구를 만나기 어려워졌습니다.
    r"어려워졌|어려워지|힘들어졌|복잡해졌|까다로워졌|번거로워졌)"
)
_PLAIN_VERBS = frozenset({"되", "지", "있", "없", "하", "이", "같", "보이", "들"})


_WRITER = frozenset({"저", "제", "나", "내", "저희", "우리"})
# Verbs of knowing and feeling: 알게 되었다, 느낄 수 있었다 close a story as a lesson, not as
# a change in the world.
_MIND_VERBS = frozenset(
    {"알", "깨닫", "느끼", "배우", "생각하", "성장하", "경험하", "실감하", "체감하", "쌓", "얻"}
)
_PAST = frozenset({"었", "았", "였", "ᆻ"})
_MIND_NOUNS = frozenset({"경험", "생각", "고민", "공부", "다짐", "결심", "각오", "반성", "성장"})


def _topic(tokens: Sequence[morph.Morph]) -> str | None:
    """Who the sentence is about: "writer", "person", "thing" (the topic or subject) or None.

    The first 은/는 topic wins (it scopes over the sentence); otherwise (none, or only one on an
    adverbial such as 주말에는) the first 이/가 subject. 아무도 (nobody) is "other".
    """
    subjects = [
        i
        for i, t in enumerate(tokens)
        if i > 0 and (t.tag == "JX" and t.form in ("은", "는", "도") or t.tag == "JKS")
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


def _negated(tokens: Sequence[morph.Morph]) -> bool:
    """The main predicate is negated: 확신하지 못했습니다, 오지 않았습니다."""
    tail = [t for t in tokens if t.tag not in ("EF", "SF", "EP")][-3:]
    return any(t.form in ("않", "못하", "못") for t in tail)


def changed(tokens: Sequence[morph.Morph]) -> bool:
    """A change of state, from the morphemes: something came to be (쓰시게 되었, 반영되었,
    당겨졌, 퍼졌), could now be done (넘길 수 있었), or someone other than the writer did
    something new after the writer acted (아이는 처음으로 백 점 시험지를 들고 왔습니다)."""
    if not any(t.tag == "EP" and t.form in _PAST for t in tokens):
        return False
    body = [t for t in tokens if t.tag not in ("EF", "SF", "SP", "EP")]
    if not body:
        return False
    verbs = [t for t in body if t.tag in ("VV", "VA", "XSV", "XSA")]
    for i, t in enumerate(body):
        before = body[i - 1] if i else None
        # -게 되었: 쓰시게 되었습니다 (but not 알게 되었습니다, a lesson).
        came_to = t.tag == "VV" and t.form == "되" and before is not None and before.form == "게"
        if came_to and _past_after(tokens, t):
            return _doer_acts(body, i - 1)
        # -ㄹ 수 있었: 넘길 수 있었습니다 (but not 배울 수 있었습니다, nor 할 수 있게 준비했다).
        could = t.form == "수" and t.tag == "NNB" and i + 1 < len(body) and body[i + 1].form == "있"
        if could and _past_after(tokens, body[i + 1]):
            return _doer_acts(body, i)
    last = body[-1]
    # 반영되었습니다, 당겨졌습니다, 퍼졌습니다: a passive or change verb ends the sentence.
    if (last.tag == "XSV" and last.form == "되") or (last.tag == "VX" and last.form == "지"):
        return not _negated(tokens)
    # 아이는 처음으로 …, 그분은 다음 달부터 지원을 받으셨습니다: a first time, or a new state
    # from then on, for someone the writer helped.
    return (
        (
            _topic(tokens) in ("person", "thing")
            and bool(verbs)
            and (any(t.form == "처음" for t in body) or _from_then_on(body))
        )
        or _whole_group_did(tokens, body)
        or _took_up(tokens, body)
    )


# Using what one was given, in its plain forms: 쓰셨습니다, 활용했습니다, 보고서를 냈습니다.
_USE_VERBS = frozenset({"쓰", "사용", "활용", "이용", "참고", "보", "내", "만들", "작성", "붙이"})


def _took_up(tokens: Sequence[morph.Morph], body: Sequence[morph.Morph]) -> bool:
    """선생님이 그 표로 보고서를 쓰셨습니다, 팀장님은 이 양식을 다른 지점에도 쓰셨습니다:
    someone other than the writer used what the writer made (그/이 + the thing), which is
    what the writer's work changed."""
    if not any(t.tag == "MM" for t in body) or _topic(tokens) != "person" or _negated(tokens):
        return False
    pointed = any(
        t.tag == "MM"
        and t.form in ("그", "이")
        and i + 2 < len(body)
        and body[i + 1].tag == "NNG"
        and body[i + 2].tag in ("JKB", "JKO")
        and body[i + 2].form in ("로", "으로", "을", "를")
        for i, t in enumerate(body)
    )
    predicates = [t for t in body if t.tag in ("VV", "VA", "VX", "VCP", "XSV", "XSA")]
    if not pointed or not predicates or predicates[-1].tag not in ("VV", "XSV"):
        return False
    main = predicates[-1]
    if main.tag == "XSV":
        k = body.index(main)
        main = body[k - 1] if k else main
    return main.form in _USE_VERBS or main.root in _USE_VERBS


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


def _whole_group_did(tokens: Sequence[morph.Morph], body: Sequence[morph.Morph]) -> bool:
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
    if not (counted or whole) or _negated(tokens):
        return False
    # Someone other than the writer is the subject (부원 …이, 참가자 전원이); with no subject
    # the doer is the writer, whose action is no outcome.
    topic = _topic(tokens)
    subject = any(
        t.tag == "JKS" and i and body[i - 1].form not in _WRITER for i, t in enumerate(body)
    )
    if not (topic in ("person", "thing") or (topic is None and subject)):
        return False
    predicates = [t for t in body if t.tag in ("VV", "VA", "VX", "VCP", "XSV", "XSA")]
    if not predicates or predicates[-1].tag not in ("VV", "XSV"):
        return False
    main = predicates[-1]
    if main.tag == "XSV":
        k = body.index(main)
        main = body[k - 1] if k else main
    return main.form not in _GROUP_PROBLEMS and main.root not in _GROUP_PROBLEMS


_THEN = frozenset({"달", "주", "날", "해", "학기", "때", "날짜"})


def _from_then_on(body: Sequence[morph.Morph]) -> bool:
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


_JOINS = frozenset({"고", "으며", "며", "어서", "아서", "서", "는데", "ᆫ데", "기에", "자", "더니"})


def final_clause(tokens: Sequence[morph.Morph]) -> Sequence[morph.Morph]:
    """The last clause of a sentence, after its last connective ending (…드렸고, 2주 뒤 …)."""
    for i in range(len(tokens) - 2, 0, -1):
        t = tokens[i]
        # (…받아 두었기에 …, 안내문을 붙이자 …: a cause, then what followed)
        joins = t.tag == "EC" and t.form in _JOINS
        if joins and tokens[i + 1].tag != "VX":
            return tokens[i + 1 :]
    return tokens


def _past_after(tokens: Sequence[morph.Morph], verb: morph.Morph) -> bool:
    """True when `verb` is directly followed by a past-tense ending (되+었, 있+었)."""
    for i, t in enumerate(tokens):
        if t is verb:
            return i + 1 < len(tokens) and tokens[i + 1].tag == "EP" and tokens[i + 1].form in _PAST
    return False


def _doer_acts(body: Sequence[morph.Morph], i: int) -> bool:
    """True when the verb before index `i` is a doing, not knowing or feeling (생각하게 되었)."""
    for j in range(i - 1, -1, -1):
        verb = body[j]
        if verb.tag in ("VV", "VA", "VX"):
            # 경험을 할 수 있었다, 생각을 하게 되었다: 하다 with a noun of the mind.
            if verb.form == "하" and j >= 2 and body[j - 1].tag == "JKO":
                return body[j - 2].form not in _MIND_NOUNS
            # 쓸 수 없게 되었다: a change for the worse is the problem, not the result.
            return verb.form not in _MIND_VERBS and verb.form not in ("없", "않", "못하")
        if verb.tag in ("XSV", "XSA"):
            noun = body[j - 1].form if j else ""
            return f"{noun}하" not in _MIND_VERBS and noun not in ("생각", "고민", "실감", "경험")
    return False


def acts(tokens: Sequence[morph.Morph], *, derived: bool = False) -> bool:
    """The writer does something to something: a past-tense action verb with an object.

    A bare 하다 counts as a verb only with `derived` (조정했고, 기록해: the clause before a
    stated outcome); alone, 일을 했습니다 says little."""
    has_object = any(t.tag == "JKO" for t in tokens)
    # 제가 바꿨습니다, 저는 곧바로 나섰습니다: with the writer named as subject, a past-tense
    # verb of doing is an action even without an object (a feeling, 당황했습니다, is not).
    if not has_object and not (_topic(tokens) == "writer" and not _feels(tokens)):
        return False
    # Someone else is the agent (아이가 받아쓰기를 힘들어했습니다), or nothing got done
    # (아무도 확신하지 못했습니다): that describes, it is not the writer's action.
    if _topic(tokens) == "person" or _negated(tokens):
        return False
    # A clause before another (바꾸고 나서 …) takes its tense from the sentence's last verb.
    past = derived or any(t.tag == "EP" and t.form in ("었", "았", "였", "ᆻ") for t in tokens)
    verbs = [
        t
        for i, t in enumerate(tokens)
        if t.tag in ("VV", "XSV")
        and (
            t.form not in _PLAIN_VERBS or t.tag == "XSV" and (derived or _made_from_noun(tokens, i))
        )
    ]
    predicates = [t for t in tokens if t.tag in ("VV", "VA", "VCP", "XSV", "XSA", "VX")]
    # The main predicate (the last one) must be a verb: …어려운 분위기였습니다 describes.
    main_is_verb = bool(predicates) and predicates[-1].tag in ("VV", "XSV", "VX")
    return past and bool(verbs) and main_is_verb and not _obliged_or_became(tokens, predicates)


def _obliged_or_became(tokens: Sequence[morph.Morph], predicates: Sequence[morph.Morph]) -> bool:
    """다시 봐야 했습니다 (what had to be done, the situation) or 만나기 어려워졌습니다 (a state
    that came about): the main predicate is no action of the writer's."""
    if len(predicates) < 2 or predicates[-1].tag != "VX":
        return False
    last = predicates[-1]
    k = next(i for i, t in enumerate(tokens) if t is last)
    ending = tokens[k - 1] if k else None
    obliged = last.form == "하" and ending is not None and ending.form in ("어야", "아야", "야")
    became = last.form == "지" and predicates[-2].tag in ("VA", "XSA")
    return obliged or became


# Nouns whose 하다 says only that one was there or busy (일했습니다, 근무했습니다, 노력했습니다),
# not what was done.
_EMPTY_DOINGS = frozenset(
    {"일", "노력", "근무", "활동", "경험", "재직", "생활", "공부", "참여", "참석", "생각", "고민"}
)


def _made_from_noun(tokens: Sequence[morph.Morph], i: int) -> bool:
    """고정+했습니다, 기록+하게 했습니다: a verb made from a noun of doing."""
    before = tokens[i - 1] if i else None
    return before is not None and before.tag in ("NNG", "XR") and before.form not in _EMPTY_DOINGS


_FEELINGS = frozenset(
    {"당황", "고민", "걱정", "느끼", "깨닫", "배우", "놀라", "실망", "생각", "후회", "긴장"}
)


def _feels(tokens: Sequence[morph.Morph]) -> bool:
    return any(t.tag in ("VV", "NNG") and t.form in _FEELINGS for t in tokens)


def ends_on_problem(sentence: str) -> bool:
    """The predicate names a problem (늦어졌습니다, 있었습니다), not a possibility reached
    (드실 수 있었습니다, whose 있었 is no problem)."""
    return bool(PROBLEM.search(_COULD.sub("", sentence[-14:])))


_COULD = re.compile(r"수\s?있었")


def is_outcome(sentence: str, tokens: Sequence[morph.Morph] = (), base: int = 0) -> bool:
    """The sentence states what changed; `base` is where it starts in the text the tokens'
    offsets are into."""
    if tokens:
        # 위기 대응 능력을 기를 수 있었습니다: a lesson is no outcome, though it ends like one;
        # what comes before it may still be (30% 줄였고, 협업의 가치를 배웠습니다).
        clause = final_clause(tokens)
        if is_lesson(clause):
            if clause is tokens:
                return False
            head = tokens[: len(tokens) - len(clause)]
            return is_outcome(sentence[: clause[0].start - base], head, base)
    if _BEFORE_STATE.search(sentence):
        return False
    if OUTCOME.search(sentence):
        return True
    return bool(tokens) and changed(tokens) and not ends_on_problem(sentence)
