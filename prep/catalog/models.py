"""The curated catalogue: companies and what candidates need to know about them, and the
question bank (competencies, 자소서 prompts, sample answers, interview questions and reviews).

Everything here is public to candidates once `published`, and edited by staff in the admin.
"""

import uuid
from decimal import Decimal
from typing import NamedTuple

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connections, models
from django.db.models import Case, Q, Value, When
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from prep.catalog.search import search_questions

# --------------------------------------------------------------------------------------------
# Companies


class CompanyKind(models.TextChoices):
    PUBLIC_INSTITUTION = "public", _("공공기관")
    PUBLIC_ENTERPRISE = "public_enterprise", _("공기업")
    LARGE = "large", _("대기업")
    MID_SMALL = "mid_small", _("중견·중소")
    FOREIGN = "foreign", _("외국계")
    OTHER = "other", _("기타")


# Public institutions and public enterprises hire blind by law (docs/domain.md, blind hiring).
BLIND_HIRING_KINDS = frozenset({CompanyKind.PUBLIC_INSTITUTION, CompanyKind.PUBLIC_ENTERPRISE})


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)


def import_record_field():
    """What the report writer remembers about a row it wrote (`importers/matching.py`)."""
    # Nullable without a default so that SQLite adds the column in place: rebuilding the table
    # would drop the search triggers of migration 0003.
    return models.JSONField(null=True, blank=True, editable=False)


class CompanyQuerySet(PublishedQuerySet):
    def search(self, query: str):
        """Korean substring search on names and aliases ("사회보장" finds 한국사회보장정보원)."""
        query = query.strip()
        if not query:
            return self
        return self.filter(Q(name__icontains=query) | Q(aliases__icontains=query))

    def of_kind(self, kind: str):
        return self.filter(kind=kind) if kind else self

    def in_directory(self):
        """Published companies in the order the directory lists them."""
        return self.published().order_by("name", "pk")

    def with_target_flag(self, user):
        """Annotate `is_target`: whether `user` marked the company as a target (False for
        anonymous visitors), in the same query rather than one per company."""
        if not user.is_authenticated:
            return self.annotate(is_target=models.Value(False))
        return self.annotate(
            is_target=models.Exists(
                TargetCompany.objects.filter(user=user, company=models.OuterRef("pk"))
            )
        )

    def for_company_page(self):
        """Published companies with every section of their page prefetched: a constant
        number of queries, however many items each section holds."""
        return self.published().prefetch_related(
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
            *(self._section_prefetch(section) for section in COMPANY_PAGE_SECTIONS),
        )

    def with_section(self, section: str):
        """Published companies with one long list of their page prefetched (its own page)."""
        return self.published().prefetch_related(self._section_prefetch(section))

    @staticmethod
    def _section_prefetch(section: str):
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
    name = models.CharField(_("기업명"), max_length=100, unique=True)
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

    objects = CompanyQuerySet.as_manager()

    class Meta:
        verbose_name = _("기업")
        verbose_name_plural = _("기업")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("catalog:company_detail", kwargs={"slug": self.slug})

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


