"""Importers that fill the catalogue from documents (see `report.py`), and the one writer that
the demo content goes through too (`writer.py`, `sections.py`)."""

from .matching import Policy, fingerprint
from .parsed import ParsedReport, ReportError
from .report import decode_report, import_parsed, import_report, parse_report
from .summary import ImportSummary

__all__ = [
    "ImportSummary",
    "ParsedReport",
    "Policy",
    "ReportError",
    "decode_report",
    "fingerprint",
    "import_parsed",
    "import_report",
    "parse_report",
]
