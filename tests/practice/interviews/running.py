"""A frozen clock and the URLs of a running mock interview, for the session and report tests."""

from datetime import UTC, datetime, timedelta

from django.urls import reverse

from prep.practice.models import SessionQuestion

START = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)


class Clock:
    def __init__(self):
        self.now = START

    def advance(self, **delta):
        self.now += timedelta(**delta)


def run_url(session):
    return reverse("practice:session_run", kwargs={"pk": session.pk})


def url(name, session):
    return reverse(f"practice:{name}", kwargs={"pk": session.pk})


def first(session) -> SessionQuestion:
    """Fresh from the database, with a fresh session (its pause state matters for timing)."""
    return SessionQuestion.objects.select_related("session").get(session_id=session.pk, order=1)
