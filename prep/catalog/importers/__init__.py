"""Importers that fill the catalogue from documents (see `report.py`)."""

from .parsed import ParsedReport, ReportError
from .report import ImportSummary, decode_report, import_report, parse_report

__all__ = [
    "ImportSummary",
    "ParsedReport",
    "ReportError",
    "decode_report",
    "import_report",
    "parse_report",
]
