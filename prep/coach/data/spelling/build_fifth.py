"""Build fifth_dev.jsonl and fifth_test.jsonl from the marked-up sentences in fifth.txt.

    python prep/coach/data/spelling/build_fifth.py

fifth.txt was written on 2026-12-03 by a fifth author (helper lane spell5) before reading the
checker (prep/coach/spelling*.py), the other sets' sentences or the spelling tests: only the
docstring of build_fourth.py and the first eight lines of fourth.txt, for the format. It is
자기소개서 and 면접 prose from 병원 행정, 소방·안전, 공항, 은행 창구, 스타트업, 연구실, 물류,
교육 봉사, 공모전 and 인턴 work; a little under half the lines carry one or two errors job
seekers commonly make (-ㄹ지 and -ㄴ 데 spacing, noun+하다 split, 결재/결제, 일체/일절,
들르다/들리다, 맞추다/맞히다, -이/-히, 율/률, 로서/로써, -뿐/만큼/밖에 attached to nouns, 되/돼,
-ㄹ게요), the rest are clean but hold forms a checker could wrongly flag (공부한 지 3년,
할 수 있을지, 부족한데도, 준비하는 데, 안 될 때, 됐다).

The mark-up, the offsets and the split (first byte of the 8-byte blake2b digest of the sentence's
text, even → dev) are build_third.py's, imported rather than copied so the two sets cannot drift.
Never move a sentence between halves.
"""

from build_third import build

if __name__ == "__main__":
    build("fifth")
