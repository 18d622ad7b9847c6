"""Blind-hiring leaks: phrases that reveal what a public-institution application must not.

Since 2017 public institutions may not collect school, place of origin, family relations,
physical traits or photos, and the fair-hiring act (채용절차법) adds marital status and family
members' jobs. Some institutions fail an applicant when such a fact can merely be inferred, so
the check also catches abbreviations (연대, 성대), campus neighbourhoods (신촌), school papers
(연세춘추) and ac.kr addresses. A previous employer and a major are allowed and never flagged.

Every rule is one of three explainable kinds:
  1. a listed term (lexicon lists blind_schools / blind_areas / blind_activities), accepted only
     when it lines up with Kiwi's morpheme boundaries (so 서울대공원, 국민대표 and 중대한 are not
     서울대/국민대/중대) and, for terms that are also ordinary words (연대, 고대, 교대), only when a
     school word such as 재학·졸업·학과 follows;
  2. a listed regular expression (blind_patterns: age, marital status, appearance, gender);
  3. a morpheme rule written below (unlisted school names that Kiwi tags as proper nouns,
     family member + job, place + 출신, "저는 ○○○입니다").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from prep.coach import morph
from prep.coach.attribution import about_someone_else
from prep.coach.findings import Leak, make_finding
from prep.coach.lexicon import Lexicon, compiled_patterns, get_lexicon, term_index, word_starts
from prep.coach.morph import Morph

CATEGORIES: tuple[str, ...] = (
    "school",
    "school_area",
    "school_activity",
    "email",
    "hometown",
    "family",
    "age",
    "marital",
    "appearance",
    "name_gender",
)

# (headline, why, fix) per category; the headline is prefixed with the flagged phrase.
ADVICE: dict[str, tuple[str, str, str]] = {
    "school": (
        "학교 이름이 드러납니다.",
        "블라인드 채용에서는 출신 학교를 밝힐 수 없습니다. 약칭만으로도 학교를 알 수 있으면 "
        "감점되거나 탈락할 수 있습니다.",
        "학교 이름을 지우고 ‘대학 재학 중’, ‘학부 시절’처럼 쓰세요. 경험의 내용(역할·행동·결과)은 "
        "그대로 두면 됩니다.",
    ),
    "school_area": (
        "특정 대학 캠퍼스가 있는 곳이라 학교를 짐작하게 합니다.",
        "블라인드 채용에서는 학교를 짐작할 수 있는 정보도 학교 이름과 같이 봅니다.",
        "‘학교 근처’, ‘자취하던 동네’처럼 바꾸세요.",
    ),
    "school_activity": (
        "특정 학교의 행사·학보나 학력을 드러냅니다.",
        "학교 고유의 축제·신문·유학 경험은 출신 학교와 학력을 짐작하게 합니다.",
        "‘교내 신문사’, ‘교내 축제’, ‘해외 체류 중’처럼 학교가 드러나지 않는 말로 바꾸세요.",
    ),
    "email": (
        "메일 주소가 본문에 있습니다.",
        "학교 메일(ac.kr)은 학교 이름을, 개인 메일의 아이디는 이름이나 생년을 드러내는 경우가 "
        "많습니다.",
        "본문에서 메일 주소를 빼세요. 연락처는 지원서 양식의 칸에만 씁니다.",
    ),
    "hometown": (
        "출신 지역이 드러납니다.",
        "출신지는 2017년부터 공공기관이 입사지원서에서 묻지 못하는 정보입니다.",
        "지역 이름을 빼고 ‘지역 사회’, ‘살던 동네’처럼 쓰세요. 지역 경험이 직무와 이어진다면 "
        "지명 없이 경험만 남기세요.",
    ),
    "family": (
        "가족관계나 가족의 직업·일터가 드러납니다.",
        "가족관계와 가족의 직업은 채용절차법상 수집할 수 없는 정보입니다. 지원 기관에 가족이 "
        "다닌다는 내용은 공정성 시비도 부릅니다.",
        "지원 동기를 가족이 아니라 본인의 경험에서 찾아 쓰세요(예: ‘○○ 서비스를 직접 이용하며’).",
    ),
    "age": (
        "나이가 드러납니다.",
        "생년월일과 나이는 블라인드 채용에서 밝히지 않는 정보입니다.",
        "나이 대신 ‘첫 직장에서’, ‘신입 때’처럼 경력의 단계로 쓰거나 빼세요.",
    ),
    "marital": (
        "혼인 여부나 자녀가 드러납니다.",
        "혼인 여부와 자녀는 채용절차법상 수집할 수 없는 정보입니다.",
        "가정 이야기 대신 그 경험에서 기른 역량(시간 관리, 책임감)을 쓰세요.",
    ),
    "appearance": (
        "신체 조건·외모가 드러납니다.",
        "키·체중·외모 같은 신체 조건은 블라인드 채용에서 묻지 못하는 정보입니다.",
        "직무에 필요한 역량으로 바꾸세요(체력이 필요한 직무라면 구체적인 활동 경험).",
    ),
    "name_gender": (
        "이름이나 성별이 드러납니다.",
        "이름과 성별은 블라인드 채용에서 가리는 정보입니다. 군 복무·여학교처럼 성별을 짐작하게 "
        "하는 말도 같습니다.",
        "이름은 빼고, 성별이 드러나는 말은 ‘조직 생활’, ‘단체 생활’처럼 바꾸세요.",
    ),
}

_TERM_LISTS = ("blind_schools", "blind_areas", "blind_activities")
_PATTERN_LISTS = ("blind_activities", "blind_patterns")

# What may follow a listed name inside one Kiwi token (연세대생, 혜화역): anything else means
# the name is part of a longer word (서울대공원, 서울대병원) and is not the school.
_CONTINUATIONS = {
    "school": ("생", "생들", "학생", "재학생", "졸업생", "동문", "출신"),
    "school_area": ("역", "동", "일대", "근처", "캠퍼스"),
}
_SCHOOL_SUFFIXES = (
    "대학교",
    "대학원",
    "대학",
    "여자고등학교",
    "고등학교",
    "중학교",
    "초등학교",
    "과학고",
    "외고",
    "여고",
    "여중",
    "고교",
)
_SHORT_SCHOOL_SUFFIXES = ("대", "고")
_FIRST_PERSON = frozenset({"저", "제", "나", "저희", "우리"})
_PARTICLES_AFTER_KIN = frozenset({"JKS", "JX", "JKG"})
_HOMETOWN_NOUNS = frozenset({"출신", "토박이", "태생"})
# Words for the kind of place between a place name and 출신: 강원도 산골 마을 출신.
_SETTLEMENTS = frozenset(
    {
        "산골",
        "마을",
        "시골",
        "농촌",
        "어촌",
        "산촌",
        "섬",
        "동네",
        "소도시",
        "바닷가",
        "항구",
        "지방",
    }
)
_GROW_UP_VERBS = frozenset({"나", "태어나", "자라", "성장하", "성장"})
_PLACE_ENDINGS = ("도", "시", "군", "구", "읍", "면", "리")
_INTRODUCTION = re.compile(r"저는|이름은|지원자")
_PERSON_NOUN_ENDINGS = ("자", "가", "인", "원", "생", "사", "님")


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    category: str
    rule: str
    note: str = ""


class _Text:
    """The text with its morphemes and lookups the rules share."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self.tokens: tuple[Morph, ...] = morph.tokens(text)
        self.token_start_list = [t.start for t in self.tokens]  # sorted: Kiwi emits in order
        self.token_starts = set(self.token_start_list)
        self.token_ends = {t.end for t in self.tokens}
        self.starts = self.token_starts.union(word_starts(text))
        self.sentences = morph.sentence_spans(text)
        self.sentence_ends = [end for _, end in self.sentences]
        self.regions = lexicon.words("blind_cues", "region")

    def words(self, list_name: str, category: str) -> frozenset[str]:
        return self.lexicon.words(list_name, category)

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect_left(self.token_start_list, offset)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        for span in self.sentences:
            if span[1] > offset:
                return span
        return (0, len(self.text))

    def about_someone_else(self, start: int, end: int) -> bool:
        sentence = self.sentence_at(start)
        here = self.sentences.index(sentence) if sentence in self.sentences else 0
        return about_someone_else(
            self.tokens,
            self.token_start_list,
            sentence,
            start,
            end,
            kin_words=self.words("blind_cues", "family_member"),
            previous=self.sentences[here - 1] if here > 0 else None,
        )

    def sentence_end(self, offset: int) -> int:
        for end in self.sentence_ends:
            if end > offset:
                return end
        return len(self.text)

    def following(self, offset: int, count: int) -> list[Morph]:
        """Up to `count` tokens after `offset`, not crossing the end of the sentence."""
        limit = self.sentence_end(offset)
        out = []
        for token in self.tokens[self.index_at(offset) :]:
            if token.start >= limit or token.tag in ("SF",) or len(out) == count:
                break
            out.append(token)
        return out

    def preceding(self, offset: int, count: int) -> list[Morph]:
        before = [t for t in self.tokens if t.end <= offset]
        return before[-count:]


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def _starts_word(doc: _Text, start: int) -> bool:
    return start in doc.token_starts or start == 0 or not _is_word(doc.text[start - 1])


