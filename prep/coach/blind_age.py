"""Age by its forms: numerals in words (열아홉 살, 쉰둘에, 이십팔 세) and age implied by a year
or an event next to a stage of schooling (2011년에 대학에 들어가, 코로나가 시작된 해에 입학해).

The listed patterns (blind_patterns) spell out 스물·서른·마흔; here the numerals are built from
their parts, native (열~쉰 + 하나~아홉) and Sino-Korean (십칠~오십구), so every age from 17 to
59 written in words is one form.
"""

from __future__ import annotations

import re

from prep.coach.blind_text import BlindText, Candidate, starts_word

_UNITS = "하나|한|둘|두|셋|세|넷|네|다섯|여섯|일곱|여덟|아홉"
_NATIVE = rf"(?:열(?:일곱|여덟|아홉)|(?:스물|스무|서른|마흔|쉰)(?:{_UNITS})?)"
_SINO = r"(?:(?:이|삼|사|오)\s?십\s?(?:일|이|삼|사|오|육|칠|팔|구)?|십\s?(?:칠|팔|구))"
# What turns an age into a limit or a group (스무 살 이상, 서른 살 청년들): not one's own age.
_NOT_OWN = (
    r"(?!\s?(?:이상|미만|이하|초과|부터|까지|이후|이전|이상의|안팎|가량|정도의|넘는\s?(?:분|사람)))"
)
# After 살/세 only an ending or a particle (not 세대, 세금, 살림).
_TAIL = r"(?=[^가-힣]|$|에|의|이|인|때|로|쯤|였|을|를|은|는|과|와|엔|무렵|즈음|부터|까지)"
_AGE_WORDS = re.compile(
    rf"(?<![가-힣0-9])(?P<leak>(?:{_NATIVE}|{_SINO})\s?(?:살|세)){_TAIL}{_NOT_OWN}"
)
# 열아홉에 집을 나와, 쉰둘이던 해, 열여덟의 나이에 (스물~마흔 are in blind_patterns).
_AGE_ALONE = re.compile(
    r"(?<![가-힣])(?P<leak>(?:열(?:일곱|여덟|아홉)|쉰(?:" + _UNITS + r")?))"
    r"(?=에(?![가-힣])|에는|이던|이었던|였던|의\s?나이|을\s?앞두고|을\s?넘기|이\s?되던|무렵|즈음)"
    # 저는 서른둘이었고: an age as what the writer was.
    r"|(?<![가-힣])(?P<was>"
    + _NATIVE
    + r")(?=이었고|이었지만|이었을|이었습니다|이라서|이지만|인데)"
    # 스물넷, 첫 월급을 받았습니다: an age with its units standing alone before a comma.
    r"|(?<![가-힣])(?P<bare>(?:스물|서른|마흔|쉰)(?:" + _UNITS + r"))(?=,\s)"
)

