"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/tenth/build.py

The tenth set was written on 2026-12-04 by a tenth author (helper lane "tenth lane") without
reading anything under prep/coach/ except prep/coach/evaluate.py (its docstring and the places
where the sets are wired), and without reading the passages of the other sets; only
tests/coach/fresh/build.py (the block syntax, labels and builder), tests/coach/ninth/build.py
(the shape of this file) and the labels of tests/coach/ninth/passages_evidence.txt,
passages_structure.txt and passages_company.txt (for the format only; no sentence or topic of
theirs is reused) were looked at. The check codes and categories in the labels (evidence
quantity, vague_claim and no_numbers; structure part/situation, task, action, result,
result_missing, action_short and situation_long; company other_company) were learnt by running
the coaching on a few throwaway sentences that are not in this set. The labels say what a
careful human reviewer would say and were written before the set was first scored.
Voices: 국민연금 지사, 공항 보안검색, 하수처리장, 우편 집배, 산림 병해충, 소방 행정, 119 상황실
보조, 학교 행정실, 근로복지 상담, 항만 물류, 도시가스 안전점검, 정부 민원 콜센터, 주민센터,
공공 체육시설, 연구소 행정.
Evidence (passages_evidence.txt): quantified results as numerals, Korean number words (세 배,
절반, 사흘 만에, 열에 아홉, 스물두 개 동 가운데 세 번째), fractions (4분의 1), before→after pairs,
percent points and zero outcomes (한 건도 없었습니다); hard negatives that are not results
(years and months, ordinals such as 제5기, 3회차, 두 번째, a manual's 제3판, a phone number and a
room, clock times and shifts, the length of one's own service, the age of a blower or a
building); vague claims (최선을 다해, 많은 것을 배웠다, 큰 성과, 크게 기여) with no backing, with
concrete backing in the same or the next sentence (labelled must_not), and beside a number in
another part of the passage that does not excuse them (labelled must).
Structure (passages_structure.txt): results stated plainly with no cue word, cue words with no
outcome (그 결과 … 깨달았습니다, 이를 통해 … 배웠습니다), missing results, one-clause actions,
long situations, results inside the action sentence, tasks, and closing promises (입사 후 포부)
that are not results (labelled must_not part/result).
Company (passages_company.txt), for the 한국사회보장정보원 profile: another institution named as
the target by full name, short name (건보, 국민연금, LH, 인국공, 근복) or as a local public
enterprise (부산교통공사, 서울시설공단, 인천교통공사, 경기주택도시공사); the wrong honorific for a
원 (귀 공단, 귀 공사, 귀사); hard negatives: 귀 원, 귀원, the profile's name and aliases, partners
(…과 협력), sources (…의 통계에 따르면), former employers and internships, comparisons and a
구청 department.
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
