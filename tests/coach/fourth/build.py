"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/fourth/build.py

The fourth set was written on 2026-12-02 by a fourth author (helper lane coach15b), without
reading the passages of the other sets; only the block format of tests/coach/fresh was reused,
and so is its builder (same profile, same blocks, same hash split).
Topics: 민원, 복지 상담, 전산, 회계, 현장 안전, 봉사, 아르바이트, 동아리, 인턴, with hard negatives
(clients' family, age and religion, place names holding value words, dates and ordinals that
are no results, partner institutions in 입사 후 포부, quoted speech). Each passages_*.txt block:

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
