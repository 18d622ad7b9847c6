"""The main pages in Chromium at a phone's width (390 px) and a laptop's (1280 px).

Each page must fit its width (no horizontal scrolling), log no console error, and keep every
control of its filter form visible and usable. Screenshots of every page at both widths go to
test-results/pages/ (git-ignored) on every run, so a person can look at them.
"""

import re
from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from prep.practice.interviews.formats import start_format_session
from tests.factories import TEST_PASSWORD, UserFactory
from tests.page_world import candidate_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "pages"
WIDTHS = {"phone": (390, 844), "laptop": (1280, 900)}


def url(name, **kwargs):
    return lambda w: reverse(name, kwargs={k: v(w) for k, v in kwargs.items()})


def pk_of(key):
    return lambda w: w[key].pk


# (name for the screenshot, its URL in the world, needs a logged-in candidate)
PAGES = [
    ("home", url("home"), True),
    ("directory", url("catalog:company_list"), False),
    ("company", url("catalog:company_detail", slug=lambda w: w["company"].slug), False),
    (
        "compare",
        lambda w: (
            reverse("catalog:company_compare")
            + "?c=한국사회보장정보원&c=국민권익위원회&c=누리온모빌리티&q=정보"
        ),
        False,
    ),
    ("compare-empty", url("catalog:company_compare"), False),
    ("question-bank", lambda w: reverse("catalog:question_bank") + "?q=경험", False),
    ("editor", url("practice:draft_edit", pk=pk_of("draft")), True),
    ("feedback", url("practice:draft_feedback", pk=pk_of("draft")), True),
    ("history", url("practice:draft_history", pk=pk_of("draft")), True),
    ("drafts", url("practice:draft_list"), True),
    ("interview-run", url("practice:session_run", pk=pk_of("running")), True),
    ("interview-report", url("practice:session_report", pk=pk_of("session")), True),
    ("abandoned-report", url("practice:session_report", pk=pk_of("abandoned")), True),
    ("reviews", url("practice:review_today"), True),
    ("account", url("accounts:profile"), True),
    ("postings", url("applications:posting_list"), False),
    ("posting", url("applications:posting_detail", pk=pk_of("posting")), False),
    ("applications", url("applications:application_list"), True),
    ("application", url("applications:application_detail", pk=pk_of("application")), True),
    ("calendar", url("applications:calendar_month"), True),
    ("calendar-feed", url("applications:calendar_feed_settings"), True),
    ("interview-formats", url("practice:session_format_new"), True),
    ("self-intro", url("practice:session_run", pk=pk_of("self_intro")), True),
    ("pt-preparation", url("practice:session_run", pk=pk_of("presentation")), True),
    ("discussion", url("practice:session_run", pk=pk_of("discussion")), True),
    ("situations", url("practice:session_run", pk=pk_of("situation")), True),
    ("login", url("account_login"), False),
]


@pytest.fixture
def candidate():
    return UserFactory(email="pages@example.com", display_name="김지원")


@pytest.fixture
def world(candidate):
    world = candidate_world(candidate)
    for interview_format in ("self_intro", "presentation", "discussion", "situation"):
        world[interview_format] = start_format_session(
            user=candidate, interview_format=interview_format, mode="practice"
        )
    return world


