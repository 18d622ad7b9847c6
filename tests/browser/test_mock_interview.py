import re

import pytest
from playwright.sync_api import expect

from prep.practice.models import MockSession, SessionQuestion
from tests.factories import (
    TEST_PASSWORD,
    CompanyFactory,
    DraftFactory,
    InterviewQuestionFactory,
    MockSessionFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_url, email):
    page.goto(live_url + "/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(TEST_PASSWORD)
    page.locator("#id_password").press("Enter")
    expect(page.get_by_role("button", name="로그아웃")).to_be_visible()


def watch_csp(page) -> list[str]:
    """Collects Content-Security-Policy violations reported in the console."""
    violations: list[str] = []
    page.on(
        "console",
        lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    return violations


def test_a_session_with_a_follow_up_survives_a_reload_and_is_shared_then_revoked(
    page, live_url, browser
):
    alice = UserFactory(email="alice@example.com")
    UserFactory(email="bob@example.com")
    company = CompanyFactory(name="한국사회보장정보원", slug="ssis")
    for n in (1, 2):
        InterviewQuestionFactory(
            company=company,
            question_type="experience",
            text=f"기출 질문 {n}입니다.",
            hint="상황–노력–효과 순서로",
        )
    DraftFactory(
        user=alice,
        prompt=None,
        company=company,
        headline="",
        body="고객 만족도를 80%까지 높였습니다.",
    )
    violations = watch_csp(page)
    log_in(page, live_url, "alice@example.com")

    # Set-up, with the company prefilled from the query string.
    page.goto(live_url + "/practice/interviews/new/?company=ssis")
    expect(page.locator("#id_company")).to_have_value("ssis")
    page.locator("#id_question_count").select_option("3")
    expect(page.locator("#id_include_follow_ups")).to_be_checked()
    page.get_by_role("button", name="면접 시작").click()
    expect(page).to_have_url(re.compile(r"/practice/interviews/\d+/$"))
    session = MockSession.objects.get(user=alice)

    # Question 1: the countdown runs, the typed answer autosaves.
    expect(page.locator(".question-text")).to_contain_text("기출 질문")
    expect(page.get_by_text("답변 포인트 (연습 모드)")).to_be_visible()
    expect(page.locator(".timer-text")).not_to_have_text("1:30", timeout=3000)
    page.locator("#id_answer").fill("저는 민원 데이터를 정리해")
    expect(page.locator("#autosave-status")).to_contain_text("저장됨")
    first = SessionQuestion.objects.get(session=session, order=1)
    started_at = first.started_at
    assert first.answer == "저는 민원 데이터를 정리해"

    # Reload mid-question: same question, same clock, same text.
    page.reload()
    expect(page.locator("#id_answer")).to_have_value("저는 민원 데이터를 정리해")
    remaining = int(page.locator(".timer").get_attribute("data-remaining"))
    assert remaining < 90
    first.refresh_from_db()
    assert first.started_at == started_at

    # Answer and rate each question; the follow-up from the draft comes last.
    for order in (1, 2, 3):
        if order == 3:
            expect(page.locator(".question-text")).to_contain_text("그 80%는 어떻게 측정했나요?")
            expect(page.locator(".badge-follow-up")).to_be_visible()
        page.get_by_role("button", name="다음", exact=True).click()
        expect(page.get_by_text("이 답변은 어땠나요?")).to_be_visible()
        page.get_by_label("괜찮음").check()
        page.locator("#id_note").fill(f"메모 {order}")
        page.get_by_role("button", name="평가 저장하고 다음").click()
        if order < 3:  # wait for HTMX to swap in the next question before acting on it
            expect(page.locator(".question-meta")).to_contain_text(f"질문 {order + 1} / 3")

    expect(page).to_have_url(re.compile(r"/report/$"))
    expect(page.get_by_role("heading", name=re.compile("모의 면접 결과"))).to_be_visible()
    expect(page.get_by_text("저는 민원 데이터를 정리해")).to_be_visible()
    expect(page.get_by_text("메모 3")).to_be_visible()
    assert alice.review_cards.count() == 3

    # Partner link for Bob.
    page.get_by_role("button", name="파트너 링크 만들기").click()
    link = page.locator("#share-url").input_value()
    assert "/practice/shared/" in link
    bob_context = browser.new_context(locale="ko-KR", timezone_id="Asia/Seoul")
    bob = bob_context.new_page()
    try:
        log_in(bob, live_url, "bob@example.com")
        bob.goto(link)
        expect(bob.get_by_text("저는 민원 데이터를 정리해")).to_be_visible()
        expect(bob.get_by_text("메모 1")).to_have_count(0)
        bob.locator("textarea").first.fill("두괄식으로 말하면 더 좋아요")
        bob.get_by_role("button", name="의견 남기기").first.click()
        expect(bob.get_by_text("의견을 남겼습니다.")).to_be_visible()

        page.reload()
        expect(page.get_by_text("두괄식으로 말하면 더 좋아요")).to_be_visible()
        page.get_by_role("button", name="링크 끊기").click()
        expect(page.get_by_role("button", name="파트너 링크 만들기")).to_be_visible()

        response = bob.goto(link)
        assert response.status == 404
    finally:
        bob_context.close()
    assert violations == []


def test_real_mode_moves_on_when_time_is_up(page, live_url):
    alice = UserFactory(email="alice@example.com")
    session = MockSessionFactory(user=alice, mode="real", seconds_per_answer=2)
    SessionQuestion.objects.create(session=session, order=1, text="1분 자기소개를 해 주세요.")
    log_in(page, live_url, "alice@example.com")
    page.goto(f"{live_url}/practice/interviews/{session.pk}/")
    expect(page.get_by_text("답변 포인트")).to_have_count(0)
    page.locator("#id_answer").fill("시간 안에 못 끝낸 답")
    expect(page.get_by_text("이 답변은 어땠나요?")).to_be_visible(timeout=8000)
    question = session.questions.get()
    assert question.answer == "시간 안에 못 끝낸 답"
    assert question.answered_at is not None
