"""Spreadsheet import/export (django-import-export) for the question bank.

Curators keep prompts, sample answers and interview questions in CSV/XLSX files, so every column
holds something a person can type: the company by its name, the season as "2023 하반기", choices by
their Korean label (or stored value), competencies as names separated by commas. A row that cannot
be read becomes a row-level validation error, and any error anywhere rolls the whole file back.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.encoding import force_str
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from prep.catalog.keys import catalogue_rows, natural_key
from prep.catalog.models import (
    Company,
    Competency,
    CountRule,
    EssayPrompt,
    HalfYear,
    InterviewQuestion,
    JobFamily,
    Outcome,
    QuestionType,
    SampleAnswer,
    Season,
)

# --------------------------------------------------------------------------------------------
# Widgets: one spreadsheet cell ↔ one Python value. They raise ValueError with a Korean message;
# the resource turns it into a validation error on that row and column.


class ChoiceWidget(widgets.Widget):
    """A choice written as its label ("인성") or its stored value ("personality")."""

    def __init__(self, choices, *, required: bool = True, **kwargs):
        super().__init__(**kwargs)
        self.choices = [(value, str(label)) for value, label in choices]
        self.required = required

    def clean(self, value, row=None, **kwargs):
        text = force_str(value).strip() if value is not None else ""
        if not text:
            if self.required:
                raise ValueError(_("값이 비어 있습니다."))
            return None
        for stored, label in self.choices:
            if text in (str(stored), label):
                return stored
        allowed = ", ".join(label for _stored, label in self.choices)
        raise ValueError(
            _("'%(value)s'은(는) 쓸 수 없는 값입니다. 가능한 값: %(allowed)s")
            % {"value": text, "allowed": allowed}
        )

    def render(self, value, obj=None, **kwargs):
        for stored, label in self.choices:
            if stored == value or str(stored) == force_str(value):
                return label
        return "" if value is None else force_str(value)


class PositiveIntegerWidget(widgets.Widget):
    """Whole numbers such as a character limit; "1,000" is read as 1000."""

    # PostgreSQL's integer (Django's PositiveIntegerField range on every database); a bigger
    # number would reach the database and come back as the driver's "out of range" text.
    MAXIMUM = 2_147_483_647

    def __init__(self, *, required: bool = True, minimum: int = 0, **kwargs):
        super().__init__(**kwargs)
        self.required = required
        self.minimum = minimum

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, int | float) and not isinstance(value, bool):
            text = str(int(value)) if float(value).is_integer() else str(value)
        else:
            text = force_str(value).strip().replace(",", "") if value is not None else ""
        if not text:
            if self.required:
                raise ValueError(_("값이 비어 있습니다."))
            return None
        if not re.fullmatch(r"\d+", text):
            raise ValueError(_("'%(value)s'은(는) 숫자가 아닙니다.") % {"value": text})
        number = int(text)
        if number < self.minimum:
            raise ValueError(_("%(minimum)d 이상이어야 합니다.") % {"minimum": self.minimum})
        if number > self.MAXIMUM:
            raise ValueError(_("%(maximum)s 이하여야 합니다.") % {"maximum": f"{self.MAXIMUM:,}"})
        return number

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else value


class YesNoWidget(widgets.Widget):
    """예/아니오 (also 1/0, TRUE/FALSE, 공개/비공개); blank falls back to the field's default."""

    TRUE = {"예", "네", "공개", "사용", "o", "y", "yes", "true", "1"}
    FALSE = {"아니오", "아니요", "비공개", "미사용", "x", "n", "no", "false", "0"}

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        text = force_str(value).strip().lower() if value is not None else ""
        if not text:
            return None
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise ValueError(_("'%(value)s'은(는) 예/아니오 값이 아닙니다.") % {"value": text})

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return _("예") if value else _("아니오")


class CompanyNameWidget(widgets.Widget):
    """A company by its exact name; blank means "no company" only where that is allowed."""

    def __init__(self, *, required: bool = True, **kwargs):
        super().__init__(**kwargs)
        self.required = required

    def clean(self, value, row=None, **kwargs):
        name = force_str(value).strip() if value is not None else ""
        if not name:
            if self.required:
                raise ValueError(_("기업명이 비어 있습니다."))
            return None
        company = Company.objects.curated().filter(name=name).first()
        if company is None:
            raise ValueError(
                _("'%(name)s' 기업이 없습니다. 기업을 먼저 등록하거나 이름을 확인하세요.")
                % {"name": name}
            )
        return company

    def render(self, value, obj=None, **kwargs):
        return value.name if value is not None else ""


SEASON_PATTERN = re.compile(r"^(\d{4})\s*년?\s*[-/]?\s*(\S+)$")


