"""기관 비교: two to four companies side by side (`catalog:company_compare`).

    comparison = compare(slugs=request.GET.getlist("c"), user=request.user, query="")

The companies are fetched in one go with everything the table shows prefetched, so the page
costs the same number of queries for two companies as for four, however many years of figures
each has. Each row holds one cell per company: the newest value with its year, or a note that
the figure is missing. Bad input (unknown or repeated companies, one, or more than four) is
explained on the page, never an error.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import urlencode

from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from prep.catalog.company_page import figure_value
from prep.catalog.models import (
    Company,
    CompanyFigure,
    FigureMetric,
    SatisfactionSurvey,
    SurveyScore,
    metric_unit,
)

MIN_COMPARED, MAX_COMPARED = 2, 4
# Slugs read from the query string: a few more than can be compared, so an over-long list is
# explained rather than looked up in full.
MAX_SLUGS_READ = 20
MAX_SLUG_LENGTH = Company._meta.get_field("slug").max_length
ADD_CHOICES = 10


@dataclass(frozen=True)
class Cell:
    text: str
    note: str = ""  # the year a figure is of, or why it is missing
    missing: bool = False


@dataclass(frozen=True)
class Row:
    label: str
    cells: list[Cell]


@dataclass(frozen=True)
class Column:
    company: Company
    remove_query: str  # the query string of this comparison without this company


@dataclass
class Comparison:
    columns: list[Column] = field(default_factory=list)
    sections: list[tuple[str, list[Row]]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    # Companies that can be added (the add form's search), and what was searched.
    choices: list[Company] = field(default_factory=list)
    query: str = ""

    @property
    def slugs(self) -> list[str]:
        return [column.company.slug for column in self.columns]

    @property
    def ready(self) -> bool:
        return len(self.columns) >= MIN_COMPARED

    @property
    def can_add(self) -> bool:
        return len(self.columns) < MAX_COMPARED


def _missing() -> Cell:
    return Cell(_("자료 없음"), missing=True)


def _latest(figures: dict[tuple[str, int], Decimal], metric: str) -> tuple[int, Decimal] | None:
    years = [year for (name, year) in figures if name == metric]
    return (max(years), figures[(metric, max(years))]) if years else None


def _year_note(year: int) -> str:
    return _("%(year)s년") % {"year": year}


def figure_cell(figures: dict, metric: str) -> Cell:
    latest = _latest(figures, metric)
    if latest is None:
        return _missing()
    year, value = latest
    return Cell(figure_value(value, metric_unit(metric)), _year_note(year))


def share_cell(figures: dict, part: str, whole: str = FigureMetric.NEW_HIRES) -> Cell:
    """A group's share of the newest year's new hires (청년 83%), from the same year's figures."""
    latest = _latest(figures, whole)
    if latest is None or (part, latest[0]) not in figures or not latest[1]:
        return _missing()
    year, total = latest
    percent = figures[(part, year)] / total * 100
    return Cell(f"{percent.quantize(Decimal(1))}%", _year_note(year))


def _text_cell(text: str) -> Cell:
    return Cell(text) if text else _missing()


