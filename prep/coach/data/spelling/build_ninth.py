"""Build ninth_dev.jsonl and ninth_test.jsonl from the marked-up sentences in ninth.txt.

    python prep/coach/data/spelling/build_ninth.py

ninth.txt was written on 2026-12-07 by a ninth author (helper lane spell9w) before reading
the checker (prep/coach/spelling*.py), its word lists, the other sets' sentences or the
spelling tests: only the first three lines of eighth.txt (the format) and the docstring of
build_eighth.py (the shape of this file). The checker was never run on these sentences.
It is 자기소개서 and 면접 prose in these voices: 구청 복지정책과 보조, 지역아동센터,
노인일자리 수행기관, 보건소 방문간호 보조, 자활센터, 고용센터 상담, 도서관 사서 보조,
택배 상하차, 편의점 야간, 콜센터, 공공 데이터 공모전, 전산실 서버 점검, 시청
정보통신과 인턴, 물류센터, 건설 현장 안전 관리, 체험형 인턴, 푸드뱅크, 은행 창구,
약국 보조, 해외 봉사 and closing 장단점·포부 lines.

360 sentences, 190 of them with one or two errors (191: 87 spelling, 104 spacing).
Spelling: 되/돼 (되서, 됬습니다, 됬던, 되있겠습니다, 돼겠습니다), 안/않 (않 오는,
않 자면, 안으면), -ㄹ게 (들를께요, 알려 드릴께요, 책임질께요), 왠/웬, 몇일 and
몇 일, 이/히 (번번히, 자세이, 철저이, 정확이, 꾸준이, 샅샅히), 율/률 (결석율,
취업율, 이용율, 응답율, 해결율, 오배송율, 집행율, 참여률), 사이시옷 (갯수, 뒷편,
윗층, 인삿말, 최대값), 외래어 (팜플렛, 스케쥴, 메뉴얼, 데이타, 메세지,
프리젠테이션, 컨텐츠, 타겟), 한자어 (결재/결제 both ways, 지향/지양 both ways, 일체,
재고하다, 실재로, 개재, 부분/부문, 유례), -대 hearsay (바뀐데요, 오른데요), -든
(무슨 일이던, 하던지, 누가 보던 안 보던), 대로 (배운데로), 로서 (중재자로써) and
활용·어휘 (잠궜습니다, 들려서, 치뤘다는, 늘이고, 알맞는, 걸맞는, 까다로와, 깨닳았습니다,
뵈요, 삼가해, 가르킨, 맞추는/맞히는, 붙여/부쳐, 낳았다며, 담궈, 모을려고, 바램,
빌어, 익숙치, 생각컨대, 내노라하는, 일사분란, 짜집기, 들어났습니다, 설겆이, 비로서,
오랫만에, 일부로, 통채로, 헤메다가).
Spacing: 의존명사 (것, 수, 데, 때, 점, 법, 줄, 듯, 건, 편, 중, 새) and 있었던 일,
단위 (두 번씩, 한 번도, 한 장, 오백 권, 서른 편, 천 개, 백 통,
다섯 달, 일 년, 이백 상자, 삼백여 대, 백여 개, 한 사람씩, 세 차례, 한 건, 몇 명,
쉰 가지, 한 분 한 분), 보조용언 (-고 싶다, -지 않다, -어야 하다, -어야 할지),
-하다·-되다·-어하다·-어지다 split off (노력했습니다, 수정했습니다, 당황했지만,
시각화하는, 되풀이되지, 헷갈려하셔서, 어려워하셨습니다, 친해지는), 조사 apart (보다,
까지, 부터, 만큼, 라도, 에서, 에게, 으로, 치고는, 이다 in 저였습니다 and 오류였고,
만으로도) with 들 and 분 (선생님들, 승객분들, 담당자분들), and compounds (점심시간,
그동안, 그곳, 다음 주 against 지난주, 어느 날, 자신 있는, 작은 일일수록).
The clean lines hold near-miss forms (되었습니다, 돼요 in 안 돼요, 되든, 되길, 되도록,
로서 for a role and 로써 for a means, 하는 데 and 맞는지, 한 지, 한번은 and 한번 익히면
against 한 번도, 두 달간, 석 달, 넉 달, 파손율, 재해율, 이자율, 인사말, 존댓말,
곰곰이, 익숙지, 금세, 비로소, 왠지, 오뚝이, 부쳤습니다, 붙이는, 매지 않은, 결제일,
게재, 치료만큼, 분석만큼, 처음 보는 사람, 모른 척, 신경 썼습니다, 헷갈려하시는,
귀찮아하시던, 궁금해하는, 사과드렸습니다, 말씀드렸습니다).

The mark-up, the offsets and the split are build_third.py's (first byte of the 8-byte blake2b
digest of the sentence's text, even → dev), imported so the sets cannot drift. Never move a
sentence between halves.
"""

from build_third import build

if __name__ == "__main__":
    build("ninth")
