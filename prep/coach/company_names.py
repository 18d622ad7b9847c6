"""Wrong company: other companies' names left in a draft, and drafts reused without adapting.

Candidates write one answer and paste it into several applications; a leftover "한국전력공사의
일원이 되어" in an application to another institution is an instant rejection.

A mention of another catalogue company is
  * skipped when the sentence presents it as past work (…에서 인턴으로 근무, 전 직장): a
    previous employer may be named;
  * a "wrong_company" warning when the sentence aspires to it (입사, 지원, 일원, …하겠습니다,
    핵심가치) — the leftover-name case;
  * otherwise a milder "mention" to check.
Short aliases are where false alarms come from, so an alias needs at least two characters, is
never a generic word (공단, 공사, 재단…), and must be a whole word by Kiwi's morphemes: 한전 in
"한전의" counts, in "한전KPS" it does not.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from prep.coach import morph
from prep.coach.copying import containment
from prep.coach.findings import Finding, Span, josa, make_finding, overlaps
from prep.coach.fit import CompanyProfile, match_profile

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
_ASPIRATION = re.compile(
    r"입사|지원(?:하게|한|했|하는|동기|하였)|일원|기여하|이바지|하겠습니다|싶습니다|"
    r"핵심\s?가치|인재상|비전|미션|가\s?되겠"
)
_PARTICLE_TAGS = ("J", "E", "VCP", "XSN", "SF", "SP", "SS", "SE", "SO", "SW")


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


def find_mentions(text: str, companies: Sequence[Company]) -> list[Mention]:
    """Whole-word mentions of any of `companies`, longest name first at each position."""
    names = sorted(
        ((name, company) for company in companies for name in usable_names(company)),
        key=lambda nc: len(nc[0]),
        reverse=True,
    )
    if not names or not text:
        return []
    tokens = morph.tokens(text)
    sentences = morph.sentence_spans(text)
    taken: list[Span] = []
    mentions = []
    lowered = text.lower()
    for name, company in names:
        for match in re.finditer(re.escape(name.lower()), lowered):
            span = match.span()
            if any(overlaps(span, t) for t in taken) or not _whole_word(text, tokens, *span):
                continue
            taken.append(span)
            sentence = next((text[s:e] for s, e in sentences if s <= span[0] < e), text)
            if _EXPERIENCE.search(sentence):
                context = "experience"
            elif _ASPIRATION.search(sentence):
                context = "aspiration"
            else:
                context = "plain"
            mentions.append(Mention(company, span[0], span[1], context))
    return sorted(mentions, key=lambda m: m.start)


def find_other_companies(text: str, *, target: Company, others: Sequence[Company]) -> list[Finding]:
    """Mentions of catalogue companies other than `target` (its own names are never flagged)."""
    candidates = [c for c in others if not c.same_as(target)]
    mentions = find_mentions(text, [target, *candidates])
    target_named = any(m.company.same_as(target) for m in mentions)
    findings = []
    for mention in mentions:
        if mention.company.same_as(target) or mention.context == "experience":
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
