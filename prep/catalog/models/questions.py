"""The question bank: competencies, seasons, 자소서 prompts and sample answers, interview
reviews and questions, and the QuerySet that filters them."""

from typing import NamedTuple

from django.core.validators import MinValueValidator
from django.db import connections, models
from django.db.models import Case, Q, Value, When
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext_lazy as _

from prep.catalog.models.common import PublishedQuerySet, import_record_field
from prep.catalog.models.companies import Company
from prep.catalog.search import search_questions


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

    def curated(self):
        """Prompts of the catalogue's companies (an own company's are its candidate's)."""
        return self.filter(company__owner__isnull=True)

    def startable_by(self, user):
        """The prompts `user` may write a draft on: the bank's, and those of their own
        companies (내 지원처), which nobody else may."""
        return self.filter(published=True).filter(
            Q(company__published=True) | Q(company__owner=user)
        )


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
