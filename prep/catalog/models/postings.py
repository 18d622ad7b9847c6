"""채용 공고 (postings): a company's call for applications with its period, 전형 절차 and prompts.

Curated like the rest of the catalogue: imported from 잡알리오 files or entered in the admin, and
shown to candidates once `published`. Times are stored in UTC and shown in Asia/Seoul.
"""

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = [
    "Posting",
    "PostingPrompt",
    "PostingQuerySet",
    "PostingStep",
    "RecruitKind",
    "Region",
    "StepKind",
]

SEOUL = ZoneInfo("Asia/Seoul")
# "마감 임박": closing within this many days, today included.
CLOSING_SOON_DAYS = 7
# What is left of a 전형 절차 text such as "서류 → 필기 → 면접" once its steps' names are taken out.
STEP_PUNCTUATION = re.compile(r"[\s→⇒▶>\-·ㆍ,]+")


def seoul_today(now: datetime | None = None) -> date:
    return (now or timezone.now()).astimezone(SEOUL).date()


def d_day_label(deadline: date, today: date) -> str:
    """The badge Korean job sites show: D-3, D-day, or 마감 once the day has passed."""
    days = (deadline - today).days
    if days > 0:
        return f"D-{days}"
    if days == 0:
        return "D-day"
    return str(_("마감"))


class Region(models.Model):
    """A work region (서울, 세종, 전국 …) as the posting service names it: data, not columns."""

    name = models.CharField(_("지역"), max_length=30, unique=True)
    code = models.CharField(_("코드"), max_length=10, blank=True)

    class Meta:
        verbose_name = _("근무 지역")
        verbose_name_plural = _("근무 지역")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class RecruitKind(models.TextChoices):
    NEW = "new", _("신입")
    EXPERIENCED = "experienced", _("경력")
    BOTH = "both", _("신입+경력")


class PostingQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True, company__published=True)

    def open_or_upcoming(self, now: datetime):
        """Postings whose deadline has not passed (including those not yet open)."""
        return self.filter(closes_at__gte=now)

    def closing_within(self, now: datetime, days: int = CLOSING_SOON_DAYS):
        end = datetime.combine(seoul_today(now) + timedelta(days=days), datetime.min.time(), SEOUL)
        return self.filter(closes_at__gte=now, closes_at__lt=end)

    def search(self, query: str):
        query = query.strip()
        if not query:
            return self
        return self.filter(Q(title__icontains=query) | Q(company__name__icontains=query))

    def for_list(self):
        """The columns a list of postings shows (their hiring types and regions are read as
        names: `prep.applications.postings.with_labels`)."""
        return (
            self.select_related("company")
            .only(
                "title",
                "opens_at",
                "closes_at",
                "recruit_kind",
                "openings",
                "company__name",
                "company__slug",
            )
            .order_by("closes_at", "pk")
        )


