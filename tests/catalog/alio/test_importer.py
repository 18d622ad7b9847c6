import zipfile
from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from django.core.management import CommandError, call_command

from prep.catalog.importers.alio import AlioFileError, import_alio, metric_for
from prep.catalog.models import Company, CompanyFigure, CompanyKind, FigureMetric
from tests.catalog.alio import samples
from tests.factories import CompanyFactory

pytestmark = pytest.mark.django_db

AS_OF = date(2026, 3, 31)
M = FigureMetric


@pytest.fixture
def virtual():
    return CompanyFactory(name="한국가상정보원", slug="virtual-info")


@pytest.fixture
def energy():
    return CompanyFactory(name="에너지공사", slug="energy", aliases="가상에너지공사\nVEC")


def run(path, **options):
    return import_alio(data=path.read_bytes(), source_name=path.name, as_of=AS_OF, **options)


def figures(company) -> dict[tuple[str, int], Decimal]:
    return {(f.metric, f.year): f.value for f in company.figures.all()}


def errors_of(data: bytes, name: str = "신규채용현황.xlsx") -> list[str]:
    with pytest.raises(AlioFileError) as raised:
        import_alio(data=data, source_name=name, as_of=AS_OF)
    return raised.value.errors


class TestHiresFile:
    def test_it_stores_each_item_per_year_with_its_source(self, tmp_path, virtual, energy):
        summary = run(samples.hires_file(tmp_path))
        got = figures(virtual)
        assert got[(M.NEW_HIRES, 2021)] == 120
        assert got[(M.NEW_HIRES, 2022)] == 135  # a number written as text
        assert got[(M.NEW_HIRES, 2023)] == 1204  # with a thousands comma
        assert got[(M.NEW_HIRES_WOMEN, 2023)] == 600
        assert got[(M.NEW_HIRES_YOUTH, 2021)] == 100
        assert got[(M.NEW_HIRES_DISABLED, 2022)] == 5
        assert got[(M.NEW_HIRES_LOCAL, 2021)] == 40
        assert got[(M.NEW_HIRES_INDEFINITE, 2023)] == 14
        figure = virtual.figures.get(metric=M.NEW_HIRES, year=2021)
        assert (figure.unit, figure.source_file, figure.as_of) == ("명", "신규채용현황.xlsx", AS_OF)
        assert figures(energy)[(M.NEW_HIRES_YOUTH, 2025)] == 290  # matched by its alias
        assert summary.companies == ["에너지공사", "한국가상정보원"]

    def test_dash_and_empty_cells_are_missing_not_zero(self, tmp_path, virtual):
        summary = run(samples.hires_file(tmp_path))
        assert not virtual.figures.filter(year__in=[2024, 2025]).exists()
        # 2024 and 2025 of the six kept rows of 한국가상정보원 (이전지역 지역인재 is not kept).
        assert summary.blank_cells == 2 * 6

    def test_items_it_does_not_keep_are_named_in_a_warning(self, tmp_path, virtual):
        summary = run(samples.hires_file(tmp_path))
        assert any("이전지역 지역인재" in warning for warning in summary.warnings)
        assert not virtual.figures.filter(value=200).exists()

    def test_unmatched_institutions_are_listed_and_skipped(self, tmp_path, virtual):
        summary = run(samples.hires_file(tmp_path))
        assert summary.unmatched == {"가상에너지공사": [10, 11], "없는공단": [12]}
        assert not Company.objects.filter(name="없는공단").exists()

    def test_it_can_create_unmatched_institutions_unpublished(self, tmp_path, virtual):
        summary = run(samples.hires_file(tmp_path), create_companies=True)
        assert summary.companies_created == ["가상에너지공사", "없는공단"]
        created = Company.objects.get(name="가상에너지공사")
        assert not created.published
        assert created.kind == CompanyKind.PUBLIC_ENTERPRISE
        assert created.ministry == "산업통상자원부"
        assert Company.objects.get(name="없는공단").kind == CompanyKind.PUBLIC_INSTITUTION
        assert figures(created)[(M.NEW_HIRES, 2025)] == 380

    def test_the_ministry_is_brought_up_to_date(self, tmp_path, virtual):
        run(samples.hires_file(tmp_path))
        virtual.refresh_from_db()
        assert virtual.ministry == "보건복지부"


