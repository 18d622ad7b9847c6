"""More words confused with a near-homophone, decided by their neighbours (beside spelling_pairs).

Each fires only where the words around it leave one reading:

* 지향 (aim at) and 지양 (refrain from): what is aimed at is good (고객 중심의 서비스를
  지향합니다), what is refrained from is bad (불필요한 야근을 지양합니다);
* 부문 (a division of a competition or an opening) and 부분 (a part), before 지원하다 (apply)
  or an award (마케팅 부문에 지원했습니다, 대상 부문 수상);
* 새우다 (stay up through the night, with 밤을) and 새다 (dawn breaks): 밤을 새우며;
* 낫다 (be better) for 낳다 after a comparison (훨씬 낳다 → 낫다; spelling_pairs has 나은);
* 대개 (mostly) and 대게 (snow crab), where an adverb stands after a topic and before a phrase;
* 어떻게 해서(든) for 어떻해서 (어떻해 is no word);
* mimetic roots and their suffix -대다/-거리다, written apart (덤벙 대는 → 덤벙대는);
* 띄다 (catch the eye) after 눈에 (눈에 띠게 → 띄게; spelling_pairs has the reverse, 활기를 띠다);
* -든 of choice: two words side by side each ending in -던 (좋던 싫던 → 좋든 싫든), and a noun
  after 어떤/무슨/어느 (어떤 일이던 → 어떤 일이든); -던 of the past modifies a noun instead;
* the bound nouns 겸 (회장 겸 총무, 쉴 겸) and 여 + a unit (백여 명), written against a neighbour.
"""

from __future__ import annotations

import re

from prep.coach.spelling_hits import Hit

SRC_DICT = "표준국어대사전"
SRC_DEP = "한글 맞춤법 제42항 (의존 명사는 띄어 씀)"
SRC_UNIT = "한글 맞춤법 제43항 (단위를 나타내는 명사는 띄어 씀)"
SRC_DEUN = "한글 맞춤법 제56항 (지난 일 '-던', 선택 '-든')"

# What one aims at: a good to pursue. 중심 only with whom it centres on (공급자 중심 may be bad).
_GOOD = (
    r"(?:(?:고객|사용자|이용자|환자|시민|국민|학생|현장|사람|수요자|민원인) 중심|"
    r"소통|상생|협력|협업|혁신|성장|화합|공정|투명|신뢰|배려|존중|안전|친절|만족|정직|창의|효율|"
    r"공평|청렴|포용|평등)"
)
_JIYANG = re.compile(_GOOD + r"(?:의|적인|하는)? (?:[가-힣]+ )?[가-힣]*?(?:을|를) (지양)")
_JIYANG_DIRECT = re.compile(_GOOD + r"[가-힣]{0,3}?(?:을|를) (지양)")
# What one refrains from: waste, excess, mere form.
_BAD = (
    r"(?:불필요한|과도한|무리한|무분별한|형식적인|보여주기식|일방적인|권위적인|소모적인|비효율적인|"
    r"관행적인)"
)
_JIHYANG = re.compile(_BAD + r" [가-힣]*?(?:을|를|은|는|도) (지향)")
# A good one refrains from in a bad form (일방적인 소통을 지양, 공급자 중심의 서비스를 지양).
_BAD_BEFORE = re.compile(
    r"일방|형식|불필요|과도|무리|무분별|보여주기|소모|비효율|관행|권위|지나친|잘못된|왜곡|편향|"
    r"공급자|실적|성과|결과|단순|맹목|겉치레|보여 주기|과잉|억지"
)
_JIHYANG_NOUN = re.compile(
    r"(?<![가-힣])(?:관행|편법|낭비|갑질|차별|편견|과잉|탁상행정|형식주의|보여주기|꼼수|비리|남용|"
    r"독단|허례허식|과소비|무사안일|적당주의)(?:을|를|은|는) (지향)"
)

# 부문: the division one applies to or wins in.
_BUMUN = re.compile(
    r"(?<![가-힣])(부분)(?=(?:에|으로|에서|의)? ?"
    r"(?:지원(?:했|하였|하게|하고자|합니다|하려|하여|한 (?:이유|동기|계기))|수상|입상|"
    r"(?:대상|최우수상|우수상|금상|은상|동상|장려상)(?:을|를|에|으로)? ?(?:수상|받|탔)))"
)

