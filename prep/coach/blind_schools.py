"""Blind-hiring rules for schools: listed names and short forms, unlisted names Kiwi tags as
proper nouns, names Kiwi splits into pieces (read off the surface text), and named campuses.

A listed term counts only when it lines up with Kiwi's morpheme boundaries (so 서울대공원,
국민대표 and 중대한 are not 서울대/국민대/중대) and, for terms that are also ordinary words (연대,
고대, 교대), only when a school word such as 재학·졸업·학과 follows. A school followed by a
workplace (서울대학교병원) is an employer, which candidates may name.
"""

from __future__ import annotations

import re

from prep.coach.blind_text import BlindText, Candidate, is_word, starts_word
from prep.coach.lexicon import term_index
from prep.coach.people_words import PEOPLE

_TERM_LISTS = ("blind_schools", "blind_areas", "blind_activities")


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


def _aligned(doc: BlindText, start: int, end: int, category: str) -> bool:
    """True when [start, end) is a whole word or whole morphemes, not part of a longer word."""
    text = doc.text
    if not starts_word(doc, start):
        return False
    if end in doc.token_ends or end >= len(text) or not is_word(text[end]):
        return True
    covering = [t for t in doc.tokens if t.start < end < t.end]
    if not covering:
        return True
    rest = text[end : covering[0].end]
    return rest in _CONTINUATIONS.get(category, ())


def _has_school_cue(doc: BlindText, start: int, end: int) -> bool:
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


def _has_area_cue(doc: BlindText, start: int, end: int) -> bool:
    cues = doc.words("blind_cues", "area_cue")
    nearby = doc.following(end, 4) + doc.preceding(start, 3)
    return any(t.form in cues or t.root in cues for t in nearby)


def _employer_follows(doc: BlindText, end: int, *, places: bool = True) -> bool:
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
    # 고려대 안산병원, 연세대 원주의료원: a workplace named after the school and a place.
    word = re.match(r"[가-힣]{2,12}", doc.text[end : end + 16].lstrip())
    hospitals = ("병원", "의료원")
    if word and any(h in word.group() for h in hospitals) and doc.text[end : end + 1] == " ":
        return True
    nxt = doc.following(end, 1)
    return bool(nxt) and nxt[0].form in employers


_STATION = re.compile(r"\s?(?:입구역|입구|역)(?![가-힣])")


def _station_after(doc: BlindText, end: int) -> int | None:
    """End of 입구/입구역/역 right after a school name (건대입구, 서울대입구역), if there."""
    match = _STATION.match(doc.text, end)
    return match.end() if match else None


def _in_address(text: str, start: int, end: int) -> bool:
    """True when [start, end) is part of a mail address or a web address."""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    run = text[left:right]
    return "@" in run or "://" in run or "www." in run


_BRANCH = re.compile(
    r"\s?(?:역|점|지점|지사|출장소|상권|상가|주민센터|행정복지센터|지구대|파출소|우체국)(?![가-힣])"
    r"|역(?=[가-힣])|\s?(?:일대|지역)\s?(?:상권|상가|주민|가구|매장|상인)"
)


def _station_or_branch(doc: BlindText, start: int, end: int) -> bool:
    """신촌역 환승 통로의 대여소를 맡아, 신촌점 매장에서 일하며, 신촌 일대 상권 조사: the
    neighbourhood as the name of a station, a branch or an area one works on, with nothing of
    school life in the sentence (신촌역 근처에서 자취하며 still says where one studied)."""
    if not _BRANCH.match(doc.text, end):
        return False
    lo, hi = doc.sentence_at(start)
    cues = doc.words("blind_cues", "area_cue") | doc.words("blind_cues", "school_cue")
    return not any(lo <= t.start < hi and (t.form in cues or t.root in cues) for t in doc.tokens)


