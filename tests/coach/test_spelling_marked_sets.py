"""The spelling sets written as marked-up text (sixth.txt to tenth.txt): each is built
by the shared builder and split once by its text."""

import sys

import pytest

from prep.coach.spelling_eval import DATA_DIR, load, report

sys.path.insert(0, str(DATA_DIR))
from build_third import half, sentences  # noqa: E402

MARKED_SETS = ("sixth", "seventh", "eighth", "ninth", "tenth")


@pytest.mark.parametrize("name", MARKED_SETS)
def test_the_built_halves_are_what_the_builder_makes_of_the_text(name):
    # A hand edit to a jsonl half (say, relabelling a test sentence) shows up here.
    expected = {"dev": [], "test": []}
    for text, errors in sentences(DATA_DIR / f"{name}.txt"):
        expected[half(text)].append((text, errors))
    for part in ("dev", "test"):
        rows = load(f"{name}_{part}")
        assert [(r["text"], r["errors"]) for r in rows] == expected[part]


@pytest.mark.parametrize("name", MARKED_SETS)
def test_the_halves_are_disjoint_and_every_label_matches_its_span(name):
    dev, test = load(f"{name}_dev"), load(f"{name}_test")
    assert len(dev) + len(test) >= 300
    assert not {r["text"] for r in dev} & {r["text"] for r in test}
    clean = sum(1 for r in dev + test if not r["errors"])
    assert clean >= 0.4 * (len(dev) + len(test))
    for row in dev + test:
        for error in row["errors"]:
            assert row["text"][error["start"] : error["end"]] == error["wrong"]


@pytest.mark.parametrize("name", MARKED_SETS)
def test_the_report_has_a_section_for_the_set_alone_when_asked(name):
    text = report(("dev",), authored=(name,), prose=False)
    assert f"{name} set ({name} author)" in text
    others = [other for other in MARKED_SETS if other != name]
    assert not any(f"{other} set" in text for other in others)
