import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from prep.catalog.compare import compare
from tests.factories import (
    CompanyFactory,
    CompanyFigureFactory,
    HiringStepFactory,
    SatisfactionSurveyFactory,
    SurveyCategoryFactory,
    SurveyScoreFactory,
)

pytestmark = pytest.mark.django_db

URL = "/companies/compare/"


def institution(number: int, *, years: int = 5):
    company = CompanyFactory(
        name=f"비교기관{number}",
        slug=f"compare-{number}",
        ministry="보건복지부",
        region="강원 원주",
    )
    for year in range(2026 - years, 2026):
        for metric, value in [
            ("employees", 1500),
            ("new_hires", 200),
            ("new_hires_youth", 150),
            ("new_hires_local", 70),
            ("average_pay", Decimal("65432")),
            ("starting_salary", 38000),
        ]:
            CompanyFigureFactory(company=company, metric=metric, year=year, value=value)
    survey = SatisfactionSurveyFactory(
        company=company, surveyed_on=datetime.date(2024, 8, 8), total_score="73"
    )
    for name in ("조직문화", "연봉/복지"):
        SurveyScoreFactory(survey=survey, category=SurveyCategoryFactory(name=name), score="68")
    for order, name in enumerate(["서류", "필기", "면접"]):
        HiringStepFactory(company=company, name=name, order=order)
    return company


def url_for(*companies) -> str:
    return URL + "?" + "&".join(f"c={company.slug}" for company in companies)


def cells(response, label: str) -> list[str]:
    for _title, rows in response.context["comparison"].sections:
        for row in rows:
            if row.label == label:
                return [cell.text + (f" ({cell.note})" if cell.note else "") for cell in row.cells]
    raise AssertionError(label)


