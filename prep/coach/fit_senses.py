"""Which sense a value word is used in, for the fit check: 공정 the value or a step of making,
혁신 the value or part of a place name (혁신도시), 행복 the value or a feeling told (행복했다고),
신기술 the value or the name of a machine (신기술 분류 장비); and the listed paraphrases that
express a value without its word (머리를 맞대고 → 협업).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from prep.coach import morph
from prep.coach.findings import Span
from prep.coach.lexicon import LexEntry, Lexicon, compiled_patterns
from prep.coach.morph import Concept
from prep.coach.regex_gate import StartIndexed, could_match, required_literals, start_indexed
from prep.coach.regex_gate import probe as text_probe_of

# Heads that keep a value noun a value when glued to it: 소통능력, 안전의식, 혁신방안.
_VALUE_HEADS = frozenset(
    {
        *("능력", "역량", "의식", "문화", "정신", "방안", "강화", "활동", "노력", "의지", "태도"),
        *("자세", "가치", "중심", "지향", "경영", "체계", "제도", "마인드", "리더십"),
    }
)


# Nouns after a value word that make it a technical or trade term, not a value.
_THING_HEADS = (
    *("시험", "검사", "실험", "설비", "장비", "부품", "라인", "공장", "업체", "업계", "도시"),
    *("주택", "복권", "단지", "제품", "소재", "공법", "계측", "측정"),
    # going along on a job (동행 취재, 동행 출장): the literal sense, not the value
    *("취재", "출장", "순찰"),
    # machines and devices (신기술 분류 장비, 인공지능 스피커): the thing, not the writer's aim
    *("기기", "기계", "로봇", "스피커", "센서", "카메라", "단말"),
    # named places, events and firms (소통 게시판, 행복 데이 행사, 혁신 기업 탐방)
    *("게시판", "센터", "건물", "행사", "축제", "카드", "기업", "회사", "매장"),
    *("상품", "박람회", "택배", "체험", "전시", "장터", "바자", "마켓"),
    # a product sold under a value's name (‘동행 세트’, 행복 요금제, 신뢰 적금)
    *("세트", "메뉴", "쿠폰", "요금", "패키지", "할인", "적금", "통장", "대출", "보험"),
    # a vehicle or line named after a value (동행 버스, 행복 열차, 소통 노선)
    *("버스", "열차", "택시", "노선", "차량"),
    # a programme or campaign named after a value (동행 프로그램, ‘행복 나눔’ 캠페인)
    *("프로그램", "캠페인"),
    # a partner body (협력 병원, 협력 학교): the trade sense of 협력
    *("병원", "학교", "대학", "단체", "은행", "약국", "의원"),
    # a person or body named by its trade (전문 상담사, 전문 인력): not the quality shown
    *("상담사", "인력", "강사", "요원", "기관"),
)

# Endings that make a value word describe the noun after it (혁신적인 제품, 신뢰할 수 있는
# 택배사): the noun is then read as if the value word were glued to it.
_ATTRIBUTIVE_TAGS = frozenset({"XSN", "XSA", "XSV", "VCP", "ETM", "EP", "NNB", "VA"})


def _names_a_thing(end: int, tokens: tuple, starts: list[int]) -> bool:
    """True when the nouns right after `end` (glued or one space apart, up to two of them:
    신기술 분류 장비), or after an attributive ending (혁신적인 제품), end in a thing's name,
    so the value word only describes an object."""
    index = bisect_left(starts, end)
    if index >= len(tokens) or tokens[index].start - end > 1:
        return False
    if tokens[index].tag != "NNG" and tokens[index].tag not in _ATTRIBUTIVE_TAGS:
        return False  # the usual case: a particle or an ending right after the word
    position = end
    skipped = index
    while skipped < len(tokens) and tokens[skipped].tag in _ATTRIBUTIVE_TAGS:
        skipped += 1
    if skipped > index:
        # only an attributive (…ᆫ, …는, …ᆯ 수 있는) makes the next noun the described thing
        if tokens[skipped - 1].tag != "ETM" or skipped - index > 5:
            return False
        index = skipped
        position = tokens[skipped - 1].end
    for _ in range(2):
        if index >= len(tokens):
            return False
        head = tokens[index]
        if head.tag != "NNG" or head.start - position > 1:
            return False
        if head.form.startswith(_THING_HEADS):
            return True
        position = head.end
        index += 1
    return False


# A slogan or title quoted (소통과 협력이라는 구호, ‘행복 나눔’이라는 이름, 믿을 수 있는
# 브랜드라는 광고 문구): its words are named, not meant. (…이라는 가치 is the writer's own
# stance and stays.)
_QUOTED_NAME = re.compile(
    r"(?:[^\s.!?,]+\s){0,3}[^\s.!?,]+?(?:이)?라는\s?(?:광고\s?|홍보\s?|안내\s?)?"
    r"(?:구호|표어|슬로건|문구|이름|현수막|제목|주제|간판|캐치프레이즈|명칭|광고|카피|로고)"
)


# Any quoted phrase right before (이)라는 is a name (‘동행 세트’라는 메뉴, "행복 나눔"이라는
# 행사) unless what follows is the writer's stance (…이라는 가치, 원칙, 마음).
_QUOTED_BEFORE = re.compile(
    r"[‘'\"“「『][^’'\"”」』\n]{1,24}[’'\"”」』](?:이)?라는\s?"
    r"(?!가치|원칙|정신|마음|자세|태도|말|생각|신념|믿음|교훈|목표|다짐|각오|핵심|인재상|뜻)"
)

# A quoted phrase right before the kind of thing it names (‘행복한 밥상’ 식당, "동행" 카드):
# the name of a shop, event, programme or product.
_QUOTE_MARKS = re.compile(r"[‘'\"“「『]")
_QUOTED_PLACE = re.compile(
    r"[‘'\"“「『][^’'\"”」』\n]{1,24}[’'\"”」』]\s?"
    r"(?:식당|가게|매장|카페|센터|행사|프로그램|사업|캠페인|장터|마켓|메뉴|세트|상품|앱|게시판|"
    r"코너|교실|축제|버스|카드|쿠폰|도서관|박람회|전시|체험관|부스|적금|통장|요금제|이벤트|에서)"
)


def _ends_on_noun(end: int, tokens: tuple, starts: list[int]) -> bool:
    """True when the morpheme that ends at `end` is a noun: only a noun phrase (신기술, 인공지능)
    can be the first half of a thing's name; a phrase ending in a verb (어르신을 모시고) is an
    act whatever noun follows it (모시고 주민센터에 갔다)."""
    index = bisect_left(starts, end) - 1
    while index >= 0 and tokens[index].end > end:
        index -= 1
    return index >= 0 and tokens[index].end == end and tokens[index].tag in ("NNG", "NNP", "SL")


def _ends_in_ending(end: int, tokens: tuple, starts: list[int]) -> bool:
    """True when the morpheme that ends at `end` is a verb's connective or final ending."""
    index = bisect_left(starts, end) - 1
    return index >= 0 and tokens[index].end == end and tokens[index].tag in ("EC", "EF")


