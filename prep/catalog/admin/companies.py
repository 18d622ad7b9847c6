"""Company and the parts of its profile.

Company forms link other companies through autocomplete widgets and list pages select their
relations in one query, so the admin stays fast with thousands of companies."""

from functools import partial

from django import forms
from django.contrib import admin
from django.db import models
from django.urls import path
from django.utils.translation import gettext_lazy as _

from prep.catalog.admin.common import publish, unpublish
from prep.catalog.admin_views import import_alio_upload, import_report_upload
from prep.catalog.models import (
    BusinessSegment,
    Company,
    CompanyFigure,
    CoreValue,
    HiringCount,
    HiringStep,
    HiringType,
    NewsItem,
    SatisfactionSurvey,
    SurveyCategory,
    SurveyQuote,
    SurveyScore,
    TalentTrait,
)


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


class CompanyFigureInline(admin.TabularInline):
    """ALIO 경영공시 figures: imported in bulk (import_alio), corrected here one by one."""

    model = CompanyFigure
    extra = 0
    fields = ["metric", "year", "value", "unit", "source_file", "as_of"]
    classes = ["collapse"]


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
                    "ministry",
                    "region",
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
        CompanyFigureInline,
    ]

    def get_queryset(self, request):
        # Candidates' own companies are theirs (admin/own_companies.py audits every look).
        return super().get_queryset(request).curated()

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
            path(
                "import-alio/",
                self.admin_site.admin_view(partial(import_alio_upload, admin_site=self.admin_site)),
                name="catalog_company_import_alio",
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

    def get_queryset(self, request):
        return super().get_queryset(request).filter(company__owner__isnull=True)


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
