"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/sixteenth/build.py

The sixteenth set was written on 2026-12-07 by a sixteenth author (helper lane "sixteenth") without
reading anything under prep/coach/ except the module docstring of prep/coach/evaluate.py, and
without reading the passage text of the other sets; only tests/coach/fresh/build.py (block syntax,
builder and the 한국사회보장정보원 PROFILE), tests/coach/fifteenth/build.py (the shape of this
file), docs/domain.md (blind hiring) and the brief's list of label codes were looked at. The
coaching was not run on these passages and the set was not scored by its author; the labels say what
a careful human reviewer would say. Every passage is a new 2-5 sentence 자소서 passage by an
applicant to 한국사회보장정보원 and is scored for that profile (blind and company exhaustive).
Voices: 구청 복지정책과 보조, 지역아동센터, 노인일자리 수행기관, 보건소 방문간호 보조, 자활센터,
고용센터 상담 보조, 병무 행정 아르바이트 (not military service itself), 도서관 사서 보조, 택배
상하차, 편의점 야간, 대학 행정실 근로장학생, 콜센터, 정보보호 동아리, 공공데이터 공모전, 전산실 서버
점검, 시청 정보통신과 인턴, 물류센터 WMS, 건설 현장 안전관리 보조.
Blind (passages_blind.txt): leaks about the writer or the writer's family (`+ blind/leak_<c>/<c>`):
family jobs, health and care by attribution (저희 어머니께서 방문간호사로, 제 동생이 자활센터
사업단에, 탑차를 몰던 우리 아버지, 주무관인 고모, 아버지의 뇌졸중 재활, 할머니를 모시고 살면서,
장애가 있는 형), school by name, by 검정고시, by 어학연수, by a named school society, by the campus
area (안암동 하숙집) and by a korea.ac.kr e-mail, home town by 토박이, by an accent and by 나고
자라, age by number, birth year cohort, life stage (스물아홉에, 99년생 … 막내, 삼십 대 중반, 마흔을
넘겨), marriage and children (결혼 후 두 아이, 남편의 지방 발령, 제 딸의 어린이집 하원), religion
(주일 예배, 사찰 청년회), appearance (키 190cm, 안경 낀 얼굴), gender and name (여자는 저 하나뿐,
'준호 총각'); military service (군 행정병, 전역 직후 beside a 병무 행정 아르바이트 that is not a
leak, the writer's 예비군 훈련, 공군 레이더 정비) is `+ blind: text` without a category.
Blind hard negatives (passages_blind_other.txt, ids `other-people-`, `- blind: text`): the same
kinds of facts about clients, colleagues and children (a client's age and birth year, a child's
grade, student workers' callers, conscripts' 입영 통지서, a colleague's 예비군, soldiers seeking
jobs, a client's church, Muslim co-workers, children's and a single parent's families, a manager's
wedding, a client's home region, a professor's ac.kr mail, short children, women callers and
technicians, a part-timer's age, a client's quoted name, a foreman from the marines).
Company (passages_company.txt; a few more in passages_style.txt and passages_fit.txt): other
institutions named as the target by full name, short name and English abbreviation
(국민건강보험공단, 건보, 심평원, 국민연금공단, NPS, NHIS, 한국고용정보원, 고용정보원, KISA,
한국인터넷진흥원, 근로복지공단, 근복, 한국장애인고용공단, LH, 코레일, 한국지능정보사회진흥원,
한국사회복지협의회, 한국보건복지인재원) and wrong honorifics (귀 공단, 귀사, 귀 공사); must_not:
귀원, 사회보장정보원, partners, past employers, contest hosts and places (a 건보 branch, a
근로복지공단 call-centre contractor, 행정안전부, CJ대한통운, an LH rental block, 수원시청, 고용센터,
open 국민연금 data).
Evidence (passages_evidence.txt): results as percent, percent points, money, zero outcomes, counts
and number words; numbers that are not results (dates, clock times, 제7회, team sizes, floors, staff
counts, thresholds, a client's age) with `+ evidence/no_numbers`; vague claims with and without a
backing number in the same or the next sentence, unquantified outcomes, and a look-alike (많은 것을
한꺼번에).
Structure (passages_structure.txt): outcomes stated plainly without cue words (including one placed
first and one inside a clause), outcomes through other people's actions, cue words, feelings,
lessons, promises and "we will discuss it" with no outcome, situations and tasks alone, thin actions
(열심히 노력했고, 잘 대처해서, 잘 소통하며 극복했습니다).
Style (passages_style.txt): clichés in common and inflected forms and near-misses in ordinary
wording (a job's 책임은, 가장 좋은 자리, 열을 올린, '성실 응대' 항목, 작업자의 노력보다, a quoted
motto).
Fit (passages_fit.txt): values and 인재상 shown by paraphrase (`+ fit/touched`), clearly untouched
terms, and homonyms (공정 as a construction stage, 혁신도시, 국민임대, 협력사, 무전 소통, 선도 of
food, 신뢰구간, '동행 카드', 국민체육센터, '신기술 체험관', 전문의).
Each file is under 500 lines. The split is made once, by a fixed blake2b hash of the passage text:
never move a passage.
"""

import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.coach.fresh.build import PROFILE, half, main, parse  # noqa: E402

__all__ = ["PROFILE", "half", "parse"]

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
