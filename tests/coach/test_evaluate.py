"""The labelled corpus and the evaluator's report (see prep.coach.evaluate)."""

import json

from prep.coach.evaluate import CORPUS_DIR, corpus_half, evaluate, format_table, main


def passages():
    return json.loads((CORPUS_DIR / "passages.json").read_text(encoding="utf-8"))["cases"]


def test_the_corpus_has_at_least_500_passages_in_two_halves():
    rows = passages()
    assert len(rows) >= 500
    assert {row["split"] for row in rows} == {"dev", "test"}
    assert min(sum(r["split"] == h for r in rows) for h in ("dev", "test")) >= 250


def test_no_sentence_is_in_both_halves():
    # Except the one sentence per honorific (귀 공단…, five kinds are too few to split).
    halves = {"dev": set(), "test": set()}
    for row in passages():
        halves[row["split"]].update(s.strip() for s in row["text"].replace("\n", " ").split(". "))
    shared = {s for s in halves["dev"] & halves["test"] if not s.startswith("귀 ")}
    assert not shared, sorted(shared)[:5]


def test_every_label_names_text_that_occurs_in_its_passage():
    for row in passages():
        for item in row["must"]:
            assert not item.get("text") or item["text"] in row["text"], (row["id"], item)


def test_the_table_reports_each_check_and_the_whole():
    evaluation = evaluate(corpus_half("dev")[:40])
    table = format_table(evaluation, "dev")
    assert table.startswith("dev: 40 cases")
    assert "\nall " in table


def test_main_reports_the_regression_cases_and_both_halves(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "regression cases" in out
    assert "development half" in out and "test half" in out


def test_the_independent_set_is_split_once_by_its_text_and_its_labels_occur_in_it():
    from prep.coach.evaluate import INDEPENDENT_DIR
    from tests.coach.independent.build import half

    rows = json.loads((INDEPENDENT_DIR / "passages.json").read_text(encoding="utf-8"))["cases"]
    assert len(rows) >= 150
    assert sum("other-people" in row["id"] for row in rows) >= 40
    for row in rows:
        assert row["split"] == half(row["text"])
        for item in row["must"] + row["must_not"]:
            assert not item.get("text") or item["text"] in row["text"], (row["id"], item)


def test_the_fourth_set_is_split_once_by_its_text_and_its_labels_occur_in_it():
    from prep.coach.evaluate import FOURTH_DIR
    from tests.coach.fourth.build import half

    rows = json.loads((FOURTH_DIR / "passages.json").read_text(encoding="utf-8"))["cases"]
    assert len(rows) >= 200
    assert min(sum(r["split"] == h for r in rows) for h in ("dev", "test")) >= 100
    for row in rows:
        assert row["split"] == half(row["text"])
        for item in row["must"] + row["must_not"]:
            assert not item.get("text") or item["text"] in row["text"], (row["id"], item)


def test_the_fifth_set_is_split_once_by_its_text_and_its_labels_occur_in_it():
    from prep.coach.evaluate import FIFTH_DIR
    from tests.coach.fifth.build import half

    rows = json.loads((FIFTH_DIR / "passages.json").read_text(encoding="utf-8"))["cases"]
    assert len(rows) >= 220
    assert min(sum(r["split"] == h for r in rows) for h in ("dev", "test")) >= 100
    for row in rows:
        assert row["split"] == half(row["text"])
        for item in row["must"] + row["must_not"]:
            assert not item.get("text") or item["text"] in row["text"], (row["id"], item)


def test_the_sixth_set_is_split_once_by_its_text_and_its_labels_occur_in_it():
    from prep.coach.evaluate import SIXTH_DIR
    from tests.coach.sixth.build import half

    rows = json.loads((SIXTH_DIR / "passages.json").read_text(encoding="utf-8"))["cases"]
    assert len(rows) >= 160
    assert min(sum(r["split"] == h for r in rows) for h in ("dev", "test")) >= 80
    for row in rows:
        assert row["split"] == half(row["text"])
        for item in row["must"] + row["must_not"]:
            assert not item.get("text") or item["text"] in row["text"], (row["id"], item)


def test_the_seventh_set_is_split_once_by_its_text_and_its_labels_occur_in_it():
    from prep.coach.evaluate import SEVENTH_DIR
    from tests.coach.seventh.build import half

    rows = json.loads((SEVENTH_DIR / "passages.json").read_text(encoding="utf-8"))["cases"]
    assert len(rows) >= 130
    assert min(sum(r["split"] == h for r in rows) for h in ("dev", "test")) >= 50
    for row in rows:
        assert row["split"] == half(row["text"])
        for item in row["must"] + row["must_not"]:
            assert not item.get("text") or item["text"] in row["text"], (row["id"], item)


def test_the_eighth_set_is_split_once_by_its_text_and_its_labels_occur_in_it():
    from prep.coach.evaluate import EIGHTH_DIR
    from tests.coach.eighth.build import half

    rows = json.loads((EIGHTH_DIR / "passages.json").read_text(encoding="utf-8"))["cases"]
    assert len(rows) >= 150
    assert min(sum(r["split"] == h for r in rows) for h in ("dev", "test")) >= 70
    for row in rows:
        assert row["split"] == half(row["text"])
        for item in row["must"] + row["must_not"]:
            assert not item.get("text") or item["text"] in row["text"], (row["id"], item)


def test_the_ninth_set_is_split_once_by_its_text_and_its_labels_occur_in_it():
    from prep.coach.evaluate import NINTH_DIR
    from tests.coach.ninth.build import half

    rows = json.loads((NINTH_DIR / "passages.json").read_text(encoding="utf-8"))["cases"]
    assert len(rows) >= 160
    assert min(sum(r["split"] == h for r in rows) for h in ("dev", "test")) >= 75
    for row in rows:
        assert row["split"] == half(row["text"])
        for item in row["must"] + row["must_not"]:
            assert not item.get("text") or item["text"] in row["text"], (row["id"], item)


def test_the_tenth_set_is_split_once_by_its_text_and_its_labels_occur_in_it():
    from prep.coach.evaluate import TENTH_DIR
    from tests.coach.tenth.build import half

    rows = json.loads((TENTH_DIR / "passages.json").read_text(encoding="utf-8"))["cases"]
    assert len(rows) >= 120
    assert min(sum(r["split"] == h for r in rows) for h in ("dev", "test")) >= 50
    for row in rows:
        assert row["split"] == half(row["text"])
        for item in row["must"] + row["must_not"]:
            assert not item.get("text") or item["text"] in row["text"], (row["id"], item)