# A birth year in words before 년생 (아흔여섯 년생, 구십팔 년생, 공일 년생): the two last digits,
# native (스물~아흔 + 하나~아홉) or Sino-Korean digit by digit or by tens.
_DIGIT = "공|영|일|이|삼|사|오|육|칠|팔|구"
_BORN_WORDS = re.compile(
    r"(?<![가-힣0-9])(?P<leak>(?:(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)(?:"
    + _UNITS
    + r")?|(?:"
    + _DIGIT
    + r")?\s?십\s?(?:"
    + _DIGIT
    + r")?|(?:"
    + _DIGIT
    + r")(?:"
    + _DIGIT
    + r"))\s?년\s?생)"
    r"(?=[^가-힣]|$|이|인|으로|입니다|이라|이고|이며|이지만|이어서|이었|이던|답게|치고|들)"
)
_YEAR = r"(?:19[5-9]\d|20[0-2]\d)\s?년(?:도)?"
_EVENTS = (
    r"(?:IMF|(?:19)?88\s?올림픽|20[0-2]\d\s?년?\s?월드컵|외환\s?위기|(?:평창|서울|도쿄|베이징|런던|리우)\s?(?:동계\s?)?올림픽|금융\s?위기|월드컵|올림픽|세월호|메르스|신종\s?플루|코로나(?:19)?|"
    r"밀레니엄|촛불\s?집회|천안함|탄핵)"
)
# A year, then one's own step through school or service: 2011년에 대학에 들어가, 2016년에 졸업해,
# 2013년 입대하여.
_YEAR_STEP = re.compile(
    rf"(?<![\d가-힣])(?P<leak>{_YEAR}\s?(?:\d{{1,2}}\s?월\s?)?(?:에\s?)?"
    r"(?:(?:[가-힣]{1,6}(?:을|를|에|\s))?\s?"
    r"(?:입학|졸업|진학|입대|전역|제대|편입)(?:하|했|한\s?(?:뒤|후)|해|하여|하고|하면서|을\s?하|"
    r"\s?(?:후|뒤|직후|이후))|"
    # (들어가다 only into a school: 2019년에 공사에 들어갔다 is a project starting)
    r"(?:대학교?|대학원|학교|고등학교|중학교|고교)에\s?(?:들어가|들어갔|들어간)))"
)
# The stage first, then the year: 고3이던 2015년, 대학 2학년이던 2020년에.
_STAGE_YEAR = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<leak>(?:대학\s?|초등학교\s?|중학교\s?|고등학교\s?)?"
    r"(?:유치원생|초등학생|중학생|고등학생|수험생|신입생|새내기|고\s?[1-3]|중\s?[1-3]|초\s?[1-6]|"
    r"[1-6]\s?학년)(?:이던|였던|이었던|이었을|인)\s?" + _YEAR + r")"
)
# The stage first, then the event: 초등학생 때 IMF로, 고2 시절 메르스가, 고3 봄에 세월호 소식을,
# 중학생이던 해 여름 메르스가 (a season or the year of the stage is as much a time).
_STAGE_EVENT = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<leak>(?:유치원생|초등학생|중학생|고등학생|수험생|대학\s?신입생|"
    r"고\s?[1-3]|중\s?[1-3]|초\s?[1-6]|(?:초등학교|중학교|고등학교|대학)\s?[1-6]\s?학년)\s?"
    r"(?:(?:이던|였던|이었던)\s?)?(?:때|시절|이던|였던|이었던|해|그해|무렵|당시|"
    r"(?:해\s?)?(?:봄|여름|가을|겨울|초|말|학기))(?:에|에는|의)?\s?" + _EVENTS + r")"
)
# Years since leaving school: 고등학교를 졸업한 지 10년이, 대학을 졸업한 지 여덟 해 만에.
_SINCE_SCHOOL = re.compile(
    r"(?<![가-힣])(?P<leak>(?:고등학교|고교|대학교?|대학원|학교)(?:를|을)?\s?졸업한\s?지\s?"
    r"(?:\d{1,2}|[가-힣]{1,3})\s?(?:년|해))"
)
# Older or younger than one's peers by so many years: 동기들보다 다섯 살 많았습니다.
_THAN_PEERS = re.compile(
    r"(?<![가-힣])(?P<leak>(?:동기|또래|친구|동료|팀원|입사\s?동기|신입)[가-힣]{0,2}보다\s?"
    r"(?:\d{1,2}|[가-힣]{1,3})\s?살\s?(?:이\s?)?(?:많|적|어리|어린|어렸|젊|위|아래))"
)
# The youngest of one's peers: 동기 조사원 가운데 막내였지만, 입사 동기 중 최연소로.
_YOUNGEST = re.compile(
    # (가족 중 막내, 삼남매 가운데 막내: the order among siblings, a family fact, not an age)
    r"(?<![가-힣])(?<!가족\s)(?<!형제\s)(?<!남매\s)(?<!자매\s)(?<!손주\s)"
    r"(?:가운데|중에서|중|사이에서)\s?(?:제가\s?|저는\s?|저만\s?)?"
    r"(?P<leak>막내|최연소|가장\s?어린|제일\s?어린|나이가\s?가장\s?어린)"
    r"(?=였|이었|로|으로|인\s?(?:저|제가)|이라|라서|입니다)"
    r"|(?<![가-힣])(?P<only>최연소)(?=로\s?(?:합격|입사|선발|임용|채용)|\s?(?:합격자|입사자))"
)
# The year given after the step: 대학에 입학한 해는 2012년, 졸업한 때가 2016년.
_STEP_YEAR = re.compile(
    # (고등학교를 졸업한 2015년부터: the school stage named before the step, the year right after)
    r"(?<![가-힣])(?P<leak>(?:(?:고등학교|고교|중학교|대학교?|대학원)(?:를|을|에)?\s?)?"
    r"(?:입학|졸업|입대|전역|제대|진학)한\s?(?:(?:해|때|연도)(?:는|가|이)?\s?)?" + _YEAR + r")"
)
# Born in the year of an event: 88올림픽이 열리던 해에 태어났습니다.
_BORN_AT_EVENT = re.compile(
    rf"(?<![가-힣A-Za-z0-9])(?P<leak>{_EVENTS}[^.!?\n]{{0,20}}?(?:해|때|무렵|즈음)에?\s?태어)"
)
# The year of one's college entrance exam: 수능을 치른 2014년 겨울, 2014년 수능을 보고.
_EXAM_YEAR = re.compile(
    r"(?<![가-힣])(?P<leak>(?:수능|대입\s?시험|학력고사)(?:을|를)?\s?(?:치른|치렀던|본|봤던|친|쳤던)"
    r"\s?(?:해(?:인|였던|는|가)?\s?)?"
    + _YEAR
    + r"|"
    + _YEAR
    + r"\s?(?:에\s?)?(?:수능|대입\s?시험|학력고사)"
    r"(?:을|를)\s?(?:치르|치렀|치른|보|봤|본|마치|마친|준비))"
)
# Words only one generation uses of its own schooling: 국민학교 시절, 7차 교육과정 첫 세대.
_OLD_SCHOOLING = re.compile(
    r"(?<![가-힣])(?P<leak>국민학교|[1-7]\s?차\s?교육\s?과정\s?(?:첫\s?|마지막\s?)?세대)"
    r"(?=\s?(?:시절|때|에|를|을|에서|로|으로|였|이었|\d|동창|입학|졸업))"
)
# A time marked by an event or a year, then the writer's stage of schooling at that time:
# IMF 때 유치원에 다니던, 코로나가 시작된 해에 대학에 입학해, 2016년 당시 고등학생이던.
_STAGES = (
    r"(?:유치원|초등학교|중학교|고등학교|대학교?|초등학생|중학생|고등학생|수험생|재수생|"
    r"신입생|새내기|고\s?[1-3]|중\s?[1-3]|초\s?[1-6]|[1-6]\s?학년)"
)
_EVENT_STAGE = re.compile(
    rf"(?<![가-힣A-Za-z0-9])(?P<leak>(?:{_EVENTS}|{_YEAR})[가-힣\s]{{0,14}}?"
    r"(?:때|해에|해|당시|무렵|시절|즈음)\s?(?:제가\s?|저는\s?|저도\s?)?"
    rf"{_STAGES}\s?(?:에\s?(?:다니|다녔|입학|들어가|들어갔|진학|갓\s?입학)|"
    r"(?:이었|였|이던|이라|으로|로|생이었|생이던)|(?:을|를)\s?(?:다니|졸업|마치)))"
)

