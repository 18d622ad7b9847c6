"""Substring-search indexes for the question bank (interview questions and 자소서 prompts).

Korean has no spaces between a word and its particles, so candidates search by substring
("갈등" must find "갈등해결"). A plain LIKE scans every row; at 50,000 questions that misses the
50 ms target, so each database gets a trigram index:

- SQLite: an FTS5 table with the trigram tokenizer over each `text` column (external content,
  so the text is stored once), kept in sync by triggers. prep.catalog.search queries it.
- PostgreSQL: pg_trgm GIN indexes on UPPER(text), the expression Django's `icontains` emits,
  so the ORM uses them without raw SQL.

The SQL lives here rather than in Meta.indexes because FTS5 tables and triggers are not
something the ORM can describe. Caution for later migrations on SQLite: when Django rebuilds
one of these tables (most AlterField operations do), the triggers go with the old table;
recreate them in that migration (tests/catalog/test_search.py fails if they are missing).
"""

from django.db import migrations

SEARCHED_TABLES = ["catalog_interviewquestion", "catalog_essayprompt"]


def sqlite_create(table: str) -> list[str]:
    fts = f"{table}_fts"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5("
        f"text, content='{table}', content_rowid='id', tokenize='trigram')",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, text) VALUES (new.id, new.text); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.id, old.text); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_update AFTER UPDATE OF text ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.id, old.text); "
        f"INSERT INTO {fts}(rowid, text) VALUES (new.id, new.text); END",
    ]


def sqlite_drop(table: str) -> list[str]:
    fts = f"{table}_fts"
    return [
        f"DROP TRIGGER IF EXISTS {fts}_insert",
        f"DROP TRIGGER IF EXISTS {fts}_delete",
        f"DROP TRIGGER IF EXISTS {fts}_update",
        f"DROP TABLE IF EXISTS {fts}",
    ]


def postgresql_create(table: str) -> list[str]:
    return [
        f"CREATE INDEX IF NOT EXISTS {table}_text_trgm "
        f"ON {table} USING gin (UPPER(text) gin_trgm_ops)",
    ]


def postgresql_drop(table: str) -> list[str]:
    return [f"DROP INDEX IF EXISTS {table}_text_trgm"]


def run(schema_editor, statements: list[str]) -> None:
    for statement in statements:
        schema_editor.execute(statement)


def create_search_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for table in SEARCHED_TABLES:
            run(schema_editor, sqlite_create(table))
    elif vendor == "postgresql":
        # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
        run(schema_editor, ["CREATE EXTENSION IF NOT EXISTS pg_trgm"])
        for table in SEARCHED_TABLES:
            run(schema_editor, postgresql_create(table))


def drop_search_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for table in SEARCHED_TABLES:
            run(schema_editor, sqlite_drop(table))
    elif vendor == "postgresql":
        for table in SEARCHED_TABLES:
            run(schema_editor, postgresql_drop(table))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0002_ncs_competencies")]

    operations = [migrations.RunPython(create_search_indexes, drop_search_indexes)]
