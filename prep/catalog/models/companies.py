"""A company's profile: who it is, its business, values, news and hiring (surveys in surveys.py)."""

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from prep.catalog.models.common import PublishedQuerySet, import_record_field

if TYPE_CHECKING:
    from prep.catalog.models.surveys import SatisfactionSurvey


class CompanyKind(models.TextChoices):
    PUBLIC_INSTITUTION = "public", _("공공기관")
    PUBLIC_ENTERPRISE = "public_enterprise", _("공기업")
    LARGE = "large", _("대기업")
    MID_SMALL = "mid_small", _("중견·중소")
    FOREIGN = "foreign", _("외국계")
    OTHER = "other", _("기타")


# Public institutions and public enterprises hire blind by law (docs/domain.md, blind hiring).
BLIND_HIRING_KINDS = frozenset({CompanyKind.PUBLIC_INSTITUTION, CompanyKind.PUBLIC_ENTERPRISE})


class CompanyQuerySet(PublishedQuerySet):
    def curated(self):
        """The catalogue's companies, published or not: never a candidate's own."""
        return self.filter(owner__isnull=True)

    def owned_by(self, user):
        """`user`'s own companies (none for an anonymous visitor)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(owner=user)

    def visible_to(self, user):
        """What `user` may open and practise for: published curated companies and their own."""
        if not user.is_authenticated:
            return self.published()
        return self.filter(Q(published=True) | Q(owner=user))

    def search(self, query: str):
        """Korean substring search on names and aliases ("사회보장" finds 한국사회보장정보원)."""
        query = query.strip()
        if not query:
            return self
        return self.filter(Q(name__icontains=query) | Q(aliases__icontains=query))

    def of_kind(self, kind: str):
        return self.filter(kind=kind) if kind else self

    def comparable_for(self, user):
        """The companies `user` may put side by side on the comparison page: the published
        ones and the candidate's own."""
        return self.visible_to(user)

    def in_directory(self):
        """Published companies in the order the directory lists them."""
        return self.published().order_by("name", "pk")

    def with_target_flag(self, user):
        """Annotate `is_target`: whether `user` marked the company as a target (False for
        anonymous visitors), in the same query rather than one per company."""
        from prep.catalog.models.targets import TargetCompany  # targets refer to companies

        if not user.is_authenticated:
            return self.annotate(is_target=models.Value(False))
        return self.annotate(
            is_target=models.Exists(
                TargetCompany.objects.filter(user=user, company=models.OuterRef("pk"))
            )
        )

    def for_company_page(self):
        """Companies with every section of their page prefetched: a constant number of
        queries, however many items each section holds (callers pick which companies)."""
        from prep.catalog.models.surveys import SatisfactionSurvey, SurveyScore

        return self.prefetch_related(
            "segments",
            models.Prefetch(
                "surveys",
                queryset=SatisfactionSurvey.objects.prefetch_related(
                    models.Prefetch(
                        "scores", queryset=SurveyScore.objects.select_related("category")
                    ),
                    "quotes",
                ),
            ),
            "core_values",
            "talent_traits",
            "hiring_steps",
            models.Prefetch(
                "hiring_counts", queryset=HiringCount.objects.select_related("hiring_type")
            ),
            "figures",
            *(self._section_prefetch(section) for section in COMPANY_PAGE_SECTIONS),
        )

    def with_section(self, section: str):
        """Companies with one long list of their page prefetched (its own page)."""
        return self.prefetch_related(self._section_prefetch(section))

    @staticmethod
    def _section_prefetch(section: str):
        # The question bank refers to companies, so it is imported here, not at the top.
        from prep.catalog.models.questions import (
            EssayPrompt,
            InterviewQuestion,
            InterviewReview,
            SampleAnswer,
        )

        questions = InterviewQuestion.objects.published().order_by("order", "pk")
        if section == "news":
            return "news"
        if section == "essays":
            samples = SampleAnswer.objects.published().prefetch_related("competencies")
            prompts = (
                EssayPrompt.objects.published()
                .select_related("season")
                .prefetch_related("competencies", models.Prefetch("sample_answers", samples))
                .order_by("-season__year", "-season__half", "order", "pk")
            )
            return models.Prefetch("essay_prompts", prompts, to_attr="published_prompts")
        if section == "reviews":
            reviews = (
                InterviewReview.objects.published()
                .select_related("season")
                .prefetch_related(models.Prefetch("questions", queryset=questions))
                .order_by("-season__year", "-season__half", "pk")
            )
            return models.Prefetch("interview_reviews", reviews, to_attr="published_reviews")
        questions = questions.select_related("season").prefetch_related("competencies")
        return models.Prefetch("interview_questions", questions, to_attr="published_questions")


