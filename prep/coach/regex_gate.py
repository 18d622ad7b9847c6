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
