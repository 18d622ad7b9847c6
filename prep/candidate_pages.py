"""A candidate's own pages, rendered once per change of what they show.

The drafts list and the home dashboard cost a few dozen queries' compilation and a few
hundred template nodes, and a candidate reopens them far more often than they change. So their
content is kept in the cache under the candidate's *version*: a random stamp in the cache
that every write to the candidate's data replaces. Two writers replace it, so no path is
missed:

- `CandidateWritesMiddleware`: every request by a signed-in candidate that may write (any
  method but GET/HEAD/OPTIONS) replaces it before the view runs (so the view's own answer is
  fresh) and again after it (a page rendered from the old rows by a request in another tab in
  between would otherwise be kept under the new stamp). This covers bulk updates, which send
  no signals.
- signals on every model with a `user` (or `owner`) pointing at the account, for writes made
  anywhere else (the admin, imports, commands), now and again after the commit.

A stamp lost from the cache (culled, Redis restarted) is simply a new one: old entries are
never read again. Keys carry the candidate's id, so no candidate can be served another's
content, and the catalogue's version and the language, since the pages show company names and
translated labels. Content that changes with time alone (a card falling due, a deadline
passing, midnight) is kept only until that moment: the caller passes `until`.

`candidate_page` keeps a whole page (a company's page seen signed in, the editor, the drafts
list, the home dashboard) under the same stamps; a page that shows content changing with
time or with other writers' data says so (`until`, `extra`). Its keys
also carry a digest of the candidate's CSRF secret, since the page holds forms with a token
made from it: a browser that lost its CSRF cookie gets a page rendered afresh.
"""

import hashlib
import uuid
from collections.abc import Callable
from datetime import datetime
from functools import partial, wraps

from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from prep.catalog.page_cache import CATALOGUE_VERSION_KEY, PAGES
from prep.fragments import (
    LOCAL,
    cached_html,
    release_digest,
    remaining_seconds,
    template_digest,
)

# Keys change with the content, so entries need no expiry to be correct; an hour bounds how long
# the cache holds the HTML of versions nobody asks for any more.
FRAGMENT_SECONDS = 60 * 60
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
POSTINGS_VERSION_KEY = "candidate:postings-version"


def _version_key(user_id: int) -> str:
    return f"candidate:version:{user_id}"


def _stamp(key: str) -> str:
    version = cache.get(key)
    if version is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        version = cache.get(key)
    return version


def candidate_version(user_id: int) -> str:
    """Changes whenever anything of this candidate's does."""
    return _stamp(_version_key(user_id))


def candidate_and_catalogue_versions(user_id: int) -> str:
    """Both stamps a candidate's kept content is filed under, read in one round trip (with
    Redis each read is one; a signed-in page served from the cache makes few others)."""
    keys = (_version_key(user_id), CATALOGUE_VERSION_KEY)
    found = cache.get_many(keys)
    return ":".join(found.get(key) or _stamp(key) for key in keys)


def postings_version() -> str:
    """Changes whenever a posting does: the dashboard shows their deadlines."""
    return _stamp(POSTINGS_VERSION_KEY)


def _replace(key: str) -> None:
    cache.set(key, uuid.uuid4().hex, timeout=None)


def bump_candidate(user_id: int | None) -> None:
    """Marks this candidate's pages as changed, now and once more after the commit."""
    if user_id is None:
        return
    key = _version_key(user_id)
    _replace(key)
    transaction.on_commit(lambda: _replace(key))


def candidate_fragment(
    request: HttpRequest,
    name: str,
    template_name: str,
    render: Callable[[], str],
    *,
    until: Callable[[], datetime | None] | None = None,
    extra: str = "",
) -> SafeString:
    """The fragment `name` of the signed-in candidate's page, from the cache or `render()`.

    `until()`, asked only when the fragment is rendered, gives the moment the content changes
    by itself (None: not before the candidate's next write).
    """
    user_id = request.user.pk
    key = (
        f"candidate:fragment:{user_id}:{candidate_and_catalogue_versions(user_id)}:"
        f"{extra}:{get_language()}:{name}:{template_digest(template_name)}"
    )
    return cached_html(key, render, seconds=FRAGMENT_SECONDS, until=until)


def _page_key(request: HttpRequest, view_name: str) -> str | None:
    """None when this request's page must be rendered: not a plain GET by a signed-in
    candidate, an HTMX request (the server picks a partial), a message waiting to be shown,
    or no CSRF cookie yet (rendering sets one)."""
    if request.method != "GET" or not request.user.is_authenticated or request.htmx:
        return None
    secret = request.META.get("CSRF_COOKIE")
    if not secret or len(messages.get_messages(request)):  # counting does not mark them shown
        return None
    user_id = request.user.pk
    asked = hashlib.sha256(f"{secret}\n{request.get_full_path()}".encode()).hexdigest()
    return (
        f"candidate:page:{user_id}:{candidate_and_catalogue_versions(user_id)}:"
        f"{release_digest()}:{get_language()}:{view_name}:{asked}"
    )


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    """Only a plain page is kept: no cookie set, no cache headers of its own (an own company's
    page says private), no change to the session."""
    return (
        response.status_code == 200
        and not response.cookies
        and not response.has_header("Cache-Control")
        and not request.session.modified
    )


