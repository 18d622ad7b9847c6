"""The coach's word lists, curated by staff."""

import regex
from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from prep.catalog.models import (
    CoachTerm,
)


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
