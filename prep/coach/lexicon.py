"""Word lists the coaching checks read: blind-hiring terms, clichés, vague claims, synonyms.

The lists ship as JSON under `prep/coach/data/`, one file per list, each a JSON array of
`{"term" or "pattern", "category", "note"}` objects (plus an optional `"context"`: `"cue"` marks a
term that is also an ordinary word and counts only next to a cue word). Admins will extend them
in the database; the Django app then registers a provider:

    set_lexicon_provider(lambda: cached_db_lexicon())   # returns a Lexicon

where `cached_db_lexicon()` could be `default_lexicon().extended(rows)` over admin-edited rows,
rebuilt only when they change. The checks call `get_lexicon()` on every analysis, so a provider
must be cheap: return the same `Lexicon` object until the rows change, because compiled matchers
are cached per `Lexicon` object (see `Lexicon.cached`).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from prep.coach.regex_gate import (
    StartIndexed,
    could_match,
    probe,
    required_literals,
    start_indexed,
)

DATA_DIR = Path(__file__).resolve().parent / "data"

LIST_NAMES: tuple[str, ...] = (
    "blind_schools",
    "blind_areas",
    "blind_activities",
    "blind_patterns",
    "blind_cues",
    "synonyms",
    "cliches",
    "vague_claims",
    "institutions",
    "value_phrases",
    "fit_homonyms",
)


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One row of a word list: a literal `term` or a regular-expression `pattern`."""

    category: str
    term: str | None = None
    pattern: str | None = None
    note: str = ""
    context: str | None = None

    def validate(self) -> None:
        """Raise ValueError for a row the checks cannot use (the admin form calls this too)."""
        if bool(self.term) == bool(self.pattern):
            raise ValueError("an entry needs exactly one of 'term' and 'pattern'")
        if not self.category:
            raise ValueError("an entry needs a category")
        if self.context not in (None, "cue"):
            raise ValueError(f"unknown context {self.context!r} (only 'cue' is supported)")
        if self.pattern:
            try:
                re.compile(self.pattern)
            except re.error as exc:
                raise ValueError(f"invalid pattern {self.pattern!r}: {exc}") from exc

    @classmethod
    def from_mapping(cls, row: Mapping[str, Any]) -> LexEntry:
        entry = cls(
            category=str(row.get("category") or ""),
            term=(str(row["term"]).strip() or None) if row.get("term") else None,
            pattern=str(row["pattern"]) if row.get("pattern") else None,
            note=str(row.get("note") or ""),
            context=row.get("context") or None,
        )
        entry.validate()
        return entry


# eq=False: a Lexicon is compared and hashed by identity, so `cached` can key compiled matchers
# on the object without rehashing ~1,000 entries on every analysis.
@dataclass(frozen=True, eq=False)
class Lexicon:
    """All word lists, by list name. Immutable; build a new one to change anything."""

    lists: Mapping[str, tuple[LexEntry, ...]]
    _derived: dict = field(default_factory=dict, init=False, repr=False)
    _derived_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def entries(self, list_name: str) -> tuple[LexEntry, ...]:
        return self.lists.get(list_name, ())

    def words(self, list_name: str, category: str) -> frozenset[str]:
        """The literal terms of one category of one list (e.g. blind_cues / school_cue)."""
        return self.cached(
            ("words", list_name, category),
            lambda: frozenset(
                e.term for e in self.entries(list_name) if e.category == category and e.term
            ),
        )

    @property
    def synonyms(self) -> dict[str, str]:
        """term → canonical word; the category of a synonyms row names its group."""
        from prep.coach.morph import synonym_map

        return self.cached(
            ("synonyms",),
            lambda: synonym_map((e.term, e.category) for e in self.entries("synonyms") if e.term),
        )

    def cached(self, key: Any, build: Callable[[], Any]) -> Any:
        """Memoise something derived from this lexicon (compiled regexes, sets) on the object."""
        try:
            return self._derived[key]
        except KeyError:
            pass
        value = build()
        with self._derived_lock:
            return self._derived.setdefault(key, value)

    def extended(self, rows: Iterable[Mapping[str, Any]]) -> Lexicon:
        """A new Lexicon with extra rows; each row names its list in `row["list"]`.

        For the Django provider: `default_lexicon().extended(WordListRow.objects.values(...))`.
        A row with `"disabled": True` removes the matching shipped term instead of adding one.
        """
        lists = {name: list(entries) for name, entries in self.lists.items()}
        for row in rows:
            name = str(row.get("list") or "")
            if not name:
                raise ValueError("a lexicon row needs a 'list' (e.g. 'blind_schools')")
            entry = LexEntry.from_mapping(row)
            if row.get("disabled"):
                lists[name] = [
                    e
                    for e in lists.get(name, [])
                    if not (e.term == entry.term and e.pattern == entry.pattern)
                ]
            else:
                lists.setdefault(name, []).append(entry)
        return Lexicon({name: tuple(entries) for name, entries in lists.items()})


