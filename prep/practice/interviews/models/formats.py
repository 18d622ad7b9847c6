from datetime import datetime, timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _

from prep.practice.interviews.models.sessions import SessionQuestion


class InterviewFormat(models.TextChoices):
    """The formats public institutions run beside the one-to-one question round."""

    SELF_INTRO = "self_intro", _("1분 자기소개")
    PRESENTATION = "presentation", _("PT 면접")
    DISCUSSION = "discussion", _("토론 면접")
    SITUATION = "situation", _("상황면접")


class Preparation(models.Model):
    """The time before a format's answer: reading the topic card and writing notes.

    For 1분 자기소개 it is the builder, untimed (`seconds_allowed` 0), and `notes` is the script
    the candidate then says aloud. The answer's own clock starts only when preparation ends.
    """

    session_question = models.OneToOneField(
        SessionQuestion, on_delete=models.CASCADE, related_name="preparation"
    )
    interview_format = models.CharField(
        _("면접 형식"), max_length=20, choices=InterviewFormat.choices
    )
    seconds_allowed = models.PositiveIntegerField(_("준비 시간(초)"), default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    notes = models.TextField(_("준비 메모"), blank=True)

    class Meta:
        verbose_name = _("면접 준비")
        verbose_name_plural = _("면접 준비")

    def __str__(self) -> str:
        return f"{self.get_interview_format_display()} {self.session_question}"

    @property
    def is_timed(self) -> bool:
        return self.seconds_allowed > 0

    @property
    def is_self_intro(self) -> bool:
        return self.interview_format == InterviewFormat.SELF_INTRO

    def show(self, *, now: datetime) -> None:
        """Starts the preparation clock the first time the topic is shown; a reload keeps it."""
        if self.started_at is None:
            self.started_at = now
            self.save(update_fields=["started_at"])

    def elapsed(self, *, now: datetime | None = None) -> timedelta | None:
        if self.started_at is None:
            return None
        end = self.finished_at or now
        return None if end is None else max(end - self.started_at, timedelta(0))

    def elapsed_seconds(self) -> int | None:
        elapsed = self.elapsed()
        return None if elapsed is None else int(elapsed.total_seconds())

    def remaining_seconds(self, *, now: datetime) -> int:
        elapsed = self.elapsed(now=now) or timedelta(0)
        return max(0, int(self.seconds_allowed - elapsed.total_seconds() + 0.999))

    def save_notes(self, text: str) -> bool:
        if self.finished_at is not None:
            return False
        self.notes = text
        self.save(update_fields=["notes"])
        return True

    def finish(self, text: str, *, now: datetime) -> None:
        """Ends preparation with the final notes; the answer's clock starts from here."""
        if self.finished_at is not None:
            return
        self.started_at = self.started_at or now
        self.notes = text
        self.finished_at = now
        self.save(update_fields=["started_at", "notes", "finished_at"])
