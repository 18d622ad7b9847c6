"""One coaching pass over a draft: every check, grouped for the editor panel.

The Django side builds an `AnalysisContext` from the draft's company, the candidate's other
drafts and the dismissed keys stored on the draft, calls `analyze`, and renders the `Feedback`.
Nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

from prep.coach.blind_hiring import find_leaks
from prep.coach.company_honorifics import wrong_honorifics
from prep.coach.company_names import (
    Company,
    OwnDraft,
    find_other_companies,
    reused_text,
)
from prep.coach.copying import NGramIndex, copying_findings
from prep.coach.evidence import Quantity, evidence_findings, find_quantities
from prep.coach.findings import CHECKS, Finding, Span, overlaps
from prep.coach.fit import CompanyProfile, FitReport, fit_findings, match_profile
from prep.coach.institutions import known_institutions
from prep.coach.lexicon import Lexicon, get_lexicon
from prep.coach.morph import analyze as analyze_morphs
from prep.coach.morph import concepts_of
from prep.coach.structure import StructureReport, detect_structure, structure_findings
from prep.coach.style import speaking_seconds, style_findings


@dataclass(frozen=True)
class AnalysisContext:
    company: CompanyProfile | None = None
    # Public institutions hire blind; private companies mostly do not (the check can be off).
    blind_hiring: bool = True
    other_companies: tuple[Company, ...] = ()
    other_drafts: tuple[OwnDraft, ...] = ()
    copying_index: NGramIndex | None = None
    # Sample ids not to compare with (e.g. the sample this draft was started from, on purpose).
    copying_exclude: tuple[Hashable, ...] = ()
    is_interview_answer: bool = False
    # False for prompts that are not a story (지원동기, 입사 후 포부): no STAR advice then.
    expects_story: bool = True
    dismissed: frozenset[str] = frozenset()
    lexicon: Lexicon | None = None


@dataclass(frozen=True)
class Highlight:
    """A span to mark in the editor; highlights never overlap."""

    start: int
    end: int
    check: str
    code: str
    category: str
    key: str  # the finding's key ("" for positive marks such as a number or a value)
    positive: bool = False


@dataclass(frozen=True)
class Feedback:
    findings: tuple[Finding, ...]  # not dismissed, grouped in CHECKS order, then by position
    dismissed: tuple[Finding, ...]
    by_check: dict[str, tuple[Finding, ...]]
    counts: dict[str, int]
    structure: StructureReport
    fit: FitReport | None
    quantities: tuple[Quantity, ...]
    speaking_seconds: float
    highlights: tuple[Highlight, ...] = field(default=())

    @property
    def total(self) -> int:
        return len(self.findings)


# Lower number wins where highlights overlap: what can cost the application comes first.
_PRIORITY = {check: rank for rank, check in enumerate(CHECKS)}
# Whole-sentence marks would hide every smaller mark inside them, so they go last.
_SENTENCE_CODES = frozenset({"long_sentence", "result_not_quantified"})


def _finding_spans(finding: Finding) -> list[Span]:
    spans = finding.extra.get("spans")
    if spans:
        return [tuple(s) for s in spans]
    return [finding.span] if finding.span else []


def _highlights(
    findings: list[Finding], quantities: list[Quantity], fit: FitReport | None
) -> tuple[Highlight, ...]:
    marks: list[tuple[int, Highlight]] = []
    for finding in findings:
        rank = _PRIORITY[finding.check]
        if finding.code in _SENTENCE_CODES:
            rank += 2 * len(CHECKS)
        for start, end in _finding_spans(finding):
            marks.append(
                (
                    rank,
                    Highlight(
                        start, end, finding.check, finding.code, finding.category, finding.key
                    ),
                )
            )
    positive_rank = len(CHECKS)
    for q in quantities:
        marks.append(
            (positive_rank, Highlight(q.start, q.end, "evidence", "quantity", "quantity", "", True))
        )
    if fit is not None:
        for match in fit.touched():
            for start, end in match.spans:
                marks.append(
                    (
                        positive_rank + 1,
                        Highlight(start, end, "fit", "touched", match.kind, "", True),
                    )
                )
    chosen: list[Highlight] = []
    for _, mark in sorted(marks, key=lambda m: (m[0], -(m[1].end - m[1].start), m[1].start)):
        if all(mark.end <= c.start or c.end <= mark.start for c in chosen):
            chosen.append(mark)
    return tuple(sorted(chosen, key=lambda h: h.start))


def analyze(text: str, *, context: AnalysisContext | None = None) -> Feedback:
    """Run every check on `text`; offsets in the result are into `text`."""
    context = context or AnalysisContext()
    lexicon = context.lexicon or get_lexicon()
    profile = context.company
    morphs = analyze_morphs(text)

    found: list[Finding] = []
    if context.blind_hiring:
        found += find_leaks(text, lexicon=lexicon)

    fit: FitReport | None = None
    if profile is not None:
        fit = match_profile(text, profile, found=concepts_of(morphs, synonyms=lexicon.synonyms))
        target = Company(profile.name, profile.aliases, profile.id)
        found += find_other_companies(
            text,
            target=target,
            others=context.other_companies,
            known=known_institutions(lexicon),
        )
        found += wrong_honorifics(text, target=target)
        if context.other_drafts:
            found += reused_text(
                text, target=target, other_drafts=context.other_drafts, profile=profile
            )

    if context.copying_index is not None:
        found += copying_findings(text, context.copying_index, exclude=context.copying_exclude)

    structure = detect_structure(text)
    quantities = find_quantities(text)
    if context.expects_story:
        found += structure_findings(structure)
    result_spans = structure.spans("result") if context.expects_story else None
    found += evidence_findings(
        text, quantities=quantities, result_spans=result_spans, lexicon=lexicon
    )
    if profile is not None and fit is not None:
        found += fit_findings(fit, profile)
    company_words = [profile.name, *profile.aliases] if profile else []
    style = style_findings(
        text,
        morphs=morphs,
        ignore_words=company_words,
        is_interview_answer=context.is_interview_answer,
        lexicon=lexicon,
    )
    # A wrong honorific (귀 공단 to a 원) is already a company warning; the same words as a
    # cliché would say it twice.
    flagged = [f.span for f in found if f.check == "company" and f.span is not None]
    found += [
        f
        for f in style
        if not (f.code == "cliche" and f.span and any(overlaps(f.span, s) for s in flagged))
    ]

    order = sorted(
        found, key=lambda f: (_PRIORITY[f.check], f.start if f.start is not None else -1)
    )
    active = [f for f in order if f.key not in context.dismissed]
    dismissed = [f for f in order if f.key in context.dismissed]
    by_check = {check: tuple(f for f in active if f.check == check) for check in CHECKS}
    return Feedback(
        findings=tuple(active),
        dismissed=tuple(dismissed),
        by_check=by_check,
        counts={check: len(items) for check, items in by_check.items()},
        structure=structure,
        fit=fit,
        quantities=tuple(quantities),
        speaking_seconds=speaking_seconds(text),
        highlights=_highlights(active, quantities, fit),
    )
