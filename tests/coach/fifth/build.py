"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/fifth/build.py

The fifth set was written on 2026-12-02 by a fifth author (helper lane fifth15), without
reading anything under prep/coach/ (except the docstring of prep/coach/evaluate.py and the
places in it and in tests/coach/test_evaluate.py where the sets are wired) and without reading
the passages of the other sets (corpus, independent, fresh, fourth, cases, service_dev); only
the block format and builder of tests/coach/fresh are reused (same profile, blocks, hash split)
and the check codes and part names (situation, task, action, result) were taken from the other
sets' built labels (codes and categories only, no passages).
Voices: new graduates, career changers, 고졸 채용 (특성화고), 경력직, 보훈 work.
Topics: 주민센터 and 복지관 창구, 고객센터, 물류와 편의점 아르바이트, 회계 감사, 서버 운영,
멘토링, with hard negatives (clients' family, age, religion and hometown; colleagues' gender
and military service; schools as workplaces; partner universities and institutions in 입사 후
포부; past employers; dates, editions, phone and version numbers that are no results; homonyms
of value words such as 공정, 혁신도시, 행복동, 신뢰구간, 동행한). Each passages_*.txt block:

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
