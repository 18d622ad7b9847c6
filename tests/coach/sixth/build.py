"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/sixth/build.py

The sixth set was written on 2026-12-03 by a sixth author (helper lane coach6) before reading
anything under prep/coach/ (except the places in prep/coach/evaluate.py and
tests/coach/test_evaluate.py where the sets are wired) and without reading the passages of the
other sets; only the docstring of tests/coach/fifth/build.py and the first 40 lines of
tests/coach/fifth/passages_blind.txt were looked at for the format, and the check codes and part
names were taken from the fifth set's built labels (codes and categories only, no passages).
The values and 인재상 come from the seed report the catalogue imports (/work/shared/seeds/000_*).
Voices: 공항·철도·항만 운영, 전력·가스 설비, 건강보험 심사, 주택·도시 공사, 환경·수자원,
문화예술 재단, 연구원 행정, 해외 봉사, 군 경력, 장애가 있는 본인·동료·고객, 다문화 가정.
Hard negatives (passages_other.txt) state the age, family, religion, hometown, disability or
military service of patients, citizens, tenants, colleagues and children, never the writer's.
Block format and builder are those of tests/coach/fresh (same profile, hash split):

    ## id                       ("other-people" in the id: about clients, colleagues, children)
    text (one or more lines)
    + check[/code[/category]]: text   a must item (the observation overlaps this text)
    + fit/touched = 소통과 협력       a must item naming a touched term
    - check/code: text                a must_not item
    - fit/touched = 공정과 신뢰       a must_not item naming a term that must not be touched

Every passage is scored for the 한국사회보장정보원 profile with blind and company exhaustive
(a passage without a `+ blind` item asserts no blind finding at all).
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