# Value words that are also feelings (행복했다고 말했다, 행복해하셨다): told as someone's
# feeling they say nothing of the writer's aim; only 행복할 수 있도록, 행복하게, 행복한 삶
# and the noun (국민의 행복) are the value.
_FEELINGS = frozenset({"행복"})
# What a feeling is had in or shown by (행복한 표정, 행복한 시간): still a feeling told.
_FEELING_NOUNS = ("표정", "얼굴", "시간", "기억", "추억", "순간", "모습", "미소", "하루", "마음")


def _feeling_told(concept: Concept, tokens: tuple, starts: list[int]) -> bool:
    """True when a feeling word is used as an adjective (행복하다) that reports a feeling:
    any ending but 게, 도록, 기 and the attributive, or the attributive before 표정·시간…"""
    index = bisect_left(starts, concept.start)
    if index >= len(tokens) or tokens[index].form not in _FEELINGS:
        return False
    if index + 1 >= len(tokens) or tokens[index + 1].tag != "XSA":
        return False
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    if after is None:
        return True
    if after.tag == "ETM":
        noun = tokens[index + 3] if index + 3 < len(tokens) else None
        return noun is not None and noun.form.startswith(_FEELING_NOUNS)
    return not (after.tag == "EC" and after.form in ("게", "도록", "기", "어야", "아야"))


