"""Scores the fitstyle_new set, both halves, with the evaluator the other sets use.

    python -m tests.coach.fitstyle_new.run

Kept out of prep/coach/evaluate.py so that file's owner can wire it in one line.
"""

from pathlib import Path

from prep.coach.evaluate import load_cases, report

HERE = Path(__file__).resolve().parent


def main() -> None:
    cases = load_cases(HERE)
    for name, label in (("dev", "development half"), ("test", "test half")):
        half_cases = [case for case in cases if case.split == name]
        print(report(f"fitstyle_new set, {label}", half_cases, problems=name == "dev") + "\n")


if __name__ == "__main__":
    main()