class Posting(models.Model):
    company = models.ForeignKey(
        "catalog.Company", on_delete=models.CASCADE, related_name="postings", verbose_name=_("기관")
    )
    season = models.ForeignKey(
        "catalog.Season",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="postings",
        verbose_name=_("시즌"),
    )
    title = models.CharField(_("공고명"), max_length=300)
    opens_at = models.DateTimeField(_("접수 시작"))
    closes_at = models.DateTimeField(_("접수 마감"), db_index=True)
    hiring_types = models.ManyToManyField(
        "catalog.HiringType", blank=True, related_name="postings", verbose_name=_("고용 형태")
    )
    recruit_kind = models.CharField(
        _("신입/경력"), max_length=12, choices=RecruitKind.choices, default=RecruitKind.NEW
    )
    openings = models.PositiveIntegerField(_("채용 인원"), null=True, blank=True)
    regions = models.ManyToManyField(
        Region, blank=True, related_name="postings", verbose_name=_("근무 지역")
    )
    ncs_classifications = models.JSONField(_("NCS 분류"), default=list, blank=True)
    education = models.CharField(_("학력 조건"), max_length=200, blank=True)
    eligibility = models.TextField(_("응시 자격"), blank=True)
    preferences = models.TextField(_("우대 조건"), blank=True)
    procedure = models.TextField(_("전형 절차 설명"), blank=True)
    disqualifications = models.TextField(_("결격 사유"), blank=True)
    blind_hiring = models.BooleanField(
        _("블라인드 채용"), null=True, blank=True, help_text=_("비워 두면 기관 설정을 따릅니다.")
    )
    replacement = models.BooleanField(_("대체 인력 채용"), default=False)
    source_url = models.URLField(_("원문 주소"), max_length=500, blank=True)
    source_id = models.CharField(
        _("잡알리오 공고 번호"),
        max_length=30,
        unique=True,
        null=True,
        blank=True,
        help_text=_("recrutPblntSn. 다시 가져오면 이 번호로 같은 공고를 찾아 고칩니다."),
    )
    prompts = models.ManyToManyField(
        "catalog.EssayPrompt",
        through="PostingPrompt",
        blank=True,
        related_name="postings",
        verbose_name=_("자소서 문항"),
    )
    published = models.BooleanField(_("공개"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PostingQuerySet.as_manager()

    class Meta:
        verbose_name = _("채용 공고")
        verbose_name_plural = _("채용 공고")
        ordering = ["closes_at", "pk"]
        indexes = [
            models.Index(
                fields=["closes_at", "id"],
                condition=Q(published=True),
                name="posting_published_closes_idx",
            )
        ]

    def __str__(self) -> str:
        return f"{self.company} {self.title}" if self.company_id else self.title

    def get_absolute_url(self) -> str:
        return reverse("applications:posting_detail", kwargs={"pk": self.pk})

    @property
    def deadline(self) -> date:
        """The closing day in Seoul."""
        return self.closes_at.astimezone(SEOUL).date()

    @property
    def opens_on(self) -> date:
        return self.opens_at.astimezone(SEOUL).date()

    def d_day(self, today: date | None = None) -> str:
        return d_day_label(self.deadline, today or seoul_today())

    def is_closed(self, now: datetime | None = None) -> bool:
        return self.closes_at < (now or timezone.now())

    def is_upcoming(self, now: datetime | None = None) -> bool:
        return self.opens_at > (now or timezone.now())

    @property
    def uses_blind_hiring(self) -> bool:
        if self.blind_hiring is not None:
            return self.blind_hiring
        return self.company.uses_blind_hiring

    def procedure_beyond(self, steps) -> str:
        """The 전형 절차 text, or "" when it only names the listed steps (read from it)."""
        rest = self.procedure
        for step in steps:
            rest = rest.replace(step.name, "", 1)
        return self.procedure if STEP_PUNCTUATION.sub("", rest) else ""


class StepKind(models.TextChoices):
    DOCUMENT_RESULT = "document_result", _("서류 발표")
    WRITTEN = "written", _("필기")
    INTERVIEW = "interview", _("면접")
    FINAL_RESULT = "final_result", _("최종 발표")
    OTHER = "other", _("기타")


class PostingStep(models.Model):
    """One step of a posting's 전형 절차, in order, with its date when announced."""

    posting = models.ForeignKey(Posting, on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveSmallIntegerField(_("순서"), default=0)
    kind = models.CharField(_("구분"), max_length=20, choices=StepKind.choices)
    name = models.CharField(_("단계"), max_length=100, blank=True)
    date = models.DateField(_("날짜"), null=True, blank=True)

    class Meta:
        verbose_name = _("전형 단계")
        verbose_name_plural = _("전형 단계")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.name or self.get_kind_display()

    @property
    def label(self) -> str:
        return self.name or self.get_kind_display()


class PostingPrompt(models.Model):
    """A 자소서 prompt asked by this posting, in the posting's order."""

    posting = models.ForeignKey(Posting, on_delete=models.CASCADE, related_name="posting_prompts")
    prompt = models.ForeignKey(
        "catalog.EssayPrompt",
        on_delete=models.CASCADE,
        related_name="posting_links",
        verbose_name=_("문항"),
    )
    order = models.PositiveSmallIntegerField(_("순서"), default=0)

    class Meta:
        verbose_name = _("공고 문항")
        verbose_name_plural = _("공고 문항")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["posting", "prompt"], name="posting_prompt_unique")
        ]

    def __str__(self) -> str:
        return str(self.prompt)
