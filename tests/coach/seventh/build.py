"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/seventh/build.py

The seventh set was written on 2026-12-03 by a seventh author (helper lane coach7) before reading
anything under prep/coach/ (except the places in prep/coach/evaluate.py and
tests/coach/test_evaluate.py where the sets are wired) and without reading the passages of the
other sets; only the docstring of tests/coach/sixth/build.py (and its few lines that import the
builder) and the first 30 lines of tests/coach/sixth/passages_blind.txt were looked at for the
format, and the check codes and categories were taken from the sixth set's built labels.
The values and 인재상 come from the seed report the catalogue imports (/work/shared/seeds/000_*).
Voices: 요양원, 아동보호, 장애인 활동지원, 고용센터, 세무, 통계 조사, 도서관, 119 상황실,
택배 현장, 편의점 점장, 이직자, 40대 신입.
Hard negatives (passages_other.txt) state the age, family, religion, hometown, school, gender,
disability or military service of residents, clients, colleagues, customers and children, never
the writer's. Block format and builder are those of tests/coach/fresh (same profile, hash split);
see tests/coach/fresh/build.py for the block syntax.
The split is made once, by a fixed blake2b hash of the passage text: never move a passage.
"""

import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.coach.fresh.build import PROFILE, half, main, parse  # noqa: E402

__all__ = ["PROFILE", "half", "parse"]

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
