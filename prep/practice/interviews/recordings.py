"""Keeping, replacing, deleting and serving a candidate's recorded answers.

The upload is checked by its size and by decoding it (prep/practice/interviews/audio.py), never
by its name or the type the browser claims; playback answers HTTP range requests so the browser
can seek.
"""

import re
import secrets
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import transaction
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils.translation import gettext as _

from prep.practice.interviews import audio, formats
from prep.practice.interviews.models import Recording, SessionQuestion
from prep.practice.interviews.models.recordings import delete_file_after_commit, recording_storage

EXTENSIONS = {
    "audio/webm": "webm",
    "audio/ogg": "ogg",
    "audio/mp4": "m4a",
    "audio/wav": "wav",
    "audio/mpeg": "mp3",
}
CHUNK_BYTES = 64 * 1024
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class RecordingRefused(Exception):
    """An upload we cannot keep, with the Korean message the candidate sees."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def refusal_message(reason: str) -> str:
    limit_mb = audio.MAX_UPLOAD_BYTES // (1024 * 1024)
    messages = {
        "missing": _("올린 녹음 파일이 없습니다."),
        "too_big": _("녹음 파일이 %(mb)sMB보다 커서 저장하지 않았습니다. 더 짧게 녹음해 주세요.")
        % {"mb": limit_mb},
        "not_audio": _(
            "녹음 파일로 읽을 수 없어 저장하지 않았습니다. "
            "WebM, MP4(M4A), OGG, WAV, MP3 녹음을 올려 주세요."
        ),
        "truncated": _("녹음이 중간에 끊겨 저장하지 않았습니다. 다시 녹음해 주세요."),
        "too_long": _("녹음이 15분보다 길어 저장하지 않았습니다."),
    }
    return messages[reason]


def _expected_seconds(value: str | None) -> float | None:
    try:
        seconds = float(value or "") / 1000
    except ValueError:
        return None
    return seconds if 0 < seconds < 24 * 3600 else None


@transaction.atomic
def save_recording(
    *, session_question: SessionQuestion, upload, duration_ms: str | None = None
) -> Recording:
    """Checks, measures and keeps `upload` as the question's recording, replacing an older one.

    Raises RecordingRefused (and keeps nothing) when the file is missing, too big or not a
    whole recording.
    """
    if upload is None or not upload.size:
        raise RecordingRefused(refusal_message("missing"))
    if upload.size > audio.MAX_UPLOAD_BYTES:
        raise RecordingRefused(refusal_message("too_big"))
    upload.seek(0)
    try:
        decoded = audio.decode(upload, expected_seconds=_expected_seconds(duration_ms))
    except audio.AudioProblem as problem:
        raise RecordingRefused(refusal_message(problem.reason)) from problem
    measures = audio.measure(decoded.pcm)
    session = session_question.session
    name = (
        # One flat folder: deleting the files leaves no empty directories behind.
        f"{session.user_id}-{session.pk}-{session_question.pk}-{secrets.token_hex(8)}"
        f".{EXTENSIONS[decoded.content_type]}"
    )
    upload.seek(0)
    data = upload.read()
    if not decoded.has_duration:
        data = audio.with_duration(data, decoded.content_type)
    storage = recording_storage()
    stored_name = storage.save(name, ContentFile(data))
    try:
        recording = (
            Recording.objects.select_for_update().filter(session_question=session_question).first()
        )
        if recording is not None:
            delete_file_after_commit(recording.file_name)
        else:
            recording = Recording(session_question=session_question)
        recording.file_name = stored_name
        recording.content_type = decoded.content_type
        recording.size = len(data)
        recording.measures = measures.as_dict()
        recording.save()
    except Exception:
        # No row points at the new file, so it must not stay behind.
        storage.delete(stored_name)
        raise
    return recording


def delete_recording(recording: Recording) -> None:
    recording.delete()  # the file goes with the row (post_delete in models/recordings.py)


def _byte_range(header: str, size: int) -> tuple[int, int] | None:
    """The one range a browser asks for when it seeks (`bytes=a-b`, `bytes=a-`, `bytes=-n`)."""
    match = _RANGE.match(header.strip())
    if not match or not any(match.groups()):
        return None
    first, last = match.groups()
    if first:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
    else:
        start, end = max(size - int(last), 0), size - 1
    return (start, end) if start <= end else None


def _chunks(handle, start: int, length: int):
    with handle:
        handle.seek(start)
        while length > 0:
            data = handle.read(min(CHUNK_BYTES, length))
            if not data:
                break
            length -= len(data)
            yield data


def serve(request: HttpRequest, recording: Recording) -> HttpResponse:
    """The recording's bytes (all, or the range asked for), private to this response."""
    storage = recording_storage()
    try:
        size = storage.size(recording.file_name)
        handle = storage.open(recording.file_name, "rb")
    except (FileNotFoundError, OSError):
        return HttpResponse(status=404)
    header = request.headers.get("Range", "")
    byte_range = _byte_range(header, size) if header else None
    if header and byte_range is None:
        handle.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    start, end = byte_range or (0, size - 1)
    length = end - start + 1
    response = StreamingHttpResponse(
        _chunks(handle, start, length),
        status=206 if byte_range else 200,
        content_type=recording.content_type,
    )
    response["Content-Length"] = str(length)
    response["Accept-Ranges"] = "bytes"
    if byte_range:
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Cache-Control"] = "private, no-store"
    response["Content-Disposition"] = f'inline; filename="answer.{recording.extension}"'
    return response


