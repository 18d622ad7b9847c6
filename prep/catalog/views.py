"""Candidate-facing catalogue pages: the company directory, a company's page, targets, and the
question bank. All public; only published content is shown."""

from collections.abc import Iterable
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from prep.catalog import company_page, page_cache
from prep.catalog.models import (
    COMPANY_PAGE_SECTIONS,
    Company,
    CompanyKind,
    Competency,
    CompetencyTaxonomy,
    EssayPrompt,
    HalfYear,
    InterviewQuestion,
    JobFamily,
    QuestionType,
    Season,
    TargetCompany,
)
from prep.catalog.search import search_questions

COMPANIES_PER_PAGE = 20
QUESTIONS_PER_PAGE = 20


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


SECTIONS_TEMPLATE = "catalog/company_detail.html#company-sections"


@require_safe
def company_detail(request: HttpRequest, slug: str) -> HttpResponse:
    company = get_object_or_404(
        Company.objects.published().with_target_flag(request.user), slug=slug
    )

    def render_sections() -> str:
        # Without the request: nothing of one candidate's may end up in the shared fragment.
        full = Company.objects.for_company_page().get(pk=company.pk)
        return render_to_string(SECTIONS_TEMPLATE, company_page.sections_context(full))

    sections = page_cache.company_fragment(company, SECTIONS_TEMPLATE, render_sections)
    return _render(
        request, "catalog/company_detail.html", {"company": company, "sections": sections}
    )


@require_safe
def company_section(request: HttpRequest, slug: str, section: str) -> HttpResponse:
    """All of one long list of a company's page ("더 보기"), a page at a time."""
    if section not in COMPANY_PAGE_SECTIONS:
        raise Http404
    company = get_object_or_404(Company.objects.with_section(section), slug=slug)
    items = company_page.section_items(company, section)
    page = Paginator(items, company_page.SECTION_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"company": company, "section": section, "page_obj": page, "items": page.object_list}
    if section == "questions":
        context["question_groups"] = company_page.questions_by_type(page.object_list)
    return _render(request, "catalog/company_section.html", context)


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
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = company.get_absolute_url()
    return HttpResponseRedirect(next_url)


# --------------------------------------------------------------------------------------------
# Question bank


# A company, competency or season saved in the admin clears the cache at once; the timeout only
# bounds how long a change made outside Django (a raw SQL fix) could go unseen.
FILTER_OPTIONS_SECONDS = 600


COMPETENCY_TAXONOMY_KEY = "catalog:competency-taxonomy"


def clear_filter_options(**kwargs) -> None:
    cache.delete_many(
        [
            COMPETENCY_TAXONOMY_KEY,
            *(
                f"catalog:question-bank-options:{name}:{language}"
                for name in QuestionBankFilterForm.SELECTS
                for language, _label in settings.LANGUAGES
            ),
        ]
    )


def competency_taxonomy(*, knowing: Iterable[int] = ()) -> CompetencyTaxonomy:
    """Competency.taxonomy(), from the cache: every page of results names its competencies and
    an NCS-area filter needs what the area covers, and the taxonomy changes only in the admin.
    Read afresh when it lacks an id in `knowing` (a competency added outside the admin)."""
    taxonomy = cache.get(COMPETENCY_TAXONOMY_KEY)
    if taxonomy is None or not set(knowing) <= taxonomy.names.keys():
        taxonomy = Competency.taxonomy()
        cache.set(COMPETENCY_TAXONOMY_KEY, taxonomy, timeout=FILTER_OPTIONS_SECONDS)
    return taxonomy


