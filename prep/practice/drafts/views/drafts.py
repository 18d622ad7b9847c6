"""My drafts: the list, starting a draft (from a prompt or my own question), one company's
drafts and deleting one."""

import hashlib
from itertools import groupby

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe
from django_htmx.http import HttpResponseClientRedirect

from prep.candidate_pages import candidate_fragment, candidate_page
from prep.catalog.models import (
    Company,
    EssayPrompt,
)
from prep.practice.drafts.forms import (
    CustomDraftForm,
)
from prep.practice.drafts.models import Draft
from prep.practice.drafts.views.editor import owned_draft


def owned_company(request: HttpRequest, slug: str) -> Company:
    """A company the candidate has drafts for; any other is a 404 like a stranger's draft."""
    return get_object_or_404(
        Company.objects.filter(pk__in=request.user.drafts.values("company_id")), slug=slug
    )


DRAFTS_PER_PAGE = 20
DRAFT_GROUPS_TEMPLATE = "practice/drafts/draft_list.html#draft-groups"


def draft_groups(user, page_number: str | None) -> dict:
    """One page of the candidate's drafts, grouped by company and season, with fill and
    over-limit warnings."""
    ordered = user.drafts.in_list_order()
    # The ids sorted alone, then the page's rows read: sorting whole joined rows grew with the
    # history (13 ms of a page at 1,000 drafts, against 4 ms this way).
    page = Paginator(ordered.values_list("pk", flat=True), DRAFTS_PER_PAGE).get_page(page_number)
    drafts = ordered.for_list().filter(pk__in=list(page.object_list))
    groups = []
    for (company, season), items in groupby(drafts, key=lambda d: (d.company, d.season)):
        rows = [{"draft": draft, "status": draft.limit_status()} for draft in items]
        over = sum(1 for row in rows if row["status"] and row["status"].zone == "over")
        groups.append({"company": company, "season": season, "rows": rows, "over": over})
    return {"groups": groups, "page_obj": page, "draft_count": page.paginator.count}


@require_safe
@login_required
@candidate_page
def draft_list(request: HttpRequest) -> HttpResponse:
    """My drafts, a page at a time, so a long history costs no more than a short one; the
    page is rendered once per change of the candidate's data (prep.candidate_pages)."""
    # Keyed by the whole query: the page links are made from it.
    query = hashlib.sha256(request.GET.urlencode().encode()).hexdigest()[:16]
    groups = candidate_fragment(
        request,
        f"draft-list:{query}",
        DRAFT_GROUPS_TEMPLATE,
        lambda: render_to_string(
            DRAFT_GROUPS_TEMPLATE,
            draft_groups(request.user, request.GET.get("page")),
            request=request,
        ),
    )
    return TemplateResponse(request, "practice/drafts/draft_list.html", {"draft_groups": groups})


@require_http_methods(["GET", "POST"])
@login_required
def draft_start(request: HttpRequest, prompt_pk: int) -> HttpResponse:
    prompt = get_object_or_404(
        EssayPrompt.objects.startable_by(request.user).select_related("company", "season"),
        pk=prompt_pk,
    )
    if request.method == "POST":
        with transaction.atomic():
            draft = Draft.objects.create(user=request.user, prompt=prompt, company=prompt.company)
            draft.competencies.set(prompt.competencies.all())
        messages.success(request, _("새 초안을 만들었습니다. 쓰는 동안 자동으로 저장됩니다."))
        return redirect(draft)
    existing = request.user.drafts.filter(prompt=prompt).order_by("-updated_at")
    return TemplateResponse(
        request, "practice/drafts/draft_start.html", {"prompt": prompt, "existing": existing}
    )


@require_http_methods(["GET", "POST"])
@login_required
def draft_new(request: HttpRequest) -> HttpResponse:
    """A draft for a question the candidate types in themselves."""
    form = CustomDraftForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        draft = form.save(commit=False)
        draft.user = request.user
        draft.save()
        messages.success(request, _("새 초안을 만들었습니다. 쓰는 동안 자동으로 저장됩니다."))
        return redirect(draft)
    return TemplateResponse(request, "practice/drafts/draft_new.html", {"form": form})


@require_safe
@login_required
def draft_company(request: HttpRequest, slug: str) -> HttpResponse:
    """The candidate's drafts for one company and the NCS areas they do and do not show."""
    company = owned_company(request, slug)
    drafts = request.user.drafts.with_catalog().for_company(company)
    return TemplateResponse(
        request,
        "practice/drafts/draft_company.html",
        {"company": company, "drafts": drafts, "coverage": drafts.ncs_coverage()},
    )


@require_http_methods(["GET", "POST"])
@login_required
def draft_delete(request: HttpRequest, pk: int) -> HttpResponse:
    draft = owned_draft(request, pk)
    if request.method == "POST":
        draft.delete()
        messages.success(request, _("초안을 삭제했습니다."))
        if request.htmx:
            return HttpResponseClientRedirect(reverse("practice:draft_list"))
        return redirect("practice:draft_list")
    return TemplateResponse(request, "practice/drafts/draft_delete.html", {"draft": draft})
