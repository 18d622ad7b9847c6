"""Demo content for `make run`: two public institutions and one fictional company, written by us
as `ParsedReport` values and loaded through the report importer's own writer, so the demo and a
real import share natural keys, publishing and the curated-text rule (`importers/writer.py`).

Loading twice changes nothing; importing a report over the demo finds the demo's rows (see
`ParsedReport.rewrites`) and keeps their curated text unless the admin asks for the report's.
"""

from django.db import transaction

from prep.catalog.importers.report import import_parsed
from prep.catalog.importers.sections import write_catalogue
from prep.catalog.importers.summary import ImportSummary
from prep.catalog.importers.writer import Writer
from prep.catalog.models import Company

from .acrc import ACRC
from .alio import load_demo_figures
from .catalogue import CATALOGUE
from .nurion import NURION
from .ssis import SSIS

COMPANIES = [SSIS, ACRC, NURION]
SOURCE = "프렙 데모"

__all__ = ["ACRC", "CATALOGUE", "COMPANIES", "NURION", "SSIS", "load_catalog_demo"]


@transaction.atomic
def load_catalog_demo() -> list[Company]:
    """Create or update every demo company, the shared rows and the general questions."""
    summary = ImportSummary(source_name=SOURCE)
    writer = Writer(summary=summary, source_name=SOURCE, curated_source=True)
    write_catalogue(writer, CATALOGUE)
    summaries = [
        import_parsed(report, source_name=SOURCE, curated_source=True) for report in COMPANIES
    ]
    # Illustrative 경영공시 figures, through the ALIO importer as an admin's upload would go.
    load_demo_figures()
    companies = Company.objects.in_bulk([summary.company_pk for summary in summaries])
    return [companies[summary.company_pk] for summary in summaries]
