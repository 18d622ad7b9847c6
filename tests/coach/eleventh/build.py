"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/eleventh/build.py

The eleventh set was written on 2026-12-06 by an eleventh author (helper lane "eleventh")
without reading anything under prep/coach/ except the docstring at the top of
prep/coach/evaluate.py, and without reading the passage text of the other sets; only
tests/coach/fresh/build.py (the block syntax and the builder imported here),
tests/coach/tenth/build.py (the shape of this file), docs/domain.md (its "Blind hiring" section
defines what a leak is) and the label lines of the other sets (their check/code/category heads,
not their text) were looked at. Every sentence, person and situation here is new. The labels
say what a careful human reviewer would say; the coaching was not run on these passages and the
set was not scored by its author.
Voices: 전기 검침, 철도 역무, 고속도로 영업소, 국립공원 탐방 안내, 수목원, 해양 조사선, 우체국 금융
창구, 통계 조사원, 장학재단 상담, 청소년수련관, 노인복지관, 지역아동센터, 박물관 해설, 재난 문자
운영, 전기차 충전 관리, 공항 수하물, 공단 콜센터, 보훈 상담, 산업안전 점검, 병원 원무과, 자활센터.
Blind (passages_blind.txt): leaks about the writer or the writer's family only. School in every
form (full and short names, a nickname such as 설대, 연고전, 인서울, a campus and the area around
one, 마이스터고/공고/외고, 학번, a named club, festival and paper, a school e-mail, 유학); age
(birth year, 95년생, digits and words, 만 나이, age told by an event such as the 2002 World Cup or
the 수능 year, 띠, an age gap, 막내); gender (by role, military service in many wordings incl.
사회복무요원 and 예비군, a women's university, 장녀, 누나); family (a parent's job before the kin
word, in-laws, a cousin, step-family, 수급/한부모 status, 다문화 가정, a grandparent recalled next
to clients); home town (dialect, 출신, 토박이, an island or 군 as origin); religion (church,
성당, 불자); marriage and children; appearance; the writer's own name. Some passages hold two
leaks of different kinds, some hide the leak inside a long sentence about work.
Other (passages_other.txt): "other-people-" passages give clients', citizens', patients',
colleagues', supervisors' and children's age, family, school, home town, religion, gender,
marriage, disability and military service, never the writer's; "lookalike-" passages use words
that only look like leaks (연세 드신, 서울대입구역, 서울대공원, 중앙대로, 고대 유물, 동문 쪽 매표소,
관내 전역, 어미나무, 나이테, 키오스크, 안전띠, 공무원 복무규정, 부처님 오신 날) and
"lookalike-own-" passages give the writer's own allowed facts (years of experience, licences,
a major without a school, a former employer, an internship). None has a `+ blind` item.
Style (passages_style.txt): 자소서 clichés in natural and inflected forms (책임감, 최선을 다하다,
성실함을 무기로, 밑거름, 뼈를 묻다, 첫 단추를 꿰다, 발전에 이바지/일익, 물심양면, 화목한 가정,
열정과 패기, 주인의식, 초심, 준비된 인재, 가교 역할, 솔선수범, proverbs) and plain
concrete passages, some with a literal use of a cliché's words (밑거름 as fertiliser, 첫 단추 of a
dust suit, 가교 as a temporary bridge, 최선의 방안, 책임 구역) labelled must_not.
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