@pytest.fixture(params=sorted(WIDTHS))
def sized_page(request, browser):
    width, height = WIDTHS[request.param]
    context = browser.new_context(
        locale="ko-KR", timezone_id="Asia/Seoul", viewport={"width": width, "height": height}
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.errors = []
    page.on(
        "console",
        lambda message: page.errors.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.width_name = request.param
    yield page
    context.close()


def log_in(page, live_url, user):
    page.goto(live_url + "/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(TEST_PASSWORD)
    page.locator("#id_password").press("Enter")
    expect(page.get_by_role("button", name="로그아웃")).to_be_visible()


def screenshot(page, name: str, *, full_page: bool = True) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}-{page.width_name}.png", full_page=full_page)


def horizontal_overflow(page) -> list[str]:
    """The page's extra width, and the elements that stick out past the viewport."""
    return page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return [];
            const culprits = [];
            for (const el of document.body.querySelectorAll('*')) {
                const box = el.getBoundingClientRect();
                if (box.right > width + 1 && box.width > 0) {
                    culprits.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                        + (el.className && typeof el.className === 'string'
                           ? '.' + el.className.split(' ').join('.') : '')
                        + ' right=' + Math.round(box.right));
                }
            }
            return ['scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width]
                .concat(culprits.slice(0, 8));
        }"""
    )


def test_main_pages_fit_the_width_and_log_no_error(sized_page, live_url, world, candidate):
    page = sized_page
    logged_in = False
    problems = {}
    for name, path, needs_login in sorted(PAGES, key=lambda p: p[2]):
        if needs_login and not logged_in:
            log_in(page, live_url, candidate)
            logged_in = True
        page.errors.clear()
        response = page.goto(live_url + path(world))
        assert response.status == 200, (name, response.status)
        page.wait_for_load_state("networkidle")
        screenshot(page, name)
        found = horizontal_overflow(page) + [f"console: {error}" for error in page.errors]
        if found:
            problems[name] = found
    assert not problems, "\n".join(f"{name}: {found}" for name, found in problems.items())


def controls_of(form):
    return form.locator("select, input:not([type=hidden]), button, textarea")


def assert_controls_usable(page, form):
    width = page.viewport_size["width"]
    controls = controls_of(form)
    assert controls.count() > 0
    for index in range(controls.count()):
        control = controls.nth(index)
        control.scroll_into_view_if_needed()
        expect(control).to_be_visible()
        expect(control).to_be_enabled()
        box = control.bounding_box()
        name = control.get_attribute("name") or control.inner_text()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, (name, box)
        assert box["height"] >= 20, (name, box)


def result_texts(page, selector: str) -> list[str]:
    return page.locator(selector).all_inner_texts()


class TestQuestionBankFilters:
    def test_every_filter_is_visible_and_narrows_the_results(self, sized_page, live_url, world):
        page = sized_page
        page.goto(live_url + reverse("catalog:question_bank"))
        form = page.locator("#question-filter")
        assert_controls_usable(page, form)
        selects = form.locator("select")
        assert selects.count() == 5
        screenshot(page, "question-bank-filters")

        company = form.get_by_label("기업")
        everything = result_texts(page, "#question-results .question-text")
        company.select_option(label=world["company"].name)
        expect(page).to_have_url(re.compile(r"company="))
        expect(page.locator("#question-results .tag-line a").first).to_have_text(
            world["company"].name
        )
        narrowed = result_texts(page, "#question-results .question-text")
        assert narrowed != everything
        for link in page.locator("#question-results .tag-line a").all_inner_texts():
            assert link == world["company"].name

        season = form.locator("select[name=season]")
        options = season.locator("option")
        assert options.count() > 2
        season.select_option(index=1)
        expect(page).to_have_url(re.compile(r"season="))
        screenshot(page, "question-bank-filtered")


class TestDirectoryFilters:
    def test_the_kind_filter_is_visible_and_narrows_the_list(self, sized_page, live_url, world):
        page = sized_page
        page.goto(live_url + reverse("catalog:company_list"))
        form = page.locator("form[role=search]").first
        assert_controls_usable(page, form)
        before = result_texts(page, "#company-results h2, #company-results h3")
        kind = form.locator("select")
        if kind.count():
            kind.first.select_option(index=kind.first.locator("option").count() - 1)
            page.wait_for_load_state("networkidle")
            expect(page).to_have_url(re.compile(r"kind="))
            assert result_texts(page, "#company-results h2, #company-results h3") != before


class TestPhoneEditor:
    def test_the_count_stays_in_sight_while_typing(self, browser, live_url, world, candidate):
        context = browser.new_context(
            locale="ko-KR",
            timezone_id="Asia/Seoul",
            viewport={"width": 390, "height": 844},
            is_mobile=True,
            has_touch=True,
        )
        page = context.new_page()
        page.width_name = "phone"
        try:
            log_in(page, live_url, candidate)
            page.goto(live_url + reverse("practice:draft_edit", kwargs={"pk": world["draft"].pk}))
            body = page.locator("#id_body")
            body.click()
            page.keyboard.press("End")
            page.keyboard.insert_text(" 추가로 입력한 문장입니다.")
            count = page.locator("#live-counter [data-live=used]")
            expect(count).to_be_visible()
            box = count.bounding_box()
            viewport = page.viewport_size
            assert box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"], box
            status = page.locator("#save-status")
            status_box = status.bounding_box()
            assert 0 <= status_box["y"] <= viewport["height"], status_box
            screenshot(page, "editor-typing", full_page=False)
        finally:
            context.close()


def style_of(locator, *properties) -> dict:
    return locator.evaluate(
        "(el, names) => Object.fromEntries(names.map(n => [n, getComputedStyle(el)[n]]))",
        list(properties),
    )


RED = "rgb(179, 38, 30)"
WHITE = "rgb(255, 255, 255)"
TRANSPARENT = "rgba(0, 0, 0, 0)"


class TestButtonStyles:
    def test_each_kind_of_button_looks_like_its_kind(self, page, live_url, world, candidate):
        log_in(page, live_url, candidate)
        logout = page.get_by_role("button", name="로그아웃")
        assert style_of(logout, "backgroundColor", "fontWeight") == {
            "backgroundColor": TRANSPARENT,
            "fontWeight": "400",
        }

        page.goto(live_url + reverse("accounts:account_delete"))
        delete = page.get_by_role("button", name="모든 데이터와 함께 계정 삭제")
        assert style_of(delete, "backgroundColor")["backgroundColor"] == RED
        export = page.get_by_role("button", name="내 데이터 먼저 내려받기")
        assert style_of(export, "backgroundColor")["backgroundColor"] == WHITE

        page.goto(live_url + reverse("practice:session_run", kwargs={"pk": world["running"].pk}))
        next_button = page.get_by_role("button", name="다음")
        pause = page.get_by_role("button", name="일시 정지")
        assert style_of(next_button, "backgroundColor")["backgroundColor"] != WHITE
        assert style_of(pause, "backgroundColor")["backgroundColor"] == WHITE


class TestStoppingAnInterview:
    def test_stopping_asks_first_and_the_candidate_can_go_back(
        self, page, live_url, world, candidate
    ):
        log_in(page, live_url, candidate)
        page.goto(live_url + reverse("practice:session_run", kwargs={"pk": world["running"].pk}))
        page.get_by_role("button", name="면접 그만두기").click()
        expect(page.get_by_role("heading", name="면접을 그만둘까요?")).to_be_visible()
        page.get_by_role("button", name="계속하기").click()
        expect(page.get_by_role("button", name="다음")).to_be_visible()

        page.get_by_role("button", name="면접 그만두기").click()
        page.get_by_role("button", name="그만두고 결과 보기").click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("모의 면접 결과")
        expect(page.get_by_text("0 / 2개 답변")).to_be_visible()


class TestWithoutJavaScript:
    def test_the_editor_shows_no_endless_analysing_note(self, browser, live_url, world, candidate):
        context = browser.new_context(locale="ko-KR", java_script_enabled=False)
        page = context.new_page()
        page.width_name = "nojs"
        try:
            page.goto(live_url + reverse("account_login"))
            page.locator("#id_login").fill(candidate.email)
            page.locator("#id_password").fill(TEST_PASSWORD)
            page.locator("#id_password").press("Enter")
            page.goto(live_url + reverse("practice:draft_edit", kwargs={"pk": world["draft"].pk}))
            expect(page.get_by_role("link", name="이 초안의 피드백 보기")).to_be_visible()
            expect(page.get_by_text("분석 중…")).to_be_hidden()
        finally:
            context.close()


class TestHomeDashboard:
    def test_the_cards_of_one_row_are_equally_tall(self, page, live_url, world, candidate):
        page.set_viewport_size({"width": 1280, "height": 900})
        log_in(page, live_url, candidate)
        page.goto(live_url + reverse("home"))
        boxes = [card.bounding_box() for card in page.locator(".dashboard-grid > *").all()]
        assert len(boxes) >= 3
        first_row = [box for box in boxes if abs(box["y"] - boxes[0]["y"]) < 2]
        assert len(first_row) >= 2
        assert len({round(box["height"]) for box in first_row}) == 1, first_row


def test_a_visitor_switches_the_language_from_a_page_kept_whole(page, live_url):
    page.goto(live_url + "/companies/")
    page.goto(live_url + "/companies/")  # now from the visitors' page cache, without a token
    page.select_option("#language-select", "en")
    page.locator(".language-form button").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert page.url == live_url + "/companies/"