# The long lists of a company's page: the page shows their first items, each has a paged page.
COMPANY_PAGE_SECTIONS = ("news", "essays", "reviews", "questions")


class Company(models.Model):
    """A company of the catalogue (`owner` empty, curated by staff), or one a candidate keeps
    for themselves ("내 지원처", `owner` set): theirs alone, never published, never listed."""

    name = models.CharField(_("기업명"), max_length=100)
    slug = models.SlugField(_("주소 이름"), max_length=100, unique=True, allow_unicode=True)
    kind = models.CharField(
        _("유형"), max_length=20, choices=CompanyKind.choices, default=CompanyKind.OTHER
    )
    aliases = models.TextField(
        _("다른 이름"),
        blank=True,
        help_text=_("줄마다 하나씩: 약칭, 영문명 등. 검색과 '다른 기업명' 점검에 쓰입니다."),
    )
    summary = models.CharField(_("한 줄 소개"), max_length=200, blank=True)
    description = models.TextField(_("소개"), blank=True)
    founded_year = models.PositiveSmallIntegerField(_("설립 연도"), null=True, blank=True)
    customers = models.CharField(_("고객"), max_length=200, blank=True)
    main_business = models.CharField(_("주요 사업"), max_length=300, blank=True)
    related_organisations = models.CharField(_("관련 기관"), max_length=300, blank=True)
    ministry = models.CharField(
        _("주무부처"), max_length=100, blank=True, help_text=_("공공기관을 맡은 부처 (ALIO 기준)")
    )
    region = models.CharField(
        _("지역"), max_length=50, blank=True, help_text=_("본사 소재지. 예: 강원 원주, 서울 중구")
    )
    vision = models.TextField(_("비전"), blank=True)
    mission = models.TextField(_("미션"), blank=True)
    website = models.URLField(_("웹사이트"), blank=True)
    blind_hiring = models.BooleanField(
        _("블라인드 채용"),
        null=True,
        blank=True,
        help_text=_("비워 두면 공공기관·공기업은 블라인드 채용으로 봅니다."),
    )
    published = models.BooleanField(_("공개"), default=False, db_index=True)
    source = models.CharField(_("출처"), max_length=300, blank=True)
    as_of = models.DateField(_("기준일"), null=True, blank=True)
    created_at = models.DateTimeField(_("만든 시각"), auto_now_add=True)
    updated_at = models.DateTimeField(_("고친 시각"), auto_now=True)
    import_record = import_record_field()
    # Changes whenever anything the company page shows changes (prep/catalog/page_cache.py):
    # the page's rendered sections are cached under it. A random value rather than a counter,
    # so a company deleted and created again never meets its predecessor's cached page.
    content_version = models.UUIDField(default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="own_companies",
        verbose_name=_("입력한 회원"),
        help_text=_("비어 있으면 카탈로그 기업, 있으면 그 회원만 보는 '내 지원처'입니다."),
    )

    objects = CompanyQuerySet.as_manager()

    class Meta:
        verbose_name = _("기업")
        verbose_name_plural = _("기업")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["name"], condition=Q(owner__isnull=True), name="company_curated_name_unique"
            ),
            models.UniqueConstraint(
                fields=["owner", "name"],
                condition=Q(owner__isnull=False),
                name="company_own_name_unique",
            ),
            # So every published() query, for everyone, leaves candidates' own companies out.
            models.CheckConstraint(
                condition=Q(owner__isnull=True) | Q(published=False),
                name="company_own_never_published",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("catalog:company_detail", kwargs={"slug": self.slug})

    @property
    def is_own(self) -> bool:
        """A candidate's own company ("내가 입력한 지원처"), not the catalogue's."""
        return self.owner_id is not None

    @property
    def uses_blind_hiring(self) -> bool:
        if self.blind_hiring is not None:
            return self.blind_hiring
        return self.kind in BLIND_HIRING_KINDS

    @property
    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]

    @property
    def latest_survey(self) -> "SatisfactionSurvey | None":
        """The newest satisfaction survey (surveys are ordered newest first); uses the
        prefetched `surveys` when the page prefetched them."""
        return next(iter(self.surveys.all()), None)


class OwnCompanyManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(owner__isnull=False)


class OwnCompany(Company):
    """Candidates' own companies, for the audited admin (`admin/own_companies.py`) only: the
    catalogue's company admin never lists them."""

    objects = OwnCompanyManager()

    class Meta:
        proxy = True
        verbose_name = _("내 지원처 (회원 입력)")
        verbose_name_plural = _("내 지원처 (회원 입력)")


