"""What a web worker loads before its first request: libraries only a rare request needs stay
out of it, since each one is resident in every gunicorn worker (issue 20's memory target)."""

import pytest
from django.urls import reverse

from tests.probes import run_probe

# Decoding recordings (PyAV/FFmpeg, webrtcvad), Word downloads (python-docx) and the calendar
# feed (icalendar) import their library when they run; so does an XLSX import or export in the
# admin (openpyxl, with lxml: prep.catalog.admin.spreadsheet_formats).
ON_DEMAND = ("av", "webrtcvad", "docx", "icalendar", "openpyxl", "lxml")
# The admin's spreadsheet resources import django.contrib.postgres (psycopg) when declared: they
# are imported on a curator's first import or export (prep.catalog.admin.common.NamedResources).
ON_SQLITE_ALSO = ("psycopg", "prep.catalog.resources", "prep.catalog.posting_resource")

PROBE = """
import json, sys
import django
django.setup()
from django.urls import get_resolver
get_resolver().url_patterns  # every view module, as a worker has after loading the URLconf
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules} | set(sys.modules))))
"""


def loaded_by_a_worker(**environ: str) -> set[str]:
    return set(run_probe(PROBE, **environ))


def test_loading_the_web_app_leaves_on_demand_libraries_out():
    loaded = loaded_by_a_worker()
    assert "prep" in loaded
    assert loaded.isdisjoint(ON_DEMAND), sorted(loaded & set(ON_DEMAND))


def test_on_sqlite_a_worker_loads_no_postgresql_driver():
    environ = {"DATABASE_URL": ""}  # the embedded default
    loaded = loaded_by_a_worker(**environ)
    assert "prep.catalog.admin" in loaded  # the admin is registered all the same
    assert loaded.isdisjoint(ON_SQLITE_ALSO), sorted(loaded & set(ON_SQLITE_ALSO))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("admin:catalog_essayprompt_import", "import_file"),
        ("admin:catalog_interviewquestion_export", "format"),
        ("admin:catalog_posting_export", "format"),
    ],
)
def test_the_admin_still_finds_its_resources(admin_client, url, field):
    response = admin_client.get(reverse(url))
    assert response.status_code == 200
    assert field in response.context["form"].fields
