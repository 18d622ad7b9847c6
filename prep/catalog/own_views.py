"""내 지원처: adding, editing and deleting a candidate's own company (`own_companies.py` writes,
`own_forms.py` reads the input and the pasted text). The company's page is the catalogue's
company page (`views.company_detail`), which shows an own company to its owner only."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from prep.catalog.models import Company
from prep.catalog.own_companies import (
    MoveConflict,
    curated_match,
    delete_own_company,
    move_to_curated,
    save_own_company,
)
from prep.catalog.own_forms import FORMSETS, OwnCompanyForms

TEMPLATE = "catalog/own_company_form.html"


def owned_company(request: HttpRequest, slug: str) -> Company:
    """One of the candidate's own companies; anyone else's (or a curated one) is a 404."""
    return get_object_or_404(Company.objects.owned_by(request.user), slug=slug)


def _form_page(request: HttpRequest, company: Company | None) -> HttpResponse:
    """The form, a load of pasted text into it (불러오기), or the save."""
    forms = OwnCompanyForms(request.POST or None, owner=request.user, company=company)
    if request.method == "POST" and (kind := request.POST.get("load", "")) in FORMSETS:
        found = forms.load(kind)
        if found:
            messages.info(
                request,
                _("붙여 넣은 글에서 %(count)d개를 읽었습니다. 확인하고 저장하세요.")
                % {"count": found},
            )
        else:
            messages.warning(
                request, _("붙여 넣은 글에서 읽을 항목을 찾지 못했습니다. 직접 입력해 주세요.")
            )
    elif request.method == "POST" and forms.is_valid():
        company = save_own_company(owner=request.user, company=company, **forms.writer_input())
        messages.success(request, _("‘%(name)s’을(를) 저장했습니다.") % {"name": company.name})
        return redirect(company)
    context = {"forms": forms, "company": company, "curated": forms.form.curated}
    return TemplateResponse(request, TEMPLATE, context)


@require_http_methods(["GET", "POST"])
@login_required
def own_company_new(request: HttpRequest) -> HttpResponse:
    return _form_page(request, None)


@require_http_methods(["GET", "POST"])
@login_required
def own_company_edit(request: HttpRequest, slug: str) -> HttpResponse:
    return _form_page(request, owned_company(request, slug))


@require_http_methods(["GET", "POST"])
@login_required
def own_company_delete(request: HttpRequest, slug: str) -> HttpResponse:
    company = owned_company(request, slug)
    if request.method == "POST":
        delete_own_company(owner=request.user, company=company)
        messages.success(request, _("‘%(name)s’을(를) 지웠습니다.") % {"name": company.name})
        return redirect("catalog:company_list")
    return TemplateResponse(request, "catalog/own_company_delete.html", {"company": company})


@require_http_methods(["GET", "POST"])
@login_required
def own_company_move(request: HttpRequest, slug: str) -> HttpResponse:
    """옮기기: the catalogue now has this company; the candidate's work moves to it."""
    company = owned_company(request, slug)
    curated = curated_match(company.name)
    if curated is None:
        messages.info(request, _("카탈로그에 같은 기업이 아직 없습니다."))
        return redirect(company)
    if request.method == "POST":
        try:
            move_to_curated(owner=request.user, own=company, curated=curated)
        except MoveConflict as conflict:
            messages.error(
                request,
                _(
                    "옮기지 못했습니다: %(what)s에 ‘%(name)s’이(가) 이미 있습니다. "
                    "정리한 뒤 다시 시도하세요."
                )
                % {"what": conflict, "name": curated.name},
            )
            return redirect(company)
        messages.success(
            request,
            _("‘%(name)s’(카탈로그)으로 옮겼습니다. 초안은 그대로 남아 있습니다.")
            % {"name": curated.name},
        )
        return redirect(curated)
    context = {"company": company, "curated": curated}
    return TemplateResponse(request, "catalog/own_company_move.html", context)
