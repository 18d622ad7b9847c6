"""Mock interviews: a session, its questions, their timing and the candidate's answers."""

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Avg, Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from prep.catalog.models import Company, InterviewQuestion, QuestionType
from prep.coach.counting import stored_text

if TYPE_CHECKING:
    from prep.practice.interviews.models.shares import SessionShare

# An answer that reaches the server within this many seconds after the limit is on time: the
# real-mode page submits itself at 0 s and the request needs a moment to arrive.
OVER_TIME_GRACE_SECONDS = 2

# The types a candidate can mix in a timed one-to-one session (PT and 토론 need other formats).
SESSION_QUESTION_TYPES = [
    QuestionType.PERSONALITY,
    QuestionType.EXPERIENCE,
    QuestionType.JOB,
    QuestionType.SITUATION,
]
# Follow-ups take at most a third of a session's questions, and never more than this.
MAX_FOLLOW_UPS_PER_SESSION = 3


class NoQuestionsAvailable(Exception):
    """The chosen company and types have no published questions and no follow-ups."""


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


class MockSessionQuerySet(models.QuerySet):
    def with_average_rating(self):
        return self.annotate(
            average_rating=Avg("questions__rating"),
            rated_count=Count("questions", filter=Q(questions__rating__isnull=False)),
        )


