from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    # allauth's own app (e-mail addresses) is "계정" in Korean: ours holds the members.
    verbose_name = _("회원")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from accounts.backends import forget_user

        post_save.connect(forget_user, sender=self.get_model("User"), weak=False)
        post_delete.connect(forget_user, sender=self.get_model("User"), weak=False)
