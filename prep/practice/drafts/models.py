from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.db.models import F, Prefetch, Q, Window
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from prep.catalog.models import (
    LINE_BREAK_WEIGHT_CHOICES,
    Company,
    Competency,
    CountRule,
    EssayPrompt,
)
from prep.coach.counting import Counts, LimitStatus, check_limit_counts, count_text
from prep.practice.drafts.coach_messages import RULE_LABELS  # the coach's labels, translatable


def joined_text(headline: str, body: str) -> str:
    """The answer as a form receives it: the 소제목 on its own line above the body.

    Limits are checked on this text, as for sample answers, because Korean forms have one box
    for both.
    """
    return f"{headline}\n{body}" if headline else body


# The counts a limit check needs (not which characters CP949 lacks: only the editor shows them).
STORED_COUNTS = (
    "characters",
    "characters_no_spaces",
    "bytes_utf8",
    "bytes_cp949",
    "bytes_neis",
    "line_breaks",
)


def counts_to_store(*, headline: str, body: str) -> dict[str, int]:
    """What `Draft.text_counts` holds for this text; every write of the text stores it too."""
    counts = count_text(joined_text(headline, body))
    return {name: getattr(counts, name) for name in STORED_COUNTS}


class DraftStatus(models.TextChoices):
    WRITING = "writing", _("작성 중")
    DONE = "done", _("완성")


# What the drafts list reads of each draft (Draft.question_text, limit, limit_status, season);
# `user` because user.drafts sets it on every row.
DRAFT_LIST_FIELDS = [
    "user",
    "prompt",
    "company",
    "custom_question",
    "custom_limit",
    "custom_count_rule",
    "custom_line_break_weight",
    "headline",
    "status",
    "text_counts",
    "updated_at",
]


class DraftQuerySet(models.QuerySet):
    def keep_question_of(self, prompt: EssayPrompt) -> int:
        """Turns the drafts on `prompt` into drafts on their own question (its text, limit and
        rule copied), so deleting a prompt (an own company's, or one an admin removes) never
        leaves a draft without its question."""
        return self.filter(prompt=prompt).update(
            prompt=None,
            custom_question=prompt.text,
            custom_limit=prompt.limit,
            custom_count_rule=prompt.count_rule,
            custom_line_break_weight=prompt.line_break_weight,
        )

    def with_catalog(self):
        """Drafts with what every list shows about them, in one query."""
        return self.select_related("prompt", "prompt__season", "prompt__company", "company")

    def for_editor(self):
        """A whole draft with only what the editor shows of its prompt and company: their
        whole rows (summaries, aliases, guidance) cost more to compile than to read."""
        return self.select_related("prompt__season", "company").only(
            *(field.name for field in self.model._meta.concrete_fields),
            "prompt__text",
            "prompt__limit",
            "prompt__count_rule",
            "prompt__line_break_weight",
            "prompt__season__year",
            "prompt__season__half",
            "company__name",
            "company__slug",
        )

    def for_list(self):
        """Only what the drafts list shows: loading whole companies and prompts (summaries,
        aliases, prompt guidance) for twenty rows took more time than rendering them."""
        return self.select_related("prompt__season", "company").only(
            *DRAFT_LIST_FIELDS,
            "prompt__text",
            "prompt__limit",
            "prompt__count_rule",
            "prompt__line_break_weight",
            "prompt__season__year",
            "prompt__season__half",
            "company__name",
            "company__slug",
        )

    def for_company(self, company):
        return self.filter(company=company)

    def in_list_order(self):
        """By company (none last), newest season first, then most recently edited: the order
        the drafts list groups them in."""
        return self.order_by(
            F("company__name").asc(nulls_last=True),
            F("prompt__season__year").desc(nulls_last=True),
            "prompt__season__half",
            "-updated_at",
            "-pk",
        )

    def ncs_coverage(self) -> list[dict]:
        """Every NCS area with the drafts here whose tags show it: the area itself, one of its
        sub-skills, or a company competency mapped onto it."""
        areas = list(Competency.objects.filter(kind=Competency.Kind.NCS_AREA))
        shown: dict[int, list] = {area.pk: [] for area in areas}
        tags = Prefetch(
            "competencies", queryset=Competency.objects.select_related("parent", "ncs_area")
        )
        for draft in self.prefetch_related(tags):
            area_ids = {tag.area.pk for tag in draft.competencies.all() if tag.area is not None}
            for area_id in sorted(area_ids & shown.keys()):
                shown[area_id].append(draft)
        return [{"area": area, "drafts": shown[area.pk]} for area in areas]


