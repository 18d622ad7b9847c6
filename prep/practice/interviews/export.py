"""Recorded answers as the audio files a candidate can keep, for the account's data export."""

from collections.abc import Iterator

from django.utils import timezone

from prep.practice.drafts.export import filename_part
from prep.practice.interviews.models import Recording
from prep.practice.interviews.models.recordings import recording_storage


def recording_files(user) -> Iterator[tuple[str, bytes]]:
    """Every recorded answer of `user`, as the audio file it was uploaded as."""
    storage = recording_storage()
    recordings = (
        Recording.objects.of_user(user)
        .select_related("session_question__session")
        .order_by("session_question__session__created_at", "session_question__order")
    )
    for recording in recordings:
        question = recording.session_question
        stamp = timezone.localtime(question.session.created_at).strftime("%Y%m%d-%H%M")
        name = f"{stamp} {question.order}. {filename_part(question.text)}.{recording.extension}"
        try:
            with storage.open(recording.file_name, "rb") as handle:
                yield f"recordings/{recording.pk} {name}", handle.read()
        except FileNotFoundError:
            continue
