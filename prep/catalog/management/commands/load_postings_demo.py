"""Demo postings for the demo companies, written by the 잡알리오 importer.

The sample file is in the importer's format with fixed dates; they are moved so the first
posting opened three days ago, keeping the spacing, so the demo always shows open postings with
D-day badges. Each posting then asks its company's newest prompts.
"""

import json
from datetime import date, datetime, timedelta
from pathlib import Path

from django.core.management import BaseCommand
from django.db import transaction

from prep.catalog.importers.postings import import_postings
from prep.catalog.models.postings import Posting, seoul_today

SAMPLE = Path(__file__).resolve().parents[2] / "importers" / "demo_postings.json"
DATE_FIELDS = ("pbancBgngYmd", "pbancEndYmd")
OPENED_DAYS_AGO = 3


def shifted(document: dict, today: date) -> dict:
    days = [
        datetime.strptime(item[f], "%Y%m%d").date()
        for item in document["result"]
        for f in DATE_FIELDS
    ]
    offset = today - timedelta(days=OPENED_DAYS_AGO) - min(days)
    for item in document["result"]:
        for name in DATE_FIELDS:
            day = datetime.strptime(item[name], "%Y%m%d").date() + offset
            item[name] = day.strftime("%Y%m%d")
    return document


class Command(BaseCommand):
    help = "Loads demo postings for the demo companies (safe to run again: nothing is duplicated)."

    @transaction.atomic
    def handle(self, *args, **options):
        document = shifted(json.loads(SAMPLE.read_text(encoding="utf-8")), seoul_today())
        summary = import_postings(
            data=json.dumps(document, ensure_ascii=False),
            source_name=SAMPLE.name,
            publish=True,
        )
        sources = [str(item["recrutPblntSn"]) for item in document["result"]]
        for posting in Posting.objects.filter(source_id__in=sources).select_related("company"):
            if posting.posting_prompts.exists():
                continue
            newest = posting.company.essay_prompts.order_by("-season__year", "-season__half")
            season = newest.values_list("season_id", flat=True).first()
            for order, prompt in enumerate(
                newest.filter(season_id=season).order_by("order", "pk"), 1
            ):
                posting.posting_prompts.create(prompt=prompt, order=order)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo postings loaded: {len(summary.created)} new, "
                f"{len(summary.updated) + len(summary.unchanged)} already there."
            )
        )
