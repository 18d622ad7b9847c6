"""What one sentence of a story says, from its words and morphemes: whether it states an
outcome (what changed), names a problem, or has the writer act on something.

structure.py labels sentences with STAR parts; these are the tests it scores them with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from prep.coach import morph
from prep.coach.structure_actions import came_over, then_opens
from prep.coach.structure_changes import ADOPTING, grew_closer, state_changed
from prep.coach.structure_lessons import is_lesson
from prep.coach.structure_others import (
    from_then_on,
    negated,
    sentence_topic,
    taken_up_by_others,
    whole_group_did,
)
from prep.coach.structure_outcomes import (
    ADOPTION_SAID,
    AFTER_ACTION_OUTCOME,
    BACKLOG_CLEARED,
    BEFORE_STATE,
    OUTCOME,
    PROBLEM,
    PROMISED,
    WRITER_OUTCOME,
    after_action_outcome,
)
from prep.coach.structure_self import writer_changed

__all__ = [
    "action_then_outcome",
    "AFTER_ACTION_OUTCOME",
    "BACKLOG_CLEARED",
    "OUTCOME",
    "PROBLEM",
    "WRITER_OUTCOME",
    "acts",
    "after_action_outcome",
    "changed",
    "ends_on_problem",
    "final_clause",
    "is_outcome",
    "others_had_to",
    "problem_gone",
    "reported_future",
]

_PLAIN_VERBS = frozenset({"되", "지", "있", "없", "하", "이", "같", "보이", "들"})


# Verbs of knowing and feeling: 알게 되었다, 느낄 수 있었다 close a story as a lesson, not as
# a change in the world.
_MIND_VERBS = frozenset(
    {"알", "깨닫", "느끼", "배우", "생각하", "성장하", "경험하", "실감하", "체감하", "쌓", "얻"}
    | {"이해하", "공감하", "납득하", "깨우치", "헤아리", "짐작하"}
)


def _first_time(body: Sequence[morph.Morph]) -> bool:
    """처음으로 (for the first time), not 처음에 (at first, before anything changed)."""
    return any(
        t.form == "처음" and i + 1 < len(body) and body[i + 1].form in ("으로", "로")
        for i, t in enumerate(body)
    )


_PAST = frozenset({"었", "았", "였", "ᆻ"})
_MIND_NOUNS = frozenset({"경험", "생각", "고민", "공부", "다짐", "결심", "각오", "반성", "성장"})


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
            # 저는 더 꼼꼼하게 일하게 되었습니다: the writer's own way of working is no change
            # in the world (쓰시게 되었습니다, by those the writer helped, is).
            writer = sentence_topic(tokens, relative=False) == "writer"
            return not writer and _doer_acts(body, i - 1)
        # -ㄹ 수 있었: 넘길 수 있었습니다 (but not 배울 수 있었습니다, nor 할 수 있게 준비했다).
        could = t.form == "수" and t.tag == "NNB" and i + 1 < len(body) and body[i + 1].form == "있"
        if could and _past_after(tokens, body[i + 1]):
            return _doer_acts(body, i)
    last = body[-1]
    # 반영되었습니다, 당겨졌습니다, 퍼졌습니다: a passive or change verb ends the sentence.
    if (last.tag == "XSV" and last.form == "되") or (last.tag == "VX" and last.form == "지"):
        return not negated(tokens) and not grew_closer(tokens)
    # 아이는 처음으로 …, 그분은 다음 달부터 지원을 받으셨습니다: a first time, or a new state
    # from then on, for someone the writer helped.
    return (
        (
            sentence_topic(tokens) in ("person", "thing")
            and bool(verbs)
            and (_first_time(body) or from_then_on(body))
        )
        or whole_group_did(tokens, body)
        or taken_up_by_others(tokens, body)
    )


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
            # 그 일을 맡게 되었다: a task taken on, which changes nothing yet.
            return verb.form not in _MIND_VERBS and verb.form not in (
                *("없", "않", "못하"),
                *_TAKING_ON,
            )
        if verb.tag in ("XSV", "XSA"):
            noun = body[j - 1].form if j else ""
            return f"{noun}하" not in _MIND_VERBS and noun not in (
                *("생각", "고민", "실감", "경험"),
                *_TAKING_ON,
            )
    return False


_TAKING_ON = ("맡", "담당", "책임지", "떠맡", "전담")


def acts(tokens: Sequence[morph.Morph], *, derived: bool = False) -> bool:
    """The writer does something to something: a past-tense action verb with an object.

    A bare 하다 counts as a verb only with `derived` (조정했고, 기록해: the clause before a
    stated outcome); alone, 일을 했습니다 says little."""
    has_object = any(t.tag == "JKO" for t in tokens)
    # 근무자들이 바로 참고하도록 카드를 붙였습니다: whoever the writer did it for is not the
    # one acting.
    tokens = _without_purpose_subjects(tokens)
    # 제가 바꿨습니다, 저는 곧바로 나섰습니다: with the writer named as subject, a past-tense
    # verb of doing is an action even without an object (a feeling, 당황했습니다, is not).
    if not has_object and not (sentence_topic(tokens) == "writer" and not _feels(tokens)):
        return False
    if came_over(tokens):
        return False
    # Someone else is the agent (아이가 받아쓰기를 힘들어했습니다), or nothing got done
    # (아무도 확신하지 못했습니다): that describes, it is not the writer's action — unless that
    # someone is only the subject of a clause before (어르신들이 물으셔서, 달력을 만들어
    # 드렸습니다), and the last clause, naming no one and without their honorific -시, is the
    # writer's.
    topic = sentence_topic(tokens, relative=False)
    if topic == "person" and not _writer_after_them(tokens) or negated(tokens):
        return False
    # 회사에서는 대책을 세우라고 했고: what someone else told to be done, not the writer's doing.
    if sentence_topic(tokens) != "writer" and _reported_speech(tokens):
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


def _writer_after_them(tokens: Sequence[morph.Morph]) -> bool:
    """Someone else is the subject only of a clause before the last (…물으셔서, …), and the
    last clause names no subject and has no honorific -시 for them."""
    clause = final_clause(tokens)
    if clause is tokens or sentence_topic(clause) is not None:
        return False
    return not any(t.tag == "EP" and t.form in ("시", "으시") for t in clause)


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


def _without_purpose_subjects(tokens: Sequence[morph.Morph]) -> Sequence[morph.Morph]:
    """`tokens` without the subject particles of -도록 and causative -게 하다 clauses
    (근무자들이 …하도록, 모두가 …안내하게 하고), which name whom the action was for."""
    if not any(t.tag == "EC" and t.form in ("도록", "게") for t in tokens):
        return tokens
    dropped = set()
    for i, t in enumerate(tokens):
        if t.tag not in ("JKS", "JX"):
            continue
        for j in range(i + 1, len(tokens)):
            later = tokens[j]
            if later.tag in ("JKS", "EF") or (later.tag == "JX" and later.form in ("은", "는")):
                break
            if later.tag == "EC" and later.form in ("도록", "게"):
                after = tokens[j + 1] if j + 1 < len(tokens) else None
                # -도록, or a causative -게 하다/만들다 (not an adverb: 눈에 띄게 줄어)
                if later.form == "도록" or (after is not None and after.form in ("하", "만들")):
                    dropped.add(i)
                break
    if not dropped:
        return tokens
    return [t for i, t in enumerate(tokens) if i not in dropped]


def others_had_to(tokens: Sequence[morph.Morph]) -> bool:
    """민원인들은 같은 질문을 여러 번 해야 했습니다: what someone else had to do is the
    situation, not the writer's task."""
    while tokens:
        # each clause, from the last (담당자들은 야근을 해야 했으며, 감사 때마다 …)
        clause = final_clause(tokens)
        predicates = [t for t in clause if t.tag in ("VV", "VA", "VCP", "XSV", "XSA", "VX")]
        if sentence_topic(clause) == "person" and _obliged_or_became(clause, predicates):
            return True
        if clause is tokens:
            return False
        tokens = tokens[: len(tokens) - len(clause) - 1]
    return False


