"""Blind-hiring rules for family: a relative's job or workplace, in either order.

어머니께서 공단에 근무하셔서 (kin, then a job in the same clause) and 간호사로 일하시는 어머니
(a job in the clause that describes the kin). The writer's household (저희 집은 … 운영합니다)
stands for the family. Whether the relative is the writer's is decided later, by attribution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from prep.coach.attribution import between_object_and_verb
from prep.coach.blind_kin import IN_LAW_PREFIXES, in_law, kin_words
from prep.coach.blind_text import FIRST_PERSON, BlindText, Candidate, word_end
from prep.coach.morph import Morph

_PARTICLES_AFTER_KIN = frozenset({"JKS", "JX", "JKG"})
# Endings of nouns for people by their work: 목수, 교사, 공무원, 농부, 화가, 경찰관, 기술자.
_ROLE_ENDINGS = ("사", "원", "가", "자", "관", "공", "수", "부", "인", "의")


def kin_first(doc: BlindText, i: int) -> int:
    """Index of the first token of the kin word whose base is at `i`: Kiwi splits 막내/이모,
    큰/ㄴ/고모 and 시/매부, and the finding should name the whole word."""
    tokens = doc.tokens
    members = doc.words("blind_cues", "family_member")
    first = i
    k = i - 1
    while k >= 0 and k >= i - 3 and tokens[k].end == tokens[k + 1].start:
        if doc.text[tokens[k].start : tokens[i].end] in members:
            first = k
        k -= 1
    return first


def family_jobs(doc: BlindText) -> list[Candidate]:
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
        if j < len(tokens) and tokens[j].tag == "XSN" and tokens[j].form in ("님", "네"):
            j += 1  # 부모+님, 이모+네 (이모네 식당: the relative's household and its business)
        # 아버지(58세)께서: a bracketed aside after the kin word stands outside the clause.
        if j < len(tokens) and tokens[j].form == "(" and tokens[j].start == tokens[j - 1].end:
            close = next(
                (m for m in range(j, min(j + 8, len(tokens))) if tokens[m].form == ")"), None
            )
            if close is not None:
                j = close + 1
        counted = False
        # 부모님 두 분 다 공무원이셔서, 형 둘 다: a count of the relatives stands for a particle.
        while j + 1 < len(tokens) and tokens[j].tag in ("MM", "NR") and j - i <= 2:
            j += 1
            if tokens[j].tag == "NNB" and tokens[j].form in ("분", "명"):
                j += 1
            if j < len(tokens) and tokens[j].form in ("다", "모두") and tokens[j].tag == "MAG":
                j += 1
            counted = True
        if j >= len(tokens):
            continue
        particle = tokens[j]
        directly_owned = (particle.start == tokens[j - 1].end + 1 or counted) and (
            particle.form in jobs or particle.root in jobs
        )
        if particle.tag not in _PARTICLES_AFTER_KIN and not directly_owned:
            continue
        limit = min(doc.sentence_end(token.end), token.end + 30)
        end = None
        attended = -1
        for k, follower in enumerate(tokens[j:], start=j):
            if follower.start >= limit or follower.tag == "SF":
                break
            if follower.tag == "NP" and follower.form in FIRST_PERSON:
                if _time_clause(tokens, k):
                    continue  # 할아버지께서는 제가 어릴 때 경찰로…: only a time, the kin goes on
                break  # the clause moved on to the candidate: 어머니는 ... 저는 ... 근무하며
            if follower.tag == "JKG" and tokens[k - 2].tag == "ETM":
                break  # 동생이 다니는 학원의 강사: what follows is the head noun's, not the kin's
            if end is not None and follower.start > end + 8:
                break
            # 일 alone is any task (가족을 지키는 일); 일+하 (일하시는) is a job.
            works = follower.form == "일" and k + 1 < len(tokens) and tokens[k + 1].tag == "XSV"
            # 할아버지께서 평생 하시던 양봉 일: the 일 the relative did (하시던, 해 오신) is a job.
            works = works or (follower.form == "일" and _done_by_honoured(tokens, j, k))
            if follower.form == "다니" and _attends_school(tokens, k):
                attended = k + 2  # 동생이 다니는 학원: going to school is no job, nor its place
                continue
            if k == attended:
                continue
            # 할아버지께서 목수셨기에: the relative *is* a person noun (목수+이+시), a job.
            # (선생+님+이시다: the honorific 님 may come between.)
            copula = k + 1
            if copula < len(tokens) and tokens[copula].tag == "XSN" and tokens[copula].form == "님":
                copula += 1
            is_role = (
                follower.tag == "NNG"
                and copula < len(tokens)
                and tokens[copula].tag == "VCP"
                and (follower.form.endswith(_ROLE_ENDINGS) or follower.form == "선생")
                and len(follower.form) >= 2
            )
            if _serves_as(tokens, k):
                end = word_end(doc.text, tokens[k + 1].end)  # 정비사로 계신
            elif (
                works
                or is_role
                or follower.form in jobs
                or follower.root in jobs
                or (follower.form in _BACKGROUND and follower.tag == "NNG")
            ):
                # Keep going while job words follow each other: 공단에 근무하셔서. A verb keeps
                # its ending (근무하셔서), a noun drops its particle (식당을 → 식당).
                verbal = is_role or (
                    k + 1 < len(tokens) and tokens[k + 1].tag in ("XSV", "XSA", "VCP")
                )
                end = word_end(doc.text, follower.end) if verbal else follower.end
        if end is not None:
            out.append(Candidate(tokens[kin_first(doc, i)].start, end, "family", "kin_job"))
    return out + _job_before_kin(doc, members, jobs)


# 정비사로 계신, 교사로 일하신, 간호사로 재직 중인: a role noun, 로, then a verb of working.
_WORKING_ROOTS = frozenset({"계시", "일하", "근무", "재직", "종사", "봉직", "복무"})
# A relative's schooling or origin (간호학과 출신인 어머니, 아버지는 공대를 졸업하시고) is as
# barred as their job: the 2019 act names family members' schooling.
_BACKGROUND = frozenset({"출신", "졸업", "전공", "학과", "학번"})


def _done_by_honoured(tokens: Sequence[Morph], first: int, k: int) -> bool:
    """True when the noun at `k` heads a clause of doing (하/꾸리) honouring its subject (-시-)
    that starts after `first`: 하시던 양봉 일, 꾸려 오신 식당 일."""
    for m in range(k - 1, max(first, k - 3) - 1, -1):
        if tokens[m].tag != "ETM":
            continue
        clause = tokens[max(first, m - 4) : m]
        honours = any(t.tag == "EP" and t.form in ("시", "으시") for t in clause)
        doing = any(t.tag in ("VV", "XSV") and t.form in ("하", "꾸리") for t in clause)
        return honours and doing
    return False


def _honoured_trade(tokens: Sequence[Morph], k: int, first: int) -> bool:
    """True when the noun at `k` is the object of 하 with -시- right before the kin word at
    `first`: 방앗간을 하시는, 철물점을 하셨던."""
    rest = tokens[k + 1 : first]
    return (
        tokens[k].tag == "NNG"
        and len(rest) in (4, 5)
        and rest[0].tag == "JKO"
        and rest[1].tag == "VV"
        and rest[1].form == "하"
        and any(t.tag == "EP" and t.form in ("시", "으시") for t in rest[2:])
        and rest[-1].tag == "ETM"
    )


# Endings of job nouns (세무사, 관리원, 행정관); not 자, which also names patients (환자).
_JOB_ENDINGS = ("사", "원", "관")
_HONOURED_ROLE_ENDINGS = ("사", "원", "가", "관", "공", "수", "부")


def _honoured_role(tokens: Sequence[Morph], k: int, first: int) -> bool:
    """True when the noun at `k` is a person noun by its work that the kin word at `first` is
    said to be, honoured: 목회자이신 아버지, 기관사이셨던 삼촌, 선생님이신 어머니."""
    role = tokens[k]
    form = role.form
    # 경매사이신 외할아버지: Kiwi may split an unlisted job into its stem and the suffix (경매+사);
    # a one-syllable suffix written onto the noun before it is the job's last syllable.
    if len(form) == 1 and k > 0 and tokens[k - 1].tag == "NNG" and tokens[k - 1].end == role.start:
        form = tokens[k - 1].form + form
    if role.tag != "NNG" or len(form) < 2:
        return False
    # (not …자/…인, which also name a relative's place in the story: 보호자이신 할아버지)
    if not (form.endswith(_HONOURED_ROLE_ENDINGS) or form == "선생"):
        return False
    rest = tokens[k + 1 : first]
    if rest and rest[0].tag == "XSN" and rest[0].form == "님":
        rest = rest[1:]
    return (
        len(rest) >= 3
        and rest[0].tag == "VCP"
        and rest[-1].tag == "ETM"
        and all(t.tag == "EP" for t in rest[1:-1])
        and any(t.form in ("시", "으시") for t in rest[1:-1])
    )


def _serves_as(tokens: Sequence[Morph], k: int) -> bool:
    """True when `k` is the 로/으로 of "<role>로 계시다/일하다/근무하다" after a noun."""
    if tokens[k].tag != "JKB" or tokens[k].form not in ("로", "으로") or k + 1 >= len(tokens):
        return False
    verb = tokens[k + 1]
    if k == 0 or tokens[k - 1].tag not in ("NNG", "NNP"):
        return False
    works = verb.form == "일" and k + 2 < len(tokens) and tokens[k + 2].tag == "XSV"
    return works or verb.form in _WORKING_ROOTS or verb.root in _WORKING_ROOTS


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


def _job_before_kin(
    doc: BlindText, members: frozenset[str], jobs: frozenset[str]
) -> list[Candidate]:
    """간호사로 일하시는 어머니, 공무원이신 아버지, 식당을 운영하시는 부모님: job first."""
    out = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.form not in members or token.tag not in ("NNG", "NNP") or i < 2:
            continue
        first = kin_first(doc, i)  # 일하시는 막내이모: the modifier ends before 막내
        if first < 2 or tokens[first - 1].tag != "ETM":
            continue
        limit = doc.sentence_at(token.start)[0]
        start = None
        for k in range(first - 2, max(-1, first - 9), -1):
            candidate = tokens[k]
            if (
                candidate.start < limit
                or candidate.tag in ("SF", "SP")
                or candidate.form in members
            ):
                break
            works = candidate.form == "일" and tokens[k + 1].tag == "XSV"
            # 방앗간을 하시는 할아버지: a business as the object of 하+시, the relative's trade.
            works = works or _honoured_trade(tokens, k, first)
            # 같이 일한 형, 함께 근무한 언니: someone who worked with the writer (형 and 언니
            # also name older colleagues), not a relative's job.
            together = k > 0 and tokens[k - 1].form in ("같이", "함께")
            known = candidate.form in jobs or candidate.root in jobs
            # 성당에 다니시는 어머니: going to church or school is no job (the religion rule
            # has it).
            if candidate.form == "다니" and _attends_school(tokens, k):
                known = False
            known = known or _honoured_role(tokens, k, first)
            # 요양보호사인 어머니, 세무사인 아버지: Kiwi splits or misreads a job it does not
            # know (요양+보호사); a noun of a job's ending said with 이다 right before the
            # relative is the job.
            known = known or (
                k + 3 == first
                and candidate.tag in ("NNG", "NNP")
                and len(candidate.form) >= 2
                and candidate.form.endswith(_JOB_ENDINGS)
                and tokens[k + 1].tag == "VCP"
            )
            background = candidate.form in _BACKGROUND and candidate.tag == "NNG"
            if (works or known or background) and not together:
                start = candidate.start
                if k > 0 and tokens[k - 1].tag == "NNG" and tokens[k - 1].end == start:
                    start = tokens[k - 1].start  # 요양+보호사: the whole compound
        # 택배 분류장에서 함께 일한 형님: a clause of working together is a colleague's.
        clause = [t for t in tokens[max(0, first - 10) : first] if t.start >= (start or 0) - 8]
        if start is not None and not any(t.form in ("같이", "함께") for t in clause):
            out.append(Candidate(start, token.end, "family", "job_kin"))
    return out


# Looking after a relative: 돌보다, 간병하다, 모시다 (the root Kiwi gives, or the noun of 간병+하).
_CARE_ROOTS = frozenset({"돌보", "간병", "간호", "부양", "보살피", "모시", "뒷바라지", "병수발"})
# 모시고 오다/가다 is taking someone somewhere, not looking after them.
_ESCORT = frozenset({"오", "가", "다니", "나가", "들어가", "들어오"})
# Too wide to say whose family: 가족을 돌보는 일 is any carer's work.
_GENERIC_KIN = frozenset({"가족", "친척", "친척들"})


def kin_care(doc: BlindText, members: frozenset[str]) -> list[Candidate]:
    """A relative as the object of looking after: 외삼촌을 간병하며, 조카를 돌보고, 장모님을
    모시고 살며 — any kin word, not only those the listed patterns spell out."""
    out = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.form not in members or token.form in _GENERIC_KIN or token.tag != "NNG":
            continue
        ill = _ill_relative(doc, kin_first(doc, i))
        # 치매를 앓으시는 어머니를 모시고 온 민원인: the relative of someone the clause describes.
        nxt = tokens[i + 1 : i + 6]
        if ill is not None and not any(t.tag == "ETM" for t in nxt):
            out.append(Candidate(ill, token.end, "family", "kin_care"))
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].tag == "XSN":
            j += 1  # 장모+님
        if j + 1 >= len(tokens) or tokens[j].tag != "JKO":
            continue
        k = _verb_after(tokens, j + 1)
        if k is None:
            continue
        verb = tokens[k]
        if verb.root not in _CARE_ROOTS and verb.form not in _CARE_ROOTS:
            continue
        if verb.root == "모시" and _escorted(tokens[k + 1 : k + 6]):
            continue
        out.append(Candidate(tokens[kin_first(doc, i)].start, verb.end, "family", "kin_care"))
    return out


# An illness or a treatment (투석, 항암 치료, 치매): said of a relative it is the household's
# story — someone at home is ill and the writer looks after them.
_ILLNESS = frozenset(
    {
        *("투석", "치료", "항암", "수술", "재활", "투병", "치매", "암", "질환", "지병", "병"),
        *("요양", "입원", "뇌졸중", "중풍", "파킨슨", "당뇨", "장애", "휠체어", "산소", "약"),
    }
)
_ILL_VERBS = frozenset({"받", "앓", "겪", "하", "투병", "입원", "아프", "쓰", "타", "드시"})


def _ill_relative(doc: BlindText, first: int) -> int | None:
    """Start of an honoured clause of illness right before the kin word at `first` (투석을
    받으시는 아버지, 치매를 앓으시는 외할머니, 다리가 아프신 어머니), or None. The honorific
    시 makes the clause describe an elder of the writer's; 투석을 받는 환자 has no kin word."""
    tokens = doc.tokens
    if first < 3 or tokens[first - 1].tag != "ETM":
        return None
    limit = doc.sentence_at(tokens[first].start)[0]
    honoured = verb = False
    for k in range(first - 2, max(-1, first - 8), -1):
        t = tokens[k]
        if t.start < limit or t.tag in ("SF", "SP", "EC", "EF", "ETM"):
            return None
        if t.tag == "EP" and t.form in ("시", "으시"):
            honoured = True
        elif t.tag in ("VV", "VA", "XSV") and (t.form in _ILL_VERBS or t.root in _ILL_VERBS):
            verb = True
        elif t.tag == "NNG" and t.form in _ILLNESS:
            return t.start if honoured and verb else None
    return None