def parse_season(text: str) -> Season:
    """ "2023 하반기" / "2023하반기" / "2023 second" → the Season, created when new."""
    match = SEASON_PATTERN.match(text.strip())
    halves = {label: value for value, label in HalfYear.choices} | {
        value: value for value in HalfYear.values
    }
    if not match or match.group(2) not in halves or not 2000 <= int(match.group(1)) <= 2100:
        raise ValueError(
            _(
                "'%(value)s'은(는) 시즌 형식이 아닙니다. "
                "'2023 하반기'처럼 연도와 상반기·하반기·수시를 적어 주세요."
            )
            % {"value": text}
        )
    # A season is only a year and a half, so a new one is created rather than refused.
    season, _created = Season.objects.get_or_create(
        year=int(match.group(1)), half=halves[match.group(2)]
    )
    return season


class SeasonWidget(widgets.Widget):
    def __init__(self, *, required: bool = True, **kwargs):
        super().__init__(**kwargs)
        self.required = required

    def clean(self, value, row=None, **kwargs):
        text = force_str(value).strip() if value is not None else ""
        if not text:
            if self.required:
                raise ValueError(_("시즌이 비어 있습니다."))
            return None
        return parse_season(text)

    def render(self, value, obj=None, **kwargs):
        return str(value) if value is not None else ""


# NCS names win over a company label spelled the same way (e.g. 문제해결능력).
COMPETENCY_KIND_PREFERENCE = [
    Competency.Kind.NCS_AREA,
    Competency.Kind.NCS_SKILL,
    Competency.Kind.COMPANY,
]


class CompetencyNamesWidget(widgets.ManyToManyWidget):
    """Competencies as "문제해결능력, 직무전문성"; an unknown name is an error, not skipped."""

    def __init__(self, **kwargs):
        super().__init__(Competency, field="name", separator=",", **kwargs)

    def clean(self, value, row=None, **kwargs):
        text = force_str(value) if value is not None else ""
        names = list(dict.fromkeys(n.strip() for n in text.split(self.separator) if n.strip()))
        if not names:
            return Competency.objects.none()
        found: dict[str, Competency] = {}
        for competency in Competency.objects.filter(name__in=names):
            current = found.get(competency.name)
            rank = COMPETENCY_KIND_PREFERENCE.index(competency.kind)
            if current is None or rank < COMPETENCY_KIND_PREFERENCE.index(current.kind):
                found[competency.name] = competency
        missing = [name for name in names if name not in found]
        if missing:
            raise ValueError(
                _("등록되지 않은 역량: %(names)s (역량 이름은 쉼표로 구분합니다)")
                % {"names": ", ".join(missing)}
            )
        return [found[name] for name in names]

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return ", ".join(competency.name for competency in value.all())


class PromptWidget(widgets.Widget):
    """A sample answer's prompt, found by its text plus the row's company, season and job family."""

    def clean(self, value, row=None, **kwargs):
        text = force_str(value).strip() if value is not None else ""
        if not text:
            raise ValueError(_("문항이 비어 있습니다."))
        row = row or {}
        company = CompanyNameWidget().clean(row.get("company"))
        season = SeasonWidget().clean(row.get("season"))
        job_family = ChoiceWidget(JobFamily.choices).clean(row.get("job_family"))
        prompt = EssayPrompt.objects.filter(
            company=company, season=season, job_family=job_family, text=text
        ).first()
        if prompt is None:
            raise ValueError(
                _("%(company)s %(season)s %(job)s에 이 문항이 없습니다. 문항을 먼저 가져오세요.")
                % {
                    "company": company,
                    "season": season,
                    "job": JobFamily(job_family).label,
                }
            )
        return prompt

    def render(self, value, obj=None, **kwargs):
        return value.text if value is not None else ""


# --------------------------------------------------------------------------------------------
# Resources


class SpreadsheetResource(resources.ModelResource):
    """Shared behaviour: rows are found by a natural key (or by `id` when the file has one),
    every unreadable cell is a validation error on its row, and any error rolls back the file."""

    def get_import_id_fields(self):
        return self.natural_key

    @property
    def natural_key(self) -> list[str]:
        """Columns whose values identify an existing row when the file has no `id`: the
        model's natural key (`prep.catalog.keys`), also what the report importer uses."""
        return list(natural_key(self._meta.model))

    def get_instance(self, instance_loader, row):
        try:
            pk = self.fields["id"].clean(row) if "id" in row else None
            if pk is not None:
                return catalogue_rows(self._meta.model).filter(pk=pk).first()
            lookup = {
                self.fields[name].attribute: self.fields[name].clean(row)
                for name in self.natural_key
            }
        except ValueError:
            # The same cell is reported as a validation error on the row by import_instance().
            return None
        return catalogue_rows(self._meta.model).filter(**lookup).first()

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        # Many-to-many cells are saved after the row, too late to be reported as the row's
        # validation error, so they are read once here first.
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row)
                except ValueError as error:
                    errors[field.attribute] = ValidationError(force_str(error), code="invalid")
        if errors:
            raise ValidationError(errors)

    def import_data(self, dataset, dry_run=False, raise_errors=False, **kwargs):
        # Nothing half-imported: a single invalid row rolls back the whole file.
        kwargs["use_transactions"] = True
        kwargs["rollback_on_validation_errors"] = True
        return super().import_data(dataset, dry_run=dry_run, raise_errors=raise_errors, **kwargs)