class TestIdempotence:
    def test_importing_twice_gives_the_same_figures_once(self, tmp_path, virtual, energy):
        hires, pay = samples.hires_file(tmp_path), samples.pay_file(tmp_path)
        run(hires), run(pay)
        before = sorted(CompanyFigure.objects.values_list("company", "metric", "year", "value"))
        again = [run(hires), run(pay)]
        after = sorted(CompanyFigure.objects.values_list("company", "metric", "year", "value"))
        assert after == before
        assert len(after) == len(set((c, m, y) for c, m, y, _v in after))
        for summary in again:
            assert summary.changed == 0
            assert all(counts.unchanged for _name, counts in summary.rows())

    def test_a_second_import_leaves_the_page_cache_alone(self, tmp_path, virtual):
        path = samples.hires_file(tmp_path)
        version = virtual.content_version
        run(path)
        virtual.refresh_from_db()
        assert virtual.content_version != version
        version = virtual.content_version
        run(path)
        virtual.refresh_from_db()
        assert virtual.content_version == version

    def test_a_changed_figure_is_updated_in_place(self, tmp_path, virtual):
        run(samples.hires_file(tmp_path))
        rows = [list(row) for row in samples.HIRES]
        rows[2][5] = 121
        summary = run(samples.hires_file(tmp_path, rows))
        assert virtual.figures.get(metric=M.NEW_HIRES, year=2021).value == 121
        assert summary.counts[str(M.NEW_HIRES.label)].updated == 1

    def test_a_figure_the_file_no_longer_has_is_kept_and_counted(self, tmp_path, virtual):
        run(samples.hires_file(tmp_path))
        rows = [list(row) for row in samples.HIRES]
        rows[2][5] = "-"
        summary = run(samples.hires_file(tmp_path, rows))
        assert virtual.figures.get(metric=M.NEW_HIRES, year=2021).value == 120
        assert summary.counts[str(M.NEW_HIRES.label)].not_in_document == 1

    def test_a_dry_run_counts_exactly_and_writes_nothing(self, tmp_path, virtual):
        summary = run(samples.hires_file(tmp_path), dry_run=True)
        assert summary.counts[str(M.NEW_HIRES.label)].created == 3
        assert not CompanyFigure.objects.exists()
        virtual.refresh_from_db()
        assert virtual.ministry == ""


class TestPayFile:
    def test_average_pay_and_the_starting_salary_sheet(self, tmp_path, virtual, energy):
        run(samples.pay_file(tmp_path))
        got = figures(virtual)
        assert got[(M.AVERAGE_PAY, 2021)] == Decimal("65432")
        assert got[(M.AVERAGE_PAY, 2023)] == Decimal("67000.50")
        assert (M.AVERAGE_PAY, 2025) not in got
        assert got[(M.STARTING_SALARY, 2025)] == 40000  # the 합계 row, not 기본급
        assert figures(energy)[(M.STARTING_SALARY, 2021)] == 45000
        assert virtual.figures.get(metric=M.AVERAGE_PAY, year=2021).unit == "천원"
        # 무기계약직's pay is another population: not the institution's average.
        assert not virtual.figures.filter(value=40000, metric=M.AVERAGE_PAY).exists()

    @pytest.mark.parametrize(
        ("unit", "expected"),
        [("(단위: 백만원)", Decimal("65432000")), ("단위 : 원", Decimal("65.43")), (None, 65432)],
    )
    def test_money_is_stored_in_thousand_won(self, tmp_path, virtual, unit, expected):
        rows = [[unit] if unit else ["직원평균보수현황"], *samples.PAY[1:]]
        path = samples.write(tmp_path, "직원평균보수현황.xlsx", {"보수": rows})
        run(path)
        assert virtual.figures.get(metric=M.AVERAGE_PAY, year=2021).value == expected


