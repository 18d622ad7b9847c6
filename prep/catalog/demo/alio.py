"""Illustrative ALIO 경영공시 figures for the demo's public institution.

Written as a small XLSX in the published layout and loaded through the ALIO importer, like any
admin's upload (one writer). Every number here is made up for the demo and says so in its
source; the 주무부처 is the institution's real one.
"""

from datetime import date
from io import BytesIO

from openpyxl import Workbook

from prep.catalog.importers.alio import AlioImportSummary, import_alio

SOURCE = "프렙 데모용 예시 수치 (실제 공시 아님)"
AS_OF = date(2025, 4, 30)
YEARS = ["2021년", "2022년", "2023년", "2024년", "2025년"]
HEADER = ["기관명", "기관유형", "주무부처", "구분", "항목", *YEARS]
SSIS = ("한국사회보장정보원", "준정부기관(위탁집행형)", "보건복지부")

SHEETS = {
    "신규채용현황": [
        ["(단위: 명)"],
        HEADER,
        [*SSIS, "일반정규직", "전체", 62, 75, 58, 70, "-"],
        [*SSIS, "일반정규직", "여성", 31, 40, 29, 37, "-"],
        [*SSIS, "일반정규직", "청년", 55, 66, 50, 61, "-"],
        [*SSIS, "일반정규직", "장애인", 2, 3, 2, 3, "-"],
        [*SSIS, "일반정규직", "비수도권 지역인재", 24, 30, 22, 27, "-"],
        [*SSIS, "무기계약직", "전체", 8, 6, 9, 7, "-"],
    ],
    "직원평균보수현황": [
        ["(단위: 천원)"],
        HEADER,
        [*SSIS, "일반정규직", "1인당 평균 보수액", 68000, 69500, 71200, 72800, "-"],
    ],
    "신입사원초임": [
        ["(단위: 천원)"],
        HEADER,
        [*SSIS, "일반정규직", "합계", 36500, 37200, 38000, 38900, "-"],
    ],
    "임직원수현황": [
        ["(단위: 명)"],
        HEADER,
        [*SSIS, "합계", "합계", 1410, 1455, 1490, 1520, "-"],
        [*SSIS, "정규직", "일반정규직", 1180, 1215, 1250, 1275, "-"],
    ],
}


def demo_workbook() -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in SHEETS.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def load_demo_figures() -> AlioImportSummary:
    return import_alio(data=demo_workbook(), source_name=SOURCE, as_of=AS_OF)
