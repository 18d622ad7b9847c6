"""What a company's page shows: its curated sections and the longer lists behind "더 보기".

The sections are the same for every candidate, so they are rendered from `sections_context`
only when the company's content changes (prep/catalog/page_cache.py). Long lists show their
first items on the page and the rest on a paged section page, so a company with hundreds of
news items or questions costs a candidate no more than a small one.
"""

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from prep.catalog.models import (
    Atmosphere,
    Company,
    CompanyFigure,
    Competency,
    Difficulty,
    EssayPrompt,
    FigureMetric,
    HiringCount,
    InterviewQuestion,
    QuestionType,
    metric_unit,
)

# How many items of each long list the company page itself shows.
SHOWN_ON_PAGE = {"news": 10, "essays": 5, "reviews": 5, "questions": 20}
SECTION_PAGE_SIZE = 20


@dataclass(frozen=True)
class HiringTable:
    years: list[int]
    types: list  # HiringType, in their curated order
    rows: list[tuple[int, list[Decimal | None]]]  # (year, a count or None per type)
    latest_year: int | None
    latest: list[tuple[object, Decimal]]  # (HiringType, count) of the latest year


def hiring_table(counts: list[HiringCount]) -> HiringTable:
    """Hiring numbers as a year × type grid; a type absent in a year is None (shown as –)."""
    types = sorted({c.hiring_type for c in counts}, key=lambda t: (t.order, t.name))
    years = sorted({c.year for c in counts}, reverse=True)
    by_cell = {(c.year, c.hiring_type_id): c.count for c in counts}
    rows = [(year, [by_cell.get((year, t.pk)) for t in types]) for year in years]
    latest_year = years[0] if years else None
    latest = [(t, by_cell[(latest_year, t.pk)]) for t in types if (latest_year, t.pk) in by_cell]
    return HiringTable(years, types, rows, latest_year, latest)


@dataclass(frozen=True)
class Share:
    label: str
    count: int
    percent: float
    text: str = ""  # the value as shown, when it is not a number of reviews ("1,204명")


# The company page's ALIO tables: one per group, the first metric of each drawn as bars.
FIGURE_GROUPS = (
    (
        _("신규채용"),
        (
            FigureMetric.NEW_HIRES,
            FigureMetric.NEW_HIRES_WOMEN,
            FigureMetric.NEW_HIRES_YOUTH,
            FigureMetric.NEW_HIRES_DISABLED,
            FigureMetric.NEW_HIRES_LOCAL,
            FigureMetric.NEW_HIRES_INDEFINITE,
        ),
    ),
    (_("보수"), (FigureMetric.AVERAGE_PAY, FigureMetric.STARTING_SALARY)),
    (_("임직원"), (FigureMetric.EMPLOYEES, FigureMetric.REGULAR_EMPLOYEES)),
)


@dataclass(frozen=True)
class FigureGroup:
    title: str
    years: list[int]
    rows: list[tuple[str, str, list[Decimal | None]]]  # (label, unit, a value or None per year)
    chart_title: str
    bars: list[Share]  # the group's first metric over the years


@dataclass(frozen=True)
class FigureTables:
    groups: list[FigureGroup]
    sources: list[str]
    as_of: object  # the newest as-of date, or None


def figure_value(value: Decimal, unit: str) -> str:
    """A figure as candidates read it: 1,204명; pay (stored in 천원) in 만원: 6,543만원."""
    value = Decimal(str(value))
    if unit == "천원":
        return f"{(value / 10).quantize(Decimal(1)):,}만원"
    return f"{value.normalize():,f}명"


def figure_tables(figures: list[CompanyFigure]) -> FigureTables:
    """ALIO figures as a year grid per group; a year without a figure is None (shown as –)."""
    by_cell = {(f.metric, f.year): f.value for f in figures}
    groups = []
    for title, metrics in FIGURE_GROUPS:
        shown = [m for m in metrics if any(f.metric == m for f in figures)]
        if not shown:
            continue
        years = sorted({f.year for f in figures if f.metric in shown})
        rows = [
            (str(m.label), metric_unit(m), [by_cell.get((m, year)) for year in years])
            for m in shown
        ]
        head = shown[0]
        series = [(year, by_cell[(head, year)]) for year in years if (head, year) in by_cell]
        top = max((value for _year, value in series), default=Decimal(0))
        bars = [
            Share(
                label=f"{year}",
                count=0,
                percent=float(value / top * 100) if top else 0.0,
                text=figure_value(value, metric_unit(head)),
            )
            for year, value in series
        ]
        groups.append(FigureGroup(str(title), years, rows, str(head.label), bars))
    return FigureTables(
        groups=groups,
        sources=sorted({f.source_file for f in figures if f.source_file}),
        as_of=max((f.as_of for f in figures if f.as_of), default=None),
    )


def distribution(values: list, choices) -> list[Share]:
    """How many reviews gave each choice (every choice listed, zeros included)."""
    counts = Counter(values)
    total = len(values)
    return [
        Share(str(label), counts[value], counts[value] * 100 / total if total else 0.0)
        for value, label in choices
    ]


def appealed_competencies(prompts: list[EssayPrompt]) -> list[tuple[Competency, int]]:
    """ "합격자들이 어필한 역량": competencies tagged on the published sample answers, most
    frequent first."""
    counts = Counter(
        competency
        for prompt in prompts
        for sample in prompt.sample_answers.all()
        for competency in sample.competencies.all()
    )
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].name))


def questions_by_type(questions: list[InterviewQuestion]) -> list[tuple[str, list]]:
    """Interview questions grouped under their type, types in the order of QuestionType."""
    groups: dict[str, list] = {value: [] for value in QuestionType.values}
    for question in questions:
        groups.setdefault(question.question_type, []).append(question)
    labels = dict(QuestionType.choices)
    return [(labels.get(value, value), items) for value, items in groups.items() if items]


@dataclass(frozen=True)
class Shown:
    """The first items of a long list, and how many there are in all."""

    items: list
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.items)


def _first(items: list, section: str) -> Shown:
    return Shown(items[: SHOWN_ON_PAGE[section]], len(items))


def sections_context(company: Company) -> dict:
    """The context of the page's curated sections (`company` from for_company_page())."""
    reviews = company.published_reviews
    questions = _first(company.published_questions, "questions")
    return {
        "company": company,
        "survey": company.latest_survey,
        "hiring": hiring_table(list(company.hiring_counts.all())),
        "figures": figure_tables(list(company.figures.all())),
        "appealed": appealed_competencies(company.published_prompts),
        "difficulty_shares": distribution([r.difficulty for r in reviews], Difficulty.choices),
        "atmosphere_shares": distribution([r.atmosphere for r in reviews], Atmosphere.choices),
        "news": _first(list(company.news.all()), "news"),
        "prompts": _first(company.published_prompts, "essays"),
        "reviews": _first(reviews, "reviews"),
        "questions": questions,
        "question_groups": questions_by_type(questions.items),
    }


def section_items(company: Company, section: str) -> list:
    """Every item of one long list, in the page's order (`company` from for_company_page())."""
    if section == "news":
        return list(company.news.all())
    if section == "essays":
        return company.published_prompts
    if section == "reviews":
        return company.published_reviews
    return company.published_questions
