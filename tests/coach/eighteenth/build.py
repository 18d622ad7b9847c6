"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/eighteenth/build.py

The eighteenth set was written on 2026-12-08 by the eighteenth author (helper lane eighteenth), who
read only tests/coach/fresh/build.py (block syntax, builder and PROFILE), docs/domain.md and the
module docstring of prep/coach/evaluate.py; no rules, word lists or data under prep/coach/, no other
set's passages, tests or build files, and the coaching was never run on these texts. The voices are
invented applicants to 한국사회보장정보원 who worked as a 종합사회복지관 체험형 인턴, 고용센터
취업상담 보조, 다문화가족지원센터 통번역 보조, at a 청소년상담복지센터, a 노인복지관 경로식당, on a
요양원 실습, as 사회적기업 회계 보조, 스타트업 CS, 물류창고 재고 관리, 대형마트 계산원, 헬스장
트레이너, 공공도서관 사서 보조, 전산 헬프데스크, in a 공공데이터 활용 공모전 or 해커톤, at a 영화관,
as 지역 축제 운영요원 and at a 헌혈의 집. passages_blind.txt holds the writer's own leaks, many
indirect (신촌 캠퍼스, 안암동 하숙집, 흑석동 언덕 위 캠퍼스, 연고전 응원단, 아카라카, 교대, 여대,
특성화고, 호주 유학 시절, 97년생, 서른 즈음, 늦깎이, 밀레니엄 베이비, 예비군 훈련, 사회복무요원,
병장 시절, 맏딸로서, 아이 어린이집 하원, 시댁, 주일마다 예배 반주, 불자인 저는, 경상도 사투리,
섬마을에서 자라, 체구가 작고, 제 이름 '한결', a naver address, a phone number and an ac.kr address)
alongside plain ones (고려대학교, KAIST, 집배원으로 일하신 아버지, 결혼 후, 전역 후);
passages_blind_other.txt puts the same kinds of facts on clients, colleagues and customers (고등학교
2학년인 내담 학생, 여든셋 되신 어르신, 결혼이민, 성당에 다니시는, 서울대 출신 선배, 50대 구직자분,
군복을 입은 손님, 교회 장로, 생년월일, 히잡을 쓴 관광객) while 저/제 acts; passages_company.txt
names wrong targets (국민건강보험공단, 건보공단, NHIS, NPS, 한전, 한국고용정보원,
한국보건의료정보원, NIA, 귀사, 귀 공단, 귀 공사, 귀 재단) against right names, partners and past
employers (귀원, 귀 기관, 사보원, 보건복지부, 쿠팡, CGV, 이마트, 대한적십자사);
passages_evidence.txt separates result numbers (7%, 120만 원, 절반, 열 건 중 한 건, 두 배, 0명) from
dates, floors, times, ordinals, hotlines, targets and scene counts, and marks vague claims (크게
향상, 눈에 띄게, 비약적으로, 몰라보게, 대폭) with and without backing; passages_structure.txt labels
STAR parts, missing results (그 결과 많은 것을 배울 수 있었습니다, 이를 통해, promises, feelings, a
rhetorical question) and thin actions (열심히 노력하여, 적절히 대처해, 여러 방법을 시도한 끝에);
passages_style.txt has clichés (맡은 바 최선을 다하는, 준비된 인재, 주인의식을 가지고, 성실함을
무기로) and near-misses (최선의 방법, 책임 범위, 발전기, 초심자용, 성실신고); passages_fit.txt
touches the values and 인재상 by paraphrase and adds look-alikes that must not count (행복e음,
신뢰구간, 포장 공정, 혁신도시, 국민체조, 협력업체, 미래에 대한 불안, 통신 오류). Each file is under
500 lines. The split is made once, by a fixed blake2b hash of the passage text: never move a
passage."""

import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.coach.fresh.build import PROFILE, half, main, parse  # noqa: E402

__all__ = ["PROFILE", "half", "parse"]

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
