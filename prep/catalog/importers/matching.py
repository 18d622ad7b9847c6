"""How the writer recognises an item it has written before, under another wording.

A curator may rewrite what an import brought in (a quote, a question, a news title), and the demo
is itself our rewrite of the reports' facts. Re-importing the report must find those rows rather
than add the report's wording next to them. Every row the writer creates remembers, in its
`import_record`:

- `origin`: the `fingerprint()` of the report wording the row stands for (for the demo, the
  wording its rewrite replaces, from `ParsedReport.rewrites`);
- `written`: a digest of the curated fields as the writer last wrote them, so a later edit in
  the admin can be told from text the writer itself put there;
- `curated`: whether the writer wrote curated text (the demo) rather than a report's own.

A row is then found by its natural key, else by its origin, else by the fingerprint of its
current wording; the first that matches, among rows not already claimed in this import, wins.
"""

import hashlib
import json
import unicodedata
from enum import StrEnum
from typing import Any

from django.db import models


class Policy(StrEnum):
    """What a re-import does with text a curator changed (or the demo wrote)."""

    KEEP = "keep"  # keep the curated text; numbers and dates are still brought up to date
    REPLACE = "replace"  # write the report's text over it


def fingerprint(text: str) -> str:
    """The same for two wordings that differ only in spacing, punctuation, quote marks, width or
    case: 16 hex digits of a hash of the letters and digits."""
    letters = "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())
    return hashlib.sha256(letters.encode()).hexdigest()[:16]


def digest(values: dict[str, Any]) -> str:
    """A short digest of field values (model instances by their pk)."""
    plain = {
        name: value.pk if isinstance(value, models.Model) else value
        for name, value in sorted(values.items())
    }
    text = json.dumps(plain, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def find_existing(
    scope: models.QuerySet,
    key: dict[str, Any],
    *,
    wording_field: str | None,
    origin: str,
    claimed: set[int],
) -> models.Model | None:
    """The row of `scope` that is the same item: same natural key, else same origin, else the
    same fingerprint of its wording. Rows in `claimed` were matched to other items already."""
    exact = scope.filter(**key).exclude(pk__in=claimed).order_by("pk").first()
    if exact is not None or not wording_field or not origin:
        return exact
    candidates = [row for row in scope.exclude(pk__in=claimed).order_by("pk")]
    for row in candidates:
        if (row.import_record or {}).get("origin") == origin:
            return row
    for row in candidates:
        if fingerprint(getattr(row, wording_field)) == origin:
            return row
    return None
