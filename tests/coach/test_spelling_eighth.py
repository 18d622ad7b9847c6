"""The eighth spelling set: built from eighth.txt by the shared builder, split once by text."""

import sys

from prep.coach.spelling_eval import DATA_DIR, load

sys.path.insert(0, str(DATA_DIR))
from build_third import half, sentences  # noqa: E402


def test_the_built_halves_are_what_the_builder_makes_of_eighth_txt():
    # A hand edit to a jsonl half (say, relabelling a test sentence) shows up here.
    expected = {"dev": [], "test": []}
    for text, errors in sentences(DATA_DIR / "eighth.txt"):
        expected[half(text)].append((text, errors))
    for part in ("dev", "test"):
        rows = load(f"eighth_{part}")
        assert [(r["text"], r["errors"]) for r in rows] == expected[part]


def test_the_halves_are_disjoint_and_every_label_matches_its_span():
    dev, test = load("eighth_dev"), load("eighth_test")
    assert len(dev) + len(test) >= 300
    assert not {r["text"] for r in dev} & {r["text"] for r in test}
    clean = sum(1 for r in dev + test if not r["errors"])
    assert clean >= 0.4 * (len(dev) + len(test))
    for row in dev + test:
        for error in row["errors"]:
            assert row["text"][error["start"] : error["end"]] == error["wrong"]


def test_the_report_has_a_eighth_section():
    from prep.coach.spelling_eval import report

    text = report(
        ("dev",), independent=(), third=(), fourth=(), fifth=(), sixth=(), seventh=(), prose=False
    )
    assert "eighth set (eighth author)" in text
