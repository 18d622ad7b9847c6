"""Reading an ALIO 경영공시 항목별 XLSX file (`alio.py` writes what this reads).

Which file a sheet belongs to is read from the sheet's name, else the file's (`sheet_kind`);
the header is looked for in the first rows (`_find_header`); each row's items become figures as
`metric_for()` says. A blank 기관명 continues the block above it (a merged cell), and so does a
blank 구분 within such a block. Units are read from the rows above the header or a 단위 column.
"""

import io
import re
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from prep.catalog.models import Company, FigureMetric, metric_unit
from prep.catalog.models.figures import THOUSAND_WON
from prep.coach.counting import stored_text

from .postings import _key as name_key

HIRES, PAY, STARTING, EMPLOYEES = "hires", "pay", "starting", "employees"
# Looked for in a sheet's name, then the file's; the first that matches wins (초임 before 보수).
KIND_WORDS = (
    ("초임", STARTING),
    ("신규채용", HIRES),
    ("평균보수", PAY),
    ("보수", PAY),
    ("임직원", EMPLOYEES),
    ("직원수", EMPLOYEES),
)
HEADER_SEARCH_ROWS = 10
MAX_ROWS = 100_000
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_VALUE = Decimal(10) ** 13
YEAR = re.compile(r"^(\d{4})(?:년도|년)?(?:\(.*\))?$")
FIRST_YEAR, LAST_YEAR = 1990, 2100
UNIT_SPEC = re.compile(r"단위\s*[:：]?\s*([^)\]\n]*)")
MONEY_UNITS = {"원": Decimal("0.001"), "천원": Decimal(1), "백만원": Decimal(1000)}
MONEY_TOKEN = re.compile(r"백만원|천원|원")
_UNIT = r"(?:백만원|천원|원|명|%)"
BARE_UNITS = re.compile(rf"[(\[]?\s*{_UNIT}(?:\s*[,/·]\s*{_UNIT})*\s*[)\]]?")
BLANK_MARKS = {"", "-", "–", "—", "－", "·"}
TOTALS = {"전체", "합계", "계", "총계", "총원", "총인원", "소계"}
SUBGROUPS = (
    ("여성", FigureMetric.NEW_HIRES_WOMEN),
    ("청년", FigureMetric.NEW_HIRES_YOUTH),
    ("장애인", FigureMetric.NEW_HIRES_DISABLED),
    ("비수도권", FigureMetric.NEW_HIRES_LOCAL),
)
# The other groups an item may be counted for (이전지역 지역인재, 고졸 …): never the total.
OTHER_GROUPS = ("이전지역", "고졸", "북한이탈", "다문화", "저소득", "경력", "인턴")


class AlioFileError(Exception):
    """A file that cannot be imported; `errors` are `FILE:row N: reason` lines."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class FigureRow:
    """One row of a sheet that holds a figure: an institution's item over the years."""

    row: int
    sheet: str
    institution: str
    institution_type: str
    ministry: str
    metric: str
    values: dict[int, Decimal]


@dataclass
class AlioFile:
    rows: list[FigureRow]
    blank_cells: int = 0
    skipped_items: dict[str, int] = field(default_factory=dict)  # item → rows skipped


# --- which item is which figure -----------------------------------------------------------------


def _compact(value: Any) -> str:
    """A label as compared: NFC, no spaces, no parenthesised note ("청년(만34세 이하)")."""
    text = unicodedata.normalize("NFC", str(value or ""))
    return re.sub(r"\(.*?\)", "", "".join(text.split()))


def _is_total(label: str) -> bool:
    return label in TOTALS or label.startswith("총") or "합계" in label


def metric_for(kind: str, division: str, item: str) -> str | None:
    """The metric a row of a sheet of `kind` holds, or None for items we do not keep."""
    group, item = _compact(division), _compact(item)
    if "비정규" in group + item:
        return None
    if kind == HIRES:
        subgroup = next((metric for word, metric in SUBGROUPS if word in item), None)
        if "무기계약" in group + item:
            return None if subgroup else FigureMetric.NEW_HIRES_INDEFINITE
        if group and "정규직" not in group and not _is_total(group):
            return None  # another 구분 (청년인턴 …)
        if subgroup:
            return subgroup
        if any(word in item for word in OTHER_GROUPS):
            return None
        if _is_total(item) or "정규직" in item or item == "신규채용":
            return FigureMetric.NEW_HIRES
        return None
    if "무기계약" in group or "임원" in group:
        return None
    if kind == PAY:
        return FigureMetric.AVERAGE_PAY if "평균보수" in item else None
    if kind == STARTING:
        return FigureMetric.STARTING_SALARY if "초임" in item or _is_total(item) else None
    if kind == EMPLOYEES:
        if _is_total(item) and (not group or _is_total(group)):
            return FigureMetric.EMPLOYEES
        if "일반정규직" in item or item == "정규직" or ("정규직" in group and _is_total(item)):
            return FigureMetric.REGULAR_EMPLOYEES
    return None


