"""Blind-hiring rules about the person: listed patterns (age, marital status, appearance,
gender, military service), home town and the writer's own name."""

from __future__ import annotations

import re

from prep.coach.blind_text import BlindText, Candidate, hangul, starts_word, word_end
from prep.coach.lexicon import patterns_for
from prep.coach.morph import Morph

_PATTERN_LISTS = ("blind_activities", "blind_patterns")
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
        # 하회마을 근처에서 자랐습니다: near a place is still where one grew up
        "근처",
        "인근",
        "부근",
        "일대",
        "외곽",
    }
)
_GROW_UP_VERBS = frozenset({"나", "태어나", "자라", "성장하", "성장"})
# 대구에서 올라와: coming up from a place to study or work says where one is from.
_CAME_FROM = frozenset({"올라오"})
_CHILDHOOD = frozenset({"유년", "유년기", "학창", "어린", "어리", "성장기", "어린시절"})
_PLACE_ENDINGS = ("도", "시", "군", "구", "읍", "면", "리")
_INTRODUCTION = re.compile(r"저는|이름은|지원자|(?<![가-힣])저(?=\s)")
_PERSON_NOUN_ENDINGS = ("자", "가", "인", "원", "생", "사", "님")


def listed_patterns(doc: BlindText) -> list[Candidate]:
    out = []
    for pattern, entry in patterns_for(doc.lexicon, _PATTERN_LISTS, doc.text):
        for match in pattern.finditer(doc.text):
            start, end = match.span("leak") if "leak" in pattern.groupindex else match.span()
            # Patterns are written with their own look-arounds, so only the start must be a
            # word or morpheme start (결혼 in 국제결혼 is excluded by the pattern itself).
            if start == end or not starts_word(doc, start):
                continue
            out.append(Candidate(start, end, entry.category, "pattern", entry.note))
    return out


def _is_place(doc: BlindText, token: Morph) -> bool:
    if token.tag not in ("NNP", "NNG"):
        return False
    if token.form in doc.regions:
        return True
    return token.tag == "NNP" and token.form.endswith(_PLACE_ENDINGS) and len(token.form) >= 2


def hometown(doc: BlindText) -> list[Candidate]:
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
                out.append(Candidate(tokens[first].start, token.end, "hometown", "place_origin"))
            # 베트남 출신 어머니: where a parent comes from is a family fact, for any place.
            kin = tokens[i + 1] if i + 1 < len(tokens) else None
            if (
                kin is not None
                and kin.form in doc.words("blind_cues", "family_member")
                and tokens[i - 1].tag in ("NNP", "NNG", "SL")
            ):
                out.append(Candidate(tokens[i - 1].start, kin.end, "family", "origin_kin"))
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
            out.append(Candidate(token.start, end, "hometown", "hometown"))
        # 부산에서 나고 자란, 강릉에서 태어나, 통영 바닷가 마을에서 자라.
        at = _place_then_at(doc, i)
        if at is not None:
            end = None
            for j, follower in enumerate(tokens[at + 1 : at + 5], start=at + 1):
                if follower.tag == "VV" and follower.root in _GROW_UP_VERBS:
                    end = word_end(text, follower.end)  # 나고 자란: up to the last verb
                # (올라온 인력: a modifier describes what came, not the writer; from 서울 is
                # not "up".)
                if (
                    follower.tag == "VV"
                    and follower.root in _CAME_FROM
                    and j == at + 1
                    and j + 1 < len(tokens)
                    and tokens[j + 1].tag != "ETM"
                    and token.form not in ("서울", "수도권")
                ):
                    end = word_end(text, follower.end)
                # 제주에서 유년을 보내며, 어린 시절을 보냈습니다.
                if follower.form == "보내" and any(
                    t.form in ("유년", "유년기", "어린", "학창", "성장기", "유년 시절")
                    for t in tokens[at + 1 : j]
                ):
                    end = word_end(text, follower.end)
            window = max(0, token.start - 14)
            stay = _LONG_STAY.search(text[window : token.start])
            nxt = tokens[at + 1] if at + 1 < len(tokens) else None
            if end is None and stay and nxt is not None and nxt.form in ("살", "지내"):
                # 스무 해를 광주에서 살다가: a place lived in for most of one's life.
                end = word_end(text, nxt.end)
                out.append(Candidate(window + stay.start(), end, "hometown", "long_stay"))
                continue
            if end is not None:
                out.append(Candidate(token.start, end, "hometown", "grew_up"))
        # 제가 나고 자란 제주 애월, 태어난 강릉: the verb first, then the place it modifies.
        # 학창 시절을 보낸 춘천: a childhood spent somewhere, said the same way.
        spent = token.form == "보내" and any(
            t.form in _CHILDHOOD for t in tokens[max(0, i - 4) : i]
        )
        if (
            token.tag == "VV"
            and (token.root in _GROW_UP_VERBS or spent)
            and i + 2 < len(tokens)
            and tokens[i + 1].tag == "ETM"
            and (
                _is_place(doc, tokens[i + 2])
                or tokens[i + 2].tag == "NNP"
                or tokens[i + 2].form in _KINDS_OF_PLACE
            )
        ):
            first = i
            if i >= 2 and tokens[i - 1].tag == "EC" and tokens[i - 2].root in _GROW_UP_VERBS:
                first = i - 2  # 나고 자란
            last = i + 2
            while (
                last + 1 < len(tokens)
                and (tokens[last + 1].tag == "NNP" or tokens[last + 1].form in _SETTLEMENTS)
                and (text[tokens[last].end : tokens[last + 1].start] in ("", " "))
            ):
                last += 1
            out.append(Candidate(tokens[first].start, tokens[last].end, "hometown", "grew_up"))
    return out