# 밤을 새다 → 새우다: the night is the object, so the verb is the transitive 새우다.
_SAEUDA = re.compile(
    r"(?:밤|날)을 (?:꼬박 |거의 |자주 |며칠 |종종 )?"
    r"(새었|샜|(?:새어|새며|새면서|새고|새서|새는|새기|새도록|새야|새가며|샌|샐)(?![가-힣]))"
)
_SAEUDA_RIGHT = {
    "새었": "새웠", "새어": "새워", "새며": "새우며", "새면서": "새우면서", "새고": "새우고",
    "새서": "새워서", "새는": "새우는", "새기": "새우기", "새도록": "새우도록", "새야": "새워야",
    "새가며": "새워 가며", "샜": "새웠", "샌": "새운", "샐": "새울",
}  # fmt: skip

# 낳다 after a comparison is 낫다 (훨씬 낫다); 아이를 더 낳다 (an object before 더) stays.
_NATDA = re.compile(
    r"(?:(?<![가-힣])(?:훨씬|한층|한결)|[가-힣]보다|(?<![을를] )(?<![가-힣])더|"
    r"[는은] (?:게|것이|편이|쪽이)) "
    r"(낳)(?=다|습니다|습니까|지만|지요|죠|네요|겠)"
)
# Hearsay is -대요 (-다고 해요): after 그러는데, 말로는, 듣기로는 the sentence ends in what was
# heard (선배가 그러는데 어렵대요). A bare -데요 (맛있데요) recalls what one saw, and stays.
_DAEYO = re.compile(
    r"(?:그러는데|그러던데|말로는|듣기로는|얘기로는|말씀으로는|말에 따르면|"
    r"[다라]고 (?:하|하시|하셨|했|하였)(?:는|던)데) [^.!?\n]*?[가-힣]"
    r"(데)(?=요[.!?]?(?:\s|$))"
)
# 낫다 takes no object, so an object before 나았다 means 낳았다 (결과를 낳았다, 아이를 낳았다).
# An illness as the object (병을 나았다) is a slip for 병이 나았다, not 낳았다: left alone.
_NAHATDA = re.compile(r"(?<![가-힣])([가-힣]+)[을를] (나았)(?=[가-힣])")
_ILLNESSES = ("병", "감기", "상처", "부상", "몸살", "병세", "증상")

# 대개 (mostly) after a topic or subject, before a further word: 문의는 대개 배송 일정에
# 관한 것이었다. 대게 (the crab) before a dish or a festival stays.
_DAEGE = re.compile(r"[가-힣](?:은|는|이|가|도) (대게)(?= [가-힣])")
_CRAB_AFTER = re.compile(
    r" (?:요리|찜|축제|철|살|탕|라면|다리|잡이|값|가격|맛|회|집|전문|딱지|껍데기)"
)

# 어떻해야 is left to matchum (어떡해야, which is right too).
_EOTTEOKE = re.compile(r"(?<![가-힣])(어떻해)(서)")

# Mimetic roots that take -대다/-거리다 as a suffix (덤벙대다, 머뭇거리다): one word each.
_MIMETIC = re.compile(
    r"(?<![가-힣])(덤벙|허둥|머뭇|두근|투덜|중얼|반짝|깜빡|빈둥|꾸물|어물|출렁|흔들|끄덕|글썽|울먹|"
    r"주춤|멈칫|움찔|들썩|비틀|휘청|허덕|헐떡|부들|바둥|버둥|까불|촐랑|수군|웅성|소곤|속닥|쑥덕|"
    r"흥얼|꿈틀|설렁|우물쭈물|머뭇머뭇|두리번|기웃|들락날락)"
    r"( )(?=대[는고며다던지서요면기]|댔|거리[는고며다던지면]|거렸|거려|거린)"
)

