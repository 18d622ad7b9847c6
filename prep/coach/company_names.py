"""Wrong company: other companies' names left in a draft, and drafts reused without adapting.

Candidates write one answer and paste it into several applications; a leftover "한국전력공사의
일원이 되어" in an application to another institution is an instant rejection.

A mention of another catalogue company is
  * skipped when the sentence presents it as past work (…에서 인턴으로 근무, 전 직장): a
    previous employer may be named;
  * a "wrong_company" warning when the sentence aspires to it (입사, 지원, 일원, …하겠습니다,
    핵심가치) — the leftover-name case;
  * skipped when it names a partner (…와 협력하여, 유관기관과 연계) or a source (…의 통계에 따르면,
    …가 주최한 공모전): an 입사 후 포부 may name partners;
  * otherwise a milder "mention" to check — for catalogue companies only; the gazetteer of public
    institutions and large employers (data/institutions.json, list "institutions") adds every other
    institution, flagged only where it is named as the target.
An honorific of another kind of institution (귀 공단 in a letter to a 원) is a wrong target too.
Short aliases are where false alarms come from, so an alias needs at least two characters, is
never a generic word (공단, 공사, 재단…), and must be a whole word by Kiwi's morphemes: 한전 in
"한전의" counts, in "한전KPS" it does not.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from prep.coach import morph
from prep.coach.copying import containment
from prep.coach.findings import Finding, Span, josa, make_finding
from prep.coach.fit import CompanyProfile, match_profile
from prep.coach.institution_shapes import unlisted_names

MIN_ALIAS_CHARS = 2
# Share of a draft's 6-grams found in a draft for another company above which it counts as a
# copy of that draft (half the text is the same sentences).
REUSE_MIN_CONTAINMENT = 0.5

GENERIC_NAMES = frozenset(
    {
        *("공단", "공사", "재단", "정보원", "진흥원", "연구원", "개발원", "평가원", "은행"),
        *("기관", "회사", "본부", "센터", "협회", "위원회", "공기업", "공공기관", "기업"),
        *("원", "청", "처", "부", "국", "그룹", "우리", "당사", "귀사", "본사", "지사"),
    }
)

_EXPERIENCE = re.compile(
    r"(?:에서|에)\s?(?:인턴|근무|재직|일하|일했|근무하|아르바이트|실습|체험|현장실습|계약직)|"
    r"인턴(?:으로|십|\s?근무)|(?:근무|재직|인턴)\s?(?:당시|시절|중|기간)|전\s?직장|이전\s?직장|"
    r"퇴사|경력"
)
# What was learnt or built at X (X에서 배운 방식, X에서 쌓은 경험): past work, whatever tense the
# rest of the sentence has (…을 바탕으로 기여하겠습니다).
_LEARNT_THERE = re.compile(
    r"^\s?에서\s?(?:배운|배웠던|익힌|쌓은|얻은|경험한|일한|일했던|맡았던|근무한)"
)
# How far from a name a cue of past work there may stand (characters before and after it).
_EXPERIENCE_BEFORE = 15
_EXPERIENCE_AFTER = 30
_ASPIRATION = re.compile(
    r"입사|지원(?:하게|한|했|하는|\s?동기|하였)|일원|기여하|이바지|"
    r"핵심\s?가치|인재상|비전|미션|가\s?되겠|신입|사원|직원(?:으로|이\s?되)|구성원|(?<!채)택한|"
    # X가 지향하는 물 복지, X가 추구하는 가치: the writer lines up with X's aims.
    r"(?:이|가|은|는)\s?(?:지향|추구)하는|보태(?:겠|고\s?싶)|"
    # X 가족이 된다면, X의 식구가 되어: joining X, said as joining a family.
    r"(?:가족|식구)(?:이|가)\s?(?:되|된다면|될)|"
    # X의 안전 최우선 문화에 깊이 공감합니다: at one with X's culture or values.
    r"(?:문화|가치|철학|정신|비전|목표|경영\s?방침|방향)(?:에|에도)\s?(?:깊이\s?|크게\s?|깊은\s?)?"
    r"(?:공감|매료|감명|감동)|"
    # X의 데이터를 더 빠르게 쓰도록 돕는 것이 제 목표입니다: the writer's own goal or dream is
    # set in terms of X, as the place they will work for.
    r"(?:제|저의|나의)\s?(?:목표|꿈)(?:입니다|이다|이며|이고|였|은|는)"
)
# With only a future ending in the sentence (…하겠습니다), a name is the target when it is where
# the writer will work or what they will serve (X에서, X이 추진하는, X의 역량을, X를 위해), not
# a source or model named on the way (X 건강검진 데이터와 연계, X의 사례를 참고, X를 벤치마킹).
_FUTURE_TARGET = re.compile(r"^\s?(?:에서|에게|에|이|가|은|는|께서|의|을|를)(?![가-힣])")
# …의 데이터 품질 관리 업무에, …의 고용 데이터 분석 조직에서: X's own work or unit a few
# words on, where the writer will work, not a source they quote.
_OWN_UNIT_AHEAD = (
    r"(?!(?:\s?[가-힣A-Za-z]+){0,3}?\s?(?:역량|능력|사업|업무|직무|부서|팀|조직|인프라|기반|체계)"
    r"(?:에|에서|을|를|의|으로|\s))"
)
_REFERENCE_AFTER = re.compile(
    r"^\s?(?:의|을|를)\s?(?:[가-힣]+\s)?(?:사례|자료|데이터|통계|제도|방식|정책|모델|보고서|연구(?!원|직|자))"
    + _OWN_UNIT_AHEAD
    + r"|^\s?(?:을|를)\s?[^.!?\n]{0,15}?(?:참고|벤치마킹|참조|본받|비교|분석)"
)
_PUT_TO_USE = re.compile(r"반영|활용|참고|참조|적용|토대로|바탕으로|인용|살려|연계")
_PARTICLE_TAGS = ("J", "E", "VCP", "XSN", "SF", "SP", "SS", "SE", "SO", "SW")
_PAST = re.compile(r"했|하였|였|았|었|던|당시|시절|전\s?직장|이전\s?직장|인턴으로|퇴사")
_FUTURE = re.compile(r"겠|싶|고자|려고|할\s?것|된다면|한다면")
# A partner or a source named in the sentence: 협력하여, 연계해, 함께 진행한, 자료에 따르면, 주최한.
_PARTNER_AFTER = re.compile(
    r"^\s?(?:와|과|및|,|·|등|이나|하고|와의|과의)\s?[^.!?\n]{0,40}?"
    r"(?:협력|협업|연계|함께|공동|합동|파트너|손잡|유관\s?기관|지자체|기관들)"
)
_JOINED_BEFORE = re.compile(r"[가-힣A-Za-z](?:과|와|및|,|·)\s?$")
_TOGETHER_AFTER = re.compile(
    r"^\s?(?:이|가|은|는|도)?\s?[^.!?\n]{0,10}?(?:함께|공동|협력|연계|합동|손잡)"
)
_SOURCE = re.compile(
    r"^\s?(?:의|이|가|에서)?\s?(?:공개\s?)?(?:통계|자료|보고서|조사|발표|공고|누리집|홈페이지|데이터)"
    # X의 데이터 분석 역량을 키우는 데: X's own capacity, not a source the writer quotes.
    # X의 데이터 품질 관리 업무에, X의 데이터 플랫폼 조직에서: X's own work, a few words on.
    + _OWN_UNIT_AHEAD
    + r"|^\s?(?:이|가)\s?(?:주최|주관|개최|발표|공개|운영하는\s?(?:공모전|대회|교육|캠프))"
    # X이 내놓는 정책 연구, X가 펴낸 보고서: what X publishes is a source the writer uses.
    r"|^\s?(?:이|가|에서)\s?(?:내놓|내놨|내어\s?놓|펴내|펴낸|발간|배포|공표)"
)


@dataclass(frozen=True)
class Company:
    name: str
    aliases: tuple[str, ...] = ()
    id: Hashable | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def same_as(self, other: Company) -> bool:
        if self.id is not None and other.id is not None:
            return self.id == other.id
        return self.name == other.name


@dataclass(frozen=True)
class OwnDraft:
    """One of the candidate's other drafts, for the reuse check."""

    id: Hashable
    company: Company
    text: str


