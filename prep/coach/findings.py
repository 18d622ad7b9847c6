"""Types shared by every coaching check: a finding, its span, and its stable dismissal key."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field

# The order is the order the editor panel lists the checks in.
CHECKS: tuple[str, ...] = ("blind", "company", "copying", "evidence", "structure", "fit", "style")

# Blind-hiring, wrong-company and copying findings can cost an application; the rest is advice.
WARNING_CHECKS = frozenset({"blind", "company", "copying"})

Span = tuple[int, int]


@dataclass(frozen=True)
class Finding:
    """One observation about a draft, with character offsets into the analysed text.

    `start`/`end` are code-point offsets (Python string indices) into the exact text that was
    analysed; both are None for findings about the whole text (e.g. "no number anywhere").
    """

    check: str
    code: str
    start: int | None
    end: int | None
    category: str
    message: str
    why: str
    fix: str
    excerpt: str = ""
    # Free-form data for the UI (matched doc ids, shares...); not part of equality or the key.
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> str:
        """Stable across edits elsewhere in the draft, so a dismissal survives autosaves.

        Offsets are left out on purpose: typing above a flagged phrase moves it, but it is still
        the same finding the candidate already dismissed.
        """
        excerpt = unicodedata.normalize("NFC", self.excerpt).strip()
        raw = "\x1f".join((self.check, self.code, self.category, excerpt))
        return hashlib.blake2b(raw.encode("utf-8"), digest_size=8).hexdigest()

    @property
    def span(self) -> Span | None:
        if self.start is None or self.end is None:
            return None
        return (self.start, self.end)

    @property
    def severity(self) -> str:
        return "warning" if self.check in WARNING_CHECKS else "advice"


# A blind-hiring leak is a Finding whose check is "blind"; the alias documents intent at call sites.
Leak = Finding


def make_finding(
    *,
    check: str,
    code: str,
    text: str,
    span: Span | None,
    category: str,
    message: str,
    why: str,
    fix: str,
    extra: dict | None = None,
) -> Finding:
    """Build a Finding whose excerpt is cut from `text` at `span`, so excerpt and offsets agree."""
    start, end = span if span is not None else (None, None)
    excerpt = text[start:end] if span is not None else ""
    return Finding(
        check=check,
        code=code,
        start=start,
        end=end,
        category=category,
        message=message,
        why=why,
        fix=fix,
        excerpt=excerpt,
        extra=dict(extra or {}),
    )


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def merge_spans(spans: list[Span]) -> list[Span]:
    """Union of half-open spans, sorted; touching spans are joined."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def josa(word: str, pair: str) -> str:
    """`word` with the particle form its last syllable needs: josa("열심히", "은/는") → 열심히는.

    `pair` is "with-final/without-final" (은/는, 이/가, 을/를, 과/와, 으로/로). Non-Hangul endings
    take the no-final form except digits, which are read aloud (3 → 삼 has a final).
    """
    with_final, without_final = pair.split("/")
    last = word.rstrip("’'\"”)] ")[-1:] if word.strip() else ""
    if "가" <= last <= "힣":
        final = (ord(last) - 0xAC00) % 28
        if pair == "으로/로" and final == 8:  # ㄹ takes 로: 서울로
            return word + without_final
        return word + (with_final if final else without_final)
    if last.isdigit():
        return word + (with_final if last in "013678" else without_final)
    return word + without_final
