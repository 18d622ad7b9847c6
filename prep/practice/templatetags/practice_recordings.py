"""The measures of a recorded answer, for the report, the partner page and 오늘의 복습."""

from django import template

from prep.practice import recordings

register = template.Library()


@register.simple_tag
def recording_summary(session_question) -> "recordings.Summary | None":
    """Summary of the question's recording, or None; the typed answer counts as transcript."""
    try:
        recording = session_question.recording
    except recordings.Recording.DoesNotExist:
        return None
    return recordings.summary(
        recording,
        limit_seconds=session_question.limit_seconds,
        transcript=recordings.transcript_for(session_question),
    )