def _aligned(doc: _Text, start: int, end: int, category: str) -> bool:
    """True when [start, end) is a whole word or whole morphemes, not part of a longer word."""
    text = doc.text
    if not _starts_word(doc, start):
        return False
    if end in doc.token_ends or end >= len(text) or not _is_word(text[end]):
        return True
    covering = [t for t in doc.tokens if t.start < end < t.end]
    if not covering:
        return True
    rest = text[end : covering[0].end]
    return rest in _CONTINUATIONS.get(category, ())


def _has_school_cue(doc: _Text, start: int, end: int) -> bool:
    cues = doc.words("blind_cues", "school_cue")
    rest = doc.text[end : end + 4]
    if any(rest.startswith(suffix) for suffix in ("생", "학생", "재학", "졸업")):
        return True
    for token in doc.following(end, 3):
        if token.form in cues or token.root in cues or token.form.endswith("학과"):
            return True
        if token.tag == "XSN" and token.form == "생":
            return True
    return False


def _has_area_cue(doc: _Text, start: int, end: int) -> bool:
    cues = doc.words("blind_cues", "area_cue")
    nearby = doc.following(end, 4) + doc.preceding(start, 3)
    return any(t.form in cues or t.root in cues for t in nearby)


def _employer_follows(doc: _Text, end: int, *, places: bool = True) -> bool:
    """서울대학교병원, 연세대 세브란스병원: a workplace, which candidates may name.

    With `places`, a station or park named after the school (서울대입구역) counts too; not for
    campus neighbourhoods, where 신촌역 says as much as 신촌.
    """
    employers = doc.words("blind_cues", "employer_after_school")
    if places:
        employers = employers | doc.words("blind_cues", "place_after_school")
    after = doc.text[end : end + 12].lstrip()
    if any(after.startswith(word) for word in employers):
        return True
    nxt = doc.following(end, 1)
    return bool(nxt) and nxt[0].form in employers