def candidate_page(
    view=None,
    *,
    extra: Callable[[], str] | None = None,
    until: Callable[[HttpRequest], datetime | None] | None = None,
):
    """Serves the signed-in candidate's page from the cache until anything they own, the
    catalogue or the release changes.

    A page that also shows what changes elsewhere names it: `extra()` gives that content's
    stamp (e.g. the postings' version); `until(request)`, asked only when the page is
    rendered, gives the moment it would read differently by itself (a card falling due,
    midnight). Used bare (`@candidate_page`) for pages that show nothing of the kind.
    """
    if view is None:
        return partial(candidate_page, extra=extra, until=until)
    view_name = f"{view.__module__}.{view.__qualname__}"

    @wraps(view)
    def cached_view(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        key = _page_key(request, view_name)
        if key is None:
            return view(request, *args, **kwargs)
        if extra is not None:
            key = f"{key}:{extra()}"
        # Whole pages are larger than fragments: kept in the "pages" cache, and in this
        # process's memory as fragments are (the key names one version of the content).
        # Entries are (content type, content, expiry timestamp or None).
        entry = caches[LOCAL].get(key)
        if entry is None:
            entry = caches[PAGES].get(key)
            if entry is not None:
                _keep(LOCAL, key, entry)
        if entry is not None:
            get_token(request)  # the CSRF cookie's expiry renewed, as a rendered page does
            content_type, content, _expires = entry
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)
        if hasattr(response, "render"):
            response.render()
        if _storable(request, response):
            changes_at = until(request) if until else None
            entry = (
                response["Content-Type"],
                response.content,
                changes_at.timestamp() if changes_at else None,
            )
            _keep(PAGES, key, entry)
            _keep(LOCAL, key, entry)
        return response

    return cached_view


def _keep(alias: str, key: str, entry: tuple) -> None:
    timeout = remaining_seconds(entry[2], FRAGMENT_SECONDS)
    if timeout > 0:
        caches[alias].set(key, entry, timeout=timeout)


class CandidateWritesMiddleware:
    """Replaces the signed-in candidate's version around every request that may write."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in SAFE_METHODS:
            return self.get_response(request)
        before = request.user.pk if request.user.is_authenticated else None
        bump_candidate(before)
        try:
            return self.get_response(request)
        finally:
            # Replaced again after the view's writes are committed (no ATOMIC_REQUESTS), and
            # for whoever is signed in now (a login).
            after = request.user.pk if request.user.is_authenticated else None
            _replace_now(before)
            if after != before:
                bump_candidate(after)


def _replace_now(user_id: int | None) -> None:
    if user_id is not None:
        _replace(_version_key(user_id))


def _candidate_of(model) -> Callable | None:
    """How an instance of `model` names the candidate it belongs to, or None."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    for field in model._meta.concrete_fields:
        if field.name in ("user", "owner") and field.related_model is user_model:
            return lambda instance, attname=field.attname: getattr(instance, attname)
    return None


def _bump_owner(sender, instance, **kwargs) -> None:
    bump_candidate(_CANDIDATE_OF[sender](instance))


def _bump_postings(**kwargs) -> None:
    _replace(POSTINGS_VERSION_KEY)
    transaction.on_commit(lambda: _replace(POSTINGS_VERSION_KEY))


_CANDIDATE_OF: dict[type, Callable] = {}


def connect_signals() -> None:
    """Called from the practice app's config, once every model is loaded."""
    from prep.applications.models import ApplicationStep
    from prep.catalog.models import Posting

    for model in apps.get_models():
        found = _candidate_of(model)
        if found is not None:
            _CANDIDATE_OF[model] = found
    # Steps belong to the candidate through their application.
    _CANDIDATE_OF[ApplicationStep] = lambda step: _application_user(step.application_id)
    # The account itself: its name heads every page, and an admin may change it.
    _CANDIDATE_OF[apps.get_model(settings.AUTH_USER_MODEL)] = lambda user: user.pk
    for model in _CANDIDATE_OF:
        post_save.connect(_bump_owner, sender=model, weak=False)
        post_delete.connect(_bump_owner, sender=model, weak=False)
    post_save.connect(_bump_postings, sender=Posting, weak=False)
    post_delete.connect(_bump_postings, sender=Posting, weak=False)


def _application_user(application_id: int) -> int | None:
    from prep.applications.models import Application

    return Application.objects.filter(pk=application_id).values_list("user_id", flat=True).first()
