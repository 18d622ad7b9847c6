"""Gender shown by a role or a service: 여학생 대표로서, 유일한 여학생으로, 여성 공학도 모임의
회장을 맡아; and military units by their shape (특공연대, 군수사령부, 7군단 예하 포병대대).

The listed patterns (blind_patterns) name ranks and some units; here a unit is a military word or
a number before a unit noun, so units written another way (수도방위사령부, 제3 교육연대) are one
form, and a gender word is a leak when the writer takes the role it marks.
"""

from __future__ import annotations

import re

from prep.coach.blind_text import BlindText, Candidate, starts_word

_GENDER = (
    r"(?:여학생|남학생|여대생|여고생|남고생|여중생|남중생|여직원|남직원|여사원|남사원|"
    r"여자|남자|여성|남성)"
)
# Nouns for a place one holds in a group.
# Places one holds in a group: leading ones, which one takes (회장을 맡아), and members' ones,
# which one is (대원으로 활동하며; 여성 팀원을 맡아 is leading them, not being one).
_LEAD = r"(?:대표|회장|부회장|주장|부주장|리더|총무|부장|간부|임원|반장|사감|조교|대의원)"
_MEMBER = r"(?:대원|부원|단원|회원|멤버|일원|팀원|선수|기수)"
# Being in that place: 대표로서, 주장이었던, 대원으로 활동하며, 회원인 저.
_IS = (
    r"(?:으로서|로서|으로\s?(?:활동|선발|뽑|참여|일하|생활|봉사|뛰)|로\s?(?:활동|선발|뽑|참여|일하|"
    r"생활|봉사|뛰)|이었|였|인\s?(?:저|제가))"
)
_NOUNS = r"(?:[가-힣]{1,6}(?:의)?\s?){0,2}?"
_GENDER_ROLE = re.compile(
    rf"(?<![가-힣])(?P<leak>{_GENDER}\s?{_NOUNS}{_LEAD})(?:{_IS}|(?:을|를)\s?(?:맡|역임))"
    rf"|(?<![가-힣])(?P<member>{_GENDER}\s?{_NOUNS}{_MEMBER}){_IS}"
)
# The only one of a gender: 유일한 여학생으로, 몇 안 되는 남성 지원자였던, 여학생으로서.
_ONLY_ONE = re.compile(
    rf"(?<![가-힣])(?P<leak>(?:(?:유일한|하나뿐인|몇\s?안\s?되는|몇\s?없는|단\s?한\s?명의|홀로)\s?)?"
    rf"{_GENDER})(?=으로서|로서|인\s?(?:저|제가))"
    rf"|(?<![가-힣])(?P<only>(?:유일한|하나뿐인|몇\s?안\s?되는|몇\s?없는|단\s?한\s?명의)\s?"
    rf"{_GENDER})(?=으로|로|이었|였|이던|였던)"
)
# The first or only one of a gender: 여성 최초로, 과 유일의 여자 조교로.
_FIRST_OF = re.compile(
    rf"(?<![가-힣])(?P<leak>{_GENDER}\s?(?:최초로|최초의|처음으로|유일하게)|"
    rf"(?:유일의|최초의|유일한)\s?{_GENDER})"
)
# The writer as the only one of a gender in a place: 남자 직원이 저 혼자라, 여자는 저뿐이었고.
_ONLY_ME = re.compile(
    rf"(?<![가-힣])(?P<leak>{_GENDER}\s?(?:[가-힣]{{1,4}}\s?)?(?:이|가|은|는)\s?"
    r"(?:저\s?(?:혼자|하나|한\s?명)(?=라|이라|였|이었|인|여서|뿐)|저뿐|제가\s?유일)"
    rf"|(?:저|제가)\s?(?:혼자|유일하게|유일한)\s?{_GENDER}(?=이|였|으로|로|인))"
)
# Groups and rooms that are for one gender: 걸스카우트, 총여학생회, 남자 기숙사에서.
_ONE_GENDER_GROUP = re.compile(
    r"(?<![가-힣])(?P<leak>걸스카우트|총?여학생회|(?:남자|여자|남학생|여학생)\s?기숙사)"
    r"(?=\s?(?:에서|에|(?:대원|단원)(?!들)|활동|회장|임원|부장|사감|조교|생활|출신|로|으로)|을\s?맡|를\s?맡)"
)

