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
    path("accounts/", include("accounts.urls")),
    path("", include("prep.catalog.urls")),
    path("practice/", include("prep.practice.urls")),
    path("", include("prep.applications.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
