"""Our own small report files (tests/catalog/reports) and the seed reports beside the
checkout, for the importer's tests."""

from pathlib import Path

from django.apps import apps

from prep.catalog.importers import import_report, parse_report

REPORTS = Path(__file__).parent / "reports"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
ANALYSIS_SEED = SEEDS / "000_83ef860a96c577ed.txt"
CASES_SEED = SEEDS / "004_e6c86345e030f584.txt"


def read(name: str) -> str:
    return (REPORTS / name).read_text(encoding="utf-8")


def parse(name: str):
    return parse_report(read(name), source_name=name)


def import_file(name: str, **kwargs):
    return import_report(text=read(name), source_name=name, **kwargs)


def row_counts() -> dict[str, int]:
    """Rows in every catalogue table, many-to-many tables included."""
    counts = {}
    for model in apps.get_app_config("catalog").get_models(include_auto_created=True):
        counts[model._meta.label] = model.objects.count()
    return counts
