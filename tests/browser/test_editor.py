"""The 자소서 editor in a real browser: autosave, conflicts, outages and live counts."""

import dataclasses
import json
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from prep.coach.counting import count_text
from prep.practice.drafts.autosave import prepare_text
from prep.practice.models import Draft
from tests.factories import TEST_PASSWORD, DraftFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VECTORS = json.loads(
    (Path(__file__).resolve().parents[1] / "coach" / "counting_vectors.json").read_text(
        encoding="utf-8"
    )
)


@pytest.fixture
def candidate():
    return UserFactory(email="writer@example.com")


@pytest.fixture
def draft(candidate):
    return DraftFactory(user=candidate, headline="", body="", prompt__limit=50)


def log_in(page, live_url, user):
    page.goto(live_url + "/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(TEST_PASSWORD)
    page.locator("#id_password").press("Enter")
    expect(page.get_by_role("button", name="로그아웃")).to_be_visible()


def open_editor(page, live_url, draft):
    page.goto(live_url + draft.get_absolute_url())
    expect(page.locator("#id_body")).to_be_visible()


def wait_for_body(page, draft, expected, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if Draft.objects.get(pk=draft.pk).body == expected:
            return
        page.wait_for_timeout(200)
    raise AssertionError(f"draft body is {Draft.objects.get(pk=draft.pk).body!r}, not {expected!r}")


def paste(page, text):
    page.evaluate(
        """text => {
            const body = document.getElementById('id_body');
            body.value = body.value + text;
            const inputType = 'insertFromPaste';
            body.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: inputType}));
        }""",
        text,
    )


def test_typed_and_pasted_korean_is_autosaved_and_survives_a_reload(page, live_url, draft):
    log_in(page, live_url, draft.user)
    open_editor(page, live_url, draft)

    body = page.locator("#id_body")
    body.press_sequentially("저는 ")
    page.keyboard.insert_text("문제를 해결했습니다.")
    paste(page, "\n붙여 넣은 문장입니다.")
    expected = "저는 문제를 해결했습니다.\n붙여 넣은 문장입니다."

    wait_for_body(page, draft, expected)
    expect(page.locator("#save-status")).to_contain_text("저장됨")

    page.reload()
    expect(page.locator("#id_body")).to_have_value(expected)


def test_a_second_tab_gets_the_conflict_banner_and_no_text_is_lost(page, live_url, draft):
    log_in(page, live_url, draft.user)
    open_editor(page, live_url, draft)
    second = page.context.new_page()
    open_editor(second, live_url, draft)

    page.locator("#id_body").press_sequentially("첫 탭의 글")
    wait_for_body(page, draft, "첫 탭의 글")

    second.locator("#id_body").press_sequentially("둘째 탭의 글")
    banner = second.locator("#conflict-banner")
    expect(banner.get_by_role("heading", level=2)).to_contain_text("먼저 저장했습니다")
    expect(second.locator("#conflict-theirs")).to_have_value("첫 탭의 글")
    expect(second.locator("#id_body")).to_have_value("둘째 탭의 글")
    expect(second.locator("#save-status")).to_contain_text("저장 안 됨")
    assert Draft.objects.get(pk=draft.pk).body == "첫 탭의 글"

    second.get_by_role("button", name="이 탭의 글로 저장").click()
    expect(second.locator("#id_body")).to_have_value("둘째 탭의 글")
    stored = Draft.objects.get(pk=draft.pk)
    assert stored.body == "둘째 탭의 글"
    assert stored.revisions.filter(body="첫 탭의 글").exists()


def test_a_dead_server_during_typing_loses_nothing_once_it_is_back(page, live_url, draft):
    log_in(page, live_url, draft.user)
    open_editor(page, live_url, draft)

    page.route("**/save/", lambda route: route.abort())
    page.locator("#id_body").press_sequentially("서버가 멈춘 동안 쓴 글")
    expect(page.locator("#save-status")).to_contain_text("저장 안 됨 — 다시 시도 중")
    assert Draft.objects.get(pk=draft.pk).body == ""
    leaving_is_guarded = page.evaluate(
        """() => {
            const event = new Event('beforeunload', {cancelable: true});
            window.dispatchEvent(event);
            return event.defaultPrevented;
        }"""
    )
    assert leaving_is_guarded

    page.unroute("**/save/")
    wait_for_body(page, draft, "서버가 멈춘 동안 쓴 글", timeout=40)
    expect(page.locator("#save-status")).to_contain_text("저장됨")
    assert not page.evaluate(
        """() => {
            const event = new Event('beforeunload', {cancelable: true});
            window.dispatchEvent(event);
            return event.defaultPrevented;
        }"""
    )


def test_the_page_counts_match_count_text_for_every_vector(page, live_url, draft):
    log_in(page, live_url, draft.user)
    open_editor(page, live_url, draft)
    # Counting needs no server; keep the vectors out of the database.
    page.route("**/save/", lambda route: route.abort())
    for vector in VECTORS:
        shown = page.evaluate(
            """text => {
                const body = document.getElementById('id_body');
                body.value = text;
                body.dispatchEvent(new Event('input', {bubbles: true}));
                const counts = {};
                document.querySelectorAll('#live-counter [data-count]').forEach(element => {
                    counts[element.dataset.count] = Number(element.textContent);
                });
                return {counts: counts, value: body.value};
            }""",
            vector["text"],
        )
        # What the server stores and counts: the textarea's value, normalised on save.
        _headline, stored, _notices = prepare_text(headline="", body=shown["value"])
        expected = dataclasses.asdict(count_text(stored))
        expected.pop("not_cp949")
        assert shown["counts"] == expected, vector["name"]


def test_the_limit_bar_turns_over_when_the_text_is_too_long(page, live_url, draft):
    log_in(page, live_url, draft.user)
    open_editor(page, live_url, draft)
    paste(page, "가" * 60)
    expect(page.locator('[data-live="zone"]')).to_have_text("초과")
    expect(page.locator('[data-live="bar"]')).to_have_attribute("class", "limit-fill zone-over")
    expect(page.locator('[data-live="used"]')).to_have_text("60")


def test_a_chip_toggles_in_place_and_stays_after_a_reload(page, live_url, draft):
    from tests.factories import CompetencyFactory

    draft.prompt.competencies.add(CompetencyFactory(name="고객지향", kind="company"))
    log_in(page, live_url, draft.user)
    open_editor(page, live_url, draft)
    chip = page.locator("#competency-chips").get_by_role("button", name="고객지향")
    expect(chip).to_have_attribute("aria-pressed", "false")
    chip.click()
    expect(chip).to_have_attribute("aria-pressed", "true")  # the name ignores the hidden ✓
    assert list(draft.competencies.values_list("name", flat=True)) == ["고객지향"]
    assert page.url.endswith(draft.get_absolute_url())  # swapped by htmx, not a new page
    open_editor(page, live_url, draft)
    expect(page.locator("#competency-chips .chip-on")).to_have_text("✓ 고객지향")
