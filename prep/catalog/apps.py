from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "prep.catalog"
    label = "catalog"
    verbose_name = _("기업·문항 카탈로그")
