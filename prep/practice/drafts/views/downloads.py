"""A draft, or all of a company's drafts, downloaded as plain text or Word."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from prep.practice.drafts import export
from prep.practice.drafts.models import Draft
from prep.practice.drafts.views.drafts import owned_company
from prep.practice.drafts.views.editor import owned_draft


def _file_response(content: bytes | str, *, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def _export(drafts: list[Draft], *, title: str, filename: str, file_format: str) -> HttpResponse:
    if file_format == "docx":
        return _file_response(
            export.drafts_docx(drafts, title=title),
            filename=f"{filename}.docx",
            content_type=export.DOCX_CONTENT_TYPE,
        )
    if file_format == "txt":
        return _file_response(
            export.drafts_txt(drafts).encode(),
            filename=f"{filename}.txt",
            content_type=export.TXT_CONTENT_TYPE,
        )
    raise Http404


@require_safe
@login_required
def draft_export(request: HttpRequest, pk: int) -> HttpResponse:
    draft = owned_draft(request, pk)
    file_format = request.GET.get("format", "txt")
    filename = export.draft_filename(draft, file_format).rsplit(".", 1)[0]
    title = export.draft_title(draft)
    return _export([draft], title=title, filename=filename, file_format=file_format)


@require_safe
@login_required
def company_drafts_export(request: HttpRequest, slug: str) -> HttpResponse:
    company = owned_company(request, slug)
    drafts = list(request.user.drafts.with_catalog().for_company(company).order_by("pk"))
    file_format = request.GET.get("format", "txt")
    filename = export.company_filename(company, file_format).rsplit(".", 1)[0]
    title = _("%(company)s 자기소개서") % {"company": company.name}
    return _export(drafts, title=title, filename=filename, file_format=file_format)