# Kinds of place that narrow down where one comes from even without a name (바닷가 마을, 산골,
# 섬): a place of origin all the same. Not 마을 or 동네 alone, which any town has.
_KINDS_OF_PLACE = frozenset(
    {"바닷가", "산골", "시골", "농촌", "어촌", "산촌", "섬", "섬마을", "소도시", "항구", "탄광촌"}
)
_PLACE_MODIFIERS = frozenset({"작", "조그맣", "조그마하", "외지", "외딴", "한적하", "조용하"})


def unnamed_birthplace(doc: BlindText) -> list[Candidate]:
    """바닷가 작은 마을에서 태어나 자란, 산골에서 자라: born or raised in a kind of place,
    named or not (with a name, `hometown` has it already)."""
    out = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.form not in _KINDS_OF_PLACE or token.tag != "NNG":
            continue
        k = i + 1
        # 바닷가 작은 마을, 외딴 섬: modifiers and settlement words up to 에서.
        while k < len(tokens) and k <= i + 4:
            current = tokens[k]
            if current.form in _SETTLEMENTS or current.form in _KINDS_OF_PLACE:
                k += 1
            elif current.root in _PLACE_MODIFIERS and k + 1 < len(tokens):
                k += 2 if tokens[k + 1].tag == "ETM" else 1
            else:
                break
        if k >= len(tokens) or tokens[k].form != "에서":
            continue
        end = None
        for follower in tokens[k + 1 : k + 5]:
            if follower.tag in ("VV", "NNG") and follower.root in _GROW_UP_VERBS:
                end = word_end(doc.text, follower.end)
            elif follower.tag not in ("EC", "XSV", "EP", "ETM"):
                break
        if end is not None:
            out.append(Candidate(token.start, end, "hometown", "grew_up"))
    return out


# Where the writer's parents live is the writer's home: 부모님이 계신 여수, 본가가 있는 목포.
_HOME_KIN = frozenset({"부모", "어머니", "아버지", "엄마", "아빠", "본가", "고향집", "가족"})
_HOME_VERBS = frozenset({"계시", "살", "있", "사시", "사"})  # (Kiwi: 사시는 → 사/VV 시/EP)
# Going somewhere is no living there: 어릴 적 자주 가던 서울 박물관.
_VISITING = frozenset({"가", "오", "다니", "찾", "방문", "놀러가", "들르"})
_CHILDHOOD_TIMES = frozenset({"적", "시절", "때"})


def family_home(doc: BlindText) -> list[Candidate]:
    """명절마다 부모님이 계신 여수로, 본가가 있는 목포에: the place the writer's parents or
    household live in, which is where the writer comes from."""
    out = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.form not in _HOME_KIN or token.tag != "NNG":
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].tag == "XSN" and tokens[j].form == "님":
            j += 1
        if j + 2 >= len(tokens) or tokens[j].tag != "JKS" and tokens[j].form != "께서":
            continue
        k = j + 1
        if tokens[k].root not in _HOME_VERBS and tokens[k].form not in _HOME_VERBS:
            continue
        k += 1
        while k < len(tokens) and tokens[k].tag == "EP":
            k += 1
        if k + 1 >= len(tokens) or tokens[k].tag != "ETM":
            continue
        place = tokens[k + 1]
        if _is_place(doc, place) or place.tag == "NNP":
            out.append(Candidate(token.start, place.end, "hometown", "family_home"))
    return out


_HOLIDAYS = frozenset({"명절", "추석", "설", "설날", "한가위"})
_GOING_HOME = frozenset({"내려가", "내려오", "귀성", "귀향"})


def holiday_home(doc: BlindText) -> list[Candidate]:
    """명절마다 여수로 내려가면, 추석이면 진도에 내려와: the town one goes down to for the
    holidays is where one's family lives, the home town."""
    out = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.tag != "VV" or (token.root not in _GOING_HOME and token.form not in _GOING_HOME):
            continue
        if i < 2 or tokens[i - 1].tag != "JKB" or tokens[i - 1].form not in ("에", "로", "으로"):
            continue
        place = tokens[i - 2]
        if not (_is_place(doc, place) or place.tag == "NNP") or place.form in ("서울", "수도권"):
            continue
        lo, hi = doc.sentence_at(token.start)
        if any(t.form in _HOLIDAYS and lo <= t.start < hi for t in tokens[max(0, i - 12) : i]):
            # (up to the particle: the going is the writer's whatever the clause goes on to)
            out.append(Candidate(place.start, tokens[i - 1].end, "hometown", "holiday"))
    return out


