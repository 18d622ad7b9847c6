import io
import re
import zipfile
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from prep.practice.interviews import audio
from prep.practice.interviews.audio import MAX_UPLOAD_BYTES
from prep.practice.interviews.recordings import save_recording
from prep.practice.models import Rating, Recording, SessionShare
from tests.audio_samples import SPOKEN, recording
from tests.factories import (
    TEST_PASSWORD,
    MockSessionFactory,
    ReviewCardFactory,
    SessionQuestionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def question(user):
    session = MockSessionFactory(user=user, seconds_per_answer=60)
    now = timezone.now()
    return SessionQuestionFactory(
        session=session,
        order=1,
        text="지원 동기를 말해 주세요.",
        answer="적어 둔 답변입니다.",
        started_at=now - timedelta(seconds=30),
    )


def upload_url(question):
    return reverse(
        "practice:recording_upload", kwargs={"pk": question.session_id, "question_pk": question.pk}
    )


def audio_url(question):
    return reverse(
        "practice:recording_audio", kwargs={"pk": question.session_id, "question_pk": question.pk}
    )


def webm(segments=SPOKEN) -> SimpleUploadedFile:
    """As a browser uploads it: streamed WebM without a duration, under any name and type."""
    data = recording(segments, live=True)
    return SimpleUploadedFile("anything.txt", data, content_type="text/plain")


def stored_files(storage) -> list[str]:
    try:
        return storage.listdir("")[1]
    except FileNotFoundError:
        return []


def keep(question, segments=SPOKEN) -> Recording:
    return save_recording(session_question=question, upload=webm(segments))


class TestRecordingUpload:
    def test_the_owner_keeps_a_recording_with_its_measures(
        self, client_user, question, recording_storage
    ):
        response = client_user.post(
            upload_url(question),
            {"recording": webm(), "duration_ms": "9100"},
            headers={"HX-Request": "true"},
        )

        assert response.status_code == 200
        assert 'data-recording-saved="1"' in response.content.decode()
        saved = Recording.objects.get(session_question=question)
        assert saved.content_type == "audio/webm"  # decoded, not taken from the name or header
        assert saved.get_measures().first_word == pytest.approx(1.0, abs=0.2)
        assert stored_files(recording_storage) == [saved.file_name]
        # Kept with a duration and seek index, so the player shows its length and can seek.
        stored = recording_storage.open(saved.file_name).read()
        assert audio.decode(stored).has_duration
        assert saved.size == len(stored)

    def test_without_javascript_it_redirects_back_with_a_message(
        self, client_user, question, recording_storage
    ):
        response = client_user.post(upload_url(question), {"recording": webm()}, follow=True)

        assert "녹음을 저장했습니다." in response.content.decode()
        assert Recording.objects.filter(session_question=question).exists()

    @pytest.mark.parametrize(
        ("payload", "message"),
        [
            (b"\x1aE\xdf\xa3" + b"0" * (MAX_UPLOAD_BYTES + 1), "10MB보다 커서"),
            ("녹음이 아닌 글입니다.".encode() * 40, "녹음 파일로 읽을 수 없어"),
            (b"", "올린 녹음 파일이 없습니다."),
        ],
    )
    def test_a_refused_upload_says_why_and_keeps_the_typed_answer(
        self, client_user, question, recording_storage, payload, message
    ):
        upload = SimpleUploadedFile("answer.webm", payload, content_type="audio/webm")

        response = client_user.post(
            upload_url(question), {"recording": upload}, headers={"HX-Request": "true"}
        )

        content = response.content.decode()
        assert response.status_code == 200
        assert message in content
        assert "적어 둔 답변은 그대로 있습니다." in content
        assert not Recording.objects.exists()
        question.refresh_from_db()
        assert question.answer == "적어 둔 답변입니다."
        assert stored_files(recording_storage) == []

    def test_a_recording_cut_off_in_transit_is_refused(
        self, client_user, question, recording_storage
    ):
        data = recording([("voice", 3.0)], container="ogg")

        response = client_user.post(
            upload_url(question),
            {"recording": SimpleUploadedFile("a.ogg", data), "duration_ms": "30000"},
            headers={"HX-Request": "true"},
        )

        assert "녹음이 중간에 끊겨" in response.content.decode()
        assert not Recording.objects.exists()

    def test_a_new_recording_replaces_the_old_file(
        self, client_user, question, recording_storage, django_capture_on_commit_callbacks
    ):
        old = keep(question).file_name

        with django_capture_on_commit_callbacks(execute=True):
            client_user.post(upload_url(question), {"recording": webm([("voice", 2.0)])})

        new = Recording.objects.get(session_question=question).file_name
        assert new != old
        assert stored_files(recording_storage) == [new]

    def test_too_many_uploads_in_a_minute_are_refused(
        self, client_user, question, recording_storage, settings
    ):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "recording": (1, 60)}
        client_user.post(upload_url(question), {"recording": webm()})

        response = client_user.post(
            upload_url(question), {"recording": webm()}, headers={"HX-Request": "true"}
        )

        assert "너무 자주 올렸습니다" in response.content.decode()
        assert Recording.objects.count() == 1

    def test_a_stranger_cannot_upload_to_someone_elses_question(
        self, client_stranger, question, recording_storage
    ):
        response = client_stranger.post(upload_url(question), {"recording": webm()})

        assert response.status_code == 404
        assert stored_files(recording_storage) == []


