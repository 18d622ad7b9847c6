"""Coaching feedback for a draft: the Django side of `prep.coach`.

`prep.coach` is plain Python; this module feeds it catalogue data (the company's values,
traits, business and recent initiatives, the other companies' names, published sample answers)
and the candidate's own other drafts, and keeps the expensive pieces (the admins' word lists, the
sample-answer n-gram index) built once per process until the underlying rows change.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from prep.catalog.models import CoachTerm, Company, SampleAnswer
from prep.coach import company_names
from prep.coach.copying import Match, NGramIndex
from prep.coach.feedback import AnalysisContext, Feedback, analyze
from prep.coach.fit import CompanyProfile, Term
from prep.coach.lexicon import Lexicon, default_lexicon, set_lexicon_provider
from prep.practice.drafts import copy_index
from prep.practice.drafts.models import Draft

# Prompts that ask for motivation or plans rather than a story: no STAR advice for them.
NOT_A_STORY = re.compile(r"지원\s*동기|지원한\s*이유|포부|입사\s*후|앞으로의\s*계획")


class _VersionedCache:
    """One object per process, rebuilt when a version stamp in the shared cache moves.

    The stamp lives in Django's cache so that a change saved by one gunicorn worker is seen by
    every other worker on its next analysis.
    """

    def __init__(self, name: str, build):
        self.key = f"coach:{name}:version"
        self.build = build
        self.lock = threading.Lock()
        self.version = None
        self.value = None

    def bump(self, **kwargs) -> None:
        try:
            cache.incr(self.key)
        except ValueError:
            cache.set(self.key, 1, timeout=None)

    def get(self):
        version = cache.get(self.key)
        if version is None:
            version = 0
            cache.add(self.key, version, timeout=None)
        with self.lock:
            if self.value is None or version != self.version:
                self.value = self.build()
                self.version = version
            return self.value


def _db_lexicon() -> Lexicon:
    rows = [
        {
            "list": term.word_list,
            "term": None if term.is_pattern else term.term,
            "pattern": term.term if term.is_pattern else None,
            "category": term.category or term.word_list,
            "note": term.note,
            "context": term.context or None,
            "disabled": term.removes_default,
        }
        for term in CoachTerm.objects.filter(active=True)
    ]
    return default_lexicon().extended(rows)


def _sample_index() -> NGramIndex:
    index = NGramIndex()
    samples = SampleAnswer.objects.published().select_related("prompt__company")
    index.add_many(
        (f"sample:{s.pk}", s.full_text, f"{s.prompt.company.name} 합격 자소서 {s.headline}".strip())
        for s in samples.iterator()
    )
    return index


lexicon_cache = _VersionedCache("lexicon", _db_lexicon)
sample_index_cache = _VersionedCache("samples", _sample_index)


def connect_signals() -> None:
    """Called from the app config: edits in the admin reach every worker's next analysis."""
    for model, holder in [(CoachTerm, lexicon_cache), (SampleAnswer, sample_index_cache)]:
        post_save.connect(holder.bump, sender=model, weak=False)
        post_delete.connect(holder.bump, sender=model, weak=False)
    set_lexicon_provider(lexicon_cache.get)


@dataclass
class _CombinedIndex:
    """Sample answers plus the candidate's own other drafts, queried as one index."""

    parts: tuple[NGramIndex, ...]

    def query(
        self, text: str, *, exclude: Iterable[Hashable] = (), threshold: float
    ) -> list[Match]:
        matches: list[Match] = []
        for part in self.parts:
            matches += part.query(text, exclude=exclude, threshold=threshold)
        return sorted(matches, key=lambda m: -m.containment)


def company_profile(company: Company) -> CompanyProfile:
    """The company as the fit check sees it (prefetched in `feedback_for_draft`)."""
    return CompanyProfile(
        name=company.name,
        aliases=tuple(company.alias_list),
        values=tuple(
            Term(f"value:{v.pk}", v.name, v.description) for v in company.core_values.all()
        ),
        traits=tuple(
            Term(f"trait:{t.pk}", t.name, t.description) for t in company.talent_traits.all()
        ),
        segments=tuple(
            Term(f"segment:{s.pk}", s.name, s.description) for s in company.segments.all()
        ),
        initiatives=tuple(Term(f"news:{n.pk}", n.title, n.body) for n in company.news.all()),
        id=company.pk,
    )


def analysis_context(draft: Draft, own: copy_index.OwnDrafts) -> AnalysisContext:
    company = None
    if draft.company_id:
        company = (
            Company.objects.prefetch_related("core_values", "talent_traits", "segments", "news")
            .filter(pk=draft.company_id)
            .first()
        )
    others = [
        company_names.Company(name, tuple(a.strip() for a in aliases.splitlines() if a.strip()), pk)
        for pk, name, aliases in Company.objects.published()
        .exclude(pk=draft.company_id)
        .values_list("pk", "name", "aliases")
    ]
    return AnalysisContext(
        company=company_profile(company) if company else None,
        # Drafts with no company are checked as if blind: most of our candidates apply to
        # public institutions, and a false warning costs less than a failed application.
        blind_hiring=company.uses_blind_hiring if company else True,
        other_companies=tuple(others),
        other_drafts=tuple(
            company_names.OwnDraft(f"draft:{d.pk}", d.company, d.text)
            for d in own.others(draft)
            if d.company and d.company.id != draft.company_id
        ),
        copying_index=_CombinedIndex((sample_index_cache.get(), own.index)),
        copying_exclude=(f"draft:{draft.pk}",),
        expects_story=not NOT_A_STORY.search(draft.question_text or ""),
        dismissed=frozenset(draft.dismissed_findings.values_list("key", flat=True)),
    )


def feedback_for_draft(draft: Draft) -> Feedback:
    with copy_index.own_drafts(draft) as own:
        return analyze(draft.full_text, context=analysis_context(draft, own))


@dataclass(frozen=True)
class Segment:
    text: str
    check: str = ""
    category: str = ""
    positive: bool = False
    number: int | None = None  # the finding's position in the panel list, for "see note N"


def highlighted_segments(text: str, feedback: Feedback) -> list[Segment]:
    """The text cut into plain and marked pieces, ready for auto-escaping templates."""
    numbers = {finding.key: n for n, finding in enumerate(feedback.findings, start=1)}
    segments: list[Segment] = []
    position = 0
    for mark in feedback.highlights:
        if mark.start > position:
            segments.append(Segment(text[position : mark.start]))
        segments.append(
            Segment(
                text[mark.start : mark.end],
                check=mark.check,
                category=mark.category,
                positive=mark.positive,
                number=numbers.get(mark.key),
            )
        )
        position = mark.end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments
