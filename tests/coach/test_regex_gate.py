"""The literal gate in front of the word lists' patterns: skipping a pattern must never lose a
match, and most patterns must be skipped on an ordinary draft (that is the speed it buys)."""

import re

import pytest

from prep.coach.lexicon import LIST_NAMES, default_lexicon, patterns_for
from prep.coach.regex_gate import could_match, probe, required_literals
from tests.coach.labelled_texts import labelled_texts

_texts = labelled_texts


@pytest.mark.parametrize(
    "pattern, literals",
    [
        (r"(?<!\d)(?P<leak>\d{2}\s?학번)", {"학번"}),
        # the most selective required part: 가정/집안/가족 rather than 에서/에
        (r"(?:가정|집안|가족)(?:에서|에)", {"가정", "집안", "가족"}),
        (r"(?P<leak>ROTC|학군단)", {"rotc", "학군단"}),  # lowercased: patterns ignore case
        (r"[가나다]{2}", {"가", "나", "다"}),
    ],
)
def test_required_literals_of_a_pattern(pattern, literals):
    assert required_literals(pattern) == literals


@pytest.mark.parametrize("pattern", [r"\d+", r"(?:가정)?\w", r"[^가]"])
def test_a_pattern_with_no_required_literal_always_runs(pattern):
    assert required_literals(pattern) is None
    assert could_match(None, probe("아무 글"))


def test_the_gate_never_skips_a_pattern_that_matches_any_labelled_passage():
    lexicon = default_lexicon()
    texts = _texts()
    assert len(texts) > 1000
    for name in LIST_NAMES:
        for pattern in (re.compile(e.pattern, re.I) for e in lexicon.entries(name) if e.pattern):
            for text in texts:
                if pattern.search(text):
                    gated = [p for p, _ in patterns_for(lexicon, (name,), text)]
                    assert pattern.pattern in [p.pattern for p in gated], (name, pattern.pattern)


def test_most_patterns_are_skipped_on_an_ordinary_sentence():
    lexicon = default_lexicon()
    text = "민원 처리 절차를 표로 정리해 팀원들과 나누었고, 처리 기간이 줄었습니다."
    run = list(patterns_for(lexicon, ("blind_patterns", "blind_activities"), text))
    total = sum(1 for n in ("blind_patterns", "blind_activities") for e in lexicon.entries(n))
    assert len(run) < total / 4
