"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/thirteenth/build.py

The thirteenth set was written on 2026-12-07 by a thirteenth author (helper lane "thirteenth")
without reading anything under prep/coach/ except the docstring of prep/coach/evaluate.py, and
without reading the passage text of the other sets; only tests/coach/fresh/build.py (block
syntax, builder and the 한국사회보장정보원 PROFILE), tests/coach/twelfth/build.py (the shape of this
file), docs/domain.md, /work/shared/DOMAIN.md and the label lines of the other sets (check codes
and categories with their counts, no passage text) were looked at. The coaching was not run on
these passages and the set was not scored by its author; the labels say what a careful human
reviewer would say. Every passage is a new 2-5 sentence 자소서 passage by an applicant to
한국사회보장정보원 and is scored for that profile (blind and company exhaustive).
Voices: 119 상황실 보조, 도서관 사서 보조, 택시 회사 배차실, 농협 하나로마트 (계산·배달·발주),
시청 민원실 인턴, 학교 급식실 조리 보조, 요양병원 간병, 물류센터 야간 조, 방과후 강사, 공공자전거
정비·대여소, 주민센터 복지 도우미, 보건소 접수, 콜센터 상담, 연구실 조교, 군청 농업기술센터,
장애인 활동지원, 해외 봉사 (필리핀, 라오스, 캄보디아), 스타트업 QA, 군 복무 (행정병, 정비병,
조타수, 의무경찰, 카투사, 상근예비역), 무료 급식소, 소극장 매표소, 외국인 근로자 쉼터 통역.
Blind (passages_blind.txt, leaks; passages_blind_other.txt, hard negatives; split in two to keep
each file under 500 lines): leaks about the writer or the writer's own family in forms a word
list would miss, labelled `+ blind/leak_<category>/<category>: text` with the categories used
by the other sets (school, school_area, school_activity, email, age, name_gender, family,
marital, religion, appearance, hometown); one gender-by-situation leak (손녀딸처럼) is labelled
`+ blind: text` without a category, since it is gender and family at once. Leaks: short and
campus names (성대 자과캠, 외대 글캠, 건대 글로컬, 에리카 캠퍼스, 시립대, 유니스트, 교대), high
schools by name, campus neighbourhoods (안암동, 흑석동, 회기역 앞), festivals and papers (고연전,
아카라카, 입실렌티, 연세춘추), a school e-mail; age in words, birth cohort, 학번, 띠, events
(월드컵 4강, 세월호, 비대면 입학); military service in many wordings and units, gender by role
(여학생 대표, 유일한 남자 간병인, 언니들, 첫 여성 엔지니어) and a surname; family jobs, health,
status and employers (외삼촌, 형부, 작은아버지, 누나, 사촌 동생, 외할머니); 시댁, 처가, 남편,
children; faith (선교팀, 주일학교, 새벽 예불, 세례명); body; home town given indirectly (섬,
억양, 부모님이 계신 여수, 탄광촌, 상경). Hard negatives: the same kinds of facts about other
people (callers, patients, customers and their mothers, a student's university, colleagues'
military service and leave, an old woman's home town, clients' ages and faith) in ids starting
`other-people-`, and look-alikes in ids starting `blind-ok-` (연세 지긋한, 고려하다, 키오스크,
관내 전역, 제대로, 3교대, 중앙 관제, 경기 침체, 서강대교, 대학로, 신촌역 as a workplace,
서울시 산하 기관, 군청, 고향사랑기부제, 예비군 훈련장 정류장, 고대 사원, counts and years).
Fit (passages_fit.txt, touched; passages_fit_none.txt, look-alikes only): forty passages touch
one value or 인재상 mostly by paraphrase (staying beside a client through a whole process, one
queue rule for everyone, counts the next team relies on, rebuilding a step with a scanner, RFID,
a database or test scripts, one shared handover note, forecasting and pilots, starting from the
citizen's own questions, refusing a gift) with one value clearly not touched as must_not; forty
touch nothing and carry look-alikes only (후공정, 도장 공정, 공정표, 공정무역, 신뢰도 계수,
혁신파크, 혁신도시, 혁신학교, 전문 세탁소, 전문가 과정, 행복했습니다, 행정복지센터, 행복주택,
행복나눔 장터, 동행 as a verb and a bus name, 차량 소통, 협력업체, 소통마당, 산학협력, 미래 as
time, 미래관, 선도 차량, 청소년 선도, 업계를 선도하는, 신기술 박람회, 국민은행, 국민연금,
국민체조, 국민 간식, 배려석, 책임자, 서비스센터, 연구실 환경, 에너지 효율, 정보시스템 화면).
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
