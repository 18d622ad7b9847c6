from django.contrib import admin

from accounts.audit import AuditedPersonalDataAdmin
from prep.practice.models import Draft, DraftRevision, MockSession, ReviewCard, SessionQuestion


class DraftRevisionInline(admin.TabularInline):
    model = DraftRevision
    extra = 0
    fields = ["version", "reason", "created_at"]
    readonly_fields = fields
    can_delete = False


@admin.register(Draft)
class DraftAdmin(AuditedPersonalDataAdmin):
    list_display = ["__str__", "user", "company", "status", "version", "updated_at"]
    list_select_related = ["user", "company", "prompt"]
    list_filter = ["status"]
    raw_id_fields = ["user", "prompt", "company"]
    inlines = [DraftRevisionInline]


class SessionQuestionInline(admin.TabularInline):
    model = SessionQuestion
    extra = 0
    fields = ["order", "text", "rating", "started_at", "answered_at"]
    readonly_fields = fields
    can_delete = False


@admin.register(MockSession)
class MockSessionAdmin(AuditedPersonalDataAdmin):
    list_display = ["__str__", "user", "company", "mode", "status", "created_at"]
    list_select_related = ["user", "company"]
    list_filter = ["status", "mode"]
    raw_id_fields = ["user", "company"]
    inlines = [SessionQuestionInline]


@admin.register(ReviewCard)
class ReviewCardAdmin(AuditedPersonalDataAdmin):
    list_display = ["__str__", "user", "company", "due"]
    list_select_related = ["user", "company"]
    raw_id_fields = ["user", "question", "company"]