def childhood_place(doc: BlindText) -> list[Candidate]:
    """어릴 적 연탄을 때던 태백 탄광촌, 어린 시절 뛰놀던 제주 바닷가: a place a childhood clause
    (…던) describes is where the writer grew up."""
    out = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.root != "어리" or token.tag != "VA" or i + 1 >= len(tokens):
            continue
        nxt = tokens[i + 1]
        timed = nxt.tag == "ETM" and i + 2 < len(tokens) and tokens[i + 2].form in _CHILDHOOD_TIMES
        if not (timed or (nxt.tag == "EC" and nxt.form == "어서")):
            continue
        limit = doc.sentence_end(token.start)
        for k in range(i + 2, min(i + 12, len(tokens) - 1)):
            ending = tokens[k]
            if ending.start >= limit or ending.tag in ("EF", "SF"):
                break
            if ending.tag != "ETM" or ending.form != "던":
                continue
            verb = tokens[k - 1]
            place = tokens[k + 1]
            if verb.root in _VISITING or verb.form in _VISITING:
                break
            if not (_is_place(doc, place) or place.tag == "NNP" or place.form in _KINDS_OF_PLACE):
                break
            last = k + 1
            while last + 1 < len(tokens) and (
                tokens[last + 1].form in _SETTLEMENTS or tokens[last + 1].form in _KINDS_OF_PLACE
            ):
                last += 1
            out.append(Candidate(token.start, tokens[last].end, "hometown", "grew_up"))
            break
    return out


# What one sees or lives beside while growing up: 목포 앞바다, 지리산 자락, 섬진강 물길.
_LANDSCAPE = frozenset(
    {
        *("바다", "앞바다", "바닷가", "갯벌", "항구", "포구", "산", "자락", "능선", "들판"),
        *("강", "강가", "강변", "호수", "물길", "섬", "벌판", "평야", "해변", "바람", "하늘"),
    }
)
_SEEING = frozenset({"보", "바라보", "듣", "맞", "곁"})


def seen_growing_up(doc: BlindText) -> list[Candidate]:
    """목포 앞바다를 보며 자라서, 지리산 자락을 바라보며 자란: a named place's landscape seen
    while growing up (…을 보며 자라다) is where the writer grew up."""
    out = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.root not in ("자라", "크") or token.tag != "VV" or i < 5:
            continue
        ec, verb, obj, land, place = (
            tokens[i - 1],
            tokens[i - 2],
            tokens[i - 3],
            tokens[i - 4],
            tokens[i - 5],
        )
        if ec.tag != "EC" or ec.form not in ("며", "면서", "고", "으며"):
            continue
        if verb.root not in _SEEING or obj.tag != "JKO" or land.form not in _LANDSCAPE:
            continue
        if not (_is_place(doc, place) or place.tag == "NNP") or place.end + 1 < land.start:
            continue
        out.append(Candidate(place.start, token.end, "hometown", "grew_up"))
    return out


# A stay of ten years or more before a place: 스무 해를, 20년 동안, 평생.
_LONG_STAY = re.compile(
    r"(?:(?:스무|서른|열[가-힣]{0,2})\s?해|[1-9]\d\s?년|평생)(?:를|을|\s?동안|간|\s?넘게)?\s?$"
)


def _place_then_at(doc: BlindText, i: int) -> int | None:
    """Index of 에서 when a place at `i` (maybe followed by 바닷가 마을) comes right before it."""
    tokens = doc.tokens
    # Any proper noun will do (통영, 애월): what follows 에서 (자라, 태어나) says it is a place.
    if not (_is_place(doc, tokens[i]) or tokens[i].tag == "NNP"):
        return None
    k = i + 1
    while k < len(tokens) and k <= i + 3 and tokens[k].form in _SETTLEMENTS:
        k += 1
    if k < len(tokens) and tokens[k].form == "에서":
        return k
    return None


def own_name(doc: BlindText) -> list[Candidate]:
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
        if not all(hangul(c) for c in form) or (
            form[0] not in surnames and form[:2] not in surnames
        ):
            continue
        after = doc.text[token.end : token.end + 5]
        # 저 김서연은 …: the name set beside 저 as the sentence's topic.
        beside = doc.text[max(0, token.start - 2) : token.start] == "저 " and (
            token.start < 3 or not hangul(doc.text[token.start - 3])
        )
        if beside and token.tag == "NNP" and after.startswith(("은 ", "는 ", "이 ", "가 ")):
            out.append(Candidate(token.start, token.end, "name_gender", "own_name"))
            continue
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
            out.append(Candidate(token.start, token.end, "name_gender", "own_name"))
    return out