def _listed_terms(doc: _Text) -> list[_Candidate]:
    index = term_index(doc.lexicon, _TERM_LISTS)
    out: list[_Candidate] = []
    taken_until = -1
    for start, end, entry in index.find(doc.text, doc.starts):
        if start < taken_until:
            continue  # a longer listed name already covers this one (이화여대 ⊃ 여대)
        if not _aligned(doc, start, end, entry.category):
            continue
        if entry.category in ("school", "school_area") and _employer_follows(
            doc, end, places=entry.category == "school"
        ):
            continue
        if entry.context == "cue":
            has_cue = _has_area_cue if entry.category == "school_area" else _has_school_cue
            if not has_cue(doc, start, end):
                continue
        out.append(_Candidate(start, end, entry.category, "term", entry.note))
        taken_until = end
    return out


def _listed_patterns(doc: _Text) -> list[_Candidate]:
    out = []
    for pattern, entry in compiled_patterns(doc.lexicon, _PATTERN_LISTS):
        for match in pattern.finditer(doc.text):
            start, end = match.span("leak") if "leak" in pattern.groupindex else match.span()
            # Patterns are written with their own look-arounds, so only the start must be a
            # word or morpheme start (결혼 in 국제결혼 is excluded by the pattern itself).
            if start == end or not _starts_word(doc, start):
                continue
            out.append(_Candidate(start, end, entry.category, "pattern", entry.note))
    return out


