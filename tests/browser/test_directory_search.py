import re

import pytest
from playwright.sync_api import expect

from tests.catalog.test_company_views import build_company
from tests.factories import TEST_PASSWORD, CompanyFactory, EssayPromptFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_live_search_finds_the_company_without_a_reload_and_opens_its_page(page, live_url):
    build_company()
    CompanyFactory(name="국민권익위원회", slug="국민권익위원회")
    page.goto(live_url + "/companies/")
    results = page.locator("#company-results")
    expect(results.get_by_role("link", name="국민권익위원회")).to_be_visible()
    # A full page load would drop this marker.
    page.evaluate("window.stillTheSamePage = true")

    page.get_by_label("기업명").press_sequentially("사회보장", delay=30)

    expect(results.get_by_role("link", name="국민권익위원회")).to_have_count(0)
    expect(results.get_by_role("link", name="한국사회보장정보원")).to_be_visible()
    assert page.evaluate("window.stillTheSamePage") is True
    expect(page).to_have_url(re.compile(r"q=%EC%82%AC%ED%9A%8C%EB%B3%B4%EC%9E%A5"))

    results.get_by_role("link", name="한국사회보장정보원").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("한국사회보장정보원")
    for section in [
        "개요",
        "최신 이슈·성과",
        "비전·미션·핵심가치·인재상",
        "채용",
        "면접 후기와 질문",
    ]:
        expect(page.get_by_role("heading", name=section, exact=True)).to_be_visible()
    expect(page.get_by_text("총 만족도 73점")).to_be_visible()


def test_a_candidate_marks_a_target_from_the_directory_in_place(page, live_url):
    UserFactory(email="alice@example.com")
    CompanyFactory(name="한국사회보장정보원", slug="ssis")
    page.goto(live_url + "/accounts/login/?next=/companies/")
    page.locator("#id_login").fill("alice@example.com")
    page.locator("#id_password").fill(TEST_PASSWORD)
    page.get_by_role("button", name="로그인").click()
    expect(page).to_have_url(re.compile(r"/companies/$"))
    page.evaluate("window.stillTheSamePage = true")

    page.get_by_role("button", name=re.compile("지원 기업으로 표시")).click()

    expect(page.locator("#company-results [aria-pressed='true']")).to_be_visible()
    assert page.evaluate("window.stillTheSamePage") is True


def test_question_bank_keeps_the_chosen_tab_while_searching(page, live_url):
    EssayPromptFactory(text="갈등을 해결한 경험을 기술하십시오.")
    EssayPromptFactory(text="입사 후 포부를 쓰십시오.")
    page.goto(live_url + "/questions/")
    page.get_by_role("link", name=re.compile("자소서 문항")).click()
    results = page.locator("#question-results")
    expect(results.get_by_text("입사 후 포부를 쓰십시오.")).to_be_visible()

    page.get_by_label("검색어").press_sequentially("갈등", delay=30)

    expect(results.get_by_text("입사 후 포부를 쓰십시오.")).to_have_count(0)
    expect(results.get_by_text("갈등을 해결한 경험을 기술하십시오.")).to_be_visible()
    expect(page).to_have_url(re.compile(r"show=prompts"))