# 눈에 띄다 (be seen): 띠다 is to bear a colour or a duty.
_NUNE_TTIDA = re.compile(
    r"눈에 (?:잘 |확 |더 |쉽게 |많이 |크게 )?(띠|띤|띨)(?=게|었|어|는|고|지|기|다|[\s.,]|$)"
)
_TTEUI = {"띠": "띄", "띤": "띈", "띨": "띌"}
# Two -던 side by side offer a choice (좋던 싫던, 하던 말던): the second one of the opposites or
# 말다, never a noun (살던 런던).
_DEON_PAIR = re.compile(
    r"(?<![가-힣])([가-힣]{0,3}[가-힣])(던) (말|싫|좋|작|적|없|있|지|못하|않|크|많)(던)(?=[\s,])"
)
_DEON_WHICH = re.compile(r"(?<![가-힣])(?:어떤|무슨|어느|어떠한) [가-힣]+?(이던|던)(?=[\s,])")
# A verb after the 어떤 clause's subject or object (어떤 일이 생기던, 무슨 말을 하던) is the -든
# of choice when no noun follows it: a comma, 간에, 상관 or the speaker going on (저는, 항상);
# -던 of the past modifies a noun (어떤 손님이 오시던 날).
_DEON_WHICH_VERB = re.compile(
    r"(?<![가-힣])(?:어떤|무슨|어느|어떠한) [가-힣]+?(?:이|가|을|를) [가-힣]*?[가-힣](던)"
    r"(?=,| 간에| 상관| 저는| 저도| 제가| 항상| 늘 | 반드시| 꼭 )"
)
# 겸 (at the same time) is a bound noun: 회장 겸 총무, 쉴 겸 들렀다. 겸손, 겸임 start a word.
_GYEOM = re.compile(r"(?<=[가-힣])(겸)(?= [가-힣])")
# 여 (and some more) after a number is a suffix; the unit after it is a word (백여 명, 30여 곳).
_YEO_UNIT = re.compile(
    r"(?:\d|[십백천만])(여)(?=명|개|곳|건|차례|가지|년|개월|시간|회|권|개국|군데|종)"
)
# A Sino-Korean numeral written as a word before 년 (일 년, 삼 년간): the unit is a word. 이년,
# 사년, 백년, 천년, 만년 are left (an insult, 백년대계, 만년필); 십년감수 is one word.
_NUMERAL_YEAR = re.compile(
    r"(?<![가-힣])(일|삼|오|육|칠|팔|구|십)(년)"
    r"(?=동안| 동안|간|째|차|이 |을 |의 |에 |은 |도 |만에|[\s.,])"
)
# -스럽다 is a suffix (자연스럽다, 자랑스럽다): no word begins with 스러- or 스럽-.
_SEUREOPDA = re.compile(r"(?<=[가-힣])( )(?=스러[운웠워우]|스럽)")


