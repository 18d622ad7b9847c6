from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticeConfig(AppConfig):
    name = "prep.practice"
    label = "practice"
    verbose_name = _("연습")

    def ready(self):
        from django.db.models.signals import pre_delete

        from prep import candidate_pages
        from prep.catalog.models import EssayPrompt
        from prep.practice.drafts import coaching
        from prep.practice.drafts.models import keep_questions_of_deleted_prompt

        coaching.connect_signals()
        candidate_pages.connect_signals()
        pre_delete.connect(keep_questions_of_deleted_prompt, sender=EssayPrompt, weak=False)