def competency_field() -> fields.Field:
    return fields.Field(
        attribute="competencies", column_name="competencies", widget=CompetencyNamesWidget()
    )


def id_field() -> fields.Field:
    """Optional: blank for new rows; an exported file keeps it so re-importing updates."""
    return fields.Field(
        attribute="id", column_name="id", widget=PositiveIntegerWidget(required=False)
    )


def published_field(default: bool) -> fields.Field:
    return fields.Field(
        attribute="published", column_name="published", widget=YesNoWidget(), default=default
    )


class EssayPromptResource(SpreadsheetResource):
    company = fields.Field(attribute="company", column_name="company", widget=CompanyNameWidget())
    season = fields.Field(attribute="season", column_name="season", widget=SeasonWidget())
    job_family = fields.Field(
        attribute="job_family", column_name="job_family", widget=ChoiceWidget(JobFamily.choices)
    )
    limit = fields.Field(
        attribute="limit", column_name="limit", widget=PositiveIntegerWidget(minimum=1)
    )
    count_rule = fields.Field(
        attribute="count_rule", column_name="count_rule", widget=ChoiceWidget(CountRule.choices)
    )
    line_break_weight = fields.Field(
        attribute="line_break_weight",
        column_name="line_break_weight",
        widget=ChoiceWidget(
            EssayPrompt._meta.get_field("line_break_weight").choices, required=False
        ),
        default=1,
    )
    order = fields.Field(
        attribute="order",
        column_name="order",
        widget=PositiveIntegerWidget(required=False),
        default=0,
    )
    competencies = competency_field()
    id = id_field()
    published = published_field(default=True)

    class Meta:
        model = EssayPrompt
        fields = [
            "id",
            "company",
            "season",
            "job_family",
            "text",
            "competencies",
            "limit",
            "count_rule",
            "line_break_weight",
            "order",
            "published",
            "source",
        ]
        skip_unchanged = True
        report_skipped = True

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("company", "season")
            .prefetch_related("competencies")
        )

    def dehydrate_line_break_weight(self, prompt):
        return prompt.line_break_weight


class SampleAnswerResource(SpreadsheetResource):
    # company, season and job_family only locate the prompt; they are exported for reading.
    company = fields.Field(column_name="company", readonly=True)
    season = fields.Field(column_name="season", readonly=True)
    job_family = fields.Field(column_name="job_family", readonly=True)
    prompt = fields.Field(attribute="prompt", column_name="prompt", widget=PromptWidget())
    outcome = fields.Field(
        attribute="outcome", column_name="outcome", widget=ChoiceWidget(Outcome.choices)
    )
    as_of = fields.Field(
        attribute="as_of", column_name="as_of", widget=widgets.DateWidget(coerce_to_string=True)
    )
    competencies = competency_field()
    id = id_field()
    published = published_field(default=False)

    class Meta:
        model = SampleAnswer
        fields = [
            "id",
            "company",
            "season",
            "job_family",
            "prompt",
            "headline",
            "body",
            "competencies",
            "outcome",
            "source",
            "as_of",
            "published",
        ]
        skip_unchanged = True
        report_skipped = True

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("prompt__company", "prompt__season")
            .prefetch_related("competencies")
        )

    def dehydrate_company(self, answer):
        return answer.prompt.company.name

    def dehydrate_season(self, answer):
        return str(answer.prompt.season)

    def dehydrate_job_family(self, answer):
        return answer.prompt.get_job_family_display()


class InterviewQuestionResource(SpreadsheetResource):
    company = fields.Field(
        attribute="company", column_name="company", widget=CompanyNameWidget(required=False)
    )
    season = fields.Field(
        attribute="season", column_name="season", widget=SeasonWidget(required=False)
    )
    question_type = fields.Field(
        attribute="question_type",
        column_name="question_type",
        widget=ChoiceWidget(QuestionType.choices),
    )
    order = fields.Field(
        attribute="order",
        column_name="order",
        widget=PositiveIntegerWidget(required=False),
        default=0,
    )
    competencies = competency_field()
    id = id_field()
    published = published_field(default=True)

    class Meta:
        model = InterviewQuestion
        fields = [
            "id",
            "company",
            "season",
            "position",
            "question_type",
            "text",
            "competencies",
            "hint",
            "order",
            "published",
        ]
        skip_unchanged = True
        report_skipped = True

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("company", "season")
            .prefetch_related("competencies")
        )
