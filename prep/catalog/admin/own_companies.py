"""Candidates' own companies (내 지원처) in the admin: personal data, so audited like drafts
(`accounts.audit`): the list stays empty until staff search one candidate's exact e-mail, and
every look is logged. Read-only: a candidate's entries are theirs to change."""

from django.contrib import admin

from accounts.audit import AuditedPersonalDataAdmin
from prep.catalog.models import CoreValue, EssayPrompt, OwnCompany, TalentTrait


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class OwnValueInline(ReadOnlyInline):
    model = CoreValue
    fields = ["order", "name", "description"]


class OwnTraitInline(ReadOnlyInline):
    model = TalentTrait
    fields = ["order", "name", "description"]


class OwnPromptInline(ReadOnlyInline):
    model = EssayPrompt
    fields = ["order", "text", "limit", "count_rule"]


@admin.register(OwnCompany)
class OwnCompanyAdmin(AuditedPersonalDataAdmin):
    owner_path = "owner"
    list_display = ["name", "owner", "kind", "updated_at"]
    list_select_related = ["owner"]
    fields = ["name", "owner", "kind", "blind_hiring", "vision", "mission", "main_business"]
    readonly_fields = fields
    inlines = [OwnValueInline, OwnTraitInline, OwnPromptInline]

    # Viewing is allowed (and logged); changing or deleting a candidate's entries is not.
    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
