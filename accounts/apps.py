from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    # allauth's own app (e-mail addresses) is "계정" in Korean: ours holds the members.
    verbose_name = _("회원")