class QuestionBankFilterForm(forms.Form):
    """The question bank's search box and filters; every field is optional."""

    SHOW_CHOICES = [
        ("questions", gettext_lazy("면접 질문")),
        ("prompts", gettext_lazy("자소서 문항")),
    ]

    q = forms.CharField(label=gettext_lazy("검색어"), required=False, max_length=100)
    company = forms.ModelChoiceField(
        label=gettext_lazy("기업"),
        queryset=Company.objects.published().only("name", "slug"),
        to_field_name="slug",
        required=False,
        empty_label=gettext_lazy("모든 기업"),
    )
    type = forms.ChoiceField(
        label=gettext_lazy("면접 질문 유형"),
        choices=[("", gettext_lazy("모든 유형")), *QuestionType.choices],
        required=False,
    )
    competency = forms.ModelChoiceField(
        label=gettext_lazy("역량"),
        queryset=Competency.objects.order_by("kind", "order", "name"),
        required=False,
        empty_label=gettext_lazy("모든 역량"),
        help_text=gettext_lazy("NCS 영역을 고르면 그 하위능력도 함께 찾습니다."),
    )
    season = forms.ModelChoiceField(
        label=gettext_lazy("채용 시즌"),
        queryset=Season.objects.all(),
        required=False,
        empty_label=gettext_lazy("모든 시즌"),
    )
    job_family = forms.ChoiceField(
        label=gettext_lazy("자소서 직군"),
        choices=[("", gettext_lazy("모든 직군")), *JobFamily.choices],
        required=False,
    )
    show = forms.ChoiceField(choices=SHOW_CHOICES, required=False, widget=forms.HiddenInput)

    SELECTS = ["company", "type", "competency", "season", "job_family"]

    def select_fields(self) -> list[tuple]:
        """(bound field, its <option> elements) for each select.

        With ~300 companies and ~50 competencies, building the options cost more than the
        search itself (bench/question_search_bench.py), so each select's escaped options are
        cached until a company, competency or season changes (`clear_filter_options`).
        """
        selects = []
        for name in self.SELECTS:
            bound = self[name]
            current = "" if bound.value() is None else str(bound.value())
            options = [
                option.replace("<option ", "<option selected ", 1) if value == current else option
                for value, option in self._options(name)
            ]
            selects.append((bound, mark_safe("".join(options))))  # each option is escaped
        return selects

    def _options(self, name: str) -> list[tuple[str, str]]:
        key = f"catalog:question-bank-options:{name}:{get_language()}"
        options = cache.get(key)
        if options is None:
            options = [
                (str(value), format_html('<option value="{}">{}</option>', value, label))
                for value, label in self.fields[name].choices
            ]
            cache.set(key, options, timeout=FILTER_OPTIONS_SECONDS)
        return options

    def filters(self) -> dict:
        """The valid filters; an invalid one is dropped (its error is shown) rather than
        emptying the whole result."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


def filtered_questions(filters: dict) -> QuerySet[InterviewQuestion]:
    questions = InterviewQuestion.objects.in_bank()
    if company := filters.get("company"):
        questions = questions.filter(company=company)
    if question_type := filters.get("type"):
        questions = questions.filter(question_type=question_type)
    if season := filters.get("season"):
        questions = questions.filter(season=season)
    if competency_ids := filters.get("competency_ids"):
        questions = questions.with_competencies(competency_ids, searching=bool(filters.get("q")))
    return search_questions(questions, filters.get("q", ""))


def filtered_prompts(filters: dict) -> QuerySet[EssayPrompt]:
    prompts = EssayPrompt.objects.in_bank()
    if company := filters.get("company"):
        prompts = prompts.filter(company=company)
    if job_family := filters.get("job_family"):
        prompts = prompts.filter(job_family=job_family)
    if season := filters.get("season"):
        prompts = prompts.filter(season=season)
    if competency_ids := filters.get("competency_ids"):
        prompts = prompts.with_competencies(competency_ids, searching=bool(filters.get("q")))
    return search_questions(prompts, filters.get("q", ""))


@dataclass(frozen=True)
class ResultCount:
    number: int
    capped: bool  # True when there are more than `number` results


# Counting every match of a broad search over 50,000 questions costs more than the page
# itself; past this many, "1,000개 이상" tells a candidate as much as the exact number.
RESULT_COUNT_CAP = 1000


def capped_count(queryset: QuerySet) -> ResultCount:
    # Unordered, so the database can stop at the cap instead of sorting every match first.
    number = queryset.order_by()[: RESULT_COUNT_CAP + 1].count()
    return ResultCount(min(number, RESULT_COUNT_CAP), number > RESULT_COUNT_CAP)


class CappedPaginator(Paginator):
    """Pages over the ids of the newest RESULT_COUNT_CAP matches (pages past it are not
    offered); `result_count` says whether there were more."""

    def __init__(self, newest_ids: list[int], per_page: int) -> None:
        super().__init__(newest_ids[:RESULT_COUNT_CAP], per_page)
        self.result_count = ResultCount(
            min(len(newest_ids), RESULT_COUNT_CAP), len(newest_ids) > RESULT_COUNT_CAP
        )


def newest_first_page(queryset: QuerySet, number: str | None) -> Page:
    """Page `number` of `queryset`, newest first, with a count capped at RESULT_COUNT_CAP.

    One query fetches the ids of the first RESULT_COUNT_CAP + 1 matches: they give the count
    and the page, so the search runs once, not once for the count and again for the page.
    A second query reads the page's rows by primary key.
    """
    newest_ids = list(queryset.order_by("-pk").values_list("pk", flat=True)[: RESULT_COUNT_CAP + 1])
    page = CappedPaginator(newest_ids, QUESTIONS_PER_PAGE).get_page(number)
    page.object_list = list(queryset.model._default_manager.bank_page(page.object_list))
    return page


def competency_names(model, items: list) -> dict[int, list[str]]:
    """The names of each item's competencies, by item id, in the taxonomy's order.

    One query over the tag table, names from the cached taxonomy; prefetch_related cost 5 ms
    a page more, most of it building a related manager and a model instance per tag.
    """
    tags = list(model.objects.tags_of([item.pk for item in items]))
    taxonomy = competency_taxonomy(knowing={competency for _item, competency in tags})
    position = {competency: index for index, competency in enumerate(taxonomy.names)}
    names: dict[int, list[str]] = {}
    for item, competency in sorted(tags, key=lambda tag: position[tag[1]]):
        names.setdefault(item, []).append(taxonomy.names[competency])
    return names


def label_items(items: list, show: str) -> None:
    """Attach display labels to a page of results.

    get_FOO_display() hashes every lazy choice label on each call, which costs more than the
    rest of rendering a page; one dict per page is enough.
    """
    if not items:
        return
    names = competency_names(type(items[0]), items)
    halves = {value: str(label) for value, label in HalfYear.choices}
    if show == "prompts":
        kinds = {value: str(label) for value, label in JobFamily.choices}
        key = "job_family"
    else:
        kinds = {value: str(label) for value, label in QuestionType.choices}
        key = "question_type"
    for item in items:
        item.competency_names = names.get(item.pk, [])
        item.kind_label = kinds.get(getattr(item, key), "")
        item.season_label = (
            f"{item.season.year} {halves.get(item.season.half, '')}" if item.season else ""
        )


@require_safe
def question_bank(request: HttpRequest) -> HttpResponse:
    form = QuestionBankFilterForm(request.GET)
    filters = form.filters()
    if competency := filters.get("competency"):
        filters["competency_ids"] = competency_taxonomy(knowing=[competency.pk]).covered[
            competency.pk
        ]
    show = filters.get("show", "questions")

    questions = filtered_questions(filters)
    prompts = filtered_prompts(filters)
    if show == "prompts":
        shown, other, other_name = prompts, questions, "questions"
    else:
        shown, other, other_name = questions, prompts, "prompts"
    page = newest_first_page(shown, request.GET.get("page"))
    label_items(page.object_list, show)
    counts = {show: page.paginator.result_count, other_name: capped_count(other)}

    context = {
        "form": form,
        "show": show,
        "counts": counts,
        "page_obj": page,
        "items": page.object_list,
        "filtered": bool(set(filters) - {"show"}),
    }
    return _render(
        request, _with_partial(request, "catalog/question_bank.html", "question-results"), context
    )