class TestLayouts:
    def test_without_the_division_column(self, tmp_path, virtual):
        rows = [
            ["(단위: 명)"],
            samples.HEADER_WITHOUT_DIVISION,
            [*samples.VIRTUAL, "일반정규직 총 신규채용", 11, 12, 13, 14, 15],
            [*samples.VIRTUAL, "여성", 5, 6, 7, 8, 9],
            [*samples.VIRTUAL, "무기계약직", 1, 1, 1, 1, 1],
        ]
        run(samples.hires_file(tmp_path, rows))
        got = figures(virtual)
        assert got[(M.NEW_HIRES, 2025)] == 15
        assert got[(M.NEW_HIRES_WOMEN, 2021)] == 5
        assert got[(M.NEW_HIRES_INDEFINITE, 2021)] == 1

    def test_a_blank_name_continues_the_merged_block_above(self, tmp_path, virtual):
        rows = [
            ["(단위: 명)"],
            samples.HEADER,
            [*samples.VIRTUAL, "일반정규직", "전체", 11, 12, 13, 14, 15],
            [None, None, None, None, "여성", 5, 6, 7, 8, 9],
            [None, None, None, "무기계약직", "전체", 2, 2, 2, 2, 2],
            [None, None, None, None, "여성", 1, 1, 1, 1, 1],  # 무기계약직 여성: not kept
            ["※ 주: 청년은 만 34세 이하"],
        ]
        run(samples.hires_file(tmp_path, rows))
        got = figures(virtual)
        assert got[(M.NEW_HIRES_WOMEN, 2021)] == 5
        assert got[(M.NEW_HIRES_INDEFINITE, 2021)] == 2
        assert not virtual.figures.filter(value=1).exists()

    def test_a_header_under_an_extra_title_row_is_found(self, tmp_path, virtual):
        rows = [["2025년 신규채용현황"], *samples.HIRES]
        run(samples.hires_file(tmp_path, rows))
        assert figures(virtual)[(M.NEW_HIRES, 2021)] == 120

    def test_employees(self, tmp_path, virtual):
        run(samples.employees_file(tmp_path))
        got = figures(virtual)
        assert got[(M.EMPLOYEES, 2025)] == 1700
        assert got[(M.REGULAR_EMPLOYEES, 2021)] == 1300
        assert len(got) == 10


@pytest.mark.parametrize(
    ("kind", "division", "item", "metric"),
    [
        ("hires", "일반정규직", "전체", M.NEW_HIRES),
        ("hires", "", "일반정규직 총 신규채용", M.NEW_HIRES),
        ("hires", "", "청년(만34세 이하)", M.NEW_HIRES_YOUTH),
        ("hires", "일반정규직", "비수도권 지역인재", M.NEW_HIRES_LOCAL),
        ("hires", "일반정규직", "이전지역 지역인재", None),
        ("hires", "무기계약직", "합계", M.NEW_HIRES_INDEFINITE),
        ("hires", "무기계약직", "청년", None),
        ("hires", "비정규직", "전체", None),
        ("hires", "청년인턴", "전체", None),
        ("pay", "일반정규직", "1인당 평균 보수액", M.AVERAGE_PAY),
        ("pay", "", "기본급", None),
        ("starting", "", "신입사원 초임", M.STARTING_SALARY),
        ("employees", "", "합계", M.EMPLOYEES),
        ("employees", "정규직", "일반정규직", M.REGULAR_EMPLOYEES),
        ("employees", "임원", "상임", None),
    ],
)
def test_which_item_is_which_figure(kind, division, item, metric):
    assert metric_for(kind, division, item) == metric