def _unlisted_school_names(doc: _Text) -> list[_Candidate]:
    """Proper nouns Kiwi recognises as school names: 한림대학교, 대원외고, 가천대 (+ 재학)."""
    stop = doc.words("blind_cues", "school_prefix_stop")
    not_school = doc.words("blind_cues", "not_school_nnp")
    out = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        # One token: 한림대학교/NNP, 민족사관고등학교/NNP, 대원외고/NNP.
        if token.tag == "NNP":
            for suffix in _SCHOOL_SUFFIXES:
                prefix = token.form[: -len(suffix)]
                if token.form.endswith(suffix) and prefix and prefix not in stop:
                    if not _employer_follows(doc, token.end):
                        out.append(_Candidate(token.start, token.end, "school", "proper_noun"))
                    break
            else:
                if (
                    token.form.endswith(_SHORT_SCHOOL_SUFFIXES)
                    and len(token.form) >= 2
                    and token.form not in not_school
                    and token.form[:-1] not in stop
                    and _has_school_cue(doc, token.start, token.end)
                    and not _employer_follows(doc, token.end)
                ):
                    out.append(_Candidate(token.start, token.end, "school", "proper_noun_cue"))
        # A suffix token after nouns: 고려/NNP 대학교, 한국/NNP 외국어/NNG 대학교, 하버드 대학교.
        if token.form in _SCHOOL_SUFFIXES and token.tag.startswith("NN") and i > 0:
            first = i
            while first > 0 and tokens[first - 1].tag in ("NNP", "NNG", "SL"):
                gap = doc.text[tokens[first - 1].end : tokens[first].start]
                if gap == "" or (gap == " " and first == i):
                    first -= 1
                else:
                    break
            names = tokens[first:i]
            if not names or not any(t.tag in ("NNP", "SL") for t in names):
                continue
            if names[0].form in stop or any(t.form in stop for t in names if t.tag != "NNP"):
                continue
            if _employer_follows(doc, token.end):
                continue
            out.append(_Candidate(names[0].start, token.end, "school", "proper_noun_suffix"))
        # A named campus: 에리카캠퍼스 is listed, but also 국제/NNP 캠퍼스, ERICA/SL 캠퍼스.
        if token.form == "캠퍼스" and i > 0:
            prev = tokens[i - 1]
            gap = doc.text[prev.end : token.start]
            if prev.tag in ("NNP", "SL") and gap in ("", " ") and prev.form not in stop:
                out.append(_Candidate(prev.start, token.end, "school_area", "campus"))
    return out


_SURFACE_SCHOOL = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<leak>(?P<stem>[가-힣]{1,5})(?:대학교|대학|대|여대|공대|교대))\s?"
    r"(?=[가-힣]{0,8}학과|[가-힣]{0,8}학부|재학|졸업|입학|편입|학생|동문|출신|캠퍼스|시절|"
    r"(?:에서|를|을)\s?(?:공부|졸업|다니|다녔|나왔)|에\s?(?:입학|재학|다니|다녔|합격|진학))"
)


