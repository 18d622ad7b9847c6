"""The one door to `matchum`, a young single-author rule-based checker (pinned in pyproject).

Only what we rely on passes through here: its table of always-wrong spellings (됬, 몇일, 할께,
곰곰히, 역활, 외래어 표기 …) and its narrow spacing patterns, as (start, end, suggestion,
kind, message, rule id). Rules that a test here or our labelled set showed to misfire on
correct prose are switched off by id, and every result is re-checked against the text so a
change in the library's offsets cannot corrupt an edit. tests/coach/test_spelling_matchum.py
pins the behaviour.
"""

from __future__ import annotations

import matchum

from prep.coach import morph
from prep.coach.hangul import final_index
from prep.coach.spelling_hits import Hit
from prep.coach.spelling_lexicon import with_particle

# matchum's spacing patterns for 수/것/때/줄 are covered, with Kiwi's part-of-speech tags
# behind them, by prep.coach.spelling_morph; its '안 하다' pattern stays (narrow, precise).
# Its '몇 일' entry (adv.032) also takes 몇 일정; spelling_rules has 며칠 with exceptions.
_DISABLED = frozenset({"spacing.002", "spacing.003", "spacing.004", "adv.032"})
# Context-dependent entries we keep: each is wrong in nearly every cover letter (바램 for
# 바람, 설레임 for 설렘, 구지 for 굳이, 일부로 for 일부러).
# 잊혀지다/보여지다 are style advice, not errors.
_KEPT_WARNINGS = frozenset({"ctx.001", "ctx.002", "ctx.004", "ctx.005"})


# Entries matchum matches inside longer words: 준비로서 is not 비로서 (비로소).
_WORD_START_ONLY = frozenset({"비로서"})


# Where each of matchum's rule groups comes from in the norms, shown beside its message.
_SOURCES = {
    "doe": "한글 맞춤법 제35항 붙임 2 · 표준국어대사전",
    "adv": "한글 맞춤법 제51항 (-이/-히) · 표준국어대사전",
    "noun": "표준어 규정 · 표준국어대사전",
    "ending": "한글 맞춤법 제53항 · 표준어 규정 제17항",
    "spacing": "한글 맞춤법 제42항 (의존 명사는 띄어 씀)",
    "loan": "외래어 표기법",
    "ctx": "표준국어대사전",
}


_checker: matchum.Checker | None = None


def _get_checker() -> matchum.Checker:
    global _checker
    if _checker is None:
        _checker = matchum.Checker(disabled=_DISABLED)
    return _checker


def hits(text: str) -> list[Hit]:
    """matchum's corrections for `text` that we trust, in text order."""
    out: list[Hit] = []
    for c in _get_checker().find(text):
        if c.level is not matchum.Level.ERROR and not (
            c.rule_id in _KEPT_WARNINGS or c.rule_id.startswith("loan.")
        ):
            continue
        if text[c.start : c.end] != c.original or c.suggestion == c.original:
            continue
        if c.original in _WORD_START_ONLY and c.start > 0 and "가" <= text[c.start - 1] <= "힣":
            continue
        if c.original.endswith("께") and _honorific_particle(text, c.end - 1):
            continue
        if c.original == "읍니다" and c.start > 0 and _open_syllable(text[c.start - 1]):
            continue  # 모으+ㅂ니다 → 모읍니다 is right; only 했읍니다, 읽었읍니다 are old spelling
        kind = "spacing" if c.category is matchum.Category.SPACING else "spelling"
        source = _SOURCES.get(c.rule_id.split(".", 1)[0], "")
        end, suggestion = c.end, c.suggestion
        if c.rule_id.startswith("loan."):  # 케익을 → 케이크를: the particle follows the new ending
            end, suggestion = with_particle(text, c.end, c.original, c.suggestion)
        out.append(Hit(c.start, end, suggestion, kind, c.message, f"matchum:{c.rule_id}", source))
    return out


def _honorific_particle(text: str, at: int) -> bool:
    """Whether the 께 at `at` is the honorific particle (어르신들께, 아들께 = 에게), which matchum's
    table of -ㄹ께 endings (할께, 들께요 → -ㄹ게) cannot tell apart; Kiwi's tags can."""
    return any(m.start == at and m.tag in ("JKB", "JKS") for m in morph.tokens(text))


def _open_syllable(ch: str) -> bool:
    """A Hangul syllable without a final consonant (모, 기), after which 읍 belongs to the stem."""
    return final_index(ch) == 0
