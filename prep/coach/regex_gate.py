"""Which literal strings every match of a regular expression must contain.

The word lists hold about a hundred patterns, each run over the whole draft on every analysis.
Most of them cannot match a given draft, and Python's `re` scans every position to find that
out (its own first-character shortcut gives up on a leading look-behind or an optional part).
`required_literals` reads the parsed pattern once and returns a set of strings of which at least
one occurs in any text the pattern matches; a pattern whose set shares nothing with the text
(`str.__contains__`, a fast substring search) is skipped. The set is an over-approximation:
skipping never loses a match, and a pattern that gives no usable set (`None`) always runs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as c  # noqa: PLC2701 — the parser's opcodes, stable since 3.11
from re import _parser as sre_parse  # noqa: PLC2701

# A required set with more alternatives than this costs about as much to test as the scan.
_MAX_ALTERNATIVES = 40
_ZERO_WIDTH = (c.ASSERT, c.ASSERT_NOT, c.AT)


def required_literals(pattern: str, ignore_case: bool = True) -> frozenset[str] | None:
    """Strings of which every match of `pattern` contains at least one (lowercased when
    `ignore_case`), or None when no such set is found."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # an invalid pattern is refused elsewhere; here it simply always runs
        return None
    found = _sequence(list(parsed))
    if not found or "" in found:
        return None
    return frozenset(s.lower() for s in found) if ignore_case else frozenset(found)


def _score(options: frozenset[str]) -> tuple[int, int]:
    """Higher is more selective: longer shortest string, then fewer alternatives."""
    return (min(len(s) for s in options), -len(options))


def _sequence(items: list) -> frozenset[str] | None:
    """The most selective required set of a sequence of parsed items."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(options: frozenset[str] | None) -> None:
        nonlocal best
        usable = options and len(options) <= _MAX_ALTERNATIVES and "" not in options
        if usable and (best is None or _score(options) > _score(best)):
            best = options

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset({"".join(run)}))
            run = []
        if op in _ZERO_WIDTH:
            continue
        consider(_item(op, av))
    if run:
        consider(frozenset({"".join(run)}))
    return best


def _item(op, av) -> frozenset[str] | None:
    if op is c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is c.BRANCH:
        options: set[str] = set()
        for branch in av[1]:
            found = _sequence(list(branch))
            if not found:
                return None  # one branch without a required string: the branch requires nothing
            options |= found
        return frozenset(options)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, inner = av
        return _sequence(list(inner)) if low >= 1 else None
    if op is c.IN:
        chars = [chr(v) for o, v in av if o is c.LITERAL]
        if len(chars) == len(av):  # a plain class of listed characters
            return frozenset(chars)
        return None
    return None


@dataclass(frozen=True, slots=True)
class TextProbe:
    """A text lowercased, with its characters and character pairs: most literals are ruled out
    by one set lookup instead of a substring search of the whole draft."""

    folded: str
    chars: frozenset[str]
    pairs: frozenset[str]


@lru_cache(maxsize=16)
def probe(text: str) -> TextProbe:
    """The probe of `text` (cached: the lists are gated one after another on the same draft)."""
    folded = text.lower()
    pairs = frozenset(folded[i : i + 2] for i in range(len(folded) - 1))
    return TextProbe(folded, frozenset(folded), pairs)


def could_match(options: frozenset[str] | None, text: TextProbe) -> bool:
    """False only when no string of `options` occurs in the text."""
    if options is None:
        return True
    for option in options:
        if len(option) == 1:
            if option in text.chars:
                return True
        elif option[:2] in text.pairs and (len(option) == 2 or option in text.folded):
            return True
    return False


# Where a match can begin. A pattern that opens with a look-behind ((?<![가-힣])…) or with
# alternatives that are groups themselves gets no first-character shortcut from `re`, so
# `finditer` runs the whole pattern at each of the draft's ~1,500 offsets (60–200 µs a pattern).
# Most patterns begin with one of a few listed words, though, or with a short stretch of any
# syllables before one ([가-힣]{1,6}(?:아들|딸)…): one alternation of those words is something
# `re` scans for quickly, and the pattern itself then runs only where a match can begin (at the
# word, or up to the stretch's width before it).
_MAX_STARTS = 40
_MAX_LEAD = 10
_DIGIT = [(c.CATEGORY, c.CATEGORY_DIGIT)]


@dataclass(frozen=True, slots=True)
class StartAnchor:
    """Every match begins `lead` characters (lead_min ≤ lead ≤ lead_max) before an occurrence
    of one of `fragments` (escaped literal strings, or \\d)."""

    fragments: frozenset[str]
    lead_min: int
    lead_max: int


def start_anchor(pattern: str, flags: int = 0) -> StartAnchor | None:
    """Where the matches of `pattern` begin, or None when that is not found (or a match may be
    empty)."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except Exception:
        return None
    if parsed.getwidth()[0] == 0:
        return None
    items = _inlined(list(parsed))
    if items is None:
        return None
    # The first fragments that are usable: few, case-less, after a short enough lead.
    for k in range(len(items)):
        low, high = sre_parse.SubPattern(parsed.state, items[:k]).getwidth()
        if high > _MAX_LEAD:
            return None
        found = _starts(items[k:])
        if found and len(found) <= _MAX_STARTS and all(map(_uncased, found)):
            return StartAnchor(frozenset(found), low, high)
    return None


