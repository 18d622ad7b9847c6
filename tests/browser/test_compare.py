"""기관 비교 in Chromium: four companies stay readable on a phone, and the directory's check
boxes lead there. Screenshots go to test-results/pages/ (git-ignored)."""

import datetime
from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.factories import (
    CompanyFactory,
    CompanyFigureFactory,
    HiringStepFactory,
    SatisfactionSurveyFactory,
    SurveyCategoryFactory,
    SurveyScoreFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "pages"
NAMES = ["한국가상정보원", "가상에너지공사", "한국예시진흥원", "국립가상박물관"]


@pytest.fixture
def companies():
    made = []
    for number, name in enumerate(NAMES):
        company = CompanyFactory(
            name=name,
            slug=f"compare-{number}",
            kind="public_enterprise" if number == 1 else "public",
            ministry=["보건복지부", "산업통상자원부", "문화체육관광부", "문화체육관광부"][number],
            region=["강원 원주", "전남 나주", "서울 중구", ""][number],
        )
        for year in range(2021, 2026 if number != 3 else 2023):
            for metric, value in [
                ("employees", 1500 + 100 * number),
                ("new_hires", 120 + 10 * year % 7),
                ("new_hires_youth", 90),
                ("new_hires_local", 40),
                ("average_pay", 65432 + 1000 * number),
                ("starting_salary", 38000 + 500 * number),
            ]:
                if number == 2 and metric == "starting_salary":
                    continue
                CompanyFigureFactory(company=company, metric=metric, year=year, value=value)
        if number != 3:
            survey = SatisfactionSurveyFactory(
                company=company, surveyed_on=datetime.date(2024, 8, 8), total_score="73"
            )
            for name_ in ("조직문화/분위기", "연봉/복지", "워라밸"):
                SurveyScoreFactory(
                    survey=survey, category=SurveyCategoryFactory(name=name_), score="68"
                )
        for order, step in enumerate(["서류전형", "필기전형(NCS)", "면접전형"]):
            HiringStepFactory(company=company, name=step, order=order)
        made.append(company)
    return made


@pytest.fixture(params=[(390, 844), (1280, 900)], ids=["phone", "laptop"])
def sized(request, browser):
    width, height = request.param
    context = browser.new_context(
        locale="ko-KR", timezone_id="Asia/Seoul", viewport={"width": width, "height": height}
    )
    page = context.new_page()
    page.width_name = "phone" if width == 390 else "laptop"
    yield page
    context.close()


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}-{page.width_name}.png", full_page=True)


def test_four_companies_fit_and_the_row_headers_stay_in_view(sized, live_url, companies):
    page = sized
    query = "&".join(f"c={company.slug}" for company in companies)
    page.goto(f"{live_url}{reverse('catalog:company_compare')}?{query}")
    expect(page.get_by_role("heading", name="기관 비교")).to_be_visible()
    width = page.viewport_size["width"]
    shot(page, "compare-four")
    from tests.browser.test_pages import horizontal_overflow

    assert horizontal_overflow(page) == []
    scroller = page.locator(".compare-scroll")
    header = page.locator(".compare-table th[scope=row]").first
    before = header.bounding_box()["x"]
    scroller.evaluate("element => { element.scrollLeft = element.scrollWidth; }")
    assert abs(header.bounding_box()["x"] - before) < 1  # sticky: still at the left edge
    last = page.locator(".compare-table thead th").last
    box = last.bounding_box()
    assert box["x"] + box["width"] <= width + 1  # the last company scrolled into view
    if page.width_name == "phone":
        shot(page, "compare-four-scrolled")


def test_the_directory_check_boxes_open_the_comparison(sized, live_url, companies):
    page = sized
    page.goto(live_url + reverse("catalog:company_list"))
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    page.get_by_label("비교 (한국가상정보원)").check()
    page.get_by_label("비교 (가상에너지공사)").check()
    shot(page, "directory-compare")
    page.get_by_role("button", name="선택한 기관 비교").click()
    expect(page).to_have_url(f"{live_url}/companies/compare/?c=compare-1&c=compare-0")
    expect(page.locator(".compare-table thead th")).to_have_count(2)


def test_the_company_page_figures(sized, live_url, companies):
    page = sized
    page.goto(live_url + companies[0].get_absolute_url() + "#figures-title")
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    expect(page.locator(".figure-group").first).to_be_visible()
    page.locator("#figures-title").scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator("#hiring").screenshot(path=SCREENSHOTS / f"company-figures-{page.width_name}.png")