class TestCompanyCompare:
    def test_it_is_the_url_named_company_compare(self):
        assert reverse("catalog:company_compare") == URL

    def test_two_companies_side_by_side_with_the_latest_year(self, client):
        first, second = institution(1), institution(2, years=2)
        CompanyFigureFactory(company=second, metric="new_hires", year=2026, value=300)
        response = client.get(url_for(first, second))
        assert response.status_code == 200
        assert cells(response, "유형") == ["공공기관", "공공기관"]
        assert cells(response, "주무부처") == ["보건복지부", "보건복지부"]
        assert cells(response, "일반정규직 신규채용") == ["200명 (2025년)", "300명 (2026년)"]
        assert cells(response, "신규채용 중 청년 비율") == ["75% (2025년)", "자료 없음"]
        assert cells(response, "신규채용 중 비수도권 지역인재 비율")[0] == "35% (2025년)"
        assert cells(response, "직원 1인당 평균보수액")[0] == "6,543만원 (2025년)"
        assert cells(response, "신입사원 초임")[0] == "3,800만원 (2025년)"
        assert cells(response, "총 만족도")[0] == "73점 (2024.08.08)"
        assert cells(response, "연봉/복지") == ["68점", "68점"]
        assert cells(response, "채용 절차")[0] == "서류 → 필기 → 면접"
        assert cells(response, "블라인드 채용") == ["예", "예"]

    def test_a_missing_figure_is_noted(self, client):
        first = institution(1)
        bare = CompanyFactory(name="빈기관", slug="bare", kind="large")
        response = client.get(url_for(first, bare))
        assert cells(response, "임직원 수 (합계)") == ["1,500명 (2025년)", "자료 없음"]
        assert cells(response, "지역")[1] == "자료 없음"
        assert cells(response, "블라인드 채용")[1] == "아니오"
        assert "compare-missing" in response.text

    def test_the_query_count_is_the_same_for_two_and_four_companies(self, client):
        companies = [institution(number) for number in range(4)]
        counts = []
        for chosen in (companies[:2], companies):
            with CaptureQueriesContext(connection) as context:
                response = client.get(url_for(*chosen))
            assert response.status_code == 200
            assert len(response.context["comparison"].columns) == len(chosen)
            counts.append(len(context))
        assert counts[0] == counts[1]

    def test_the_query_count_does_not_grow_with_the_years(self, client):
        few = [institution(1, years=1), institution(2, years=1)]
        many = [institution(3, years=5), institution(4, years=5)]
        counts = []
        for chosen in (few, many):
            with CaptureQueriesContext(connection) as context:
                client.get(url_for(*chosen))
            counts.append(len(context))
        assert counts[0] == counts[1]

    def test_without_companies_it_explains_how_to_choose(self, client):
        response = client.get(URL)
        assert response.status_code == 200
        assert "비교할 기관을 2~4곳 고르세요." in response.text
        assert "‘비교’ 칸을 고른 뒤" in response.text

    def test_one_company_asks_for_another(self, client):
        first = institution(1)
        response = client.get(url_for(first))
        assert "비교하려면 기관을 한 곳 이상 더 고르세요." in response.text
        assert not response.context["comparison"].sections

    def test_more_than_four_shows_the_first_four_and_says_so(self, client):
        companies = [institution(number, years=1) for number in range(5)]
        response = client.get(url_for(*companies))
        assert len(response.context["comparison"].columns) == 4
        assert "한 번에 4곳까지 비교할 수 있습니다." in response.text

    def test_duplicates_are_compared_once(self, client):
        first, second = institution(1, years=1), institution(2, years=1)
        response = client.get(url_for(first, first, second))
        assert [c.company for c in response.context["comparison"].columns] == [first, second]
        assert "같은 기관을 두 번 골랐습니다." in response.text

    @pytest.mark.parametrize("slug", ["없는기관", "x" * 500, "%ff%fe", "", " "])
    def test_unknown_companies_are_left_out_with_a_message(self, client, slug):
        first, second = institution(1, years=1), institution(2, years=1)
        response = client.get(url_for(first, second) + f"&c={slug}")
        assert response.status_code == 200
        assert len(response.context["comparison"].columns) == 2
        if slug.strip():
            assert "찾을 수 없는 기관 1곳은 뺐습니다." in response.text

    def test_unpublished_companies_cannot_be_compared(self, client):
        first = institution(1, years=1)
        hidden = CompanyFactory(name="비공개기관", slug="hidden", published=False)
        response = client.get(url_for(first, hidden))
        assert "비공개기관" not in response.text
        assert "찾을 수 없는 기관 1곳은 뺐습니다." in response.text

    def test_a_long_list_of_parameters_is_cut_short(self, client):
        response = client.get(URL + "?" + "&".join(f"c=s{n}" for n in range(200)))
        assert response.status_code == 200
        assert "고른 기관이 너무 많아" in response.text

    def test_each_company_can_be_removed_with_a_link(self, client):
        first, second = institution(1, years=1), institution(2, years=1)
        text = client.get(url_for(first, second)).text
        assert 'href="/companies/compare/?c=compare-2"' in text
        assert 'href="/companies/compare/?c=compare-1"' in text

    def test_companies_can_be_searched_and_added_without_javascript(self, client):
        first = institution(1, years=1)
        institution(2, years=1)
        CompanyFactory(name="비공개비교기관", slug="hidden", published=False)
        response = client.get(url_for(first) + "&q=비교")
        choices = response.context["comparison"].choices
        assert [c.slug for c in choices] == ["compare-2"]
        assert '<input type="hidden" name="c" value="compare-1">' in response.text
        assert '<input type="checkbox" name="c" value="compare-2">' in response.text

    def test_a_full_comparison_offers_no_more_additions(self, client):
        companies = [institution(number, years=1) for number in range(4)]
        response = client.get(url_for(*companies) + "&q=비교")
        assert response.context["comparison"].choices == []
        assert "비교할 기관 추가" not in response.text

    def test_it_goes_through_the_one_comparable_queryset(self, monkeypatch, user):
        from prep.catalog.models import Company, CompanyQuerySet

        first, second = institution(1, years=1), institution(2, years=1)
        seen = []

        def comparable_for(self, who):
            seen.append(who)
            return self.published().exclude(slug=second.slug)

        monkeypatch.setattr(CompanyQuerySet, "comparable_for", comparable_for)
        comparison = compare(slugs=[first.slug, second.slug], user=user)
        assert seen == [user]
        assert [c.company for c in comparison.columns] == [first]
        assert Company.objects.comparable_for(user).count() == 1


class TestDirectoryCompareForm:
    def test_each_card_has_a_compare_check_box_for_a_get_form(self, client):
        institution(1, years=1)
        text = client.get("/companies/").text
        assert (
            '<form id="compare-form" class="compare-bar" method="get" action="/companies/compare/">'
            in text
        )
        assert '<input type="checkbox" name="c" value="compare-1" form="compare-form">' in text
        assert "선택한 기관 비교" in text
