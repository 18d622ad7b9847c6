"""Autosave: one conditional UPDATE per save, a sparse revision, and nothing ever lost.

Revision policy: an autosave snapshots the draft at most once per REVISION_INTERVAL (5 minutes)
of editing — the first save after a quiet 5 minutes keeps the text it saved. Restores, conflict
choices, character cleanups and status changes always snapshot (see Draft.snapshot).

Query budget (tests/practice/drafts/test_draft_views.py checks ≤ 3 per request):
  1. the user, loaded by the authentication middleware;
  2. the conditional UPDATE ... WHERE version = <expected>;
  3. on success, one INSERT ... SELECT that writes a revision only when none is younger than
     REVISION_INTERVAL (the due test runs inside the database, so it needs no extra read);
     on failure, one SELECT that tells a stale tab (409) from a draft that is not the user's (404).
The view then reads the draft once more for its limit (and, when stale, the newer text).
Most saves skip step 3: the cache remembers when the database last answered "not due" (for
NOT_DUE_RECHECK) or took a revision (for REVISION_INTERVAL). The cache is only a hint that spares
a write; the database decides, so a cold or per-process cache can never add a revision early.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from django.core.cache import cache
from django.db import connection
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from prep.coach.counting import (
    Counts,
    count_text,
    stored_text,
)
from prep.practice.drafts.models import Draft, DraftRevision, counts_to_store, joined_text

REVISION_INTERVAL = timedelta(minutes=5)
# After the database says a revision is not yet due, ask again only after this long, so a
# revision is taken at most this much later than REVISION_INTERVAL.
NOT_DUE_RECHECK = timedelta(minutes=1)
# About 13 pages of A4; no Korean form asks for more than a few thousand characters, and the
# cap keeps a runaway paste from filling the database.
BODY_MAX_CHARS = 20_000
HEADLINE_MAX_CHARS = 200

Outcome = Literal["saved", "stale", "missing", "too_long"]


@dataclass
class SaveResult:
    outcome: Outcome
    headline: str
    body: str
    version: int | None = None
    saved_at: datetime | None = None
    notices: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def full_text(self) -> str:
        return joined_text(self.headline, self.body)

    def counts(self) -> Counts:
        return count_text(self.full_text)


def prepare_text(*, headline: str, body: str) -> tuple[str, str, list[str]]:
    """Both fields as they are stored (prep.coach.counting.stored_text), with the notices to show.

    A headline is one line; a line break pasted into it would split it in the form.
    """
    headline, headline_notices = stored_text(headline, one_line=True)
    body, body_notices = stored_text(body)
    notices = list(dict.fromkeys([*headline_notices, *body_notices]))
    return headline, body, notices


def check_size(*, headline: str, body: str) -> str:
    """A Korean message when the text is over the hard cap, else ""."""
    if len(body) > BODY_MAX_CHARS and count_text(body).characters > BODY_MAX_CHARS:
        return _(
            "본문이 %(cap)s자를 넘어 저장하지 않았습니다. 줄인 뒤 다시 저장됩니다. "
            "마지막으로 저장된 글은 그대로 있습니다."
        ) % {"cap": f"{BODY_MAX_CHARS:,}"}
    if len(headline) > HEADLINE_MAX_CHARS:
        return _(
            "소제목이 %(cap)s자를 넘어 저장하지 않았습니다. 마지막으로 저장된 글은 그대로 있습니다."
        ) % {"cap": HEADLINE_MAX_CHARS}
    return ""


def autosave_draft(
    *,
    user,
    draft_id: int,
    headline: str,
    body: str,
    expected_version: int,
    now: datetime | None = None,
) -> SaveResult:
    """Saves the text if the draft is still at `expected_version`; never overwrites a newer one."""
    now = now or timezone.now()
    headline, body, notices = prepare_text(headline=headline, body=body)
    result = SaveResult(outcome="saved", headline=headline, body=body, notices=notices)

    result.error = check_size(headline=headline, body=body)
    if result.error:
        result.outcome = "too_long"
        return result

    updated = Draft.objects.filter(pk=draft_id, user=user, version=expected_version).update(
        headline=headline,
        body=body,
        text_counts=counts_to_store(headline=headline, body=body),
        version=F("version") + 1,
        updated_at=now,
    )
    if updated:
        result.version = expected_version + 1
        result.saved_at = now
        _snapshot_if_due(draft_id=draft_id, now=now)
        return result

    current = user.drafts.filter(pk=draft_id).first()
    result.outcome = "missing" if current is None else "stale"
    result.version = current.version if current else None
    return result


def _snapshot_if_due(*, draft_id: int, now: datetime) -> bool:
    """Copies the draft into a revision unless one was taken within REVISION_INTERVAL.

    One INSERT ... SELECT ... WHERE NOT EXISTS, so the decision and the write are one
    statement (plain SQL that SQLite and PostgreSQL both run).
    """
    key = f"practice:draft-revision-check:{draft_id}"
    next_check = cache.get(key)
    if next_check is not None and now.timestamp() < next_check:
        return False
    created = _insert_revision_if_due(draft_id=draft_id, now=now)
    wait = REVISION_INTERVAL if created else NOT_DUE_RECHECK
    cache.set(key, (now + wait).timestamp(), timeout=int(REVISION_INTERVAL.total_seconds()))
    return created


def _insert_revision_if_due(*, draft_id: int, now: datetime) -> bool:
    revisions = DraftRevision._meta.db_table
    drafts = Draft._meta.db_table
    quote = connection.ops.quote_name
    adapt = connection.ops.adapt_datetimefield_value
    sql = (
        f"INSERT INTO {quote(revisions)} (draft_id, version, headline, body, reason, created_at) "
        f"SELECT id, version, headline, body, %s, %s FROM {quote(drafts)} "
        f"WHERE id = %s AND NOT EXISTS ("
        f"SELECT 1 FROM {quote(revisions)} WHERE draft_id = %s AND created_at > %s)"
    )
    params = [
        DraftRevision.Reason.AUTOSAVE.value,
        adapt(now),
        draft_id,
        draft_id,
        adapt(now - REVISION_INTERVAL),
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount == 1


def save_cleaned_text(
    *, draft: Draft, headline: str, body: str, expected_version: int
) -> SaveResult:
    """Stores text the candidate asked us to clean up (normalise or make CP949-safe), keeping the
    previous stored text as a revision. The page then shows the stored text in the editor."""
    result = SaveResult(outcome="saved", headline=headline, body=body)
    result.error = check_size(headline=headline, body=body)
    if result.error:
        result.outcome = "too_long"
        return result
    if draft.version != expected_version:
        result.outcome = "stale"
        result.version = draft.version
        return result
    draft.replace_text(headline=headline, body=body, reason=DraftRevision.Reason.CLEANUP)
    result.version = draft.version
    result.saved_at = draft.updated_at
    return result
