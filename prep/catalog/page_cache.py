"""The catalogue's pages, rendered once per change of the content they show.

Every candidate opens a company's page before writing, and its content changes only when the
catalogue is curated (an import or an admin save). So the sections are rendered once and kept
in the cache under the company's `content_version`, which every write to anything the page
shows replaces (the signals below); what differs per candidate (the target star, the links
for logged-in candidates) is rendered around them on each request.

Keys also carry the language and a digest of the template source, so a deploy that changes
the template never serves HTML cached by the previous release.

Visitors who are not signed in all see the same public pages (the home page, the directory, a
company's page, the question bank), so `anonymous_page` keeps those whole, under their URL and
the catalogue's version, which every bump of a company's pages also replaces.
"""

import hashlib
import uuid
from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models import Subquery
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from prep.catalog import models as catalog
from prep.fragments import cached_html, release_digest, template_digest

# Keys change with the content, so entries need no expiry to be correct; a day bounds how long
# the cache holds the HTML of versions nobody asks for any more.
FRAGMENT_SECONDS = 24 * 60 * 60


def company_fragment(
    company: catalog.Company, template_name: str, render: Callable[[], str]
) -> SafeString:
    """The fragment `template_name` of `company`'s page, from the cache or from `render()`."""
    key = (
        f"catalog:company-page:{company.pk}:{company.content_version}:{get_language()}:"
        f"{template_name}:{template_digest(template_name)}"
    )
    return cached_html(key, render, seconds=FRAGMENT_SECONDS)


def catalogue_fragment(name: str, template_name: str, render: Callable[[], str]) -> SafeString:
    """A fragment that shows catalogue rows of more than one company (`name` says which
    rows), from the cache or from `render()`; kept until anything in the catalogue changes."""
    key = (
        f"catalog:fragment:{catalogue_version()}:{get_language()}:{name}:{template_name}:"
        f"{template_digest(template_name)}"
    )
    return cached_html(key, render, seconds=FRAGMENT_SECONDS)


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
    _bump_catalogue()


def bump_all(**kwargs) -> None:
    """A change to something every company page may show (a season's or competency's name)."""
    catalog.Company.objects.update(content_version=uuid.uuid4())
    _bump_catalogue()


def bump_for_queryset(queryset) -> None:
    """After a bulk update (the admin's publish actions), which sends no signals."""
    model = queryset.model
    if model is catalog.Company:
        bump_companies(queryset.values("pk"))
    elif any(field.name == "company" for field in model._meta.concrete_fields):
        bump_companies(queryset.values("company_id"))
    else:
        bump_all()


# --------------------------------------------------------------------------------------------
# Whole public pages for visitors who are not signed in

CATALOGUE_VERSION_KEY = "catalog:catalogue-version"
# Its own cache (settings.CACHES): one entry per URL asked for. Its version stamp is kept in
# "default", with the sessions, where no stream of URLs pushes it out.
PAGES = "pages"


def catalogue_version() -> str:
    """Changes whenever anything a public page shows does (every bump above)."""
    version = cache.get(CATALOGUE_VERSION_KEY)
    if version is None:
        cache.add(CATALOGUE_VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(CATALOGUE_VERSION_KEY)
    return version


def _bump_catalogue() -> None:
    # Now, so the writing request itself sees the change; and again after the commit, or a
    # page read from the old rows between the two would be kept under the new version.
    cache.set(CATALOGUE_VERSION_KEY, uuid.uuid4().hex, timeout=None)
    transaction.on_commit(lambda: cache.set(CATALOGUE_VERSION_KEY, uuid.uuid4().hex, timeout=None))


def _page_key(request: HttpRequest) -> str | None:
    """None when this visitor's page may differ from anyone else's: signed in, a message
    waiting for them, anything but a plain GET."""
    if request.method != "GET" or request.user.is_authenticated:
        return None
    if len(messages.get_messages(request)):  # counting does not mark them as shown
        return None
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    part = "fragment" if request.htmx else "page"
    return (
        f"catalog:anonymous-page:{catalogue_version()}:{release_digest()}:{get_language()}:"
        f"{part}:{digest}"
    )


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    """Only the content is kept, never headers; a page that sets a cookie or used the CSRF
    token (a form) belongs to this visitor alone."""
    return (
        response.status_code == 200
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not response.has_header("Cache-Control")
    )


def anonymous_page(view):
    """Serves `view`'s page from the shared cache to visitors who are not signed in.

    What the page says must depend only on its URL, the catalogue and the language; the
    headers (cookies, Vary, the security headers) are made afresh for every request.
    """

    @wraps(view)
    def cached_view(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        key = _page_key(request)
        cached = caches[PAGES].get(key) if key else None
        if cached is not None:
            content_type, content = cached
            response = HttpResponse(content, content_type=content_type)
        else:
            response = view(request, *args, **kwargs)
            if key and hasattr(response, "render"):
                response.render()
            if key and _storable(request, response):
                caches[PAGES].set(key, (response["Content-Type"], response.content))
        # The same URL answers with a page or a fragment: caches must keep them apart.
        patch_vary_headers(response, ["HX-Request"])
        return response

    return cached_view


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
