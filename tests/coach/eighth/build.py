"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/eighth/build.py

The eighth set was written on 2026-12-03 by an eighth author (helper lane coach8) before reading
anything under prep/coach/ (except the places in prep/coach/evaluate.py and
tests/coach/test_evaluate.py where the sets are wired) and without reading the passages of the
other sets; only tests/coach/seventh/build.py, tests/coach/fresh/build.py (the block syntax and
builder), the check codes of the seventh set's built labels and the first lines of
tests/coach/seventh/passages_blind.txt were looked at, for the format.
Voices: 도로공사 영업소, 우체국 물류, 국민연금 상담, 산림 복지, 해양 조사, 농어촌 마을, 보훈병원,
교통안전 점검, 청소년수련관, 지역 도서관, 공공데이터, IT 유지보수.
Blind leaks here take forms meant to be outside any list: relatives described indirectly
(아버지의 형님, 외가 어른들), years that imply an age (2002년 월드컵 때 초등학교 3학년),
school hints (관악산 자락의 캠퍼스), region of origin, gender through a role, marriage and
children, military service in odd phrasings (말년 병장, 취사병), appearance and religion.
Hard negatives (passages_other.txt) give the age, family, school, hometown, religion, gender or
military service of clients, citizens, colleagues, patients and children, never the writer's.
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
