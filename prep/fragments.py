"""Rendered HTML kept under keys that name one version of its content.

The catalogue's pages (prep/catalog/page_cache.py) and a candidate's own pages
(prep/candidate_pages.py) keep fragments under keys that carry every version stamp the content
depends on, the language and a digest of the template's source. What is stored under such a
key never changes, so each process also keeps its own copy in memory (the "local" cache):
reading the shared cache costs a file read and an unpickling on one machine, a round trip with
Redis, and a company page reads three fragments. The version stamps themselves are read from
the shared cache on every request, so a write seen by one worker is seen by all.

Content that changes with time alone (a card falling due, a deadline passing) carries the
moment it expires, and the copy in memory expires with it.
"""

import hashlib
from collections.abc import Callable
from datetime import datetime
from functools import cache as once
from pathlib import Path

from django.conf import settings
from django.core.cache import cache, caches
from django.template.loader import get_template
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

LOCAL = "local"


@once
def template_digest(template_name: str) -> str:
    """Changes with the source of `template_name` (a partial's name: its file's), so a deploy
    that changes a template never serves what the previous release rendered."""
    source = get_template(template_name.split("#")[0]).template.source
    return hashlib.sha256(source.encode()).hexdigest()[:12]


@once
def release_digest() -> str:
    """Changes with any template or Python source of the project, for pages kept whole: their
    HTML comes from many templates and views, and the shared cache outlives a deploy."""
    digest = hashlib.sha256()
    root = Path(settings.BASE_DIR)
    for pattern in ("templates/**/*.html", "prep/**/*.py", "accounts/**/*.py"):
        for path in sorted(root.glob(pattern)):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cached_html(
    key: str,
    render: Callable[[], str],
    *,
    seconds: float,
    until: Callable[[], datetime | None] | None = None,
) -> SafeString:
    """The HTML under `key`, from this process, the shared cache or `render()`.

    `seconds` bounds how long the shared cache keeps a version nobody asks for any more;
    `until()`, asked only when rendering, gives the moment the content changes by itself.
    """
    key = f"html:{key}"  # values are (html, expiry) pairs, unlike before this module
    local = caches[LOCAL]
    entry = local.get(key)
    if entry is None:
        entry = cache.get(key)
        if entry is None:
            html = render()
            changes_at = until() if until else None
            expires = changes_at.timestamp() if changes_at else None
            entry = (html, expires)
            timeout = remaining_seconds(expires, seconds)
            if timeout > 0:
                cache.set(key, entry, timeout=timeout)
        timeout = remaining_seconds(entry[1], seconds)
        if timeout > 0:
            local.set(key, entry, timeout=timeout)
    return mark_safe(entry[0])  # rendered by the template engine, which escaped it


def remaining_seconds(expires: float | None, seconds: float) -> float:
    """How long to keep an entry that changes by itself at `expires` (None: never)."""
    if expires is None:
        return seconds
    return min(seconds, expires - timezone.now().timestamp())