def _verb_after(tokens: Sequence[Morph], k: int) -> int | None:
    """Index of the first verb (or 간병 of 간병+하) from `k`, over a few adverbial tokens."""
    for i in range(k, min(k + 5, len(tokens))):
        token = tokens[i]
        if token.tag in ("VV", "VA") or token.tag == "NNG" and token.form in _CARE_ROOTS:
            return i
        if not between_object_and_verb(token):
            return None
    return None


def _escorted(rest: Sequence[Morph]) -> bool:
    """모시고 (병원에) 가다: the first verb after 모시고 is one of going or coming."""
    for token in rest:
        if token.tag in ("VV", "VX"):  # Kiwi reads 모시고 온 as an auxiliary 오
            return token.root in _ESCORT
        if token.tag in ("EF", "SF"):
            break
    return False


_MARRYING = re.compile(r"시집\s?(?:을\s?)?(?:가|간|갔|와|온|왔)")


# The mother's or father's side of the family, or a married person's in-laws.
_FAMILY_SIDES = {
    "외가": "family",
    "친가": "family",
    "외갓집": "family",
    "친갓집": "family",
    "외가댁": "family",
    "친가댁": "family",
    "시댁": "marital",
    "시집": "marital",
    "처가": "marital",
    "처갓집": "marital",
    "친정": "marital",
}


