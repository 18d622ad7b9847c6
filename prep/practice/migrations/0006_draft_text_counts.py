from django.db import migrations, models

from prep.practice.drafts.models import counts_to_store


def count_existing_drafts(apps, schema_editor):
    """Drafts written before the counts were stored get them now, so lists never recount."""
    Draft = apps.get_model("practice", "Draft")
    batch = []
    for draft in Draft.objects.only("headline", "body").iterator(chunk_size=500):
        draft.text_counts = counts_to_store(headline=draft.headline, body=draft.body)
        batch.append(draft)
        if len(batch) == 500:
            Draft.objects.bulk_update(batch, ["text_counts"])
            batch = []
    Draft.objects.bulk_update(batch, ["text_counts"])


class Migration(migrations.Migration):
    dependencies = [
        ("practice", "0005_korean_labels"),
    ]

    operations = [
        migrations.AddField(
            model_name="draft",
            name="text_counts",
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.RunPython(count_existing_drafts, migrations.RunPython.noop, elidable=True),
    ]