@dataclass(frozen=True)
class Mention:
    company: Company
    start: int
    end: int
    context: str  # "aspiration", "experience" or "plain"


def usable_names(company: Company) -> list[str]:
    """Names and aliases long and specific enough to search for."""
    return [
        n.strip()
        for n in company.names
        if len(n.strip()) >= MIN_ALIAS_CHARS and n.strip() not in GENERIC_NAMES
    ]


def _whole_word(text: str, tokens: tuple[morph.Morph, ...], start: int, end: int) -> bool:
    if start > 0 and text[start - 1].isalnum() and start not in {t.start for t in tokens}:
        return False
    if end >= len(text) or not text[end].isalnum():
        return True
    after = [t for t in tokens if t.start >= end]
    if not after or after[0].start != end:
        return False  # the name ends inside a morpheme: 한전 in 한전KPS
    return after[0].tag.startswith(_PARTICLE_TAGS)


def _context(text: str, sentence: str, span: Span, sentence_start: int = 0) -> str:
    after = text[span[1] : span[1] + 60]
    # Past work there: the cue is next to the name (X에서 인턴으로 근무, 전 직장인 X), not in
    # another clause (산림 현장에서 일하며 …, 그래서 X에 지원했습니다). "…에서 일하며
    # 기여하겠습니다" is a plan, not past work: experience needs a past tense.
    near = text[max(sentence_start, span[0] - _EXPERIENCE_BEFORE) : span[1] + _EXPERIENCE_AFTER]
    if _EXPERIENCE.search(near) and (_PAST.search(sentence) or not _FUTURE.search(sentence)):
        return "experience"
    if _LEARNT_THERE.match(after):
        return "experience"
    if _PARTNER_AFTER.search(after) or _SOURCE.search(after):
        return "partner"
    # 정보원과 국민건강보험공단이 함께 추진하는: the second of two names joined by 과/와, doing
    # something together, is a partner.
    if _JOINED_BEFORE.search(text[max(0, span[0] - 3) : span[0]]) and _TOGETHER_AFTER.match(after):
        return "partner"
    # 입사 후 X의 연구 결과를 반영하겠습니다: X's research or data put to use is a source,
    # whatever the sentence aspires to.
    if _REFERENCE_AFTER.match(after) and _PUT_TO_USE.search(after[:40]):
        return "partner"
    if _ASPIRATION.search(sentence):
        return "aspiration"
    if (
        _FUTURE.search(sentence)
        and _FUTURE_TARGET.match(after)
        and not _REFERENCE_AFTER.match(after)
    ):
        return "aspiration"
    return "plain"


