"""Our own spelling rules for common cover-letter errors that no library here covers.

Each rule is a pattern plus a function that returns the corrected text for the matched
part (or None to let it pass), a short Korean message and the place in the norms it comes from
(한글 맞춤법, 표준국어대사전). Meaning-based pairs (결재/결제, 로서/로써 after a noun, 맞히다/
맞추다, 부치다/붙이다) are decided by the words around them, and only where those words leave
one reading; everything else passes. tests/coach/test_spelling_rules.py has a right and a
wrong example for every rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prep.coach import morph
from prep.coach.hangul import final_index
from prep.coach.spelling_hits import Hit, Rule
from prep.coach.spelling_roseo import MEANS_WORDS as _MEANS_WORDS
from prep.coach.spelling_roseo import STATUS_WORDS as _STATUS_WORDS
from prep.coach.spelling_roseo import is_means_word as _is_means_word
from prep.coach.spelling_roseo import is_person_word as _is_person_word

# After 얼마나 … -든지, what makes it "no matter how" (얼마나 춥든지 상관없이, 얼마나 하든지 간에).
_DEUNJI_REGARDLESS = re.compile(r"\s*(?:상관|관계|간에|말든지|[가-힣]+든지|결과는|괜찮)")
_SENTENCE_END = re.compile(r"([가-힣])(?:습니다|다)(?![가-힣])")


def _recalled(m: re.Match) -> bool:
    """얼마나 기뻤든지 (a past stem), or 얼마나 떨리든지 … 못했습니다: a present stem whose
    sentence goes on to tell what happened then, in the past, with no 'regardless' after it."""
    stem_end = m.group(1)[0]
    if final_index(stem_end) == 20:  # ㅆ
        return True
    text, end = m.string, m.end(1)
    if stem_end == "이" or _DEUNJI_REGARDLESS.match(text, end):  # 몇 명이든지: any number
        return False
    stop = re.search(r"[.!?\n]", text[end:])
    rest = text[end : end + stop.start() + 1] if stop else text[end:]
    return any(final_index(e.group(1)) == 20 for e in _SENTENCE_END.finditer(rest))  # 했습니다


_B = r"(?<![가-힣])"  # the start of a word
_END = r"(?=[\s.,!?·:;\"'”’)\]]|$)"

SRC_DOE = "한글 맞춤법 제35항 붙임 2 ('되어'가 줄면 '돼')"
SRC_AN = "표준국어대사전 '안'(아니)·'않다'(아니하다)"
SRC_ROSEO = "한글 맞춤법 제57항 (-로서 자격, -로써 수단)"
SRC_YUL = "한글 맞춤법 제11항 붙임 1 (모음·ㄴ 뒤 '율', 그 밖 '률')"
SRC_DEP = "한글 맞춤법 제42항 (의존 명사는 띄어 씀)"
SRC_DEUNJI = "한글 맞춤법 제56항 (지난 일 '-던지', 선택 '-든지')"
SRC_MEANING = "한글 맞춤법 제57항 (뜻에 따라 가려 적기)"
SRC_DICT = "표준국어대사전"
SRC_HADA = "한글 맞춤법 제40항 붙임 2 ('하'가 통째로 줄면 '-지')"


def _yul(m: re.Match) -> str | None:
    before, suffix = m.group(1), m.group(2)
    final = final_index(before)
    if final < 0:
        return None
    right = "율" if final in (0, 4) else "률"
    return right if right != suffix else None


# Persons and bodies take 로서 (as a …); tools, ways and actions take 로써 (by means of …).

_PAYMENT_WORDS = (
    r"(?:카드|대금|요금|간편|현금|금액|모바일|온라인|비용|수수료|구매|물품|계좌|신용|원|"
    # what is bought or paid for: a ticket, a fee, an order (승차권 결제, 회비 결제)
    r"승차권|입장권|티켓|회비|등록금|주문|예매|키오스크|단말기|할부)"
)
_PAYMENT = re.compile(_PAYMENT_WORDS)
# Nouns that end in a consonant + 이 (먹이, 놀이, 길이): 먹이였다 is 먹이 + 였다, right as written.
_I_NOUN_TAILS = (
    "먹", "놀", "길", "높", "넓", "깊", "쟁", "잡", "박", "돌",
    "벌", "살", "맞", "걸", "붙", "닫", "풀", "몰", "어린", "고양",
    "덮", "손잡",
)  # fmt: skip


def _noun_ends_in_i(text: str, at: int) -> bool:
    """오류투성이였다, 먹이였다: Kiwi reads the 이 before 였 as the noun's own last syllable
    (투성이 + 이었), where 학생이였다 gives 학생 + 이 + 였."""
    return any(
        m.end == at and m.tag in ("NNG", "NNP", "XSN") and m.form.endswith("이")
        for m in morph.tokens(text)
    )


RULES: tuple[Rule, ...] = (
    Rule(
        "doe.eo",
        re.compile(
            r"(?<=[가-힣 ])되(요|서|야|도|버리|버렸|봤|줘|줬)(?![가-힣])"
            r"|(?<=[가-힣 ])되(서|야)(?=[가-힣])"
            r"|(?<=[야면 ])되(?=[.?!,~]|$)"
            r"|(?<=[가-힣] )(?<!한 )(?<!두 )(?<!세 )(?<!몇 )"
            r"되(?= (?:주|줘|줬|보|봐|봤|버리|버렸|있|놓|둔|두|가|갔|왔))"
        ),
        lambda m: "돼" + m.group(0)[1:],
        "'되어'가 줄면 '돼'로 적습니다. (돼요, 돼서, 돼야)",
        SRC_DOE,
    ),
    Rule(
        "doe.not-eo",
        re.compile(r"돼(다|고|는|면|며|기|니|므로|겠|지만|던|시|셨|신|실)"),
        lambda m: "되" + m.group(1),
        "'되어'로 바꿀 수 없는 자리는 '되'입니다. (되고, 되면, 되겠)",
        SRC_DOE,
    ),
    Rule(
        "doe.an-doeyo",
        re.compile(_B + r"안(되요|되서|되야|됬)"),
        lambda m: "안 " + {"되요": "돼요", "되서": "돼서", "되야": "돼야", "됬": "됐"}[m.group(1)],
        "'안 돼요'처럼 '안'은 띄고, '되어'의 준말은 '돼'입니다.",
        SRC_DOE,
    ),
    Rule(
        "an.prohibit",
        re.compile(
            r"(?:면|서는|서도|어도|아도|해도|[해래가와어아져]선|절대|결코) "
            r"(안)(?=되|돼|됩|된|될|됐)"
        ),
        lambda m: "안 ",
        "'-면 안 된다'의 '안'은 부사라 띄어 씁니다.",
        "한글 맞춤법 제2항 (단어별로 띄어 씀)",
        kind="spacing",
        group=1,
    ),
    Rule(
        "an.aneun-verb",
        re.compile(_B + r"않(?=하|해|했|할|한|합|좋|돼|됐|될|된|됩|되)"),
        lambda m: "안 ",
        "용언 앞의 부정 부사는 '안'이며 띄어 씁니다. ('않'은 '-지 않다'에만 씁니다)",
        SRC_AN,
    ),
    Rule(
        "an.ji-anh",
        re.compile(
            r"지 (안)(?=고|게|기|지만|아도|아야|았|습|는|으면|아요|아서|다고|다는|도록|더라도|"
            r"으려|으며|으니|아(?:[\s.,!?]|$))"
        ),
        lambda m: "않",
        "'-지 않다'로 적습니다. ('안'은 '아니'의 준말)",
        SRC_AN,
        group=1,
    ),
    Rule(
        "roseo.means-after-noun",
        re.compile(r"(?<![가-힣])([가-힣]+?)(?:으)?(로서)(?![가-힣])"),
        lambda m: "로써" if m.group(1) in _MEANS_WORDS else None,
        "수단·방법을 나타낼 때는 '-로써'입니다. (대화로써, 분석으로써)",
        SRC_ROSEO,
        group=2,
    ),
    Rule(
        "roseo.means-nominal",
        re.compile(r"[가-힣][함됨]으(로서)(?![가-힣])"),
        lambda m: "로써",
        "'-함으로써'처럼 방법을 나타낼 때는 '-로써'입니다.",
        SRC_ROSEO,
        group=1,
    ),
    Rule(
        "roseo.iroseo",
        re.compile(_B + r"이(로서)(?![가-힣])"),
        lambda m: "로써",
        "'이것으로'의 뜻이면 '이로써'입니다.",
        SRC_ROSEO,
        group=1,
    ),
    Rule(
        "roseo.status",
        re.compile(r"(?<![가-힣])([가-힣]+?)(?:으)?(로써)(?=의|는|도|만|(?![가-힣]))"),
        lambda m: "로서" if m.group(1).endswith(_STATUS_WORDS) else None,
        "자격·지위를 나타낼 때는 '-로서'입니다. (리더로서, 직원으로서)",
        SRC_ROSEO,
        group=2,
    ),
    Rule(
        "roseo.person-suffix",
        re.compile(r"(?<![가-힣])([가-힣]+?)(?:으)?(로써)(?=의|는|도|만|(?![가-힣]))"),
        lambda m: "로서" if _is_person_word(m.group(1)) else None,
        "자격·지위를 나타낼 때는 '-로서'입니다. (담당자로서, 연구원으로서)",
        SRC_ROSEO,
        group=2,
    ),
    Rule(
        "roseo.means-suffix",
        re.compile(r"(?<![가-힣])([가-힣]+?)(?:으)?(로서)(?![가-힣])"),
        lambda m: "로써" if _is_means_word(m.group(1)) else None,
        "수단·방법을 나타낼 때는 '-로써'입니다. (자동화로써, 기법으로써)",
        SRC_ROSEO,
        group=2,
    ),
    Rule(
        "barada",
        re.compile(r"(?:기를?|길|하기만을|되기만을) (바래요|바랬|바래서|바래)"),
        lambda m: {"바래요": "바라요", "바랬": "바랐", "바래서": "바라서", "바래": "바라"}[
            m.group(1)
        ],
        "'바라다'의 활용은 '바라요', '바랐다'입니다. ('바래다'는 빛이 변하는 일)",
        SRC_DICT + " '바라다'",
        group=1,
    ),
    Rule(
        "ieot",
        re.compile(r"(?<![가-힣])([가-힣]*?([가-힣]))이였(?=[가-힣])"),
        lambda m: (
            m.group(1) + "이었"
            if final_index(m.group(2)) > 0
            and not m.group(1).endswith(_I_NOUN_TAILS)
            and not _noun_ends_in_i(m.string, m.end() - 1)
            else None
        ),
        "받침 있는 말 뒤에서 '이다'의 과거는 '-이었-'입니다. (일이었다, 학생이었다)",
        SRC_DICT + " '-이다'",
    ),
    Rule(
        "yul",
        re.compile(r"([가-힣])(율|률)(?!동)"),
        _yul,
        "모음이나 ㄴ 받침 뒤에서는 '율', 그 밖에는 '률'로 적습니다. (비율, 합격률)",
        SRC_YUL,
        group=2,
    ),
    Rule(
        "myeochil",
        re.compile(_B + r"몇 ?일(?!간|정|자리|부|반|본|상|손)"),
        lambda m: "며칠",
        "'며칠'로 적습니다. ('몇 일'로 적지 않습니다)",
        "한글 맞춤법 제27항 붙임 2",
    ),
    Rule(
        "gyeoljae.payment",
        re.compile(_PAYMENT_WORDS + r"[가-힣\s]{0,4}?(결재)"),
        lambda m: "결제",
        "돈을 치르는 일은 '결제'입니다. ('결재'는 윗사람의 승인)",
        SRC_DICT + " '결제'·'결재'",
        group=1,
    ),
    Rule(
        "gyeoljae.approval",
        re.compile(
            r"(?:(?:팀장|부장|과장|차장|국장|실장|상사|상급자|원장|대표)님?(?:께|에게|의)?\s?|기안\s?|"
            r"품의서?\s?|보고서\s?|서류\s?|전자\s?)(결제)"
        ),
        lambda m: "결재",
        "윗사람이 안건을 승인하는 일은 '결재'입니다. ('결제'는 돈을 치르는 일)",
        SRC_DICT + " '결재'·'결제'",
        group=1,
    ),
    Rule(
        "gyeoljae.approval-verb",
        re.compile(r"(결제)(?=를?\s?(?:올리|올렸|올려|받|상신|라인|권자))"),
        lambda m: None if _PAYMENT.search(m.string, max(0, m.start() - 12), m.start()) else "결재",
        "윗사람이 안건을 승인하는 일은 '결재'입니다. ('결제'는 돈을 치르는 일)",
        SRC_DICT + " '결재'·'결제'",
        group=1,
    ),
    Rule(
        "machida.hit",
        re.compile(
            r"(?:정답|답|문제|퀴즈|과녁|표적)(?:[을를만도]|까지)? "
            # up to two adverbs of how many or how well (가장 많이 맞힌, 모두 정확히 맞혔다)
            r"(?:(?:모두|다|정확히|잘|가장|제일|더|많이|거의|전부|먼저|빨리) ){0,2}"
            r"(맞추|맞춰|맞췄|맞춘|맞출)"
        ),
        lambda m: {"맞추": "맞히", "맞춰": "맞혀", "맞췄": "맞혔", "맞춘": "맞힌", "맞출": "맞힐"}[
            m.group(1)
        ],
        "정답이나 과녁은 '맞히다'입니다. ('맞추다'는 둘을 비교하거나 맞게 하는 일)",
        SRC_DICT + " '맞히다'·'맞추다'",
        group=1,
    ),
    Rule(
        "machida.fit",
        re.compile(
            r"(?:일정|시간|기한|눈높이|기준|호흡|수준|순서|규격|보조|박자|조각|퍼즐|비율|균형|농도|"
            r"온도|분량|인원|예산|색깔|구색|아귀|장단|[가-힣]량)(?:에|을|를)? "
            r"(맞히|맞혀|맞혔|맞힌|맞힐)"
        ),
        lambda m: {"맞히": "맞추", "맞혀": "맞춰", "맞혔": "맞췄", "맞힌": "맞춘", "맞힐": "맞출"}[
            m.group(1)
        ],
        "기준에 맞게 하는 일은 '맞추다'입니다.",
        SRC_DICT + " '맞히다'·'맞추다'",
        group=1,
    ),
    Rule(
        "buchida.send",
        re.compile(
            r"(?:편지|소포|택배|우편|우편물|등기|안건|회의|표결|투표|심의|부의|비밀|힘)"
            r"(?:(?:을|를|에|으로|로)? |(?:으로|로) [가-힣]+[을를] )"
            r"(붙이|붙여|붙였|붙인|붙일)"
        ),
        lambda m: {"붙이": "부치", "붙여": "부쳐", "붙였": "부쳤", "붙인": "부친", "붙일": "부칠"}[
            m.group(1)
        ],
        "보내거나 회의에 내놓는 일은 '부치다'입니다. ('붙이다'는 맞닿게 하는 일)",
        SRC_MEANING,
        group=1,
    ),
    Rule(
        "buchida.attach",
        re.compile(
            r"(?:(?:우표|스티커|라벨|포스트잇|메모|이름표|딱지|공지|전단|포스터|조건|제목|번호|이름|"
            r"꼬리표|흥미|취미|불)(?:을|를|에)?"
            # a surface something is put on (게시판에 붙이다); 회의에 부치다 is another verb.
            r"|(?:게시판|게시대|안내판|칠판|벽|창문|유리창|기둥|출입문|냉장고)에)"
            r" (부치|부쳐|부쳤|부친|부칠)"
        ),
        lambda m: {"부치": "붙이", "부쳐": "붙여", "부쳤": "붙였", "부친": "붙인", "부칠": "붙일"}[
            m.group(1)
        ],
        "맞닿게 하거나 덧붙이는 일은 '붙이다'입니다.",
        SRC_MEANING,
        group=1,
    ),
    Rule(
        "neullida.amount",
        re.compile(
            r"(?:인원|매출|규모|수익|예산|비중|물량|거래처|고객|회원|직원|인력|점수|실력|횟수|투자|수|"
            r"생산량|판매량|용량|혜택|일자리|채용|지점|매장|좌석|인원수|참여자|가입자)"
            r"(?:을|를|도)? (?:[가-힣]+(?:게|히|이|로) )?(늘이|늘여|늘였|늘인|늘일)"
        ),
        lambda m: {"늘이": "늘리", "늘여": "늘려", "늘였": "늘렸", "늘인": "늘린", "늘일": "늘릴"}[
            m.group(1)
        ],
        "수나 양을 많게 하는 일은 '늘리다'입니다. ('늘이다'는 길이를 길게 하는 일)",
        SRC_DICT + " '늘리다'·'늘이다'",
        group=1,
    ),
    Rule(
        "beorida.event",
        re.compile(
            _B + r"(?:행사|사업|잔치|캠페인|싸움|논쟁|토론|경쟁|시위|축제|파티|이벤트|판|일)"
            r"(?:을|를)? (?:[가-힣]+(?:게|히|이|로) )?(벌리|벌려|벌렸|벌린|벌릴)"
        ),
        lambda m: {"벌리": "벌이", "벌려": "벌여", "벌렸": "벌였", "벌린": "벌인", "벌릴": "벌일"}[
            m.group(1)
        ],
        "일이나 행사를 시작해 펼치는 일은 '벌이다'입니다. ('벌리다'는 사이를 넓히는 일)",
        SRC_DICT + " '벌이다'·'벌리다'",
        group=1,
    ),
    Rule(
        "mothada.after-ji",
        re.compile(r"[가-힣]지 (못 [하했할한합해함])"),
        lambda m: "못" + m.group(1)[-1],
        "'-지 못하다'의 '못하다'는 한 낱말이라 붙여 씁니다. (참석하지 못했다)",
        "한글 맞춤법 제47항·표준국어대사전 '못하다'",
        kind="spacing",
        group=1,
    ),
    Rule(
        "deunji.choice-verb",
        re.compile(
            _B + r"(?:무엇을|무엇이|뭘|뭐를|어디서|어디에|어디로|어디를|언제|누구를|누구와|누가|"
            r"(?:어떤|어느|무슨) [가-힣]+?(?:을|를|에|이|가|에서)) (?:[가-힣]+ )?([가-힣]+?)(던지)"
            r"(?![가-힣])"
        ),
        lambda m: "든지" if final_index(m.group(1)[-1]) != 20 else None,
        "고르거나 가리지 않음을 나타낼 때는 '-든지'입니다. (무엇을 하든지)",
        SRC_DEUNJI,
        group=2,
    ),
    Rule(
        "daero.de",
        re.compile(r"([가-힣])\s?데로(?![가-힣])"),
        lambda m: (
            m.group(1) + " 대로"
            if final_index(m.group(1)) in (4, 8) or m.group(1) in "던는"
            else None
        ),
        "'-는 대로'는 의존 명사 '대로'로 적고 띄어 씁니다.",
        SRC_DEP,
    ),
    Rule(
        "deunji.choice-pronoun",
        re.compile(
            _B + r"(무엇이|무엇|언제|어디|누구|뭐|얼마|어떻게|(?:어떤|어느|무슨) [가-힣]+?이)던지"
        ),
        lambda m: m.group(1) + "든지",
        "고르거나 가리지 않음을 나타낼 때는 '-든지'입니다. (언제든지)",
        SRC_DEUNJI,
    ),
    Rule(
        "deunji.choice-pair",
        re.compile(r"([가-힣]+)던지 ([가-힣]+ )?([가-힣]+)던지"),
        lambda m: None,  # replaced below by a function that yields both halves
        "고르는 뜻이면 '-든지 -든지'입니다.",
        SRC_DEUNJI,
    ),
    Rule(
        "deunji.past",
        re.compile(r"얼마나 [가-힣 ]{0,12}?([가-힣]든지)"),
        lambda m: m.group(1)[0] + "던지" if _recalled(m) else None,
        "지난 일을 떠올릴 때는 '-던지'입니다. (얼마나 기뻤던지)",
        SRC_DEUNJI,
        group=1,
    ),
    Rule(
        "ji.hada-contraction",
        re.compile(r"([가-힣])치(?= ?(?:않|못))"),
        lambda m: m.group(1) + "지" if final_index(m.group(1)) in (1, 17, 19) else None,
        "'-하지 않다'의 '하'가 줄 때 받침 ㄱ·ㅂ·ㅅ 뒤에서는 '-지'로 적습니다. (익숙지 않다)",
        SRC_HADA,
    ),
    Rule(
        "ieyo",
        re.compile(r"([가-힣])이예요"),
        lambda m: m.group(1) + "이에요" if final_index(m.group(1)) > 0 else m.group(1) + "예요",
        "받침 있는 말 뒤에는 '-이에요', 없는 말 뒤에는 '-예요'입니다.",
        SRC_DICT + " '-이에요'",
    ),
    Rule(
        "dep.man-duration",
        re.compile(
            r"(?:\d+ ?(?:년|개월|달|주|주일|일|시간|분|초)|이틀|사흘|나흘|닷새|열흘|보름|하루|"
            r"며칠|일주일|한 달|"
            r"[한두세네] (?:달|해|시간))(만)(?=에|이다|입니다|이었|의)"
        ),
        lambda m: " 만",
        "시간이 지났음을 나타내는 '만'은 의존 명사라 띄어 씁니다. (3년 만에)",
        SRC_DEP,
        kind="spacing",
        group=1,
    ),
    Rule(
        "dep.dongan",
        re.compile(
            r"(?:\d ?(?:시간|개월|주일|주|년|분|초)|시간|개월|주일|며칠|하루|이틀|사흘|나흘|닷새|"
            r"열흘|보름|[한두세네] 달)(동안)"
        ),
        lambda m: " 동안",
        "'동안'은 명사라 앞말과 띄어 씁니다. (1시간 동안, 며칠 동안)",
        "한글 맞춤법 제2항 (단어별로 띄어 씀)",
        kind="spacing",
        group=1,
    ),
    Rule(
        "dep.han",
        re.compile(r"(가능한|있는|하는|되는|없는)(한)(?=\s)"),
        lambda m: " 한",
        "조건을 나타내는 '한'은 의존 명사라 띄어 씁니다. (가능한 한)",
        SRC_DEP,
        kind="spacing",
        group=2,
    ),
    Rule(
        "dep.ppunman",
        re.compile(r"뿐만아니라"),
        lambda m: "뿐만 아니라",
        "'뿐만 아니라'로 띄어 씁니다.",
        "한글 맞춤법 제2항 (단어별로 띄어 씀)",
        kind="spacing",
    ),
    Rule(
        "ji.since",
        re.compile(
            r"(?<=[가-힣])([한된난온간은운던])지(?=\s*(?:\d|몇|며칠|얼마|오래|한참|벌써|꽤|수년|반년|일주일|"
            r"[한두세네] ?(?:달|해|시간|주)|[일이삼사오육칠팔구십]+ ?년|석 달|이틀|사흘|보름))"
        ),
        lambda m: m.group(1) + " 지",
        "시간이 흐른 동안을 나타내는 '지'는 의존 명사라 띄어 씁니다. (입사한 지 3년)",
        SRC_DEP,
        kind="spacing",
    ),
)


def _deunji_pair(text: str) -> Iterator[Hit]:
    """하던지 말던지 → 하든지 말든지: two -던지 side by side offer a choice."""
    rule = next(r for r in RULES if r.id == "deunji.choice-pair")
    for m in rule.pattern.finditer(text):
        for group in (1, 3):
            end = m.end(group) + 2
            start = end - 2
            yield Hit(start, end, "든지", rule.kind, rule.message, rule.id, rule.source)


def hits(text: str) -> list[Hit]:
    out: list[Hit] = []
    for rule in RULES:
        if rule.id == "deunji.choice-pair":
            out.extend(_deunji_pair(text))
        else:
            out.extend(rule.find(text))
    return out
