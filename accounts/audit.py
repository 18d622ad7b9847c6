"""Admin audit for candidates' personal data (drafts, mock interviews, review cards)."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from accounts.models import AdminAccessLog


def record_access(
    *, request: HttpRequest, action: str, model, object_id: str = "", owner_id: int | None = None
) -> None:
    AdminAccessLog.objects.create(
        staff_id=request.user.pk,
        staff_email=request.user.email,
        action=action,
        model=model._meta.label_lower,
        object_id=str(object_id or ""),
        owner_id=owner_id,
        path=request.path[:500],
        query=request.GET.get("q", "")[:200],
    )


class AuditedPersonalDataAdmin(admin.ModelAdmin):
    """An admin for candidates' own data: every look and change is logged, and the list stays
    empty until staff search for one candidate by exact e-mail (no browsing of people's drafts).

    Subclasses set `owner_path`: the lookup from the model to its owner, e.g. "user".
    """

    owner_path = "user"
    show_full_result_count = False

    def get_search_fields(self, request):
        return [f"={self.owner_path}__email"]

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset.none(), False
        return super().get_search_results(request, queryset, search_term)

    def _owner_id(self, object_id) -> int | None:
        try:
            self.model._meta.pk.to_python(unquote(object_id))
        except ValidationError:
            return None  # not a key at all; the admin itself answers "does not exist"
        obj = (
            self.model._default_manager.filter(pk=unquote(object_id))
            .values(f"{self.owner_path}__pk")
            .first()
        )
        return obj[f"{self.owner_path}__pk"] if obj else None

    def changelist_view(self, request, extra_context=None):
        record_access(request=request, action=AdminAccessLog.Action.LIST, model=self.model)
        extra_context = {
            **(extra_context or {}),
            "subtitle": _("개인정보 보호를 위해 지원자 이메일로 검색해야 목록이 보입니다."),
        }
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        action = (
            AdminAccessLog.Action.CHANGE if request.method == "POST" else AdminAccessLog.Action.VIEW
        )
        record_access(
            request=request,
            action=action,
            model=self.model,
            object_id=object_id,
            owner_id=self._owner_id(object_id),
        )
        return super().change_view(request, object_id, form_url, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        record_access(
            request=request,
            action=AdminAccessLog.Action.DELETE,
            model=self.model,
            object_id=object_id,
            owner_id=self._owner_id(object_id),
        )
        return super().delete_view(request, object_id, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        record_access(
            request=request,
            action=AdminAccessLog.Action.HISTORY,
            model=self.model,
            object_id=object_id,
            owner_id=self._owner_id(object_id),
        )
        return super().history_view(request, object_id, extra_context)

    def has_add_permission(self, request):
        # Candidates write their own drafts; staff never author them.
        return False


@admin.register(AdminAccessLog)
class AdminAccessLogAdmin(admin.ModelAdmin):
    list_display = ["at", "staff_email", "action", "model", "object_id", "owner_id"]
    list_filter = ["action", "model"]
    search_fields = ["staff_email", "=object_id"]
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        # The trail is only useful if those it records cannot erase it.
        return False
