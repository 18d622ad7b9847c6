"""Recording an answer in Chromium with a fake microphone that plays our own tone and silence."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from prep.practice.models import Rating, Recording
from tests.audio_samples import recording
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.browser.test_mock_interview import log_in, watch_csp
from tests.factories import (
    InterviewQuestionFactory,
    MockSessionFactory,
    SessionQuestionFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR", "test-results/screenshots"))


@pytest.fixture(scope="module")
def microphone(tmp_path_factory) -> Path:
    """A WAV the fake capture device plays: 1 s of silence, then voice, over and over."""
    path = tmp_path_factory.mktemp("mic") / "voice.wav"
    path.write_bytes(
        recording(
            [("silence", 1.0), ("voice", 2.0), ("silence", 0.5), ("voice", 2.0)],
            container="wav",
            codec="pcm_s16le",
        )
    )
    return path


@pytest.fixture(scope="module")
def media_browser(browser, microphone):
    """A second Chromium from the same Playwright, whose microphone plays `microphone`."""
    args = [
        *CHROMIUM_ARGS,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={microphone}",
        "--autoplay-policy=no-user-gesture-required",
    ]
    media = browser.browser_type.launch(executable_path=CHROMIUM, args=args)
    yield media
    media.close()


def new_page(browser, width: int):
    context = browser.new_context(
        locale="ko-KR", timezone_id="Asia/Seoul", viewport={"width": width, "height": 900}
    )
    context.set_default_timeout(15_000)
    return context.new_page()


def shoot(page, name: str, violations: list[str]) -> None:
    assert not violations, (violations, page.url)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("width", [1280, 390])
def test_a_recorded_answer_survives_a_reload_and_plays_back_in_the_report(
    media_browser, live_url, width
):
    alice = UserFactory(email="alice@example.com")
    session = MockSessionFactory(user=alice, question_count=1, seconds_per_answer=60)
    question = SessionQuestionFactory(session=session, order=1, text="지원 동기를 말해 주세요.")
    page = new_page(media_browser, width)
    violations = watch_csp(page)
    log_in(page, live_url, alice.email)

    page.goto(f"{live_url}/practice/interviews/{session.pk}/")
    panel = page.locator("#recording-panel")
    expect(panel.locator(".recorder")).to_be_visible()
    page.locator("#id_answer").fill("저는 사회보장 정보를 잇는 일이 좋아 지원했습니다.")
    panel.get_by_role("button", name="녹음", exact=True).click()
    expect(panel.get_by_role("button", name="녹음 끝내기")).to_be_visible()
    expect(panel.locator(".recorder-elapsed")).to_have_text("0:04", timeout=8000)
    shoot(page, f"run-recording-{width}", violations)
    panel.get_by_role("button", name="녹음 끝내기").click()
    expect(page.locator("#recording-panel .recording-saved")).to_contain_text("녹음을 저장했습니다")

    saved = Recording.objects.get(session_question=question)
    measures = saved.get_measures()
    assert saved.content_type == "audio/webm"
    assert 3.0 < measures.duration < 6.0
    assert measures.first_word is not None

    # A reload keeps the recording and the typed answer.
    page.reload()
    expect(page.locator("#recording-panel .recording-saved")).to_contain_text("저장된 녹음")
    expect(page.locator("#id_answer")).to_have_value(
        "저는 사회보장 정보를 잇는 일이 좋아 지원했습니다."
    )
    shoot(page, f"run-saved-{width}", violations)
    page.reload()  # the screenshot leaves style="" on inputs, which htmx would copy on a swap
    page.get_by_role("button", name="다음").click()
    page.locator(".rating-choice", has_text=str(Rating.GOOD.label)).click()
    page.get_by_role("button", name="평가 저장하고 다음").click()
    page.wait_for_url(f"**/practice/interviews/{session.pk}/report/")

    # The report plays the recording (seeking asks for a byte range) and shows the measures.
    audio = page.locator(f"#recording-{question.pk} audio")
    expect(audio).to_be_visible()
    expect(page.locator(f"#recording-{question.pk} .measure-first-word")).to_contain_text("초")
    expect(page.locator(f"#recording-{question.pk} .measure-pauses")).to_contain_text("번")
    expect(page.locator(".timeline-speech").first).to_be_attached()
    duration = audio.evaluate(
        """audio => new Promise((resolve, reject) => {
            audio.muted = true;
            audio.addEventListener("error", () => reject(audio.error && audio.error.code));
            audio.play().then(() => setTimeout(() => {
                audio.currentTime = 2;
                audio.addEventListener("seeked", () => resolve(audio.currentTime), {once: true});
            }, 300), reject);
        })"""
    )
    assert duration >= 1.5
    # The stored file states its length, so the player shows it (MediaRecorder's does not).
    assert 3.0 < audio.evaluate("audio => audio.duration") < 6.0
    shoot(page, f"report-recording-{width}", violations)
    assert not violations, (violations, page.url)
    page.context.close()


def test_without_microphone_permission_the_answer_is_typed(media_browser, live_url):
    alice = UserFactory(email="alice@example.com")
    session = MockSessionFactory(user=alice, question_count=1)
    SessionQuestionFactory(session=session, order=1, text="지원 동기를 말해 주세요.")
    page = new_page(media_browser, 1280)
    # The candidate says no when the browser asks for the microphone.
    page.context.add_init_script(
        "navigator.mediaDevices.getUserMedia = () =>"
        " Promise.reject(new DOMException('denied', 'NotAllowedError'));"
    )
    log_in(page, live_url, alice.email)

    page.goto(f"{live_url}/practice/interviews/{session.pk}/")
    panel = page.locator("#recording-panel")
    panel.get_by_role("button", name="녹음", exact=True).click()

    expect(panel.locator(".recorder-status")).to_contain_text("마이크를 쓸 수 없어")
    page.locator("#id_answer").fill("글로 답합니다.")
    page.get_by_role("button", name="다음").click()
    expect(page.get_by_text("이 답변은 어땠나요?")).to_be_visible()
    assert session.questions.get().answer == "글로 답합니다."
    assert not Recording.objects.exists()
    page.context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_a_one_minute_self_introduction_is_written_then_said_and_recorded(
    media_browser, live_url, width
):
    alice = UserFactory(email="alice@example.com")
    InterviewQuestionFactory(
        company=None, question_type="presentation", text="디지털 민원 개선 방안을 발표하세요."
    )
    page = new_page(media_browser, width)
    violations = watch_csp(page)
    log_in(page, live_url, alice.email)

    page.goto(f"{live_url}/practice/interviews/new/")
    page.get_by_role("link", name="1분 자기소개").click()
    shoot(page, f"format-new-{width}", violations)
    page.get_by_role("button", name="연습 시작").click()
    # The run page's scripts (htmx among them) must have run before typing, or the first
    # input event, which starts the notes' autosave, reaches no listener.
    page.wait_for_url(re.compile(r"/practice/interviews/\d+/$"), wait_until="load")

    script = "안녕하십니까. 민원 데이터를 정리해 처리 기간을 줄여 본 지원자입니다. " * 9
    page.locator("#id_notes").fill(script)
    expect(page.locator(".script-count")).to_contain_text(f"{len(script)}자 (안내 350~400자)")
    expect(page.locator(".script-count")).to_contain_text("소리 내어 읽으면 약")
    shoot(page, f"format-builder-{width}", violations)
    page.reload()
    expect(page.locator("#id_notes")).to_have_value(script)
    page.get_by_role("button", name="이 원고로 말하기 시작").click()

    expect(page.locator(".preparation-notes")).to_contain_text("민원 데이터를 정리해")
    expect(page.locator(".timer-text")).to_have_text(re.compile(r"^(1:00|0:5\d)$"))
    panel = page.locator("#recording-panel")
    panel.get_by_role("button", name="녹음", exact=True).click()
    expect(panel.locator(".recorder-elapsed")).to_have_text("0:02", timeout=8000)
    # 다음 while recording: the recording is finished and uploaded first.
    page.get_by_role("button", name="다음").click()
    expect(page.get_by_text("이 답변은 어땠나요?")).to_be_visible()
    expect(page.locator("#recording-panel .recording-saved")).to_be_visible()
    shoot(page, f"format-rate-{width}", violations)
    assert Recording.objects.filter(session_question__session__user=alice).exists()

    # PT: the topic card and its preparation clock.
    page.goto(f"{live_url}/practice/interviews/formats/new/?format=presentation")
    page.locator("#id_prep_minutes").select_option("10")
    page.get_by_role("button", name="연습 시작").click()
    expect(page.locator(".topic-card")).to_have_text("디지털 민원 개선 방안을 발표하세요.")
    expect(page.locator(".timer-text")).to_have_text(re.compile(r"^(10:00|9:5\d)$"))
    page.locator("#id_notes").fill("1. 현황\n2. 원인\n3. 개선안")
    expect(page.locator("#prepare-status")).to_contain_text("저장됨")
    shoot(page, f"format-pt-prepare-{width}", violations)
    page.context.close()