# A high school shortened to …고 and split by Kiwi (민족/사관/고), with a school word after it.
_SURFACE_HIGH_SCHOOL = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<leak>[가-힣]{2,6}고)\s?"
    r"(?=기숙사|재학|졸업|입학|시절|학생|동문|출신|(?:를|에서)\s?(?:졸업|다니|다녔|공부|나왔)|에\s?(?:입학|진학|다니|다녔|합격))"
)


def _surface_schools(doc: _Text) -> list[_Candidate]:
    """한림대 재학, 가톨릭관동대 졸업: names Kiwi splits into pieces, read off the surface text."""
    stop = doc.words("blind_cues", "school_prefix_stop")
    not_school = doc.words("blind_cues", "not_school_nnp")
    out = []
    for match in _SURFACE_SCHOOL.finditer(doc.text):
        name, stem = match.group("leak"), match.group("stem")
        if stem in stop or name in not_school or name[-2:] in not_school:
            continue
        if not _starts_word(doc, match.start()):
            continue
        start, end = match.span("leak")
        if _employer_follows(doc, end):
            continue
        out.append(_Candidate(start, end, "school", "surface_school"))
    for match in _SURFACE_HIGH_SCHOOL.finditer(doc.text):
        start, end = match.span("leak")
        # The 고 must be a noun (사관/고), not a verb ending (어렵고 학생들이).
        last = next((t for t in doc.tokens if t.start < end <= t.end), None)
        if last is None or not last.tag.startswith("NN") or not _starts_word(doc, start):
            continue
        if match.group("leak")[:-1] in stop or match.group("leak") in not_school:
            continue
        out.append(_Candidate(start, end, "school", "surface_school"))
    return out


def _family_jobs(doc: _Text) -> list[_Candidate]:
    """A relative as subject or owner, then a job or workplace in the same clause."""
    members = doc.words("blind_cues", "family_member")
    jobs = doc.words("blind_cues", "family_job")
    out = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        # 저희 집은 시장에서 떡집을 운영합니다: the writer's household stands for the family.
        household = (
            token.form in ("집", "집안")
            and i > 0
            and tokens[i - 1].form in ("저희", "우리")
            and tokens[i - 1].tag in ("NP", "MM")
        )
        if token.tag not in ("NNG", "NNP") or (token.form not in members and not household):
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].tag == "XSN" and tokens[j].form == "님":
            j += 1  # 부모+님
        if j >= len(tokens):
            continue
        particle = tokens[j]
        directly_owned = particle.start == tokens[j - 1].end + 1 and particle.form in jobs
        if particle.tag not in _PARTICLES_AFTER_KIN and not directly_owned:
            continue
        limit = min(doc.sentence_end(token.end), token.end + 30)
        end = None
        attended = -1
        for k, follower in enumerate(tokens[j:], start=j):
            if follower.start >= limit or follower.tag == "SF":
                break
            if follower.tag == "NP" and follower.form in _FIRST_PERSON:
                if _time_clause(tokens, k):
                    continue  # 할아버지께서는 제가 어릴 때 경찰로…: only a time, the kin goes on
                break  # the clause moved on to the candidate: 어머니는 ... 저는 ... 근무하며
            if follower.tag == "JKG" and tokens[k - 2].tag == "ETM":
                break  # 동생이 다니는 학원의 강사: what follows is the head noun's, not the kin's
            if end is not None and follower.start > end + 8:
                break
            # 일 alone is any task (가족을 지키는 일); 일+하 (일하시는) is a job.
            works = follower.form == "일" and k + 1 < len(tokens) and tokens[k + 1].tag == "XSV"
            if follower.form == "다니" and _attends_school(tokens, k):
                attended = k + 2  # 동생이 다니는 학원: going to school is no job, nor its place
                continue
            if k == attended:
                continue
            if works or follower.form in jobs or follower.root in jobs:
                # Keep going while job words follow each other: 공단에 근무하셔서. A verb keeps
                # its ending (근무하셔서), a noun drops its particle (식당을 → 식당).
                verbal = k + 1 < len(tokens) and tokens[k + 1].tag in ("XSV", "XSA", "VCP")
                end = _word_end(doc.text, follower.end) if verbal else follower.end
        if end is not None:
            out.append(_Candidate(token.start, end, "family", "kin_job"))
    return out + _job_before_kin(doc, members, jobs)


