"""The 맞춤법 section in a real browser: underline, 적용, 무시, and both kept after a reload."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from prep.practice.models import DismissedFinding, Draft
from tests.browser.test_editor import log_in, open_editor, wait_for_body
from tests.factories import CompanyFactory, DraftFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = "몇일 동안 준비했고 팀에 큰 도움이 됬습니다."
SHOTS = "test-results/spelling"


def test_two_errors_are_underlined_one_applied_one_dismissed_and_both_kept(page, live_url):
    user = UserFactory(email="speller@example.com")
    company = CompanyFactory(name="맞춤법시험원", slug="spelling-test", kind="public")
    draft = DraftFactory(user=user, prompt__company=company, headline="", body="")
    log_in(page, live_url, user)
    open_editor(page, live_url, draft)
    panel = page.locator("#feedback-panel")
    expect(panel).to_contain_text("맞춤법·띄어쓰기")

    page.locator("#id_body").press_sequentially(TEXT, delay=5)
    wait_for_body(page, draft, TEXT)

    marks = panel.locator(".spell-text .spell-mark")
    expect(marks).to_have_count(2, timeout=15_000)
    expect(marks.nth(0)).to_contain_text("몇일")
    expect(marks.nth(0).locator(".spell-fix")).to_have_text("고칠 말:며칠")
    expect(marks.nth(1)).to_contain_text("됬")
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        panel.locator("#spelling").screenshot(path=f"{SHOTS}-panel-{width}.png")
        page.screenshot(path=f"{SHOTS}-page-{width}.png", full_page=True)

    # 적용 sends the editor's text: what was typed after the last autosave stays.
    page.locator("#id_body").press("End")
    page.locator("#id_body").press_sequentially(" 끝.", delay=5)
    panel.locator("li.spell-item", has_text="몇일").get_by_role("button", name="적용").click()
    expect(page.locator("#id_body")).to_have_value(
        "며칠 동안 준비했고 팀에 큰 도움이 됬습니다. 끝."
    )
    expect(marks).to_have_count(1, timeout=15_000)

    panel.locator("li.spell-item", has_text="됬").get_by_role("button", name="무시").click()
    expect(panel.locator("li.spell-item")).to_have_count(0)
    expect(panel).to_contain_text("무시한 교정 1개")

    page.reload()
    expect(page.locator("#id_body")).to_have_value(
        "며칠 동안 준비했고 팀에 큰 도움이 됬습니다. 끝."
    )
    expect(panel).to_contain_text("무시한 교정 1개", timeout=15_000)
    expect(panel.locator("li.spell-item")).to_have_count(0)
    assert Draft.objects.get(pk=draft.pk).body.startswith("며칠 동안")
    assert DismissedFinding.objects.filter(draft=draft).count() == 1

    # The feedback page (the panel without JavaScript's help) shows the same section.
    page.goto(live_url + reverse("practice:draft_feedback", kwargs={"pk": draft.pk}))
    expect(page.locator("#spelling")).to_contain_text("무시한 교정 1개")
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=f"{SHOTS}-feedback-{width}.png", full_page=True)


def test_a_typed_interview_answer_is_checked_in_the_report(page, live_url):
    from django.utils import timezone

    from tests.factories import MockSessionFactory, SessionQuestionFactory

    user = UserFactory(email="interviewee@example.com")
    session = MockSessionFactory(user=user, status="finished")
    SessionQuestionFactory(
        session=session,
        answer="저는 팀의 리더로써 갈등을 조정 했습니다.",
        answered_at=timezone.now(),
    )
    log_in(page, live_url, user)
    page.goto(live_url + reverse("practice:session_report", kwargs={"pk": session.pk}))
    marks = page.locator(".report-question .spell-mark")
    expect(marks).to_have_count(2)
    expect(marks.first.locator(".spell-fix")).to_have_text("고칠 말:로서")
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=f"{SHOTS}-report-{width}.png", full_page=True)
