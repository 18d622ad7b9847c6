"""Shared by the catalogue's models: the published filter and the importer's record."""

from django.db import models


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)


def import_record_field():
    """What the report writer remembers about a row it wrote (`importers/matching.py`)."""
    # Nullable without a default so that SQLite adds the column in place: rebuilding the table
    # would drop the search triggers of migration 0003.
    return models.JSONField(null=True, blank=True, editable=False)
