"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/twentieth/build.py

The twentieth set was written on 2026-12-08 by the twentieth author (helper lane twentieth), who
read only the block format, builder and PROFILE in tests/coach/fresh/build.py, the docstring of
prep/coach/evaluate.py and docs/domain.md; no rules, word lists or data under prep/coach/, no other
set's passages, build files or tests were read, and the coaching was never run on these passages.
The voices are applicants to 한국사회보장정보원 who worked as 연금·보험 고객센터 위탁 상담사, 시청
민원실 기간제, 주민센터 복지도우미, 교육청 교육행정 실무, or served at a 종합사회복지관 사례관리
실습, 노숙인 지원 시설, 무료급식소, 농촌 일손 돕기, 해외 ODA 현장 인턴, 공공 앱 개발 동아리,
빅데이터 분석 과제, 쇼핑몰 CS, 배달 대행, 주유소, 제과점, 학습지 교사, 보육원 멘토링 and 장애인
스포츠 대회 자원봉사: career changers, recent graduates and people returning after a break, writing
formally, plainly or clumsily. passages_blind.txt holds the writer's own leaks, plain and indirect
(school names and kinds such as 이대 졸업 후, 특성화고, 검정고시, 호주에서 학부를 마치고; campus
areas such as 안암동 하숙집, 관악산 자락의 캠퍼스; 학보사, 총학생회, a named club and festival;
family jobs, health, wealth and care such as 기초생활수급 가정에서 자라며, 할머니 손에서 자란; age
by number, birth year and life stage such as 늦깎이, 마흔을 앞두고, 2002년 월드컵 때 유치원생이던;
gender by military service and roles such as 전역 후, 사회복무요원, 엄마로서, 남자 직원이 저
하나뿐이던; marriage and children such as 맏며느리로서, 육아로 5년간; religion such as 교회 청년부,
주일 미사, 선교 여행; hometown by place and accent; body and face; a name; an e-mail address and a
phone number) plus a few near-misses (고향사랑기부제, 남녀노소, a club with no school).
passages_blind_other.txt puts the same kinds of facts on clients, citizens, colleagues, mentees and
customers (여든여섯의 어르신, 결혼이민자, 성산중학교, 해군 부사관 출신인 팀장님, 92년생이라, a
customer's e-mail). passages_company.txt names wrong targets in full, short, acronym and honorific
forms (국민연금공단, 심평원, NHIS, 한국고용정보원, 보사연, 귀사, 귀 공단, 귀 공사, 귀 재단) against
past employers, partners, places and right names (사회보장정보원, 사보원, 귀원, 귀 기관, 귀 원,
SSIS). passages_evidence.txt has results in numerals, percentages, money and number words (절반으로,
두 배 가까이, 열 곳 중 아홉 곳, 단 한 건의 누락도 없이) next to setting numbers (dates, floors,
durations, a help-line number, a client's age, data size), vague claims (크게 향상되었습니다,
획기적으로, 비약적으로, 몰라보게) and vague words backed by numbers. passages_structure.txt has STAR
stories with labelled parts, stories ending in lessons, feelings, promises or empty cues (그 결과
많은 것을 느끼고, 이를 통해), outcomes stated without cues, and thin actions (열심히 노력하여,
적절히 대처해, 맡은 바 책임을 다해) beside concrete ones. passages_style.txt has clichés in plain,
spaced and inflected forms (최선을 다 하겠습니다, 밑거름이 되도록, 뼈를 묻겠다는 각오로, 백지장도
맞들면) and near-misses in ordinary wording (퇴비를 밑거름으로, 초심자용, 최선의 배차 경로, 책임
소재). passages_fit.txt touches the six values and 인재상 by what the writer did, and has
look-alikes that must not count (행복e음, 제과 공정, 도로 소통, 선도 차량, 신뢰구간, 협력업체,
국민연금, 동행한 선배, 미래 계획, 국민체조). Each file is under 500 lines. The split is made once,
by a fixed blake2b hash of the passage text: never move a passage."""

import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.coach.fresh.build import PROFILE, half, main, parse  # noqa: E402

__all__ = ["PROFILE", "half", "parse"]

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