# Nouns whose 하다 says only that one was there or busy (일했습니다, 근무했습니다, 노력했습니다),
# not what was done.
_EMPTY_DOINGS = frozenset(
    # (노력했습니다 stays: with the writer as subject it is the action, however vague.)
    {"일", "근무", "활동", "경험", "재직", "생활", "공부", "참여", "참석", "생각", "고민"}
)


def _made_from_noun(tokens: Sequence[morph.Morph], i: int) -> bool:
    """고정+했습니다, 기록+하게 했습니다: a verb made from a noun of doing."""
    before = tokens[i - 1] if i else None
    if before is not None and before.tag == "MAG" and before.form == "다":
        return True  # 최선을 다했습니다
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


# A result named but not stated: 모두가 만족하는 좋은 결과를 얻었습니다, 큰 성과를 거두었습니다.
_VAGUE_RESULT = re.compile(
    r"(?:좋은|큰|만족스러운|긍정적인|뜻깊은|값진|의미\s?있는)\s?(?:결과|성과|반응|평가|효과)(?:을|를)\s?"
    r"(?:얻|거두|냈|내|이끌어|가져)"
)
_DIGIT = re.compile(r"\d")


def is_outcome(sentence: str, tokens: Sequence[morph.Morph] = (), base: int = 0) -> bool:
    """The sentence states what changed; `base` is where it starts in the text the tokens'
    offsets are into."""
    if tokens:
        # 위기 대응 능력을 기를 수 있었습니다: a lesson is no outcome, though it ends like one;
        # what comes before it may still be (30% 줄였고, 협업의 가치를 배웠습니다).
        clause = final_clause(tokens)
        # (더 나은 개발자가 되었습니다, 지원하게 되었습니다: the writer changed, not the world)
        if is_lesson(clause) or writer_changed(clause):
            if clause is tokens:
                return False
            head = tokens[: len(tokens) - len(clause)]
            return is_outcome(sentence[: clause[0].start - base], head, base)
    if (
        BEFORE_STATE.search(sentence)
        or PROMISED.search(sentence)
        and not (ADOPTION_SAID.search(sentence) and _others_adopt(tokens))
        or reported_future(tokens)
        or _VAGUE_RESULT.search(sentence)
        and not _DIGIT.search(sentence)
    ):
        return False
    if OUTCOME.search(sentence):
        return True
    return bool(tokens) and changed(tokens) and not ends_on_problem(sentence)


