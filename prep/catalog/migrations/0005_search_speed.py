"""Keep PostgreSQL's question-bank search on the plans that are fast (measured at 50,000
questions by bench/question_search_bench.py). Nothing changes on SQLite.

- The gram GIN indexes of 0003 stop using a pending list (fastupdate): new rows went to an
  unsorted list that every search read through until the next vacuum, 3 ms for a query with
  no match. The catalogue is written by curators, rarely; reads are what must be fast.
- catalog_text_grams() costs about 0.3 ms a row. Its declared cost says so, so the planner
  reads it from the index and never computes it row by row as a filter.
"""

from django.db import migrations

GRAM_INDEXES = ["catalog_interviewquestion_text_grams", "catalog_essayprompt_text_grams"]


def speed_up(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("ALTER FUNCTION catalog_text_grams(text) COST 10000")
    for index in GRAM_INDEXES:
        schema_editor.execute(f"ALTER INDEX {index} SET (fastupdate = off)")
        # Turning fastupdate off keeps what is already pending; move it into the index now.
        schema_editor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])


def undo(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("ALTER FUNCTION catalog_text_grams(text) COST 100")
    for index in GRAM_INDEXES:
        schema_editor.execute(f"ALTER INDEX {index} RESET (fastupdate)")


class Migration(migrations.Migration):
    dependencies = [("catalog", "0004_coach_term_lists")]

    operations = [migrations.RunPython(speed_up, undo)]
