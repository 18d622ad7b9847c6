"""The signed-in account is kept in the cache between requests, and dropped on every change."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.backends import USER_SECONDS, CachedModelBackend, _key

pytestmark = pytest.mark.django_db

SETTINGS_PAGE = reverse("accounts:profile")


def _user_queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return sum('FROM "accounts_user"' in q["sql"] for q in queries.captured_queries)


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def test_second_request_reads_the_account_from_the_cache(client_user):
    assert _user_queries(client_user, SETTINGS_PAGE) == 1
    assert _user_queries(client_user, SETTINGS_PAGE) == 0


def test_saving_the_account_drops_it_from_the_cache(client_user, user):
    client_user.get(SETTINGS_PAGE)
    user.display_name = "새 이름"
    user.save()
    assert cache.get(_key(user.pk)) is None
    response = client_user.get(SETTINGS_PAGE)
    assert "새 이름" in response.text


def test_deactivated_account_is_signed_out_at_once(client_user, user):
    client_user.get(SETTINGS_PAGE)
    user.is_active = False
    user.save()
    response = client_user.get(SETTINGS_PAGE)
    assert response.status_code == 302 and reverse("account_login") in response["Location"]


def test_password_changed_elsewhere_signs_out_this_session(client_user, user):
    client_user.get(SETTINGS_PAGE)
    user.set_password("a-new-long-passphrase-2026")
    user.save()
    response = client_user.get(SETTINGS_PAGE)
    assert response.status_code == 302


def test_deleted_account_is_not_served_from_the_cache(client_user, user):
    client_user.get(SETTINGS_PAGE)
    user.delete()
    response = client_user.get(SETTINGS_PAGE)
    assert response.status_code == 302


def test_entries_expire_so_bulk_updates_take_effect_within_a_minute(user, monkeypatch):
    stored = {}
    monkeypatch.setattr(cache, "set", lambda key, value, timeout: stored.update({key: timeout}))
    assert CachedModelBackend().get_user(user.pk) == user
    assert stored == {_key(user.pk): USER_SECONDS} and USER_SECONDS <= 60


def test_unknown_account_is_none_and_not_cached():
    assert CachedModelBackend().get_user(987654) is None
    assert cache.get(_key(987654)) is None


def test_a_row_read_before_the_commit_is_dropped_after_it(user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        user.set_password("another-long-passphrase-2026")
        user.save()
        # Another request of the same account read the old row and cached it meanwhile.
        cache.set(_key(user.pk), "the old row", USER_SECONDS)
    assert cache.get(_key(user.pk)) is None
