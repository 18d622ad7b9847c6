"""Substring search over question-bank text, using the indexes of migration 0003.

Korean needs substring search: "갈등" must find "갈등해결 경험이 있으면…". Each database answers
it through a trigram index:

- SQLite: the FTS5 trigram tables `<table>_fts`, queried as a phrase (a trigram phrase query is
  exactly a substring match). Trigrams need at least 3 characters; a 1–2 character query falls
  back to LIKE, which scans the rows the other filters leave (measured in
  bench/question_search_bench.py: still within target at 50,000 questions).
- PostgreSQL: `icontains`, which pg_trgm's GIN index on UPPER(text) serves for ≥3 characters.
"""

import unicodedata

from django.db import connections
from django.db.models import Model, QuerySet
from django.db.models.expressions import RawSQL

TRIGRAM_LENGTH = 3

# Searchable models and the FTS5 table that mirrors their `text` column on SQLite.
_FTS_TABLES = {
    "catalog.interviewquestion": "catalog_interviewquestion_fts",
    "catalog.essayprompt": "catalog_essayprompt_fts",
}


def normalize_query(query: str) -> str:
    """NFC (text pasted from macOS file names can be NFD) with runs of whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", query).split())


def fts_table_for(model: type[Model]) -> str:
    return _FTS_TABLES[model._meta.label_lower]


def uses_fts(queryset: QuerySet, query: str) -> bool:
    """Whether `search_questions` answers this query from the SQLite FTS5 trigram index."""
    vendor = connections[queryset.db].vendor
    return vendor == "sqlite" and len(normalize_query(query)) >= TRIGRAM_LENGTH


def search_questions(queryset: QuerySet, query: str) -> QuerySet:
    """Narrow `queryset` (interview questions or essay prompts) to rows whose text contains
    `query`, case-insensitively, through the fastest index the database has."""
    query = normalize_query(query)
    if not query:
        return queryset
    if uses_fts(queryset, query):
        fts = fts_table_for(queryset.model)
        # A double-quoted FTS5 string is one phrase; quotes inside are doubled.
        phrase = '"' + query.replace('"', '""') + '"'
        matching = RawSQL(f"SELECT rowid FROM {fts} WHERE {fts} MATCH %s", [phrase])
        return queryset.filter(pk__in=matching)
    return queryset.filter(text__icontains=query)
