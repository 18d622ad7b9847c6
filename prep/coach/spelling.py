"""Korean spelling and spacing check (맞춤법·띄어쓰기) for drafts and typed interview answers.

    check_spelling(text, protected=("한국사회보장정보원", "행복e음")) -> list[SpellingFinding]

Three sources, all offline, merged into one list without overlaps:

* prep.coach.spelling_rules — our rules for the usual cover-letter errors (되/돼 by ending,
  안/않, 로서/로써, 율/률, 며칠, 결재/결제, 맞히다/맞추다, 부치다/붙이다, 든지/던지);
  prep.coach.spelling_lexicon — always-wrong words (도데체, 뒤쳐지다) and -ㄹ려고, -ㄹ 지라도;
  prep.coach.spelling_pairs — near-homophones decided by their neighbours (걷잡다/겉잡다, 반드시,
  한창, 맡다, 다르다, 제고, 유례, 횟수); prep.coach.spelling_forms — rules by word shape
  (두음 법칙, ㄹ 뒤 '-로', 거센소리 앞 사이시옷, 준말 어간 + 모음 어미);
* prep.coach.spelling_morph — spacing rules on Kiwi's tags (dependent nouns, units, particles,
  -하다/-되다, auxiliaries), and spelling_morph_nouns for the bound nouns it leaves (데 with a
  far predicate, 날, 간, -가량) and spelling_morph_endings for endings written apart (할 지,
  드렸는 데) and 가능한 without 한, and spelling_morph_joined for words run together (이십명,
  알기쉽게, 다시한번) and stem forms (잊혀지다, 늘은);
* prep.coach.spelling_matchum — the `matchum` library's table of always-wrong spellings.

Where two overlap, our context rules win over Kiwi's, and those over matchum's, then the longer
span. A finding is dropped when it touches a protected term (company names, aliases, catalogue
values and news titles, NCS names, admin terms — the Django side passes them in), a Latin
word or a number: those are names, not words to correct.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from prep.coach import (
    spelling_attach,
    spelling_context,
    spelling_eopsi,
    spelling_forms,
    spelling_lexicon,
    spelling_matchum,
    spelling_morph,
    spelling_morph_endings,
    spelling_morph_hearsay,
    spelling_morph_joined,
    spelling_morph_nouns,
    spelling_morph_verbs,
    spelling_pairs,
    spelling_phrases,
    spelling_rules,
    spelling_units,
)

KINDS = ("spelling", "spacing")
_PRIORITY = {"rules": 0, "kiwi": 1, "matchum": 2}
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class SpellingFinding:
    """One suggested correction: `text[start:end]` should read `suggestion`.

    Offsets are code points (Python indices) into the checked text, `end` exclusive.
    `suggestion` is None when only a warning can be given. `rule` names the check that
    fired; `source` the article of 한글 맞춤법 (or the dictionary) it rests on.
    """

    start: int
    end: int
    suggestion: str | None
    kind: str
    message: str
    rule: str
    original: str = ""
    source: str = ""

    @property
    def key(self) -> str:
        """Stable across edits elsewhere in the text, so a dismissal survives autosaves."""
        original = unicodedata.normalize("NFC", self.original)
        raw = "\x1f".join(("spelling", self.rule, original, self.suggestion or ""))
        return hashlib.blake2b(raw.encode("utf-8"), digest_size=8).hexdigest()

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def check_spelling(text: str, protected: Iterable[str] = ()) -> list[SpellingFinding]:
    """Spelling and spacing findings for `text`, in text order, never overlapping."""
    if not text or not text.strip():
        return []
    candidates: list[tuple[int, SpellingFinding]] = []
    for hit in spelling_rules.hits(text):
        candidates.append((_PRIORITY["rules"], _finding(text, hit, hit.source)))
    for module in (
        spelling_lexicon,
        spelling_pairs,
        spelling_context,
        spelling_forms,
        spelling_attach,
        spelling_phrases,
        spelling_eopsi,
    ):
        for hit in module.hits(text):
            candidates.append((_PRIORITY["rules"], _finding(text, hit, hit.source)))
    for module in (
        spelling_morph,
        spelling_morph_nouns,
        spelling_morph_endings,
        spelling_morph_verbs,
        spelling_morph_joined,
        spelling_morph_hearsay,
        spelling_units,
    ):
        for hit in module.hits(text):
            candidates.append((_PRIORITY["kiwi"], _finding(text, hit, hit.source)))
    for hit in spelling_matchum.hits(text):
        candidates.append((_PRIORITY["matchum"], _finding(text, hit, hit.source)))
    candidates = _merge_spacing(text, candidates)
    shielded = _protected_spans(text, protected)
    kept: list[SpellingFinding] = []
    taken: list[tuple[int, int]] = []
    for _, finding in sorted(candidates, key=lambda c: (c[0], -(c[1].end - c[1].start))):
        span = finding.span
        if any(_overlaps(span, t) for t in taken):
            continue
        if any(_overlaps(span, p) for p in shielded) or _in_foreign_word(text, span):
            continue
        kept.append(finding)
        taken.append(span)
    return sorted(kept, key=lambda f: f.start)


def _merge_spacing(
    text: str, candidates: list[tuple[int, SpellingFinding]]
) -> list[tuple[int, SpellingFinding]]:
    """Overlapping or touching Kiwi spacing findings in a word (해야할것은: 야할, 할것) become one
    finding with every space inserted, so applying it fixes the word whole; so do the two halves
    of a doubled word (한명 한명 → 한 명 한 명), which are one expression."""
    spacing = sorted(
        (c for c in candidates if c[0] == _PRIORITY["kiwi"] and _edits(c[1]) is not None),
        key=lambda c: c[1].start,
    )
    merged: list[tuple[int, SpellingFinding]] = []
    for priority, finding in spacing:
        if merged and (
            finding.start <= merged[-1][1].end or _doubled(text, merged[-1][1], finding)
        ):
            merged[-1] = (priority, _joined(text, merged[-1][1], finding))
        else:
            merged.append((priority, finding))
    if len(merged) == len(spacing):
        return candidates
    others = [c for c in candidates if not any(c is sp for sp in spacing)]
    return others + merged


def _doubled(text: str, a: SpellingFinding, b: SpellingFinding) -> bool:
    return b.start == a.end + 1 and text[a.end] == " " and a.original == b.original


def _edits(finding: SpellingFinding) -> set[int] | None:
    """Text offsets before which `finding` inserts a space, or None if it does anything else."""
    if finding.kind != "spacing" or finding.suggestion is None:
        return None
    original, suggestion = finding.original, finding.suggestion
    if " " in original or suggestion.replace(" ", "") != original:
        return None
    inserts, i = set(), 0
    for ch in suggestion:
        if ch == " ":
            inserts.add(finding.start + i)
        else:
            i += 1
    return inserts


def _joined(text: str, a: SpellingFinding, b: SpellingFinding) -> SpellingFinding:
    start, end = min(a.start, b.start), max(a.end, b.end)
    inserts = (_edits(a) or set()) | (_edits(b) or set())
    suggestion = "".join((" " if i in inserts else "") + text[i] for i in range(start, end))
    return SpellingFinding(start, end, suggestion, "spacing", a.message, a.rule, text[start:end],
                           a.source)  # fmt: skip


def without_protected(
    text: str, findings: Iterable[SpellingFinding], protected: Iterable[str]
) -> list[SpellingFinding]:
    """`findings` less those touching a protected term (for callers that read the terms only
    when there is something to filter)."""
    shielded = _protected_spans(text, protected)
    return [f for f in findings if not any(_overlaps(f.span, p) for p in shielded)]


def _finding(text: str, hit, source: str) -> SpellingFinding:
    return SpellingFinding(
        start=hit.start,
        end=hit.end,
        suggestion=hit.suggestion,
        kind=hit.kind,
        message=hit.message,
        rule=hit.rule,
        original=text[hit.start : hit.end],
        source=source,
    )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[0] == a[1]:  # an insertion point (a space to remove has width ≥ 1, so rare)
        return b[0] < a[0] < b[1]
    return a[0] < b[1] and b[0] < a[1]


def _protected_spans(text: str, protected: Iterable[str]) -> list[tuple[int, int]]:
    spans = []
    for term in protected:
        term = term.strip()
        if len(term) < 2:
            continue
        start = text.find(term)
        while start != -1:
            spans.append((start, start + len(term)))
            start = text.find(term, start + 1)
    return spans


def _in_foreign_word(text: str, span: tuple[int, int]) -> bool:
    """True when the span takes in Latin letters: acronyms and names are not ours to correct."""
    return bool(_LATIN.search(text, span[0], span[1]))


def apply(text: str, findings: Iterable[SpellingFinding]) -> str:
    """`text` with every finding that has a suggestion applied (findings must not overlap)."""
    out, position = [], 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.suggestion is None or finding.start < position:
            continue
        if text[finding.start : finding.end] != finding.original:
            continue
        out.append(text[position : finding.start])
        out.append(finding.suggestion)
        position = finding.end
    out.append(text[position:])
    return "".join(out)