def _rows(companies: list[Company]) -> list[tuple[str, list[Row]]]:
    figures = [{(f.metric, f.year): f.value for f in c.figures.all()} for c in companies]
    surveys = [c.latest_survey for c in companies]

    def row(label, cell) -> Row:
        return Row(str(label), [cell(index, company) for index, company in enumerate(companies)])

    def figure_row(metric) -> Row:
        return row(FigureMetric(metric).label, lambda i, c: figure_cell(figures[i], metric))

    def share_row(label, metric) -> Row:
        return row(label, lambda i, c: share_cell(figures[i], metric))

    categories = sorted(
        {score.category for survey in surveys if survey for score in survey.scores.all()},
        key=lambda category: (category.order, category.name),
    )

    def score_cell(survey, category) -> Cell:
        if survey is None:
            return _missing()
        score = next((s for s in survey.scores.all() if s.category_id == category.pk), None)
        if score is None:
            return _missing()
        return Cell(_("%(score)s점") % {"score": f"{score.score.normalize():f}"})

    def survey_row(category) -> Row:
        return row(category.name, lambda i, c: score_cell(surveys[i], category))

    def total_cell(survey) -> Cell:
        if survey is None:
            return _missing()
        score = f"{survey.total_score.normalize():f}"
        return Cell(_("%(score)s점") % {"score": score}, f"{survey.surveyed_on:%Y.%m.%d}")

    return [
        (
            _("기관"),
            [
                row(_("유형"), lambda i, c: Cell(c.get_kind_display())),
                row(_("주무부처"), lambda i, c: _text_cell(c.ministry)),
                row(_("지역"), lambda i, c: _text_cell(c.region)),
                figure_row(FigureMetric.EMPLOYEES),
            ],
        ),
        (
            _("채용"),
            [
                figure_row(FigureMetric.NEW_HIRES),
                share_row(_("신규채용 중 청년 비율"), FigureMetric.NEW_HIRES_YOUTH),
                share_row(_("신규채용 중 비수도권 지역인재 비율"), FigureMetric.NEW_HIRES_LOCAL),
                row(
                    _("채용 절차"),
                    lambda i, c: _text_cell(" → ".join(s.name for s in c.hiring_steps.all())),
                ),
                row(
                    _("블라인드 채용"),
                    lambda i, c: Cell(_("예") if c.uses_blind_hiring else _("아니오")),
                ),
            ],
        ),
        (
            _("보수"),
            [figure_row(FigureMetric.AVERAGE_PAY), figure_row(FigureMetric.STARTING_SALARY)],
        ),
        (
            _("직원 만족도"),
            [
                row(_("총 만족도"), lambda i, c: total_cell(surveys[i])),
                *(survey_row(category) for category in categories),
            ],
        ),
    ]


def _read_slugs(raw: list[str], notices: list[str]) -> list[str]:
    slugs, slugs_repeated = [], False
    for value in raw[:MAX_SLUGS_READ]:
        slug = value.strip()[:MAX_SLUG_LENGTH]
        if slug and slug not in slugs:
            slugs.append(slug)
        elif slug and not slugs_repeated:
            slugs_repeated = True
            notices.append(_("같은 기관을 두 번 골랐습니다. 한 번만 비교합니다."))
    if len(raw) > MAX_SLUGS_READ:
        notices.append(_("고른 기관이 너무 많아 앞의 기관만 살폈습니다."))
    return slugs


def _fetch(user, slugs: list[str]) -> dict[str, Company]:
    companies = (
        Company.objects.comparable_for(user)
        .filter(slug__in=slugs)
        .prefetch_related(
            models.Prefetch("figures", queryset=CompanyFigure.objects.order_by()),
            models.Prefetch(
                "surveys",
                queryset=SatisfactionSurvey.objects.prefetch_related(
                    models.Prefetch(
                        "scores", queryset=SurveyScore.objects.select_related("category")
                    )
                ),
            ),
            "hiring_steps",
        )
    )
    return {company.slug: company for company in companies}


def compare(*, slugs: list[str], user, query: str = "") -> Comparison:
    comparison = Comparison(query=query.strip()[:50])
    notices = comparison.notices
    slugs = _read_slugs(slugs, notices)
    found = _fetch(user, slugs) if slugs else {}
    unknown = [slug for slug in slugs if slug not in found]
    if unknown:
        notices.append(
            ngettext(
                "찾을 수 없는 기관 %(count)d곳은 뺐습니다.",
                "찾을 수 없는 기관 %(count)d곳은 뺐습니다.",
                len(unknown),
            )
            % {"count": len(unknown)}
        )
    companies = [found[slug] for slug in slugs if slug in found]
    if len(companies) > MAX_COMPARED:
        notices.append(
            _("한 번에 %(max)d곳까지 비교할 수 있습니다. 앞의 %(max)d곳만 보여 줍니다.")
            % {"max": MAX_COMPARED}
        )
        companies = companies[:MAX_COMPARED]
    if len(companies) == 1:
        notices.append(_("비교하려면 기관을 한 곳 이상 더 고르세요."))
    kept = [company.slug for company in companies]
    comparison.columns = [
        Column(company, urlencode([("c", slug) for slug in kept if slug != company.slug]))
        for company in companies
    ]
    if comparison.ready:
        comparison.sections = _rows(companies)
    if comparison.query and comparison.can_add:
        comparison.choices = list(
            Company.objects.comparable_for(user)
            .search(comparison.query)
            .exclude(slug__in=kept)
            .order_by("name")
            .only("name", "slug", "kind")[:ADD_CHOICES]
        )
    return comparison