@dataclass(frozen=True)
class _NameIndex:
    """Lowercased names by their first two characters (one-character names by that one),
    longest first: a candidate position costs a dict lookup instead of a regex alternation of
    hundreds of names (half a millisecond per search over a draft). `starts` finds the
    candidate positions, those where some name's first two characters (or a one-character
    name) begin, in one scan in C rather than a Python step per character."""

    by_prefix: dict[str, tuple[str, ...]]
    company: dict[str, Company]
    starts: re.Pattern

    def longest_at(self, lowered: str, position: int) -> str | None:
        """The longest name starting at `position`, if any."""
        for name in self.by_prefix.get(lowered[position : position + 2], ()):
            if lowered.startswith(name, position):
                return name
        single = self.by_prefix.get(lowered[position])
        return single[0] if single else None


@lru_cache(maxsize=16)
def _searchable(companies: tuple[Company, ...]) -> _NameIndex | None:
    """Every usable name, longest first, and the company of each name.

    Cached per tuple of companies: the gazetteer is the same few hundred entries on every
    analysis, so the names are sorted and indexed once.
    """
    names = sorted(
        ((name, company) for company in companies for name in usable_names(company)),
        key=lambda nc: len(nc[0]),
        reverse=True,
    )
    by_name: dict[str, Company] = {}
    for name, company in names:
        if name:
            by_name.setdefault(name.lower(), company)
    if not by_name:
        return None
    by_prefix: dict[str, list[str]] = {}
    for name in by_name:  # longest first already
        by_prefix.setdefault(name[:2], []).append(name)
    # Grouped by first character so the pattern's first-character set lets the scan skip
    # every other position; a zero-width lookahead reports overlapping starts too.
    seconds: dict[str, set[str]] = {}
    for prefix in by_prefix:
        seconds.setdefault(prefix[0], set()).add(prefix[1:])
    branches = []
    for first, rest in seconds.items():
        if "" in rest:  # a one-character name: every occurrence of that character
            branches.append(re.escape(first))
        else:
            tails = "|".join(re.escape(t) for t in sorted(rest))
            branches.append(f"{re.escape(first)}(?:{tails})")
    starts = re.compile(f"(?=(?:{'|'.join(branches)}))", re.DOTALL)
    return _NameIndex({k: tuple(v) for k, v in by_prefix.items()}, by_name, starts)