def listed_terms(doc: BlindText) -> list[Candidate]:
    index = term_index(doc.lexicon, _TERM_LISTS)
    out: list[Candidate] = []
    taken_until = -1
    for start, end, entry in index.find(doc.text, doc.starts):
        if start < taken_until:
            continue  # a longer listed name already covers this one (이화여대 ⊃ 여대)
        if not _aligned(doc, start, end, entry.category):
            continue
        if _in_address(doc.text, start, end):
            continue  # id@snu.ac.kr: the mail rule has the address
        if entry.category in ("school", "school_area") and _employer_follows(
            doc, end, places=entry.category == "school"
        ):
            # 건대 입구 근처에서 자취하며: the station named after the school, where the writer
            # lived or commuted, says the school as the neighbourhood name does.
            station = _station_after(doc, end) if entry.category == "school" else None
            if station is not None and _has_area_cue(doc, start, station):
                out.append(Candidate(start, station, "school_area", "station", entry.note))
                taken_until = station
            continue
        if entry.category == "school_area" and _station_or_branch(doc, start, end):
            continue
        if entry.context == "cue":
            has_cue = _has_area_cue if entry.category == "school_area" else _has_school_cue
            if not has_cue(doc, start, end):
                # 홍대 앞에서 자취하며: a school's short name as the place one lived or
                # commuted to says the school as a campus neighbourhood does.
                if entry.category == "school" and _has_area_cue(doc, start, end):
                    out.append(Candidate(start, end, "school_area", "term_area", entry.note))
                    taken_until = end
                continue
        out.append(Candidate(start, end, entry.category, "term", entry.note))
        taken_until = end
    return out


def unlisted_school_names(doc: BlindText) -> list[Candidate]:
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
                        out.append(Candidate(token.start, token.end, "school", "proper_noun"))
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
                    out.append(Candidate(token.start, token.end, "school", "proper_noun_cue"))
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
            out.append(Candidate(names[0].start, token.end, "school", "proper_noun_suffix"))
        # A named campus: 에리카캠퍼스 is listed, but also 국제/NNP 캠퍼스, ERICA/SL 캠퍼스.
        if token.form == "캠퍼스" and i > 0:
            prev = tokens[i - 1]
            gap = doc.text[prev.end : token.start]
            if prev.tag in ("NNP", "SL") and gap in ("", " ") and prev.form not in stop:
                category = campus_category(doc, prev.form)
                out.append(Candidate(prev.start, token.end, category, "campus", _CAMPUS_NOTE))
    return out


def campus_category(doc: BlindText, name: str) -> str:
    """A campus named after its place (신촌 캠퍼스, 세종캠퍼스, 명륜캠) points to the school
    through the neighbourhood; one named by the school (에리카 캠퍼스, 자과캠, 글캠, 국제캠)
    is the school's own name for a part of itself, as telling as the school's name."""
    areas = term_index(doc.lexicon, ("blind_areas",)).by_text
    for form in (name, name + "동", name + "캠퍼스"):
        if any(e.category == "school_area" for e in areas.get(form.lower(), ())):
            return "school_area"
    return "school_area" if name in doc.regions else "school"


# 인사캠, 자과캠, 국제캠, 명륜캠: 캠퍼스 said short; not a device (웹캠, 바디캠) or 캠프.
_SHORT_CAMPUS = re.compile(
    r"(?<![가-힣A-Za-z])(?P<leak>(?!웹|바디|액션|대시|홈|펫|라이브|셀카|셀|후방|블랙박스|스캠|직캠|팬캠|몰카|몰래|차량|블박)"
    r"[가-힣A-Za-z]{1,5}\s?캠)(?=에서|에|의|은|는|이|을|도|으로|로|\s?(?:기숙사|도서관|학생|시절|캠퍼스|"
    r"앞|근처|정문|후문|하숙|자취|셔틀|학식))"
)


def short_campuses(doc: BlindText) -> list[Candidate]:
    out = []
    for match in _SHORT_CAMPUS.finditer(doc.text):
        start, end = match.span("leak")
        if starts_word(doc, start):
            stem = doc.text[start:end].removesuffix("캠").strip()
            category = campus_category(doc, stem)
            out.append(Candidate(start, end, category, "short_campus", _CAMPUS_NOTE))
    return out


_CAMPUS_NOTE = "캠퍼스 이름은 어느 학교인지 드러냅니다"