def sheet_kind(sheet_title: str, source_name: str) -> str | None:
    for text in (sheet_title, source_name):
        text = _compact(text)
        for word, kind in KIND_WORDS:
            if word in text:
                return kind
    return None


# --- reading ------------------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    # Controls removed as everywhere else (PostgreSQL refuses NUL in text).
    return stored_text(str(value), one_line=True)[0].strip()


def parse_value(value: Any) -> Decimal | None:
    """A figure as the file writes it: 1234, 1234.5, "1,234", or None for '-' and empty."""
    if value is None:
        return None
    if isinstance(value, bool | datetime | date):
        raise ValueError("숫자가 아닙니다")
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
    else:
        text = "".join(_text(value).split()).replace(",", "")
        if text in BLANK_MARKS:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"'{text[:20]}'은(는) 숫자가 아닙니다") from None
    if not number.is_finite():
        raise ValueError("숫자가 아닙니다")
    if number < 0:
        raise ValueError("0 이상이어야 합니다")
    if number >= MAX_VALUE:
        raise ValueError("너무 큽니다")
    return number


def _money_factor(cells: list[str]) -> Decimal:
    """How many 천원 one of the file's money units is ("(단위: 백만원)" → 1000); 천원 if unsaid.

    A unit is read after "단위", or from a cell that is nothing but units ("(천원)", "명, 천원"),
    never from other words: the "원" of "직원" is no unit."""
    for text in cells:
        match = UNIT_SPEC.search(text)
        spec = match[1] if match else text if BARE_UNITS.fullmatch(text.strip()) else ""
        token = MONEY_TOKEN.search("".join(spec.split()))
        if token:
            return MONEY_UNITS[token[0]]
    return Decimal(1)


def _open_workbook(data: bytes, source_name: str):
    if not data:
        raise AlioFileError([f"{source_name}: 파일이 비어 있습니다."])
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise AlioFileError(
            [
                f"{source_name}: 엑셀 97-2003(.xls) 파일이거나 암호가 걸린 파일은 읽을 수 "
                "없습니다. 엑셀에서 ‘Excel 통합 문서(.xlsx)’로 다시 저장해 올려 주세요."
            ]
        )
    not_xlsx = (
        f"{source_name}: XLSX(엑셀 통합 문서) 파일이 아닙니다. ALIO 경영공시에서 내려받은 "
        ".xlsx 파일을 올려 주세요."
    )
    if not data.startswith(b"PK\x03\x04"):
        raise AlioFileError([not_xlsx])
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise AlioFileError([not_xlsx]) from None
    if unpacked > MAX_UNCOMPRESSED:
        raise AlioFileError([f"{source_name}: 압축을 풀면 너무 큰 파일이라 읽지 않았습니다."])
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style" and the like: not the admin's
            return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on a damaged file; never a 500
        raise AlioFileError(
            [f"{source_name}: XLSX 파일을 열 수 없습니다 (손상되었거나 엑셀 파일이 아닙니다)."]
        ) from None


@dataclass
class _Header:
    row: int
    columns: dict[str, int]
    years: list[tuple[int, int]]  # (column, year)


HEADER_NAMES = {
    "기관명": "name",
    "기관유형": "type",
    "주무부처": "ministry",
    "주무기관": "ministry",
    "구분": "division",
    "항목": "item",
    "단위": "unit",
}


def _find_header(rows: list[tuple], location: str) -> _Header:
    for number, row in enumerate(rows[:HEADER_SEARCH_ROWS], start=1):
        labels = [_compact(cell) for cell in row]
        if "기관명" not in labels:
            continue
        columns: dict[str, int] = {}
        years: list[tuple[int, int]] = []
        for column, label in enumerate(labels):
            if label in HEADER_NAMES:
                columns.setdefault(HEADER_NAMES[label], column)
                continue
            match = YEAR.match(label)
            if match and FIRST_YEAR <= int(match[1]) <= LAST_YEAR:
                if any(year == int(match[1]) for _column, year in years):
                    raise AlioFileError(
                        [f"{location}:row {number}: {match[1]}년 열이 두 번 있습니다."]
                    )
                years.append((column, int(match[1])))
        if "item" not in columns:
            raise AlioFileError([f"{location}:row {number}: 머리글에 '항목' 열이 없습니다."])
        if not years:
            raise AlioFileError(
                [f"{location}:row {number}: 머리글에 연도 열(2021년 … 2025년)이 없습니다."]
            )
        return _Header(number, columns, years)
    raise AlioFileError(
        [
            f"{location}: 머리글 행을 찾을 수 없습니다. 위에서 {HEADER_SEARCH_ROWS}줄 안에 "
            "‘기관명, 기관유형, 주무부처, [구분], 항목, 2021년 … 2025년’ 머리글이 있어야 합니다 "
            "(ALIO 경영공시 항목별 XLSX의 2행)."
        ]
    )


