"""Build seventh_dev.jsonl and seventh_test.jsonl from the marked-up sentences in seventh.txt.

    python prep/coach/data/spelling/build_seventh.py

seventh.txt was written on 2026-12-07 by a seventh author (helper lane spell7) before reading the
checker (prep/coach/spelling*.py), its word lists, the other sets' sentences or the spelling
tests: only the first three lines of sixth.txt (the format) and the docstring of build_sixth.py.
It is 자기소개서 and 면접 prose in voices no earlier set used: 공항 보안 검색, 정수장, 국립공원,
법원 민원실, 세무서, 어린이집, 동물보호센터, 재난 문자, 산불 감시, 전통시장, 편의점 야간, 기상
관측, 지하철 안전, 택배 IT, 청년센터, 119 상황실, 도서관, 급식실, 간병, 농협 마트 and closing
지원 동기·장단점·포부 lines. 339 sentences, 192 of them with one or two errors (213: 119
spelling, 94 spacing) of the kinds job seekers make: 되/돼 (되서, 됬, 되가는, 되요, 돼기),
안/않, 로서/로써 (함으로서), 웬/왠, 몇 일, 어떡해/어떻게, 낫다/낳다, -ㄹ게, -ㄹ려고,
맞히다/맞추다, 데/대 (-대요), 든/던, 이/히, 이에요/예요, 거예요, 사이시옷 (결괏값, 최댓값,
자릿수, 장맛비, 북엇국, 뒷정리, 위층, 개수, 횟수), 율/률, 외래어 표기 (매뉴얼, 메시지, 콘텐츠,
워크숍, 리더십, 플래카드, 캐시), 한자어·관용 표현 (결재/결제, 지양/지향, 재고/제고, 일절,
사달, 동고동락, 절체절명, 일사불란, 곤혹), 어간 (깎다, 잠갔다, 맡기다, 주우려는, 들러서,
가르쳐, 걷잡을, 무릅쓰고, 십상, 귀띔, 통째로, 채/체), and spacing: 의존명사 것/수/때/데/
대로/만/지/줄/바/척/김/뻔/시/중, 단위 (몇 개, 두 배, 한 번, 여섯 시), 보조용언 (-고 싶다,
-게 되다, -지 않다, -지 못하다, -어야 하다), -하다/-되다/-시키다/-드리다/-어하다 split off,
접미사 (-별, -째, -당, -쯤, -간) and 조사 (부터, 까지, 처럼, 뿐, 밖에, 보다, 마다) written
apart, and compounds split (자기소개서, 첫날, 그동안, 안전사고, 반려동물, 오르락내리락). The
clean lines hold near-miss forms (일한 지, 세 달 만에, 줍는 데만, 안 되는, 할 수밖에, 그다음,
마음이 안됐지만, 한번 번지면, 왠지, 금세, 낳은, 맞춰, 배춧값, 할인율, 규정상, 마감할게).

The mark-up, the offsets and the split are build_third.py's (first byte of the 8-byte blake2b
digest of the sentence's text, even → dev), imported so the sets cannot drift. Never move a
sentence between halves.
"""

from build_third import build

if __name__ == "__main__":
    build("seventh")
