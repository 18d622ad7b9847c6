"""The question bank: competencies, seasons, prompts, sample answers, reviews and questions."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from prep.catalog.admin.common import SpreadsheetAdmin, publish, unpublish
from prep.catalog.models import (
    Company,
    Competency,
    EssayPrompt,
    InterviewQuestion,
    InterviewReview,
    SampleAnswer,
    Season,
)


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
    resource_paths = ("prep.catalog.resources.EssayPromptResource",)
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

    def get_queryset(self, request):
        # An own company's prompts are the candidate's (admin/own_companies.py).
        return super().get_queryset(request).filter(company__owner__isnull=True)


@admin.register(SampleAnswer)
class SampleAnswerAdmin(SpreadsheetAdmin):
    resource_paths = ("prep.catalog.resources.SampleAnswerResource",)
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
    resource_paths = ("prep.catalog.resources.InterviewQuestionResource",)
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