def _time_clause(tokens: Sequence[Morph], k: int) -> bool:
    """True when the writer at `k` is only the subject of a time clause (제가 어릴 때, 제가
    태어나기 전에), so the sentence is still about the relative before it."""
    for token in tokens[k + 1 : k + 6]:
        if token.tag in ("EF", "SF") or (token.tag == "EC" and token.form != "기"):
            return False
        if token.form in ("때", "전", "무렵", "시절", "적") and token.tag in ("NNG", "NNB"):
            return True
    return False


# Places one goes to (다니다) as a pupil, a child or a member, not as an employee.
_ATTENDED_ENDINGS = (
    *("학교", "학원", "유치원", "어린이집", "교회", "성당", "복지관", "공부방", "센터"),
)


def _attends_school(tokens: Sequence[Morph], k: int) -> bool:
    """True when 다니 at `k` is attending a school-like place: 학교에 다니, 다니는 학원."""
    places = []
    if k >= 2 and tokens[k - 1].form in ("에", "를", "을"):
        places.append(tokens[k - 2].form)
    if k + 2 < len(tokens) and tokens[k + 1].tag == "ETM":
        places.append(tokens[k + 2].form)
    return any(place.endswith(_ATTENDED_ENDINGS) for place in places)


def _job_before_kin(doc: _Text, members: frozenset[str], jobs: frozenset[str]) -> list[_Candidate]:
    """간호사로 일하시는 어머니, 공무원이신 아버지, 식당을 운영하시는 부모님: job first."""
    out = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.form not in members or token.tag not in ("NNG", "NNP") or i < 2:
            continue
        if tokens[i - 1].tag != "ETM":
            continue
        limit = doc.sentence_at(token.start)[0]
        start = None
        for k in range(i - 2, max(-1, i - 9), -1):
            candidate = tokens[k]
            if (
                candidate.start < limit
                or candidate.tag in ("SF", "SP")
                or candidate.form in members
            ):
                break
            works = candidate.form == "일" and tokens[k + 1].tag == "XSV"
            if works or candidate.form in jobs or candidate.root in jobs:
                start = candidate.start
        if start is not None:
            out.append(_Candidate(start, token.end, "family", "job_kin"))
    return out


def _word_end(text: str, offset: int) -> int:
    while offset < len(text) and _is_word(text[offset]):
        offset += 1
    return offset


def _is_place(doc: _Text, token: Morph) -> bool:
    if token.tag not in ("NNP", "NNG"):
        return False
    if token.form in doc.regions:
        return True
    return token.tag == "NNP" and token.form.endswith(_PLACE_ENDINGS) and len(token.form) >= 2


def _hometown(doc: _Text) -> list[_Candidate]:
    out = []
    tokens = doc.tokens
    text = doc.text
    for i, token in enumerate(tokens):
        # 강원도 출신, 부산 토박이, 지방 출신 (but not 경영학과 출신).
        if token.form in _HOMETOWN_NOUNS and i > 0:
            first = i
            while first > 0 and text[tokens[first - 1].end : tokens[first].start] in ("", " "):
                if _is_place(doc, tokens[first - 1]) or tokens[first - 1].form in _SETTLEMENTS:
                    first -= 1
                else:
                    break
            if first < i and any(_is_place(doc, t) for t in tokens[first:i]):
                out.append(_Candidate(tokens[first].start, token.end, "hometown", "place_origin"))
        # 고향 (not 고향사랑기부제, 제2의 고향, 마음의 고향); 제 고향인 강릉 → up to the place.
        if token.form == "고향" and token.tag == "NNG":
            if text[token.end : token.end + 2] == "사랑":
                continue
            before = text[max(0, token.start - 5) : token.start]
            if "제2의" in before or "마음의" in before or "두 번째" in before:
                continue
            end = token.end
            for follower in doc.following(token.end, 4):
                if _is_place(doc, follower):
                    end = follower.end
                    break
            out.append(_Candidate(token.start, end, "hometown", "hometown"))
        # 부산에서 나고 자란, 강릉에서 태어나.
        if _is_place(doc, token) and i + 2 < len(tokens) and tokens[i + 1].form == "에서":
            end = None
            for follower in tokens[i + 2 : i + 6]:
                if follower.tag == "VV" and follower.root in _GROW_UP_VERBS:
                    end = _word_end(text, follower.end)  # 나고 자란: up to the last verb
            if end is not None:
                out.append(_Candidate(token.start, end, "hometown", "grew_up"))
    return out


