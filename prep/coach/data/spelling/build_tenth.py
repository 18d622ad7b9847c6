"""Build tenth_dev.jsonl and tenth_test.jsonl from the marked-up sentences in tenth.txt.

    python prep/coach/data/spelling/build_tenth.py

tenth.txt was written on 2026-12-08 by a tenth author (helper lane spell10w) who read only the
three format lines of ninth.txt and build_third.py: not the checker (prep/coach/spelling*.py),
its word lists, the tests, or any other set's sentences, and the checker was never run on these
sentences. Voices: first-person applicants to public institutions writing 자기소개서 and 면접
prose about a 수자원 정수장 field placement, 철도 역무 part-time work, 우체국 물류센터 sorting,
a 병원 원무과, a 다문화가족지원센터, a 청소년수련관, a 구립 도서관, a 구립 헬스장, a 영화관,
a startup CS team, a university IT help desk, a public-data 해커톤, a 지역 축제, the 헌혈의 집,
a 요양원 and a 고용센터, plus closing 장단점·포부 lines. Counts: 391 sentences, 196 with
errors (3 of them with two) and 195 clean; 199 errors, 98 spacing and 101 spelling; the split
gives 192 dev sentences (99 with errors) and 199 test (97 with errors).

Spacing errors: 의존명사 written onto the word before (수, 것, 걸, 데, 때, 만큼, 지, 뿐, 만에,
적, 측, 중), units after Korean numerals (세 번, 두 시간, 여섯 달, 일 년, 석 달째, 네 명, 열한
시, 수십 명, 십 분, 첫 번째), 보조용언 that must stand apart (-고 싶다, -고 있다, -게 되다, -지
않다, -지 못하다 split wrongly, -다 보니), -하다/-되다/-받다/-드리다 verbs and -어하다/-어지다
forms written apart, 조사 written apart (마다, 만큼, 뿐만), and single words split or run
together (그동안, 오랫동안, 밤늦게까지, 하루빨리, 그다음, 사각지대, 마지막 날, 다음 날, 다음
주, 쉬는 시간, 부담 없이, 기분 좋게, 안 되다, 안 보이다). Spelling errors: 읍니다, 되/돼 (됬,
되서, 되요), 안/않, -ㄹ게 and 거, 왠/웬, 며칠, -이/-히 adverbs, 율/률, 사이시옷 (머리말,
등굣길, 횟수, 개수, 초점, 최댓값, 위층, 위쪽, 뒤처리, 대가), loanwords (메시지, 리더십,
워크숍, 콘텐츠, 매뉴얼, 스케줄, 팸플릿, 애플리케이션, 데이터, 배터리, 세팅, 콘셉트, 스태프,
뷔페, 비즈니스, 러닝머신, 로커, 플래카드), words confused by context (결재/결제, 맞히다,
로서, 다르다, 띄다, 부치다, 들르다, 벌이다, 졸이다, 한창, 회수/횟수), -든/-던, -대/-데,
conjugation (잠갔는지, 바뀌었을, 낯선, 머물렀던, 서툴러도, 치렀고, 모자란다는, 삼가, 이에요,
일이었습니다, 깨달은, 부족할는지) and set phrases (어이없다, 희한하다,
무릅쓰다, 일사불란, 성대모사, 고정관념, 환골탈태, 금세, 오랜만, 설렘, 바람, 굳이, 일부러).

Near-miss correct forms in the clean lines: 왠지, 웬만한, 웬만해서는, 며칠인지, 초과돼서,
된다고, 안 된다고, 안 오냐고, 기다릴게, 익숙지, 넉넉지, 꼼꼼함, 반드시, 결제/결재 each in
its right sense, 부쳤습니다, 맞추려고, 대화로써, 재미있대서, 오류율, 감소율, 완료율, 이용률,
출석률, 삭감률, 등록률, 성공률, 횟수, 출근길, 수돗물, 뒷정리, 평균값, 배터리, 매뉴얼, 역할,
한번 (adverb), 한 번 더, 첫날, 첫해, 첫차, 그때, 그사이, 한눈에, 이틀째, 반년쯤, 2년간,
3년 차, 백여 건, 석 달 만에, 낸 지 하루 만에, 안내하는 데, 줄이는 데, 된 데에는, 줄 수밖에,
십 분뿐, CS뿐만, 기술만큼, 일하는 만큼, 교육받은 대로, 몰리는데도, 바쁠수록, 다른지,
어려운지, 일어날지, 돕다 보니, 하다 보면, 할 뻔했지만, 부족했던 듯했습니다, 잊어버렸다는,
어려워하시던, 무서워하셨습니다, 기부받은, 사과드리고, 말씀드렸습니다 and 알려 주셨습니다.
"""

from build_third import build

if __name__ == "__main__":
    build("tenth")
