"""Question-bank plans that stay fast at 50,000 questions (bench/question_search_bench.py).

- The `published` indexes of interview questions and 자소서 prompts go. Nearly every row is
  published, so they never narrow a search; but catalog_text_grams()'s declared cost (0005)
  made PostgreSQL AND them into every short-word search, reading 49,000 index entries for
  nothing (6 ms of an 11 ms query). They are dropped by name, not by AlterField: on SQLite
  AlterField rebuilds the table, which would drop the FTS5 triggers of 0003.
- PostgreSQL: catalog_text_grams() becomes PARALLEL RESTRICTED, so a search is never handed
  to parallel workers. Starting them took longer than the few thousand rows a search reads
  (a 1–2 character search went from 6 to 11 ms).
"""

from django.db import migrations, models

BANK_MODELS = ["InterviewQuestion", "EssayPrompt"]


def published_indexes(apps, schema_editor):
    """(table, index name) of each single-column index on `published` of BANK_MODELS."""
    connection = schema_editor.connection
    found = []
    with connection.cursor() as cursor:
        for model_name in BANK_MODELS:
            table = apps.get_model("catalog", model_name)._meta.db_table
            for name, info in connection.introspection.get_constraints(cursor, table).items():
                plain = info["index"] and not info["unique"] and not info["primary_key"]
                if plain and info["columns"] == ["published"]:
                    found.append((table, name))
    return found


def forwards(apps, schema_editor):
    quote = schema_editor.quote_name
    for _table, name in published_indexes(apps, schema_editor):
        schema_editor.execute(f"DROP INDEX {quote(name)}")
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER FUNCTION catalog_text_grams(text) PARALLEL RESTRICTED")


def backwards(apps, schema_editor):
    quote = schema_editor.quote_name
    for model_name in BANK_MODELS:
        table = apps.get_model("catalog", model_name)._meta.db_table
        schema_editor.execute(
            f"CREATE INDEX {quote(table + '_published')} ON {quote(table)} ({quote('published')})"
        )
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER FUNCTION catalog_text_grams(text) PARALLEL SAFE")


class Migration(migrations.Migration):
    dependencies = [("catalog", "0005_search_speed")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(forwards, backwards)],
            state_operations=[
                migrations.AlterField(
                    model_name="interviewquestion",
                    name="published",
                    field=models.BooleanField(default=True, verbose_name="공개"),
                ),
                migrations.AlterField(
                    model_name="essayprompt",
                    name="published",
                    field=models.BooleanField(default=True, verbose_name="공개"),
                ),
            ],
        )
    ]
