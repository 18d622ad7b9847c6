"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/nineteenth/build.py

The nineteenth set was written on 2026-12-08 by the nineteenth author (helper lane nineteenth), who
read only tests/coach/fresh/build.py (block syntax, builders, PROFILE), docs/domain.md and the
module docstring of prep/coach/evaluate.py; no rules, word lists or data under prep/coach/, no other
set's passages, tests or build scripts were read, and the coaching was never run on these passages.
The voices are applicants who worked in 행정복지센터 공공근로, 보건소 금연클리닉, 치매안심센터,
지역자활센터, 장애인 활동지원, 아동보호전문기관, 119 안전센터 체험, 우체국 소포 접수, 공항
안내데스크, 편의점 점장 대리, 호텔 프런트, 여행사, SI 공공 유지보수, 보안관제 인턴, 통계 조사, 은행
디지털 창구, 병원 원무과 and 법률 상담 보조, writing long -고/-며/-는데 sentences, interview-like
lines ("왜 그렇게까지 했냐고 물으신다면") and very short ones. passages_blind.txt holds the writer's
own leaks in plain and indirect forms (계명대, 특성화고, 마이스터고, 교내 방송국 '하늬소리',
캠퍼스가 있던 안암동, 수급 가구, 평생 교단에 서셨던, 홀어머니, 97년생, 서른을 넘겨, 마흔을 코앞에
둔, 사회복무요원, 예비군 훈련, 여자 동기가 저 하나뿐, 장남으로서, 제 이름 '한결', 지은 씨, 경상도
사투리, 완도의 작은 섬, 새벽 기도, 선교 여행, 육아휴직, 아기 엄마가, 키가 186cm, e-mail, phone,
ac.kr); passages_blind_other.txt puts the same kinds of facts on clients, citizens, colleagues and
customers next to what 저/제 did (여든셋, 아드님이 구청 공무원, 카이스트 출신, 해병대 전역 후,
성당에 다니시는, 히잡을 쓴, 신혼부부, 임신부); passages_company.txt names wrong targets
(국민건강보험공단, 건보공단, 심평원, NPS, NIA, KISA, LH, 한국고용정보원, 귀사, 귀 공단, 귀 공사, 귀
재단, a leftover 한국장학재단) against right names, partners and past employers (귀원, 귀 기관,
사보원, 보건복지부, 모두투어, 인천국제공항공사, LG CNS, 국민은행); passages_evidence.txt has result
numbers (62%에서 81%로, 두 배로, 절반으로, 사흘이면, 열 통 중 두 통에서 네 통으로), scene numbers
(dates, times, floors, durations, ordinals, a phone number), unquantified outcomes and vague claims
with and without backing (크게 향상, 획기적으로, 비약적으로); passages_structure.txt has labelled
STAR parts, stories that end in lessons, promises or cue words only (그 결과 한층 더 성장, 이를
통해), outcomes without cue words, and thin versus concrete actions (최선을 다해, 적절히 대처해,
여러 방법을 시도한 끝에); passages_style.txt has clichés in plain, inflected and spaced forms
(최선을 다 하겠습니다, 초심을 잃지 않고, 밑거름이 되겠습니다, 한 알의 밀알) and near-misses (최선의
경로, 책임 소재, 초심자용); passages_fit.txt touches values only through deeds (walking a client to
the bus stop, refusing to skip the queue, scripting a log check, handover notes, trying AI tools
early, returning a gift) and uses value words in unrelated senses (행복e음, 동행복권, 포장 공정,
신뢰구간, 혁신도시, 미래에셋, 국민체조, 협력업체). Each file is under 500 lines. The split is made
once, by a fixed blake2b hash of the passage text: never move a passage."""

import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.coach.fresh.build import PROFILE, half, main, parse  # noqa: E402

__all__ = ["PROFILE", "half", "parse"]

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
