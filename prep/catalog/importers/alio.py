"""Import ALIO 경영공시 항목별 XLSX files into per-year company figures (`CompanyFigure`).

    summary = import_alio(data=xlsx_bytes, source_name="신규채용현황.xlsx", as_of=date(2026, 3, 31))

The files (DOMAIN.md §7) are wide: the rows above the header say the unit ("(단위: 명)",
"천원", "백만원"); the header is `기관명, 기관유형, 주무부처, [구분], 항목, 2021년 … 2025년`;
then one row per institution and item. Which file a sheet belongs to is read from the sheet's
name, else the file's: 임직원수현황, 신규채용현황, 직원평균보수현황 and its sheet 신입사원초임.
Reading is in `alio_sheets.py`; writing, here.

`metric_for()` says which items become figures (총 신규채용 and its 여성·청년·장애인·비수도권
지역인재 shares, 무기계약직; 1인당 평균보수액; 초임; 임직원 합계 and 일반정규직). Other items
(기본급, 고정수당 …) are skipped and named in the summary's warnings. A cell that is empty or '-'
is a missing figure, never a zero. Money is stored in 천원 whatever the file's unit.

As in the 잡알리오 importer, the whole file is read and checked first: if any row is malformed,
nothing is written and every problem is reported as `FILE:row N: reason`. Otherwise the file is
written in one transaction, each figure found by its natural key (company, metric, year), so a
second import of the same file changes nothing. Institutions are matched by name or alias (the
postings importer's index); unmatched ones are listed, and only `create_companies=True` adds
them, unpublished. The pages of the companies whose figures changed are marked as changed
(`page_cache.bump_companies`), as every other catalogue write does.
"""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from prep.catalog import page_cache
from prep.catalog.keys import natural_key
from prep.catalog.models import Company, CompanyFigure, CompanyKind, FigureMetric, metric_unit

from .alio_sheets import AlioFileError, FigureRow, metric_for, read_workbook
from .postings import _key as name_key

# The one index and the one way of adding a company, shared with the 잡알리오 importer.
from .postings import _new_company, company_index
from .summary import Counts, ImportSummary

__all__ = ["AlioFileError", "AlioImportSummary", "import_alio", "metric_for", "read_workbook"]

FIGURE_FIELDS = ("value", "unit", "source_file", "as_of")
# A figure's natural key (company, metric, year) as stored: found by it, never duplicated.
FIGURE_KEY = tuple(
    CompanyFigure._meta.get_field(name).attname for name in natural_key(CompanyFigure)
)


def _key_of(figure: CompanyFigure) -> tuple:
    return tuple(getattr(figure, name) for name in FIGURE_KEY)


@dataclass
class AlioImportSummary(ImportSummary):
    """The report importer's summary (counts per metric), plus the institutions' matching."""

    unmatched: dict[str, list[int]] = field(default_factory=dict)  # name → row numbers
    companies_created: list[str] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)
    blank_cells: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            **super().to_dict(),
            "unmatched": self.unmatched,
            "companies_created": self.companies_created,
            "companies": self.companies,
            "blank_cells": self.blank_cells,
        }


# --- writing ------------------------------------------------------------------------------------


def _company_for(row: FigureRow, companies: dict, summary, create: bool) -> Company | None:
    company = companies.get(name_key(row.institution))
    if company is None and create:
        company = _new_company(row.institution)
        kind = (
            CompanyKind.PUBLIC_ENTERPRISE
            if "공기업" in row.institution_type
            else CompanyKind.PUBLIC_INSTITUTION
        )
        Company.objects.filter(pk=company.pk).update(kind=kind)
        companies[name_key(row.institution)] = company
        summary.companies_created.append(company.name)
    if company is None:
        numbers = summary.unmatched.setdefault(row.institution, [])
        numbers.append(row.row)
    return company


def _update_ministries(ministries: dict[int, str]) -> set[int]:
    """주무부처 is a fact: brought up to date with the file (ministries are reorganised).
    Returns the companies whose 주무부처 changed."""
    current = dict(Company.objects.filter(pk__in=ministries).values_list("pk", "ministry"))
    changed = {pk for pk, ministry in ministries.items() if ministry and current[pk] != ministry}
    for pk in changed:
        Company.objects.filter(pk=pk).update(ministry=ministries[pk])
    return changed


def import_alio(
    *,
    data: bytes,
    source_name: str,
    dry_run: bool = False,
    create_companies: bool = False,
    as_of: date | None = None,
) -> AlioImportSummary:
    """Checks the whole file, then writes it in one transaction (rolled back for a dry run).
    Raises AlioFileError, having written nothing, when any row is malformed."""
    parsed = read_workbook(data, source_name)
    summary = AlioImportSummary(source_name=source_name, format="alio", dry_run=dry_run)
    summary.blank_cells = parsed.blank_cells
    if parsed.skipped_items:
        names = ", ".join(list(parsed.skipped_items)[:15])
        more = len(parsed.skipped_items) - 15
        summary.warnings.append(
            f"가져오지 않는 항목은 건너뛰었습니다: {names}" + (f" 외 {more}개" if more > 0 else "")
        )
    as_of = as_of or timezone.localdate()
    for metric in FigureMetric:
        if any(row.metric == metric for row in parsed.rows):
            summary.counts[str(metric.label)] = Counts()
    with transaction.atomic():
        companies = company_index()
        matched = [
            (row, company)
            for row in parsed.rows
            if (company := _company_for(row, companies, summary, create_companies))
        ]
        renamed = _update_ministries({company.pk: row.ministry for row, company in matched})
        if renamed:
            summary.of(Company).updated += len(renamed)
        existing = {
            _key_of(figure): figure
            for figure in CompanyFigure.objects.filter(
                company__in={company.pk for _row, company in matched},
                metric__in={row.metric for row, _company in matched},
            )
        }
        new, changed, seen, touched = [], [], set(), set()
        for row, company in matched:
            counts = summary.counts[str(FigureMetric(row.metric).label)]
            touched.add((company.pk, row.metric))
            for year, value in row.values.items():
                values = {
                    "value": value,
                    "unit": metric_unit(row.metric),
                    "source_file": source_name[:300],
                    "as_of": as_of,
                }
                candidate = CompanyFigure(
                    company_id=company.pk, metric=row.metric, year=year, **values
                )
                key = _key_of(candidate)
                seen.add(key)
                figure = existing.get(key)
                if figure is None:
                    new.append(candidate)
                    counts.created += 1
                elif any(getattr(figure, name) != value for name, value in values.items()):
                    for name, value in values.items():
                        setattr(figure, name, value)
                    changed.append(figure)
                    counts.updated += 1
                else:
                    counts.unchanged += 1
        for company_pk, metric, _year in existing.keys() - seen:
            if (company_pk, metric) in touched:
                summary.counts[str(FigureMetric(metric).label)].not_in_document += 1
        CompanyFigure.objects.bulk_create(new, batch_size=500)
        CompanyFigure.objects.bulk_update(changed, FIGURE_FIELDS, batch_size=500)
        # Bulk writes send no signals: the pages are marked as changed here, in one query.
        page_cache.bump_companies(
            sorted({figure.company_id for figure in [*new, *changed]} | renamed)
        )
        summary.companies = sorted({company.name for _row, company in matched})
        summary.company_name = f"{len(summary.companies)}곳"
        if dry_run:
            transaction.set_rollback(True)
    return summary
