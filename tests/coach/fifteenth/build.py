"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/fifteenth/build.py

The fifteenth set was written on 2026-12-07 by a fifteenth author (helper lane "fifteenth")
without reading anything under prep/coach/ except the docstring of prep/coach/evaluate.py (and, to
wire the set in, its list of set directories), and without reading the passage text of the other
sets; only tests/coach/fresh/build.py (block syntax, builder and the 한국사회보장정보원 PROFILE),
tests/coach/thirteenth/build.py and tests/coach/fourteenth/build.py (the shape of this file), a
few label lines of tests/coach/fourteenth/passages_blind.txt and counts of the fourteenth set's
label codes (syntax only), docs/domain.md and /work/shared/DOMAIN.md were looked at. The coaching
was not run on these passages and the set was not scored by its author; the labels say what a
careful human reviewer would say. Every passage is a new 2-5 sentence 자소서 passage by an applicant
to 한국사회보장정보원 and is scored for that profile (blind and company exhaustive).
Voices: 항만 물류, 소방서 행정, 보훈병원 원무과, 지방법원 집행 보조, 산림조합, 수산물 경매장,
고속버스 터미널, 도시가스 점검, 아파트 관리사무소, 장애인 체육센터, 다문화가족지원센터, 한국어
강사, 시장 상인 통역, 게임 QA, 드론 촬영, 헌혈의 집, 주차 관리, 인력사무소, 사진관, 공유오피스.
Blind (passages_blind.txt): leaks about the writer or the writer's family (`+ blind/leak_<c>/<c>`):
school by an event, dorm, club or nickname (연고전 응원 연습, 관악사 기숙사 자치회, 아카라카, 학교
방송국, 카이스트 출신, 과학고 기숙사, 교환학생), the campus area (신촌 하숙집), an snu.ac.kr e-mail,
age by number, birth year or life stage (올해로 서른셋, 아흔여섯 년생, 불혹을 앞두고, 이십 대
후반까지, 제가 태어난 2000년), gender by role (여자 탈의실 안내는 제 몫, 청일점) and a quoted name,
family jobs, health and status (a father's port work, an uncle at the court, a father on dialysis,
a single mother, a brother's job, a grandfather at the auction), marriage and children (신혼집,
아내의 출산 휴가, 딸아이), religion (성가대 반주, 라마단 금식, 템플스테이 봉사), appearance (체중,
앳된 인상) and home town (목포 앞바다, 강원도 산골 마을 출신, 전주에서 나고 자라); military
service in unusual wordings (해군 함정 통신 당직, 의경, 카투사, 사회복무요원, 제대하고 복학) is
labelled `+ blind: text` without a category.
Blind hard negatives (passages_blind_other.txt, `- blind: text`): the same kinds of facts about
other people (patients', donors' and workers' ages, soldiers on leave, a colleague's reserve
training, a clerk from the marines, a student's or a client's school, a campus-area car park, a
client's family, newlyweds, a manager's wedding, Muslim families, a church youth group, a monk
patient, colour-blind users, a short child, a merchant from Jeju, women tenants and firefighters, a
customer's quoted name, a lab's ac.kr e-mail) in ids starting `other-people-`, and look-alikes in
ids starting `blind-ok-` (초등학교 앞 횡단보도, 한국어 교실 수료식, 만 65세 이상, 가족관계증명서,
성당 종탑, 해군 부두, 강원도 홍천 as a shop's place, 얼굴 크기 in passport-photo editing).
Fit (passages_fit.txt): each passage touches one value or 인재상 mostly by paraphrase
(`+ fit/touched`) and names one clearly untouched term (`- fit/touched`).
Fit look-alikes (passages_fit_none.txt): nothing touched, only `- fit/touched` items, beside
homonyms and names containing value words (공정 as a process, 신뢰구간, 행복주택, 동행 카드,
혁신도시, 협력업체, 무전 소통, a game named '미래 전쟁', 선도 of fish, 국민체육센터, 국민임대,
전문의, 행복복지센터, 공정무역, a '행복한 우리 가족' package, '협력 운송사', '소통하는 한국어',
'신기술 체험관').
Evidence (passages_evidence.txt): results as numerals, percent, percent points, money, zero
outcomes and number words (스무 건 가까이 → 대여섯 건, 사십 분 → 십 분 안쪽, 절반 아래로, 세 배
가까이, 열 명 중 여덟 명, 나흘 → 이틀, 열두 건 → 두 건); numbers that are not results (clock times,
3교대, years, 제5회, 2층, staff counts, 119, durations, equipment counts, a client's age and visit,
a platform number) with `+ evidence/no_numbers`; vague claims (큰 성과, 좋은 반응, 눈에 띄게
향상, 훨씬 원활해졌, 크게 개선, 한 단계 더 성장), the same backed by numbers in the same or the next
sentence (must_not), unquantified outcomes (evidence/no_numbers) and a literal look-alike (많은
것을 한꺼번에).
Structure (passages_structure.txt): results without cue words, numeric and not (a list people point
at, calls that stopped, a thank-you, a sign copied by neighbours, no cancelled lectures, an empty
corner), a result placed first; cue words, feelings, lessons, promises and someone's promise to
consider it with no outcome (그 결과 … 깨달았, 이 경험을 통해 … 배웠, 결과적으로 … 검토해 보겠다고,
덕분에 많은 것을, 이를 통해 … 느꼈, 앞으로도 … 되겠습니다); a task or a situation with nothing after
it, and numbers in a situation that are not results.
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
