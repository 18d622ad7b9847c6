"""The project's URLs with the report-upload page in the admin namespace.

`CompanyAdmin.get_urls` registers `admin:catalog_company_import_report`; until it does (the admin
is another engineer's file), this module adds the same path and name so the view's tests run
against the URL the admin will serve.
"""

from functools import partial

from django.contrib import admin
from django.urls import URLResolver, path

from prep.catalog.admin_views import import_report_upload
from prep.urls import urlpatterns as project_urlpatterns

URL_NAME = "catalog_company_import_report"


def _admin_urls() -> list:
    urls = admin.site.get_urls()
    if any(getattr(url, "name", None) == URL_NAME for url in _flatten(urls)):
        return urls
    view = admin.site.admin_view(partial(import_report_upload, admin_site=admin.site))
    return [path("catalog/company/import-report/", view, name=URL_NAME), *urls]


def _flatten(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _flatten(pattern.url_patterns)
        else:
            yield pattern


urlpatterns = [
    *(
        pattern
        for pattern in project_urlpatterns
        if getattr(pattern, "namespace", None) != admin.site.name
    ),
    path("admin/", (_admin_urls(), "admin", admin.site.name)),
]
