"""The measures of a recorded answer, for the report, the partner page and 오늘의 복습."""

from django import template
from django.utils.translation import gettext as _

from prep.practice.interviews import recordings

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


@register.filter
def minutes_seconds(seconds) -> str:
    """1080 → "18분", 245 → "4분 5초", 45 → "45초"."""
    if seconds is None:
        return ""
    minutes, rest = divmod(int(seconds), 60)
    if not minutes:
        return _("%(s)s초") % {"s": rest}
    if not rest:
        return _("%(m)s분") % {"m": minutes}
    return _("%(m)s분 %(s)s초") % {"m": minutes, "s": rest}