_SURFACE_SCHOOL = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<leak>(?P<stem>[가-힣]{1,5})(?:대학교|대학|대|여대|공대|교대))\s?"
    r"(?=[가-힣]{0,8}학과|[가-힣]{0,8}학부|재학|졸업|입학|편입|학생|동문|출신|캠퍼스|시절|"
    r"(?:[가-힣]{0,6}\s)?동아리|총학|학생회|축제|응원단|기숙사|중앙도서관|학보|과방|졸업반|ROTC|학군단|"
    r"본과|예과|신입생|새내기|[1-6]\s?학년|(?P<dept>[가-힣]{1,6}과)(?:를|을|에서|에|의|로|\s|,)|"
    r"에서\s?(?:[가-힣]+\s){0,3}?(?:배우|배웠|공부|전공|수업|강의|학위|과정을)|연구실|"
    r"(?:에서|를|을)\s?(?:공부|졸업|다니|다녔|나왔)|에\s?(?:입학|재학|다니|다녔|합격|진학))"
)
_PEOPLE_WITH = ("들과", "님과", "분과")
# Words ending in 과 that are no department (기대 효과, 확대 결과).
_NOT_DEPARTMENTS = frozenset(
    {"효과", "결과", "성과", "사과", "통과", "초과", "부과", "경과", "교과", "일과", "전과", "과"}
)


# A high school shortened to …고 and split by Kiwi (민족/사관/고), with a school word after it.
_SURFACE_HIGH_SCHOOL = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<leak>[가-힣]{2,6}고)\s?"
    r"(?=기숙사|재학|졸업|입학|시절|학생|동문|출신|(?:를|에서)\s?(?:졸업|다니|다녔|공부|나왔)|에\s?(?:입학|진학|다니|다녔|합격))"
)


def _one_noun(doc: BlindText, start: int, end: int) -> bool:
    return any(
        t.start == start
        and t.end == end
        and (t.tag == "NNP" or (t.tag == "NNG" and end - start >= 4))
        for t in doc.tokens[doc.index_at(start) : doc.index_at(start) + 1]
    )


def surface_schools(doc: BlindText) -> list[Candidate]:
    """한림대 재학, 가톨릭관동대 졸업: names Kiwi splits into pieces, read off the surface text."""
    stop = doc.words("blind_cues", "school_prefix_stop")
    not_school = doc.words("blind_cues", "not_school_nnp")
    out = []
    for match in _SURFACE_SCHOOL.finditer(doc.text):
        name, stem = match.group("leak"), match.group("stem")
        if stem in stop or name in not_school:
            continue
        # 신세대, 초기대: a word ending in another 대 word, unless Kiwi reads the whole name as
        # one noun (초당대/NNP, 경기과기대/NNG), which it would have split otherwise.
        if name[-2:] in not_school and not _one_noun(doc, *match.span("leak")):
            continue
        dept = match.group("dept")
        if dept and (dept in _NOT_DEPARTMENTS or dept[-2:] in _NOT_DEPARTMENTS):
            continue
        # 성가대 친구들과, 봉사대 선생님과: people joined by the particle 과, not a department.
        if dept and (dept.endswith(_PEOPLE_WITH) or dept[:-1] in PEOPLE):
            continue
        if not starts_word(doc, match.start()):
            continue
        start, end = match.span("leak")
        if _employer_follows(doc, end):
            continue
        out.append(Candidate(start, end, "school", "surface_school"))
    for match in _SURFACE_HIGH_SCHOOL.finditer(doc.text):
        start, end = match.span("leak")
        # The 고 must be a noun (사관/고), not a verb ending (어렵고 학생들이); Kiwi may read
        # a glued 고 as a determiner (포철/고).
        last = next((t for t in doc.tokens if t.start < end <= t.end), None)
        noun = last is not None and (
            last.tag.startswith("NN") or (last.tag == "MM" and last.start > start)
        )
        if not noun or not starts_word(doc, start):
            continue
        if match.group("leak")[:-1] in stop or match.group("leak") in not_school:
            continue
        out.append(Candidate(start, end, "school", "surface_school"))
    return out