_ARMS = (
    r"(?:특공|보병|포병|기갑|기계화|공병|통신|정보|수색|헌병|화학|방공|해병|공수|항공|군수|"
    r"정비|경비|전차|기동|특전|신병\s?교육|교육|수도\s?방위|작전|지상\s?작전|군|방위)"
)
# A unit: a military word or a number before a unit noun (특공연대, 3연대, 제7 군단, 포병대대).
_UNIT = re.compile(
    rf"(?<![가-힣\d])(?P<leak>(?:제\s?)?(?:\d{{1,3}}\s?(?:{_ARMS}){{0,2}}|(?:{_ARMS}){{1,2}})\s?"
    r"(?:사령부|연대|대대|여단|사단|군단|전대|전단|비행단|비행전대|전투비행단|함대|교육대|교육연대|"
    r"훈련소|교육단|군사교육단|근무지원단|전비))"
    r"(?!적|[가-힣]?(?:책임|보증|의식|감|서명|법인))"
    r"|(?<![가-힣])(?P<hq>[가-힣]{2,8}사령부|예하\s?(?:부대|사단|연대|대대)|"
    r"(?:육군|해군|공군)\s?[가-힣]{0,4}(?:훈련소|교육대)|"
    r"(?:학생\s?군사\s?교육단|근무\s?지원단)|"
    # the names divisions go by: 백마부대, 이기자 부대
    r"(?:백마|백골|맹호|이기자|청성|오뚜기|필승|비룡|칠성|을지|상승|화랑|무적|노도|열쇠|독수리|"
    r"진돗개|번개|충용|통일|태극|전진|황룡|청룡|흑표|불사조)\s?부대|"
    r"현역\s?(?:병)?(?:으로|로)\s?(?:입대|입영|복무)|입영(?:해|하여|했|한\s?(?:뒤|후)))"
)
# 연대 is also a coalition: only a number or a fighting arm makes it a regiment.
_CIVIC = re.compile(r"(?:교육|정보|항공|통신|방위|군|작전|경비|기동|정비|화학)연대")
# Words only a soldier uses of his own days: 불침번, 위병소, 행정반, 내무반, 혹한기 훈련.
_BARRACKS = re.compile(
    r"(?<![가-힣])(?P<leak>불침번|위병소|행정반|내무반|관물대|군번|초병|유격\s?훈련|혹한기\s?훈련|"
    r"각개\s?전투|제식\s?훈련|(?:보초|경계)를\s?(?:섰|서며|서면서|서고|서던|서는|서기|선\s?(?:뒤|후|경험|적))|"
    # a soldier's rank as a time of one's life: 훈련병 시절, 이병 때부터, 일병으로
    r"(?:훈련병|이등병|이병|일병|신병)(?=\s?(?:시절|때|생활|으로|로|을\s?마치|이었|였|이던)))"
)


def gender_roles(doc: BlindText) -> list[Candidate]:
    out = []
    for pattern in (_GENDER_ROLE, _ONLY_ONE, _ONE_GENDER_GROUP, _FIRST_OF, _ONLY_ME):
        for match in pattern.finditer(doc.text):
            group = next(g for g in ("leak", "only", "member") if match.groupdict().get(g))
            start, end = match.span(group)
            if starts_word(doc, start):
                out.append(Candidate(start, end, "name_gender", "gender_role", _GENDER_NOTE))
    return out


def military_units(doc: BlindText) -> list[Candidate]:
    out = []
    for match in _UNIT.finditer(doc.text):
        group = "leak" if match.group("leak") else "hq"
        start, end = match.span(group)
        if _CIVIC.fullmatch(doc.text[start:end].replace(" ", "")):
            continue  # 지역 교육 연대, 정보 연대: a civic coalition, not a regiment
        if starts_word(doc, start):
            out.append(Candidate(start, end, "name_gender", "military_unit", _SERVICE_NOTE))
    for match in _BARRACKS.finditer(doc.text):
        start, end = match.span("leak")
        if starts_word(doc, start):
            out.append(Candidate(start, end, "name_gender", "military_life", _SERVICE_NOTE))
    return out


_GENDER_NOTE = "성별로 나뉜 자리나 모임은 성별을 드러냅니다"
_SERVICE_NOTE = "군 복무 부대와 군 생활은 성별과 나이를 짐작하게 합니다"