class Draft(models.Model):
    """A candidate's answer to a catalogue prompt, or to a question they typed themselves.

    A draft on a catalogue prompt inherits its company, text and limit; a custom draft carries
    its own. `version` grows with every saved change so a stale tab can be detected.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="drafts",
        verbose_name=_("회원"),
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
        _("줄바꿈 한 번의 값"), choices=LINE_BREAK_WEIGHT_CHOICES, default=1
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
    # The text's counts, saved with it, so lists show fill and over-limit without recounting
    # every draft on every view (the limit itself may change with the prompt, so it is not).
    text_counts = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(_("만든 시각"), auto_now_add=True)
    updated_at = models.DateTimeField(_("고친 시각"), auto_now=True)

    objects = DraftQuerySet.as_manager()

    class Meta:
        verbose_name = _("자소서 초안")
        verbose_name_plural = _("자소서 초안")
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["user", "-updated_at"], name="draft_user_updated_idx")]

    def __str__(self) -> str:
        return self.headline or self.question_text[:40] or str(_("제목 없는 초안"))

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"headline", "body"} & set(update_fields):
            self.text_counts = counts_to_store(headline=self.headline, body=self.body)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "text_counts"}
        super().save(*args, **kwargs)

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

    @property
    def season(self):
        return self.prompt.season if self.prompt_id else None

    @property
    def rule_label(self) -> str:
        return str(RULE_LABELS[self.count_rule])

    @property
    def full_text(self) -> str:
        return joined_text(self.headline, self.body)

    def counts(self) -> Counts:
        return count_text(self.full_text)

    def stored_counts(self) -> Counts:
        """The counts saved with the text (counted afresh for a row written without them)."""
        if self.text_counts.keys() >= set(STORED_COUNTS):
            return Counts(**{name: self.text_counts[name] for name in STORED_COUNTS}, not_cp949=())
        return self.counts()

    def limit_status(self) -> LimitStatus | None:
        if not self.limit:
            return None
        return check_limit_counts(
            self.stored_counts(), self.limit, self.count_rule, self.line_break_weight
        )

    def over_limit_by(self) -> int:
        """How far the text is over its limit (in the limit's unit), 0 when within it."""
        status = self.limit_status()
        return max(0, -status.remaining) if status else 0

    def snapshot(self, reason: str, *, headline: str | None = None, body: str | None = None):
        """Keeps the current text (or the given one) as a revision."""
        return self.revisions.create(
            version=self.version,
            headline=self.headline if headline is None else headline,
            body=self.body if body is None else body,
            reason=reason,
        )

    @transaction.atomic
    def set_status(self, status: str) -> None:
        """Changes the status and keeps the text as it stood at that moment."""
        if status == self.status:
            return
        self.status = status
        # update() rather than save(): the text and version belong to the autosave path, which
        # may have moved on since this instance was read.
        Draft.objects.filter(pk=self.pk).update(status=status, updated_at=timezone.now())
        self.refresh_from_db(fields=["headline", "body", "version", "updated_at"])
        self.snapshot(DraftRevision.Reason.STATUS)

    @transaction.atomic
    def replace_text(self, *, headline: str, body: str, reason: str) -> None:
        """Replaces the whole text (restore, conflict choice, cleanup), keeping the old text
        as a revision first and bumping the version so open tabs notice."""
        current = Draft.objects.select_for_update().get(pk=self.pk)
        current.snapshot(reason)
        Draft.objects.filter(pk=self.pk).update(
            headline=headline,
            body=body,
            text_counts=counts_to_store(headline=headline, body=body),
            version=F("version") + 1,
            updated_at=timezone.now(),
        )
        self.refresh_from_db(fields=["headline", "body", "text_counts", "version", "updated_at"])

    def restore(self, revision: "DraftRevision") -> None:
        self.replace_text(
            headline=revision.headline, body=revision.body, reason=DraftRevision.Reason.RESTORE
        )


def keep_questions_of_deleted_prompt(sender, instance: EssayPrompt, **kwargs) -> None:
    """pre_delete of EssayPrompt (connected in the app config)."""
    Draft.objects.keep_question_of(instance)


class DraftRevisionQuerySet(models.QuerySet):
    def numbered(self):
        """Each record with `number`: 1, 2, 3 … in the order they were kept.

        The draft's `version` counts saves, so records skip numbers between sparse autosave
        snapshots and repeat one after a status change or a conflict; the candidate is shown
        this number instead.
        """
        return self.annotate(
            number=Window(RowNumber(), order_by=[F("created_at").asc(), F("pk").asc()])
        )


class DraftRevision(models.Model):
    """A snapshot of a draft, kept sparsely (not per keystroke) for history, diff and restore."""

    class Reason(models.TextChoices):
        AUTOSAVE = "autosave", _("자동 저장")
        RESTORE = "restore", _("되돌리기 전")
        STATUS = "status", _("상태 변경")
        CONFLICT = "conflict", _("충돌 해결")
        CREATED = "created", _("처음 작성")
        CLEANUP = "cleanup", _("문자 정리 전")

    draft = models.ForeignKey(
        Draft, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("초안")
    )
    version = models.PositiveIntegerField(_("버전"))
    headline = models.CharField(_("소제목"), max_length=200, blank=True)
    body = models.TextField(_("본문"), blank=True)
    reason = models.CharField(_("이유"), max_length=10, choices=Reason.choices)
    created_at = models.DateTimeField(_("만든 시각"), auto_now_add=True)

    objects = DraftRevisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("초안 버전")
        verbose_name_plural = _("초안 버전")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.draft} v{self.version}"

    @property
    def full_text(self) -> str:
        return joined_text(self.headline, self.body)

    def counts(self) -> Counts:
        return count_text(self.full_text)

    def record_number(self) -> int:
        """This record's place among its draft's records (see `numbered`)."""
        earlier = Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk)
        return DraftRevision.objects.filter(earlier, draft_id=self.draft_id).count() + 1


class DismissedFinding(models.Model):
    """A coaching finding the candidate marked as intended (의도한 표현) for one draft."""

    draft = models.ForeignKey(
        Draft, on_delete=models.CASCADE, related_name="dismissed_findings", verbose_name=_("초안")
    )
    key = models.CharField(_("피드백 키"), max_length=64)
    created_at = models.DateTimeField(_("만든 시각"), auto_now_add=True)

    class Meta:
        verbose_name = _("숨긴 피드백")
        verbose_name_plural = _("숨긴 피드백")
        constraints = [
            models.UniqueConstraint(fields=["draft", "key"], name="dismissed_finding_unique")
        ]

    def __str__(self) -> str:
        return self.key
