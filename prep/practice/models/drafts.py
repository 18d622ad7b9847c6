from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from prep.catalog.models import Company, Competency, CountRule, EssayPrompt


class DraftStatus(models.TextChoices):
    WRITING = "writing", _("작성 중")
    DONE = "done", _("완성")


class Draft(models.Model):
    """A candidate's answer to a catalogue prompt, or to a question they typed themselves.

    A draft on a catalogue prompt inherits its company, text and limit; a custom draft carries
    its own. `version` grows with every saved change so a stale tab can be detected.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="drafts"
    )
    prompt = models.ForeignKey(
        EssayPrompt,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="drafts",
        verbose_name=_("문항"),
    )
    company = models.ForeignKey(
        Company,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="drafts",
        verbose_name=_("기업"),
    )
    custom_question = models.TextField(_("직접 입력한 문항"), blank=True)
    custom_limit = models.PositiveIntegerField(
        _("분량 제한"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    custom_count_rule = models.CharField(
        _("세는 방식"), max_length=20, choices=CountRule.choices, default=CountRule.CHARS
    )
    custom_line_break_weight = models.PositiveSmallIntegerField(
        _("줄바꿈 한 번의 값"), choices=[(1, _("1로 셈")), (2, _("2로 셈 (CRLF)"))], default=1
    )
    headline = models.CharField(_("소제목"), max_length=200, blank=True)
    body = models.TextField(_("본문"), blank=True)
    competencies = models.ManyToManyField(
        Competency, blank=True, related_name="drafts", verbose_name=_("역량 태그")
    )
    status = models.CharField(
        _("상태"), max_length=10, choices=DraftStatus.choices, default=DraftStatus.WRITING
    )
    version = models.PositiveIntegerField(_("버전"), default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("자소서 초안")
        verbose_name_plural = _("자소서 초안")
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["user", "-updated_at"], name="draft_user_updated_idx")]

    def __str__(self) -> str:
        return self.headline or self.question_text[:40] or str(_("제목 없는 초안"))

    def get_absolute_url(self) -> str:
        return reverse("practice:draft_edit", kwargs={"pk": self.pk})

    @property
    def question_text(self) -> str:
        return self.prompt.text if self.prompt_id else self.custom_question

    @property
    def limit(self) -> int | None:
        return self.prompt.limit if self.prompt_id else self.custom_limit

    @property
    def count_rule(self) -> str:
        return self.prompt.count_rule if self.prompt_id else self.custom_count_rule

    @property
    def line_break_weight(self) -> int:
        return self.prompt.line_break_weight if self.prompt_id else self.custom_line_break_weight


class DraftRevision(models.Model):
    """A snapshot of a draft, kept sparsely (not per keystroke) for history, diff and restore."""

    class Reason(models.TextChoices):
        AUTOSAVE = "autosave", _("자동 저장")
        RESTORE = "restore", _("되돌리기 전")
        STATUS = "status", _("상태 변경")
        CONFLICT = "conflict", _("충돌 해결")
        CREATED = "created", _("처음 작성")

    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField(_("버전"))
    headline = models.CharField(_("소제목"), max_length=200, blank=True)
    body = models.TextField(_("본문"), blank=True)
    reason = models.CharField(_("이유"), max_length=10, choices=Reason.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("초안 버전")
        verbose_name_plural = _("초안 버전")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.draft} v{self.version}"


class DismissedFinding(models.Model):
    """A coaching finding the candidate marked as intended (의도한 표현) for one draft."""

    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="dismissed_findings")
    key = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("숨긴 피드백")
        verbose_name_plural = _("숨긴 피드백")
        constraints = [
            models.UniqueConstraint(fields=["draft", "key"], name="dismissed_finding_unique")
        ]

    def __str__(self) -> str:
        return self.key
