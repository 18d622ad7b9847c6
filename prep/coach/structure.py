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
A cue word such as 그 결과 closes the story as 결과 but is not an outcome; a lesson or a
feeling where the result would be (그 결과 …의 중요성을 깨달았습니다, 그때의 기쁨은 잊을 수
없습니다) is the 기여·배운 점 part: "result missing" means no sentence states what changed.
Shares are measured in characters, headlines ("[...]" lines) left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from prep.coach import morph
from prep.coach.morph import sentence_spans
from prep.coach.structure_actions import SCENE, vague_doing
from prep.coach.structure_advice import structure_findings
from prep.coach.structure_changes import embeds_writer_work, state_changed
from prep.coach.structure_clauses import (
    BACKLOG_CLEARED,
    OUTCOME,
    PROBLEM,
    action_then_outcome,
    acts,
    after_action_outcome,
    changed,
    ends_on_problem,
    final_clause,
    is_outcome,
    others_had_to,
    problem_gone,
    reported_future,
)
from prep.coach.structure_lessons import is_lesson
from prep.coach.structure_manner import told_by_manner
from prep.coach.structure_self import writer_changed

PARTS: tuple[str, ...] = ("situation", "task", "action", "result", "contribution")
LABELS: dict[str, str] = {
    "situation": "상황",
    "task": "과제",
    "action": "행동·노력",
    "result": "결과·효과",
    "contribution": "기여·포부",
    "headline": "소제목",
}

# An action told in one clause this short (저는 기준서를 다시 공지했습니다) is too short
# whatever the length of the rest.
BRIEF_ACTION_CHARS = 30
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
        # 제게 주어진 일은 …것이었습니다, 제 역할은 …하는 것이었습니다: the task, stated.
        (
            re.compile(
                r"(?:주어진|맡은|맡겨진)\s?(?:일|역할|임무|과제|업무)은|"
                r"(?:제|저의|나의|우리의|팀의)\s?(?:역할|목표|과제|임무)(?:은|는)"
            ),
            2.0,
        ),
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


@dataclass(frozen=True)
class SentencePart:
    start: int
    end: int
    part: str
    source: str  # "marker", "cue", "carry", "opening", "clause" or "headline"
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
    # The story's only action is one short clause (저는 담당 업체에 연락했습니다).
    brief_action: bool = False
    # A sentence closes the story on a lesson or a feeling where its result would be (그 결과
    # …의 중요성을 깨달았습니다): labelled 기여·배운 점, and no outcome.
    closes_on_lesson: bool = False

    def spans(self, part: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.sentences if s.part == part]

    def present(self, part: str) -> bool:
        return any(s.part == part for s in self.sentences)

    @property
    def has_outcome(self) -> bool:
        return any(s.outcome for s in self.sentences)


# The task taken on (과제를 맡았습니다) or given (센터장님이 …하는 일을 맡기셨습니다).
_TAKES_ON = re.compile(
    r"(?:과제|역할|임무|책임|업무)(?:를|을)\s?(?:맡았|맡게\s?되었|맡게\s?됐|담당했|"
    r"담당하게\s?되었|부여받았|책임지게\s?되었|맡기셨|맡겨\s?주셨)|"
    # Any 일 handed to the writer by someone else (…하는 일을 저에게 맡기셨습니다) is the task;
    # 일을 맡았습니다 alone is as often the job the writer did.
    r"(?<![가-힣])일(?:를|을)\s?(?:맡기셨|맡겨\s?주셨|맡기시)|"
    # …and so is 일 named by a change to bring about (지연을 하루 안으로 줄이는 일을 맡았습니다).
    r"(?:줄이|늘리|높이|낮추|앞당기|없애|단축하|개선하|해결하)는\s?일(?:을|를)\s?맡(?:았|게\s?되)"
)


# The result cues that are words of change or figures (줄었, 늘었, 30%): while the story is still
# setting the scene (after a situation, or in an opening sentence that names a problem),
# before anything was done, they tell the problem (가구 수는 두 배로 늘었습니다; 문의가 몇 배로
# 늘었고, … 안내 문구도 달랐고 …); an opening sentence alone may state the result first.
_CHANGE_CUES = frozenset(_CUES["result"][1:3])


# …하고 싶습니다 is a promise when it looks ahead to the job (입사하면, 업무에서도, 직원이).
_WISH_END = re.compile(r"(?:하|되|드리|만들|기여하)고\s?싶습니다[.!]?[\s\"”’']*$")
_AHEAD = re.compile(r"입사|직원|일원|앞으로|업무에서도|현장에서도|(?:공단|공사|기관|원)에서")
_PROMISE_END = re.compile(
    r"(?:겠습니다|고자\s?합니다|려고\s?합니다|(?:할|될)\s?것입니다)[.!]?[\s\"”’']*$"
)


