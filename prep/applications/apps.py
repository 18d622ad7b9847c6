from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    name = "prep.applications"
    label = "applications"
    verbose_name = _("지원 현황")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from prep.applications.postings import clear_filter_options
        from prep.catalog.models import Company, HiringType
        from prep.catalog.models.postings import Posting, Region

        for model in (Posting, Company, HiringType, Region):
            post_save.connect(clear_filter_options, sender=model, weak=False)
            post_delete.connect(clear_filter_options, sender=model, weak=False)
        for through in (Posting.hiring_types.through, Posting.regions.through):
            m2m_changed.connect(clear_filter_options, sender=through, weak=False)
