"""Every main page runs under the strict Content-Security-Policy without a single violation."""

import pytest
from django.utils import timezone

from prep.practice.models import SessionShare
from tests.factories import (
    TEST_PASSWORD,
    CompanyFactory,
    DraftFactory,
    DraftRevisionFactory,
    EssayPromptFactory,
    InterviewQuestionFactory,
    MockSessionFactory,
    ReviewCardFactory,
    SampleAnswerFactory,
    SessionQuestionFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


def test_no_page_violates_the_content_security_policy(page, live_url):
    user = UserFactory(email="csp@example.com")
    company = CompanyFactory(name="정책시험기관", slug="csp-test")
    prompt = EssayPromptFactory(company=company)
    SampleAnswerFactory(prompt=prompt)
    InterviewQuestionFactory(company=company)
    draft = DraftFactory(user=user, prompt=prompt, body="정책 시험용 본문입니다.")
    DraftRevisionFactory(draft=draft, body="이전 본문")
    session = MockSessionFactory(user=user, company=company)
    now = timezone.now()
    SessionQuestionFactory(session=session, started_at=now)
    SessionShare.objects.create(session=session, token="c" * 43)
    ReviewCardFactory(user=user, company=company)

    console_errors: list[str] = []
    page.on(
        "console",
        lambda message: (
            console_errors.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.context.add_init_script(RECORD_VIOLATIONS)

    def visit(path: str):
        response = page.goto(live_url + path)
        assert response.status < 400, (path, response.status)
        assert "content-security-policy" in response.headers, path
        page.wait_for_load_state("networkidle")
        violations = page.evaluate("window.__cspViolations")
        assert violations == [], (path, violations)

    for path in [
        "/",
        "/accounts/login/",
        "/accounts/signup/",
        "/companies/",
        "/questions/",
        company.get_absolute_url(),
    ]:
        visit(path)

    page.goto(live_url + "/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(TEST_PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(live_url + "/")

    for path in [
        "/",
        "/accounts/profile/",
        "/accounts/delete/",
        company.get_absolute_url(),
        "/questions/",
        "/practice/drafts/",
        "/practice/drafts/new/",
        f"/practice/drafts/{draft.pk}/",
        f"/practice/drafts/{draft.pk}/history/",
        f"/practice/drafts/{draft.pk}/diff/",
        f"/practice/drafts/company/{company.slug}/",
        "/practice/interviews/",
        "/practice/interviews/new/",
        f"/practice/interviews/{session.pk}/",
        f"/practice/interviews/{session.pk}/report/",
        "/practice/reviews/",
        "/practice/interview-date/",
        f"/practice/shared/{'c' * 43}/",
    ]:
        visit(path)
    assert console_errors == []


def test_applying_a_spelling_fix_in_the_editor_violates_nothing(page, live_url):
    """htmx settles the swapped form's attributes; copying a style (Playwright's screenshots leave
    style="" on every control) would be an inline style under the CSP."""
    from playwright.sync_api import expect

    user = UserFactory(email="csp-editor@example.com")
    draft = DraftFactory(user=user, body="몇일 동안 준비했고 팀에 큰 도움이 됬습니다.")
    page.context.add_init_script(RECORD_VIOLATIONS)
    page.goto(live_url + "/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(TEST_PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(live_url + "/")
    page.goto(live_url + draft.get_absolute_url())
    items = page.locator("#feedback-panel li.spell-item")
    expect(items).to_have_count(2, timeout=15_000)
    page.screenshot(path="test-results/csp-editor-before-apply.png", full_page=True)

    items.first.get_by_role("button", name="적용").click()
    expect(items).to_have_count(1, timeout=15_000)
    items.first.get_by_role("button", name="무시").click()
    expect(items).to_have_count(0, timeout=15_000)
    page.wait_for_load_state("networkidle")

    assert page.evaluate("window.__cspViolations") == []