# What fairness is said of (채용 공정, 심사 공정): before these, 공정 is still the value.
_FAIRNESS_OWNERS = frozenset(
    {"채용", "심사", "평가", "절차", "기회", "사회", "경쟁", "선발", "인사", "결과", "과정"}
)


def _process_step(text: str, concept: Concept, token_at: dict, tokens: tuple) -> bool:
    """True when 공정 is a step of making or building (배관 공정, 골조 공정을): the bare noun
    right after another noun, not 공정하다 or 공정성, and not after what fairness is said of."""
    word = token_at.get(concept.start)
    if word is None or word.form != "공정" or word.tag != "NNG":
        return False
    after = text[concept.start + 2 : concept.start + 3]
    if after in ("하", "한", "히", "성", "과"):
        return False
    index = tokens.index(word)
    if index == 0:
        return False
    before = tokens[index - 1]
    return (
        before.tag in ("NNG", "NNP", "SL")
        and concept.start - before.end <= 1
        and before.form not in _FAIRNESS_OWNERS
    )


# Nouns after a bare 전문 that keep it the writer's expertise (전문 지식, 전문 역량); before
# any other noun 전문 labels a trade (운동화 전문 세탁소, 한식 전문 식당, 전문 정비소).
_EXPERTISE_HEADS = frozenset(
    {"지식", "역량", "능력", "기술", "기량", "소양", "분야", "자격", "성", "적", "교육"}
)


def _trade_label(concept: Concept, token_at: dict, tokens: tuple) -> bool:
    """True when a bare 전문 names what a shop or firm specialises in: before a noun other
    than an expertise noun, or after the noun it specialises in (수입차 전문이라)."""
    word = token_at.get(concept.start)
    if word is None or word.form != "전문" or word.tag != "NNG" or concept.lemma != "전문":
        return False
    index = tokens.index(word)
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.start - word.end <= 1 and after.form in _EXPERTISE_HEADS:
        return False
    if after is not None and after.tag == "NNG" and after.start - word.end <= 1:
        return True
    before = tokens[index - 1] if index else None
    return (
        before is not None
        and before.tag in ("NNG", "NNP", "SL")
        and word.start - before.end <= 1
        and (after is None or after.tag != "XSN")
    )


# Whom going along with is the value (어르신과 동행, 국민과 동행하는): the people a public
# service is for. With anyone else (친구와 동행하며, 선배님과 동행해) it is a trip together.
_SERVED = (
    *("국민", "어르신", "환자", "이용자", "민원인", "주민", "이웃", "장애", "아이", "아동"),
    *("고객", "시민", "노인", "할머니", "할아버지", "분", "수급자", "신청자", "신청인"),
    *("대상자", "가정", "약자", "노동자", "외국인", "이주민", "청소년", "지역", "사회"),
    *("취약", "소외", "모두", "학생", "어린이", "보호자"),
)


