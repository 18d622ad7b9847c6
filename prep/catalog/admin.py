"""Admin curation of the catalogue and the question bank.

Company forms link other companies through autocomplete widgets and list pages select their
relations in one query, so the admin stays fast with thousands of companies. TargetCompany is
candidates' personal data and is deliberately not registered.
"""

from functools import partial

import regex
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportModelAdmin
from import_export.formats import base_formats
from import_export.forms import SelectableFieldsExportForm

from prep.catalog.admin_views import import_report_upload
from prep.catalog.models import (
    BusinessSegment,
    CoachTerm,
    Company,
    Competency,
    CoreValue,
    EssayPrompt,
    HiringCount,
    HiringStep,
    HiringType,
    InterviewQuestion,
    InterviewReview,
    NewsItem,
    SampleAnswer,
    SatisfactionSurvey,
    Season,
    SurveyCategory,
    SurveyQuote,
    SurveyScore,
    TalentTrait,
)
from prep.catalog.resources import (
    EssayPromptResource,
    InterviewQuestionResource,
    SampleAnswerResource,
)

# --------------------------------------------------------------------------------------------
# Publish / unpublish, shared by every model with a `published` flag


@admin.action(description=_("선택한 항목 공개"), permissions=["change"])
def publish(modeladmin, request, queryset):
    count = queryset.update(published=True)
    modeladmin.message_user(
        request,
        ngettext("%(count)d개 항목을 공개했습니다.", "%(count)d개 항목을 공개했습니다.", count)
        % {"count": count},
        messages.SUCCESS,
    )


@admin.action(description=_("선택한 항목 비공개"), permissions=["change"])
def unpublish(modeladmin, request, queryset):
    count = queryset.update(published=False)
    modeladmin.message_user(
        request,
        ngettext(
            "%(count)d개 항목을 비공개로 바꿨습니다.",
            "%(count)d개 항목을 비공개로 바꿨습니다.",
            count,
        )
        % {"count": count},
        messages.SUCCESS,
    )


class SpreadsheetCSV(base_formats.CSV):
    """CSV read as bytes, so a file saved by Korean Excel (CP949) imports as well as UTF-8."""

    def is_binary(self):
        return True

    def get_read_mode(self):
        return "rb"

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            try:
                in_stream = in_stream.decode("utf-8-sig")
            except UnicodeDecodeError:
                in_stream = in_stream.decode("cp949")
        return super().create_dataset(in_stream, **kwargs)


class KoreanFieldsExportForm(SelectableFieldsExportForm):
    """Export checkboxes named by the model's Korean verbose names, not "Job Family"; the file's
    column name stays beside each, since that is what a spreadsheet will show."""

    def _get_field_label(self, resource, field_name: str) -> str:
        field = resource.fields.get(field_name)
        column = field.column_name if field else field_name
        try:
            name = resource._meta.model._meta.get_field(field.attribute or field_name).verbose_name
        except (AttributeError, FieldDoesNotExist):
            return column
        return f"{name} ({column})"


class SpreadsheetAdmin(ImportExportModelAdmin):
    """CSV and XLSX import/export, allowed only to staff who may edit the model itself.

    django-import-export lets anyone who reaches the admin import unless a permission code is
    configured, so the model's own add/change (import) and view (export) permissions decide.
    """

    export_form_class = KoreanFieldsExportForm
    import_formats = [SpreadsheetCSV, base_formats.XLSX]
    export_formats = [base_formats.CSV, base_formats.XLSX]
    # With a byte-order mark Excel opens an exported CSV as UTF-8 instead of garbling Korean.
    to_encoding = "utf-8-sig"

    def has_import_permission(self, request):
        return self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        return self.has_view_or_change_permission(request)

    def get_export_queryset(self, request):
        # Every exported row lists its competencies.
        return super().get_export_queryset(request).prefetch_related("competencies")

    def process_import(self, request, **kwargs):
        """A stale or forged confirmation (its temporary file is gone, its format does not
        exist) goes back to the upload form with a message instead of failing."""
        form = self.create_confirm_form(request)
        if form.is_valid():
            chosen = form.cleaned_data["format"]
            if not chosen.isdigit() or int(chosen) >= len(self.get_import_formats()):
                return self._import_again(request)
        try:
            return super().process_import(request, **kwargs)
        except FileNotFoundError:
            return self._import_again(request)

    def _import_again(self, request):
        messages.error(
            request,
            _("가져오기 확인이 만료되었거나 파일을 찾을 수 없습니다. 파일을 다시 올려 주세요."),
        )
        opts = self.model._meta
        return redirect(f"admin:{opts.app_label}_{opts.model_name}_import")