# An event, then later in the sentence the writer's own stage at the time, with the story
# between them: 외환위기로 아버지 회사가 문을 닫던 해 저는 유치원에 다니고 있었습니다,
# 평창 올림픽이 열리던 겨울 저는 수능을 막 마친 고3이었고. Only 저는/제가 makes the stage
# the writer's (코로나 때 초등학생이던 아이들 is someone else's).
_EVENT_WRITER_STAGE = re.compile(
    rf"(?<![가-힣A-Za-z0-9])(?P<leak>{_EVENTS}[^.!?\n]{{0,40}}?(?:저는|제가|저도|나는)\s?"
    r"[^.!?\n]{0,14}?(?:"
    rf"{_STAGES}\s?(?:에\s?(?:다니|다녔|입학|들어가|들어갔|진학)|(?:이었|였|이라|생이었)|"
    r"(?:을|를)\s?(?:다니|졸업|마치))"
    r"|수능을\s?(?:막\s?)?(?:보|봤|본|치|쳤|친|마치|마친|앞두)))"
)


def age_forms(doc: BlindText) -> list[Candidate]:
    out = []
    for pattern, rule in (
        (_AGE_WORDS, "age_words"),
        (_AGE_ALONE, "age_words"),
        (_YEAR_STEP, "year_step"),
        (_EVENT_STAGE, "event_stage"),
        (_STAGE_YEAR, "event_stage"),
        (_STAGE_EVENT, "event_stage"),
        (_SINCE_SCHOOL, "year_step"),
        (_THAN_PEERS, "age_words"),
        (_YOUNGEST, "age_words"),
        (_STEP_YEAR, "year_step"),
        (_OLD_SCHOOLING, "event_stage"),
        (_EVENT_WRITER_STAGE, "event_stage"),
        (_EXAM_YEAR, "year_step"),
        (_BORN_AT_EVENT, "event_stage"),
        (_BORN_WORDS, "age_words"),
    ):
        for match in pattern.finditer(doc.text):
            group = next(g for g in ("leak", "bare", "was", "only") if match.groupdict().get(g))
            start, end = match.span(group)
            if starts_word(doc, start):
                out.append(Candidate(start, end, "age", rule, _NOTES[rule]))
    return out


_NOTES = {
    "age_words": "나이를 드러냅니다",
    "year_step": "입학·졸업·입대한 해는 나이를 드러냅니다",
    "event_stage": "어떤 일이 있던 해의 학년은 나이를 드러냅니다",
}
