"""Start-indexed patterns (regex_gate.start_indexed): their `finditer` must give exactly the
pattern's own matches, on the shapes the word lists use and on every labelled passage."""

import re

import pytest

from prep.coach.lexicon import LIST_NAMES, default_lexicon
from prep.coach.regex_gate import StartAnchor, StartIndexed, start_anchor, start_indexed
from tests.coach.labelled_texts import labelled_texts

_texts = labelled_texts


@pytest.mark.parametrize(
    "pattern, anchor",
    [
        (r"(?<!\d)(?P<leak>(?:19|20)?\d{2}\s?년생)", ({"19", "20", r"\d"}, 0, 0)),
        # an optional first part: the match begins with it or with what follows
        (r"(?<![가-힣])(?:외?할머니|어머니)", ({"외", "할머니", "어머니"}, 0, 0)),
        (r"(?!교내)[가나]다", ({"가", "나"}, 0, 0)),  # a look-ahead consumes nothing
        # a short stretch of any syllables before a listed word: up to its width before it
        (r"(?<![가-힣])[가-힣]{1,6}(?:의)?\s?(?:아들|딸)", ({"아들", "딸"}, 1, 8)),
        (r"(?:MZ|X)\s?세대", ({"세대"}, 1, 3)),  # letters with a case are not scanned for
        (r"[가-힣]+학보", None),  # the stretch has no bound
        (r"(?:가정)?", None),  # a match may be empty
        (r"(?i:가)나", None),  # a group's own flags
    ],
)
def test_start_anchor(pattern, anchor):
    expected = None if anchor is None else StartAnchor(frozenset(anchor[0]), *anchor[1:])
    assert start_anchor(pattern) == expected


def test_a_pattern_without_usable_starts_stays_as_it_is():
    for pattern in (r"[가-힣]+다", r"(?:MZ|X)[a-z]+세대", r"a?"):
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
        (r"[가-힣]{1,3}(?:의\s)?(?:아들|딸)", "김씨의 아들 박씨딸 딸 최의 딸아들"),
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
