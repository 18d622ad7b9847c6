"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/fourteenth/build.py

The fourteenth set was written on 2026-12-07 by a fourteenth author (helper lane "fourteenth")
without reading anything under prep/coach/ except the docstring of prep/coach/evaluate.py (and, to
wire the set in, its list of set directories), and without reading the passage text of the other
sets; only tests/coach/fresh/build.py (block syntax, builder and the 한국사회보장정보원 PROFILE),
tests/coach/twelfth/build.py and tests/coach/thirteenth/build.py (the shape of this file),
docs/domain.md, /work/shared/DOMAIN.md and counts of the other sets' label codes (check, code,
category, and whether an item carries text; no passage or label text) were looked at. The coaching
was not run on these passages and the set was not scored by its author; the labels say what a
careful human reviewer would say. Every passage is a new 2-5 sentence 자소서 passage by an applicant
to 한국사회보장정보원 and is scored for that profile (blind and company exhaustive).
Voices: 우체국 택배 분류장 야간 조, 공항 보안검색, 정수장 운영 보조, 철도 역무, 국립공원 탐방
안내소, 법원 종합민원실, 세무서 상담 보조, 병원 원무과, 어린이집 보조교사, 동물보호센터, 재난 문자
운영, 산불감시원, 전통시장 상인회 사무국, 편의점 야간, 관광안내소, 기상 관측 보조, 지하철 안전요원,
택배 물류 IT 인턴, 학원 행정실, 청년센터, 주민센터 조사 보조.
Company (passages_company.txt): another target by full name (국민건강보험공단, 국민연금공단,
인천국제공항공사, 국립공원공단, 근로복지공단, 한국고용정보원, 한국소비자원, 서울교통공사,
법원행정처, 기상청, CJ대한통운), by a partial or short name (건강보험공단, 건보, 심평원, LH, 코레일,
한전, 수공, NIA, 캠코, 연금공단, K-water), a pasted-over closing naming 건강보험심사평가원 after the
right name, and the wrong honorific (귀 공사 and 귀 공단 beside the right name, 귀 공단, 귀사, 귀
재단); hard negatives (must_not): partners, suppliers and sources (…과 연계해, …의 통계를 보면, …의
자료에 따르면, 공개 데이터로, 원수를 공급받아, 상황 공유 방), past employers and internships (코레일
역무원, 한국전력공사 인턴, 연금공단 지사 인턴), workplaces and places (인천공항 터미널, 우체국
분류장), the ministries (보건복지부, 행정안전부), a franchise's head office, the right target by
사회보장정보원, 정보원, 사보원, 귀원, 귀 원, and the generic 귀 기관.
Evidence (passages_evidence.txt): results as numerals, percent and percent points, money, zero
outcomes (0건, 한 건도 없었습니다) and number words (사흘에서 하루로, 절반으로, 절반 가까이, 두 배,
열 명 중 여섯 명에서 두 명, 세 명 중 한 명꼴, 열에 여덟, 스물세 건, 십오 분 남짓에서 오 분, 일주일 →
하루 만에); numbers that are not results (clock times, months, years, durations of work, 제7회,
제3기, 제2판, 2024년 개정판, 2.1 버전, 2호선, 1층, 129, staff counts, 3교대, 24시간, 만 3세 반, a
client's age, 세 번째 visit); vague claims unbacked (큰 성과, 많은 것을 배웠, 한층 성장, 좋은 평가,
눈에 띄게 좋아졌, 기대 이상의 결과, 의미 있는 결과, 적지 않은 도움, 상당한 개선, 호평, 놀라운 변화,
몰라보게, 한결 원활해졌), backed in the same or the next sentence (must_not), beside an unrelated
year (still must), and literal look-alikes (많은 것을 한꺼번에 옮기려다, 최선의 관측 지점);
evidence/no_numbers on stories with no quantified result, including ones whose only numbers are
dates, counts or ages.
Structure (passages_structure.txt): results stated without cue words, numeric and not (줄이 짧아졌,
우는 아이가 없어졌, 취소된 날은 없었, 양식을 빌려 갔, a thank-you from the person helped); cue words
with no outcome (그 결과 … 깨달았습니다, 이를 통해 … 배웠습니다, 결과적으로, 덕분에, 이 경험을 통해,
그 결과 … 검토해 보겠다고); promises, feelings and situation changes that are not results; numbers
in an action or a situation that are not results; a result placed first; one-clause actions after
long situations (structure/action_short) against detailed multi-step ones; a task with nothing after
it.
Style (passages_style.txt): clichés in several inflections (책임감이 강한 사람, 누구보다 책임감
있게, 강한 책임감을 바탕으로, 최선을 다하는 자세, 최선을 다하겠습니다, 열정을 가지고, 열정적인,
열정을 쏟아부었, 소통의 중요성을 깨달았/다시 한번 느낄/몸소 체감, 소통이 얼마나 중요한지, 팀워크의
소중함, 역지사지, 주인의식, 초심, 항상 웃는 얼굴, 긍정적인 마인드, 발전에 이바지, 맡겨만 주신다면,
밑거름, 준비된 인재, 누구보다 성실하게, 도전 정신, 큰 교훈, 끈기 있는 사람, 발로 뛰는); look-alikes
(책임자, 배상 책임보험, 최선책, 차량 소통, 무전 소통, 성실신고확인, 한 걸음 물러서 주세요, 초심자
코스, 주인을 찾지 못한 우산, 청년 열정 콘서트, 긍정 응답률, 발로 뛰어다녀야 as a literal walk) with
`- style/cliche` asserting no cliché in the passage.
Blind (passages_blind.txt): leaks about the writer or the writer's family in forms a word list would
miss (저희 집이 … 떡집을 하고 있어, 공군 기상대대 관측병, 예비군 훈련을 받으러, 말년 병장, 서른을
코앞에, 밀레니엄 베이비, 스물아홉 해를 사는 동안, 인하대 후문, 녹두거리, 이대학보, an ac.kr e-mail,
a name in quotes, 저를 포함한 여직원들, 큰아들로서, 남편의 직장을 따라, 두 아이를 키우며, 주일마다
교회 주차 봉사, 법회와 공양간, 키가 185cm, 서귀포에서 나고 자란, 부산 사투리, a grandmother with
dementia, a mother's tax office, a sibling's disability, 어학연수); gender and military and the
mixed cases are labelled `+ blind: text` without a category. Hard negatives: the same kinds of facts
about other people (a client's age, colleagues' reserve training, nuns, a found student card, a
child's father's job, a merchant's home town, newlyweds, women officers) in ids starting
`other-people-`, and look-alikes in ids starting `blind-ok-` (홍대입구역 and 건대입구역 as
workplaces, 가족관계증명서, a weather station beside an air base, 만 65세 이상 fares, 성당 앞 공터).
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
