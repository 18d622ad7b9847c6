"""Evidence: quantified results (80%, 3주, 40건) and vague claims with nothing to back them.

Recruiters read "얼마나" first; a result with a number is concrete. A vague claim (최선을
다했습니다, 많은 것을 배웠습니다, 열심히) is flagged only when its paragraph has neither a number
nor a concrete example (a quotation or an explicit 예를 들어) in its own sentence or the next
one, since right next to evidence it is harmless; a number elsewhere does not excuse it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from prep.coach import morph
from prep.coach.evidence_dating import (
    ANNIVERSARY_AFTER,
    FROM_BEFORE,
    MANNER_AFTER,
    SHORT_YEAR_AFTER,
    dates_the_story,
)
from prep.coach.evidence_roles import acts_then_tells_more, drop_scene_numbers
from prep.coach.evidence_setting import drop_setting_numbers
from prep.coach.evidence_vague import extra_vague_claims
from prep.coach.findings import Finding, josa, make_finding
from prep.coach.lexicon import Lexicon, get_lexicon, patterns_for, term_index, word_starts
from prep.coach.morph import paragraph_spans, sentence_spans
from prep.coach.structure_clauses import OUTCOME

_DIGIT = re.compile(r"\d")
# Below this length an answer has no room for numbers; no "no numbers" advice. Three plain
# sentences (about 110 characters) already have room for one.
MIN_CHARS_FOR_NUMBER_ADVICE = 110
# A shorter story still gets it once it tells a result (situation, action, then what changed):
# the result is where a number belongs.
MIN_CHARS_FOR_STORY_NUMBER_ADVICE = 90
# A claim of size with nothing to measure it by asks for a number in any answer past its first
# words (not while the first sentence is still being typed).
MIN_CHARS_FOR_CLAIM_NUMBER_ADVICE = 30

_UNITS = (
    "퍼센트포인트",
    "%p",
    "％p",
    "퍼센트",
    "프로",
    "%",
    "％",
    "만 원",
    "만원",
    "천 원",
    "천원",
    "억 원",
    "억원",
    "조 원",
    "원",
    "만 명",
    "만명",
    "천 명",
    "명",
    "건",
    "억",
    "조",
    "만",
    "천",
    "배",
    "시간",
    "분",
    "초",
    "일",
    "주",
    "개월",
    "달",
    "년",
    "회",
    "차례",
    "번",
    "점",
    "위",
    "등",
    "개",
    "곳",
    "가구",
    "세대",
    "문항",
    "과목",
    "개소",
    "종",
    "장",
    "페이지",
    "쪽",
    # sentences labelled or written: 시간당 90문장에서 140문장으로
    "문장",
    "단계",
    "포인트",
    "km",
    "kg",
    # energy, water and land saved or managed: 월 300kWh, 200리터, 120헥타르, 택지 40필지
    "kWh",
    "MWh",
    "kW",
    "리터",
    "헥타르",
    "㎡",
    "필지",
    "톤",
    "가지",
    "권",
    # writings and films counted by the piece: 보고서 14편, 영상 3편
    "편",
    "팀",
    "통",
    # sheets and things counted by the piece: 500매, 30인분 (not 부: 2부 순서, 10부서)
    "매",
    "인분",
    "상자",
    "박스",
    "마리",
    "그루",
    "포기",
)
_NUMBER = r"(?<![\w.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_UNIT = "|".join(re.escape(u).replace(r"\ ", r"\s?") for u in sorted(_UNITS, key=len, reverse=True))
# A unit must not run on into a longer word: 3일 yes, 3일자리 no; but particles may follow (3건을).
_QUANTITY = re.compile(rf"(?P<num>{_NUMBER})\s?(?P<unit>{_UNIT})(?![A-Za-z])")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
# 1조 원, 2조 3천억: a bare 조 is a team (2인 1조) unless money follows.
_TRILLION_AFTER = re.compile(r"\s?(?:원|\d+\s?(?:천|백|억)|[천백]|규모|달러)")
# Native numbers: tens (열, 스물…) with or without units (열두, 서른한) and ranges (두세, 서너,
# 대여섯); 수십·수백 say "many", not how many.
_NATIVE = re.compile(
    r"(?<![가-힣])(?P<num>(?:(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)\s?)?"
    r"(?:두세|서너|너덧|네댓|대여섯|예닐곱|한두|한|두|세|네|다섯|여섯|일곱|여덟|아홉)|"
    r"열|스무|서른|마흔|쉰|예순|일흔|여든|아흔)\s?"
    r"(?P<unit>배|명|번|차례|곳|가지|건|개|시간|달|주|해|군데|사람|가구|가정|세대|팀|권|통|장|분|"
    r"군데|개월|년|일|회|점|곳|쪽|페이지|문항|상자|과목|편)"
    # Not run on into a longer word (세 달력), but a copula or particle may follow (열두
    # 곳이었습니다, 세 곳에서); 째 makes an ordinal (세 번째) except after a stretch of time
    # (두 달째, 석 달째 밀린 월세).
    r"(?:(?=(?:이었|였|입니|이며|이고|이라|에서|으로|에게|까지|부터|동안|만에|이나|가량|정도|남짓))"
    r"|(?<=[달해주일년])(?=째)|(?![가-힣]{2}|째))"
)
# 석 달, 넉 달, 서너 달: the forms 셋 and 넷 take before 달.
_NATIVE_MONTHS = re.compile(r"(?<![가-힣])(?P<num>석|넉)\s?(?P<unit>달)(?:째)?(?!력)")
# 한 명은 / 한 번은 / 한 분이: "one of them", "once" — a way of telling, not an amount.
_ONE_OF = re.compile(r"한\s?(?:명|분|사람|번|가지|차례|곳|군데)(?:은|는)(?![가-힣])")
# Time of day and quarters: 10시 30분, 4분기, 오후 세 시.
_CLOCK_BEFORE = re.compile(r"시\s?$")
# Sino-Korean numbers in words (십 분, 이십 명, 삼백여 건). A tens/hundreds/thousands digit is
# required: a bare 이 분 / 사 명 is far more often a pronoun or another word than an amount.
_SINO = re.compile(
    r"(?<![가-힣])(?P<num>(?:[이삼사오육칠팔구]?(?:천|백))?(?:[이삼사오육칠팔구]?십)?"
    r"[일이삼사오육칠팔구]?)(?:(?<=[십백천])|(?<=[십백천][일이삼사오육칠팔구]))여?\s?"
    r"(?P<unit>분|초|명|건|시간|개월|년|곳|가구|퍼센트|배|통|회|점|개|장|권|쪽|대|만\s?원|원)"
    r"(?=[^가-힣]|$|이|가|을|를|은|는|으로|로|에|의|도|만|씩|과|와|까지|부터|동안|남짓|가량|정도)"
)
# 십오 분 남짓에서 오 분으로: after 에서, on the other side of a change, a single Sino-Korean
# digit is an amount too (alone, 오 분 is as often another word).
_SINO_AFTER_FROM = re.compile(
    r"(?<=에서\s)(?P<num>[일이삼사오육칠팔구])\s?(?P<unit>분|명|건|시간|개월|일|곳|회|점)"
    r"(?=\s?(?:으로|로|까지|가량|정도|남짓|안팎))"
)
# Days counted in words: 사흘 걸리던 일을 하루로, 열흘 만에, 보름 동안.
_DAYS = re.compile(
    r"(?<![가-힣])(?P<num>하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|열흘|보름|반나절|한나절|일주일)"
    r"(?!\s?(?:종일|빨리|아침|하루|일과|도\s?빠짐|(?:를|가|의)\s?(?:시작|마무리|마감|보내|보냈|열|여는|연|끝)))(?=\s?(?:만에|만|로|으로|에서|가|이|는|을|를|동안|씩|안에|내|이내|걸리|\s|[,.]|$))"
)
# 사흘에 한 번꼴이던 누락, 한 달에 두 건꼴로: how often something happened, stated as a rate, is
# a measure (꼴 says it is an average, not a schedule).
_RATE = re.compile(
    r"(?<![가-힣])(?:하루|이틀|사흘|나흘|닷새|열흘|보름|일주일|한\s?(?:달|주)|\d+\s?(?:일|주|개월))에\s?"
    r"(?:한|두|세|네|다섯|\d+)\s?(?:번|회|건|차례|명)\s?꼴"
)
# An ordinal or a date is not an amount: 제5회, 3번째, 7월 15일.
# 제 must start its word: 문제 200개, 과제 3건 are amounts.
_ORDINAL_BEFORE = re.compile(r"(?<![가-힣])(?:제|第)\s?$")
_DATE_BEFORE = re.compile(r"\d{1,2}\s?월\s?$")
# A number that names rather than counts: 상담 전화 129번, 민원 번호 3번 창구, 엑셀 2016 버전.
_NAMING_BEFORE = re.compile(r"(?:전화|콜센터|번호|국번|창구|버전|ver\.?)\s?$", re.IGNORECASE)
_NAMING_AFTER = re.compile(r"\s?(?:버전|판\b|번\s?창구|번\s?출구|번\s?버스|호선)")
_ADDRESS_AFTER = re.compile(r"지(?![가-힣])|지(?:에|의|로|를|는|까지)|길")
# 3번 벨트에서, 7번 국도를: a digit and 번 before a place or a machine pick out which one. Before
# a noun and 에서/에/의 too (3번 라인에서), unless the noun still counts (3번 연속으로, 3번 이상의).
_PLACE_NOUNS = re.compile(
    r"벨트|게이트|라인|레인|레일|창구|출구|입구|출입구|버스|국도|도로|노선|선로|승강장|플랫폼|홈|"
    r"탑승구|정류장|테이블|좌석|자리|부스|방|진료실|상담실|교실|강의실|회의실|구역|칸|선반|사물함|"
    r"카운터|데스크|계산대|작업대|설비|기계|장비|컨베이어|채널|트랙|코스|도크|선석|키오스크|단말기|"
    r"창|문|엘리베이터|승강기|서버|터미널|주차장|코트|홀|탱크|펌프|수조|배수지|정수지|수문|변압기|"
    r"발전기|고객|환자|문항|항목|조항"
)
_STILL_COUNTING = re.compile(
    r"연속|이상|이하|정도|미만|초과|내외|안팎|남짓|가량|모두|전부|가운데|중|끝|만|시도|도전|반복|"
    r"방문|만남|회의|교육|상담|통화|점검|수정"
)
_HALF = re.compile(
    r"절반|곱절|갑절|반년|반나절|(?<![가-힣])(?:일|이|삼|사|오|십)\s?(?:년|개월)(?=\s?(?:만에|동안|간|째))|"
    r"(?:[일이삼사오육칠팔구십]|\d+)\s?분의\s?(?:[일이삼사오육칠팔구]|\d+)|\d+\s?/\s?\d+(?=\s?(?:로|으로|이|가|을|를|에))|"
    r"(?<![가-힣])(?:열|스물|서른|마흔|쉰|백)에\s?(?:한|하나|두|둘|세|셋|네|넷|다섯|여섯|일곱|여덟|아홉|열)|"
    # 작년의 반도 안 된다, 반으로 줄었다: a half compared with something (not 반 as a class).
    r"(?<=의\s)반(?=도|으로|밖에|이나|\s?이상|\s?이하)|(?<![가-힣])반으로\s?(?:줄|감소|단축|뚝)"
)
# A result claimed as a change in some measure: 이용률 향상에 기여했습니다, 물량이 줄어드는 성과.
_RESULT_CLAIM = re.compile(
    r"(?:률|율|량|건수|시간|비용|기간|만족도|횟수|인원)(?:이|가|을|를|의)?\s?[^.!?\n]{0,12}?"
    r"(?:향상|증가|감소|단축|절감|개선|줄어|줄었|늘어|늘었|높아|높였|낮아|낮췄|올랐|올렸)"
)
# A success claimed in general words: 큰 성과를 냈습니다, 좋은 결과를 얻었습니다.
_SUCCESS_CLAIM = re.compile(
    r"(?:큰|좋은|많은|여러|놀라운|눈에\s?띄는|눈부신|의미\s?있는|괄목할\s?만한)\s?"
    r"(?:성과|결과|효과|성공|호응|반응)"
    r"(?:를|을)?\s?(?:거두|거둔|거둘|거뒀|냈|낸|내었|얻|올렸|올린|이끌어|이뤘|이룬|보였|받았)"
)
# An outcome claimed only as smooth: 큰 문제 없이 마무리되었습니다, 무사히 마쳤습니다, 별 탈 없이
# 끝났습니다, 원만하게 해결했습니다. It says the story ended well without saying how well.
_SMOOTH_CLAIM = re.compile(
    r"(?:(?:큰|별)\s?(?:문제|일|탈|사고|차질|무리)\s?없이|무사히|원만하게|원만히|순조롭게|탈\s?없이)\s?"
    r"(?:[가-힣]+(?:을|를)\s)?(?:마무리|마쳤|마칠|끝났|끝냈|끝낼|해결|넘겼|넘어갔|진행|치렀|처리)"
)
# Others began to act otherwise: the result of a story, told without a number. 어르신들이 제
# 이름을 불러 주시기 시작했습니다 (honorific 시: someone else did it), 아이들이 먼저 질문하기
# 시작했습니다; not 저도 일지를 쓰기 시작했습니다, the writer's own start.
_OTHERS_BEGAN = re.compile(
    r"[가-힣]시기\s?시작(?:했|하였|하셨)|"
    r"(?:들이|들도|께서)\s[^.!?\n]{0,40}?기\s?시작(?:했|하였|하셨)"
)
# A result told as what others said of it: 미리 준비할 수 있어 좋았다는 말씀을 자주 들었습니다,
# 편해졌다는 이야기를 들었습니다. It claims an outcome that a number would show.
_PRAISE_HEARD = re.compile(
    r"(?:다|요)는\s?(?:말씀|말|이야기|칭찬|인사|평가|후기)(?:을|를|도)\s?(?:[가-힣]+\s)?"
    r"(?:들었|받았|들을\s?수\s?있었)"
)
# A native numeral before any counter noun (네 상자, 다섯 문장): Kiwi tags the numeral MM.
_COUNTED = re.compile(r"(?<![가-힣])(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s(?=[가-힣])")
_CONCRETE = re.compile(r"[“\"'‘][^”\"'’\n]{2,}[”\"'’]|예를\s?들어|예컨대|이를테면|구체적으로")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    unit: str
    value: float | None


def find_quantities(text: str) -> list[Quantity]:
    """Numbers with a counting unit; years (2023년) and months are dates, not results."""
    out = []
    for match in _QUANTITY.finditer(text):
        num = match.group("num")
        unit = re.sub(r"\s", "", match.group("unit"))
        if unit == "년" and (
            _YEAR.match(num)
            or text[match.start() - 1 : match.start()] in ("'", "’")
            or SHORT_YEAR_AFTER.match(text, match.end())
        ):
            continue  # 2023년, 97년생, ’22년, 23년 3월
        tail = text[match.end() : match.end() + 1]
        if unit == "조" and not _TRILLION_AFTER.match(text, match.end()):
            continue  # 2인 1조로, 3조 2교대: a team, not a trillion
        if unit in ("일", "주", "달", "장", "종", "등", "위", "분", "초") and tail == "자":
            continue  # 3일자, 1등급
        before = text[max(0, match.start() - 4) : match.start()]
        if tail == "째" or _ORDINAL_BEFORE.search(before):
            continue  # 3번째, 제5회
        if _NAMING_BEFORE.search(text[max(0, match.start() - 6) : match.start()]) or (
            _NAMING_AFTER.match(text, match.end() - len(match.group("unit")))
        ):
            continue  # 전화 129번, 2016 버전, 3번 창구
        if unit == "일" and _DATE_BEFORE.search(before):
            continue  # 7월 15일
        if unit == "주" and ANNIVERSARY_AFTER.match(tail):
            continue  # 개관 50주년, 3주기
        if unit == "번" and (
            _ADDRESS_AFTER.match(text, match.end()) or _names_one_of_many(text, match.end())
        ):
            continue  # 3번지, 12번길, 3번 벨트
        if unit == "분" and (_CLOCK_BEFORE.search(before) or tail == "기"):
            continue  # 10시 30분 (a time of day), 4분기 (a quarter)
        value = float(num.replace(",", ""))
        out.append(Quantity(match.start(), match.end(), match.group(), unit, value))
    for match in _NATIVE.finditer(text):
        unit = match.group("unit")
        if _ONE_OF.match(text, match.start()):
            continue
        small = match.group("num") in ("한", "두", "세", "네")
        if small and unit in ("분", "년", "일", "회", "점"):
            continue  # 한 분, 두 분이: people; 세 점: rarely an amount in words; 한 해 is listed
        out.append(Quantity(match.start(), match.end(), match.group(), unit, None))
    for match in _NATIVE_MONTHS.finditer(text):
        out.append(Quantity(match.start(), match.end(), match.group(), "달", None))
    for match in _SINO.finditer(text):
        # 십분 활용, 백분율 are words; 십 분 (ten minutes) is written apart.
        if match.group("num") and not (match.group("unit") == "분" and " " not in match.group()):
            out.append(
                Quantity(match.start(), match.end(), match.group(), match.group("unit"), None)
            )
    for match in _SINO_AFTER_FROM.finditer(text):
        # Only as the after side of an amount (십오 분 남짓에서 오 분으로), not 창구에서 이 분.
        if any(0 <= match.start() - q.end <= 8 for q in out):
            out.append(
                Quantity(match.start(), match.end(), match.group(), match.group("unit"), None)
            )
    for match in _DAYS.finditer(text):
        if text.startswith(("하루는", "하루하루"), match.start()):
            continue  # 하루는 (one day, in a story) is no amount
        out.append(Quantity(match.start(), match.end(), match.group(), "일", None))
    taken = {q.start for q in out}
    for match in _COUNTED.finditer(text):
        if match.start() in taken:
            continue
        noun = _noun_after(text, match.end())
        if noun is None:
            continue
        if MANNER_AFTER.match(text, noun) and not FROM_BEFORE.search(
            text[max(0, match.start() - 6) : match.start()]
        ):
            continue  # 세 줄로 적은, 두 조로 나누어: a form given, not an amount reached
        out.append(Quantity(match.start(), noun, text[match.start() : noun], "개", None))
    for match in _HALF.finditer(text):
        out.append(Quantity(match.start(), match.end(), match.group(), "절반", 0.5))
    rates = [m.span() for m in _RATE.finditer(text)]
    if rates:
        # One rate, not its 사흘 and 한 번 apart.
        out = [q for q in out if not any(s <= q.start < e for s, e in rates)]
        out += [Quantity(s, e, text[s:e], "꼴", None) for s, e in rates]
    kept = sorted((q for q in out if not dates_the_story(text, q)), key=lambda q: q.start)
    return drop_setting_numbers(text, drop_scene_numbers(text, kept))


def _names_one_of_many(text: str, offset: int) -> bool:
    """True when the digits and 번 ending at `offset` name one belt, road or counter (3번 벨트에서)
    rather than count times (3번 방문했습니다, 3번 연속으로)."""
    tokens = morph.tokens(text)
    i = bisect_left([t.start for t in tokens], offset)
    if i >= len(tokens):
        return False
    noun = tokens[i]
    if noun.tag != "NNG" or noun.start - offset > 1 or _STILL_COUNTING.fullmatch(noun.form):
        return False
    if _PLACE_NOUNS.fullmatch(noun.form):
        return True
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        after is not None
        and after.start == noun.end
        and after.form in ("에서", "에", "의")
        and after.tag in ("JKB", "JKG")
    )


def _noun_after(text: str, offset: int) -> int | None:
    """End of the counted noun when the numeral before `offset` is a determiner (MM) that
    Kiwi reads before a noun: 네 상자, 다섯 문장; None for 세 (taxes), 네 (yes) and verbs."""
    tokens = morph.tokens(text)
    i = bisect_left([t.start for t in tokens], offset)
    if i == 0 or i >= len(tokens):
        return None
    numeral, noun = tokens[i - 1], tokens[i]
    if numeral.tag != "MM" or noun.start != offset or noun.tag not in ("NNG", "NNB"):
        return None
    if noun.form in ("번째", "째", "가지", "사람", "분", "시") or text.startswith("째", noun.end):
        return None  # ordinals (두 번째), clock times (세 시), counts the other rules judge
    return noun.end


def _vague_claims(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    found = []
    for pattern, entry in patterns_for(lexicon, ("vague_claims",), text):
        found.extend((m.start(), m.end(), entry.note) for m in pattern.finditer(text))
    index = term_index(lexicon, ("vague_claims",))
    starts = word_starts(text)
    found.extend((s, e, entry.note) for s, e, entry in index.find(text, starts))
    return sorted(set(found + extra_vague_claims(text)))


def evidence_findings(
    text: str,
    *,
    quantities: list[Quantity] | None = None,
    result_spans: list[tuple[int, int]] | None = None,
    lexicon: Lexicon | None = None,
) -> list[Finding]:
    """No numbers anywhere; results without numbers; vague claims in paragraphs without proof."""
    lexicon = lexicon or get_lexicon()
    quantities = find_quantities(text) if quantities is None else quantities
    findings = []
    # A short answer need not count anything, unless it claims a result: 폐기 물량이 상당히
    # 줄었습니다 without a number is the claim the advice is for.
    claims_result = bool(
        _RESULT_CLAIM.search(text)
        or _SUCCESS_CLAIM.search(text)
        or OUTCOME.search(text)
        or _OTHERS_BEGAN.search(text)
        or _PRAISE_HEARD.search(text)
        or _SMOOTH_CLAIM.search(text)
    )
    length = len(text.strip())
    # A story with an aftermath (the writer acts, then something follows) also tells a result.
    tells_result = length >= MIN_CHARS_FOR_STORY_NUMBER_ADVICE and (
        bool(result_spans) or (not quantities and acts_then_tells_more(text))
    )
    # Digits that count nothing (2023년 3월, 제5회, 3.2 버전, 1577-1000) look like evidence to
    # the writer but are none: a short answer with only those gets the advice too.
    only_labels = not quantities and bool(_DIGIT.search(text))
    # A claim of size with nothing to measure it by (조직에 크게 기여했습니다) asks for a number
    # however short the answer.
    vague = _unbacked_vague_claims(text, quantities, lexicon)
    claims_size = bool(vague) and length >= MIN_CHARS_FOR_CLAIM_NUMBER_ADVICE
    if not quantities and (
        length >= MIN_CHARS_FOR_NUMBER_ADVICE
        or claims_result
        or tells_result
        or only_labels
        or claims_size
    ):
        findings.append(
            make_finding(
                check="evidence",
                code="no_numbers",
                text=text,
                span=None,
                category="quantity",
                message="숫자로 된 근거가 하나도 없습니다.",
                why="면접관은 ‘얼마나’를 봅니다. 기간·인원·건수·비율이 있으면 경험의 크기와 "
                "성과가 구체적으로 읽힙니다.",
                fix="하나라도 넣으세요: ‘3주 동안 민원 40건’, ‘처리 시간 20% 단축’, ‘팀원 4명’.",
            )
        )
    elif result_spans and quantities:
        in_results = [
            q for q in quantities if any(s <= q.start and q.end <= e for s, e in result_spans)
        ]
        if not in_results:
            start, end = result_spans[-1]
            findings.append(
                make_finding(
                    check="evidence",
                    code="result_not_quantified",
                    text=text,
                    span=(start, end),
                    category="quantity",
                    message="결과 문장에 숫자가 없습니다.",
                    why="숫자는 앞에 있지만 결과가 얼마나 달라졌는지는 보이지 않습니다.",
                    fix="결과를 전후 비교로 쓰세요: ‘처리 기간이 5일에서 2일로’, "
                    "‘만족도 4.1→4.6점’.",
                )
            )
    for start, end, note in vague:
        findings.append(
            make_finding(
                check="evidence",
                code="vague_claim",
                text=text,
                span=(start, end),
                category="vague",
                message=josa(f"‘{text[start:end]}’", "은/는") + " 근거 없이 쓰인 표현입니다.",
                why=f"{note}. 이 문단에는 숫자나 구체적인 사례가 없어 주장만 남습니다.",
                fix="같은 문단에 그 말을 뒷받침할 사실(횟수·기간·결과, 들은 말)을 넣거나 "
                "표현을 빼세요.",
            )
        )
    return findings


def _unbacked_vague_claims(
    text: str, quantities: list[Quantity], lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """Vague claims with neither a number nor an example in their own sentence or the next one
    of their paragraph; a number elsewhere in the answer does not back this claim."""
    paragraphs = paragraph_spans(text)
    sentences = sentence_spans(text)
    flagged: list[tuple[int, int, str]] = []
    for start, end, note in _vague_claims(text, lexicon):
        if any(start < e and s < end for s, e, _note in flagged):
            continue  # two listed phrasings of one claim
        para = next(((ps, pe) for ps, pe in paragraphs if ps <= start < pe), (0, len(text)))
        here = next((i for i, (s, e) in enumerate(sentences) if s <= start < e), None)
        if here is None:
            continue
        near = [sentences[here]]
        if here + 1 < len(sentences) and sentences[here + 1][0] < para[1]:
            near.append(sentences[here + 1])
        lo, hi = near[0][0], near[-1][1]
        has_number = any(lo <= q.start < hi for q in quantities)
        if has_number or _CONCRETE.search(text[lo:hi]):
            continue
        flagged.append((start, end, note))
    return flagged
