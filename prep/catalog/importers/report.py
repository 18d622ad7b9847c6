"""Import a company report (the two formats of docs/domain.md) into the catalogue.

    text = decode_report(data, encoding=None)
    summary = import_report(text=text, source_name="000_….txt", dry_run=False)

Parsing (`analysis.py`, `cases.py`) produces a `ParsedReport` of plain dataclasses; the one writer
(`writer.py`, with `sections.py` saying what rows a report makes) turns it into rows. The writer
is idempotent: every row is found by its natural key (or as the same item under a curated
rewording) and saved only when a value differs, so importing the same document twice reports
nothing changed, and an updated document updates rows in place.

Rows that are no longer in the document are left alone: an admin may have added them by hand, and
a report that omits a section (or a trimmed upload) must not delete curated content. The summary
counts them per model ("문서에 없음") so the admin can tidy up in the admin if they are stale.
The report formats are described in docs/domain.md.
"""

import codecs

from django.db import transaction

from prep.coach.counting import stored_text

from . import cases
from .analysis import parse_analysis
from .matching import Policy
from .parsed import ParsedReport, ReportError
from .sections import write_report
from .summary import ImportSummary
from .writer import Writer

ENCODINGS = ("utf-8", "cp949", "euc-kr")


# --- decoding and parsing ----------------------------------------------------------------------


def decode_report(data: bytes, encoding: str | None = None) -> str:
    """The document's text: UTF-8 (with or without BOM), else CP949/EUC-KR, or the given codec."""
    if encoding:
        try:
            # A bytes-to-bytes codec (zlib, base64) is no text encoding; decode() would say so
            # with a LookupError of its own.
            if not codecs.lookup(encoding)._is_text_encoding:
                raise LookupError(encoding)
        except (LookupError, ValueError):
            raise ReportError(0, f"알 수 없는 인코딩입니다: '{encoding}'.") from None
        try:
            return data.decode("utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding)
        except UnicodeDecodeError as error:
            raise ReportError(
                _line_at(data, error.start),
                f"'{encoding}' 인코딩으로 읽을 수 없는 바이트가 있습니다. 인코딩을 확인해 주세요.",
            ) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Windows Notepad's "Unicode": read it rather than mistake its NUL bytes for CP949.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ReportError(
                _line_at(data, error.start), "UTF-16 파일을 읽을 수 없습니다."
            ) from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        first_error = error
    try:
        # CP949 is a superset of EUC-KR, so it also reads every EUC-KR file.
        return data.decode("cp949")
    except UnicodeDecodeError:
        raise ReportError(
            _line_at(data, first_error.start),
            "UTF-8로도 CP949(EUC-KR)로도 읽을 수 없는 파일입니다. "
            "인코딩을 직접 지정해 주세요 (--encoding).",
        ) from None


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def normalise_text(text: str) -> str:
    """The report as stored text (prep.coach.counting.stored_text): LF line breaks, NFC, no
    invisible or control characters (a NUL in an uploaded file would fail on PostgreSQL)."""
    return stored_text(text)[0]


def detect_format(text: str) -> str:
    lines = [line.strip() for line in text.split("\n")]
    if any(cases.HEADING.match(line) for line in lines) or (
        any(line.startswith("■") for line in lines)
        and any(cases.PART.match(line) for line in lines)
    ):
        return "cases"
    if any(line.startswith("#") for line in lines) or any(" > " in line for line in lines):
        return "analysis"
    raise ReportError(
        1,
        "문서 형식을 알 수 없습니다: '## 제목'과 '분류 > 항목' 줄로 된 기업 분석 리포트이거나, "
        "'■ 제목'과 (상황)·(노력)·(효과)로 된 적극행정 사례 목록이어야 합니다.",
    )


PARSERS = {"analysis": parse_analysis, "cases": cases.parse_cases}


def parse_report(text: str, *, source_name: str = "") -> ParsedReport:
    text = normalise_text(text)
    if not text.strip():
        raise ReportError(1, "문서가 비어 있습니다.")
    return PARSERS[detect_format(text)](text, source_name=source_name)


# --- writing -----------------------------------------------------------------------------------


@transaction.atomic
def import_report(
    *, text: str, source_name: str, dry_run: bool = False, policy: Policy = Policy.KEEP
) -> ImportSummary:
    """Parse and write one document in one transaction; a `ReportError` leaves nothing behind."""
    parsed = parse_report(text, source_name=source_name)
    return import_parsed(parsed, source_name=source_name, dry_run=dry_run, policy=policy)


@transaction.atomic
def import_parsed(
    report: ParsedReport,
    *,
    source_name: str,
    dry_run: bool = False,
    policy: Policy = Policy.KEEP,
    curated_source: bool = False,
) -> ImportSummary:
    """Write a parsed report (or the demo's `ParsedReport` values) through the one writer."""
    summary = ImportSummary(
        source_name=source_name,
        company_name=report.company.name,
        format=report.format,
        dry_run=dry_run,
        policy=str(policy),
        warnings=list(report.warnings),
    )
    writer = Writer(
        summary=summary, source_name=source_name, policy=policy, curated_source=curated_source
    )
    write_report(writer, report)
    if dry_run:
        # Everything above ran, so the counts are exact; the savepoint or transaction is undone.
        transaction.set_rollback(True)
        summary.company_pk = None
    return summary
