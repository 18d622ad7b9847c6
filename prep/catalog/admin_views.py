"""Admin pages that are not a ModelAdmin's own: uploading a company report, or an ALIO 경영공시
XLSX file, to import.

Wired by `CompanyAdmin.get_urls` as

    path("import-report/", self.admin_site.admin_view(partial(import_report_upload,
         admin_site=self.admin_site)), name="catalog_company_import_report")

so `admin_view` already sends anyone who is not active staff to the admin login and protects
the form against CSRF; this view checks the catalogue permissions itself.
"""

from pathlib import PurePath

from django import forms
from django.contrib.admin import AdminSite
from django.contrib.admin.widgets import AdminDateWidget, AdminRadioSelect
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from prep.catalog.importers import (
    ImportSummary,
    Policy,
    ReportError,
    decode_report,
    import_report,
)
from prep.catalog.importers.alio import AlioFileError, AlioImportSummary, import_alio
from prep.catalog.models import Company

MAX_REPORT_SIZE = 2 * 1024 * 1024
REPORT_EXTENSIONS = (".txt", ".md")
REQUIRED_PERMISSIONS = ("catalog.add_company", "catalog.change_company")
SESSION_KEY = "catalog_import_report_summary"


class ReportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("리포트 파일"),
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.md,text/plain,text/markdown"}),
        help_text=_("기업 분석 리포트 또는 적극행정 우수사례 목록 (.txt, .md, 2MB 이하)"),
    )
    encoding = forms.ChoiceField(
        label=_("인코딩"),
        required=False,
        choices=[
            ("", _("자동 감지 (UTF-8, 그다음 CP949)")),
            ("utf-8", "UTF-8"),
            ("cp949", "CP949"),
            ("euc-kr", "EUC-KR"),
        ],
    )
    policy = forms.TypedChoiceField(
        label=_("관리자가 고쳐 쓴 글"),
        choices=[
            (Policy.KEEP, _("큐레이션한 글 유지 (숫자와 날짜만 맞춤)")),
            (Policy.REPLACE, _("리포트의 글로 바꾸기")),
        ],
        coerce=Policy,
        initial=Policy.KEEP,
        required=False,
        empty_value=Policy.KEEP,
        widget=AdminRadioSelect(attrs={"class": "radiolist"}),
    )
    dry_run = forms.BooleanField(
        label=_("시험 실행 (저장하지 않고 바뀔 내용만 보기)"), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if PurePath(upload.name).suffix.lower() not in REPORT_EXTENSIONS:
            raise forms.ValidationError(
                _("텍스트(.txt) 또는 마크다운(.md) 파일만 올릴 수 있습니다."), code="extension"
            )
        if upload.size > MAX_REPORT_SIZE:
            raise forms.ValidationError(
                _("파일이 너무 큽니다 (%(size)s). 2MB 이하의 파일만 올릴 수 있습니다."),
                code="size",
                params={"size": filesizeformat(upload.size)},
            )
        return upload


@require_http_methods(["GET", "HEAD", "POST"])
def import_report_upload(request: HttpRequest, admin_site: AdminSite) -> HttpResponse:
    user = request.user
    if not user.has_perms(REQUIRED_PERMISSIONS):
        raise PermissionDenied
    form = ReportUploadForm(request.POST or None, request.FILES or None)
    summary, error = None, None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            text = decode_report(upload.read(), form.cleaned_data["encoding"] or None)
            summary = import_report(
                text=text,
                source_name=upload.name,
                dry_run=form.cleaned_data["dry_run"],
                policy=form.cleaned_data["policy"],
            )
        except ReportError as report_error:
            error = report_error
        else:
            if not summary.dry_run:
                # Post/Redirect/Get: a reload must not post the file again. A dry run wrote
                # nothing, so its result is simply shown.
                request.session[SESSION_KEY] = summary.to_dict()
                return redirect(f"{admin_site.name}:catalog_company_import_report")
    elif request.method == "GET" and SESSION_KEY in request.session:
        summary = ImportSummary.from_dict(request.session.pop(SESSION_KEY))
    context = {
        **admin_site.each_context(request),
        "title": _("리포트 가져오기"),
        "opts": Company._meta,
        "form": form,
        "summary": summary,
        "error": error,
        "max_size": MAX_REPORT_SIZE,
    }
    return TemplateResponse(request, "admin/catalog/import_report.html", context)


# --------------------------------------------------------------------------------------------
# ALIO 경영공시 XLSX (wired by CompanyAdmin.get_urls as catalog_company_import_alio)

MAX_ALIO_SIZE = 10 * 1024 * 1024
ALIO_SESSION_KEY = "catalog_import_alio_summary"


class AlioUploadForm(forms.Form):
    file = forms.FileField(
        label=_("경영공시 XLSX 파일"),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
        help_text=_(
            "ALIO 경영공시 항목별 내려받기: 임직원수현황, 신규채용현황, 직원평균보수현황"
            "(신입사원초임 시트 포함) (.xlsx, 10MB 이하)"
        ),
    )
    as_of = forms.DateField(
        label=_("기준일"),
        required=False,
        widget=AdminDateWidget,
        help_text=_("수치의 공시 기준일. 비워 두면 오늘 날짜로 적습니다."),
    )
    create_companies = forms.BooleanField(
        label=_("카탈로그에 없는 기관은 비공개 기업으로 만들기"), required=False
    )
    dry_run = forms.BooleanField(
        label=_("시험 실행 (저장하지 않고 바뀔 내용만 보기)"), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if PurePath(upload.name).suffix.lower() != ".xlsx":
            raise forms.ValidationError(
                _("엑셀 통합 문서(.xlsx) 파일만 올릴 수 있습니다."), code="extension"
            )
        if upload.size > MAX_ALIO_SIZE:
            raise forms.ValidationError(
                _("파일이 너무 큽니다 (%(size)s). 10MB 이하의 파일만 올릴 수 있습니다."),
                code="size",
                params={"size": filesizeformat(upload.size)},
            )
        return upload


@require_http_methods(["GET", "HEAD", "POST"])
def import_alio_upload(request: HttpRequest, admin_site: AdminSite) -> HttpResponse:
    if not request.user.has_perms(REQUIRED_PERMISSIONS):
        raise PermissionDenied
    form = AlioUploadForm(
        request.POST or None, request.FILES or None, initial={"as_of": timezone.localdate()}
    )
    summary, errors = None, []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            summary = import_alio(
                data=upload.read(),
                source_name=upload.name,
                dry_run=form.cleaned_data["dry_run"],
                create_companies=form.cleaned_data["create_companies"],
                as_of=form.cleaned_data["as_of"],
            )
        except AlioFileError as error:
            errors = error.errors
        else:
            if not summary.dry_run:
                request.session[ALIO_SESSION_KEY] = summary.to_dict()
                return redirect(f"{admin_site.name}:catalog_company_import_alio")
    elif request.method == "GET" and ALIO_SESSION_KEY in request.session:
        summary = AlioImportSummary.from_dict(request.session.pop(ALIO_SESSION_KEY))
    context = {
        **admin_site.each_context(request),
        "title": _("경영공시 수치 가져오기 (ALIO)"),
        "opts": Company._meta,
        "form": form,
        "media": form.media,
        "summary": summary,
        "errors": errors,
    }
    return TemplateResponse(request, "admin/catalog/import_alio.html", context)
