"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/twelfth/build.py

The twelfth set was written on 2026-12-06 by a twelfth author (helper lane "twelfth") without
reading anything under prep/coach/ except the docstring of prep/coach/evaluate.py, and without
reading the passage text of the other sets; only tests/coach/fresh/build.py (block syntax,
builder and the 한국사회보장정보원 PROFILE), tests/coach/tenth/build.py (the shape of this file),
docs/domain.md and the label lines of the other sets (check codes and their counts, no text)
were looked at. The coaching was not run on these passages and the set was not scored by its
author; the labels say what a careful human reviewer would say and were written before the set
was first scored. Every passage is a new 2-5 sentence 자소서 passage by an applicant to
한국사회보장정보원 and is scored for that profile.
Voices: 한국전력 검침, 철도 역무, 고속도로 영업소, 국립공원 안내, 우체국 금융 창구, 통계 조사원,
장학재단 상담, 청소년수련관, 노인복지관, 지역아동센터, 박물관 해설, 재난 문자 운영, 공항 수하물,
보훈 상담, 산업안전 점검, 병원 원무과, 자활센터, 복지 전산 개발, 데이터 라벨링.
Fit (passages_fit.txt): values and 인재상 touched mostly by paraphrase (믿고 쓸 수 있는 숫자,
곁에서 함께 걷는, 한자리에서 같은 화면을 보며); about half the passages touch nothing and carry
look-alikes only: 공정 as a factory or labelling process, 혁신도시, 정부혁신, 행복주택, 행복했다,
동행 as a plain verb and a programme name, 신뢰성 시험, 신뢰 구간, 차량 소통, 소통방, 미래 as a
time word, 미래관, 선도 차량, 협력업체, 신기술 on a notice, 정보시스템 as a screen, generic
서비스·환경·효율적인 운영.
Company (passages_company.txt): other targets by full name, short name (건보, LH, 코레일, 한전,
수공, 보훈공단), local public enterprises (대구교통공사, 김포도시관리공사), 삼성전자, and the
wrong honorific (귀 공단, 귀 공사, 귀사, 귀 재단), one beside the right name; hard negatives:
partners (…과 협력하여), sources (…의 통계에 따르면, …의 자료에 따르면), former employers and
internships, comparisons and benchmarks, the ministry, and the right target by full name,
사회보장정보원, 사보원, 귀 원 and 귀원.
Evidence (passages_evidence.txt): results as numerals, number words (절반, 사흘에서 하루로, 두 배,
열 분 중 아홉 분, 스무 명 가운데 열네 명), before→after pairs, percent points and zero outcomes;
numbers that are not results (years and months, 제2회, 제7차, 2차, 개정판, phone numbers, clock
times, 3번 벨트, altitude, own years of service, a building's age and an anniversary); vague
claims unbacked, backed in the same or the next sentence (must_not), and beside an unrelated
number (still must).
Structure (passages_structure.txt): results stated plainly without cue words, numeric and
not; cue words with no outcome (그 결과 … 깨달았습니다, 이를 통해 … 배웠습니다, 결과적으로 …);
closing promises (입사 후 …하겠습니다) that are not results; one-clause actions against detailed
ones; tasks; long situations whose change words (늘어나다, 바뀌다) are not results.
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