def _own_name(doc: _Text) -> list[_Candidate]:
    """저는 김민수입니다 / 제 이름은 박서연입니다 / 지원자 홍길동입니다."""
    surnames = doc.words("blind_cues", "surname")
    out = []
    tokens = doc.tokens
    # Only the few words right after 저는 / 이름은 / 지원자 can be the candidate's name.
    nearby: set[int] = set()
    for marker in _INTRODUCTION.finditer(doc.text):
        i = doc.index_at(marker.end())
        while i < len(tokens) and tokens[i].start < marker.end() + 12:
            nearby.add(i)
            i += 1
    for i in sorted(nearby):
        token = tokens[i]
        form = token.form
        if token.tag not in ("NNP", "NNG") or not 2 <= len(form) <= 4:
            continue
        if not all(_hangul(c) for c in form) or (
            form[0] not in surnames and form[:2] not in surnames
        ):
            continue
        after = doc.text[token.end : token.end + 5]
        if not after.startswith(("입니다", "이라고", "라고", "이며", "이고")):
            continue
        before = "".join(t.form for t in tokens[max(0, i - 3) : i])
        # Kiwi reads some names as common nouns (이서준/NNG); trust that only right after
        # 지원자/이름은, and never for person nouns such as 지원자, 전문가, 공무원.
        if token.tag == "NNG" and (
            form.endswith(_PERSON_NOUN_ENDINGS) or not before.endswith(("지원자", "이름은"))
        ):
            continue
        if any(marker in before for marker in ("저는", "이름은", "지원자", "저의이름")):
            out.append(_Candidate(token.start, token.end, "name_gender", "own_name"))
    return out


def _dedupe(candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop a candidate inside a longer one of the same category; keep the earliest rule."""
    kept: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
        if any(
            k.category == cand.category and k.start <= cand.start and cand.end <= k.end
            for k in kept
        ):
            continue
        kept.append(cand)
    return kept


def find_leaks(text: str, *, lexicon: Lexicon | None = None) -> list[Leak]:
    """Blind-hiring leaks in `text`, in text order, with offsets into `text`."""
    if not text.strip():
        return []
    doc = _Text(text, lexicon or get_lexicon())
    candidates = (
        _listed_terms(doc)
        + _listed_patterns(doc)
        + _unlisted_school_names(doc)
        + _surface_schools(doc)
        + _family_jobs(doc)
        + _hometown(doc)
        + _own_name(doc)
    )
    leaks = []
    for cand in _dedupe(candidates):
        # A fact about a client, a colleague or a child in the story is not the writer's.
        if cand.category != "email" and doc.about_someone_else(cand.start, cand.end):
            continue
        headline, why, fix = ADVICE[cand.category]
        excerpt = text[cand.start : cand.end]
        detail = cand.note.split(". ")[0].rstrip(".") if cand.note else ""
        leaks.append(
            make_finding(
                check="blind",
                code=f"leak_{cand.category}",
                text=text,
                span=(cand.start, cand.end),
                category=cand.category,
                message=f"‘{excerpt}’: {headline}",
                why=f"{detail}. {why}" if detail else why,
                fix=fix,
                extra={"rule": cand.rule},
            )
        )
    return leaks