def _scores(
    sentence: str,
    tokens: Sequence[morph.Morph] = (),
    *,
    after_action: bool = True,
    setting: bool = False,
    acted: bool | None = None,
) -> dict[str, float]:
    """Each part's weight for `sentence`; `acted` is acts(tokens) when already known."""
    scores = {}
    # 위기 대응 능력을 기를 수 있었습니다, …라는 점을 익혔습니다: the closing clause is a lesson.
    lesson = bool(tokens) and is_lesson(final_clause(tokens))
    for part, cues in _CUES.items():
        if setting and not _CUES["result"][0][0].search(sentence):
            cues = tuple(cue for cue in cues if cue not in _CHANGE_CUES)
        total = sum(weight for pattern, weight in cues if pattern.search(sentence))
        if total:
            scores[part] = total
    if OUTCOME.search(sentence) or (
        after_action
        and (
            (changed(tokens) and not ends_on_problem(sentence))
            or after_action_outcome(sentence)
            or problem_gone(tokens)
            or bool(tokens)
            and state_changed(tokens, final_clause(tokens))
        )
    ):
        # Before anything was done, a change (매출이 떨어졌습니다) is more likely the problem.
        scores["result"] = scores.get("result", 0.0) + (4.0 if after_action else 1.0)
    elif (
        (acts(tokens) if acted is None else acted)
        and not PROBLEM.search(sentence[-14:])
        # …라는 점을 익혔습니다: taking in a lesson is not acting on something.
        and not lesson
    ):
        # (the main predicate is the last one: 회계를 맡았을 때 … 정산이 늦어졌습니다 is a problem)
        scores["action"] = scores.get("action", 0.0) + 2.5
    # …하겠습니다, …이 되고 싶습니다: a sentence that ends on what the writer will do is a
    # promise, whatever connective opens it (이 경험을 통해 …, 이를 바탕으로 …).
    if _PROMISE_END.search(sentence) or _WISH_END.search(sentence) and _AHEAD.search(sentence):
        scores["contribution"] = scores.get("contribution", 0.0) + 5.0
    if "task" in scores and others_had_to(tokens):
        scores["situation"] = scores.get("situation", 0.0) + scores.pop("task")
    # 현장 대응 시간을 줄이는 과제를 맡았습니다: the task, whatever the clause inside it does.
    if _TAKES_ON.search(sentence[-24:]):
        scores["task"] = scores.get("task", 0.0) + 4.0
    # 위기 대응 능력을 기를 수 있었습니다, 한 단계 성장할 수 있었습니다: a lesson closes the
    # story as its result (but states no outcome).
    if "result" not in scores and lesson:
        scores["result"] = 2.5
    if PROBLEM.search(sentence) and "result" not in scores:
        scores["situation"] = scores.get("situation", 0.0) + 1.5
    # 결과적으로 팀장님은 …검토해 보겠다고 하셨습니다: a promise or a decision still to be
    # carried out closes nothing, whatever cue opens it.
    if tokens and "result" in scores and reported_future(tokens):
        del scores["result"]
    return scores


