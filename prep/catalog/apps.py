from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "prep.catalog"
    label = "catalog"
    verbose_name = _("기업·문항 카탈로그")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from prep.catalog import page_cache
        from prep.catalog.bank import catalogue_changed
        from prep.catalog.models import Company, Competency, Season

        page_cache.connect_signals()

        for model in (Company, Competency, Season):
            post_save.connect(catalogue_changed, sender=model, weak=False)
            post_delete.connect(catalogue_changed, sender=model, weak=False)
