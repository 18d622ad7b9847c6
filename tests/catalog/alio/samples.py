"""Small ALIO 경영공시 항목별 XLSX files in the published layout, written for the tests.

Row 1 holds the unit, row 2 the header `기관명, 기관유형, 주무부처, [구분], 항목, 2021년 … 2025년`,
then one row per institution and item. The institutions and every figure are made up
(illustrative), not real disclosures.
"""

from io import BytesIO
from pathlib import Path

from openpyxl import Workbook

YEARS = ["2021년", "2022년", "2023년", "2024년", "2025년"]
HEADER = ["기관명", "기관유형", "주무부처", "구분", "항목", *YEARS]
HEADER_WITHOUT_DIVISION = ["기관명", "기관유형", "주무부처", "항목", *YEARS]
VIRTUAL = ("한국가상정보원", "준정부기관(위탁집행형)", "보건복지부")
ENERGY = ("가상에너지공사", "공기업(준시장형)", "산업통상자원부")

HIRES = [
    ["(단위: 명)"],
    HEADER,
    [*VIRTUAL, "일반정규직", "전체", 120, "135", "1,204", "-", None],
    [*VIRTUAL, "일반정규직", "여성", 60, 70, 600, "-", None],
    [*VIRTUAL, "일반정규직", "청년", 100, 110, 1000, "-", None],
    [*VIRTUAL, "일반정규직", "장애인", 4, 5, 30, "-", None],
    [*VIRTUAL, "일반정규직", "비수도권 지역인재", 40, 45, 400, "-", None],
    [*VIRTUAL, "일반정규직", "이전지역 지역인재", 20, 22, 200, "-", None],
    [*VIRTUAL, "무기계약직", "전체", 10, 12, 14, "-", None],
    [*ENERGY, "일반정규직", "전체", 300, 320, 340, 360, 380],
    [*ENERGY, "일반정규직", "청년", 250, 260, 270, 280, 290],
    ["없는공단", "기타공공기관", "행정안전부", "일반정규직", "전체", 1, 2, 3, 4, 5],
]

PAY = [
    ["(단위: 천원)"],
    HEADER,
    [*VIRTUAL, "일반정규직", "기본급", 40000, 41000, 42000, 43000, 44000],
    [*VIRTUAL, "일반정규직", "1인당 평균 보수액", "65,432", 66000, 67000.5, 68000, "-"],
    [*VIRTUAL, "무기계약직", "1인당 평균 보수액", 40000, 41000, 42000, 43000, 44000],
    [*ENERGY, "일반정규직", "1인당 평균 보수액", 80000, 82000, 84000, 86000, 88000],
]

STARTING = [
    ["(단위: 천원)"],
    HEADER,
    [*VIRTUAL, "일반정규직", "기본급", 30000, 30500, 31000, 31500, 32000],
    [*VIRTUAL, "일반정규직", "합계", 38000, 38500, 39000, 39500, 40000],
    [*ENERGY, "일반정규직", "합계", 45000, 45500, 46000, 46500, 47000],
]

EMPLOYEES = [
    ["(단위: 명)"],
    HEADER,
    [*VIRTUAL, "합계", "합계", 1500, 1550, 1600, 1650, 1700],
    [*VIRTUAL, "정규직", "일반정규직", 1300, 1350, 1400, 1450, 1500],
    [*VIRTUAL, "임원", "상임", 4, 4, 4, 4, 4],
]


def xlsx_bytes(sheets: dict[str, list[list]]) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write(tmp_path: Path, name: str, sheets: dict[str, list[list]]) -> Path:
    path = tmp_path / name
    path.write_bytes(xlsx_bytes(sheets))
    return path


def hires_file(tmp_path: Path, rows: list[list] | None = None) -> Path:
    return write(tmp_path, "신규채용현황.xlsx", {"신규채용현황": rows or HIRES})


def pay_file(tmp_path: Path) -> Path:
    """직원평균보수현황 with its 신입사원초임 sheet, as ALIO publishes them together."""
    return write(tmp_path, "직원평균보수현황.xlsx", {"Sheet1": PAY, "신입사원초임": STARTING})


def employees_file(tmp_path: Path) -> Path:
    return write(tmp_path, "임직원수현황.xlsx", {"임직원수현황": EMPLOYEES})
