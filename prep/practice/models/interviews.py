from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from prep.catalog.models import Company, InterviewQuestion


class SessionMode(models.TextChoices):
    PRACTICE = "practice", _("연습 모드")
    REAL = "real", _("실전 모드")


class SessionStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("진행 중")
    PAUSED = "paused", _("일시 정지")
    FINISHED = "finished", _("완료")
    ABANDONED = "abandoned", _("중단")


class Rating(models.IntegerChoices):
    """The four self-ratings; the values are FSRS's Rating values."""

    AGAIN = 1, _("다시")
    HARD = 2, _("어려움")
    GOOD = 3, _("괜찮음")
    EASY = 4, _("쉬움")


class MockSession(models.Model):
    """A timed mock interview over a company's real questions (or general ones)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mock_sessions"
    )
    company = models.ForeignKey(
        Company,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mock_sessions",
        verbose_name=_("기업"),
    )
    question_count = models.PositiveSmallIntegerField(_("질문 수"), default=5)
    seconds_per_answer = models.PositiveSmallIntegerField(_("답변 시간(초)"), default=90)
    question_types = models.JSONField(_("질문 유형"), default=list, blank=True)
    include_follow_ups = models.BooleanField(_("꼬리질문 포함"), default=True)
    mode = models.CharField(
        _("모드"), max_length=10, choices=SessionMode.choices, default=SessionMode.PRACTICE
    )
    status = models.CharField(
        _("상태"), max_length=12, choices=SessionStatus.choices, default=SessionStatus.IN_PROGRESS
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("모의 면접")
        verbose_name_plural = _("모의 면접")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.company or _('공통')} {self.created_at:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return reverse("practice:session_run", kwargs={"pk": self.pk})


class SessionQuestion(models.Model):
    """One question of a session: a catalogue question or a follow-up made from a draft.

    Time is measured by the server from `started_at` to `answered_at`, so reloads and slow
    networks neither reset nor cheat the clock.
    """

    session = models.ForeignKey(MockSession, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveSmallIntegerField()
    question = models.ForeignKey(
        InterviewQuestion,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="session_questions",
    )
    text = models.TextField(_("질문"))
    is_follow_up = models.BooleanField(_("꼬리질문"), default=False)
    source_draft = models.ForeignKey(
        "practice.Draft",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="follow_up_questions",
    )
    started_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    answer = models.TextField(_("답변·메모"), blank=True)
    rating = models.PositiveSmallIntegerField(
        _("자기 평가"), choices=Rating.choices, null=True, blank=True
    )
    note = models.TextField(_("나에게 남기는 메모"), blank=True)

    class Meta:
        verbose_name = _("모의 면접 질문")
        verbose_name_plural = _("모의 면접 질문")
        ordering = ["session", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "order"], name="session_question_order_unique"
            )
        ]

    def __str__(self) -> str:
        return self.text[:60]


class SessionShare(models.Model):
    """A secret link that lets one study partner see and rate one session, until revoked."""

    session = models.ForeignKey(MockSession, on_delete=models.CASCADE, related_name="shares")
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("스터디 공유 링크")
        verbose_name_plural = _("스터디 공유 링크")

    def __str__(self) -> str:
        return f"{self.session} ({'revoked' if self.revoked_at else 'active'})"


class PartnerFeedback(models.Model):
    """A study partner's rating and comment on one answer of a shared session."""

    session_question = models.ForeignKey(
        SessionQuestion, on_delete=models.CASCADE, related_name="partner_feedback"
    )
    partner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partner_feedback_given"
    )
    rating = models.PositiveSmallIntegerField(
        _("평가"), choices=Rating.choices, null=True, blank=True
    )
    comment = models.TextField(_("의견"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

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


class ReviewCard(models.Model):
    """A question the candidate rated, scheduled for spaced review with FSRS."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_cards"
    )
    question = models.ForeignKey(
        InterviewQuestion,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="review_cards",
    )
    company = models.ForeignKey(
        Company, on_delete=models.SET_NULL, null=True, blank=True, related_name="review_cards"
    )
    text = models.TextField(_("질문"))
    fsrs_card = models.JSONField(default=dict)
    due = models.DateTimeField(_("복습 예정"), db_index=True)
    last_reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("복습 카드")
        verbose_name_plural = _("복습 카드")
        ordering = ["due"]
        indexes = [models.Index(fields=["user", "due"], name="review_card_user_due_idx")]

    def __str__(self) -> str:
        return self.text[:60]


class ReviewLog(models.Model):
    card = models.ForeignKey(ReviewCard, on_delete=models.CASCADE, related_name="logs")
    rating = models.PositiveSmallIntegerField(choices=Rating.choices)
    reviewed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("복습 기록")
        verbose_name_plural = _("복습 기록")
        ordering = ["-reviewed_at"]

    def __str__(self) -> str:
        return f"{self.card} {self.get_rating_display()}"