def _trip_together(start: int, tokens: tuple, starts: list[int]) -> bool:
    """True when going along (동행, 함께 다니며) that starts at `start` is with a companion who
    is not someone served: the noun before the 와/과 that governs it, in the same clause, is
    a friend or a colleague."""
    index = bisect_left(starts, start)
    if index >= len(tokens) or tokens[index].start != start:
        return False
    for back in range(index - 1, max(index - 8, 0) - 1, -1):
        token = tokens[back]
        if token.tag in ("EC", "EF", "SF", "SP"):
            return False
        if token.tag in ("JKB", "JC") and token.form in ("와", "과", "랑", "이랑"):
            noun = back - 1
            while noun >= 0 and tokens[noun].tag in ("XSN", "JX"):
                noun -= 1
            if noun < 0 or not tokens[noun].tag.startswith("N"):
                return False
            return not tokens[noun].form.startswith(_SERVED)
    return False


def _before_kkaji(end: int, token_at: dict) -> bool:
    after = token_at.get(end)
    return after is not None and after.form == "까지"


def _said_hard(concept: Concept, token_at: dict) -> bool:
    """True for 쉽지 (않다, 만): how hard a task was, not words made easy for someone."""
    word = token_at.get(concept.start)
    if word is None or word.form != "쉽":
        return False
    after = token_at.get(word.end)
    return after is not None and after.form in ("지", "지만")


def _homonym_spans(text: str, lexicon: Lexicon) -> dict[str, list[Span]]:
    """Where a listed non-value use (반도체 공정, 혁신도시) occurs, by the concept it looks like."""
    spans: dict[str, list[Span]] = {}
    for entry in lexicon.entries("fit_homonyms"):
        if not entry.term:
            continue
        start = text.find(entry.term)
        while start != -1:
            spans.setdefault(entry.category, []).append((start, start + len(entry.term)))
            start = text.find(entry.term, start + 1)
    # Patterns name the company a word keeps (식각 공정, 공정 조건표, 보호자가 동행): the kind
    # of word around it, not one listed phrase.
    for pattern, entry in _homonym_patterns(lexicon):
        for match in pattern.finditer(text):
            spans.setdefault(entry.category, []).append(match.span())
    return spans


def _homonym_patterns(lexicon: Lexicon) -> tuple:
    """The fit_homonyms patterns, start-indexed (`regex_gate.start_indexed`): they open with
    grouped alternatives, so each plain scan tried every offset of the draft."""
    return lexicon.cached(
        ("start_indexed_homonyms",),
        lambda: tuple(
            (start_indexed(pattern), entry)
            for pattern, entry in compiled_patterns(lexicon, ("fit_homonyms",))
        ),
    )


def _quoted_names(text: str) -> list[Span]:
    """Spans of quoted slogans and titles, searched only around each 라는 (the pattern is
    costly at every offset of a long draft)."""
    spans = []
    at = text.find("라는")
    while at != -1:
        window_start = max(0, at - 30)
        match = _QUOTED_NAME.search(text, window_start, at + 12)
        if match is not None:
            spans.append(match.span())
        named = _QUOTED_BEFORE.search(text, window_start, at + 12)
        if named is not None:
            spans.append(named.span())
        at = text.find("라는", at + 2)
    if _QUOTE_MARKS.search(text) is not None:
        spans.extend(m.span() for m in _QUOTED_PLACE.finditer(text))
    return spans


