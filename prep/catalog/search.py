"""Substring search over question-bank text, using the indexes of migration 0003.

Korean needs substring search: "갈등" must find "갈등해결 경험이 있으면…". Each database answers
it through a trigram index:

- SQLite: the contentless FTS5 trigram table `<table>_fts`. A query of 3 characters or more is
  one phrase (a trigram phrase query is exactly a substring match). A shorter query has no
  trigram of its own, but every place it occurs starts a trigram (each text is indexed with
  two trailing spaces), so the trigrams it begins are read from the vocabulary table
  `<table>_fts_terms` and ORed. When a very common character begins too many trigrams, LIKE
  is used instead: a common character matches so many rows that a page fills at once.
- PostgreSQL: a GIN index over each text's lower-cased 1–3 character pieces
  (`catalog_text_grams`, migration 0003) narrows to rows holding the query's trigrams (or the
  query itself when shorter), and strpos confirms the substring.
- Any other database: `icontains` (a scan).

bench/question_search_bench.py measures all of it at 50,000 questions.
"""

import unicodedata

from django.db import connections
from django.db.models import BooleanField, Model, QuerySet
from django.db.models.expressions import RawSQL

TRIGRAM_LENGTH = 3
# Past this many trigrams a short query is common enough that LIKE finds a page quickly.
MAX_SHORT_QUERY_TRIGRAMS = 200

# Searchable models and the FTS5 table that indexes their `text` column on SQLite.
_FTS_TABLES = {
    "catalog.interviewquestion": "catalog_interviewquestion_fts",
    "catalog.essayprompt": "catalog_essayprompt_fts",
}


# Longer searches match nothing useful, and SQLite refuses LIKE patterns over 50,000 bytes.
MAX_QUERY_LENGTH = 100


def bounded_query(query: str) -> tuple[str, bool]:
    """`query` stripped and cut to MAX_QUERY_LENGTH characters, and whether it was cut."""
    query = query.strip()
    return query[:MAX_QUERY_LENGTH], len(query) > MAX_QUERY_LENGTH


def normalize_query(query: str) -> str:
    """NFC (text pasted from macOS file names can be NFD) with runs of whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", query).split())


def fts_table_for(model: type[Model]) -> str:
    return _FTS_TABLES[model._meta.label_lower]


def fts_phrase(text: str) -> str:
    """`text` as one FTS5 phrase: double-quoted, inner quotes doubled."""
    return '"' + text.replace('"', '""') + '"'


def fts_match(queryset: QuerySet, query: str) -> str | None:
    """The FTS5 MATCH expression for `query` on SQLite, or None when LIKE should answer.

    An empty string means no indexed text can contain the query.
    """
    if connections[queryset.db].vendor != "sqlite":
        return None
    if len(query) >= TRIGRAM_LENGTH:
        return fts_phrase(query)
    fts = fts_table_for(queryset.model)
    # The tokenizer folds case; the vocabulary holds folded trigrams.
    prefix = query.lower()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(
            f"SELECT term FROM {fts}_terms WHERE term >= %s AND term < %s LIMIT %s",
            [prefix, prefix + "\U0010ffff", MAX_SHORT_QUERY_TRIGRAMS + 1],
        )
        trigrams = [term for (term,) in cursor.fetchall()]
    if len(trigrams) > MAX_SHORT_QUERY_TRIGRAMS:
        return None
    return " OR ".join(fts_phrase(trigram) for trigram in trigrams)


def postgresql_search(queryset: QuerySet, query: str) -> QuerySet:
    table = queryset.model._meta.db_table
    text = f'"{table}"."text"'
    # The GIN index finds the rows holding all of the query's trigrams; strpos then keeps
    # those where they stand together (ILIKE measured 3x slower on Korean text; a query
    # without letter case, as Korean is, needs no lower-casing at all).
    # A condition on the searched table itself, not `pk IN (subquery)`: the planner then reads
    # the matches with one bitmap scan and applies the other filters to them on the way,
    # instead of looking every match up again by primary key.
    if query.lower() == query.upper():
        contains = f"strpos({text}, %s) > 0"
    else:
        contains = f"strpos(lower({text}), lower(%s)) > 0"
    matching = RawSQL(
        f"catalog_text_grams({text}) @> catalog_query_grams(%s) AND {contains}",
        [query, query],
        output_field=BooleanField(),
    )
    return queryset.filter(matching)


def search_questions(queryset: QuerySet, query: str) -> QuerySet:
    """Narrow `queryset` (interview questions or essay prompts) to rows whose text contains
    `query`, case-insensitively, through the fastest index the database has."""
    query = normalize_query(query)
    if not query:
        return queryset
    if connections[queryset.db].vendor == "postgresql":
        return postgresql_search(queryset, query)
    match = fts_match(queryset, query)
    if match is None:
        return queryset.filter(text__icontains=query)
    if not match:
        return queryset.none()
    fts = fts_table_for(queryset.model)
    return queryset.filter(pk__in=RawSQL(f"SELECT rowid FROM {fts} WHERE {fts} MATCH %s", [match]))
