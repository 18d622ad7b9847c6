"""Candidate-facing catalogue pages: the company directory, a company's page, targets, and the
question bank. All public; only published content is shown, and a candidate's own company
("내 지원처", `own_views.py`) to that candidate only. Views are glue: the company page's
sections live in `company_page.py` and `page_cache.py`, the question bank's form, filters and paging
in `bank.py`."""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from prep.candidate_pages import candidate_page
from prep.catalog import company_page, page_cache
from prep.catalog.bank import QuestionBankFilterForm, bank_results
from prep.catalog.compare import MAX_COMPARED, compare
from prep.catalog.models import COMPANY_PAGE_SECTIONS, Company, CompanyKind, TargetCompany
from prep.catalog.own_companies import curated_match
from prep.catalog.search import MAX_QUERY_LENGTH, bounded_query
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
@page_cache.anonymous_page
def company_list(request: HttpRequest) -> HttpResponse:
    typed = request.GET.get("q", "")
    query, query_cut = bounded_query(typed)
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
        "typed_query": typed,
        "query_cut": query_cut,
        "max_query_length": MAX_QUERY_LENGTH,
        "kind": kind,
        "kinds": CompanyKind.choices,
        "page_obj": page,
        "companies": page.object_list,
        # The candidate's own companies are theirs: named above the results, never among them.
        "own_companies": Company.objects.owned_by(request.user).only("name", "slug"),
    }
    return _render(
        request, _with_partial(request, "catalog/company_list.html", "company-results"), context
    )


# --------------------------------------------------------------------------------------------
# Company page


SECTIONS_TEMPLATE = "catalog/company_detail.html#company-sections"
HEADER_TEMPLATES = {
    "heading": "catalog/company_detail.html#company-heading",
    "header_end": "catalog/company_detail.html#company-header-end",
}


@require_safe
@page_cache.anonymous_page
@candidate_page
def company_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A published company's page, or an own company's for its owner (anyone else: 404)."""
    company = get_object_or_404(
        Company.objects.visible_to(request.user).with_target_flag(request.user), slug=slug
    )

    def render_sections() -> str:
        # Without the request: nothing of one candidate's may end up in the shared fragment.
        full = Company.objects.for_company_page().get(pk=company.pk)
        return render_to_string(SECTIONS_TEMPLATE, company_page.sections_context(full))

    context = {
        "company": company,
        "sections": page_cache.company_fragment(company, SECTIONS_TEMPLATE, render_sections),
    }
    if company.is_own:
        context["curated"] = curated_match(company.name)  # offered to move to (옮기기)
    for name, template_name in HEADER_TEMPLATES.items():
        # The company's own words around the candidate's buttons: the same for everyone but an
        # own company's owner, whose banner follows the catalogue (`curated`).
        header = {"company": company, "curated": context.get("curated")}
        if company.is_own:
            context[name] = render_to_string(template_name, header)
        else:
            context[name] = page_cache.company_fragment(
                company, template_name, partial(render_to_string, template_name, header)
            )
    response = _render(request, "catalog/company_detail.html", context)
    if company.is_own:
        patch_cache_control(response, private=True)  # one candidate's page, never shared
    return response


@require_safe
@page_cache.anonymous_page
def company_section(request: HttpRequest, slug: str, section: str) -> HttpResponse:
    """All of one long list of a company's page ("더 보기"), a page at a time."""
    if section not in COMPANY_PAGE_SECTIONS:
        raise Http404
    company = get_object_or_404(
        Company.objects.visible_to(request.user).with_section(section), slug=slug
    )
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
    company = get_object_or_404(Company.objects.visible_to(request.user), slug=slug)
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
@page_cache.anonymous_page
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


# --------------------------------------------------------------------------------------------
# 기관 비교 (the comparison is built in prep/catalog/compare.py)


@require_safe
def company_compare(request: HttpRequest) -> HttpResponse:
    comparison = compare(
        slugs=request.GET.getlist("c"), user=request.user, query=request.GET.get("q", "")
    )
    context = {"comparison": comparison, "max_compared": MAX_COMPARED}
    return TemplateResponse(request, "catalog/company_compare.html", context)