_QUOTES = frozenset({"라고", "으라고", "자고", "다고", "냐고", "으냐고", "라며", "다며"})


def _reported_speech(tokens: Sequence[morph.Morph]) -> bool:
    """The main predicate is 하다 after a quoting ending (세우라고 했고, 오자고 했습니다)."""
    predicates = [i for i, t in enumerate(tokens) if t.tag in ("VV", "VX", "XSV", "VA", "VCP")]
    if not predicates:
        return False
    k = predicates[-1]
    return (
        tokens[k].form == "하"
        and k > 0
        and tokens[k - 1].tag == "EC"
        and tokens[k - 1].form in _QUOTES
    )


# After a reported future, only saying words: 검토해 보겠다고 (말씀)하셨습니다.
_SAYING = frozenset({"VV", "XSV", "VX", "NNG", "EP", "EF", "SF", "SP", "JKO", "MAG", "EC"})


def _others_adopt(tokens: Sequence[morph.Morph]) -> bool:
    """Someone other than the writer says they will use what was made (ADOPTION_SAID)."""
    return bool(tokens) and sentence_topic(tokens, relative=False) in ("person", "thing")


def reported_future(tokens: Sequence[morph.Morph]) -> bool:
    """The sentence ends on what someone said would be done (예산이 나오면 검토해 보겠다고
    하셨습니다, 반영하겠다는 답을 받았습니다): a promise
    or a decision still to be carried out, whatever cue opens the sentence, is no outcome."""
    n = len(tokens)
    for i in range(n - 2, 0, -1):
        t, after = tokens[i], tokens[i + 1]
        future = (
            t.tag == "EP" and t.form == "겠" and after.form in ("다고", "다며", "다면서", "다는")
        )
        # (…하기로 했습니다 is left out: by an office it is as often the adoption itself)
        if not future:
            continue
        verb = tokens[i - 1]
        stem = f"{tokens[i - 2].form}하" if verb.tag == "XSV" and i >= 2 else verb.form
        if stem in ADOPTING and _others_adopt(tokens):
            return False  # 다음 학기에도 쓰겠다고 했습니다: already taken up
        rest = tokens[i + 2 :]
        return len(rest) <= 8 and all(r.tag in _SAYING for r in rest)
    return False


_OCCASIONS = frozenset({"날", "일", "적", "경우", "때", "건", "번", "차례"})
# Verbs of things going wrong, for the occasions none of which happened any more.
_WENT_WRONG = frozenset(
    {"틀리", "놓치", "잃", "밀리", "끊기", "막히", "헤매", "어기", "빠지", "잊", "넘기", "지각"}
)


