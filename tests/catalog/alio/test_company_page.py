from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from prep.catalog.company_page import figure_tables, figure_value
from prep.catalog.models import CompanyFigure
from tests.catalog.alio import samples
from tests.factories import CompanyFactory, CompanyFigureFactory

pytestmark = pytest.mark.django_db


def with_figures(years: int = 5, **fields):
    company = CompanyFactory(**{"name": "한국가상정보원", "slug": "virtual-info", **fields})
    for index, year in enumerate(range(2021, 2021 + years)):
        CompanyFigureFactory(company=company, metric="new_hires", year=year, value=100 + index)
        CompanyFigureFactory(company=company, metric="new_hires_youth", year=year, value=50)
        CompanyFigureFactory(
            company=company, metric="average_pay", year=year, value=Decimal("65432") + index
        )
    return company


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


class TestFigureTables:
    def test_a_missing_year_is_none_and_the_first_metric_is_drawn(self):
        figures = [
            CompanyFigure(metric="new_hires", year=2021, value=10, unit="명"),
            CompanyFigure(metric="new_hires", year=2023, value=20, unit="명"),
            CompanyFigure(metric="new_hires_women", year=2022, value=5, unit="명"),
        ]
        (group,) = figure_tables(figures).groups
        assert group.years == [2021, 2022, 2023]
        assert group.rows[0][2] == [10, None, 20]
        assert group.rows[1][2] == [None, 5, None]
        assert [(bar.label, bar.text, bar.percent) for bar in group.bars] == [
            ("2021", "10명", 50.0),
            ("2023", "20명", 100.0),
        ]

    @pytest.mark.parametrize(
        ("value", "unit", "text"),
        [
            (Decimal("1204"), "명", "1,204명"),
            (Decimal("12.50"), "명", "12.5명"),
            (Decimal("65432"), "천원", "6,543만원"),
            (Decimal("38000"), "천원", "3,800만원"),
        ],
    )
    def test_values_are_written_as_candidates_read_them(self, value, unit, text):
        assert figure_value(value, unit) == text


class TestCompanyPageFigures:
    def test_the_page_shows_a_table_and_bars_over_the_years(self, client):
        company = with_figures()
        text = client.get(company.get_absolute_url()).text
        assert "경영공시로 본 채용·보수·인원" in text
        assert "신규채용 중 청년" in text
        assert "6,543만원" in text
        assert 'aria-label="2025 104명"' in text
        assert "출처: 신규채용현황.xlsx" in text
        assert "style=" not in text.split("<body")[1]

    def test_imported_figures_reach_a_page_already_cached(self, client, tmp_path):
        company = CompanyFactory(name="한국가상정보원", slug="virtual-info")
        assert "1,204명" not in client.get(company.get_absolute_url()).text
        path = samples.hires_file(tmp_path)
        from prep.catalog.importers.alio import import_alio

        import_alio(data=path.read_bytes(), source_name=path.name)
        assert "1,204명" in client.get(company.get_absolute_url()).text

    def test_a_public_institution_without_figures_says_so(self, client):
        company = CompanyFactory(kind="public")
        assert (
            "정리된 경영공시 수치가 아직 없습니다." in client.get(company.get_absolute_url()).text
        )

    def test_a_private_company_without_figures_shows_no_section(self, client):
        company = CompanyFactory(kind="large")
        assert "경영공시" not in client.get(company.get_absolute_url()).text

    def test_the_page_links_to_the_comparison(self, client):
        company = with_figures()
        text = client.get(company.get_absolute_url()).text
        assert "/companies/compare/?c=virtual-info" in text
        assert "다른 기관과 비교" in text

    def test_ministry_and_region_are_shown(self, client):
        company = with_figures(ministry="보건복지부", region="강원 원주")
        text = client.get(company.get_absolute_url()).text
        assert "보건복지부" in text and "강원 원주" in text

    def test_the_query_count_does_not_grow_with_the_years(self, client):
        few = with_figures(years=1)
        many = with_figures(years=5, name="다른기관", slug="other")
        CompanyFigureFactory(company=many, metric="employees", year=2024, value=1500)
        assert queries(client, few.get_absolute_url()) == queries(client, many.get_absolute_url())