class TestRecordingAudio:
    def test_the_owner_plays_the_whole_file(self, client_user, question, recording_storage):
        saved = keep(question)

        response = client_user.get(audio_url(question))

        assert response.status_code == 200
        assert response["Content-Type"] == "audio/webm"
        assert response["Accept-Ranges"] == "bytes"
        assert "no-store" in response["Cache-Control"]
        body = b"".join(response.streaming_content)
        assert body == recording_storage.open(saved.file_name).read()

    @pytest.mark.parametrize(
        ("header", "expected"),
        [("bytes=0-99", (0, 99)), ("bytes=100-", (100, None)), ("bytes=-50", (-50, None))],
    )
    def test_a_range_request_gets_just_that_range(
        self, client_user, question, recording_storage, header, expected
    ):
        saved = keep(question)
        whole = recording_storage.open(saved.file_name).read()
        size = len(whole)

        response = client_user.get(audio_url(question), headers={"Range": header})

        start, end = expected
        part = whole[start:] if end is None else whole[start : end + 1]
        first = start % size
        assert response.status_code == 206
        assert b"".join(response.streaming_content) == part
        assert response["Content-Range"] == f"bytes {first}-{first + len(part) - 1}/{size}"
        assert response["Content-Length"] == str(len(part))

    def test_a_range_past_the_end_is_416(self, client_user, question, recording_storage):
        keep(question)

        response = client_user.get(audio_url(question), headers={"Range": "bytes=99999999-"})

        assert response.status_code == 416

    def test_no_recording_is_404(self, client_user, question):
        assert client_user.get(audio_url(question)).status_code == 404

    def test_a_stranger_gets_404(self, client_stranger, question, recording_storage):
        keep(question)

        assert client_stranger.get(audio_url(question)).status_code == 404


class TestRecordingDelete:
    def test_the_owner_deletes_one_recording_and_its_file(
        self, client_user, question, recording_storage, django_capture_on_commit_callbacks
    ):
        keep(question)
        url = reverse(
            "practice:recording_delete",
            kwargs={"pk": question.session_id, "question_pk": question.pk},
        )

        with django_capture_on_commit_callbacks(execute=True):
            response = client_user.post(url, follow=True)

        assert "녹음을 지웠습니다." in response.content.decode()
        assert not Recording.objects.exists()
        assert stored_files(recording_storage) == []
        question.refresh_from_db()
        assert question.answer == "적어 둔 답변입니다."

    def test_deleting_the_session_deletes_its_files(
        self, question, recording_storage, django_capture_on_commit_callbacks
    ):
        keep(question)

        with django_capture_on_commit_callbacks(execute=True):
            question.session.delete()

        assert stored_files(recording_storage) == []


