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
  2. a listed regular expression (blind_patterns: age, marital status, appearance, gender,
     religion);
  3. a morpheme rule (unlisted school names that Kiwi tags as proper nouns,
     family member + job, place + 출신, "저는 ○○○입니다").

The rules live by idea in blind_schools, blind_family and blind_person; this module runs them,
drops what attribution gives to someone else in the story, and words the findings.
"""

from __future__ import annotations

import re
from dataclasses import replace

from prep.coach.blind_age import age_forms
from prep.coach.blind_clause_owner import owned_by_clause_head, technical_body_word
from prep.coach.blind_family import family_jobs, family_sides, in_laws, kin_care
from prep.coach.blind_kin_health import owned_illness, recast_for_kin
from prep.coach.blind_kin_status import kin_status, origin_said_once
from prep.coach.blind_looks import looks_described
from prep.coach.blind_names import quoted_names
from prep.coach.blind_person import (
    childhood_place,
    family_home,
    holiday_home,
    hometown,
    listed_patterns,
    own_name,
    seen_growing_up,
    unnamed_birthplace,
)
from prep.coach.blind_relatives import relatives_described
from prep.coach.blind_school_groups import named_dorms, named_school_groups
from prep.coach.blind_schools import (
    listed_terms,
    short_campuses,
    surface_schools,
    unlisted_school_names,
)
from prep.coach.blind_service import gender_roles, military_units
from prep.coach.blind_shapes20 import new_writer_shapes
from prep.coach.blind_shapes20b import idiom_shapes
from prep.coach.blind_text import BlindText, Candidate
from prep.coach.findings import Leak, make_finding
from prep.coach.lexicon import Lexicon, get_lexicon

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
    "religion",
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
    "religion": (
        "종교가 드러납니다.",
        "종교는 직무와 무관하고 차별이 금지된 정보라 블라인드 채용에서 밝히지 않습니다. 교회·"
        "성당·절에서 맡은 일도 종교를 짐작하게 합니다.",
        "단체 이름 대신 ‘지역 청년 모임’, ‘봉사 단체’처럼 쓰고, 맡은 일과 결과는 그대로 남기세요.",
    ),
}


# A campus area inside a school's own name (관악 in 관악사 기숙사) is the same fact.
_SAME_FACT = {"school_area": "school"}


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a candidate inside a longer one of the same category; keep the earliest rule."""
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
        if any(
            k.category in (cand.category, _SAME_FACT.get(cand.category))
            and k.start <= cand.start
            and cand.end <= k.end
            for k in kept
        ):
            continue
        kept.append(cand)
    return kept


_SPOUSES = frozenset({"남편", "아내", "와이프", "배우자", "신랑", "신부"})


