"""Candidate-facing catalogue pages: the company directory, a company's page, targets, and the
question bank. All public; only published content is shown. Views are glue: the question bank's
form, filters and paging live in `bank.py`."""

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from prep.catalog.bank import QuestionBankFilterForm, bank_results
from prep.catalog.models import (
    Atmosphere,
    Company,
    CompanyKind,
    Competency,
    Difficulty,
    EssayPrompt,
    HiringCount,
    InterviewQuestion,
    InterviewReview,
    QuestionType,
    SampleAnswer,
    SatisfactionSurvey,
    SurveyScore,
    TargetCompany,
)
from prep.redirects import next_url_or

COMPANIES_PER_PAGE = 20


def _with_partial(request: HttpRequest, template_name: str, partial: str) -> str:
    """The server, not the client, picks the fragment an HTMX request gets."""
    return f"{template_name}#{partial}" if request.htmx else template_name


def _render(request: HttpRequest, template_name: str, context: dict) -> TemplateResponse:
    response = TemplateResponse(request, template_name, context)
    # The same URL answers with a page or a fragment: caches must keep them apart.
    patch_vary_headers(response, ["HX-Request"])
    return response


# --------------------------------------------------------------------------------------------
# Company directory


@require_safe
def company_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    kind = request.GET.get("kind", "")
    if kind not in CompanyKind.values:
        kind = ""
    companies = (
        Company.objects.in_directory()
        .search(query)
        .of_kind(kind)
        .with_target_flag(request.user)
        .only("name", "slug", "kind", "summary")
    )
    page = Paginator(companies, COMPANIES_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "query": query,
        "kind": kind,
        "kinds": CompanyKind.choices,
        "page_obj": page,
        "companies": page.object_list,
    }
    return _render(
        request, _with_partial(request, "catalog/company_list.html", "company-results"), context
    )


# --------------------------------------------------------------------------------------------
# Company page


def _company_page_queryset(user) -> QuerySet[Company]:
    """A published company with every section prefetched: a constant number of queries,
    however many items each section holds."""
    published_questions = InterviewQuestion.objects.published().order_by("order", "pk")
    return (
        Company.objects.published()
        .with_target_flag(user)
        .prefetch_related(
            "segments",
            Prefetch(
                "surveys",
                queryset=SatisfactionSurvey.objects.prefetch_related(
                    Prefetch("scores", queryset=SurveyScore.objects.select_related("category")),
                    "quotes",
                ),
            ),
            "core_values",
            "talent_traits",
            "news",
            "hiring_steps",
            Prefetch("hiring_counts", queryset=HiringCount.objects.select_related("hiring_type")),
            Prefetch(
                "essay_prompts",
                queryset=EssayPrompt.objects.published()
                .select_related("season")
                .prefetch_related(
                    "competencies",
                    Prefetch(
                        "sample_answers",
                        queryset=SampleAnswer.objects.published().prefetch_related("competencies"),
                    ),
                )
                .order_by("-season__year", "-season__half", "order", "pk"),
                to_attr="published_prompts",
            ),
            Prefetch(
                "interview_reviews",
                queryset=InterviewReview.objects.published()
                .select_related("season")
                .prefetch_related(Prefetch("questions", queryset=published_questions))
                .order_by("-season__year", "-season__half", "pk"),
                to_attr="published_reviews",
            ),
            Prefetch(
                "interview_questions",
                queryset=published_questions.select_related("season").prefetch_related(
                    "competencies"
                ),
                to_attr="published_questions",
            ),
        )
    )


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


@require_safe
def company_detail(request: HttpRequest, slug: str) -> HttpResponse:
    company = get_object_or_404(_company_page_queryset(request.user), slug=slug)
    reviews = company.published_reviews
    context = {
        "company": company,
        "survey": company.latest_survey,
        "hiring": hiring_table(list(company.hiring_counts.all())),
        "appealed": appealed_competencies(company.published_prompts),
        "difficulty_shares": distribution([r.difficulty for r in reviews], Difficulty.choices),
        "atmosphere_shares": distribution([r.atmosphere for r in reviews], Atmosphere.choices),
        "question_groups": questions_by_type(company.published_questions),
    }
    return _render(request, "catalog/company_detail.html", context)


# --------------------------------------------------------------------------------------------
# Targets


@require_POST
@login_required
def target_toggle(request: HttpRequest, slug: str) -> HttpResponse:
    company = get_object_or_404(Company.objects.published(), slug=slug)
    company.is_target = TargetCompany.toggle(user=request.user, company=company)
    if request.htmx:
        return TemplateResponse(request, "catalog/_target_button.html", {"company": company})
    if company.is_target:
        message = _("%(name)s을(를) 지원 기업으로 표시했습니다.")
    else:
        message = _("%(name)s을(를) 지원 기업에서 뺐습니다.")
    messages.success(request, message % {"name": company.name})
    return HttpResponseRedirect(next_url_or(request, company.get_absolute_url()))


# --------------------------------------------------------------------------------------------
# Question bank (the form, filters and paging are in prep/catalog/bank.py)


@require_safe
def question_bank(request: HttpRequest) -> HttpResponse:
    form = QuestionBankFilterForm(request.GET)
    results = bank_results(form.filters(), request.GET.get("page"))
    context = {
        "form": form,
        "show": results.show,
        "counts": results.counts,
        "page_obj": results.page,
        "items": results.page.object_list,
        "filtered": results.filtered,
    }
    return _render(
        request, _with_partial(request, "catalog/question_bank.html", "question-results"), context
    )