class TestPartnerRecording:
    @pytest.fixture
    def partner(self, db) -> Client:
        client = Client()
        client.force_login(UserFactory(email="bob@example.com"))
        return client

    def url(self, share, question):
        return reverse(
            "practice:partner_recording", kwargs={"token": share.token, "question_pk": question.pk}
        )

    def test_a_partner_with_an_active_link_plays_it(self, partner, question, recording_storage):
        keep(question)
        share = SessionShare.objects.create(session=question.session, token="r" * 43)

        response = partner.get(self.url(share, question))

        assert response.status_code == 200
        assert response["Content-Type"] == "audio/webm"

    def test_a_revoked_link_can_no_longer_play_it(self, partner, question, recording_storage):
        keep(question)
        share = SessionShare.objects.create(session=question.session, token="r" * 43)
        share.revoked_at = timezone.now()
        share.save()

        assert partner.get(self.url(share, question)).status_code == 404

    def test_the_link_does_not_reach_another_sessions_recording(
        self, partner, question, recording_storage
    ):
        keep(question)
        share = SessionShare.objects.create(session=MockSessionFactory(), token="s" * 43)

        assert partner.get(self.url(share, question)).status_code == 404


class TestPagesShowTheRecording:
    def test_the_report_plays_it_and_shows_the_measures(
        self, client_user, question, recording_storage
    ):
        question.answered_at = timezone.now()
        question.save()
        keep(question)

        content = client_user.get(
            reverse("practice:session_report", kwargs={"pk": question.session_id})
        ).content.decode()

        assert f'src="{audio_url(question)}"' in content
        assert "첫마디까지" in content
        assert "1.0초" in content  # silence before the first word
        assert "2초 넘는 멈춤" in content
        assert re.search(r"가장 긴 멈춤 2\.[3-7]초", content)
        assert "timeline-speech" in content
        assert "이 녹음 지우기" in content

    def test_the_partner_page_plays_it_through_the_link(
        self, question, recording_storage, other_user
    ):
        question.answered_at = timezone.now()
        question.save()
        keep(question)
        share = SessionShare.objects.create(session=question.session, token="r" * 43)
        client = Client()
        client.force_login(other_user)

        content = client.get(share.get_absolute_url()).content.decode()

        partner_url = reverse(
            "practice:partner_recording", kwargs={"token": share.token, "question_pk": question.pk}
        )
        assert f'src="{partner_url}"' in content
        assert "이 녹음 지우기" not in content

    def test_the_run_page_offers_the_recorder_and_a_typed_fallback(self, client_user, question):
        content = client_user.get(
            reverse("practice:session_run", kwargs={"pk": question.session_id})
        ).content.decode()

        assert 'id="recording-panel"' in content
        assert "js/recorder.js" in content
        assert "지금처럼 글로 답하면 됩니다" in content

    def test_review_replays_the_last_recording_of_that_question(
        self, client_user, user, question, recording_storage
    ):
        question.answered_at = timezone.now()
        question.rating = Rating.GOOD
        question.save()
        keep(question)
        ReviewCardFactory(
            user=user,
            question=question.question,
            company=question.session.company,
            text=question.text,
            due=timezone.now() - timedelta(hours=1),
        )

        content = client_user.get(reverse("practice:review_today")).content.decode()

        assert "지난번 내 답 다시 듣기" in content
        assert f'src="{audio_url(question)}"' in content


class TestPrivacy:
    def test_the_export_holds_the_recording_as_a_file(
        self, client_user, question, recording_storage
    ):
        saved = keep(question)

        archive = zipfile.ZipFile(io.BytesIO(client_user.post("/accounts/export/").content))

        names = [name for name in archive.namelist() if name.startswith("recordings/")]
        assert len(names) == 1
        assert names[0].endswith(".webm")
        assert archive.read(names[0]) == recording_storage.open(saved.file_name).read()

    def test_the_deletion_page_counts_the_recordings(self, client_user, question):
        keep(question)

        content = client_user.get("/accounts/delete/").content.decode()

        assert "녹음: 1" in content

    def test_deleting_the_account_leaves_no_file_behind(
        self, client_user, user, question, recording_storage, django_capture_on_commit_callbacks
    ):
        keep(question)
        other = SessionQuestionFactory(session=MockSessionFactory(user=user), order=1)
        keep(other)
        theirs = SessionQuestionFactory(session=MockSessionFactory(), order=1)
        keep(theirs)
        assert len(stored_files(recording_storage)) == 3

        with django_capture_on_commit_callbacks(execute=True):
            client_user.post(
                "/accounts/delete/", {"password": TEST_PASSWORD, "confirm": "탈퇴합니다"}
            )

        assert not User.objects.filter(pk=user.pk).exists()
        assert stored_files(recording_storage) == [Recording.objects.get().file_name]