def find_mentions(text: str, companies: Sequence[Company]) -> list[Mention]:
    """Whole-word mentions of any of `companies`, longest name first at each position."""
    index = _searchable(tuple(companies))
    if index is None or not text:
        return []
    lowered = text.lower()
    if len(lowered) != len(text):
        return []
    mentions = []
    tokens: tuple | None = None
    sentences: list = []
    # The longest name at each position; a name that is not a whole word there (한전 in
    # 한전KPS) gives way to the next position.
    position = 0
    for candidate in index.starts.finditer(lowered):
        start = candidate.start()
        if start < position:  # inside the name found before
            continue
        name = index.longest_at(lowered, start)
        if name is None:
            continue
        span = (start, start + len(name))
        if tokens is None:
            tokens, sentences = morph.tokens(text), morph.sentence_spans(text)
        if not _whole_word(text, tokens, *span):
            continue
        position = span[1]
        at = next((i for i, (s, e) in enumerate(sentences) if s <= span[0] < e), None)
        sentence = text[slice(*sentences[at])] if at is not None else text
        context = _context(text, sentence, span, sentences[at][0] if at is not None else 0)
        if context == "plain" and at is not None and at + 1 < len(sentences):
            opens = span[0] == sentences[at][0] and bool(_OWN_WORK_AFTER.match(text, span[1]))
            context = _pointed_back_to(text[slice(*sentences[at + 1])], opens) or context
        mentions.append(Mention(index.company[name], span[0], span[1], context))
    return mentions


# "X의 측정망 운영에 깊은 인상을 받았습니다. 그래서 이곳에서 일하고자 지원했습니다": the
# sentence after a name points back to it as the place the writer applies to.
_BACK_TO_PLACE = re.compile(
    r"(?<![가-힣])(?:이|그)\s?곳(?!저)|(?<![가-힣])이\s?(?:기관|공단|회사)(?=[^가-힣]|에|의|은|을|이|과|와|만|도)"
)


# "X의 스마트 물관리 사업을 보며 …. 입사 후에는 …": a sentence that opens on X's own work,
# followed by one about joining, is about the place the writer is joining.
_JOINING_OPENS = re.compile(
    r"(?:^|[,\s])(?:입사\s?(?:후|하면|한다면|하게\s?된다면|하여|해서)|합격한다면)"
)
# X의 …, X가 추진하는 …, X이 쌓아 온 …: a sentence opening on X's own work.
_OWN_WORK_AFTER = re.compile(
    r"의|(?:이|가|에서)\s?(?:추진|운영|펼치|펼쳐|진행|시행|수행|벌이|벌여|제공|쌓아|만들어\s?온|"
    r"하는\s|해\s?온|맡고\s?있는|이끄는|이끌어\s?온)"
)


def _pointed_back_to(next_sentence: str, opens_on_name: bool = False) -> str | None:
    if _BACK_TO_PLACE.search(next_sentence) and _ASPIRATION.search(next_sentence):
        return "aspiration"
    if opens_on_name and _JOINING_OPENS.search(next_sentence):
        return "aspiration"
    return None


@lru_cache(maxsize=16)
def _gazetteer_for(
    target: Company, catalogue: tuple[Company, ...], known: tuple[Company, ...]
) -> tuple[Company, ...]:
    """The gazetteer without the target and without names the catalogue already has."""
    listed = {n.strip().lower() for c in catalogue for n in c.names}
    return tuple(
        c
        for c in known
        if not _is_target(c, target) and not ({n.strip().lower() for n in c.names} & listed)
    )


def _is_target(company: Company, target: Company) -> bool:
    if company.same_as(target):
        return True
    own = {n.strip().lower() for n in target.names}
    return bool(own & {n.strip().lower() for n in company.names})