class TestBadFiles:
    def test_a_bad_row_names_its_file_and_row_and_nothing_is_imported(self, tmp_path, virtual):
        rows = [list(row) for row in samples.HIRES]
        rows[3][6] = "많음"
        rows[8][9] = -3
        path = samples.hires_file(tmp_path, rows)
        errors = errors_of(path.read_bytes())
        assert errors[0].startswith("신규채용현황.xlsx:row 4: 2022년 값:")
        assert "숫자가 아닙니다" in errors[0]
        assert errors[1].startswith("신규채용현황.xlsx:row 9: 2025년 값:")
        assert "0 이상" in errors[1]
        assert not CompanyFigure.objects.exists()
        virtual.refresh_from_db()
        assert virtual.ministry == ""

    def test_a_bad_file_keeps_the_figures_already_imported(self, tmp_path, virtual):
        run(samples.hires_file(tmp_path))
        rows = [list(row) for row in samples.HIRES]
        rows[2][5], rows[3][6] = 999, "x"
        with pytest.raises(AlioFileError):
            run(samples.hires_file(tmp_path, rows))
        assert virtual.figures.get(metric=M.NEW_HIRES, year=2021).value == 120

    def test_the_same_item_twice_is_an_error(self, tmp_path, virtual):
        rows = [*samples.HIRES, samples.HIRES[2]]
        errors = errors_of(samples.hires_file(tmp_path, rows).read_bytes())
        assert errors == [
            "신규채용현황.xlsx:row 13: 한국가상정보원의 '일반정규직 신규채용' 값이 row 3에도 "
            "있습니다."
        ]

    def test_a_sheet_of_a_workbook_is_named_in_its_errors(self, tmp_path, virtual):
        starting = [list(row) for row in samples.STARTING]
        starting[3][5] = "?"
        path = samples.write(
            tmp_path, "직원평균보수현황.xlsx", {"Sheet1": samples.PAY, "신입사원초임": starting}
        )
        errors = errors_of(path.read_bytes(), path.name)
        assert errors[0].startswith("직원평균보수현황.xlsx:row 4: '신입사원초임' 시트: 2021년")

    def test_a_missing_header_is_a_clear_error(self, tmp_path):
        rows = [["(단위: 명)"], ["기관", "항목명"], ["한국가상정보원", "전체", 1]]
        errors = errors_of(samples.hires_file(tmp_path, rows).read_bytes())
        assert "머리글 행을 찾을 수 없습니다" in errors[0]
        assert "기관명, 기관유형, 주무부처, [구분], 항목" in errors[0]

    def test_a_header_without_years_is_a_clear_error(self, tmp_path):
        rows = [["(단위: 명)"], ["기관명", "항목", "비고"]]
        errors = errors_of(samples.hires_file(tmp_path, rows).read_bytes())
        assert errors == ["신규채용현황.xlsx:row 2: 머리글에 연도 열(2021년 … 2025년)이 없습니다."]

    def test_a_file_of_unknown_kind_is_refused(self, tmp_path):
        data = samples.xlsx_bytes({"Sheet1": samples.HIRES})
        errors = errors_of(data, "download.xlsx")
        assert "어떤 공시 항목인지 알 수 없습니다" in errors[0]

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (b"", "파일이 비어 있습니다"),
            ("기관명,항목\n".encode(), "XLSX(엑셀 통합 문서) 파일이 아닙니다"),
            (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "엑셀 97-2003(.xls)"),
            (b"PK\x03\x04broken", "XLSX(엑셀 통합 문서) 파일이 아닙니다"),
        ],
    )
    def test_a_file_that_is_not_xlsx_gets_a_korean_error(self, data, message):
        errors = errors_of(data)
        assert len(errors) == 1
        assert message in errors[0]

    def test_a_zip_that_is_no_workbook_gets_a_korean_error(self):
        buffer = BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "안녕")
        errors = errors_of(buffer.getvalue())
        assert "XLSX 파일을 열 수 없습니다" in errors[0]


class TestCommand:
    def test_it_imports_and_prints_a_summary(self, tmp_path, virtual, capsys):
        path = samples.hires_file(tmp_path)
        call_command("import_alio", str(path), "--as-of", "2026-03-31")
        out = capsys.readouterr().out
        assert "일반정규직 신규채용" in out
        assert "카탈로그에 없는 기관: 없는공단 (row 12, 건너뜀)" in out
        assert virtual.figures.get(metric=M.NEW_HIRES, year=2021).as_of == AS_OF

    def test_a_bad_file_fails_with_its_rows(self, tmp_path, virtual, capsys):
        rows = [list(row) for row in samples.HIRES]
        rows[3][6] = "많음"
        path = samples.hires_file(tmp_path, rows)
        with pytest.raises(CommandError):
            call_command("import_alio", str(path))
        assert "신규채용현황.xlsx:row 4:" in capsys.readouterr().err
        assert not CompanyFigure.objects.exists()

    def test_a_dry_run_writes_nothing(self, tmp_path, virtual, capsys):
        call_command("import_alio", str(samples.hires_file(tmp_path)), "--dry-run")
        assert "시험 실행" in capsys.readouterr().out
        assert not CompanyFigure.objects.exists()
