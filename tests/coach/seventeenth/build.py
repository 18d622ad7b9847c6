"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/seventeenth/build.py

The seventeenth set was written on 2026-12-07 by a seventeenth author (helper lane "seventeenth")
without reading anything under prep/coach/ except the module docstring of prep/coach/evaluate.py,
and without reading the passage text of the other sets; only tests/coach/fresh/build.py (block
syntax, builder and the 한국사회보장정보원 PROFILE), tests/coach/fifteenth/build.py (the shape of
this file) and docs/domain.md were looked at. The coaching was not run on these passages and the set
was not scored by its author; the labels say what a careful human reviewer would say. Every passage
is a new 2-5 sentence 자소서 passage by an applicant to 한국사회보장정보원 and is scored for that
profile (blind and company exhaustive). Voices: 체험형 인턴, 청년 서포터즈, 읍면동 맞춤형복지팀
보조, 장애인복지관, 푸드뱅크, 정신건강복지센터 보조, 건강가정지원센터, 국공립 어린이집 보조교사,
공공 앱 QA, 민원 챗봇 데이터 라벨링, 학원 행정, 카페 매니저, 은행 창구 인턴, 보험사 콜센터, 약국
보조, 해외 봉사, 군 복무 중 행정병 (a leak), 교내 학보사 (a school leak), 농협 하나로마트. Blind
(passages_blind.txt): leaks about the writer or the writer's family (`+ blind/leak_<c>/<c>`): school
by paper, council and club (교내 학보사 기자, 학보사 편집국, 총학생회 복지국장, 과 학생회), by name
(한양대 ERICA) and by kind of schooling (마이스터고를 졸업하고, 검정고시), the campus area (회기동
자취방); family jobs, health and care with and without 저희/제 (저희 어머니께서 요양보호사로, 제
동생은 발달장애가, 아버지께서 운영하시던 동네 슈퍼, 일하시는 이모, 할머니를 모시고 살면서, 아버지의
긴 투병, 사회복지공무원인 언니); age (스물아홉이라는 나이에, 97년생 동갑, 만 스물다섯, 삼십 대 중반,
초등학생 때부터); home town (제주에서 나고 자라, 억센 경상도 사투리, 제가 자란 전남 고흥); religion
(교회 유치부 교사, 불자로서 108배); marriage and children (결혼 후 첫아이, 남편의 지방 발령, 두
아이를 키우는 엄마로서); appearance (키가 187cm, 동글동글한 얼굴); gender and name (여성 테스터는 저
혼자, '수빈 쌤'); a gmail address; military service (대대 인사과 행정병, 전역을 석 달 앞두고, 공군
기상대대, 예비군 훈련) as `+ blind: text` without a category. Blind hard negatives
(passages_blind_other.txt, ids `other-people-`, `- blind: text`): the same kinds of facts about
clients, children, customers and colleagues (ages of clients and children, a child's father's shift
work, Muslim villages, a single mother, a customer's school, a colleague just out of the army, a
client from 전라도, a manager's wedding, a short grandmother, a church elder, women counsellors,
divorced parents, pupils' schools, a soldier on leave, a son in the army, deaf clients, high-school
teammates). Company (passages_company.txt): other institutions named as the target of the letter
(full names, short names 심평원/건보/연금공단/LH/코레일, English NHIS/NPS/HIRA/KISA, wrong
honorifics 귀 공단/귀사/ 귀 공사/우리 공단) with `+ company/other_company`; the right ones (귀원,
사보원) and partners, past employers and places (국민건강보험공단 지사 인턴, KB국민은행, 농협
하나로마트, 한국토지주택공사, 삼성화재, 보건복지부, 한국사회복지협의회, 스타벅스, 주민센터, 경찰서)
with `- company/other_company`. Evidence (passages_evidence.txt): results as numerals, percent,
money, zero outcomes and number words (다섯 개 남짓, 열에 여섯 → 열에 아홉, 이십 분, 열 명 중 두 명
→ 일곱 명, 한두 건, 열 통 안팎, 절반, 두 배 가까이); non-result numbers (years, clock times, 2층,
staff counts, 제3회, a client's age, a helpline number, durations, 셋째 주 토요일) with `+
evidence/no_numbers` where no result is quantified; vague claims (큰 성과, 크게 향상, 획기적으로,
대폭 개선, 부쩍 늘었) and the same backed by numbers (must_not); unquantified outcomes. Structure
(passages_structure.txt): results without cue words, a result placed first, cue words with no
outcome (그 결과 … 깨달았, 이 경험을 통해 … 배웠, 결과적으로 … 검토해 보겠다는, 이를 통해, 덕분에
많은 것을), feelings, lessons and promises only, thin actions (적절히 대처하여, 함께 노력해,
여러모로 신경을 써서, 매뉴얼대로, 잘 수습했고), rich actions, situations and tasks alone. Style
(passages_style.txt): clichés in plain and inflected forms and near-misses in ordinary wording
(책임질 일이 적어, 최선의 배분 순서, 열정 페이, 책임이 주어집니다). Fit (passages_fit.txt): values
and 인재상 touched by paraphrase (`+ fit/touched`) beside clearly untouched terms, and homonyms
(로스팅 공정, 혁신도시, 국민임대, 행복주택, 협력업체, 무전기로 소통, '동행 세트', 생선 선도, 전문의,
신뢰구간, 국민체육센터). Each file is under 500 lines. The split is made once, by a fixed blake2b
hash of the passage text: never move a passage."""

import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.coach.fresh.build import PROFILE, half, main, parse  # noqa: E402

__all__ = ["PROFILE", "half", "parse"]

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