@dataclass(frozen=True)
class TermIndex:
    """Literal terms by their case-folded text, for longest-first lookups at given positions.

    Faster than one regex alternation of hundreds of terms: a lookup only tries the few term
    lengths that exist, at word or morpheme starts.
    """

    by_text: Mapping[str, tuple[LexEntry, ...]]
    # Lengths of the terms that begin with each two-character prefix, longest first: most
    # positions fail the prefix lookup and cost one dict probe.
    lengths_by_prefix: Mapping[str, tuple[int, ...]]

    def find(self, text: str, starts: Iterable[int]) -> list[tuple[int, int, LexEntry]]:
        """All (start, end, entry) whose term begins at one of `starts`, longest first per start."""
        folded = text.lower()
        if len(folded) != len(text):  # a rare character whose lowercase is longer
            folded = text
        found = []
        by_text = self.by_text
        for start in sorted(set(starts)):
            lengths = self.lengths_by_prefix.get(folded[start : start + 2])
            if not lengths:
                continue
            for length in lengths:
                entries = by_text.get(folded[start : start + length])
                if entries:
                    found.extend((start, start + length, entry) for entry in entries)
        return found


_WORD_START = re.compile(r"(?<!\w)\w")


@lru_cache(maxsize=64)
def word_starts(text: str) -> tuple[int, ...]:
    """Offsets where a word (letters or digits) begins (cached: several checks ask per pass)."""
    return tuple(m.start() for m in _WORD_START.finditer(text))


def term_index(lexicon: Lexicon, list_names: Iterable[str]) -> TermIndex:
    names = tuple(list_names)

    def build() -> TermIndex:
        by_text: dict[str, list[LexEntry]] = {}
        for name in names:
            for entry in lexicon.entries(name):
                if entry.term:
                    by_text.setdefault(entry.term.lower(), []).append(entry)
        lengths: dict[str, set[int]] = {}
        for term in by_text:
            lengths.setdefault(term[:2], set()).add(len(term))
        return TermIndex(
            {t: tuple(e) for t, e in by_text.items()},
            {p: tuple(sorted(ls, reverse=True)) for p, ls in lengths.items()},
        )

    return lexicon.cached(("term_index", names), build)


def compiled_patterns(
    lexicon: Lexicon, list_names: Iterable[str]
) -> tuple[tuple[re.Pattern[str], LexEntry], ...]:
    names = tuple(list_names)
    return lexicon.cached(
        ("patterns", names),
        lambda: tuple(
            (re.compile(e.pattern, re.IGNORECASE), e)
            for name in names
            for e in lexicon.entries(name)
            if e.pattern
        ),
    )


def patterns_for(
    lexicon: Lexicon, list_names: Iterable[str], text: str
) -> Iterator[tuple[re.Pattern[str] | StartIndexed, LexEntry]]:
    """The compiled patterns of `list_names` that could match `text`: a pattern none of whose
    required literals occurs in the text is skipped without a regex scan (`regex_gate`).
    Some come as a `regex_gate.StartIndexed`, which behaves as the compiled pattern."""
    names = tuple(list_names)
    # Each pattern comes start-indexed where it can be (`regex_gate.start_indexed`): its
    # `finditer` then runs only where a match can begin, with the same matches.
    gated = lexicon.cached(
        ("gated_patterns", names),
        lambda: tuple(
            (start_indexed(pattern), entry, required_literals(entry.pattern))
            for pattern, entry in compiled_patterns(lexicon, names)
        ),
    )
    text_probe = probe(text)
    for pattern, entry, literals in gated:
        if could_match(literals, text_probe):
            yield pattern, entry


def load_lexicon(directory: Path = DATA_DIR) -> Lexicon:
    """Read every `<list>.json` in `directory`."""
    lists: dict[str, tuple[LexEntry, ...]] = {}
    for path in sorted(directory.glob("*.json")):
        rows = json.loads(path.read_text(encoding="utf-8"))
        try:
            lists[path.stem] = tuple(LexEntry.from_mapping(row) for row in rows)
        except ValueError as exc:
            raise ValueError(f"{path.name}: {exc}") from exc
    return Lexicon(lists)


@cache
def default_lexicon() -> Lexicon:
    """The shipped lists, read once per process."""
    return load_lexicon()


_provider: Callable[[], Lexicon] = default_lexicon


def set_lexicon_provider(provider: Callable[[], Lexicon] | None) -> Callable[[], Lexicon]:
    """Install the function `get_lexicon` calls (None: the shipped JSON lists).

    Returns the provider it replaced, so a caller can put it back.
    """
    global _provider
    previous = _provider
    _provider = provider or default_lexicon
    return previous


def get_lexicon() -> Lexicon:
    return _provider()


@contextmanager
def using_lexicon(lexicon: Lexicon) -> Iterator[Lexicon]:
    """Analyse with `lexicon` inside the block, whatever provider is installed (tests, scripts).

    The plain-Python tests use it to pin the shipped lists while the Django app, once set up,
    has installed its database-backed provider.
    """
    previous = set_lexicon_provider(lambda: lexicon)
    try:
        yield lexicon
    finally:
        set_lexicon_provider(previous)
