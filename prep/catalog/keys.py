"""Each catalogue model's natural key: the fields that say two rows are the same item.

Stated once. Where the database enforces the key, the model's UniqueConstraint (or a unique
field) is the statement and is read from the model; the table below names the keys the database
does not enforce (two admins may legitimately write two reviews with the same season and job,
so those stay unconstrained). The report writer (`importers/writer.py`), the demo (which goes
through that writer) and the spreadsheet resources (`resources.py`) all ask `natural_key()`.

`CompanyFigure` (ALIO 경영공시 figures) is keyed by its constraint: company, metric and year. The
ALIO importer (`importers/alio.py`) finds figures by `natural_key(CompanyFigure)`.
"""

from django.db import models

# Keyed by a constraint the database enforces only on part of the table: a curated company by
# its name (`company_curated_name_unique`); candidates' own companies are never matched.
PARTIAL_KEYS: dict[str, tuple[str, ...]] = {"catalog.company": ("name",)}

UNCONSTRAINED_KEYS: dict[str, tuple[str, ...]] = {
    "catalog.surveyquote": ("survey", "tone", "text"),
    "catalog.corevalue": ("company", "name"),
    "catalog.talenttrait": ("company", "name"),
    "catalog.hiringstep": ("company", "name"),
    "catalog.sampleanswer": ("prompt", "body"),
    "catalog.interviewreview": ("company", "season", "position", "job"),
    "catalog.interviewquestion": ("company", "text"),
    # Written by the 잡알리오 importer, which replaces a posting's steps as a whole.
    "catalog.postingstep": ("posting", "order", "kind"),
}


def natural_key(model: type[models.Model]) -> tuple[str, ...]:
    if key := PARTIAL_KEYS.get(model._meta.label_lower):
        return key
    for constraint in model._meta.constraints:
        unique = isinstance(constraint, models.UniqueConstraint)
        if unique and constraint.fields and constraint.condition is None:
            return tuple(constraint.fields)
    for field in model._meta.concrete_fields:
        if field.unique and not field.primary_key:
            return (field.name,)
    return UNCONSTRAINED_KEYS[model._meta.label_lower]


def catalogue_rows(model: type[models.Model]) -> models.QuerySet:
    """The rows of `model` the catalogue's writers may find and change: for companies and
    prompts only the curated ones, so an import never matches or overwrites a candidate's own
    company (내 지원처) or its prompts."""
    rows = model._default_manager.all()
    return rows.curated() if hasattr(rows, "curated") else rows