def _inlined(items: list) -> list | None:
    """The sequence with its groups' contents in place (a group changes what is captured, not
    what matches); None for a group that sets its own flags, which the finder could not share."""
    out = []
    for op, av in items:
        if op is c.SUBPATTERN:
            if av[1] or av[2]:
                return None
            inner = _inlined(list(av[-1]))
            if inner is None:
                return None
            out += inner
        else:
            out.append((op, av))
    return out


def _starts(items: list) -> set[str] | None:
    """The fragments a sequence's matches begin with: those of its first item, plus those of
    the next items while the earlier ones may match nothing."""
    out: set[str] = set()
    for index, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue  # a look-around or anchor consumes nothing: the match begins after it
        if op is c.LITERAL:
            run = []
            for next_op, next_av in items[index:]:
                if next_op is not c.LITERAL:
                    break
                run.append(chr(next_av))
            out.add(re.escape("".join(run)))
            return out
        if op is c.SUBPATTERN:
            if av[1] or av[2]:
                return None  # its own flags: the finder could not share them
            first, shortest = _starts(list(av[-1])), av[-1].getwidth()[0]
        elif op is c.BRANCH:
            first, shortest = set(), min(branch.getwidth()[0] for branch in av[1])
            for branch in av[1]:
                options = _starts(list(branch))
                if options is None:
                    return None
                first |= options
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, inner = av
            first, shortest = _starts(list(inner)), low * inner.getwidth()[0]
        elif op is c.IN and av == _DIGIT:
            first, shortest = {r"\d"}, 1
        elif op is c.IN and all(o is c.LITERAL for o, _ in av):
            first, shortest = {re.escape(chr(v)) for _, v in av}, 1
        else:
            return None  # any character, a range, a back-reference: could begin anywhere
        if first is None:
            return None
        out |= first
        if shortest > 0:
            return out
    return None  # the whole sequence may match nothing


def _uncased(fragment: str) -> bool:
    # `re` scans for the first characters of an alternation only when they have no case.
    return fragment == r"\d" or all(ch.lower() == ch.upper() for ch in fragment)


class StartIndexed:
    """A compiled pattern whose `finditer` runs it only at the offsets where a match can begin
    (`StartAnchor`); the matches are exactly those of the pattern's own `finditer`. Other
    attributes (`pattern`, `groupindex`, `search`…) are the compiled pattern's."""

    __slots__ = ("compiled", "_finder", "_lead_min", "_lead_max")

    def __init__(self, compiled: re.Pattern[str], anchor: StartAnchor) -> None:
        self.compiled = compiled
        # Longest first only for readability when printed; any order finds the same offsets.
        ordered = sorted(anchor.fragments, key=lambda f: (-len(f), f))
        self._finder = re.compile("|".join(ordered), compiled.flags)
        self._lead_min, self._lead_max = anchor.lead_min, anchor.lead_max

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        search, lead_min, lead_max = self._finder.search, self._lead_min, self._lead_max
        starts: set[int] = set()
        at = pos
        while (hit := search(text, at, endpos)) is not None:
            word = hit.start()
            at = word + 1
            starts.update(range(max(pos, word - lead_max), word - lead_min + 1))
        # As `finditer`: the leftmost match from `pos`, then the next from its end. The pattern
        # matches no empty string, and a look-behind at an offset still sees the text before it.
        match = self.compiled.match
        end = pos
        for start in sorted(starts):
            if start < end:
                continue
            found = match(text, start, endpos)
            if found is not None:
                end = found.end()
                yield found


def start_indexed(compiled: re.Pattern[str]) -> re.Pattern[str] | StartIndexed:
    """`compiled` with a fast `finditer` when it has a `StartAnchor` (the pattern itself
    otherwise)."""
    anchor = start_anchor(compiled.pattern, compiled.flags)
    return compiled if anchor is None else StartIndexed(compiled, anchor)