class MockSession(models.Model):
    """A timed mock interview over a company's real questions (or general ones).

    Pausing stores `paused_at`; resuming adds the pause to the current question's `paused_for`,
    so the server's stamps stay true wall-clock times and paused time never counts as answering.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="mock_sessions",
        verbose_name=_("회원"),
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
    created_at = models.DateTimeField(_("만든 시각"), auto_now_add=True)
    paused_at = models.DateTimeField(_("멈춘 시각"), null=True, blank=True)
    finished_at = models.DateTimeField(_("끝난 시각"), null=True, blank=True)

    objects = MockSessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("모의 면접")
        verbose_name_plural = _("모의 면접")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.company or _('공통')} {self.created_at:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return reverse("practice:session_run", kwargs={"pk": self.pk})

    @property
    def is_open(self) -> bool:
        """True while the session can still be answered (in progress or paused)."""
        return self.status in {SessionStatus.IN_PROGRESS, SessionStatus.PAUSED}

    @property
    def is_real_mode(self) -> bool:
        return self.mode == SessionMode.REAL

    def current_question(self) -> "SessionQuestion | None":
        """The first question still to be answered or rated, in order."""
        return (
            self.questions.filter(Q(answered_at__isnull=True) | Q(rating__isnull=True))
            .select_related("question")
            .order_by("order")
            .first()
        )

    def pause(self, *, now: datetime) -> None:
        if self.status != SessionStatus.IN_PROGRESS:
            return
        self.status = SessionStatus.PAUSED
        self.paused_at = now
        self.save(update_fields=["status", "paused_at"])

    def resume(self, *, now: datetime) -> None:
        """Ends a pause; the paused span is added to the running question's pause total."""
        if self.status != SessionStatus.PAUSED:
            return
        current = self.current_question()
        if current and current.started_at and not current.answered_at and self.paused_at:
            paused_from = max(self.paused_at, current.started_at)
            current.paused_for += max(now - paused_from, timedelta(0))
            current.save(update_fields=["paused_for"])
        self.status = SessionStatus.IN_PROGRESS
        self.paused_at = None
        self.save(update_fields=["status", "paused_at"])

    def abandon(self, *, now: datetime) -> None:
        """Stops the session for good; answers given so far stay."""
        if not self.is_open:
            return
        self.status = SessionStatus.ABANDONED
        self.paused_at = None
        self.finished_at = now
        self.save(update_fields=["status", "paused_at", "finished_at"])

    def finish_if_done(self, *, now: datetime) -> bool:
        if self.status != SessionStatus.IN_PROGRESS or self.current_question() is not None:
            return False
        self.status = SessionStatus.FINISHED
        self.finished_at = now
        self.save(update_fields=["status", "finished_at"])
        return True

    @property
    def follow_up_limit(self) -> int:
        if not self.include_follow_ups:
            return 0
        return min(MAX_FOLLOW_UPS_PER_SESSION, max(1, self.question_count // 3))

    def build_questions(self) -> int:
        """Fills a new session with its questions; raises NoQuestionsAvailable when none fit.

        Published questions of the chosen types, the company's own first, then general ones,
        each group shuffled with the session's pk as seed (stable for the session, varied
        between sessions). Follow-ups from the candidate's drafts for the company come last,
        taking at most `follow_up_limit` of the `question_count` places.
        """
        bank = self._bank_questions()
        follow_ups = self._follow_ups()
        catalogue = bank[: self.question_count - len(follow_ups)]
        if not catalogue and not follow_ups:
            raise NoQuestionsAvailable
        rows = [
            SessionQuestion(session=self, order=order, question=question, text=question.text)
            for order, question in enumerate(catalogue, start=1)
        ]
        rows += [
            SessionQuestion(
                session=self,
                order=order,
                text=follow_up.text,
                is_follow_up=True,
                source_draft=draft,
            )
            for order, (draft, follow_up) in enumerate(follow_ups, start=len(rows) + 1)
        ]
        SessionQuestion.objects.bulk_create(rows)
        return len(rows)

    def _bank_questions(self) -> list[InterviewQuestion]:
        """The bank's questions for this session, in the order they are asked."""
        rng = random.Random(self.pk)
        types = self.question_types or list(SESSION_QUESTION_TYPES)
        bank = InterviewQuestion.objects.published().filter(question_type__in=types)
        own = list(bank.filter(company=self.company)) if self.company_id else []
        general = list(bank.filter(company__isnull=True))
        rng.shuffle(own)
        rng.shuffle(general)
        return own + general

    def _follow_ups(self) -> list:
        """(draft, follow-up) pairs from the candidate's drafts for the company, if asked for."""
        from prep.practice.interviews.followups import follow_ups_for_drafts

        if not self.follow_up_limit:
            return []
        drafts = (
            self.user.drafts.filter(company=self.company)
            .exclude(body="")
            .order_by("-updated_at", "pk")
        )
        return follow_ups_for_drafts(drafts, limit=self.follow_up_limit)

    def active_share(self) -> "SessionShare | None":
        return self.shares.filter(revoked_at__isnull=True).order_by("-created_at").first()


class SessionQuestion(models.Model):
    """One question of a session: a catalogue question or a follow-up made from a draft.

    Time is measured by the server from `started_at` to `answered_at`, so reloads and slow
    networks neither reset nor cheat the clock.
    """

    session = models.ForeignKey(
        MockSession, on_delete=models.CASCADE, related_name="questions", verbose_name=_("모의 면접")
    )
    order = models.PositiveSmallIntegerField(_("순서"))
    question = models.ForeignKey(
        InterviewQuestion,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="session_questions",
        verbose_name=_("카탈로그 질문"),
    )
    text = models.TextField(_("질문"))
    is_follow_up = models.BooleanField(_("꼬리질문"), default=False)
    source_draft = models.ForeignKey(
        "practice.Draft",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="follow_up_questions",
        verbose_name=_("바탕이 된 초안"),
    )
    started_at = models.DateTimeField(_("질문을 보인 시각"), null=True, blank=True)
    answered_at = models.DateTimeField(_("답한 시각"), null=True, blank=True)
    answer = models.TextField(_("답변·메모"), blank=True)
    rating = models.PositiveSmallIntegerField(
        _("자기 평가"), choices=Rating.choices, null=True, blank=True
    )
    note = models.TextField(_("나에게 남기는 메모"), blank=True)
    # Time the session spent paused while this question was running; it never counts.
    paused_for = models.DurationField(_("멈춘 시간"), default=timedelta(0))

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

    @property
    def limit_seconds(self) -> int:
        return self.session.seconds_per_answer

    @property
    def hint(self) -> str:
        return self.question.hint if self.question_id else ""

    @property
    def is_answered(self) -> bool:
        return self.answered_at is not None

    def show(self, *, now: datetime) -> None:
        """Starts the clock the first time the question is shown; a reload keeps it running."""
        if self.started_at is None:
            self.started_at = now
            self.save(update_fields=["started_at"])

    def elapsed(self, *, now: datetime | None = None) -> timedelta | None:
        """Answering time: answered_at (or now) − started_at, minus the time spent paused."""
        if self.started_at is None:
            return None
        end = self.answered_at or now
        if end is None:
            return None
        paused = self.paused_for
        session = self.session
        if not self.answered_at and session.status == SessionStatus.PAUSED and session.paused_at:
            paused += max(end - max(session.paused_at, self.started_at), timedelta(0))
        return max(end - self.started_at - paused, timedelta(0))

    def elapsed_seconds(self, *, now: datetime | None = None) -> int | None:
        elapsed = self.elapsed(now=now)
        return None if elapsed is None else int(elapsed.total_seconds())

    def remaining_seconds(self, *, now: datetime) -> int:
        elapsed = self.elapsed(now=now) or timedelta(0)
        return max(0, int(self.limit_seconds - elapsed.total_seconds() + 0.999))

    @property
    def is_over_time(self) -> bool:
        elapsed = self.elapsed()
        if elapsed is None:
            return False
        return elapsed.total_seconds() > self.limit_seconds + OVER_TIME_GRACE_SECONDS

    def save_draft_answer(self, text: str) -> bool:
        """Autosave while typing; a submitted answer is never overwritten by a late autosave."""
        if self.answered_at is not None:
            return False
        self.answer = stored_text(text)[0]
        self.save(update_fields=["answer"])
        return True

    def submit_answer(self, text: str, *, now: datetime) -> bool:
        """Records the answer and its finish stamp; after the limit it is kept, marked over time."""
        if self.answered_at is not None:
            return False
        if self.started_at is None:
            self.started_at = now
        self.answer = stored_text(text)[0]
        self.answered_at = now
        self.save(update_fields=["answer", "answered_at", "started_at"])
        return True