def family_sides(doc: BlindText) -> list[Candidate]:
    """외가에서 자랐습니다, 친가 식구들과, 시댁 일을 도우며: a side of the writer's family (or
    in-laws, which say the writer is married); 외할아버지 댁에서, 할머니 집에서: a relative's
    home. Kiwi may glue 외가+댁 or split 외갓+집."""
    out = []
    members = doc.words("blind_cues", "family_member")
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.form not in members and token.form not in _FAMILY_SIDES:
            continue
        home = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            token.form in members
            and token.form not in _GENERIC_KIN
            and home is not None
            and home.form in ("댁", "집")
            and home.tag == "NNG"
            and home.start - token.end <= 1
        ):
            out.append(Candidate(token.start, home.end, "family", "kin_home"))
            continue
        category = _FAMILY_SIDES.get(token.form)
        if category is None or token.tag not in ("NNG", "NNP"):
            continue
        # 시집을 가다 is marrying; 시집 alone may be a poetry book (시집을 읽고).
        if token.form == "시집" and not _MARRYING.match(doc.text, token.start):
            continue
        end = token.end
        if doc.text.startswith("댁", end) or doc.text.startswith("집", end):
            end += 1
        out.append(Candidate(token.start, end, category, "family_side"))
    return out


def in_laws(doc: BlindText) -> list[Candidate]:
    """시매부, 처삼촌, 시할머니 (one token, or Kiwi's 시/NNG + 매부/NNG): the spouse's family
    says the writer is married."""
    bases = kin_words(doc.lexicon)
    out = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if not token.tag.startswith("NN"):
            continue
        if in_law(token.form, bases):
            out.append(Candidate(token.start, token.end, "marital", "in_law"))
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            token.form in IN_LAW_PREFIXES
            and nxt is not None
            and nxt.start == token.end
            and nxt.tag.startswith("NN")
            and (i == 0 or tokens[i - 1].end < token.start)
            and in_law(token.form + nxt.form, bases)
        ):
            out.append(Candidate(token.start, nxt.end, "marital", "in_law"))
    return out