# --------------------------------------------------------------------------------------------
# Company and the parts of its profile


class LineListField(forms.CharField):
    """A list of short strings edited as a textarea with one item per line."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(str(item) for item in value)
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]

    def has_changed(self, initial, data):
        return self.to_python(self.prepare_value(initial or [])) != self.to_python(data)


class NewsItemForm(forms.ModelForm):
    efforts = LineListField(
        label=_("노력"),
        required=False,
        help_text=_("한 줄에 하나씩 적습니다. 상황–노력–효과로 정리한 사례에만 씁니다."),
    )

    class Meta:
        model = NewsItem
        fields = [
            "year",
            "date",
            "kind",
            "title",
            "body",
            "situation",
            "efforts",
            "effect",
            "order",
        ]


class SmallLookupChoicesMixin:
    """Evaluate the choices of small lookup tables (hiring types, survey categories) once.

    Each inline row otherwise re-runs its select's query, so a company with many rows would
    cost one query per row.
    """

    small_lookup_fields: tuple[str, ...] = ()

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        formfield = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name in self.small_lookup_fields:
            formfield.choices = list(formfield.choices)
        return formfield

    def get_queryset(self, request):
        # Each row's title (__str__) names the lookup, so it is fetched with the row.
        return super().get_queryset(request).select_related(*self.small_lookup_fields)


class BusinessSegmentInline(admin.TabularInline):
    model = BusinessSegment
    extra = 0
    fields = ["rank", "name", "share", "description"]


class SatisfactionSurveyInline(admin.TabularInline):
    """Scores and quotes are edited on the survey's own page (inlines cannot nest)."""

    model = SatisfactionSurvey
    extra = 0
    fields = ["surveyed_on", "total_score", "source"]
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("company")


class CoreValueInline(admin.TabularInline):
    model = CoreValue
    extra = 0
    fields = ["order", "name", "description"]


class TalentTraitInline(admin.TabularInline):
    model = TalentTrait
    extra = 0
    fields = ["order", "name", "description"]


class NewsItemInline(admin.StackedInline):
    model = NewsItem
    form = NewsItemForm
    extra = 0
    fieldsets = [
        (None, {"fields": [("year", "date", "kind", "order"), "title", "body"]}),
        (
            _("상황–노력–효과 사례"),
            {"fields": ["situation", "efforts", "effect"], "classes": ["collapse"]},
        ),
    ]


class HiringStepInline(admin.TabularInline):
    model = HiringStep
    extra = 0
    fields = ["order", "name", "description"]


class HiringCountInline(SmallLookupChoicesMixin, admin.TabularInline):
    model = HiringCount
    small_lookup_fields = ("hiring_type",)
    extra = 0
    fields = ["year", "hiring_type", "count"]