class OrderedCompanyPart(models.Model):
    """A piece of a company profile shown in a curated order."""

    order = models.PositiveSmallIntegerField(_("순서"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]


class BusinessSegment(models.Model):
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="segments", verbose_name=_("기업")
    )
    rank = models.PositiveSmallIntegerField(_("순위"))
    name = models.CharField(_("사업 부문"), max_length=100)
    share = models.DecimalField(
        _("비중(%)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    description = models.TextField(_("설명"), blank=True)
    import_record = import_record_field()

    class Meta:
        verbose_name = _("사업 부문")
        verbose_name_plural = _("사업 부문")
        ordering = ["rank"]
        constraints = [
            models.UniqueConstraint(fields=["company", "rank"], name="segment_rank_unique")
        ]

    def __str__(self) -> str:
        return f"{self.rank}. {self.name} ({self.share}%)"


class CoreValue(OrderedCompanyPart):
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="core_values", verbose_name=_("기업")
    )
    name = models.CharField(_("핵심가치"), max_length=100)
    description = models.TextField(_("설명"), blank=True)
    import_record = import_record_field()

    class Meta(OrderedCompanyPart.Meta):
        verbose_name = _("핵심가치")
        verbose_name_plural = _("핵심가치")

    def __str__(self) -> str:
        return self.name


class TalentTrait(OrderedCompanyPart):
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="talent_traits", verbose_name=_("기업")
    )
    name = models.CharField(_("인재상"), max_length=100)
    description = models.TextField(_("설명"), blank=True)
    import_record = import_record_field()

    class Meta(OrderedCompanyPart.Meta):
        verbose_name = _("인재상")
        verbose_name_plural = _("인재상")

    def __str__(self) -> str:
        return self.name


class NewsKind(models.TextChoices):
    BUSINESS = "business", _("사업내용")
    ACHIEVEMENT = "achievement", _("사업성과")
    PROACTIVE = "proactive", _("적극행정 사례")
    OTHER = "other", _("기타")


class NewsItem(OrderedCompanyPart):
    """A recent issue or achievement; 적극행정 cases carry 상황 / 노력 / 효과."""

    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="news", verbose_name=_("기업")
    )
    year = models.PositiveSmallIntegerField(_("연도"))
    date = models.DateField(_("날짜"), null=True, blank=True)
    kind = models.CharField(
        _("구분"), max_length=20, choices=NewsKind.choices, default=NewsKind.OTHER
    )
    title = models.CharField(_("제목"), max_length=200)
    body = models.TextField(_("내용"), blank=True)
    situation = models.TextField(_("상황"), blank=True)
    efforts = models.JSONField(_("노력"), default=list, blank=True)
    effect = models.TextField(_("효과"), blank=True)
    import_record = import_record_field()

    class Meta:
        verbose_name = _("최신 이슈·성과")
        verbose_name_plural = _("최신 이슈·성과")
        ordering = ["-year", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "year", "title"], name="news_company_year_title_unique"
            )
        ]

    def __str__(self) -> str:
        return f"[{self.year}] {self.title}"

    @property
    def is_case(self) -> bool:
        """True when the item is told as 상황–노력–효과 (the public-sector STAR)."""
        return bool(self.situation or self.efforts or self.effect)


class HiringStep(OrderedCompanyPart):
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="hiring_steps", verbose_name=_("기업")
    )
    name = models.CharField(_("단계"), max_length=100)
    description = models.TextField(_("설명"), blank=True)
    import_record = import_record_field()

    class Meta(OrderedCompanyPart.Meta):
        verbose_name = _("채용 절차")
        verbose_name_plural = _("채용 절차")

    def __str__(self) -> str:
        return self.name


class HiringType(models.Model):
    """A kind of hire (정규직, 무기계약직, 채용형 청년인턴 …): data, not columns."""

    name = models.CharField(_("채용 구분"), max_length=50, unique=True)
    description = models.TextField(_("설명"), blank=True)
    order = models.PositiveSmallIntegerField(_("순서"), default=0)

    class Meta:
        verbose_name = _("채용 구분")
        verbose_name_plural = _("채용 구분")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class HiringCount(models.Model):
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="hiring_counts", verbose_name=_("기업")
    )
    year = models.PositiveSmallIntegerField(_("연도"))
    hiring_type = models.ForeignKey(
        HiringType, on_delete=models.PROTECT, related_name="counts", verbose_name=_("채용 구분")
    )
    # Fractional counts are part-time hires counted by working hours.
    count = models.DecimalField(
        _("인원"), max_digits=7, decimal_places=2, validators=[MinValueValidator(Decimal("0"))]
    )

    class Meta:
        verbose_name = _("채용 인원")
        verbose_name_plural = _("채용 인원")
        ordering = ["-year", "hiring_type__order", "hiring_type__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "year", "hiring_type"], name="hiring_count_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.year} {self.hiring_type}: {self.count}"
