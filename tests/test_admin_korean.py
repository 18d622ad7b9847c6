"""The admin speaks Korean: every column header, field label and section of our models.

A field without a verbose name shows up in the admin as "UPDATED AT" or "Company:"; two apps
with the same verbose name give two sections both called "계정".
"""

import re
from html.parser import HTMLParser

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.page_world import candidate_world

pytestmark = pytest.mark.django_db

OUR_APPS = {"accounts", "catalog", "practice"}
# Latin words that are names, not untranslated English.
ALLOWED = {"NCS", "FSRS", "CP949", "UTF", "NEIS", "ID", "URL", "CSV", "XLSX", "JSON", "PT", "D"}


class _Labels(HTMLParser):
    """Text of column headers (<th>) and form labels (<label>)."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.labels: list[str] = []
        self.current = ""

    def handle_starttag(self, tag, attrs):
        if tag in {"th", "label"}:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in {"th", "label"} and self.depth:
            self.depth -= 1
            if not self.depth:
                self.labels.append(" ".join(self.current.split()))
                self.current = ""

    def handle_data(self, data):
        if self.depth:
            self.current += data


def english_in(html: str) -> list[str]:
    """Labels of the page's own content (the sidebar lists other apps' models too)."""
    reader = _Labels()
    reader.feed(html[html.index('<div id="content"') :])
    found = []
    for label in reader.labels:
        words = set(re.findall(r"[A-Za-z]{2,}", label)) - ALLOWED
        if words and not re.search(r"[가-힣@]", label):
            found.append(label)
    return found


def our_model_admins():
    return sorted(
        (model._meta.app_label, model._meta.model_name)
        for model in admin.site._registry
        if model._meta.app_label in OUR_APPS
    )


@pytest.mark.parametrize(("app", "model"), our_model_admins())
def test_change_list_and_add_form_are_in_korean(client_staff, user, app, model):
    candidate_world(user)  # an empty change list shows no column headers
    found = {}
    for view in ("changelist", "add"):
        response = client_staff.get(reverse(f"admin:{app}_{model}_{view}"))
        if response.status_code == 200:
            english = english_in(response.content.decode())
            if english:
                found[view] = english
    assert not found, found


def test_no_two_admin_sections_share_a_name(client_staff):
    content = client_staff.get(reverse("admin:index")).content.decode()
    sections = re.findall(r'<caption>\s*<a [^>]*class="section"[^>]*>([^<]+)</a>', content)
    assert sections, "no admin sections found"
    assert len(sections) == len(set(sections)), sections


def test_the_spreadsheet_export_page_is_in_korean(client_staff, user):
    candidate_world(user)
    content = client_staff.get(reverse("admin:catalog_essayprompt_export")).content.decode()
    assert "다음 필드를 내보냅니다" in content
    assert "모두 선택" in content
    assert "직군 (job_family)" in content
    for english in ("This exporter will export", "Select all", "Job Family"):
        assert english not in content