def hits(text: str) -> list[Hit]:
    out: list[Hit] = []
    if "지양" in text:
        seen = set()
        for pattern in (_JIYANG, _JIYANG_DIRECT):
            for m in pattern.finditer(text):
                clause = text[max(0, m.start() - 16) : m.start(1)]
                if m.start(1) not in seen and not _BAD_BEFORE.search(clause):
                    seen.add(m.start(1))
                    out.append(Hit(m.start(1), m.end(1), "지향", "spelling",
                                   "바람직한 것을 목표로 삼는 것은 '지향'입니다. ('지양'은 피함)",
                                   "ctx.jihyang", SRC_DICT))  # fmt: skip
    if "지향" in text:
        seen = set()
        for pattern in (_JIHYANG, _JIHYANG_NOUN):
            for m in pattern.finditer(text):
                if m.start(1) not in seen:
                    seen.add(m.start(1))
                    out.append(Hit(m.start(1), m.end(1), "지양", "spelling",
                                   "좋지 않은 것을 피하는 것은 '지양'입니다. ('지향'은 목표로 함)",
                                   "ctx.jiyang", SRC_DICT))  # fmt: skip
    if "부분" in text:
        for m in _BUMUN.finditer(text):
            out.append(Hit(m.start(1), m.end(1), "부문", "spelling",
                           "지원하거나 상을 받는 분야는 '부문'입니다. ('부분'은 전체의 일부)",
                           "ctx.bumun", SRC_DICT))  # fmt: skip
    if "새" in text or "샜" in text or "샌" in text or "샐" in text:
        _saeuda(text, out)
    if "낳" in text:
        for m in _NATDA.finditer(text):
            out.append(Hit(m.start(1), m.end(1), "낫", "spelling",
                           "더 좋은 것은 '낫다'입니다. ('낳다'는 아이를 낳는 일)",
                           "ctx.natda", SRC_DICT))  # fmt: skip
    if "데요" in text:
        for m in _DAEYO.finditer(text):
            out.append(Hit(m.start(1), m.end(1), "대", "spelling",
                           "남에게 들은 말을 옮길 때는 '-대요'(-다고 해요)입니다.",
                           "ctx.daeyo", SRC_DICT))  # fmt: skip
    if "나았" in text:
        for m in _NAHATDA.finditer(text):
            if m.group(1).endswith(_ILLNESSES):
                continue
            out.append(Hit(m.start(2), m.end(2), "낳았", "spelling",
                           "결과나 아이를 낳는 것은 '낳다'입니다. ('낫다'는 목적어를 받지 않음)",
                           "ctx.nahda", SRC_DICT))  # fmt: skip
    if "대게" in text:
        for m in _DAEGE.finditer(text):
            if not _CRAB_AFTER.match(text, m.end(1)):
                out.append(Hit(m.start(1), m.end(1), "대개", "spelling",
                               "'일반적으로, 대부분'의 뜻은 '대개'입니다. ('대게'는 게의 한 종류)",
                               "ctx.daegae", SRC_DICT))  # fmt: skip
    for m in _EOTTEOKE.finditer(text):
        out.append(Hit(m.start(1), m.end(2), "어떻게 해" + m.group(2), "spelling",
                       "'어떻게 해서'로 적습니다.", "ctx.eotteoke",
                       SRC_DICT))  # fmt: skip
    for m in _MIMETIC.finditer(text):
        out.append(Hit(m.start(2), m.end(2), "", "spacing",
                       f"'-대다', '-거리다'는 접미사라 '{m.group(1)}'에 붙여 씁니다.",
                       "ctx.mimetic", "한글 맞춤법 제2항 (접미사는 앞말에 붙여 씀)"))  # fmt: skip
    if "띠" in text or "띤" in text or "띨" in text:
        for m in _NUNE_TTIDA.finditer(text):
            out.append(Hit(m.start(1), m.end(1), _TTEUI[m.group(1)], "spelling",
                           "눈에 보이는 것은 '띄다'입니다. ('띠다'는 빛깔·성질을 지님)",
                           "ctx.tteuida", SRC_DICT))  # fmt: skip
    if "던" in text:
        _deon(text, out)
    for m in _GYEOM.finditer(text):
        out.append(Hit(m.start(1), m.end(1), " 겸", "spacing",
                       "'겸'은 의존 명사라 앞말과 띄어 씁니다. (회장 겸 총무)",
                       "ctx.gyeom", SRC_DEP))  # fmt: skip
    for m in _YEO_UNIT.finditer(text):
        out.append(Hit(m.start(1), m.end(1), "여 ", "spacing",
                       "수 뒤의 '여' 다음 단위는 띄어 씁니다. (백여 명)",
                       "ctx.yeo-unit", SRC_UNIT))  # fmt: skip
    for m in _SEUREOPDA.finditer(text):
        out.append(Hit(m.start(1), m.end(1), "", "spacing",
                       "'-스럽다'는 접미사라 앞말에 붙여 씁니다. (자연스럽게)", "ctx.suffix-apart",
                       "한글 맞춤법 제2항 (접미사는 앞말에 붙여 씀)"))  # fmt: skip
    for m in _NUMERAL_YEAR.finditer(text):
        out.append(Hit(m.start(1), m.end(2), f"{m.group(1)} 년", "spacing",
                       "수를 나타내는 말과 단위는 띄어 씁니다. (일 년, 삼 년간)",
                       "ctx.numeral-year", SRC_UNIT))  # fmt: skip
    return out


def _deon(text: str, out: list[Hit]) -> None:
    message = "고르거나 가리지 않음을 나타낼 때는 '-든'입니다. (좋든 싫든, 어떤 일이든)"
    for m in _DEON_PAIR.finditer(text):
        middle = text[m.end(2) : m.start(4)]
        out.append(Hit(m.start(2), m.end(4), "든" + middle + "든", "spelling", message,
                       "ctx.deun", SRC_DEUN))  # fmt: skip
    for m in _DEON_WHICH.finditer(text):
        out.append(Hit(m.start(1), m.end(1), m.group(1)[:-1] + "든", "spelling", message,
                       "ctx.deun", SRC_DEUN))  # fmt: skip
    for m in _DEON_WHICH_VERB.finditer(text):
        out.append(Hit(m.start(1), m.end(1), "든", "spelling", message,
                       "ctx.deun", SRC_DEUN))  # fmt: skip


def _saeuda(text: str, out: list[Hit]) -> None:
    for m in _SAEUDA.finditer(text):
        out.append(Hit(m.start(1), m.end(1), _SAEUDA_RIGHT[m.group(1)], "spelling",
                       "밤을 자지 않고 지내는 것은 '새우다'입니다. ('새다'는 날이 밝아 옴)",
                       "ctx.saeuda", SRC_DICT))  # fmt: skip
