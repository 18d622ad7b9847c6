"""Blind-hiring shapes said without the listed words, from the second round of writers who had
not read the rules:
  * a parent's job said as an idiom (부모님 두 분이 평생 교단에 서셨던, 어머니가 시장에서 좌판을
    하셨기에);
  * the writer's household on welfare (저희 집도 한때 기초생활수급 가정이었기에);
  * a cyber university, which names the kind of school (○○사이버대학교에서 공부하며);
  * a campus placed by the landmark it sits under (관악산 자락의 캠퍼스), which names the school;
  * a school festival by its own name (학과 축제인 청람제).
Each rule is a substring gate and one regular expression; whose fact it is stays attribution's
call (blind_hiring drops other people's).
"""

from __future__ import annotations

import re

from prep.coach.blind_text import BlindText, Candidate, starts_word

_KIN = r"(?:아버지|어머니|부모님|아빠|엄마|할아버지|할머니)"
_JOB_CUES = ("교단", "강단", "좌판", "노점", "장사", "배를")
_KIN_JOB_IDIOM = re.compile(
    rf"(?<![가-힣]){_KIN}(?:\s?(?:두\s?분|모두|내외))?(?:께서는|께서|가|이|는|도)?\s?"
    r"(?:[가-힣\d]+\s){0,2}?"
    r"(?:교단에\s?서|강단에\s?서|좌판을\s?(?:하|펴|벌)|노점을\s?(?:하|운영)|장사를\s?하|"
    r"배를\s?타(?:시|셨))"
)
_WELFARE_CUES = ("수급", "생계", "긴급복지", "차상위", "의료급여")
_HOUSEHOLD_WELFARE = re.compile(
    r"(?<![가-힣])(?:저희|우리)\s?(?:집|가족|가정|집안)(?:도|은|는|이|이)?\s?(?:[가-힣\d]+\s){0,3}?"
    r"(?:기초\s?생활\s?수급|기초\s?수급|(?:긴급\s?복지\s?)?생계\s?(?:지원|급여)|긴급\s?복지|"
    r"차상위|수급\s?(?:가정|가구)|의료\s?급여)"
)
# The household is the one receiving it (받았기에, 가정이었기에), not serving others on it
# (우리 가족은 수급 가정에 도시락을 배달했습니다).
_RECEIVED = re.compile(
    r"\s?(?:(?:가정|가구|계층|대상자?)\s?)?(?:을|를|의)?\s?(?:지원을\s?)?"
    r"(?:받|이었|였|이라|이어서|이던|으로\s?(?:선정|지정))"
)
_CYBER = re.compile(r"[가-힣]{0,6}사이버\s?대(?:학교|학)?(?![가-힣])|[가-힣]{0,6}사이버대학교")
_AREA_CUES = ("캠퍼스", "교정")
_CAMPUS_UNDER = re.compile(
    r"(?<![가-힣])[가-힣]{1,4}(?:산|강|천|호수)\s?(?:자락|기슭|끝자락|아래|밑)(?:의|에\s?있는|에\s?자리한)"
    r"\s?(?:캠퍼스|교정)"
)

# A school festival given its own name (학과 축제인 청람제) names the school; a plain club or a
# campus paper (교내 학보사에서) names none and is left alone (blind_negatives says so).
_NAMED_FESTIVAL = re.compile(
    r"(?<![가-힣])(?:학과|학교|교내|대학|과)\s?축제(?:인|였던|\s)\s?['‘\"]?[가-힣]{1,4}제"
    r"(?=[^가-힣]|$|에서|에|를|의|가|는|와|준비|기간|때)"
)

_AFTER_SCHOOL = re.compile(r"(?:대|대학|대학교|학교|고)\s?$")

_ACTIVITY_NOTE = "학교 고유의 단체·행사 이름이 학교를 드러냅니다"
_JOB_NOTE = "가족의 직업은 채용절차법상 수집할 수 없는 정보입니다"
_WELFARE_NOTE = "가정의 수급 여부는 가족의 경제 형편을 드러냅니다"
_CYBER_NOTE = "학교의 종류를 드러냅니다"
_AREA_NOTE = "캠퍼스가 있는 곳이 학교를 특정합니다"


def idiom_shapes(doc: BlindText) -> list[Candidate]:
    text = doc.text
    out: list[Candidate] = []
    if any(cue in text for cue in _JOB_CUES):
        for match in _KIN_JOB_IDIOM.finditer(text):
            out.append(Candidate(match.start(), match.end(), "family", "job_idiom", _JOB_NOTE))
    if any(cue in text for cue in _WELFARE_CUES):
        for match in _HOUSEHOLD_WELFARE.finditer(text):
            if _RECEIVED.match(text, match.end()):
                out.append(
                    Candidate(match.start(), match.end(), "family", "welfare", _WELFARE_NOTE)
                )
    if "사이버" in text:
        for match in _CYBER.finditer(text):
            if starts_word(doc, match.start()):
                out.append(Candidate(match.start(), match.end(), "school", "cyber", _CYBER_NOTE))
    if any(cue in text for cue in _AREA_CUES):
        for match in _CAMPUS_UNDER.finditer(text):
            out.append(
                Candidate(match.start(), match.end(), "school_area", "campus_under", _AREA_NOTE)
            )
    if "축제" in text:
        for match in _NAMED_FESTIVAL.finditer(text):
            # 한빛대 학과 축제인 …: the school itself is the finding, already made.
            if _AFTER_SCHOOL.search(text, max(0, match.start() - 8), match.start()):
                continue
            out.append(
                Candidate(
                    match.start(), match.end(), "school_activity", "own_group", _ACTIVITY_NOTE
                )
            )
    return out
