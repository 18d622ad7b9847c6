"""The company page's curated sections, rendered once per change of the company's content.

Every candidate opens a company's page before writing, and its content changes only when the
catalogue is curated (an import or an admin save). So the sections are rendered once and kept
in the cache under the company's `content_version`, which every write to anything the page
shows replaces (the signals below); what differs per candidate (the target star, the links
for logged-in candidates) is rendered around them on each request.

Keys also carry the language and a digest of the template source, so a deploy that changes
the template never serves HTML cached by the previous release.
"""

import hashlib
import uuid
from collections.abc import Callable
from functools import cache as once

from django.core.cache import cache
from django.db.models import Subquery
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from prep.catalog import models as catalog

# Keys change with the content, so entries need no expiry to be correct; a day bounds how long
# the cache holds the HTML of versions nobody asks for any more.
FRAGMENT_SECONDS = 24 * 60 * 60


@once
def _template_digest(template_name: str) -> str:
    source = get_template(template_name).template.source
    return hashlib.sha256(source.encode()).hexdigest()[:12]


def company_fragment(
    company: catalog.Company, template_name: str, render: Callable[[], str]
) -> SafeString:
    """The fragment `template_name` of `company`'s page, from the cache or from `render()`."""
    key = (
        f"catalog:company-page:{company.pk}:{company.content_version}:{get_language()}:"
        f"{template_name}:{_template_digest(template_name.split('#')[0])}"
    )
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, timeout=FRAGMENT_SECONDS)
    return mark_safe(html)  # rendered by the template engine, which escaped it


def bump_companies(companies) -> None:
    """Marks the pages of `companies` (ids, or a queryset of `company_id` values) as changed."""
    if isinstance(companies, list):
        companies = [pk for pk in companies if pk is not None]
        if not companies:
            return
    else:
        companies = Subquery(companies)
    # One shared value is fine: the keys also carry the company's pk.
    catalog.Company.objects.filter(pk__in=companies).update(content_version=uuid.uuid4())


def bump_all(**kwargs) -> None:
    """A change to something every company page may show (a season's or competency's name)."""
    catalog.Company.objects.update(content_version=uuid.uuid4())


# How each model that a company page shows finds its company.
_COMPANY_PATHS: dict[type, Callable] = {
    catalog.Company: lambda item: [item.pk],
    catalog.SatisfactionSurvey: lambda item: [item.company_id],
    catalog.SurveyScore: lambda item: catalog.SatisfactionSurvey.objects.filter(
        pk=item.survey_id
    ).values("company_id"),
    catalog.SurveyQuote: lambda item: catalog.SatisfactionSurvey.objects.filter(
        pk=item.survey_id
    ).values("company_id"),
    catalog.BusinessSegment: lambda item: [item.company_id],
    catalog.CoreValue: lambda item: [item.company_id],
    catalog.TalentTrait: lambda item: [item.company_id],
    catalog.NewsItem: lambda item: [item.company_id],
    catalog.HiringStep: lambda item: [item.company_id],
    catalog.HiringCount: lambda item: [item.company_id],
    catalog.CompanyFigure: lambda item: [item.company_id],
    catalog.EssayPrompt: lambda item: [item.company_id],
    catalog.SampleAnswer: lambda item: catalog.EssayPrompt.objects.filter(pk=item.prompt_id).values(
        "company_id"
    ),
    catalog.InterviewReview: lambda item: [item.company_id],
    catalog.InterviewQuestion: lambda item: [item.company_id],
}
# Shown on every page that uses them, and edited rarely: a change re-renders all pages.
_SHARED = (catalog.SurveyCategory, catalog.HiringType, catalog.Competency, catalog.Season)


def _bump_for(sender, instance, **kwargs) -> None:
    bump_companies(_COMPANY_PATHS[sender](instance))


def _bump_for_tags(sender, instance, action, reverse, **kwargs) -> None:
    """Competency tags added to or removed from prompts, sample answers or questions."""
    if not action.startswith("post_"):
        return
    if reverse:  # from the competency's side: any number of items, of any company
        bump_all()
    elif type(instance) in _COMPANY_PATHS:
        _bump_for(type(instance), instance)


def connect_signals() -> None:
    """Called from the app config: admin saves and imports alike reach the page."""
    for model in _COMPANY_PATHS:
        post_save.connect(_bump_for, sender=model, weak=False)
        post_delete.connect(_bump_for, sender=model, weak=False)
    for model in _SHARED:
        post_save.connect(bump_all, sender=model, weak=False)
        post_delete.connect(bump_all, sender=model, weak=False)
    for model in (catalog.EssayPrompt, catalog.SampleAnswer, catalog.InterviewQuestion):
        m2m_changed.connect(_bump_for_tags, sender=model.competencies.through, weak=False)
