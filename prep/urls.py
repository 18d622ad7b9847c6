from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from prep import views

admin.site.site_header = _("프렙 관리")
admin.site.site_title = _("프렙 관리")
admin.site.index_title = _("카탈로그와 사용자 관리")

urlpatterns = [
    path("", views.home, name="home"),
    path("accounts/", include("allauth.urls")),
    # The data export joins accounts and practice, so it is a project view (prep/views.py).
    path("accounts/export/", views.data_export, name="data_export"),
    path("accounts/", include("accounts.urls")),
    path("", include("prep.catalog.urls")),
    path("practice/", include("prep.practice.urls")),
    path("", include("prep.applications.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

# Our own Korean pages with the security headers (prep/errors.py); allauth's throttle uses
# handler429 too.
handler400 = "prep.errors.bad_request"
handler403 = "prep.errors.permission_denied"
handler429 = "prep.errors.too_many_requests"
handler500 = "prep.errors.server_error"