@admin.register(Company)
class CompanyAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "published", "uses_blind_hiring_display", "as_of", "updated_at"]
    list_filter = ["kind", "published", "blind_hiring"]
    search_fields = ["name", "aliases", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_per_page = 50
    show_full_result_count = False
    actions = [publish, unpublish]
    fieldsets = [
        (
            None,
            {"fields": ["name", "slug", "kind", "published", "summary", "aliases", "website"]},
        ),
        (
            _("개요"),
            {
                "fields": [
                    "description",
                    "founded_year",
                    "customers",
                    "main_business",
                    "related_organisations",
                ]
            },
        ),
        (_("비전·미션"), {"fields": ["vision", "mission"]}),
        (_("채용"), {"fields": ["blind_hiring"]}),
        (_("출처"), {"fields": ["source", "as_of"]}),
    ]
    inlines = [
        BusinessSegmentInline,
        SatisfactionSurveyInline,
        CoreValueInline,
        TalentTraitInline,
        NewsItemInline,
        HiringStepInline,
        HiringCountInline,
    ]

    @admin.display(description=_("블라인드 채용"), boolean=True)
    def uses_blind_hiring_display(self, company: Company) -> bool:
        return company.uses_blind_hiring

    def get_urls(self):
        return [
            path(
                "import-report/",
                self.admin_site.admin_view(
                    partial(import_report_upload, admin_site=self.admin_site)
                ),
                name="catalog_company_import_report",
            ),
            *super().get_urls(),
        ]


class SurveyScoreInline(SmallLookupChoicesMixin, admin.TabularInline):
    model = SurveyScore
    small_lookup_fields = ("category",)
    extra = 0
    fields = ["category", "score"]


class SurveyQuoteInline(admin.TabularInline):
    model = SurveyQuote
    extra = 0
    fields = ["order", "tone", "text"]


@admin.register(SatisfactionSurvey)
class SatisfactionSurveyAdmin(admin.ModelAdmin):
    list_display = ["company", "surveyed_on", "total_score", "source"]
    list_select_related = ["company"]
    list_filter = ["surveyed_on"]
    search_fields = ["company__name"]
    autocomplete_fields = ["company"]
    date_hierarchy = "surveyed_on"
    inlines = [SurveyScoreInline, SurveyQuoteInline]


@admin.register(NewsItem)
class NewsItemAdmin(admin.ModelAdmin):
    """Every company's news in one list, e.g. to review all 적극행정 cases."""

    form = NewsItemForm
    list_display = ["title", "company", "year", "kind", "date"]
    list_select_related = ["company"]
    list_filter = ["kind", "year"]
    search_fields = ["title", "body", "company__name"]
    autocomplete_fields = ["company"]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["company", "year", "date", "kind", "order", "title", "body"]}),
        (_("상황–노력–효과 사례"), {"fields": ["situation", "efforts", "effect"]}),
    ]


@admin.register(SurveyCategory)
class SurveyCategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "order"]
    list_editable = ["order"]
    search_fields = ["name"]


@admin.register(HiringType)
class HiringTypeAdmin(admin.ModelAdmin):
    list_display = ["name", "order", "description"]
    list_editable = ["order"]
    search_fields = ["name", "description"]


# --------------------------------------------------------------------------------------------
# Question bank


