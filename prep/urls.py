from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

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
    # Exempt from CSRF: at worst another site switches a visitor's language, and the switch in
    # every page's footer then needs no token, so public pages can be cached whole.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("admin/", admin.site.urls),
]

# Our own Korean pages with the security headers (prep/errors.py); allauth's throttle uses
# handler429 too.
handler400 = "prep.errors.bad_request"
handler403 = "prep.errors.permission_denied"
handler429 = "prep.errors.too_many_requests"
handler500 = "prep.errors.server_error"
