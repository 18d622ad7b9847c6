"""지원 현황: a candidate's applications (to a posting, or to a company when there is none), the
dates of their steps, and the secret address of their calendar feed."""

import secrets
from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    """Where an application stands, in the order a hiring process moves."""

    INTERESTED = "interested", _("관심")
    WRITING = "writing", _("작성 중")
    SUBMITTED = "submitted", _("제출")
    DOCUMENT_PASSED = "document_passed", _("서류 합격")
    DOCUMENT_FAILED = "document_failed", _("서류 불합격")
    WRITTEN = "written", _("필기")
    INTERVIEW = "interview", _("면접")
    FINAL_PASSED = "final_passed", _("최종 합격")
    FINAL_FAILED = "final_failed", _("최종 불합격")


STAGE_ORDER = {value: index for index, value in enumerate(Stage.values)}
# Before submitting, a posting's deadline is the candidate's to meet.
UNSUBMITTED = frozenset({Stage.INTERESTED, Stage.WRITING})


class ApplicationQuerySet(models.QuerySet):
    def with_catalog(self):
        return self.select_related("company", "posting")

    def unsubmitted(self):
        return self.filter(stage__in=UNSUBMITTED)


class Application(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="applications"
    )
    company = models.ForeignKey(
        "catalog.Company",
        on_delete=models.CASCADE,
        related_name="applications",
        verbose_name=_("기관"),
    )
    posting = models.ForeignKey(
        "catalog.Posting",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("채용 공고"),
    )
    stage = models.CharField(
        _("단계"), max_length=20, choices=Stage.choices, default=Stage.INTERESTED
    )
    notes = models.TextField(_("메모"), blank=True)
    # Referenced by name: practice does not depend on this app, and this app needs no more of
    # practice than the link.
    drafts = models.ManyToManyField(
        "practice.Draft", blank=True, related_name="applications", verbose_name=_("자소서 초안")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("지원")
        verbose_name_plural = _("지원 현황")
        ordering = ["-updated_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "posting"],
                condition=Q(posting__isnull=False),
                name="application_user_posting_unique",
            ),
            models.UniqueConstraint(
                fields=["user", "company"],
                condition=Q(posting__isnull=True),
                name="application_user_company_unique",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("applications:application_detail", kwargs={"pk": self.pk})

    @property
    def title(self) -> str:
        if self.posting_id:
            return self.posting.title
        return str(self.company)

    @property
    def is_submitted(self) -> bool:
        return self.stage not in UNSUBMITTED

    def missed_deadline(self, now: datetime | None = None) -> bool:
        """The posting closed before the candidate submitted."""
        return bool(self.posting_id) and not self.is_submitted and self.posting.is_closed(now)

    def move_to(self, stage: str, *, date=None, note: str = "") -> "ApplicationStep | None":
        """Sets the stage and, when a date is given, records (or moves) that stage's step."""
        self.stage = stage
        self.save(update_fields=["stage", "updated_at"])
        if date is None:
            return None
        step, _created = self.steps.update_or_create(
            stage=stage, defaults={"date": date, "note": note}
        )
        return step


class ApplicationStepQuerySet(models.QuerySet):
    def interviews(self):
        return self.filter(stage=Stage.INTERVIEW)

    def of_user(self, user):
        return self.filter(application__user=user)


class ApplicationStep(models.Model):
    """The date of one stage of an application: submitted on, 필기 on, 면접 on …"""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="steps")
    stage = models.CharField(_("단계"), max_length=20, choices=Stage.choices)
    date = models.DateField(_("날짜"))
    note = models.CharField(_("메모"), max_length=200, blank=True)

    objects = ApplicationStepQuerySet.as_manager()

    class Meta:
        verbose_name = _("지원 단계")
        verbose_name_plural = _("지원 단계")
        ordering = ["date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "stage"], name="application_step_stage_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_stage_display()} {self.date:%Y-%m-%d}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """The secret address of a candidate's .ics feed; deleting the row revokes it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("캘린더 구독 주소")
        verbose_name_plural = _("캘린더 구독 주소")

    def __str__(self) -> str:
        return str(self.user)

    def get_absolute_url(self) -> str:
        return reverse("applications:calendar_feed", kwargs={"token": self.token})

    @classmethod
    def regenerate(cls, user) -> "CalendarFeed":
        """A new secret address for `user`; the old one stops working."""
        feed, _created = cls.objects.update_or_create(
            user=user, defaults={"token": new_feed_token(), "created_at": timezone.now()}
        )
        return feed
