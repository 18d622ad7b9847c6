"""The coaching panel refreshes after an autosave and a finding can be dismissed in place."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_editor import log_in, open_editor, wait_for_body
from tests.factories import CompanyFactory, DraftFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = "연세대 재학 시절 동아리 회장을 맡아 회원을 30% 늘렸습니다."


def test_typing_a_school_name_shows_a_blind_hiring_finding_after_the_save(page, live_url):
    user = UserFactory(email="coach@example.com")
    company = CompanyFactory(name="피드백시험원", slug="feedback-test", kind="public")
    draft = DraftFactory(user=user, prompt__company=company, headline="", body="")
    log_in(page, live_url, user)
    open_editor(page, live_url, draft)
    panel = page.locator("#feedback-panel")
    expect(panel).to_contain_text("확인할 점")

    page.locator("#id_body").press_sequentially(TEXT, delay=5)
    wait_for_body(page, draft, TEXT)

    expect(panel).to_contain_text("블라인드 채용", timeout=15_000)
    expect(panel.locator("mark.hl-blind").first).to_contain_text("연세대")
    # The editor's textarea was never replaced while the panel refreshed.
    expect(page.locator("#id_body")).to_have_value(TEXT)

    findings_before = panel.locator("li.finding").count()
    panel.locator("li.finding").first.get_by_role(
        "button", name="의도한 표현이에요 (숨기기)"
    ).click()
    expect(panel.locator("li.finding")).to_have_count(findings_before - 1)
    expect(panel).to_contain_text("숨긴 피드백 1개")
