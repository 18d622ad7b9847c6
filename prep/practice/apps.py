from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticeConfig(AppConfig):
    name = "prep.practice"
    label = "practice"
    verbose_name = _("연습")

    def ready(self):
        from prep.practice.drafts import coaching

        coaching.connect_signals()