def detect_structure(text: str) -> StructureReport:
    """Label every sentence of `text` with a STAR part; offsets are into `text`."""
    all_tokens = morph.tokens(text)
    starts = [t.start for t in all_tokens]
    labelled: list[SentencePart] = []
    lesson = False
    marker_part: str | None = None
    previous: str | None = None
    has_markers = False
    spans = list(sentence_spans(text))
    acted = [
        acts(all_tokens[bisect_left(starts, start) : bisect_left(starts, end)])
        for start, end in spans
    ]
    # Whether the writer acts in a later sentence: until then the story is setting the scene.
    acts_later = [any(acted[i + 1 :]) for i in range(len(spans))]
    for index, (start, end) in enumerate(spans):
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
            outcome = marker_part == "result" and is_outcome(sentence)
            labelled.append(SentencePart(start, end, marker_part, "marker", outcome=outcome))
            previous = marker_part
            continue
        if _HEADLINE.match(sentence) and not _has_body(labelled):
            labelled.append(SentencePart(start, end, "headline", "headline"))
            continue
        if marker_part is not None:
            outcome = marker_part == "result" and is_outcome(sentence)
            labelled.append(SentencePart(start, end, marker_part, "marker", outcome=outcome))
            continue
        # The whole text's morphemes (cached for this pass), not a second Kiwi call per sentence.
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        split = action_then_outcome(text, all_tokens[first:last], end)
        if split is not None:
            # 발주량을 기록해 조정했고, 폐기액이 20만 원 아래로 내려갔습니다: the writer's
            # action and what it changed in one sentence, each labelled as what it is.
            labelled.append(SentencePart(start, split, "action", "clause"))
            labelled.append(SentencePart(split, end, "result", "clause", outcome=True))
            previous = "result"
            continue
        split = _then_promise(text, all_tokens[first:last], start, end)
        if split is not None:
            # 이를 통해 꼼꼼함의 가치를 배웠고, 입사 후에도 꼼꼼하게 일하겠습니다: the lesson
            # (or outcome) closes the story, the promise after it is the 기여·포부 part.
            head = all_tokens[first : bisect_left(starts, split)]
            outcome = is_outcome(text[start:split], head, start)
            closing = "result"
            if not outcome and is_lesson(final_clause(head)):
                closing, lesson = "contribution", True  # the lesson learnt (배운 점)
            labelled.append(SentencePart(start, split, closing, "clause", outcome=outcome))
            labelled.append(SentencePart(split, end, "contribution", "clause"))
            previous = "contribution"
            continue
        tokens = all_tokens[first:last]
        scores = _scores(
            sentence,
            tokens,
            after_action=previous in ("action", "result") or embeds_writer_work(tokens),
            acted=acted[index],
            setting=previous in ("situation", "task")
            and acts_later[index]
            or not _has_body(labelled)
            and bool(PROBLEM.search(sentence)),
        )
        best = max(scores, key=scores.__getitem__) if scores else None
        if best is not None and scores[best] >= CUE_MIN:
            part, source = best, "cue"
        elif previous is not None:
            part, source = previous, "carry"
        else:
            part, source = "situation", "opening"
        tokens = all_tokens[first:last]
        outcome = part == "result" and (
            is_outcome(sentence, tokens, start)
            or (
                (previous in ("action", "result") or embeds_writer_work(tokens))
                and (
                    after_action_outcome(sentence)
                    or problem_gone(tokens)
                    or state_changed(tokens, final_clause(tokens))
                )
                and not is_lesson(final_clause(tokens))
            )
        )
        if part == "action" and len(tokens) > 4:
            # 신청서를 대신 작성해 드렸고, 2주 뒤 서비스가 시작되었습니다: the action's sentence
            # ends on what it changed.
            clause = final_clause(tokens)
            outcome = (
                clause is not tokens and changed(clause) and not writer_changed(clause)
            ) or bool(BACKLOG_CLEARED.search(sentence))
        if part == "result" and not outcome and tokens and is_lesson(final_clause(tokens)):
            # 그 결과 규정의 중요성을 깨달았습니다, 그때의 기쁨은 잊을 수 없습니다: a lesson
            # or a feeling where the result would be changes nothing; it is what was learnt.
            part, lesson = "contribution", True
        labelled.append(SentencePart(start, end, part, source, scores, outcome=outcome))
        previous = part
    body = [s for s in labelled if s.part != "headline"]
    body_chars = sum(s.end - s.start for s in body)
    shares = {part: 0.0 for part in PARTS}
    if body_chars:
        for s in body:
            shares[s.part] += (s.end - s.start) / body_chars
    brief = _brief_action(text, labelled, all_tokens, starts)
    return StructureReport(tuple(labelled), shares, body_chars, has_markers, brief, lesson)


def _brief_action(
    text: str, labelled: list[SentencePart], all_tokens: Sequence[morph.Morph], starts: list[int]
) -> bool:
    """True when a story (some part besides the action) has one action sentence, a single
    clause of at most BRIEF_ACTION_CHARS from the writer's 저는/제가 on."""
    actions = [s for s in labelled if s.part == "action"]
    if len(actions) != 1 or actions[0].source not in ("cue", "carry"):
        return False
    action = actions[0]
    tokens = all_tokens[bisect_left(starts, action.start) : bisect_left(starts, action.end)]
    # (…어려웠지만, 저는 맡은 바 책임을 다해 실습을 잘 마무리했습니다: only how well)
    if told_by_manner(tokens):
        return True
    if not any(s.part not in ("action", "headline") for s in labelled):
        return False
    if vague_doing(final_clause(tokens)):
        return True
    if final_clause(tokens) is not tokens:
        return False
    sentence = text[action.start : action.end].strip()
    writer = _WRITER_SUBJECT.search(sentence)
    # (공모전 준비 과정에서 밤을 새워 …: the scene it happened in is not the action)
    scene = None if writer else SCENE.search(sentence)
    return len(sentence[writer.start() if writer else scene.end() if scene else 0 :]) <= (
        BRIEF_ACTION_CHARS
    )


_WRITER_SUBJECT = re.compile(r"(?<![가-힣])(?:저는|제가)\s")


def _then_promise(text: str, tokens: Sequence[morph.Morph], start: int, end: int) -> int | None:
    """Where the last clause starts, when it is a promise (입사 후에도 …하겠습니다) and the
    clauses before it close the story as its result; None otherwise."""
    if len(tokens) <= 4:
        return None
    clause = final_clause(tokens)
    if clause is tokens or not clause:
        return None
    split = clause[0].start
    promise = _CUES["contribution"][0][0]
    if not promise.search(text[split:end]) or promise.search(text[start:split]):
        return None
    head = tokens[: len(tokens) - len(clause)]
    scores = _scores(text[start:split], head)
    if not scores or max(scores, key=scores.__getitem__) != "result":
        return None
    return split


def _has_body(labelled: list[SentencePart]) -> bool:
    """True once a non-headline sentence has been seen (a headline only opens an answer)."""
    return any(s.part != "headline" for s in labelled)


__all__ = [
    "LABELS",
    "PARTS",
    "SentencePart",
    "StructureReport",
    "detect_structure",
    "structure_findings",
]
