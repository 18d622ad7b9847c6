"""A login that ends while the candidate writes never costs a word (issue 13).

The login is ended the way it happens in life: a logout in another tab of the same browser.
The page must keep the text, say so, offer a new-tab login, and save the pending text once the
login is back.
"""

import time

import pytest
from playwright.sync_api import expect

from prep.practice.models import Draft, SessionQuestion
from tests.factories import TEST_PASSWORD, DraftFactory, MockSessionFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def candidate():
    return UserFactory(email="writer@example.com")


def log_in(page, live_url, email, *, next_url=""):
    page.goto(live_url + "/accounts/login/" + (f"?next={next_url}" if next_url else ""))
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(TEST_PASSWORD)
    page.locator("#id_password").press("Enter")
    expect(page.get_by_role("button", name="로그아웃")).to_be_visible()


def log_out_in_another_tab(page, live_url):
    other = page.context.new_page()
    other.goto(live_url + "/")
    other.get_by_role("button", name="로그아웃").click()
    expect(other.get_by_role("link", name="로그인")).to_be_visible()
    other.close()


def log_in_from_the_notice(page, email):
    """Follows the notice's link, which opens the login in a new tab, and logs in there."""
    with page.context.expect_page() as opened:
        page.get_by_role("link", name="새 탭에서 다시 로그인").click()
    tab = opened.value
    tab.locator("#id_login").fill(email)
    tab.locator("#id_password").fill(TEST_PASSWORD)
    tab.locator("#id_password").press("Enter")
    expect(tab.get_by_role("heading", name="다시 로그인했습니다")).to_be_visible()
    tab.close()
    page.bring_to_front()


def wait_until(check, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError("condition not met in time")


def paste(page, selector, text):
    page.evaluate(
        """([selector, text]) => {
            const box = document.querySelector(selector);
            box.value = box.value + text;
            const inputType = 'insertFromPaste';
            box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: inputType}));
        }""",
        [selector, text],
    )


class TestEditor:
    def test_text_typed_after_the_login_ended_is_kept_and_saved_after_logging_in_again(
        self, page, live_url, candidate
    ):
        draft = DraftFactory(user=candidate, headline="", body="")
        log_in(page, live_url, candidate.email)
        page.goto(live_url + draft.get_absolute_url())
        page.locator("#id_body").fill("첫 문장입니다.")
        wait_until(lambda: Draft.objects.get(pk=draft.pk).body == "첫 문장입니다.")

        log_out_in_another_tab(page, live_url)
        page.locator("#id_body").press("End")
        page.locator("#id_body").press_sequentially(" 둘째 문장.")

        expect(page.locator("#signin-again")).to_be_visible()
        expect(page.locator("#save-status")).to_contain_text("로그인이 끝났습니다")
        expect(page.locator("#id_body")).to_have_value("첫 문장입니다. 둘째 문장.")
        assert Draft.objects.get(pk=draft.pk).body == "첫 문장입니다."
        page.screenshot(path="test-results/session-expiry-editor-1280.png", full_page=True)

        log_in_from_the_notice(page, candidate.email)
        wait_until(lambda: Draft.objects.get(pk=draft.pk).body == "첫 문장입니다. 둘째 문장.")
        expect(page.locator("#save-status")).to_contain_text("저장됨")
        expect(page.locator("#signin-again")).to_be_hidden()

    def test_a_phone_sized_editor_shows_the_notice_too(self, browser, live_url, candidate):
        context = browser.new_context(
            locale="ko-KR", timezone_id="Asia/Seoul", viewport={"width": 390, "height": 844}
        )
        page = context.new_page()
        try:
            draft = DraftFactory(user=candidate, headline="", body="저장된 글")
            log_in(page, live_url, candidate.email)
            page.goto(live_url + draft.get_absolute_url())
            log_out_in_another_tab(page, live_url)
            page.locator("#id_body").press_sequentially(" 더")
            expect(page.locator("#signin-again")).to_be_visible()
            page.screenshot(path="test-results/session-expiry-editor-390.png", full_page=True)
        finally:
            context.close()

    def test_pasted_text_with_nul_saves_without_it_and_says_so(self, page, live_url, candidate):
        draft = DraftFactory(user=candidate, headline="", body="")
        log_in(page, live_url, candidate.email)
        page.goto(live_url + draft.get_absolute_url())
        paste(page, "#id_body", "붙여\x00넣은 글\x07입니다.")
        expect(page.locator("#controls-notice")).to_be_visible()

        wait_until(lambda: Draft.objects.get(pk=draft.pk).body == "붙여넣은 글입니다.")
        expect(page.locator("#save-status")).to_contain_text("저장됨")
        expect(page.locator("#normalize-notice")).to_contain_text("제어 문자")
        # Later saves are not blocked by the character the candidate cannot see.
        paste(page, "#id_body", " 계속")
        wait_until(lambda: Draft.objects.get(pk=draft.pk).body == "붙여넣은 글입니다. 계속")


class TestInterviewRun:
    def test_an_answer_typed_after_the_login_ended_is_kept_and_saved_after_logging_in(
        self, page, live_url, candidate
    ):
        session = MockSessionFactory(user=candidate, seconds_per_answer=120)
        SessionQuestion.objects.create(session=session, order=1, text="지원 동기를 말해 주세요.")
        log_in(page, live_url, candidate.email)
        page.goto(f"{live_url}/practice/interviews/{session.pk}/")
        page.locator("#id_answer").fill("공공 데이터로")
        expect(page.locator("#autosave-status")).to_contain_text("저장됨")

        log_out_in_another_tab(page, live_url)
        page.locator("#id_answer").press("End")
        page.locator("#id_answer").press_sequentially(" 사람을 돕고 싶습니다.")
        expect(page.locator("#signin-again")).to_be_visible()
        expect(page.locator("#autosave-status")).to_contain_text("로그인이 끝났습니다")

        # 다음 while logged out: the stage is not replaced, the answer stays.
        page.get_by_role("button", name="다음", exact=True).click()
        expect(page.locator("#autosave-status")).to_contain_text("다음으로 넘어가지 못했습니다")
        expect(page.locator("#id_answer")).to_have_value("공공 데이터로 사람을 돕고 싶습니다.")
        question = SessionQuestion.objects.get(session=session)
        assert question.answer == "공공 데이터로" and question.answered_at is None
        page.screenshot(path="test-results/session-expiry-interview-1280.png", full_page=True)

        log_in_from_the_notice(page, candidate.email)
        wait_until(
            lambda: (
                SessionQuestion.objects.get(session=session).answer
                == "공공 데이터로 사람을 돕고 싶습니다."
            )
        )
        expect(page.locator("#signin-again")).to_be_hidden()
        page.get_by_role("button", name="다음", exact=True).click()
        expect(page.get_by_text("이 답변은 어땠나요?")).to_be_visible()
        assert SessionQuestion.objects.get(session=session).answered_at is not None

    def test_an_answer_with_nul_is_kept_without_it(self, page, live_url, candidate):
        session = MockSessionFactory(user=candidate, seconds_per_answer=120)
        SessionQuestion.objects.create(session=session, order=1, text="강점을 말해 주세요.")
        log_in(page, live_url, candidate.email)
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(f"{live_url}/practice/interviews/{session.pk}/")
        paste(page, "#id_answer", "꼼꼼\x00함입니다.")
        expect(page.locator("#autosave-status")).to_contain_text("제어 문자")
        assert SessionQuestion.objects.get(session=session).answer == "꼼꼼함입니다."
        page.screenshot(path="test-results/session-expiry-interview-390.png", full_page=True)
