"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/twentysecond/build.py

Written on 2026-12-08 by the twenty-second author (helper lane twentysecond) as a held-out set,
scored once after this round's tuning and never tuned on. Read: tests/coach/fresh/build.py (block
format, parse/half/main, PROFILE) and the docstring of prep/coach/evaluate.py; nothing else under
prep/coach/ (docs/domain.md was allowed but not opened), no other set's passages, tests or build.py,
and the coaching was never run on these passages. Voices: 국민체육센터 접수, 시립 미술관 도슨트,
구청 민원 콜센터, 교통안전 캠페인 서포터즈, 지역 신문 인턴 기자, 대형 병원 안내 봉사, 장애인 고용
사업장 직무지도, 경로당 스마트폰 교실 강사, 청년센터 프로그램 기획, 물류 스타트업 데이터 분석 인턴,
공공 SW 테스트 외주, 아동 급식카드 가맹점 안내, 의류 매장, 택시 회사 배차 사무, 농산물 직거래 장터;
people and details are invented. passages_blind.txt: the writer's own leaks (school, school activity
and area, family, age, gender and service, name, email and phone, marital, religion, hometown,
appearance); passages_blind_other.txt: the same facts about clients, colleagues and children (ids
other-people-*), which are not leaks; passages_company.txt: other institutions as target, wrong
honorifics, and partners, past employers, places and right names; passages_evidence.txt: result
numbers against scene numbers, no_numbers and vague claims with and without numbers;
passages_structure.txt: STAR parts, result_missing with and without cue words, thin and concrete
actions; passages_style.txt: clichés and near-misses; passages_fit.txt: values and 인재상 touched by
meaning, and homonyms (공정 as a work process, 행복e음, 국민체육센터, 미래에셋, 혁신도시) that must
not count. Each file is under 500 lines. The split is made once, by a fixed blake2b hash of the
passage text: never move a passage."""

import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.coach.fresh.build import PROFILE, half, main, parse  # noqa: E402

__all__ = ["PROFILE", "half", "parse"]

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
