"""A new candidate adds their own company (내 지원처) by pasting its 인재상 and a 문항 block, starts
a draft on one of its prompts with the right limit, and gets fit findings that name its values.
Screenshots of the pages go to test-results/pages/ (git-ignored)."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from prep.catalog.models import Company
from tests.browser.test_editor import log_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "pages"

TRAITS = """우리의 인재상

■ 도전인 - 새로운 일에 먼저 뛰어드는 사람
■ 신뢰인 - 국민과의 약속을 끝까지 지키는 사람
■ 협력인 - 동료와 함께 성과를 내는 사람"""

PROMPTS = """자기소개서 문항
1. 우리 공사에 지원한 동기와 입사 후 이루고 싶은 목표를 기술해 주십시오. (공백 제외 500자 이내)
2. 공동의 목표를 위해 다른 사람과 협력한 경험을 기술해 주십시오. (1000 byte)"""


def shoot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=True)


def test_a_new_candidate_adds_a_company_by_pasting_and_practises_for_it(page, live_url):
    user = UserFactory(email="own@example.com")
    log_in(page, live_url, user)
    page.goto(live_url + "/companies/")
    page.get_by_role("link", name="내 지원처 추가").first.click()
    expect(page.get_by_role("heading", name="내 지원처 추가")).to_be_visible()

    page.get_by_label("기업·기관 이름").fill("가람도시공사")
    page.get_by_label("유형").select_option("public")
    page.get_by_label("인재상 붙여넣기").fill(TRAITS)
    page.locator("#own-traits").get_by_role("button", name="불러오기").click()
    expect(page.locator(".messages")).to_contain_text("3개를 읽었습니다")
    # What was typed before the load is still there; nothing is saved yet.
    expect(page.get_by_label("기업·기관 이름")).to_have_value("가람도시공사")
    expect(page.locator("#id_traits-0-name")).to_have_value("도전인")
    expect(page.locator("#id_traits-2-description")).to_have_value("동료와 함께 성과를 내는 사람")
    assert not Company.objects.filter(owner=user).exists()

    page.get_by_label("자소서 문항 붙여넣기").fill(PROMPTS)
    page.locator("#own-prompts").get_by_role("button", name="불러오기").click()
    expect(page.locator("#id_prompts-0-limit")).to_have_value("500")
    expect(page.locator("#id_prompts-0-count_rule")).to_have_value("chars_no_spaces")
    expect(page.locator("#id_prompts-1-limit")).to_have_value("1000")
    expect(page.locator("#id_prompts-1-count_rule")).to_have_value("bytes_cp949")
    expect(page.locator("#id_traits-1-name")).to_have_value("신뢰인")
    shoot(page, "own-company-form")

    page.get_by_role("button", name="저장").click()
    expect(page.locator(".own-banner")).to_contain_text("내가 입력한 지원처")
    expect(page.locator("#values")).to_contain_text("도전인")
    shoot(page, "own-company-page")

    page.get_by_role("link", name="이 문항으로 쓰기").first.click()
    page.get_by_role("button", name="초안 만들기").click()
    expect(page.locator("#id_body")).to_be_visible()
    expect(page.locator("body")).to_contain_text("500")
    expect(page.locator("body")).to_contain_text("공백 제외")

    page.locator("#id_body").fill("저는 동아리에서 회계를 맡아 매달 장부를 정리했습니다.")
    feedback = page.locator("#feedback-panel")
    expect(feedback).to_contain_text("가람도시공사의 핵심가치·인재상", timeout=15_000)
    expect(feedback).to_contain_text("‘도전인’")
    shoot(page, "own-company-draft")
