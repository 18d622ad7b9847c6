"""A school group by its own name: 교내 공공데이터 분석 학회 '데이터씨앗', 학교 밴드 동아리
'소리샘', '새벽별'이라는 교내 봉사 동아리.

An unnamed group (교내 신문사, 학과 학생회, 동아리) is what the advice asks the writer to say
instead; a group's own name is searchable and says which school it belongs to, like a school
paper's name (연세춘추). The shape: a school word (교내, 학교, 대학, 학과, 캠퍼스), a kind of
group (동아리, 학회, 소모임, 신문사, 방송국), and a quoted name right before or after it.
"""

from __future__ import annotations

import re

from prep.coach.blind_text import BlindText, Candidate

_SCHOOL = r"(?:교내|학교|대학|대학교|학과|학부|캠퍼스|단과대|본교|모교)"
_GROUP = (
    r"(?:동아리|학회|소모임|신문사|방송국|방송부|밴드|연구회|스터디|봉사단|응원단|극회|합창단|"
    r"토론회|자치회|동호회|클럽|팀|신문|교지|웹진|라디오|극단|오케스트라|학술지|축제|잡지)"
)
_NAME = r"['‘\"“][^'’\"”\n]{2,16}['’\"”]"
_AFTER = re.compile(
    rf"(?<![가-힣]){_SCHOOL}\s(?:[가-힣A-Za-z]{{1,8}}\s){{0,3}}?[가-힣]*{_GROUP}\s?{_NAME}"
)
_BEFORE = re.compile(
    rf"{_NAME}\s?(?:이?라는|인)?\s?{_SCHOOL}\s(?:[가-힣A-Za-z]{{1,8}}\s){{0,3}}?[가-힣]*{_GROUP}"
)


# A group that is a school's by its kind (교지 '새벽', 학보 '청람'), named.
_SCHOOL_KIND = re.compile(rf"(?<![가-힣])(?:교지|학보|학보사|교내지|과방|학생회지)\s?{_NAME}")


def named_school_groups(doc: BlindText) -> list[Candidate]:
    out = []
    for pattern in (_AFTER, _BEFORE, _SCHOOL_KIND):
        for match in pattern.finditer(doc.text):
            out.append(Candidate(match.start(), match.end(), "school_activity", "named_group"))
    return out


# Dorm names end like the buildings they are: 관악사, 안암학사, 진리관, 하나로관 (a word of three
# syllables or more before 기숙사 or 생활관; not a generic building word).
_DORM = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{2,6}(?:사|관|학사|재|원))\s(?:기숙사|생활관)"
    r"(?:\s?(?:자치회|사생회|사생|학생회))?"
)
_GENERIC_BUILDINGS = frozenset(
    {"학생관", "학생회관", "생활관", "기숙사", "남학사", "여학사", "신관", "구관", "본관"}
)


def named_dorms(doc: BlindText) -> list[Candidate]:
    """관악사 기숙사 자치회, 진리관 생활관에서: a dormitory by its own name is the school's."""
    out = []
    for match in _DORM.finditer(doc.text):
        name = match.group("name")
        if name in _GENERIC_BUILDINGS or name in doc.regions or name.endswith(("회사", "공사")):
            continue
        out.append(Candidate(match.start(), match.end(), "school", "named_dorm"))
    return out
