"""Build eighth_dev.jsonl and eighth_test.jsonl from the marked-up sentences in eighth.txt.

    python prep/coach/data/spelling/build_eighth.py

eighth.txt was written on 2026-12-07 by an eighth author (helper lane spell8) before reading the
checker (prep/coach/spelling*.py), its word lists, the other sets' sentences or the spelling
tests: only the first three lines of seventh.txt (the format) and the docstring of
build_seventh.py. It is 자기소개서 and 면접 prose in voices no earlier set used: 항만 물류, 소방서
행정, 보훈병원 원무과, 법원 집행관 사무소, 산림조합, 수산물 경매장, 고속버스 터미널, 도시가스
안전 점검, 아파트 관리사무소, 장애인 체육센터, 다문화가족지원센터, 한국어 강사, 게임 QA, 드론
촬영, 헌혈의 집, 주차 관리, 사진관, 공유오피스, 은행 창구, 대학 행정실 and closing 장단점·포부
lines. 366 sentences, 187 of them with one or two errors (189: 72 spelling, 117 spacing): 되/돼
(됬, 되서, 되요), 안/않, 로서/로써, 웬/왠 (왠일, 왠만하면), 몇일, 어떻해/어떡해, 낫다/낳다,
-ㄹ게 (올께요), -ㄹ려고, 맞히다/맞추다 both ways, 데/대 (없데요), 든/던 both ways, 이/히 both
ways (깨끗히, 틈틈히, 일일히, 꼼꼼이, 솔직이, 소홀이, 곰곰히), 율/률 both ways (성장율,
합격율, 출석율, 인상율, 이자률), 사이시옷 (뒤정리, 장마비, 등교길, 전세집, 회수,
해장꾹), 외래어 표기 (메세지, 테블릿, 스케쥴, 리더쉽, 워크샵, 컨텐츠, 악세사리, 썸네일,
네트웍킹), 한자어 (결재/결제 both ways, 재고/제고, 지향/지양, 일체/일절), 어간·활용 (모자르다,
김치찌게, 일수, 설레임, 역활, 금새, 낳으면, 늘은, 들을 때, 되뇌이며, 잊혀지지, 떨길레,
두리뭉실, 없어졌읍니다), and spacing: 의존명사 것/수/데/때/만큼/뿐/지/바/만/새/점/게/걸/건지,
단위 (한두 군데, 수십 통, 서른 가구, 이십 명, 두 달, 한 번, 오 년, 백 가지, 서너 집), 보조용언
(-고 싶다, -게 되다, -지 않다, -고 나다, -어 있다, -어 주다 with 때, 뻔하다),
-하다/-되다/-해하다 split off (간소화했습니다, 적응됐습니다, 불편해하셔서), 조사 apart
(것뿐, 같은, 밖에) and compounds (우선순위, 오류투성이, 셔틀버스, 다시 한번 against 한 번 더,
주눅 들다, 잘못 보다). The clean lines hold near-miss forms (금세, 왠지, 며칠, 일쑤,
-대요 hearsay, 결제 대금, 결재 서류, 갖다드렸습니다, 해낼게요, 믿을 만한, 다시 한번,
로서 for a role, 재현율, 되도록).

The mark-up, the offsets and the split are build_third.py's (first byte of the 8-byte blake2b
digest of the sentence's text, even → dev), imported so the sets cannot drift. Never move a
sentence between halves.
"""

from build_third import build

if __name__ == "__main__":
    build("eighth")
