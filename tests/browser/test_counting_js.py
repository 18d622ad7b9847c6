"""static/js/counting.js must show the candidate the numbers the server will enforce."""

import dataclasses
import json
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError

from prep.coach.counting import RULE_LABELS, check_limit, count_text, stored_text

pytestmark = pytest.mark.browser

STATIC_JS = Path(__file__).resolve().parents[2] / "static" / "js"
VECTORS = json.loads(
    (Path(__file__).resolve().parents[1] / "coach" / "counting_vectors.json").read_text(
        encoding="utf-8"
    )
)
# Small enough that the vectors land in every zone.
LIMIT = 12


@pytest.fixture
def counting(page):
    page.set_content("<!doctype html><meta charset=utf-8><title>t</title>")
    page.add_script_tag(path=STATIC_JS / "cp949-table.js")
    page.add_script_tag(path=STATIC_JS / "counting.js")
    return page


def test_count_text_matches_every_vector(counting):
    results = counting.evaluate(
        "texts => texts.map(text => window.prepCounting.countText(text))",
        [vector["text"] for vector in VECTORS],
    )
    assert dict(zip([vector["name"] for vector in VECTORS], results, strict=True)) == {
        vector["name"]: vector["expected"] for vector in VECTORS
    }


def test_measure_and_check_limit_match_python_for_every_rule_and_weight(counting):
    cases = [
        {"text": vector["text"], "rule": rule, "weight": weight}
        for vector in VECTORS
        for rule in RULE_LABELS
        for weight in (1, 2)
    ]
    results = counting.evaluate(
        """([cases, limit]) => cases.map(({text, rule, weight}) => ({
            measured: window.prepCounting.measure(text, rule, weight),
            status: window.prepCounting.checkLimit(text, limit, rule, weight),
        }))""",
        [cases, LIMIT],
    )
    expected = []
    for case in cases:
        status = dataclasses.asdict(check_limit(case["text"], LIMIT, case["rule"], case["weight"]))
        expected.append({"measured": status["used"], "status": status})
    assert results == expected
    assert {result["status"]["zone"] for result in results} == {"low", "good", "over"}


def test_a_zero_limit_gives_zero_percent(counting):
    status = counting.evaluate("() => window.prepCounting.checkLimit('가', 0, 'chars')")
    assert status == dataclasses.asdict(check_limit("가", 0, "chars"))


def test_the_line_break_weight_defaults_to_1(counting):
    measured = counting.evaluate("() => window.prepCounting.measure('가\\r\\n나', 'chars')")
    assert measured == count_text("가\r\n나").characters == 3


def test_an_unknown_rule_is_an_error(counting):
    with pytest.raises(PlaywrightError, match="unknown limit rule"):
        counting.evaluate("() => window.prepCounting.measure('가', 'words', 1)")


def test_a_line_break_weight_other_than_1_or_2_is_an_error(counting):
    with pytest.raises(PlaywrightError, match="lineBreakWeight"):
        counting.evaluate("() => window.prepCounting.measure('가', 'chars', 3)")


def test_stored_text_matches_every_vector(counting):
    results = counting.evaluate(
        """texts => texts.map(text => [
            window.prepCounting.storedText(text, false).text,
            window.prepCounting.storedText(text, true).text,
        ])""",
        [vector["text"] for vector in VECTORS],
    )
    assert results == [[vector["stored"], vector["stored_one_line"]] for vector in VECTORS]


def test_stored_text_names_a_change_exactly_when_the_server_gives_a_notice(counting):
    results = counting.evaluate(
        "texts => texts.map(text => window.prepCounting.storedText(text, false).changes)",
        [vector["text"] for vector in VECTORS],
    )
    for vector, changes in zip(VECTORS, results, strict=True):
        notices = stored_text(vector["text"])[1]
        assert bool(changes) == bool(notices), vector["name"]
        assert ("controls" in changes) == any("제어 문자" in n for n in notices), vector["name"]
