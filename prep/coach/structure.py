"""Answer structure: which sentences tell the situation, the task, the action and the result.

Korean experience answers follow STAR (상황·과제·행동·결과) or its public-sector form 상황–노력–
효과 (DOMAIN §5). In the public-sector form 노력 is the action, so "(노력)" counts as 행동 here;
a closing promise (입사 후 …하겠습니다) is a separate 기여·포부 part (STAR+C), not a result.

Each sentence gets a part from, in order of authority:
  1. a marker at its start — "(상황)", "[노력]", "【결과】" — which also carries to the following
     sentences until the next marker;
  2. what the sentence does, each with a weight; the highest total wins when it reaches CUE_MIN:
     it states an outcome (민원이 40건에서 12건으로 줄었습니다, 본선에 올랐습니다) → 결과, even
     without a cue word; the writer acts on something (a past-tense action verb with an object:
     달력을 만들어 붙여 드렸습니다) → 행동; a problem or a time frame (당시, ~던 중, 늦어졌습니다,
     불만이 쌓였습니다) → 상황; cue phrases (이를 위해, 그 결과, 덕분에) add to these;
  3. otherwise the part of the previous sentence (a story keeps its part until a cue says it
     moved on), and 상황 for an opening sentence without cues.
A lesson (배웠습니다, 깨달았습니다) or a cue word such as 그 결과 closes the story as 결과 but
is not an outcome: "result missing" means no sentence states what changed.
Shares are measured in characters, headlines ("[...]" lines) left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from prep.coach import morph
from prep.coach.attribution import is_person
from prep.coach.findings import Finding, make_finding
from prep.coach.morph import sentence_spans

PARTS: tuple[str, ...] = ("situation", "task", "action", "result", "contribution")
LABELS: dict[str, str] = {
    "situation": "상황",
    "task": "과제",
    "action": "행동·노력",
    "result": "결과·효과",
    "contribution": "기여·포부",
    "headline": "소제목",
}

# Advice thresholds (DOMAIN §5: keep the situation short, spend at least half on the action).
SITUATION_MAX_SHARE = 0.30
ACTION_MIN_SHARE = 0.30
# Below this many characters (headline excluded) the shares say little, so no advice is given.
MIN_CHARS_FOR_ADVICE = 120
# A story this long that tells what was done but never what changed lacks its result.
MIN_CHARS_FOR_RESULT_ADVICE = 90
CUE_MIN = 1.5

_MARKER_WORDS = {
    "상황": "situation",
    "배경": "situation",
    "문제": "situation",
    "과제": "task",
    "목표": "task",
    "노력": "action",
    "행동": "action",
    "실행": "action",
    "해결": "action",
    "대처": "action",
    "결과": "result",
    "효과": "result",
    "성과": "result",
    "교훈": "result",
    "배운 점": "result",
    "느낀 점": "result",
    "기여": "contribution",
    "포부": "contribution",
}
_MARKER = re.compile(
    r"^\s*[·•\-]?\s*[(\[【<〈]\s*("
    + "|".join(sorted((w.replace(" ", r"\s?") for w in _MARKER_WORDS), key=len, reverse=True))
    + r")\s*[)\]】>〉]\s*"
)
_HEADLINE = re.compile(r"^\s*[\[【<〈\"“].{2,}[\]】>〉\"”]\s*$")

_CUES: dict[str, tuple[tuple[re.Pattern[str], float], ...]] = {
    "situation": (
        (re.compile(r"당시|시절"), 2.0),
        (re.compile(r"(?:[을를ㄹ]|할|던)\s?때|(?:준비|근무|활동|아르바이트|봉사|실습)\s?중"), 1.5),
        (re.compile(r"(?:던|었던|였던)\s?(?:중|시절|때)"), 2.0),
        (re.compile(r"(?:에서|로)\s?(?:근무|활동|재직|일)하(?:며|면서|던)"), 1.0),
        (
            re.compile(
                r"(?:문제|어려움|갈등|불만|민원|위기|차질|한계|오류|지연)(?:이|가|을|를)?\s?"
                r"(?:있었|발생|생겼|생기|겪|잇따)"
            ),
            2.0,
        ),
        (re.compile(r"^(?:하지만|그러나|그런데)"), 1.0),
        (re.compile(r"(?:무관심|부족했|낮았|없었|어려웠|힘들었|충돌|미흡했|떨어졌)"), 1.5),
        (re.compile(r"상황"), 1.0),
    ),
    "task": (
        (re.compile(r"목표"), 1.5),
        (re.compile(r"과제"), 1.5),
        (re.compile(r"(?:해야\s?했|필요했|맡게\s?되|맡았|담당하게|책임지게|요구되었)"), 2.0),
        (re.compile(r"(?:목표|과제|임무)(?:가|는)\s?있었"), 1.0),
    ),
    "action": (
        (re.compile(r"(?:그래서|따라서|이에|그래서\s?먼저)\s?저는"), 3.0),
        (re.compile(r"이를\s?(?:위해|해결하기\s?위해|개선하기\s?위해|바탕으로)"), 3.0),
        (
            re.compile(
                r"(?:^|저는\s?|제가\s?)(?:먼저|우선|첫째|둘째|셋째|다음으로|마지막으로|또한)"
            ),
            2.5,
        ),
        (re.compile(r"(?:제가|저는)"), 1.0),
        (
            re.compile(
                r"(?:제안|설득|분석|조사|정리|작성|개선|도입|설계|구축|개발|협의|경청|확인|"
                r"점검|공유|설명|시도|실천|기획|준비|수정|보완|조율|요청|방문|만들|찾아|"
                r"기록|건의|말씀드|전달|안내|교육|배치|바꾸)"
                r"(?:했|하였|하여|해|하고|하며|했고|했으며|었|렸|려|자고)"
            ),
            1.5,
        ),
        (re.compile(r"직접"), 1.0),
    ),
    "result": (
        (re.compile(r"그\s?결과|결과적으로|덕분에|그\s?덕에|이를\s?통해|마침내|결국"), 3.0),
        (
            re.compile(
                r"(?:달성|향상|증가|감소|절감|단축|개선되|해결되|수상|선정|채택|호평|칭찬|"
                r"인정받|줄었|늘었|높아졌|낮아졌)"
            ),
            2.0,
        ),
        (re.compile(r"\d+(?:\.\d+)?\s?(?:%|％|퍼센트|배)"), 1.5),
        (re.compile(r"(?:배웠|깨달았|느꼈|교훈)"), 2.5),
        (re.compile(r"알게\s?되었"), 1.5),
    ),
    "contribution": (
        (
            re.compile(
                r"입사\s?(?:후|하여|한다면|하게\s?된다면)|"
                r"(?:하|되|기여하|이바지하|활용하|보탬이\s?되|앞장서)겠습니다"
            ),
            2.5,
        ),
    ),
}


# An outcome: what changed, stated in the past tense. Before → after (40건에서 12건으로), a change
# verb (줄었, 짧아졌, 사라졌), or an end state reached (선정되었, 본선에 올랐, 기준이 되었).
_OUTCOME = re.compile(
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
    r"(?:건|명|번|곳|개|%)(?:에|으로|로)?\s?그쳤|"
    r"예정보다\s?[^.!?\n]{0,10}?(?:일찍|빨리)\s?(?:끝났|마쳤|마무리)|"
    r"단축(?:되|했|하였)|감소(?:했|하였|되)|증가(?:했|하였|되)|향상(?:되|됐|했)|개선(?:되|됐)|"
    r"해결(?:되|됐)|해소(?:되|됐)|달성(?:했|하였|되)|완성(?:되|했)|선정(?:되|됐)|채택(?:되|됐)|"
    r"수상(?:했|하였)|합격(?:했|하였)|통과(?:했|하였|되)|정착(?:되|됐)|확대(?:되|됐)|"
    r"(?:상|표창|감사패|감사장|칭찬|호평|인정)[을를]?\s?받았|본선에\s?올|기준이\s?되었|"
    r"(?:으로|로)\s?이어졌|적용(?:되었|됐)|자리\s?잡았|처리(?:되었|됐)|완료(?:되|됐|했)|"
    # Something stopped happening: 더 이상 나오지 않았습니다, 한 건도 없었습니다.
    r"더\s?이상\s?[^.!?\n]{0,12}?(?:지\s?않았|없었)|(?:(?:한|단\s?한)\s?(?:건|번|명|차례|곳|개|군데|사람)도|하나도)\s?"
    r"[^.!?\n]{0,12}?(?:없었|않았)|"
    # Done in a way that is itself the result: 한 번에 끝났고, 기한 안에 마쳤습니다.
    r"(?:무사히|한\s?번에|제때|제시간에|기한\s?안에|예정보다\s?일찍)\s?(?:끝났|마쳤|마무리되)|"
    # A new ability or an appraisal: 걸 수 있게 되었습니다, …라는 평을 들었습니다, 회칙으로
    # 남았습니다.
    r"수\s?있게\s?(?:되었|됐)|(?:평|평가|말|칭찬)[을를]\s?(?:들었|받았)|(?:으로|로)\s?남았)"
)
_LESSON = re.compile(r"배웠|깨달았|깨닫|느꼈|알게\s?되었|생각하게\s?되었|중요성|교훈|의미를")
# A problem or its setting, from the predicate: 늦어졌습니다, 밀렸습니다, 불만이 쌓였습니다.
_PROBLEM = re.compile(
    r"(?:늦어졌|늦어지|이어졌|잦았|잦아|밀렸|밀려|쌓였|생겼|발생했|발생하|잇따랐|잇따르|부족했|"
    r"없었|있었|어려웠|힘들었|많았|놓치셨|놓쳤|겹쳐|겹쳤|몰렸|지연되|끊겼|떨어지|헤맸|불편을\s?겪|"
    r"꼬였|꼬여|엉켰|엉켜|헷갈|막혔|막혀|어긋났|어긋나|달라|달랐|흩어져|흩어졌)"
)
_PLAIN_VERBS = frozenset({"되", "지", "있", "없", "하", "이", "같", "보이", "들"})


_WRITER = frozenset({"저", "제", "나", "내", "저희", "우리"})
# Verbs of knowing and feeling: 알게 되었다, 느낄 수 있었다 close a story as a lesson, not as
# a change in the world.
_MIND_VERBS = frozenset(
    {"알", "깨닫", "느끼", "배우", "생각하", "성장하", "경험하", "실감하", "체감하", "쌓", "얻"}
)
_PAST = frozenset({"었", "았", "였", "ᆻ"})


def _topic(tokens: Sequence[morph.Morph]) -> str | None:
    """Who the sentence is about: "writer", "person", "thing" (the topic or subject) or None.

    The first 은/는 topic wins (it scopes over the sentence); otherwise the first 이/가
    subject. 아무도 (nobody) is "other".
    """
    subjects = [
        i
        for i, t in enumerate(tokens)
        if i > 0 and (t.tag == "JX" and t.form in ("은", "는", "도") or t.tag == "JKS")
    ]
    topics = [i for i in subjects if tokens[i].tag == "JX"] or subjects
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


def _changed(tokens: Sequence[morph.Morph]) -> bool:
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
        _topic(tokens) in ("person", "thing")
        and bool(verbs)
        and (any(t.form == "처음" for t in body) or _from_then_on(body))
    )


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


def _final_clause(tokens: Sequence[morph.Morph]) -> Sequence[morph.Morph]:
    """The last clause of a sentence, after its last connective ending (…드렸고, 2주 뒤 …)."""
    for i in range(len(tokens) - 2, 0, -1):
        t = tokens[i]
        joins = t.tag == "EC" and t.form in ("고", "으며", "며", "어서", "아서", "서", "는데", "ᆫ데")
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
            # 쓸 수 없게 되었다: a change for the worse is the problem, not the result.
            return verb.form not in _MIND_VERBS and verb.form not in ("없", "않", "못하")
        if verb.tag in ("XSV", "XSA"):
            noun = body[j - 1].form if j else ""
            return f"{noun}하" not in _MIND_VERBS and noun not in ("생각", "고민", "실감", "경험")
    return False


def _acts(tokens: Sequence[morph.Morph]) -> bool:
    """The writer does something to something: a past-tense action verb with an object."""
    has_object = any(t.tag == "JKO" for t in tokens)
    if not has_object:
        return False
    # Someone else is the agent (아이가 받아쓰기를 힘들어했습니다), or nothing got done
    # (아무도 확신하지 못했습니다): that describes, it is not the writer's action.
    if _topic(tokens) == "person" or _negated(tokens):
        return False
    past = any(t.tag == "EP" and t.form in ("었", "았", "였", "ᆻ") for t in tokens)
    verbs = [t for t in tokens if t.tag in ("VV", "XSV") and t.form not in _PLAIN_VERBS]
    predicates = [t for t in tokens if t.tag in ("VV", "VA", "VCP", "XSV", "XSA", "VX")]
    # The main predicate (the last one) must be a verb: …어려운 분위기였습니다 describes.
    main_is_verb = bool(predicates) and predicates[-1].tag in ("VV", "XSV", "VX")
    return past and bool(verbs) and main_is_verb


@dataclass(frozen=True)
class SentencePart:
    start: int
    end: int
    part: str
    source: str  # "marker", "cue", "carry", "opening" or "headline"
    scores: dict = field(default_factory=dict, compare=False)
    # True when the sentence states what changed (the result proper, not a lesson or a cue).
    outcome: bool = False

    @property
    def label(self) -> str:
        return LABELS[self.part]


@dataclass(frozen=True)
class StructureReport:
    sentences: tuple[SentencePart, ...]
    shares: dict  # part → share of characters (headline excluded), 0.0–1.0
    body_chars: int
    has_markers: bool

    def spans(self, part: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.sentences if s.part == part]

    def present(self, part: str) -> bool:
        return any(s.part == part for s in self.sentences)

    @property
    def has_outcome(self) -> bool:
        return any(s.outcome for s in self.sentences)


def _scores(
    sentence: str, tokens: Sequence[morph.Morph] = (), *, after_action: bool = True
) -> dict[str, float]:
    scores = {}
    for part, cues in _CUES.items():
        total = sum(weight for pattern, weight in cues if pattern.search(sentence))
        if total:
            scores[part] = total
    if _OUTCOME.search(sentence) or (
        after_action and _changed(tokens) and not _ends_on_problem(sentence)
    ):
        # Before anything was done, a change (매출이 떨어졌습니다) is more likely the problem.
        scores["result"] = scores.get("result", 0.0) + (4.0 if after_action else 1.0)
    elif _acts(tokens) and not _PROBLEM.search(sentence[-14:]):
        # (the main predicate is the last one: 회계를 맡았을 때 … 정산이 늦어졌습니다 is a problem)
        scores["action"] = scores.get("action", 0.0) + 2.5
    if _PROBLEM.search(sentence) and "result" not in scores:
        scores["situation"] = scores.get("situation", 0.0) + 1.5
    return scores


def _ends_on_problem(sentence: str) -> bool:
    """The predicate names a problem (늦어졌습니다, 있었습니다), not a possibility reached
    (드실 수 있었습니다, whose 있었 is no problem)."""
    return bool(_PROBLEM.search(_COULD.sub("", sentence[-14:])))


_COULD = re.compile(r"수\s?있었")


def _is_outcome(sentence: str, tokens: Sequence[morph.Morph] = ()) -> bool:
    if _OUTCOME.search(sentence):
        return True
    return bool(tokens) and _changed(tokens) and not _ends_on_problem(sentence)


def detect_structure(text: str) -> StructureReport:
    """Label every sentence of `text` with a STAR part; offsets are into `text`."""
    all_tokens = morph.tokens(text)
    starts = [t.start for t in all_tokens]
    labelled: list[SentencePart] = []
    marker_part: str | None = None
    previous: str | None = None
    has_markers = False
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        marker = _MARKER.match(sentence)
        if marker:
            has_markers = True
            marker_part = _MARKER_WORDS[re.sub(r"\s", " ", marker.group(1))]
            rest = sentence[marker.end() :].strip()
            if not rest:  # a marker on a line of its own labels what follows
                labelled.append(SentencePart(start, end, "headline", "headline"))
                previous = marker_part
                continue
            outcome = marker_part == "result" and _is_outcome(sentence)
            labelled.append(SentencePart(start, end, marker_part, "marker", outcome=outcome))
            previous = marker_part
            continue
        if _HEADLINE.match(sentence) and not _has_body(labelled):
            labelled.append(SentencePart(start, end, "headline", "headline"))
            continue
        if marker_part is not None:
            outcome = marker_part == "result" and _is_outcome(sentence)
            labelled.append(SentencePart(start, end, marker_part, "marker", outcome=outcome))
            continue
        # The whole text's morphemes (cached for this pass), not a second Kiwi call per sentence.
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        scores = _scores(
            sentence, all_tokens[first:last], after_action=previous in ("action", "result")
        )
        best = max(scores, key=scores.__getitem__) if scores else None
        if best is not None and scores[best] >= CUE_MIN:
            part, source = best, "cue"
        elif previous is not None:
            part, source = previous, "carry"
        else:
            part, source = "situation", "opening"
        tokens = all_tokens[first:last]
        outcome = part == "result" and _is_outcome(sentence, tokens)
        if part == "action" and len(tokens) > 4:
            # 신청서를 대신 작성해 드렸고, 2주 뒤 서비스가 시작되었습니다: the action's sentence
            # ends on what it changed.
            clause = _final_clause(tokens)
            outcome = clause is not tokens and _changed(clause)
        labelled.append(SentencePart(start, end, part, source, scores, outcome=outcome))
        previous = part
    body = [s for s in labelled if s.part != "headline"]
    body_chars = sum(s.end - s.start for s in body)
    shares = {part: 0.0 for part in PARTS}
    if body_chars:
        for s in body:
            shares[s.part] += (s.end - s.start) / body_chars
    return StructureReport(tuple(labelled), shares, body_chars, has_markers)


def _has_body(labelled: list[SentencePart]) -> bool:
    """True once a non-headline sentence has been seen (a headline only opens an answer)."""
    return any(s.part != "headline" for s in labelled)


def structure_findings(report: StructureReport) -> list[Finding]:
    """Advice when the situation is long, the action short, or the result missing."""
    missing = (
        report.body_chars >= MIN_CHARS_FOR_RESULT_ADVICE
        and not report.has_outcome
        and report.present("action")
    )
    if report.body_chars < MIN_CHARS_FOR_ADVICE:
        return [_result_missing()] if missing else []
    findings = []
    situation = report.shares["situation"]
    action = report.shares["action"]
    if situation > SITUATION_MAX_SHARE:
        findings.append(
            make_finding(
                check="structure",
                code="situation_long",
                text="",
                span=None,
                category="situation",
                message=f"상황 설명이 전체의 {situation:.0%}입니다.",
                why="면접관이 알고 싶은 것은 배경보다 지원자가 한 일입니다. 상황은 10~20%면 "
                "충분합니다.",
                fix="상황은 한두 문장(언제·어디서·무엇이 문제였는지)으로 줄이고, 줄인 분량을 "
                "행동에 쓰세요.",
                extra={"share": round(situation, 3)},
            )
        )
    if action < ACTION_MIN_SHARE:
        findings.append(
            make_finding(
                check="structure",
                code="action_short",
                text="",
                span=None,
                category="action",
                message=f"행동(노력) 부분이 전체의 {action:.0%}뿐입니다.",
                why="역량은 행동에서 드러납니다. 흔히 답변의 절반 이상을 행동에 쓰라고 권합니다.",
                fix="‘이를 위해 저는 먼저 …했습니다’처럼 내가 한 일을 순서대로, 판단의 이유와 "
                "함께 쓰세요.",
                extra={"share": round(action, 3)},
            )
        )
    if missing:
        findings.append(_result_missing())
    return findings


def _result_missing() -> Finding:
    return make_finding(
        check="structure",
        code="result_missing",
        text="",
        span=None,
        category="result",
        message="결과(효과)가 보이지 않습니다.",
        why="행동이 무엇을 바꿨는지 없으면 경험이 끝나지 않은 이야기로 읽힙니다.",
        fix="‘그 결과 …’로 시작하는 문장에 바뀐 점을 숫자(건수, 기간, 비율)로 쓰고, "
        "배운 점을 한 문장 덧붙이세요.",
    )
