"""Build fourth_dev.jsonl and fourth_test.jsonl from the marked-up sentences in fourth.txt.

    python prep/coach/data/spelling/build_fourth.py

fourth.txt was written on 2026-12-03 by a fourth author (helper lane spell4) before reading the
checker (prep/coach/spelling*.py), the other sets' sentences or the spelling tests: only the
docstring of build_third.py and the first ten lines of third.txt, for the format. It is 자기소개서
and 면접 prose across public institutions (철도, 전력, 보건, 복지, 환경, 문화, 행정) and private
work (IT, 제조, 금융, 유통); about half the lines carry one or two errors job seekers commonly
make, the rest are clean but hold forms a checker could wrongly flag (됐다, 할게요, 며칠, 로서 with
a role, 로써 with a means, 안 되다, 의존명사 spacing, names, numbers, English terms).

The mark-up, the offsets and the split (first byte of the 8-byte blake2b digest of the sentence's
text, even → dev) are build_third.py's, imported rather than copied so the two sets cannot drift.
Never move a sentence between halves.
"""

from build_third import build

if __name__ == "__main__":
    build("fourth")
