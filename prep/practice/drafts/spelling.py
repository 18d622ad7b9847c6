"""The 맞춤법 section of the coaching panel: the Django side of `prep.coach.spelling`.

It gathers what must never be flagged (every company's name and aliases, the draft company's
values, 인재상, segments and news titles, competency and NCS names, the admins' coach terms),
drops the candidate's own dismissals, and applies suggestions to a draft's text.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache

from prep.catalog.models import CoachTerm, Company, Competency
from prep.coach.spelling import SpellingFinding, apply, check_spelling, without_protected
from prep.practice.drafts.autosave import save_cleaned_text
from prep.practice.drafts.models import Draft

APPLY_ALL = "__all__"


# Catalogue and admin edits reach the check within this many seconds; the panel refreshes after
# every autosave, and reading seven tables each time would double its queries.
PROTECTED_TTL = 60


def protected_terms(company: Company | None) -> frozenset[str]:
    """Names and terms that are right as written, for a draft about `company` (or none)."""
    shared = cache.get_or_set("spelling:protected:shared", _shared_terms, PROTECTED_TTL)
    if company is None:
        return shared
    own = cache.get_or_set(
        f"spelling:protected:company:{company.pk}", lambda: _company_terms(company), PROTECTED_TTL
    )
    return shared | own


def _shared_terms() -> frozenset[str]:
    terms: set[str] = set()
    for name, aliases in Company.objects.curated().values_list("name", "aliases"):
        terms.add(name)
        terms.update(a.strip() for a in aliases.splitlines())
    terms.update(Competency.objects.values_list("name", flat=True))
    terms.update(
        CoachTerm.objects.filter(active=True, is_pattern=False).values_list("term", flat=True)
    )
    return _clean(terms)


def _company_terms(company: Company) -> frozenset[str]:
    terms: set[str] = set()
    terms.update(company.core_values.values_list("name", flat=True))
    terms.update(company.talent_traits.values_list("name", flat=True))
    terms.update(company.segments.values_list("name", flat=True))
    terms.update(company.news.values_list("title", flat=True))
    return _clean(terms)


def _clean(terms: set[str]) -> frozenset[str]:
    return frozenset(t.strip() for t in terms if t and len(t.strip()) >= 2)


def spelling_findings(
    text: str, *, company: Company | None, protected: frozenset[str] | None = None
) -> list[SpellingFinding]:
    """Findings that a click can apply: no line breaks inside, on the text as given.

    The protected terms are read only when there is something to filter."""
    found = [
        f
        for f in check_spelling(text)
        if "\n" not in f.original and (f.suggestion is None or "\n" not in f.suggestion)
    ]
    if not found:
        return found
    if protected is None:
        protected = protected_terms(company)
    return without_protected(text, found, protected)


@dataclass(frozen=True)
class Mark:
    text: str
    finding: SpellingFinding | None = None
    number: int | None = None


@dataclass(frozen=True)
class SpellingReport:
    findings: list[SpellingFinding]
    dismissed: list[SpellingFinding]
    marks: list[Mark]

    @property
    def applicable(self) -> list[SpellingFinding]:
        return [f for f in self.findings if f.suggestion is not None]


def _marks(text: str, findings: list[SpellingFinding]) -> list[Mark]:
    marks: list[Mark] = []
    position = 0
    for number, finding in enumerate(findings, start=1):
        if finding.start > position:
            marks.append(Mark(text[position : finding.start]))
        marks.append(Mark(text[finding.start : finding.end], finding, number))
        position = finding.end
    if position < len(text):
        marks.append(Mark(text[position:]))
    return marks


def report_for_text(
    text: str,
    *,
    company: Company | None,
    dismissed_keys: frozenset[str] = frozenset(),
    protected: frozenset[str] | None = None,
) -> SpellingReport:
    found = spelling_findings(text, company=company, protected=protected)
    active = [f for f in found if f.key not in dismissed_keys]
    return SpellingReport(
        findings=active,
        dismissed=[f for f in found if f.key in dismissed_keys],
        marks=_marks(text, active),
    )


def report_for_draft(draft: Draft) -> SpellingReport:
    dismissed = frozenset(draft.dismissed_findings.values_list("key", flat=True))
    return report_for_text(draft.full_text, company=draft.company, dismissed_keys=dismissed)


def reports_for_answers(answers: list[str], *, company: Company | None) -> list[SpellingReport]:
    """One report per typed interview answer (protected terms are cached, so read once)."""
    return [report_for_text(a, company=company) for a in answers]


def corrected_text(
    draft: Draft, *, headline: str, body: str, key: str
) -> tuple[str, str, int] | None:
    """(headline, body, how many fixes) with the finding `key` (or every one) applied, or None
    when that finding is no longer in this text."""
    text = f"{headline}\n{body}" if headline else body
    dismissed = frozenset(draft.dismissed_findings.values_list("key", flat=True))
    findings = [
        f
        for f in spelling_findings(text, company=draft.company)
        if f.suggestion is not None and f.key not in dismissed
    ]
    chosen = findings if key == APPLY_ALL else [f for f in findings if f.key == key][:1]
    if not chosen:
        return None
    fixed = apply(text, chosen)
    if headline:
        new_headline, _, new_body = fixed.partition("\n")
        return new_headline, new_body, len(chosen)
    return "", fixed, len(chosen)


@dataclass(frozen=True)
class AppliedCorrection:
    """What 적용 did: "nothing" (that finding is no longer in the text) or the clean-up save's
    outcome ("saved", "stale", "too_long" with its `error`); `count` is how many fixes."""

    outcome: str
    count: int = 0
    error: str = ""


def apply_correction(
    *, draft: Draft, headline: str, body: str, key: str, expected_version: int
) -> AppliedCorrection:
    """Applies the finding `key` (or every one) to this text and stores the result through the
    clean-up path: version-checked, the previous stored text kept as a revision."""
    fixed = corrected_text(draft, headline=headline, body=body, key=key)
    if fixed is None:
        return AppliedCorrection(outcome="nothing")
    new_headline, new_body, count = fixed
    result = save_cleaned_text(
        draft=draft, headline=new_headline, body=new_body, expected_version=expected_version
    )
    return AppliedCorrection(outcome=result.outcome, count=count, error=result.error or "")
