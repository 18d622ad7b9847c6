"""Sign-in backends that keep the signed-in account in the shared cache between requests.

Every request of a signed-in candidate loads their account (Django's session auth calls the
backend's `get_user`). Measured in production settings, that one query — mostly its compilation
— was a third of the CPU of a page served from the page cache (bench/page_throughput_bench.py),
so the account is kept in the cache for USER_SECONDS:

- any save or delete of the account (a login's last_login, a password or e-mail change, the
  admin) drops the entry at once, in every worker (`forget_user`, connected in apps.py);
- a bulk update sends no signal, so an entry is never older than USER_SECONDS: an account
  deactivated that way is signed out within a minute, not at once;
- the cache holds what the database holds (the password's hash too, which the session check
  needs) and lives where the sessions live, on the same machine or the same private Redis.

Django still checks the session's hash against the account's password and `is_active`, as
without the cache.
"""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.db import transaction

USER_SECONDS = 60


def _key(user_id) -> str:
    return f"accounts:user:{user_id}"


def forget_user(sender, instance, **kwargs) -> None:
    """post_save / post_delete of the account: the next request reads it afresh. Dropped again
    after the commit, or a request of the same account that read the old row just before it
    (another tab's autosave during a password change) would keep that row for a minute."""
    key = _key(instance.pk)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


class CachedUserMixin:
    def get_user(self, user_id):
        key = _key(user_id)
        user = cache.get(key)
        if user is None:
            user = super().get_user(user_id)
            if user is not None:
                cache.set(key, user, USER_SECONDS)
        return user


class CachedModelBackend(CachedUserMixin, ModelBackend):
    """Django's ModelBackend (e-mail and password; the admin's login)."""


class CachedAllauthBackend(CachedUserMixin, AuthenticationBackend):
    """allauth's backend (its login, sign-up and password reset flows)."""