@admin.register(Competency)
class CompetencyAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "parent", "ncs_area", "order"]
    list_select_related = ["parent", "ncs_area"]
    list_filter = ["kind", ("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "definition"]
    list_per_page = 100


@admin.register(Season)
class SeasonAdmin(admin.ModelAdmin):
    list_display = ["__str__", "year", "half"]
    list_filter = ["half"]
    search_fields = ["year"]


@admin.register(EssayPrompt)
class EssayPromptAdmin(SpreadsheetAdmin):
    resource_classes = [EssayPromptResource]
    list_display = ["short_text", "company", "season", "job_family", "limit_shown", "published"]
    list_select_related = ["company", "season"]
    list_filter = [
        "published",
        "season",
        "job_family",
        "count_rule",
        ("company", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["text", "company__name"]
    autocomplete_fields = ["company"]
    filter_horizontal = ["competencies"]
    list_per_page = 50
    actions = [publish, unpublish]

    @admin.display(description=_("분량"), ordering="limit")
    def limit_shown(self, prompt: EssayPrompt) -> str:
        return prompt.limit_label

    @admin.display(description=_("문항"), ordering="text")
    def short_text(self, prompt: EssayPrompt) -> str:
        return prompt.text[:60]


@admin.register(SampleAnswer)
class SampleAnswerAdmin(SpreadsheetAdmin):
    resource_classes = [SampleAnswerResource]
    list_display = ["__str__", "company", "season", "outcome", "published"]
    list_select_related = ["prompt__company", "prompt__season"]
    list_filter = ["published", "outcome", "prompt__season", "prompt__job_family"]
    search_fields = ["headline", "body", "prompt__text", "prompt__company__name"]
    autocomplete_fields = ["prompt"]
    filter_horizontal = ["competencies"]
    list_per_page = 50
    actions = [publish, unpublish]

    @admin.display(description=_("기업"), ordering="prompt__company__name")
    def company(self, answer: SampleAnswer) -> Company:
        return answer.prompt.company

    @admin.display(description=_("시즌"))
    def season(self, answer: SampleAnswer) -> Season:
        return answer.prompt.season


class InterviewQuestionInline(admin.StackedInline):
    """Questions told in a review; they take the review's company and season when saved."""

    model = InterviewQuestion
    extra = 0
    fields = [("order", "question_type", "published"), "text", "hint"]
    verbose_name = _("후기 속 질문")
    verbose_name_plural = _("후기 속 질문")


@admin.register(InterviewReview)
class InterviewReviewAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "company",
        "season",
        "result",
        "difficulty",
        "atmosphere",
        "published",
    ]
    list_select_related = ["company", "season"]
    list_filter = ["published", "result", "difficulty", "atmosphere", "season"]
    search_fields = ["company__name", "position", "job", "evaluation"]
    autocomplete_fields = ["company"]
    list_per_page = 50
    actions = [publish, unpublish]
    inlines = [InterviewQuestionInline]

    def save_formset(self, request, form, formset, change):
        if formset.model is InterviewQuestion:
            review = form.instance
            for question in formset.save(commit=False):
                question.company = review.company
                question.season = review.season
                if not question.position:
                    question.position = review.position
                question.save()
            for question in formset.deleted_objects:
                question.delete()
            formset.save_m2m()
            return
        super().save_formset(request, form, formset, change)


@admin.register(InterviewQuestion)
class InterviewQuestionAdmin(SpreadsheetAdmin):
    resource_classes = [InterviewQuestionResource]
    list_display = ["short_text", "company", "question_type", "season", "published"]
    list_select_related = ["company", "season"]
    list_filter = [
        "published",
        "question_type",
        "season",
        ("company", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["text", "hint", "position", "company__name"]
    autocomplete_fields = ["company", "review"]
    filter_horizontal = ["competencies"]
    list_per_page = 50
    actions = [publish, unpublish]

    @admin.display(description=_("질문"), ordering="text")
    def short_text(self, question: InterviewQuestion) -> str:
        return question.text[:60]


class CoachTermForm(forms.ModelForm):
    class Meta:
        model = CoachTerm
        fields = [
            "word_list",
            "term",
            "is_pattern",
            "category",
            "note",
            "context",
            "removes_default",
            "active",
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("is_pattern") and cleaned.get("term"):
            try:
                regex.compile(cleaned["term"])
            except regex.error as error:
                self.add_error(
                    "term", _("정규식이 올바르지 않습니다: %(error)s") % {"error": error}
                )
        return cleaned


@admin.register(CoachTerm)
class CoachTermAdmin(admin.ModelAdmin):
    form = CoachTermForm
    list_display = [
        "term",
        "word_list",
        "category",
        "is_pattern",
        "removes_default",
        "active",
        "note",
    ]
    list_filter = ["word_list", "category", "active", "is_pattern", "removes_default"]
    list_editable = ["active"]
    search_fields = ["term", "note"]
    list_per_page = 100


# 채용 공고 have their own module; importing it registers them.
from prep.catalog import posting_admin  # noqa: E402, F401
