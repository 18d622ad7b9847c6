"""A study partner's read-only link to one mock interview, and what the partner says."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from prep.practice.interviews.models.sessions import MockSession, Rating, SessionQuestion


class SessionShareQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class SessionShare(models.Model):
    """A secret link that lets one study partner see and rate one session, until revoked."""

    session = models.ForeignKey(
        MockSession, on_delete=models.CASCADE, related_name="shares", verbose_name=_("모의 면접")
    )
    token = models.CharField(_("토큰"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("만든 시각"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("끊은 시각"), null=True, blank=True)

    objects = SessionShareQuerySet.as_manager()

    class Meta:
        verbose_name = _("스터디 공유 링크")
        verbose_name_plural = _("스터디 공유 링크")

    def __str__(self) -> str:
        return f"{self.session} ({'revoked' if self.revoked_at else 'active'})"

    def get_absolute_url(self) -> str:
        return reverse("practice:partner_view", kwargs={"token": self.token})


class PartnerFeedback(models.Model):
    """A study partner's rating and comment on one answer of a shared session."""

    session_question = models.ForeignKey(
        SessionQuestion,
        on_delete=models.CASCADE,
        related_name="partner_feedback",
        verbose_name=_("면접 질문"),
    )
    partner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="partner_feedback_given",
        verbose_name=_("스터디 파트너"),
    )
    rating = models.PositiveSmallIntegerField(
        _("평가"), choices=Rating.choices, null=True, blank=True
    )
    comment = models.TextField(_("의견"), blank=True)
    created_at = models.DateTimeField(_("만든 시각"), auto_now_add=True)
    updated_at = models.DateTimeField(_("고친 시각"), auto_now=True)

    class Meta:
        verbose_name = _("스터디 파트너 의견")
        verbose_name_plural = _("스터디 파트너 의견")
        constraints = [
            models.UniqueConstraint(
                fields=["session_question", "partner"], name="partner_feedback_unique"
            )
        ]

    def __str__(self) -> str:
        return self.comment[:40]