def find_other_companies(
    text: str,
    *,
    target: Company,
    others: Sequence[Company],
    known: tuple[Company, ...] = (),
) -> list[Finding]:
    """Other companies named in `text`; the target's own names are never flagged.

    `others` (the catalogue) are reported when named as the target and, more mildly, when just
    mentioned; `known` (the gazetteer) only when named as the target.
    """
    catalogue = tuple(c for c in others if not _is_target(c, target))
    gazetteer = _gazetteer_for(target, catalogue, known)
    known_names = {n.strip() for c in (target, *catalogue, *gazetteer) for n in c.names}
    unlisted = tuple(
        Company(name, (), f"unlisted:{name}")
        for name in unlisted_names(text, known_names)
        if name not in GENERIC_NAMES
    )
    mentions = find_mentions(text, (target, *catalogue, *gazetteer, *unlisted))
    target_named = any(m.company.same_as(target) for m in mentions)
    in_catalogue = {id(c) for c in catalogue}
    findings = []
    for mention in mentions:
        if mention.company.same_as(target) or mention.context in ("experience", "partner"):
            continue
        if mention.context == "plain" and id(mention.company) not in in_catalogue:
            continue
        name = text[mention.start : mention.end]
        strong = mention.context == "aspiration"
        findings.append(
            make_finding(
                check="company",
                code="other_company",
                text=text,
                span=(mention.start, mention.end),
                category="wrong_company" if strong else "mention",
                message=(
                    f"지원하는 곳은 {target.name}인데 다른 회사 이름 {josa(f'‘{name}’', '이/가')} "
                    "있습니다."
                    if strong
                    else f"다른 회사 이름 {josa(f'‘{name}’', '이/가')} 나옵니다. 의도한 것인지 "
                    "확인하세요."
                ),
                why=(
                    "다른 회사에 쓴 글을 옮기며 남은 이름은 서류 탈락으로 바로 이어집니다."
                    + ("" if target_named else f" 이 글에는 {target.name} 이름이 한 번도 없습니다.")
                ),
                fix=f"{josa(target.name, '으로/로')} 바꾸세요. 비교하려고 쓴 것이라면 "
                "그대로 두어도 됩니다.",
                extra={"company": mention.company.name, "company_id": mention.company.id},
            )
        )
    return findings


def _values_touched(text: str, profile: CompanyProfile) -> set[str]:
    report = match_profile(text, profile)
    return {m.term.id for m in report.touched(("value", "trait"))}


def reused_text(
    draft: str,
    *,
    target: Company,
    other_drafts: Sequence[OwnDraft],
    profile: CompanyProfile | None = None,
    threshold: float = REUSE_MIN_CONTAINMENT,
) -> list[Finding]:
    """A draft largely copied from the candidate's draft for another company and not adapted.

    Adapted means the draft names the target company, or (given its `profile`) touches one of
    the target's values or 인재상 that the other draft does not: a value the shared text touches
    anyway ("국민" appears in both) is no sign of adapting.
    """
    if find_mentions(draft, [target]):
        return []
    touched_here: set[str] | None = None
    findings = []
    for other in other_drafts:
        if other.company.same_as(target) or not other.text.strip():
            continue
        share = containment(draft, other.text)
        if share < threshold:
            continue
        if profile is not None:
            if touched_here is None:
                touched_here = _values_touched(draft, profile)
            if touched_here - _values_touched(other.text, profile):
                continue
        findings.append(
            make_finding(
                check="company",
                code="not_adapted",
                text=draft,
                span=None,
                category="reuse",
                message=f"{other.company.name}에 쓴 글과 {share:.0%}가 같고, {target.name}에 "
                "맞춘 흔적이 없습니다.",
                why="같은 글을 여러 곳에 내면 회사 이름과 가치가 빠져 어느 회사에 낸 글인지 "
                "드러나지 않습니다. 평가자는 바로 알아봅니다.",
                fix=f"{target.name}의 사업·핵심가치와 경험을 잇는 문장을 넣고, 지원 동기를 이 "
                "회사에 맞게 다시 쓰세요.",
                extra={
                    "draft_id": other.id,
                    "company": other.company.name,
                    "containment": round(share, 3),
                },
            )
        )
    return findings