# --------------------------------------------------------------------------------------------
# What the report shows

TIMELINE_WIDTH = 1000
# Common advice: a spoken answer gets going within a few seconds of the question.
SLOW_START_SECONDS = 3.0
# Conversation runs at about 5–6 syllables a second (prep/coach/style.py).
PACE_RANGE = (300, 360)


@dataclass(frozen=True)
class Summary:
    duration: float
    speaking: float
    limit: int
    first_word: float | None
    pause_count: int
    longest_pause: float
    syllables_per_minute: int | None
    has_transcript: bool
    speech_bars: list[tuple[float, float]]  # (x, width) on a TIMELINE_WIDTH-wide strip
    pause_bars: list[tuple[float, float]]
    limit_x: float | None
    advice: list[str]

    @property
    def is_over_limit(self) -> bool:
        return self.speaking > self.limit


def _bars(spans, scale: float) -> list[tuple[float, float]]:
    return [(round(s * scale, 1), round(max((e - s) * scale, 1.0), 1)) for s, e in spans]


def summary(recording: Recording, *, limit_seconds: int, transcript: str = "") -> Summary:
    """Plain numbers, a timeline and common advice for one recording; no scores."""
    measures = recording.get_measures()
    span = max(measures.duration, limit_seconds, 1.0)
    scale = TIMELINE_WIDTH / span
    spm = measures.syllables_per_minute(transcript)
    advice = []
    if measures.first_word is None:
        advice.append(_("녹음에서 말소리를 찾지 못했습니다. 마이크가 켜져 있는지 확인해 보세요."))
    else:
        if measures.speaking > limit_seconds:
            advice.append(
                _(
                    "제한 시간 %(limit)s초를 넘겼습니다. "
                    "결론을 먼저 말하고 사례를 하나로 줄여 보세요."
                )
                % {"limit": limit_seconds}
            )
        elif measures.speaking < limit_seconds / 2:
            advice.append(
                _(
                    "제한 시간의 절반도 쓰지 않았습니다. "
                    "행동과 결과, 배운 점을 한 문장씩 더해 보세요."
                )
            )
        if measures.first_word > SLOW_START_SECONDS:
            advice.append(
                _(
                    "첫마디까지 %(seconds)s초가 걸렸습니다. "
                    "질문을 들은 뒤 2~3초 안에 결론부터 시작해 보세요."
                )
                % {"seconds": f"{measures.first_word:.1f}"}
            )
        if measures.pauses:
            advice.append(
                _(
                    "2초 넘게 멈춘 곳은 다음 내용을 떠올린 자리일 때가 많습니다. "
                    "답의 뼈대를 키워드 세 개로 외워 보세요."
                )
            )
        if spm is not None and not PACE_RANGE[0] <= spm <= PACE_RANGE[1]:
            advice.append(
                _("대화하는 빠르기는 분당 약 %(low)s~%(high)s음절입니다.")
                % {"low": PACE_RANGE[0], "high": PACE_RANGE[1]}
            )
    return Summary(
        duration=measures.duration,
        speaking=measures.speaking,
        limit=limit_seconds,
        first_word=measures.first_word,
        pause_count=len(measures.pauses),
        longest_pause=measures.longest_pause,
        syllables_per_minute=spm,
        has_transcript=bool(transcript.strip()),
        speech_bars=_bars(measures.segments, scale),
        pause_bars=_bars(measures.pauses, scale),
        limit_x=round(limit_seconds * scale, 1) if limit_seconds < span else None,
        advice=advice,
    )


def transcript_for(session_question: SessionQuestion) -> str:
    """What the candidate said, as far as we know: the typed or corrected answer, else the
    1분 자기소개 script they spoke from."""
    if session_question.answer.strip():
        return session_question.answer
    preparation = formats.preparation_of(session_question)
    return preparation.notes if preparation and preparation.is_self_intro else ""


def last_for_card(card) -> Recording | None:
    """The newest recording of a review card's question, to replay beside the card."""
    return (
        Recording.objects.for_card(card)
        .select_related("session_question__session", "session_question__question")
        .first()
    )