def _inside_family(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """시어머니를 모시고 살면서: an in-law inside a family finding is one phrase, said once (as
    family: the finding about the relative already asks to leave the household out). The
    spouse is the marriage itself and keeps its own finding (남편의 직장을 따라)."""
    families = [c for c in candidates if c.category == "family"]
    return [
        c
        for c in candidates
        if c.category != "marital"
        or text[c.start : c.end] in _SPOUSES
        or not any(f.start <= c.start and c.end <= f.end for f in families)
    ]


_JOIN_GAP = re.compile(r"\s?[^.!?,\s]{1,6}\s?")
# 독실한 불자로서 매일 아침 108배를 하며: one writer has one faith, so two religion cues in one
# clause (no comma or sentence end between) are the same fact.
_CLAUSE_BREAKS = re.compile(r"[.!?,\n]")


def _one_clause_apart(text: str, end: int, start: int) -> bool:
    """A short gap with no clause break; two cues side by side (주일마다 교회에서) stay two
    phrases, so the gap must hold a word."""
    gap = text[end:start]
    return 0 < len(gap) <= 24 and bool(gap.strip()) and not _CLAUSE_BREAKS.search(gap)


def _joined(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """One finding per phrase: two leaks of one kind overlapping or a few characters apart in
    one clause (스물아홉이라는 늦은 나이에, 두 살 아들을 어린이집에 맡기고) are one fact said
    twice, so they become one span."""
    out: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: c.start):
        last = out[-1] if out else None
        if (
            last is not None
            and last.category == cand.category
            and (
                cand.start < last.end
                or _JOIN_GAP.fullmatch(text, last.end, cand.start)
                or (cand.category == "religion" and _one_clause_apart(text, last.end, cand.start))
            )
        ):
            out[-1] = replace(last, end=max(last.end, cand.end))
            continue
        out.append(cand)
    return out


# 나이와 상관없이, 체격과 무관한, 성별을 가리지 않고: a fact said not to matter is no one's fact.
_INDIFFERENT = re.compile(
    r"\s?(?:과|와|에|을|를|이나|나|도)?\s?(?:상관\s?없|관계\s?없|무관|불문|구분\s?없|가리지\s?않|따지지\s?않)"
)
# 군 복무 크레딧 제도, 육아휴직 제도, 다자녀 가구 혜택: a mention that names a rule or benefit
# (explained to clients) is about the rule, not about the writer. School and place names are left
# out: 서울대 장학 제도 still names the writer's school.
_POLICY_NOUNS = frozenset({"제도", "정책", "크레딧", "가산점", "혜택", "지원금", "수당", "규정"})
_POLICY_CATEGORIES = frozenset({"age", "marital", "family", "name_gender"})


def _names_a_policy(doc: BlindText, cand: Candidate) -> bool:
    if cand.category not in _POLICY_CATEGORIES:
        return False
    # Only a mention that ends in a noun can be the first half of a compound (군 복무 | 기간
    # 크레딧 제도); 아버지께서 공단에 근무하셔서 | 사회보장 제도를 ends a clause.
    last = [t for t in doc.tokens if t.end == cand.end]
    if not last or not last[-1].tag.startswith("NN"):
        return False
    for token in doc.following(cand.end, 4):
        if token.start > cand.end + 12:
            return False
        if token.form in _POLICY_NOUNS:
            return True
        if token.tag not in ("NNG", "NNP", "NNB", "SN"):
            return False
    return False


_HONOURED_SUBJECT = re.compile(r"님?께서")


def _opens_sentence(doc: BlindText, start: int) -> bool:
    """어머니가 베트남 분이셔서 … (or 저희 어머니가 …): a relative who opens the sentence, with
    no one else's name before, is the writer's own."""
    lo = doc.sentence_at(start)[0]
    before = doc.text[lo:start].strip()
    return before in ("", "저희", "제", "우리", "저의")


def _said_not_to_matter(text: str, cand: Candidate) -> bool:
    return cand.category != "email" and bool(_INDIFFERENT.match(text, cand.end))


def find_leaks(text: str, *, lexicon: Lexicon | None = None) -> list[Leak]:
    """Blind-hiring leaks in `text`, in text order, with offsets into `text`."""
    if not text.strip():
        return []
    doc = BlindText(text, lexicon or get_lexicon())
    candidates = (
        listed_terms(doc)
        + listed_patterns(doc)
        + age_forms(doc)
        + gender_roles(doc)
        + military_units(doc)
        + unlisted_school_names(doc)
        + surface_schools(doc)
        + short_campuses(doc)
        + family_jobs(doc)
        + kin_care(doc, doc.words("blind_cues", "family_member"))
        + family_sides(doc)
        + in_laws(doc)
        + relatives_described(doc)
        + hometown(doc)
        + unnamed_birthplace(doc)
        + family_home(doc)
        + childhood_place(doc)
        + seen_growing_up(doc)
        + holiday_home(doc)
        + own_name(doc)
        + owned_illness(doc)
        + quoted_names(doc)
        + looks_described(doc)
        + named_school_groups(doc)
        + named_dorms(doc)
        + kin_status(doc)
        + new_writer_shapes(doc)
        + idiom_shapes(doc)
    )
    kept = []
    for cand in origin_said_once(recast_for_kin(doc, candidates)):
        if _said_not_to_matter(text, cand) or _names_a_policy(doc, cand):
            continue
        # 어르신들은 저를 '준호 총각'이라고 부르셨습니다: the rule found the writer as the one
        # called, whoever the sentence's subject is.
        # 저희 집도 수급 가정이었기에: the rule read the household as the writer's own (the
        # 가정 after it is not a household the writer visits).
        if cand.rule in ("called_name", "welfare") or (
            cand.rule == "kin_origin" and _opens_sentence(doc, cand.start)
        ):
            kept.append(cand)
            continue
        # 토끼띠 동갑내기인 조장님: an age the writer shares is the writer's, whoever else it
        # describes.
        shared = cand.category == "age" and doc.same_age_as_writer(cand.start, cand.end)
        # A fact about a client, a colleague or a child in the story is not the writer's.
        # (A mail address is kept whoever's it seems; a phone number read out by a client, 민원인이
        # 불러 주신 번호, is theirs.)
        if (
            not shared
            and (cand.category != "email" or cand.rule == "phone")
            and doc.about_someone_else(cand.start, cand.end)
        ):
            continue
        # 아버지가 어부이신 내담 청소년, 키가 작아 손이 닿지 않는 아이들: the modifier clause
        # ends on the person whose fact it is; 체중 부하 is a term, not anyone's weight.
        if (
            cand.category != "email"
            and not shared
            and (owned_by_clause_head(doc, cand) or technical_body_word(doc, cand))
        ):
            continue
        # 저는 서른 살 청년을 상담했습니다: the age of the person acted on, not the writer's
        # (a school before 선배를 still says the writer's school, so only ages).
        if cand.category == "age" and not shared and doc.describes_object(cand.end):
            continue
        # 스물두 살에 아이를 낳고 혼자 키운다는 어머니를: an age or a marriage inside the clause
        # that describes a relative is that relative's (their job or care is a family leak, kept).
        if cand.category in ("age", "marital") and doc.describes_relative(cand.end):
            continue
        # 아버지의 군 복무 기록: someone else's service says nothing of the writer's gender.
        if cand.category == "name_gender" and (
            doc.owned_by_person(cand.start) or doc.served_by_relative(cand.start)
        ):
            continue
        # 할머니의 새벽 기도: a practice owned by someone named before it is theirs.
        if cand.rule == "practice" and doc.owned_by_person(cand.start):
            continue
        if doc.relative_served(cand.end):
            continue
        # 한 아이의 아버지께서 교대 근무를 하셔서: a writer never honours themself, so a mention
        # that is the honoured subject (…께서) is someone else; the writer's own relative so
        # honoured (저희 아버지께서) is a family fact and stays.
        if cand.category != "family" and _HONOURED_SUBJECT.match(text, cand.end):
            continue
        kept.append(cand)
    leaks = []
    for cand in _joined(text, _dedupe(_inside_family(text, kept))):
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