def value_concepts(text: str, found: list[Concept], lexicon: Lexicon) -> list[Concept]:
    """Concepts as the fit check reads them: homonyms and name parts out, paraphrases in.

    A value word used in another sense (반도체 공정, 혁신도시, 협력 업체, 책임자) is dropped; a
    paraphrase listed in "value_phrases" (머리를 맞대고 → 협업, 같은 기준으로 → 공정) is added
    as the concept it expresses.
    """
    homonyms = _homonym_spans(text, lexicon)
    tokens = morph.tokens(text)
    token_at = {t.start: t for t in tokens}
    starts = [t.start for t in tokens]
    quoted = _quoted_names(text)
    kept = []
    for concept in found:
        if any(s < concept.end and concept.start < e for s, e in homonyms.get(concept.key, ())):
            continue
        if concept.key == "공정" and _process_step(text, concept, token_at, tokens):
            continue
        if concept.key == "전문" and _trade_label(concept, token_at, tokens):
            continue
        if concept.key == "동행" and _trip_together(concept.start, tokens, starts):
            continue
        if concept.lemma == "끝" and not _before_kkaji(concept.end, token_at):
            continue  # 하루 끝에, 끝에 가서: an end, not 끝까지 (seeing a thing through)
        if concept.key == "쉽" and _said_hard(concept, token_at):
            continue  # 처음에는 쉽지 않았다: the work was hard, not made easy for someone
        # 신뢰성 시험실, 공정 설비, 협력 업체: a value word naming a thing's property or a
        # trade partner, told by the nouns right after it. A verb already ended (동행해 은행
        # 업무를 도왔다) names nothing after it.
        end = concept.end
        closing = token_at.get(end)
        if closing is not None and closing.tag == "SSC":
            end = closing.end  # ‘함께 동행’ 프로그램: the name quoted, then what it names
        after = token_at.get(end) or token_at.get(end + 1)
        if (
            after is not None
            and not _ends_in_ending(end, tokens, starts)
            and (after.tag == "NNG" or after.tag in _ATTRIBUTIVE_TAGS)
            and _names_a_thing(end, tokens, starts)
        ):
            continue
        if quoted and any(s < concept.end and concept.start < e for s, e in quoted):
            continue
        if concept.key in _FEELINGS and _feeling_told(concept, tokens, starts):
            continue
        glued = token_at.get(concept.end)
        if (
            glued is not None
            and (glued.tag in ("NNG", "NNP") or (glued.tag == "XSN" and glued.form == "자"))
            and glued.form not in _VALUE_HEADS
        ):
            continue  # part of a longer name: 혁신도시, 행복주택, 책임자
        kept.append(concept)
    text_probe = text_probe_of(text)
    for pattern, entry, literals in _loose_phrases(lexicon):
        if not could_match(literals, text_probe):
            continue
        for match in pattern.finditer(text):
            end = match.end()
            if end < len(text) and text[end] in "’'\"”」』":
                end += 1
            if _ends_on_noun(match.end(), tokens, starts) and _names_a_thing(end, tokens, starts):
                continue  # 신기술 분류 장비, 인공지능 스피커: the name of a machine
            if entry.category == "동행" and _trip_together(match.start(), tokens, starts):
                continue  # 팀장님과 함께 다니며: a colleague, not someone served
            kept.append(Concept(entry.category, match.start(), match.end(), match.group()))
    return sorted(kept, key=lambda c: c.start)


# An object and its verb with an adverb between them are the same paraphrase: 역할을 (다시)
# 나누고, 절충안이 (생각보다 쉽게) 나온다. Each listed phrase also matches with one or two short
# words after its particle.
_AFTER_PARTICLE = re.compile(r"((?:을|를|이|가|\[을를\]|\(\?:을\|를\)|\(\?:이\|가\)))\\s\?")


_Gated = tuple[re.Pattern[str] | StartIndexed, LexEntry, frozenset[str] | None]


def _loose_phrases(lexicon: Lexicon) -> tuple[_Gated, ...]:
    """The loosened phrases, each with the literals it needs (`regex_gate`, of the loose form)."""

    def build() -> tuple[_Gated, ...]:
        out = []
        for pattern, entry in compiled_patterns(lexicon, ("value_phrases",)):
            loose = _AFTER_PARTICLE.sub(r"\1\\s?(?:[가-힣]{1,5}\\s){0,2}", pattern.pattern)
            try:
                compiled = re.compile(loose, re.IGNORECASE)
            except re.error:
                compiled = pattern
            literals = required_literals(compiled.pattern)
            out.append((start_indexed(compiled), entry, literals))
        return tuple(out)

    return lexicon.cached(("loose_value_phrases",), build)
