"""Substring-search indexes for the question bank (interview questions and 자소서 prompts).

Korean has no spaces between a word and its particles, so candidates search by substring
("갈등" must find "갈등해결"). A plain LIKE scans every row; at 50,000 questions that misses the
50 ms target, so each database gets a trigram index:

- SQLite: a contentless FTS5 table with the trigram tokenizer per searched table, kept in sync
  by triggers, plus an fts5vocab table listing its trigrams. Each text is indexed with two
  trailing spaces so that every occurrence of a 1- or 2-character query starts some trigram:
  prep.catalog.search looks those trigrams up in the vocabulary and ORs them, so short Korean
  queries ("갈등", "팀") are indexed too, not only those of 3 characters or more.
- PostgreSQL: a GIN index on catalog_text_grams(text), the text's lower-cased pieces of 1 to 3
  characters. It works like pg_trgm's trigram index but also serves 1–2 character queries, and
  needs no extension. (pg_trgm was measured first: it cannot serve "갈등", and at this size the
  planner prefers a sequential ILIKE scan that takes far longer than it estimates.)

The SQL lives here rather than in Meta.indexes because FTS5 tables and triggers are not
something the ORM can describe. Caution for later migrations on SQLite: when Django rebuilds
one of these tables (most AlterField operations do), the triggers go with the old table;
recreate them in that migration (tests/catalog/test_search.py fails if they are missing).
"""

from django.db import migrations

SEARCHED_TABLES = ["catalog_interviewquestion", "catalog_essayprompt"]

# The competency filter reads "which questions carry these competencies" from the M2M tables.
# Django's own indexes there are (question, competency) and single columns, so the lookup
# by competency has to visit every matching row; these covering indexes answer it from the
# index alone, on both databases.
COMPETENCY_INDEXES = [
    ("catalog_interviewquestion_competencies", "interviewquestion_id"),
    ("catalog_essayprompt_competencies", "essayprompt_id"),
]


def competency_indexes_create() -> list[str]:
    return [
        f"CREATE INDEX IF NOT EXISTS {table}_by_competency ON {table} (competency_id, {column})"
        for table, column in COMPETENCY_INDEXES
    ]


def competency_indexes_drop() -> list[str]:
    return [f"DROP INDEX IF EXISTS {table}_by_competency" for table, _column in COMPETENCY_INDEXES]


# What the FTS table indexes for a row: its text plus the two-space sentinel. The delete
# commands must repeat exactly what was inserted, so this is the one place that says it.
INDEXED = "{row}.text || '  '"


def sqlite_create(table: str) -> list[str]:
    fts = f"{table}_fts"
    new, old = INDEXED.format(row="new"), INDEXED.format(row="old")
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5("
        f"text, content='', tokenize='trigram')",
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts}_terms USING fts5vocab({fts}, 'row')",
        f"INSERT INTO {fts}(rowid, text) SELECT id, {INDEXED.format(row=table)} FROM {table}",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, text) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_update AFTER UPDATE OF text ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {fts}(rowid, text) VALUES (new.id, {new}); END",
    ]


def sqlite_drop(table: str) -> list[str]:
    fts = f"{table}_fts"
    return [
        f"DROP TRIGGER IF EXISTS {fts}_insert",
        f"DROP TRIGGER IF EXISTS {fts}_delete",
        f"DROP TRIGGER IF EXISTS {fts}_update",
        f"DROP TABLE IF EXISTS {fts}_terms",
        f"DROP TABLE IF EXISTS {fts}",
    ]


# The text's pieces of 1, 2 and 3 characters, lower-cased: a trigram index (as pg_trgm's) that
# also serves queries of 1 or 2 characters, which candidates do type ("갈등", "청렴", "팀").
POSTGRESQL_TEXT_GRAMS = """
CREATE OR REPLACE FUNCTION catalog_text_grams(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substr(folded.v, i, n)), '{}')
    FROM (SELECT lower(value) AS v) AS folded,
         generate_series(1, char_length(folded.v)) AS i,
         (VALUES (1), (2), (3)) AS sizes(n)
    WHERE i + n - 1 <= char_length(folded.v)
$$
"""

# The pieces a text must contain to contain the query: its trigrams, or the whole query when
# it is shorter than 3 characters.
POSTGRESQL_QUERY_GRAMS = """
CREATE OR REPLACE FUNCTION catalog_query_grams(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substr(folded.v, i, least(3, char_length(folded.v)))), '{}')
    FROM (SELECT lower(value) AS v) AS folded,
         generate_series(1, greatest(char_length(folded.v) - 2, 1)) AS i
$$
"""


def postgresql_create(table: str) -> list[str]:
    return [
        f"CREATE INDEX IF NOT EXISTS {table}_text_grams "
        f"ON {table} USING gin (catalog_text_grams(text))",
    ]


def postgresql_drop(table: str) -> list[str]:
    return [f"DROP INDEX IF EXISTS {table}_text_grams"]


def run(schema_editor, statements: list[str]) -> None:
    for statement in statements:
        schema_editor.execute(statement)


def create_search_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    run(schema_editor, competency_indexes_create())
    if vendor == "sqlite":
        for table in SEARCHED_TABLES:
            run(schema_editor, sqlite_create(table))
    elif vendor == "postgresql":
        run(schema_editor, [POSTGRESQL_TEXT_GRAMS, POSTGRESQL_QUERY_GRAMS])
        for table in SEARCHED_TABLES:
            run(schema_editor, postgresql_create(table))


def drop_search_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    run(schema_editor, competency_indexes_drop())
    if vendor == "sqlite":
        for table in SEARCHED_TABLES:
            run(schema_editor, sqlite_drop(table))
    elif vendor == "postgresql":
        for table in SEARCHED_TABLES:
            run(schema_editor, postgresql_drop(table))
        run(
            schema_editor,
            [
                "DROP FUNCTION IF EXISTS catalog_text_grams(text)",
                "DROP FUNCTION IF EXISTS catalog_query_grams(text)",
            ],
        )


class Migration(migrations.Migration):
    dependencies = [("catalog", "0002_ncs_competencies")]

    operations = [migrations.RunPython(create_search_indexes, drop_search_indexes)]
