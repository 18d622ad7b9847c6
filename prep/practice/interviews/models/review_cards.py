"""오늘의 복습: a past answer as a spaced-repetition card, and each review of it."""

from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from prep.catalog.models import Company, InterviewQuestion
from prep.practice.interviews.models.sessions import Rating


class ReviewCardQuerySet(models.QuerySet):
    @staticmethod
    def is_due(now: datetime) -> Q:
        return Q(due__lte=now)

    @staticmethod
    def is_learned() -> Q:
        """Cards FSRS has moved out of (re)learning into long-term review."""
        from fsrs import State

        return Q(fsrs_card__state=State.Review.value)

    def due(self, now: datetime):
        return self.filter(self.is_due(now))

    def learned(self):
        return self.filter(self.is_learned())


class ReviewCard(models.Model):
    """A question the candidate rated, scheduled for spaced review with FSRS.

    `fsrs_card` holds FSRS's own card (its `due` is FSRS's choice); `due` is when we show it,
    which may be earlier so that it is seen before an interview
    (prep/practice/interviews/reviews.py).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="review_cards",
        verbose_name=_("회원"),
    )
    question = models.ForeignKey(
        InterviewQuestion,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="review_cards",
        verbose_name=_("카탈로그 질문"),
    )
    company = models.ForeignKey(
        Company,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="review_cards",
        verbose_name=_("기업"),
    )
    text = models.TextField(_("질문"))
    fsrs_card = models.JSONField(_("FSRS 카드 상태"), default=dict)
    due = models.DateTimeField(_("복습 예정"), db_index=True)
    last_reviewed_at = models.DateTimeField(_("마지막 복습 시각"), null=True, blank=True)
    created_at = models.DateTimeField(_("만든 시각"), auto_now_add=True)

    objects = ReviewCardQuerySet.as_manager()

    class Meta:
        verbose_name = _("복습 카드")
        verbose_name_plural = _("복습 카드")
        ordering = ["due"]
        indexes = [models.Index(fields=["user", "due"], name="review_card_user_due_idx")]

    def __str__(self) -> str:
        return self.text[:60]


class ReviewLog(models.Model):
    card = models.ForeignKey(
        ReviewCard, on_delete=models.CASCADE, related_name="logs", verbose_name=_("복습 카드")
    )
    rating = models.PositiveSmallIntegerField(_("평가"), choices=Rating.choices)
    reviewed_at = models.DateTimeField(_("복습한 시각"))

    class Meta:
        verbose_name = _("복습 기록")
        verbose_name_plural = _("복습 기록")
        ordering = ["-reviewed_at"]

    def __str__(self) -> str:
        return f"{self.card} {self.get_rating_display()}"
