"""What every catalogue admin shares: the publish / unpublish actions and the spreadsheet
import/export (CSV that Excel opens, Korean column names)."""

from django.contrib import admin, messages
from django.core.exceptions import FieldDoesNotExist
from django.shortcuts import redirect
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportModelAdmin
from import_export.formats import base_formats
from import_export.forms import SelectableFieldsExportForm

from prep.catalog import page_cache


@admin.action(description=_("선택한 항목 공개"), permissions=["change"])
def publish(modeladmin, request, queryset):
    count = queryset.update(published=True)
    page_cache.bump_for_queryset(queryset)  # an update sends no signals
    modeladmin.message_user(
        request,
        ngettext("%(count)d개 항목을 공개했습니다.", "%(count)d개 항목을 공개했습니다.", count)
        % {"count": count},
        messages.SUCCESS,
    )


@admin.action(description=_("선택한 항목 비공개"), permissions=["change"])
def unpublish(modeladmin, request, queryset):
    count = queryset.update(published=False)
    page_cache.bump_for_queryset(queryset)
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


class NamedResources:
    """Resource classes named by their dotted path, imported when a curator first imports or
    exports: declaring a ModelResource imports django.contrib.postgres, and with it psycopg
    (~23 MB), into every web worker, even on SQLite, for pages only curators open."""

    resource_paths: tuple[str, ...] = ()

    def get_resource_classes(self, request):
        return [import_string(path) for path in self.resource_paths]


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


class SpreadsheetAdmin(NamedResources, ImportExportModelAdmin):
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
