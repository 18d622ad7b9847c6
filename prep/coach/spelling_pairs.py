"""Words confused with a near-homophone, decided by the words around them (beside spelling_rules).

Each pair fires only where the neighbouring words leave one reading, and passes otherwise:

* 걷잡다 (check, with a negative: 걷잡을 수 없다) and 겉잡다 (estimate: 겉잡아 3만 명);
* 반드시 (without fail) and 반듯이 (straight: 반듯이 눕다, 세우다);
* 한창 (the height of: 한창 바쁠 때) and 한참 (a long while: 한참 기다렸다);
* 맡다 (take on a role or task) and 맞다, after 역할을·업무를·팀장을;
* 다르다 (differ) and 틀리다 (be wrong), after a comparison (서로, -와/-과, -보다);
* 제고 (raising: 생산성 제고) and 재고 (stock, reconsideration), after a quality noun;
* 유례 (precedent: 유례없는) and 유래 (origin);
* 횟수 (number of times) and 회수 (recovery), after a countable act (검사 횟수);
* the honorific -시- on things rather than people (음료 나오셨습니다 → 나왔습니다);
* 낫다 (get better, be better) and 낳다 (give birth), after 병이 or 더;
* 띠다 (bear a colour, a mood, a duty) and 띄다 (catch the eye), after 활기를·성격을;
* 넘어 (crossing) and 너머 (the far side), after an object particle (한계를 넘어);
* 걷어붙이다, 밀어붙이다, 몰아붙이다, 쏘아붙이다: one word each, with 붙이다, never 부치다;
* -로써 (by means of) after evidence before a verb of proving or showing (성과로서 증명했다 →
  성과로써); 리더로서 보여 준 모습 and 큰 성과로서 인정받았다 stay;
* 바라다 (wish) past 바랐다, after what is wished (합격을 바랬다, 좋겠다고 바랬다); 바래다
  (fade, see off) takes no such object in the past.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from prep.coach import morph
from prep.coach.spelling_hits import Hit

SRC_DICT = "표준국어대사전"
SRC_HONORIFIC = "표준 언어 예절 (사물을 높이지 않음)"

# 걷잡- before a negative is right; 겉잡- there is wrong.
_GEOT_NEG = re.compile(
    r"(?<![가-힣])(겉잡)(?=을 수 ?(?:가 )?없|을 새|을 틈|지 못|지 않|기 어려|기 힘들)"
)
# 걷잡아 with no negative after it is the estimate 겉잡아.
_GEOD_EST = re.compile(r"(?<![가-힣])(걷잡)(?=아|았)")
_NEGATIVE_AHEAD = re.compile(r"[^.!?]{0,16}?(?:수 ?(?:가 )?없|못|않)")

# 반듯이 straight: lying, sitting, standing, folding, setting, writing, cutting, keeping tidy.
_BANDEUT = re.compile(r"(?<![가-힣])(반듯이)(?![가-힣])")
_STRAIGHT_AFTER = re.compile(
    r" (?:[가-힣]+[을를] )?(?:눕|누워|누운|누웠|앉|서|선 |섰|세우|세워|세운|세웠|펴|편 |폈|접|놓|"
    r"걸|개|깔|자르|잘라|썰|정돈|정리|쓰|써|쓴|긋|그어|그은|매|묶|빗|다듬|깎|걷|걸어|서서)"
)

# 한참 before busy, under way, growing or in fashion is the height of it: 한창.
_HANCHAM = re.compile(
    r"(?<![가-힣])(한참)(?= (?:바쁘|바쁜|바빴|바쁠|바쁨|진행 ?중|공사 ?중|성장|자랄|클 |유행|인기|"
    r"무르익|일할|일하던|배울|공부할|피어|꽃피)"
    # an event as subject of 한참이다 is at its height (축제가 한참일 때); a long while is
    # never a subject's state (시간이 한참 걸렸다 has no 이다).
    r"|(?<=[가-힣][이가] 한참)(?:일 때|인 때|인 지금|이던|이었던|이었을 때))"
)

# A role or task taken on: 맡다. 신임 팀장을 맞았다 (welcomed) stays.
_MATDA = re.compile(
    r"(?<![가-힣])(?<!새 )(?<!신임 )(?<!새로운 )"
    r"(?:역할|업무|직책|책임|임무|소임|담당|과제|프로젝트|진행|사회|총무|간사|팀장|회장|반장|조장|"
    r"부회장|회계|리더|주장|대표|실무|직무)(?:을|를|도) (맞)(?=았|아|고|은|을|게|는|기로|기 )"
)

# After a comparison (서로, or a comparing particle Kiwi confirms: 동료와, 예상과, 이전보다),
# what differs is 다르다.
_TEULLI = re.compile(
    r"(?:(?<![가-힣])서로 |[가-힣](와|과|랑|보다) "
    r"(?:(?:실제 )?(?:의견|생각|입장|방식|성향|스타일|관점|기준|모습|문화|환경|성격|가치관|취향|"
    r"견해|습관|목표|방법|구조|조건|상황|분위기|수량|금액|수치|가격|일정|기록|데이터|정보)"
    r"[이가은는도] )?)"
    r"(틀리|틀려|틀렸|틀린|틀릴|틀립)"
)
_DAREU = {"틀리": "다르", "틀려": "달라", "틀렸": "달랐", "틀린": "다른", "틀릴": "다를",
          "틀립": "다릅"}  # fmt: skip

# A quality raised: 제고 (提高).
_JEGO = re.compile(
    r"(?:생산성|효율성?|경쟁력|품질|만족도|인지도|역량|가치|이미지|신뢰도|효과|능률|수익성|투명성|"
    r"접근성|편의성|안전성|전문성|위상|가독성|완성도|활용도|호감도|브랜드 가치|소득|수익|사기|"
    r"참여율|참여도|이용률|자긍심|삶의 질|수준)"
    r"(?:을|를|의)? ?(재고)(?=하|해|했|할|한|합|를|에|시키|방안|를 위|[\s.,])"
)

_YURAE = re.compile(
    r"(?<![가-힣])(유래)"
    r"(?=없|가 없|를 찾(?:기|아볼) (?:힘들|어렵|어려운|수 없)|가 드문|를 보기 힘든)"
)

# A count of acts: 횟수. 제품 회수 (recall) and 비용 회수 (recovery) stay.
_HOESU = re.compile(
    r"(?:검사|방문|사용|시도|반복|점검|출장|접속|교육|발생|상담|이용|실행|출동|근무|운행|게시|"
    r"조회|클릭|통화|연습|훈련|야근|지각|결석|출석|실패|재발|수정|회의|세탁|투약|운동|고장|순찰|"
    r"결근|오류|장애|정전|신고)"
    r" ?(회수)(?![율률])"
)

# Things do not take the honorific -시-: 주문하신 음료 나오셨습니다 → 나왔습니다.
_THINGS_HONOURED = re.compile(
    r"(?<![가-힣])(?:음료|커피|음식|메뉴|식사|주문|상품|제품|물건|결과|영수증|잔돈|거스름돈|"
    r"택배|요금|가격)(?:이|가|는|도)? (나오셨|나오세요|나오십니다|나오실)"
)
# 낫다: an illness gets better (병이 나았다), a thing is better (더 나은). 아이를 낳았다 stays.
_NATDA = re.compile(
    r"(?:(?:병|상처|감기|몸살|부상|증상|통증|두통|허리|다리)(?:이|가|는|도)? "
    r"(?:다 |금방 |완전히 )?|"
    r"(?<![가-힣])(?:더|훨씬|한층|좀 더|보다) )(낳)(?=았|아|은|을|아진|아지)"
)
# 띠다 with what is borne: 활기를 띠다, 붉은색을 띠다, 임무를 띠다.
_TTIDA = re.compile(
    r"(?:활기|색|빛|색깔|색채|성격|경향|양상|기운|미소|임무|사명|열기|생기|특징|특성|성향|"
    r"모습|형태|의미|중요성)(?:을|를) (띄|띈)(?=었|어|고|는|며|면서|게|기|다|[\s.,])?"
)
_NEOMEO = re.compile(r"[가-힣](?:을|를) (너머)(?=[\s.,]|$)")
_BUTIDA = re.compile(
    r"(?<![가-힣])(걷어|밀어|몰아|쏘아)( ?)(부치|부쳐|부쳤|부친|부칠|붙이|붙여|붙였|붙인|붙일)"
)
_BARAETDA = re.compile(r"[가-힣](?:을|를|다고|라고|기를|길) (?:간절히 |늘 |항상 |내심 )?(바랬)")
_ROSSEO_PROOF = re.compile(
    r"(?<![가-힣])([가-힣]+?)(?:으)?(로서) (?:[가-힣]+ )?"
    r"(?:증명|입증|보여|보였|보인|말해)"
)
_EVIDENCE = frozenset(
    {"성과", "결과", "실적", "수치", "숫자", "결과물", "성적", "근거", "사례", "지표", "통계"}
    | {"증거"}
)
_BUT = {"부치": "붙이", "부쳐": "붙여", "부쳤": "붙였", "부친": "붙인", "부칠": "붙일"}
_NAOSI = {"나오셨": "나왔", "나오세요": "나와요", "나오십니다": "나옵니다", "나오실": "나올"}


# The word each pair rule corrects: a draft without it skips the rule's slower pattern.
# Things made or built are 개발 (앱을 개발하다); 계발 is drawing out a person's gift.
_GYEBAL = re.compile(
    r"(?:앱|어플|애플리케이션|프로그램|시스템|서비스|제품|신제품|기술|신약|소프트웨어|플랫폼|"
    r"솔루션|콘텐츠|상품|신상품|메뉴|알고리즘|기능|웹사이트|홈페이지|게임|교재|장비|부품|백신)"
    r"(?:을|를)? (계발)(?=하|했|한|할|해|에|을|이|중|팀|자)"
)
# Stopping by a place on the way is 들르다 (면세점에 들렀다가); 들리다 is being heard.
_DEULREUDA = re.compile(
    r"(?:점|실|센터|가게|마트|집|병원|은행|카페|서점|관|사무소|매장|지점|창구|약국|공항|역|"
    r"휴게소|터미널|본사|현장|고향|회사|학교|편의점|도서관)에 (?:잠시 |잠깐 |자주 |꼭 )?"
    r"(들렸|들려|들리|들릴|들린)(?=다가|서|던|을 때|고 |는 (?:시간|날|때|곳|김에|길)|"
    r" (?:김에|때|예정|계획|적|뒤|후))"
)

# Borrowing a place, a chance or someone's words is 빌리다 (이 자리를 빌려); 빌다 is praying.
_BILLYEO = re.compile(
    r"(?:자리|기회|지면|경험|힘|말|말씀|도움|손|이름|권위|입|지혜|표현)(?:을|를) (빌어)(?=[ ,])"
)
# Money put to work is 운용 (자금을 운용하다); 운영 is running an organisation or a service.
_UNYONG = re.compile(r"(?:자금|자산|기금|펀드|연금|포트폴리오)(?:을|를)? (운영)(?=하|해|했|한|할)")
# 일체 (all of it) before a negative is the adverb 일절 (not at all): 일절 없었다.
_ILJEOL = re.compile(r"(?<![가-힣])(일체)(?= (?:[가-힣]+ ){0,2}?(?:없|않|못|금지|삼가))")

# 안되다 (one word) is faring badly (장사가 안되다); a function or step that does not happen
# is 안 되다, two words (로그인이 안 된다, 발급이 안 돼서) — 국립국어원 온라인가나다.
_AN_DOEDA = re.compile(
    r"(?:로그인|발급|접속|연결|예약|인증|설치|전송|등록|접수|연락|통화|입력|작동|반영|이해|결제|"
    r"환불|충전|인식|로딩|업로드|다운로드|출력|조회|변경|취소|해지)(?:이|가|도) "
    r"(안)(되|돼|됐|된|될|됩)"
)

# A word said or asked is not honoured with 계시다: 말씀이 있겠습니다, not 말씀이 계시겠습니다.
_GYESIDA = re.compile(r"(?:말씀|질문|문의|연락|전화|설명|발표)(?:이|가) (계시겠|계십니|계셨|계실)")
_ITDA = {"계시겠": "있겠", "계십니": "있습니", "계셨": "있었", "계실": "있을"}

# A thing that is ready or done is not honoured: 서류가 준비되었습니다, not 준비되셨습니다.
_DOESYEOT = re.compile(
    r"(?:서류|자료|상품|제품|주문|음료|커피|음식|차례|순서|결과|예약|접수|배송|택배|카드|영수증|"
    r"좌석|물건|결제|처리|발급|신청|등록|변경|취소|환불)(?:이|가|은|는) (?:[가-힣]{0,4}?)(되셨)"
)

_NEEDLES = {
    "pair.geotjapda": ("걷잡", "겉잡"), "pair.bandeusi": ("반듯이",), "pair.hanchang": ("한참",),
    "pair.matda": ("맞",), "pair.jego": ("재고",), "pair.yurye": ("유래",),
    "pair.hoetsu": ("회수",), "pair.natda": ("낳",), "pair.ttida": ("띄", "띈"),
    "pair.neomeo": ("너머",), "pair.honorific": ("나오",), "pair.barada": ("바랬",),
    "pair.gaebal": ("계발",), "pair.gyesida": ("계시", "계십", "계셨", "계실"),
    "pair.doesyeot": ("되셨",),
    "pair.billyeo": ("빌어",), "pair.unyong": ("운영",),
    "pair.iljeol": ("일체",), "pair.deulreuda": ("들렸", "들려", "들리", "들릴", "들린"),
}  # fmt: skip


def _each(pattern: re.Pattern, fix: Callable[[re.Match], str | None], message: str,
          rule: str, source: str = SRC_DICT) -> Callable[[str], Iterator[Hit]]:  # fmt: skip
    needles = _NEEDLES[rule]

    def find(text: str) -> Iterator[Hit]:
        if not any(needle in text for needle in needles):
            return
        for m in pattern.finditer(text):
            right = fix(m)
            if right is not None:
                yield Hit(m.start(1), m.end(1), right, "spelling", message, rule, source)

    return find


def _geod_estimate(m: re.Match) -> str | None:
    return None if _NEGATIVE_AHEAD.match(m.string, m.end()) else "겉잡"


def _bandeusi(m: re.Match) -> str | None:
    return None if _STRAIGHT_AFTER.match(m.string, m.end()) else "반드시"


_FINDERS = (
    _each(
        _GEOT_NEG,
        lambda m: "걷잡",
        "'걷잡을 수 없다'처럼 수습하지 못함을 나타낼 때는 '걷잡다'입니다.",
        "pair.geotjapda",
    ),
    _each(
        _GEOD_EST,
        _geod_estimate,
        "대강 헤아릴 때는 '겉잡다'입니다. (겉잡아 3만 명)",
        "pair.geotjapda",
    ),
    _each(
        _BANDEUT,
        _bandeusi,
        "'틀림없이'의 뜻이면 '반드시'입니다. ('반듯이'는 곧고 바르게)",
        "pair.bandeusi",
    ),
    _each(
        _HANCHAM,
        lambda m: "한창",
        "가장 활발한 때는 '한창'입니다. ('한참'은 꽤 오랜 동안)",
        "pair.hanchang",
    ),
    _each(_MATDA, lambda m: "맡", "역할이나 일을 넘겨받는 것은 '맡다'입니다.", "pair.matda"),
    _each(
        _JEGO,
        lambda m: "제고",
        "수준이나 정도를 끌어올리는 일은 '제고'입니다. ('재고'는 남은 물건이나 다시 생각함)",
        "pair.jego",
    ),
    _each(
        _YURAE,
        lambda m: "유례",
        "같거나 비슷한 예는 '유례'입니다. (유례없는) ('유래'는 생겨난 내력)",
        "pair.yurye",
    ),
    _each(
        _HOESU,
        lambda m: "횟수",
        "돌아오는 차례의 수는 '횟수'입니다. ('회수'는 도로 거두어들임)",
        "pair.hoetsu",
    ),
    _each(
        _BARAETDA,
        lambda m: "바랐",
        "'바라다'의 과거는 '바랐다'입니다. ('바래다'는 빛이 변하는 일)",
        "pair.barada",
    ),
    _each(
        _NATDA,
        lambda m: "나",
        "병이 낫거나 더 좋은 것은 '낫다'입니다. ('낳다'는 아이를 낳는 일)",
        "pair.natda",
    ),
    _each(
        _TTIDA,
        lambda m: {"띄": "띠", "띈": "띤"}[m.group(1)],
        "빛깔·성질·임무를 지니는 것은 '띠다'입니다. ('띄다'는 눈에 보이는 일)",
        "pair.ttida",
    ),
    _each(
        _BILLYEO,
        lambda m: "빌려",
        "남의 것을 잠시 쓰는 것은 '빌리다'입니다. (이 자리를 빌려)",
        "pair.billyeo",
    ),
    _each(
        _UNYONG,
        lambda m: "운용",
        "돈이나 자산을 굴려 쓰는 것은 '운용'입니다. ('운영'은 조직·사업을 꾸려 가는 일)",
        "pair.unyong",
    ),
    _each(
        _ILJEOL,
        lambda m: "일절",
        "'아주, 전혀'의 뜻으로 부정하는 말 앞에서는 '일절'입니다. (일절 없었다)",
        "pair.iljeol",
    ),
    _each(
        _DOESYEOT,
        lambda m: "되었",
        "사물은 높이지 않습니다. (서류가 준비되었습니다)",
        "pair.doesyeot",
        SRC_HONORIFIC,
    ),
    _each(
        _GYESIDA,
        lambda m: _ITDA[m.group(1)],
        "말씀·질문 같은 사물은 '계시다'로 높이지 않고 '있다'로 씁니다. (말씀이 있겠습니다)",
        "pair.gyesida",
        SRC_HONORIFIC,
    ),
    _each(
        _GYEBAL,
        lambda m: "개발",
        "물건·기술·서비스를 만들어 내는 것은 '개발'입니다. ('계발'은 재능을 일깨우는 일)",
        "pair.gaebal",
    ),
    _each(
        _DEULREUDA,
        lambda m: {"들렸": "들렀", "들려": "들러", "들리": "들르", "들릴": "들를", "들린": "들른"}[
            m.group(1)
        ],
        "지나는 길에 잠깐 머무는 것은 '들르다'입니다. (면세점에 들렀다가)",
        "pair.deulreuda",
    ),
    _each(
        _NEOMEO,
        lambda m: "넘어",
        "무엇을 지나는 것은 '넘어'입니다. ('너머'는 건너편)",
        "pair.neomeo",
    ),
    _each(
        _THINGS_HONOURED,
        lambda m: _NAOSI[m.group(1)],
        "사물은 높이지 않습니다. (음료 나왔습니다)",
        "pair.honorific",
        SRC_HONORIFIC,
    ),
)


def _dareuda(text: str) -> Iterator[Hit]:
    if "틀" not in text:
        return
    for m in _TEULLI.finditer(text):
        if m.group(1) and not any(
            t.start == m.start(1) and t.tag in ("JKB", "JC") for t in morph.tokens(text)
        ):
            continue  # 결과 틀린 문제, 일하고: not a comparing particle
        yield Hit(m.start(2), m.end(2), _DAREU[m.group(2)], "spelling",
                  "견주어 같지 않은 것은 '다르다'입니다. ('틀리다'는 맞지 않음)", "pair.dareuda",
                  SRC_DICT)  # fmt: skip


def _an_doeda(text: str) -> Iterator[Hit]:
    if "안되" not in text and "안돼" not in text and "안됐" not in text and "안된" not in text:
        return
    for m in _AN_DOEDA.finditer(text):
        yield Hit(m.start(1), m.end(1), "안 ", "spacing",
                  "'되지 않다'의 뜻이면 '안 되다'로 띄어 씁니다. (로그인이 안 된다)",
                  "pair.an-doeda", "국립국어원 ('안되다'와 '안 되다')")  # fmt: skip


def _butida(text: str) -> Iterator[Hit]:
    if not any(n in text for n in ("부치", "부쳐", "부쳤", "부친", "부칠", "어 붙", "아 붙")):
        return
    for m in _BUTIDA.finditer(text):
        head, space, verb = m.groups()
        right = head + _BUT.get(verb, verb)
        if right == m.group(0):
            continue
        kind = "spacing" if right == m.group(0).replace(" ", "") else "spelling"
        yield Hit(m.start(), m.end(), right, kind,
                  f"'{head}붙이다'는 한 낱말이고 '붙이다'로 적습니다.", "pair.butida",
                  SRC_DICT)  # fmt: skip


def _rosseo_proof(text: str) -> Iterator[Hit]:
    if "로서" not in text:
        return
    for m in _ROSSEO_PROOF.finditer(text):
        if m.group(1) not in _EVIDENCE:
            continue
        yield Hit(m.start(2), m.end(2), "로써", "spelling",
                  "증명하거나 보여 주는 수단은 '-로써'입니다. (성과로써 증명)", "pair.rosseo",
                  "한글 맞춤법 제57항 (-로서 자격, -로써 수단)")  # fmt: skip


def hits(text: str) -> list[Hit]:
    return [
        *(hit for find in _FINDERS for hit in find(text)),
        *_dareuda(text),
        *_butida(text),
        *_an_doeda(text),
        *_rosseo_proof(text),
    ]
