"""Follow-up questions (꼬리질문) made from a candidate's own 자소서.

Interviewers dig into what the candidate wrote: a number invites "how did you measure it?", a
title invites "what did *you* do?", a difficulty invites "what was hardest?". These rules do the
same, deterministically, so the same draft always yields the same questions in the same order.

Rules, tried on each sentence of a draft in this order:
1. Number claims — a number with a unit (80%, 3배, 120명, 500만 원, 2시간 …) in a sentence that
   reports a result (높였/줄였/달성/향상/절감 …). A percentage is always a claim. Years and dates
   (2023년, 3월) are never claims. → "그 80%는 어떻게 측정했나요?"
2. Roles — a position the candidate took (팀장, 조장, 리더, 회장, 총무 …) followed by 맡/담당/역임.
   → "팀장으로서 본인의 역할은 무엇이었나요?"
3. Named experiences — the one or two words before 프로젝트/공모전/대회/캠페인/인턴십/
   봉사활동/해커톤
   (stopping at a word that ends in a particle or verb ending, which is not part of the name).
   → "○○ 프로젝트에서 본인의 역할은 무엇이었나요?"
4. Conflicts and difficulties — 갈등, 어려움, 위기, 실패, 반대, 불만, 난관, 충돌 …
   → "그때 가장 어려웠던 점은 무엇이었고, 어떻게 극복했나요?" (once per draft)
5. Fallback — a draft that matched nothing still gets one question about its headline.

Questions are de-duplicated across drafts (same text once) and taken round-robin over drafts so
one long draft cannot crowd out the others; the caller caps how many a session gets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

import regex

# Units after a number that make it a measurable claim. Longest first so "만 원" beats "원".
_UNITS = [
    "퍼센트",
    "%",
    "%p",
    "개월",
    "시간",
    "만 원",
    "만원",
    "억 원",
    "억원",
    "천 원",
    "천원",
    "원",
    "배",
    "명",
    "건",
    "개",
    "회",
    "점",
    "분",
    "일",
    "위",
]
_UNIT_PATTERN = "|".join(regex.escape(unit) for unit in sorted(_UNITS, key=len, reverse=True))
_NUMBER_CLAIM = regex.compile(
    rf"(?<![\p{{N}}.,])(?P<number>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)\s?(?P<unit>{_UNIT_PATTERN})"
    r"(?P<tail>\p{Hangul}{0,2})"
)
# Counts (명, 건, 개, 회) are claims only when they are what changed ("120명을 모집", "30건으로
# 줄였"), not when they describe the setting ("5명의 팀원과"): the word must go on like this.
_COUNT_UNITS = {"명", "건", "개", "회"}
_COUNT_TAILS = (
    "까지",
    "으로",
    "로",
    "을",
    "를",
    "이",
    "가",
    "이상",
    "넘게",
    "에서",
    "증가",
    "감소",
)
# A sentence with one of these stems reports an outcome, so its numbers are claims.
_RESULT_STEMS = regex.compile(
    r"높였|높이|올렸|올리|늘렸|늘리|줄였|줄이|낮췄|낮추|달성|향상|개선|증가|감소|절감|단축|확보|유치"
    r"|모집|기록|성과|상승|하락|끌어올|만족도|성장|받았|수상|선정"
)
_ALWAYS_CLAIM_UNITS = {"%", "%p", "퍼센트"}

# Which question fits which kind of number.
_MEASURE_VERB = {
    "명": "어떻게 집계했나요?",
    "건": "어떻게 집계했나요?",
    "개": "어떻게 집계했나요?",
    "회": "어떻게 집계했나요?",
    "원": "어떻게 산출했나요?",
    "위": "어떤 기준으로 매겨졌나요?",
}

_ROLE = regex.compile(
    r"(?P<role>팀장|부팀장|조장|리더|팀 리더|회장|부회장|총무|대표|반장|파트장|매니저"
    r"|PM|PL|기획자|간사)"
    r"(?:을|를|으로|로|의 역할을|역할을)?\s?(?:맡|담당|역임|수행)"
)

_EXPERIENCE_KINDS = "프로젝트|공모전|경진대회|대회|캠페인|인턴십|봉사활동|해커톤"
_EXPERIENCE = regex.compile(rf"(?P<kind>{_EXPERIENCE_KINDS})")
# A word ending like this is a particle or verb ending, not part of an experience's name.
_NOT_NAME_ENDINGS = (
    "은",
    "는",
    "을",
    "를",
    "에",
    "에서",
    "의",
    "와",
    "과",
    "로",
    "으로",
    "고",
    "며",
    "던",
    "한",
    "된",
    "했",
    "해",
    "게",
    "면",
    "다",
    "께",
    "도",
    "만",
    "여",
    "인",
    "할",
    "저",
)

_DIFFICULTY = regex.compile(
    r"갈등|어려움|어려웠|어려운|위기|실패|반대|불만|난관|충돌|문제가 생|난항"
)
DIFFICULTY_QUESTION = "그때 가장 어려웠던 점은 무엇이었고, 어떻게 극복했나요?"

_SENTENCE_END = regex.compile(r"(?<=[.!?。])\s+|\n+")
_QUOTE_MAX = 40


class DraftLike(Protocol):
    headline: str
    body: str


@dataclass(frozen=True)
class FollowUp:
    question: str
    quote: str  # the words of the draft the question is about
    rule: str  # numbers / role / experience / difficulty / fallback

    @property
    def text(self) -> str:
        """The question as asked in a session: it quotes the draft so it makes sense alone."""
        if not self.quote:
            return self.question
        return f"자소서에 “{self.quote}”라고 쓰셨는데, {self.question}"


def _has_final_consonant(word: str) -> bool | None:
    """Whether the word, read aloud, ends in a consonant (받침); None when unknown (Latin)."""
    word = word.strip()
    if not word:
        return None
    last = word[-1]
    if "가" <= last <= "힣":
        return (ord(last) - 0xAC00) % 28 != 0
    if last in "%":
        return False  # 퍼센트
    if last.isdigit():
        # A whole number ending in 0 is read 십/백/천/만 (all with 받침); else its last digit.
        if "." not in word and word.endswith("0"):
            return True
        return last in "013678"  # 영 일 삼 육 칠 팔
    return None


def _ends_in_rieul(word: str) -> bool:
    last = word.strip()[-1:]
    return "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 == 8


def topic_particle(word: str) -> str:
    """은 after a final consonant, 는 after a vowel: "80%는", "3명은"."""
    final = _has_final_consonant(word)
    if final is None:
        return "은(는)"
    return "은" if final else "는"


def as_particle(word: str) -> str:
    """으로서 after a final consonant other than ㄹ, 로서 otherwise: "팀장으로서", "리더로서"."""
    final = _has_final_consonant(word)
    if final is None:
        return "(으)로서"
    return "으로서" if final and not _ends_in_rieul(word) else "로서"


def _quote(sentence: str, start: int, end: int) -> str:
    """The sentence, or a window of it around the match when it is long."""
    sentence = sentence.strip().rstrip(".!?。")
    if len(sentence) <= _QUOTE_MAX:
        return sentence
    left = max(0, start - (_QUOTE_MAX - (end - start)) // 2)
    window = sentence[left : left + _QUOTE_MAX].strip()
    return ("…" if left > 0 else "") + window + ("…" if left + _QUOTE_MAX < len(sentence) else "")


def _sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(text or "") if part and part.strip()]


def _number_follow_ups(sentence: str) -> list[FollowUp]:
    found = []
    is_result = bool(_RESULT_STEMS.search(sentence))
    for match in _NUMBER_CLAIM.finditer(sentence):
        unit, tail = match["unit"], match["tail"]
        if unit == "분" and tail.startswith("기"):  # 1분기 is a quarter, not minutes
            continue
        if unit == "일" and sentence[: match.start()].rstrip().endswith("월"):  # a date
            continue
        if unit not in _ALWAYS_CLAIM_UNITS and not is_result:
            continue
        if unit in _COUNT_UNITS and not tail.startswith(_COUNT_TAILS):
            continue
        amount = f"{match['number']}{unit.replace(' ', '')}"
        if unit.endswith("원"):
            verb, particle = _MEASURE_VERB["원"], "은"
        elif unit == "%p":
            verb, particle = "어떻게 측정했나요?", "는"  # 퍼센트포인트
        else:
            verb, particle = _MEASURE_VERB.get(unit, "어떻게 측정했나요?"), topic_particle(amount)
        question = f"그 {amount}{particle} {verb}"
        found.append(FollowUp(question, _quote(sentence, match.start(), match.end()), "numbers"))
    return found


def _role_follow_ups(sentence: str) -> list[FollowUp]:
    found = []
    for match in _ROLE.finditer(sentence):
        role = match["role"]
        question = f"{role}{as_particle(role)} 본인의 역할은 무엇이었나요?"
        found.append(FollowUp(question, _quote(sentence, match.start(), match.end()), "role"))
    return found


def _experience_name(sentence_before: str, kind: str) -> str | None:
    """Up to two words naming the experience, read backwards from the keyword; None if unnamed.

    "캡스톤프로젝트" (written together) keeps its word; "스마트 민원 프로젝트" keeps two words;
    "참여했던 프로젝트" has no name, since 참여했던 ends in a verb ending.
    """
    if sentence_before and not sentence_before[-1].isspace():
        attached = regex.search(r"[\p{L}\p{N}·○]+$", sentence_before)
        if attached is None or attached[0].endswith(_NOT_NAME_ENDINGS):
            return None
        return f"{attached[0]}{kind}"
    name_words: list[str] = []
    for word in reversed(sentence_before.split()[-2:]):
        if word.endswith(_NOT_NAME_ENDINGS) or not regex.fullmatch(r"[\p{L}\p{N}·○\-]+", word):
            break
        name_words.insert(0, word)
    return " ".join([*name_words, kind]) if name_words else None


def _experience_follow_ups(sentence: str) -> list[FollowUp]:
    found = []
    for match in _EXPERIENCE.finditer(sentence):
        name = _experience_name(sentence[: match.start()], match["kind"])
        where = name if name else f"그 {match['kind']}"
        question = f"{where}에서 본인의 역할은 무엇이었나요?"
        found.append(FollowUp(question, _quote(sentence, match.start(), match.end()), "experience"))
    return found


def follow_ups_from_text(text: str, *, headline: str = "") -> list[FollowUp]:
    """Every follow-up the rules find in one draft, in rule order, without duplicates."""
    by_rule: dict[str, list[FollowUp]] = {"numbers": [], "role": [], "experience": []}
    difficulty: FollowUp | None = None
    for sentence in _sentences("\n".join([headline, text])):
        by_rule["numbers"] += _number_follow_ups(sentence)
        by_rule["role"] += _role_follow_ups(sentence)
        by_rule["experience"] += _experience_follow_ups(sentence)
        match = _DIFFICULTY.search(sentence)
        if difficulty is None and match:
            difficulty = FollowUp(
                DIFFICULTY_QUESTION, _quote(sentence, match.start(), match.end()), "difficulty"
            )
    found = [*by_rule["numbers"], *by_rule["role"], *by_rule["experience"]]
    if difficulty:
        found.append(difficulty)
    if not found and (text.strip() or headline.strip()):
        found.append(_fallback(headline))
    return _dedupe(found)


def _fallback(headline: str) -> FollowUp:
    title = headline.strip().strip("[]「」『』\"'“”")
    if title:
        return FollowUp(
            f"“{title}”에 쓴 경험에서 본인이 직접 한 일은 무엇이었나요?", "", "fallback"
        )
    return FollowUp("자기소개서에 쓴 경험에서 본인이 직접 한 일은 무엇이었나요?", "", "fallback")


def _dedupe(items: Iterable[FollowUp]) -> list[FollowUp]:
    seen: set[str] = set()
    unique = []
    for item in items:
        key = regex.sub(r"\s+", "", item.question)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


def follow_ups_for_drafts(
    drafts: Iterable[DraftLike], *, limit: int
) -> list[tuple[object, FollowUp]]:
    """At most `limit` follow-ups over the drafts, round-robin, each question once."""
    per_draft = [
        (draft, follow_ups_from_text(draft.body, headline=draft.headline)) for draft in drafts
    ]
    chosen: list[tuple[object, FollowUp]] = []
    seen: set[str] = set()
    depth = 0
    while len(chosen) < limit and any(depth < len(items) for _, items in per_draft):
        for draft, items in per_draft:
            if depth < len(items) and len(chosen) < limit:
                key = regex.sub(r"\s+", "", items[depth].question)
                if key not in seen:
                    seen.add(key)
                    chosen.append((draft, items[depth]))
        depth += 1
    return chosen
