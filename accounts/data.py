"""Everything a candidate owns, found the way the database finds it: by following every foreign
key that cascades from the user. A model added later is covered without touching this module.
"""

import io
import json
import zipfile
from collections import Counter

from django.contrib.admin.utils import NestedObjects
from django.core import serializers
from django.db import models, transaction
from django.utils import timezone

# Secrets and bookkeeping that are not the candidate's content.
EXCLUDED_FIELDS = {"accounts.user": {"password"}}


def owned_objects(user) -> dict[type[models.Model], list[models.Model]]:
    """Every row that deleting `user` would delete, grouped by model (the user included)."""
    collector = NestedObjects(using=user._state.db or "default")
    collector.collect([user])
    return {
        model: sorted(instances, key=lambda obj: obj.pk)
        for model, instances in collector.data.items()
    }


def owned_counts(user) -> Counter:
    return Counter(
        {
            str(model._meta.verbose_name_plural): len(instances)
            for model, instances in owned_objects(user).items()
            if not model._meta.auto_created
        }
    )


def _serialize(model: type[models.Model], instances: list[models.Model]) -> list[dict]:
    label = model._meta.label_lower
    excluded = EXCLUDED_FIELDS.get(label, set())
    fields = [
        field.name
        for field in [*model._meta.local_fields, *model._meta.local_many_to_many]
        if field.name not in excluded and not field.primary_key
    ]
    return json.loads(serializers.serialize("json", instances, fields=fields))


def export_zip(user, *, draft_files=None) -> bytes:
    """A zip with `data.json` (every owned row) plus each draft as files.

    `draft_files(user)` yields (filename, bytes) pairs for the drafts' own documents.
    """
    payload = {
        "exported_at": timezone.now().isoformat(),
        "user": user.email,
        "models": {
            model._meta.label_lower: _serialize(model, instances)
            for model, instances in owned_objects(user).items()
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "data.json", json.dumps(payload, ensure_ascii=False, indent=2, default=str)
        )
        for name, content in draft_files(user) if draft_files else []:
            archive.writestr(name, content)
    return buffer.getvalue()


@transaction.atomic
def delete_account(user) -> Counter:
    """Deletes the user and every row that belongs to them; returns rows deleted per model."""
    _, per_model = user.delete()
    return Counter(per_model)
