"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/twentyfirst/build.py

Written on 2026-12-08 by the twenty-first author (helper lane twentyfirst), who read only the
block format and PROFILE of tests/coach/fresh/build.py, docs/domain.md and the docstring of
prep/coach/evaluate.py: nothing else under prep/coach/, no other set's passages, tests or
build.py, and the coaching was never run on these passages. The voices are new: 전통시장
상인회 사무보조, 수영장 안전요원, 아파트 관리사무소, 구청 당직실, 재난문자 모니터링, 공공 와이파이
설치 보조, 모금 캠페인, 점자도서관, 수어 통역 봉사, 마을버스 배차, 장난감 도서관, 청년 창업 공간,
지역 방송국 자막, 기록물 정리, 보건소 예방접종 안내. passages_fit.txt holds 46 passages that
touch one or two of the six terms by what the writer did, mostly without the value's words
(fit-together, fit-fair, fit-expert, fit-future, fit-comm, fit-public), each with a term that
is not touched, and 15 look-alikes (fit-lookalike) using the words in another sense: 도장
공정, 공정률, 신뢰구간, 신뢰성 시험, 차량 소통, 협력업체, 행복 꾸러미, 동행 운행, 선도 차량,
국민평형, 국민체조, 판결문 전문, '혁신 토크', 미래 시제. passages_style.txt holds 22 passages
with clichés (항상 최선을 다하는, 뽑아주신다면, 누구보다 열심히, 열정과 패기, 발전에 이바지
하겠습니다, 초심을 잃지 않고, 준비된 인재, 밑거름이 되겠습니다, 일익을 담당하고, 최고가 아닌
최선, 가장 큰 무기, 많은 것을 배울 수 있었고, 소중한 경험이었습니다, 백지장도 맞들면 낫다,
역지사지의 자세, 주인 의식을 가지고, 한 알의 밀알, 긍정적 마인드, 솔선수범하는 자세, 기회를
주신다면, 기대에 부응하는, 어제보다 나은 오늘, 끊임없이 노력하는, 좌우명은, 하면 된다,
둘째가라면 서러울, 스펀지처럼) and 10 near-misses using the same words plainly (최선인지,
밑거름을 주는, 첫 단추가, 발전기를, 스펀지 매트, 백지장처럼, 책임 소재, 소중한 물건, 성실신고,
배울 수 있었습니다). Each file is under 500 lines. The split is made once, by a fixed blake2b
hash of the passage text: never move a passage."""

import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.coach.fresh.build import PROFILE, half, main, parse  # noqa: E402

__all__ = ["PROFILE", "half", "parse"]

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
