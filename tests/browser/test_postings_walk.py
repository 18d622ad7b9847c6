"""공고 → follow → 자소서 쓰기 → 제출 → 면접일 → dashboard, calendar, .ics → review cards brought
forward, in a real browser; screenshots of every new page at phone and desktop widths."""

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from prep.catalog.models.postings import SEOUL, seoul_today
from prep.practice.interviews import reviews
from prep.practice.models import ReviewCard
from tests.factories import (
    TEST_PASSWORD,
    CompanyFactory,
    EssayPromptFactory,
    MockSessionFactory,
    PostingFactory,
    PostingStepFactory,
    SessionQuestionFactory,
    UserFactory,
    _seoul,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(__file__).resolve().parents[2] / "test-results" / "postings"
WIDTHS = (390, 1280)


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def log_in(page, live_url, user):
    page.goto(live_url + "/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(TEST_PASSWORD)
    page.locator("#id_password").press("Enter")
    expect(page.get_by_role("button", name="로그아웃")).to_be_visible()


@pytest.fixture
def world():
    company = CompanyFactory(name="한국가상정보원", slug="virtual-info")
    prompts = [
        EssayPromptFactory(company=company, text="지원 동기와 입사 후 포부를 기술해 주십시오."),
        EssayPromptFactory(company=company, text="갈등을 조정해 성과를 낸 경험을 기술해 주십시오."),
    ]
    posting = PostingFactory(
        company=company,
        title="2026년 한국가상정보원 신입직원 공개채용",
        closes_at=_seoul(6, 18, 0),
        prompts=prompts,
        procedure="서류전형 → 필기전형 → 면접전형 → 최종합격",
    )
    PostingStepFactory(posting=posting, kind="written", name="필기전형", order=1)
    PostingFactory(company=company, title="체험형 청년인턴 채용", closes_at=_seoul(2))
    PostingFactory(title="다른 기관 경력직 채용", closes_at=_seoul(15), recruit_kind="experienced")
    candidate = UserFactory(email="walker@example.com", display_name="워커")
    session = MockSessionFactory(user=candidate, company=company)
    now = timezone.now()
    answered = SessionQuestionFactory(session=session, started_at=now, answered_at=now)
    card = reviews.card_for_rating(
        user=candidate, session_question=answered, rating=4, now=now - timedelta(days=1)
    )
    return {"posting": posting, "candidate": candidate, "card": card}


def test_from_a_posting_to_review_cards_brought_forward(page, live_url, world):
    posting, candidate, card = world["posting"], world["candidate"], world["card"]
    interview_day = seoul_today() + timedelta(days=5)
    assert card.due > datetime.combine(interview_day, time(0, 0), SEOUL)

    log_in(page, live_url, candidate)
    page.get_by_role("link", name="채용 공고").first.click()
    expect(page.get_by_role("heading", name="채용 공고")).to_be_visible()
    expect(page.locator("#posting-results")).to_contain_text("D-2")
    shoot(page, "posting-list")

    page.get_by_role("link", name=posting.title).click()
    expect(page.get_by_text("지원 동기와 입사 후 포부를 기술해 주십시오.")).to_be_visible()
    shoot(page, "posting-detail")

    page.get_by_role("button", name="관심 공고로 저장").click()
    expect(page.get_by_text("관심 공고로 저장했습니다")).to_be_visible()
    page.get_by_role("button", name="이 공고로 자소서 쓰기").click()
    expect(page.get_by_text("문항마다 초안을 2개 만들었습니다.")).to_be_visible()
    drafts = page.locator(".application-drafts li")
    expect(drafts).to_have_count(2)

    page.locator("#id_stage").select_option(label="제출")
    page.locator("#id_date").fill(seoul_today().isoformat())
    page.get_by_role("button", name="저장", exact=True).click()
    expect(page.locator(".stage").first).to_have_text("제출")

    page.locator("#id_stage").select_option(label="면접")
    page.locator("#id_date").fill(interview_day.isoformat())
    page.locator("#id_note").fill("본사 3층, 오전 10시")
    page.get_by_role("button", name="저장", exact=True).click()
    expect(page.locator(".step-dates")).to_contain_text("면접")
    shoot(page, "application-detail")

    card = ReviewCard.objects.get(pk=card.pk)
    before = datetime.combine(interview_day - timedelta(days=1), time(9, 0), SEOUL)
    assert card.due == before

    page.goto(live_url + "/")
    due_next = page.locator(".home-due-next")
    expect(due_next).to_contain_text("D-5")
    expect(due_next).to_contain_text("면접")
    shoot(page, "home-dashboard")

    page.get_by_role("link", name="지원 현황").first.click()
    expect(page.locator(".application-card")).to_contain_text("제출")
    shoot(page, "application-list")

    page.goto(live_url + f"/calendar/?month={interview_day:%Y-%m}")
    expect(page.locator(".month-agenda")).to_contain_text("한국가상정보원 면접")
    if interview_day.month == seoul_today().month:
        expect(page.locator('td[aria-current="date"]')).to_have_count(1)
    shoot(page, "calendar")
    page.goto(live_url + "/calendar/")
    shoot(page, "calendar-this-month")

    page.get_by_role("link", name="내 캘린더 앱에서 구독하기").click()
    page.get_by_role("button", name="구독 주소 만들기").click()
    feed_url = page.locator("#feed-url").input_value()
    shoot(page, "calendar-feed-settings")
    feed = page.request.get(feed_url)
    assert feed.ok
    calendar = Calendar.from_ical(feed.body())
    summaries = {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
    assert {"한국가상정보원 서류 마감", "한국가상정보원 면접", "한국가상정보원 제출"} <= summaries

    page.get_by_role("button", name="구독 주소 없애기").click()
    assert page.request.get(feed_url).status == 404


def test_the_postings_page_filters_without_javascript(browser, live_url, world):
    context = browser.new_context(java_script_enabled=False, locale="ko-KR")
    page = context.new_page()
    page.goto(live_url + "/postings/")
    page.locator("#id_recruit_kind").select_option(label="경력")
    page.get_by_role("button", name="찾기").click()
    expect(page.locator(".posting-card")).to_have_count(1)
    expect(page.locator(".posting-card")).to_contain_text("다른 기관 경력직 채용")
    context.close()


def test_the_new_pages_keep_the_content_security_policy(page, live_url, world):
    from tests.browser.test_csp import RECORD_VIOLATIONS

    posting, candidate = world["posting"], world["candidate"]
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.context.add_init_script(RECORD_VIOLATIONS)
    log_in(page, live_url, candidate)
    page.goto(live_url + posting.get_absolute_url())
    page.get_by_role("button", name="이 공고로 자소서 쓰기").click()
    application_url = page.url
    for url in [
        live_url + "/postings/",
        live_url + "/postings/?closing_soon=on",
        live_url + posting.get_absolute_url(),
        live_url + "/applications/",
        application_url,
        live_url + "/calendar/",
        live_url + "/calendar/feed/",
        live_url + "/",
    ]:
        response = page.goto(url)
        assert response.status == 200, url
        assert "content-security-policy" in response.headers, url
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__cspViolations") == [], url
    assert violations == []