class SurveyCategory(models.Model):
    """A satisfaction category (조직문화/분위기, 연봉/복지 …): data, not columns."""

    name = models.CharField(_("항목"), max_length=50, unique=True)
    order = models.PositiveSmallIntegerField(_("순서"), default=0)

    class Meta:
        verbose_name = _("만족도 항목")
        verbose_name_plural = _("만족도 항목")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class SatisfactionSurvey(models.Model):
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="surveys", verbose_name=_("기업")
    )
    surveyed_on = models.DateField(_("조사일"))
    total_score = models.DecimalField(
        _("총 만족도(점)"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    source = models.CharField(_("출처"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("직원 만족도 조사")
        verbose_name_plural = _("직원 만족도 조사")
        ordering = ["-surveyed_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "surveyed_on"], name="survey_company_date_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.company} {self.surveyed_on:%Y.%m.%d} ({self.total_score}점)"


class SurveyScore(models.Model):
    survey = models.ForeignKey(
        SatisfactionSurvey,
        on_delete=models.CASCADE,
        related_name="scores",
        verbose_name=_("만족도 조사"),
    )
    category = models.ForeignKey(
        SurveyCategory, on_delete=models.PROTECT, related_name="scores", verbose_name=_("항목")
    )
    score = models.DecimalField(
        _("점수"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )

    class Meta:
        verbose_name = _("항목별 점수")
        verbose_name_plural = _("항목별 점수")
        ordering = ["category__order", "category__name"]
        constraints = [
            models.UniqueConstraint(fields=["survey", "category"], name="score_category_unique")
        ]

    def __str__(self) -> str:
        return f"{self.category}: {self.score}"


class QuoteTone(models.TextChoices):
    POSITIVE = "positive", _("긍정적 평가")
    NEGATIVE = "negative", _("부정적 평가")


class SurveyQuote(OrderedCompanyPart):
    survey = models.ForeignKey(
        SatisfactionSurvey,
        on_delete=models.CASCADE,
        related_name="quotes",
        verbose_name=_("만족도 조사"),
    )
    tone = models.CharField(_("평가"), max_length=10, choices=QuoteTone.choices)
    text = models.CharField(_("내용"), max_length=300)
    import_record = import_record_field()

    class Meta(OrderedCompanyPart.Meta):
        verbose_name = _("재직자 평가")
        verbose_name_plural = _("재직자 평가")

    def __str__(self) -> str:
        return self.text


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


# --------------------------------------------------------------------------------------------
# Question bank


class Competency(models.Model):
    """NCS 직업기초능력 areas (parent is None) and sub-skills, plus company-specific labels.

    A company competency (e.g. 직무전문성) may map to an NCS area through `ncs_area`.
    """

    class Kind(models.TextChoices):
        NCS_AREA = "ncs_area", _("NCS 영역")
        NCS_SKILL = "ncs_skill", _("NCS 하위능력")
        COMPANY = "company", _("기업 역량")

    name = models.CharField(_("역량"), max_length=60)
    kind = models.CharField(_("구분"), max_length=12, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("상위 영역"),
    )
    ncs_area = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mapped_competencies",
        limit_choices_to={"kind": "ncs_area"},
        verbose_name=_("대응 NCS 영역"),
    )
    definition = models.TextField(_("정의"), blank=True)
    order = models.PositiveSmallIntegerField(_("순서"), default=0)

    class Meta:
        verbose_name = _("역량")
        verbose_name_plural = _("역량")
        ordering = ["kind", "order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "kind"], name="competency_name_kind_unique")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def area(self) -> "Competency | None":
        """The NCS area this competency belongs to or maps onto."""
        if self.kind == self.Kind.NCS_AREA:
            return self
        if self.kind == self.Kind.NCS_SKILL:
            return self.parent
        return self.ncs_area

    @classmethod
    def taxonomy(cls) -> "CompetencyTaxonomy":
        """Every competency's name and what a filter on it finds, from one query: itself, and
        for an NCS area also its sub-skills and the company competencies mapped onto it, so
        filtering by 대인관계능력 also finds 팀워크능력."""
        rows = list(
            cls.objects.order_by("kind", "order", "name").values_list(
                "pk", "name", "kind", "parent_id", "ncs_area_id"
            )
        )
        names = {pk: name for pk, name, *_rest in rows}
        covered = {pk: [pk] for pk in names}
        areas = {pk for pk, _name, kind, *_rest in rows if kind == cls.Kind.NCS_AREA}
        for pk, _name, _kind, parent_id, ncs_area_id in rows:
            for area_id in {parent_id, ncs_area_id} & areas - {pk}:
                covered[area_id].append(pk)
        return CompetencyTaxonomy(names, covered)


class CompetencyTaxonomy(NamedTuple):
    """The competencies in the taxonomy's order (kind, order, name)."""

    names: dict[int, str]  # by id, in the taxonomy's order
    covered: dict[int, list[int]]  # by id: the ids a filter on it finds


class HalfYear(models.TextChoices):
    FIRST = "first", _("상반기")
    SECOND = "second", _("하반기")
    ROLLING = "rolling", _("수시")


class JobFamily(models.TextChoices):
    ADMIN = "admin", _("경영/사무")
    IT = "it", _("전산/IT")
    TECH = "tech", _("기술")
    RESEARCH = "research", _("연구")
    INTERN = "intern", _("인턴")
    OTHER = "other", _("기타")


class CountRule(models.TextChoices):
    """How a form counts an answer (docs/domain.md, counting); values are `prep.coach.counting`
    rules."""

    CHARS = "chars", _("글자 수 (공백 포함)")
    CHARS_NO_SPACES = "chars_no_spaces", _("글자 수 (공백 제외)")
    BYTES_CP949 = "bytes_cp949", _("바이트 (한글 2바이트, CP949)")
    BYTES_UTF8 = "bytes_utf8", _("바이트 (UTF-8)")
    BYTES_NEIS = "bytes_neis", _("바이트 (NEIS)")


# Some forms count a line break as two characters or bytes (CRLF); the rest as one.
LINE_BREAK_WEIGHT_CHOICES = [(1, _("1로 셈")), (2, _("2로 셈 (CRLF)"))]


class Season(models.Model):
    """A hiring season: a year and its half (or 수시). Shared by prompts, questions, reviews."""

    year = models.PositiveSmallIntegerField(_("연도"))
    half = models.CharField(_("시기"), max_length=10, choices=HalfYear.choices)

    class Meta:
        verbose_name = _("채용 시즌")
        verbose_name_plural = _("채용 시즌")
        ordering = ["-year", "-half"]  # newest first: 하반기 (second) before 상반기 (first)
        constraints = [models.UniqueConstraint(fields=["year", "half"], name="season_unique")]

    def __str__(self) -> str:
        return f"{self.year} {self.get_half_display()}"


class QuestionBankQuerySet(PublishedQuerySet):
    """What interview questions and 자소서 prompts share: both are in the question bank and
    tagged with competencies."""

    # The model's own columns that a question-bank page shows.
    BANK_PAGE_FIELDS: tuple[str, ...] = ()
    # (filter name, field): the bank's filter that applies only to this model.
    KIND_FILTER: tuple[str, str] = ("", "")

    def for_company(self, company):
        return self.filter(company=company)

    def filtered(self, filters: dict):
        """What the question bank shows for `filters` (`prep.catalog.bank`): company, season,
        this model's kind filter, competencies (`competency_ids`, what a competency covers) and
        a text search (`q`). Filters that do not apply to this model are ignored."""
        rows = self.in_bank()
        if company := filters.get("company"):
            rows = rows.filter(company=company)
        if season := filters.get("season"):
            rows = rows.filter(season=season)
        name, field = self.KIND_FILTER
        if kind := filters.get(name):
            rows = rows.filter(**{field: kind})
        if competency_ids := filters.get("competency_ids"):
            rows = rows.with_competencies(competency_ids, searching=bool(filters.get("q")))
        return search_questions(rows, filters.get("q", ""))

    def _tags(self):
        """The competency tag table, and its column that names a row of this model."""
        return self.model.competencies.through.objects, f"{self.model._meta.model_name}_id"

    def tags_of(self, ids):
        """(row id, competency id) of every tag on the rows `ids`."""
        tags, column = self._tags()
        return tags.filter(**{f"{column}__in": ids}).values_list(column, "competency_id")

    def with_competencies(self, ids, *, searching: bool = False):
        """Rows tagged with any of `ids`, each once (a subquery, not a duplicating join).
        `searching` says whether a text search (prep.catalog.search) narrows them too.

        SQLite answers a plain pk IN (tags) well: it reads the tags first. PostgreSQL needs
        the condition written for the plan it should take (bench/question_search_bench.py):

        - Without a text search, pk = ANY(ARRAY(tags)): the tags are read once and the newest
          tagged rows come straight from the primary key, so the cost follows the number of
          tagged rows. With a plain IN it walked every row newest first until it had a
          page's worth, 20–30 ms for a competency on one question in forty.
        - With a text search, CASE WHEN pk IN (tags): the subquery becomes one hashed set
          that each row the search finds is checked against. A plain IN became a semi-join
          probing the tags once per found row, because the planner underestimates what a
          search finds (it multiplies its trigrams' frequencies as if they were
          independent); twice as slow for broad searches. The ARRAY form is not used here:
          estimating the array at a few rows, the planner could compute each row's grams
          instead of reading the index.
        """
        tags, column = self._tags()
        tagged = tags.filter(competency_id__in=ids).values(column)
        if connections[self.db].vendor != "postgresql":
            return self.filter(pk__in=tagged)
        if searching:
            return self.filter(Case(When(pk__in=tagged, then=Value(True)), default=Value(False)))
        sql, params = tagged.query.get_compiler(self.db).as_sql()
        pk = f'"{self.model._meta.db_table}"."{self.model._meta.pk.column}"'
        return self.filter(
            RawSQL(f"{pk} = ANY(ARRAY({sql}))", params, output_field=models.BooleanField())
        )

    def bank_page(self, ids):
        """The rows of one question-bank page, with only the columns the page shows (a
        company's long profile is not among them)."""
        return (
            self.filter(pk__in=ids)
            .select_related("company", "season")
            .only(
                "company__name",
                "company__slug",
                "season__year",
                "season__half",
                *self.BANK_PAGE_FIELDS,
            )
            .order_by("-pk")
        )


class EssayPromptQuerySet(QuestionBankQuerySet):
    BANK_PAGE_FIELDS = ("text", "job_family", "limit", "count_rule")
    KIND_FILTER = ("job_family", "job_family")

    def in_bank(self):
        """What the question bank shows: published prompts of published companies."""
        return self.filter(published=True, company__published=True)


class EssayPrompt(models.Model):
    """A 자소서 문항 with its limit, counted the way the company's form counts."""

    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="essay_prompts", verbose_name=_("기업")
    )
    season = models.ForeignKey(
        Season, on_delete=models.PROTECT, related_name="essay_prompts", verbose_name=_("시즌")
    )
    job_family = models.CharField(
        _("직군"), max_length=20, choices=JobFamily.choices, default=JobFamily.ADMIN
    )
    text = models.TextField(_("문항"))
    competencies = models.ManyToManyField(
        Competency, blank=True, related_name="essay_prompts", verbose_name=_("역량")
    )
    limit = models.PositiveIntegerField(_("분량 제한"), validators=[MinValueValidator(1)])
    count_rule = models.CharField(
        _("세는 방식"), max_length=20, choices=CountRule.choices, default=CountRule.CHARS
    )
    line_break_weight = models.PositiveSmallIntegerField(
        _("줄바꿈 한 번의 값"),
        choices=LINE_BREAK_WEIGHT_CHOICES,
        default=1,
    )
    order = models.PositiveSmallIntegerField(_("순서"), default=0)
    published = models.BooleanField(_("공개"), default=True)
    source = models.CharField(_("출처"), max_length=300, blank=True)
    import_record = import_record_field()

    objects = EssayPromptQuerySet.as_manager()

    class Meta:
        verbose_name = _("자소서 문항")
        verbose_name_plural = _("자소서 문항")
        ordering = ["company", "-season__year", "-season__half", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "season", "job_family", "text"],
                name="essay_prompt_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.company} {self.season}: {self.text[:40]}"

    @property
    def limit_label(self) -> str:
        # A middle dot, not brackets: some rule names carry their own "(…)".
        return f"{self.limit:,} · {self.get_count_rule_display()}"

    def check_text(self, text: str):
        """The text's `prep.coach.counting.LimitStatus` under this prompt's rule."""
        from prep.coach.counting import check_limit

        return check_limit(text, self.limit, self.count_rule, self.line_break_weight)


class Outcome(models.TextChoices):
    PASSED = "passed", _("합격")
    FAILED = "failed", _("불합격")
    WAITING = "waiting", _("대기")


class SampleAnswer(models.Model):
    """An accepted 자소서 answer (합격 자소서), shown for reading, never for copying."""

    prompt = models.ForeignKey(
        EssayPrompt,
        on_delete=models.CASCADE,
        related_name="sample_answers",
        verbose_name=_("문항"),
    )
    headline = models.CharField(_("소제목"), max_length=200, blank=True)
    body = models.TextField(_("본문"))
    competencies = models.ManyToManyField(
        Competency, blank=True, related_name="sample_answers", verbose_name=_("역량")
    )
    outcome = models.CharField(
        _("결과"), max_length=10, choices=Outcome.choices, default=Outcome.PASSED
    )
    source = models.CharField(_("출처"), max_length=300, blank=True)
    as_of = models.DateField(_("기준일"), null=True, blank=True)
    published = models.BooleanField(_("공개"), default=False, db_index=True)
    import_record = import_record_field()

    objects = PublishedQuerySet.as_manager()

    class Meta:
        verbose_name = _("합격 자소서")
        verbose_name_plural = _("합격 자소서")
        ordering = ["prompt", "pk"]

    def __str__(self) -> str:
        return self.headline or self.body[:40]

    @property
    def full_text(self) -> str:
        return f"{self.headline}\n{self.body}" if self.headline else self.body

    def limit_status(self):
        return self.prompt.check_text(self.full_text)


class Difficulty(models.IntegerChoices):
    VERY_EASY = 1, _("매우 쉬움")
    EASY = 2, _("다소 쉬움")
    NORMAL = 3, _("보통")
    HARD = 4, _("다소 어려움")
    VERY_HARD = 5, _("매우 어려움")


class Atmosphere(models.TextChoices):
    RELAXED = "relaxed", _("편안")
    NORMAL = "normal", _("보통")
    PRESSURE = "pressure", _("압박")


class InterviewReview(models.Model):
    """A 면접 후기 from someone who sat the interview."""

    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="interview_reviews", verbose_name=_("기업")
    )
    season = models.ForeignKey(
        Season,
        on_delete=models.PROTECT,
        related_name="interview_reviews",
        verbose_name=_("시즌"),
    )
    position = models.CharField(_("지원 분야"), max_length=100, blank=True)
    job = models.CharField(_("직무"), max_length=100, blank=True)
    result = models.CharField(_("결과"), max_length=10, choices=Outcome.choices)
    difficulty = models.PositiveSmallIntegerField(_("난이도"), choices=Difficulty.choices)
    atmosphere = models.CharField(_("분위기"), max_length=10, choices=Atmosphere.choices)
    evaluation = models.TextField(_("면접 평가"), blank=True)
    tip = models.TextField(_("팁"), blank=True)
    published = models.BooleanField(_("공개"), default=True, db_index=True)
    source = models.CharField(_("출처"), max_length=300, blank=True)
    import_record = import_record_field()

    objects = PublishedQuerySet.as_manager()

    class Meta:
        verbose_name = _("면접 후기")
        verbose_name_plural = _("면접 후기")
        ordering = ["company", "-season__year", "pk"]

    def __str__(self) -> str:
        return f"{self.company} {self.season} {self.position} ({self.get_result_display()})"


class QuestionType(models.TextChoices):
    PERSONALITY = "personality", _("인성")
    EXPERIENCE = "experience", _("NCS·경험")
    JOB = "job", _("직무")
    PRESENTATION = "presentation", _("PT")
    DISCUSSION = "discussion", _("토론")
    SITUATION = "situation", _("상황")


class InterviewQuestionQuerySet(QuestionBankQuerySet):
    BANK_PAGE_FIELDS = ("text", "question_type", "position")
    KIND_FILTER = ("type", "question_type")

    def in_bank(self):
        """What the question bank shows: published questions of published companies and
        published general questions (no company)."""
        # A subquery rather than a join to the company: the database checks it against a small
        # hashed set of ids, whatever number of matches it expects.
        return self.filter(published=True).filter(
            Q(company__isnull=True)
            | Q(company_id__in=Company.objects.filter(published=True).values("pk"))
        )


class InterviewQuestion(models.Model):
    company = models.ForeignKey(
        Company,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="interview_questions",
        help_text=_("비워 두면 어느 기업에나 나올 수 있는 공통 질문입니다."),
        verbose_name=_("기업"),
    )
    season = models.ForeignKey(
        Season,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="interview_questions",
        verbose_name=_("시즌"),
    )
    position = models.CharField(_("지원 분야·직무"), max_length=100, blank=True)
    question_type = models.CharField(
        _("유형"), max_length=20, choices=QuestionType.choices, default=QuestionType.PERSONALITY
    )
    text = models.TextField(_("질문"))
    competencies = models.ManyToManyField(
        Competency, blank=True, related_name="interview_questions", verbose_name=_("역량")
    )
    review = models.ForeignKey(
        InterviewReview,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
        verbose_name=_("출처 후기"),
    )
    hint = models.TextField(
        _("답변 포인트"), blank=True, help_text=_("연습 모드에서만 보이는 답변의 방향.")
    )
    order = models.PositiveSmallIntegerField(_("순서"), default=0)
    published = models.BooleanField(_("공개"), default=True)
    import_record = import_record_field()

    objects = InterviewQuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("면접 질문")
        verbose_name_plural = _("면접 질문")
        ordering = ["company", "order", "pk"]

    def __str__(self) -> str:
        return self.text[:60]


# --------------------------------------------------------------------------------------------
# Candidates' targets


class TargetCompany(models.Model):
    """A company a candidate is applying to (their applications and interview days are in
    `prep.applications`)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="targets",
        verbose_name=_("회원"),
    )
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="targeted_by", verbose_name=_("기업")
    )
    created_at = models.DateTimeField(_("만든 시각"), auto_now_add=True)

    class Meta:
        verbose_name = _("지원 기업")
        verbose_name_plural = _("지원 기업")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "company"], name="target_user_company_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.company}"

    @classmethod
    def toggle(cls, *, user, company: Company) -> bool:
        """Mark `company` as `user`'s target, or unmark it if it already is one; returns
        whether it is a target afterwards."""
        deleted, _details = cls.objects.filter(user=user, company=company).delete()
        if deleted:
            return False
        cls.objects.get_or_create(user=user, company=company)
        return True


# --------------------------------------------------------------------------------------------
# Word lists the coach reads (blind-hiring leaks, clichés, synonyms), curated by staff


class CoachTerm(models.Model):
    """A row staff add to one of the coach's word lists (`prep.coach.lexicon.LIST_NAMES`).

    The shipped lists stay the base; a row either adds a term or, with `removes_default`,
    takes a shipped term out (for a false alarm found in practice).
    """

    class WordList(models.TextChoices):
        BLIND_SCHOOLS = "blind_schools", _("블라인드: 학교명·약칭")
        BLIND_AREAS = "blind_areas", _("블라인드: 캠퍼스 동네")
        BLIND_ACTIVITIES = "blind_activities", _("블라인드: 학교 동아리·축제·학보")
        BLIND_PATTERNS = "blind_patterns", _("블라인드: 정규식 패턴")
        BLIND_CUES = "blind_cues", _("블라인드: 단서 단어")
        SYNONYMS = "synonyms", _("동의어 묶음")
        CLICHES = "cliches", _("상투적 표현")
        VAGUE_CLAIMS = "vague_claims", _("근거 없는 주장")
        INSTITUTIONS = "institutions", _("기관 이름·약칭 (분류: 공식 이름)")
        VALUE_PHRASES = "value_phrases", _("가치를 풀어 쓴 표현 (분류: 개념)")
        FIT_HOMONYMS = "fit_homonyms", _("가치가 아닌 같은 낱말 (분류: 개념)")

    word_list = models.CharField(_("목록"), max_length=20, choices=WordList.choices)
    term = models.CharField(
        _("표현"),
        max_length=200,
        help_text=_("동의어 묶음은 같은 '분류' 이름을 붙인 표현끼리 한 묶음이 됩니다."),
    )
    is_pattern = models.BooleanField(_("정규식"), default=False)
    category = models.CharField(_("분류"), max_length=30, blank=True)
    note = models.CharField(_("설명"), max_length=300, blank=True)
    context = models.CharField(
        _("문맥 조건"),
        max_length=10,
        blank=True,
        choices=[("", _("항상")), ("cue", _("단서 단어 옆에서만"))],
        help_text=_("평범한 낱말이기도 한 표현은 '단서 단어 옆에서만'으로 두세요."),
    )
    removes_default = models.BooleanField(
        _("기본 목록에서 빼기"),
        default=False,
        help_text=_("켜면 이 표현을 추가하는 대신 기본으로 들어 있는 같은 표현을 뺍니다."),
    )
    active = models.BooleanField(_("사용"), default=True)

    class Meta:
        verbose_name = _("코칭 단어")
        verbose_name_plural = _("코칭 단어")
        ordering = ["word_list", "category", "term"]
        constraints = [
            models.UniqueConstraint(
                fields=["word_list", "term", "category"], name="coach_term_unique"
            )
        ]

    def __str__(self) -> str:
        return self.term


# Postings live in their own module; importing them here registers them with the app.
from prep.catalog.posting_models import *  # noqa: E402, F403
