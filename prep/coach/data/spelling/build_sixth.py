"""Build sixth_dev.jsonl and sixth_test.jsonl from the marked-up sentences in sixth.txt.

    python prep/coach/data/spelling/build_sixth.py

sixth.txt was written on 2026-12-03 by a sixth author (helper lane spell6) before reading the
checker (prep/coach/spelling*.py), its word lists, the other sets' sentences or the spelling
tests: only the first three lines of fifth.txt (the format) and the docstring of build_fifth.py.
It is 자기소개서 prose from 물류 창고, 마케팅, 학원 강사, 웹 개발, 회계·금융, 카페, 제조 현장,
봉사 동아리, 연구실, 영업, 디자인·영상, 지원 동기, 장단점, 팀 프로젝트, 구청 민원 and 해외 생활;
about three fifths of the lines carry one or two errors job seekers commonly make (되/돼, 안/않,
로서/로써, 든지/던지, 웬/왠, 몇일, 어떡해, 낳다/낫다, -ㄹ게, 맞히다/맞추다, 사이시옷, 율/률,
외래어 표기, 한자어 혼동, and mostly spacing: 의존명사 것/수/데/만큼/뿐/지/대로/척/바/중/간/내,
보조용언 -고 싶다/-고 있다/-게 되다, 단위, 조사 and 접미사 written apart, compounds split); the
rest are clean but hold near-miss forms (일한 지 세 달 만에, 분석하는 데, 안 되는, 마음이
안되었습니다, 다음 날, 그다음, 왠지, 되도록, 힘들었던지, 어떤 일이든지, 것만큼, 한 대뿐).

The mark-up, the offsets and the split are build_third.py's (first byte of the 8-byte blake2b
digest of the sentence's text, even → dev), imported so the sets cannot drift. Never move a
sentence between halves.
"""

from build_third import build

if __name__ == "__main__":
    build("sixth")