def problem_gone(tokens: Sequence[morph.Morph]) -> bool:
    """그 뒤로는 서류 때문에 촬영이 미뤄진 날이 없었습니다, 이후 배송이 늦어진 날은 한 번도
    없었습니다: from then on (or not once) there was no occasion of something going wrong —
    an occasion noun (날, 적, 경우) after a clause whose verb went wrong (미뤄진, 취소된,
    놓친), with 없었 as the main predicate."""
    body = [t for t in tokens if t.tag not in ("SF", "SP")]
    predicates = [i for i, t in enumerate(body) if t.tag in ("VV", "VA", "VX", "XSV", "XSA", "VCP")]
    if not predicates or body[predicates[-1]].form != "없" or len(predicates) < 2:
        return False
    if not any(t.tag == "EP" and t.form in _PAST for t in body[predicates[-1] :]):
        return False
    since = from_then_on(body) or any(
        t.form in ("다시", "더", "더는")
        or t.tag == "JX"
        and t.form == "도"
        and body[i - 1].tag == "NNB"
        for i, t in enumerate(body)
        if i
    )
    if not since:
        return False
    for i in range(2, predicates[-1]):
        t = body[i]
        if (
            t.form not in _OCCASIONS
            or body[i - 1].tag != "ETM"
            or body[i - 1].form not in ("ᆫ", "은", "던")
        ):
            continue
        verb = body[i - 2]
        if verb.tag == "VX" and verb.form == "지" or verb.tag == "XSV" and verb.form == "되":
            return True
        if verb.tag == "VV" and (
            verb.form.endswith("지") and verb.form != "가지" or verb.form in _WENT_WRONG
        ):
            return True
    return False


def action_then_outcome(text: str, tokens: Sequence[morph.Morph], end: int) -> int | None:
    """Where the outcome starts, when the clauses before it have the writer act and what
    follows states an outcome; None otherwise."""
    if len(tokens) <= 4:
        return None
    for find in (final_clause, lambda ts: _outcome_chunk(text, ts, end), _after_doing):
        clause = find(tokens)
        if clause is tokens or not clause:
            continue
        head = tokens[: len(tokens) - len(clause)]
        split = clause[0].start
        outcome = (
            is_outcome(text[split:end], clause, split)
            or _ACHIEVED.search(text, split, end)
            or state_changed(clause)
        )
        if acts(head, derived=True) and outcome:
            return split
    return None


def _outcome_chunk(text: str, tokens: Sequence[morph.Morph], end: int) -> Sequence[morph.Morph]:
    """양식을 바꿔 한 달 만에 밀린 요청을 모두 없앴습니다, 안내문을 붙여 대기 시간을 절반으로
    줄였습니다: what follows the last -어/-고 before what the writer's action achieved (no
    -고 or -며 need come before it); `tokens` when there is none."""
    done = _DONE.search(text, tokens[0].start, end)
    if done is None:
        return tokens
    for i in range(len(tokens) - 1, 0, -1):
        t = tokens[i]
        if t.start < done.start() and t.tag == "EC" and t.form in ("어", "아", "여", "고", "며"):
            return tokens[i + 1 :] if tokens[i + 1].tag != "VX" else tokens
    return tokens


def _after_doing(tokens: Sequence[morph.Morph]) -> Sequence[morph.Morph]:
    """문자를 보낸 뒤로 …, 보낸 결과 …, 보내면서 …: what follows the writer's doing, joined by
    a noun of time or consequence or by -면서 rather than a connective ending; `tokens` when
    there is none."""
    for i in range(len(tokens) - 3, 0, -1):
        t, after = tokens[i], tokens[i + 1]
        # (…옮겨 드리니 기록이 끊기지 않았습니다: what the writer found once it was done)
        if t.tag == "EC" and t.form in ("면서", "으면서", "니", "으니"):
            return tokens[i + 1 :]
        # …만들어 드려 다음 주부터는 모든 분이 …: a new time frame opens what it brought.
        if t.tag == "EC" and t.form in ("어", "아", "여", "고") and then_opens(tokens[i + 1 :]):
            return tokens[i + 1 :]
        if t.tag == "ETM" and after.form in ("뒤", "후", "결과", "덕분", "덕"):
            k = i + 2
            while k < len(tokens) and tokens[k].tag in ("JKB", "JX"):
                k += 1
            return tokens[k:] if k < len(tokens) else tokens
    return tokens


# What the writer's action achieved (반려 건수를 절반으로 줄였습니다); with any outcome, what
# may follow the action in its sentence.
_ACHIEVED = re.compile(f"{BACKLOG_CLEARED.pattern}|{WRITER_OUTCOME.pattern}")
_DONE = re.compile(f"{_ACHIEVED.pattern}|{OUTCOME.pattern}")
