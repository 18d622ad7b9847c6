import tempfile

import pytest
from django.test import Client, override_settings

from tests.factories import UserFactory


@pytest.fixture(scope="session", autouse=True)
def _plain_http_test_settings():
    """Production security settings apply whenever DEBUG is off, as it is under pytest.

    Tests speak plain HTTP to the test client and the live server and never run collectstatic.
    Set once per session, before the session-scoped live server builds its middleware.
    """
    from django.conf import settings

    settings.SECURE_SSL_REDIRECT = False
    settings.SECURE_HSTS_SECONDS = 0
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        # Recorded answers never land in the developer's var/ (see the recording_storage fixture).
        "recordings": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tempfile.mkdtemp(prefix="prep-test-recordings-")},
        },
    }
    # A cache directory of this run's own: every test clears the cache, and a run, a bench or
    # a server sharing the directory would clear it under another's feet (a session read from
    # the database instead: one query more, which made the query-count tests flaky).
    with tempfile.TemporaryDirectory(prefix="prep-test-cache-") as private:
        own = {
            alias: {**config, "LOCATION": f"{private}/{alias}"}
            if config["BACKEND"] == "prep.cache.SharedFileCache"
            else config
            for alias, config in settings.CACHES.items()
        }
        with override_settings(CACHES=own):
            yield


@pytest.fixture(autouse=True)
def _fast_test_settings(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Lockout has its own tests (tests/accounts/test_security.py) that switch it back on.
    settings.AXES_ENABLED = False


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counters, cached sessions and pages must not leak from one test into the next."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def user(db):
    """Alice: the candidate whose data is under test."""
    return UserFactory(email="alice@example.com", display_name="앨리스")


@pytest.fixture
def other_user(db):
    """Charlie: a stranger who must never see Alice's data."""
    return UserFactory(email="charlie@example.com", display_name="찰리")


@pytest.fixture
def staff_user(db):
    return UserFactory(email="staff@example.com", is_staff=True, is_superuser=True)


@pytest.fixture
def client_user(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def client_stranger(other_user) -> Client:
    client = Client()
    client.force_login(other_user)
    return client


@pytest.fixture
def client_staff(staff_user) -> Client:
    client = Client()
    client.force_login(staff_user)
    return client


@pytest.fixture
def recording_storage(settings, tmp_path):
    """A fresh, empty storage for recordings, so a test can see every file left behind."""
    from django.core.files.storage import storages

    settings.STORAGES = {
        **settings.STORAGES,
        "recordings": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "recordings")},
        },
    }
    return storages["recordings"]
