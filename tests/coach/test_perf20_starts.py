"""Start-indexed patterns (regex_gate.start_indexed): their `finditer` must give exactly the
pattern's own matches, on the shapes the word lists use and on every labelled passage."""

import json
import re
from pathlib import Path

import pytest

from prep.coach.lexicon import LIST_NAMES, default_lexicon
from prep.coach.regex_gate import StartIndexed, start_fragments, start_indexed

SETS = Path(__file__).resolve().parent


def _texts() -> list[str]:
    texts = []
    for path in sorted(SETS.glob("*/*.json")):
        data = json.loads(path.read_text("utf-8"))
        rows = data.get("cases", []) if isinstance(data, dict) else data
        texts += [row["text"] for row in rows if isinstance(row, dict) and "text" in row]
    return texts


@pytest.mark.parametrize(
    "pattern, fragments",
    [
        (r"(?<!\d)(?P<leak>(?:19|20)?\d{2}\s?년생)", {"19", "20", r"\d"}),
        # an optional first part: the match begins with it or with what follows
        (r"(?<![가-힣])(?:외?할머니|어머니)", {"외", "할머니", "어머니"}),
        (r"(?!교내)[가나]다", {"가", "나"}),  # a look-ahead consumes nothing
        (r"[가-힣]{1,6}학보", None),  # a range may begin anywhere
        (r"(?:가정)?", None),  # a match may be empty
        (r"(?:가|.)나", None),
    ],
)
def test_start_fragments(pattern, fragments):
    found = start_fragments(pattern)
    assert (set(found) if found is not None else None) == fragments


def test_a_pattern_without_usable_starts_stays_as_it_is():
    for pattern in (r"[가-힣]+다", r"(?:MZ|X)\s?세대", r"a?"):
        compiled = re.compile(pattern, re.IGNORECASE)
        assert start_indexed(compiled) is compiled


@pytest.mark.parametrize(
    "pattern, text",
    [
        # overlapping starts: the second 부모 begins inside the first match's span
        (r"(?<![가-힣])(?:부모님|모님)께", "부모님께 부모님께서 모님께"),
        (r"(?<!\d)(?:19|20)?\d{2}년생", "1999년생, 99년생, 2001년생 그리고 120년생"),
        (r"(?:가|나)+다", "가나다 나다 가가가 다"),
        (r"(?<=저는 )(?:외?할머니|할아버지)", "저는 외할머니와 저는 할아버지와 외할머니"),
    ],
)
def test_matches_are_the_patterns_own(pattern, text):
    compiled = re.compile(pattern, re.IGNORECASE)
    indexed = start_indexed(compiled)
    assert isinstance(indexed, StartIndexed)
    assert [m.span() for m in indexed.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert [m.span() for m in indexed.finditer(text, 3, len(text) - 2)] == [
        m.span() for m in compiled.finditer(text, 3, len(text) - 2)
    ]
    assert indexed.pattern == compiled.pattern and indexed.groupindex == compiled.groupindex


def test_every_listed_pattern_finds_the_same_matches_in_every_labelled_passage():
    lexicon = default_lexicon()
    text = "\n".join(_texts())
    indexed = 0
    for name in LIST_NAMES:
        for entry in lexicon.entries(name):
            if not entry.pattern:
                continue
            compiled = re.compile(entry.pattern, re.IGNORECASE)
            fast = start_indexed(compiled)
            if fast is compiled:
                continue
            indexed += 1
            expected = [m.span() for m in compiled.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == expected, entry.pattern
    assert indexed > 100


def test_the_loosened_value_phrases_find_the_same_matches():
    from prep.coach.fit_senses import _loose_phrases

    text = "\n".join(_texts())
    indexed = [p for p, _, _ in _loose_phrases(default_lexicon()) if isinstance(p, StartIndexed)]
    assert len(indexed) > 50
    for pattern in indexed:
        expected = [m.span() for m in pattern.compiled.finditer(text)]
        assert [m.span() for m in pattern.finditer(text)] == expected, pattern.pattern
