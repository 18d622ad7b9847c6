"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/ninth/build.py

The ninth set was written on 2026-12-04 by a ninth author (helper lane "ninth lane") without
reading anything under prep/coach/ except prep/coach/evaluate.py (its docstring, its scoring and
the places where the sets are wired), and without reading the passages of the other sets; only
tests/coach/fresh/build.py (the block syntax and builder), tests/coach/eighth/build.py, the
first lines of tests/coach/eighth/passages_blind.txt and passages_other.txt (for the format)
and docs/domain.md were looked at. The check codes and blind categories in the labels were
learnt by running the checks on a few throwaway sentences that are not in this set; the labels
were written before the set was first scored. A leak that is two things at once (여고 for
school and gender, 맏딸 for family and gender, 장인어른 and 시어머니 for family and marriage,
남편의 전근 for marriage and gender) is labelled with the check only, any category.
Later label fix (same day, ninth lane): the first scoring showed that the blind check names
finer school categories than the author knew (school_area for a campus or its neighbourhood,
school_activity for clubs, festivals and rivalries, email for a school address), so the
campus, 연고전 and e-mail leaks were relabelled with those, and the in-law and 남편 leaks were
given the check-only label above. The policy was applied to every passage of both halves by
the author's reading of the text; no test-half problem was looked at.
Voices: 수자원·수질 측정, 철도 차량 정비, 건강보험 상담, 공공도서관, 주택 관리, 환경 측정, 보건소,
전통시장 지원, 농산물 유통, 기상 관측, 문화재 관리, 전산 보안, 고졸 채용, 경력 전환, 장애인 고용.
Blind leaks (passages_blind.txt) take forms meant to be outside a word list: short and campus
names (카이스트 정보보호대학원, 교통대 의왕캠퍼스, 수도공고, 지거국), a rivalry (연고전), a school
e-mail, 특목고 (대원외고, 과학고를 조기 졸업), 여고; age by events and words (외환위기 때 유치원,
평창 올림픽 때 고3, 서른둘에, 마흔을 코앞에, 띠동갑); gender through military service in odd
phrasings (취사병, 사회복무요원, 병역 면제, 예비군 소집, 해병대 말년) and roles (유일한 남자
직원, 남자 간호사); family through in-laws, cousins and a job before the kin word (장인어른,
시어머니, 사촌 형, 매형, 소방관이신 아버지); home town by dialect and island; religion by
practice (주일 성가대, 불자, 새벽 기도); marriage and children; height and weight; the
writer's own name. Hard negatives (passages_other.txt, ids "other-people-…") give the age,
family, school, home town, religion, gender, marriage, disability or military service of
clients, patients, residents, colleagues, a mentor and children, never the writer's; the
"lookalike-words-…" passages hold words that only look like leaks (연세 드신 분, 고려해, 서울역,
전주, 부산하게, 제대로, 군 단위, 나이테, 고향사랑기부제, 교회 앞 건물). The company, evidence,
structure, style and fit files cover wrong target names and honorifics (귀 공단, 귀 공사, 귀 재단
for a 정보원) beside partner and former-employer names that are fine; quantities in figures and
words beside dates, ordinals, versions and clock times; results stated plainly without a cue
word beside cue words with no outcome; common clichés in inflected forms beside plain prose;
paraphrased values of the 한국사회보장정보원 profile beside homonyms (식각 공정, 혁신도시,
행복주택, 동행, 신뢰성 시험, 국민체육센터).
The split is made once, by a fixed blake2b hash of the passage text: never move a passage.
"""

import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.coach.fresh.build import PROFILE, half, main, parse  # noqa: E402

__all__ = ["PROFILE", "half", "parse"]

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