def read_workbook(data: bytes, source_name: str) -> AlioFile:
    """Every figure row of every sheet, or AlioFileError listing every malformed row."""
    workbook = _open_workbook(data, source_name)
    try:
        sheets = [(sheet.title, list(sheet.iter_rows(values_only=True))) for sheet in workbook]
    except Exception:  # a damaged sheet part
        raise AlioFileError([f"{source_name}: XLSX 파일의 시트를 읽을 수 없습니다."]) from None
    finally:
        workbook.close()
    sheets = [(title, rows) for title, rows in sheets if any(_filled(row) for row in rows)]
    if not sheets:
        raise AlioFileError([f"{source_name}: 내용이 있는 시트가 없습니다."])
    if sum(len(rows) for _title, rows in sheets) > MAX_ROWS:
        raise AlioFileError([f"{source_name}: 행이 {MAX_ROWS:,}개보다 많아 읽지 않았습니다."])
    result, errors, seen = AlioFile(rows=[]), [], {}
    for title, rows in sheets:
        # Row numbers are per sheet, so a workbook of several sheets names the sheet too.
        prefix = f"'{title}' 시트: " if len(sheets) > 1 else ""
        kind = sheet_kind(title, source_name)
        if kind is None:
            errors.append(
                f"{source_name}: {prefix}어떤 공시 항목인지 알 수 없습니다. 파일이나 시트 이름에 "
                "임직원수현황, 신규채용현황, 직원평균보수현황, 신입사원초임 중 하나가 들어 "
                "있어야 합니다."
            )
            continue
        try:
            header = _find_header(rows, f"{source_name}" + (f":{title}" if prefix else ""))
        except AlioFileError as error:
            errors.extend(error.errors)
            continue
        _read_sheet(rows, header, kind, title, source_name, prefix, result, errors, seen)
    if errors:
        raise AlioFileError(errors)
    return result


def _filled(row: tuple) -> bool:
    return any(_text(cell) for cell in row)


def _read_sheet(rows, header, kind, title, source_name, prefix, result, errors, seen) -> None:
    above = [_text(cell) for row in rows[: header.row - 1] for cell in row if _text(cell)]
    sheet_factor = _money_factor(above)
    columns = header.columns
    block: dict[str, str] = {}
    for number, row in enumerate(rows[header.row :], start=header.row + 1):
        if not _filled(row):
            continue

        def cell(name: str, row=row) -> str:
            column = columns.get(name)
            return _text(row[column]) if column is not None and column < len(row) else ""

        where = f"{source_name}:row {number}: {prefix}"
        raw = [(year, row[column] if column < len(row) else None) for column, year in header.years]
        if cell("name"):
            block = {key: cell(key) for key in ("name", "type", "ministry", "division")}
        elif not block:
            errors.append(f"{where}기관명이 비어 있습니다.")
            continue
        elif cell("division"):
            block = {**block, "division": cell("division")}
        item = cell("item")
        if not item:
            if any(_text(value) for _year, value in raw):
                errors.append(f"{where}항목이 비어 있습니다.")
            continue  # a note under the table ("※ 주: …")
        metric = metric_for(kind, block["division"], item)
        if metric is None:
            label = " ".join(part for part in (block["division"], item) if part)
            result.skipped_items[label] = result.skipped_items.get(label, 0) + 1
            continue
        if len(block["name"]) > Company._meta.get_field("name").max_length:
            errors.append(f"{where}기관명이 너무 깁니다.")
            continue
        factor = sheet_factor
        if cell("unit") and metric_unit(metric) == THOUSAND_WON:
            factor = _money_factor([cell("unit")])
        values, bad = {}, False
        for year, value in raw:
            try:
                number_value = parse_value(value)
            except ValueError as error:
                errors.append(f"{where}{year}년 값: {error}.")
                bad = True
                continue
            if number_value is None:
                result.blank_cells += 1
                continue
            if metric_unit(metric) == THOUSAND_WON:
                number_value *= factor
            values[year] = number_value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        key = (name_key(block["name"]), metric)
        if key in seen:
            errors.append(
                f"{where}{block['name']}의 '{FigureMetric(metric).label}' 값이 "
                f"{seen[key]}에도 있습니다."
            )
            continue
        seen[key] = f"{prefix}row {number}"
        if not bad:
            result.rows.append(
                FigureRow(
                    row=number,
                    sheet=title,
                    institution=block["name"],
                    institution_type=block.get("type", ""),
                    ministry=block.get("ministry", "")[:100],
                    metric=metric,
                    values=values,
                )
            )
