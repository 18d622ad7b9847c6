"""The hand-written cases in tests/coach/cases/ as a regression gate (see prep.coach.evaluate)."""

import pytest

from prep.coach.blind_hiring import find_leaks
from prep.coach.evaluate import evaluate, format_table, load_cases
from prep.coach.lexicon import default_lexicon, using_lexicon


@pytest.fixture(scope="module")
def evaluation():
    # Module-scoped, so it runs before the autouse fixture that pins the shipped word lists.
    with using_lexicon(default_lexicon()):
        return evaluate(load_cases())


def test_there_are_at_least_forty_cases():
    assert len(load_cases()) >= 40


def test_blind_hiring_recall_is_at_least_95_percent(evaluation):
    assert evaluation.scores["blind"].recall >= 0.95, format_table(evaluation)


def test_blind_hiring_precision_is_at_least_90_percent(evaluation):
    assert evaluation.scores["blind"].precision >= 0.9, format_table(evaluation)


def test_every_other_check_stays_above_80_percent(evaluation):
    for check, score in evaluation.scores.items():
        assert score.precision >= 0.8, (check, format_table(evaluation))
        assert score.recall >= 0.8, (check, format_table(evaluation))


def test_every_must_text_occurs_in_its_case(evaluation):
    assert not [p for p in evaluation.problems if "does not occur" in p]


@pytest.mark.parametrize(
    "phrase",
    [
        "한국전력공사",
        "서울대학교병원",
        "중대병원",
        "경북대학교병원",
        "타 공단",
        "경영학과",
        "컴퓨터공학",
        "행정학과",
    ],
)
def test_no_case_flags_a_previous_employer_or_a_major(phrase):
    for case in load_cases():
        for leak in find_leaks(case.text):
            if leak.category == "family":
                continue  # a parent's workplace is a family fact, not the candidate's employer
            assert phrase not in leak.excerpt, (case.id, leak.excerpt)
