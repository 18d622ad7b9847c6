"""Admin for 채용 공고: postings with their steps and prompts inline, publish actions, CSV/XLSX
export, and the 잡알리오 JSON upload (with dry run).

Postings are written only by `prep.catalog.importers.postings` and by these forms; spreadsheets
are for export, so there is no second importer with its own matching rules.
"""

from functools import partial
from pathlib import PurePath

from django import forms
from django.contrib import admin
from django.contrib.admin import AdminSite
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from import_export.admin import ExportMixin
from import_export.formats import base_formats

from prep.catalog.admin.common import NamedResources, publish, unpublish
from prep.catalog.importers.postings import (
    PostingFileError,
    PostingImportSummary,
    import_postings,
)
from prep.catalog.models.postings import Posting, PostingPrompt, PostingStep, Region

MAX_POSTINGS_FILE_SIZE = 5 * 1024 * 1024
REQUIRED_PERMISSIONS = ("catalog.add_posting", "catalog.change_posting")
SESSION_KEY = "catalog_import_postings_summary"


class PostingStepInline(admin.TabularInline):
    model = PostingStep
    extra = 0


class PostingPromptForm(forms.ModelForm):
    class Meta:
        model = PostingPrompt
        fields = ["prompt", "order"]

    def clean(self):
        cleaned = super().clean()
        prompt = cleaned.get("prompt")
        posting = self.instance.posting if self.instance.posting_id else None
        if prompt and posting and prompt.company_id != posting.company_id:
            raise ValidationError(_("이 공고의 기관에 속한 문항만 연결할 수 있습니다."))
        return cleaned


class PostingPromptInline(admin.TabularInline):
    model = PostingPrompt
    form = PostingPromptForm
    extra = 0
    autocomplete_fields = ["prompt"]


@admin.register(Posting)
class PostingAdmin(NamedResources, ExportMixin, admin.ModelAdmin):
    resource_paths = ("prep.catalog.posting_resource.PostingResource",)
    change_list_template = "admin/catalog/posting/change_list.html"
    export_formats = [base_formats.CSV, base_formats.XLSX]
    to_encoding = "utf-8-sig"
    list_display = ["title", "company", "opens_at", "closes_at", "recruit_kind", "published"]
    list_select_related = ["company"]
    list_filter = [
        "published",
        "recruit_kind",
        "hiring_types",
        ("company", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["title", "company__name", "source_id"]
    date_hierarchy = "closes_at"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    autocomplete_fields = ["company"]
    filter_horizontal = ["hiring_types", "regions"]
    list_per_page = 50
    show_full_result_count = False
    actions = [publish, unpublish]
    inlines = [PostingStepInline, PostingPromptInline]
    fieldsets = [
        (None, {"fields": ["company", "season", "title", "published", "source_id", "source_url"]}),
        (_("접수 기간"), {"fields": ["opens_at", "closes_at"]}),
        (
            _("채용 구분"),
            {"fields": ["recruit_kind", "hiring_types", "openings", "regions", "replacement"]},
        ),
        (
            _("자격과 절차"),
            {
                "fields": [
                    "ncs_classifications",
                    "education",
                    "eligibility",
                    "preferences",
                    "procedure",
                    "disqualifications",
                    "blind_hiring",
                ]
            },
        ),
    ]

    def has_export_permission(self, request):
        return self.has_view_or_change_permission(request)

    def get_export_queryset(self, request):
        queryset = super().get_export_queryset(request)
        return queryset.select_related("company").prefetch_related("hiring_types", "regions")

    def get_urls(self):
        upload = partial(import_postings_upload, admin_site=self.admin_site)
        return [
            path(
                "import-jobalio/",
                self.admin_site.admin_view(upload),
                name="catalog_posting_import",
            ),
            *super().get_urls(),
        ]


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["name", "code"]
    search_fields = ["name"]


class PostingsUploadForm(forms.Form):
    file = forms.FileField(
        label=_("잡알리오 JSON 파일"),
        widget=forms.ClearableFileInput(attrs={"accept": ".json,application/json"}),
        help_text=_('채용정보 API가 돌려준 {"result": [...]} 형식 (.json, 5MB 이하)'),
    )
    dry_run = forms.BooleanField(
        label=_("시험 실행 (저장하지 않고 바뀔 내용만 보기)"), required=False
    )
    create_companies = forms.BooleanField(
        label=_("카탈로그에 없는 기관은 비공개 기업으로 만들기"), required=False
    )
    publish = forms.BooleanField(label=_("새 공고를 바로 공개"), required=False)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if PurePath(upload.name).suffix.lower() != ".json":
            raise ValidationError(_("JSON(.json) 파일만 올릴 수 있습니다."), code="extension")
        if upload.size > MAX_POSTINGS_FILE_SIZE:
            raise ValidationError(_("파일이 너무 큽니다. 5MB 이하만 올릴 수 있습니다."))
        return upload


@require_http_methods(["GET", "HEAD", "POST"])
def import_postings_upload(request: HttpRequest, admin_site: AdminSite) -> HttpResponse:
    if not request.user.has_perms(REQUIRED_PERMISSIONS):
        raise PermissionDenied
    form = PostingsUploadForm(request.POST or None, request.FILES or None)
    summary, errors = None, []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            summary = import_postings(
                data=upload.read(),
                source_name=upload.name,
                dry_run=form.cleaned_data["dry_run"],
                create_companies=form.cleaned_data["create_companies"],
                publish=form.cleaned_data["publish"],
            )
        except PostingFileError as error:
            errors = error.errors
        else:
            if not summary.dry_run:
                request.session[SESSION_KEY] = summary.to_dict()
                return redirect(f"{admin_site.name}:catalog_posting_import")
    elif request.method == "GET" and SESSION_KEY in request.session:
        summary = PostingImportSummary.from_dict(request.session.pop(SESSION_KEY))
    context = {
        **admin_site.each_context(request),
        "title": _("잡알리오 공고 가져오기"),
        "opts": Posting._meta,
        "form": form,
        "summary": summary,
        "errors": errors,
    }
    return TemplateResponse(request, "admin/catalog/import_postings.html", context)
