from datetime import timedelta
from unittest import mock

import pytest
from axes.models import AccessAttempt
from django.db.models import F
from django.test import Client
from django.utils import timezone

from accounts.security import client_ip
from prep import ratelimit
from tests.factories import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True


def fail_login(client: Client, email: str = "bob@example.com"):
    return client.post("/accounts/login/", {"login": email, "password": "wrong-password-1"})


class TestLockout:
    def test_five_failures_lock_the_account_for_this_address_with_a_korean_message(self, axes_on):
        UserFactory(email="bob@example.com")
        client = Client()
        for _ in range(4):
            assert fail_login(client).status_code == 200
        response = fail_login(client)
        assert response.status_code == 429
        content = response.content.decode()
        assert "15분 동안" in content
        assert "이후에 다시 로그인할 수 있습니다" in content
        # Even the right password is refused while locked.
        response = client.post(
            "/accounts/login/", {"login": "bob@example.com", "password": TEST_PASSWORD}
        )
        assert response.status_code == 429

    def test_the_lock_lifts_after_fifteen_minutes(self, axes_on):
        UserFactory(email="bob@example.com")
        client = Client()
        for _ in range(5):
            fail_login(client)
        # Sixteen minutes pass.
        AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=16))
        response = client.post(
            "/accounts/login/", {"login": "bob@example.com", "password": TEST_PASSWORD}
        )
        assert response.status_code == 302

    def test_an_admin_unlocks_by_deleting_the_attempt(self, axes_on):
        UserFactory(email="bob@example.com")
        client = Client()
        for _ in range(5):
            fail_login(client)
        assert AccessAttempt.objects.filter(username="bob@example.com").exists()
        AccessAttempt.objects.all().delete()
        response = client.post(
            "/accounts/login/", {"login": "bob@example.com", "password": TEST_PASSWORD}
        )
        assert response.status_code == 302

    def test_failures_for_one_email_do_not_lock_another(self, axes_on):
        UserFactory(email="bob@example.com")
        UserFactory(email="carol@example.com")
        client = Client()
        for _ in range(5):
            fail_login(client, "bob@example.com")
        response = client.post(
            "/accounts/login/", {"login": "carol@example.com", "password": TEST_PASSWORD}
        )
        assert response.status_code == 302


class TestBehindAProxy:
    def test_behind_one_proxy_one_visitors_failures_do_not_lock_out_another(
        self, axes_on, settings
    ):
        settings.TRUSTED_PROXY_COUNT = settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
        UserFactory(email="bob@example.com")
        attacker = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
        for _ in range(5):
            fail_login(attacker)
        assert fail_login(attacker).status_code == 429
        bob = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
        response = bob.post(
            "/accounts/login/", {"login": "bob@example.com", "password": TEST_PASSWORD}
        )
        assert response.status_code == 302
        assert AccessAttempt.objects.get().ip_address == "203.0.113.9"

    def test_a_forwarded_address_is_ignored_without_a_trusted_proxy(self, rf, settings):
        settings.TRUSTED_PROXY_COUNT = 0
        request = rf.get("/", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
        assert client_ip(request) == "192.0.2.1"

    def test_addresses_the_client_wrote_left_of_the_proxys_are_not_trusted(self, rf, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.9")
        assert client_ip(request) == "203.0.113.9"

    def test_a_garbled_forwarded_address_falls_back_to_the_connection(self, rf, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="not-an-ip")
        assert client_ip(request) == "10.0.0.1"

    def test_allauth_throttles_logins_per_forwarded_address_with_our_page(self, settings):
        settings.TRUSTED_PROXY_COUNT = settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
        settings.ACCOUNT_RATE_LIMITS = {"login_failed": None, "login": "3/m/ip"}
        busy = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
        for _ in range(3):
            fail_login(busy)
        response = fail_login(busy)
        assert response.status_code == 429
        assert "요청이 너무 많습니다" in response.content.decode()
        other = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
        assert fail_login(other).status_code == 200


class TestSessionLifetime:
    def test_a_session_idle_for_more_than_two_hours_is_logged_out(self, client_user):
        assert client_user.get("/accounts/profile/").status_code == 200
        later = timezone.now() + timedelta(hours=2, minutes=1)
        with mock.patch("django.utils.timezone.now", return_value=later):
            response = client_user.get("/accounts/profile/")
        assert response.status_code == 302
        assert "_auth_user_id" not in client_user.session

    def test_an_active_session_still_ends_fourteen_days_after_login(self, client_user):
        start = timezone.now()
        client_user.get("/accounts/profile/")
        moment = start
        for _ in range(15):
            moment = moment + timedelta(hours=23)
            with mock.patch("django.utils.timezone.now", return_value=moment):
                client_user.get("/")
        with mock.patch(
            "django.utils.timezone.now", return_value=start + timedelta(days=14, hours=1)
        ):
            response = client_user.get("/accounts/profile/")
        assert response.status_code == 302

    def test_a_session_in_use_stays_logged_in(self, client_user):
        start = timezone.now()
        for hours in (1, 2, 3):
            with mock.patch(
                "django.utils.timezone.now", return_value=start + timedelta(hours=hours)
            ):
                assert client_user.get("/accounts/profile/").status_code == 200


class TestRateLimit:
    def test_a_user_is_stopped_after_the_window_budget(self, settings):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "autosave": (3, 60)}
        results = [ratelimit.allow(scope="autosave", user_id=7) for _ in range(5)]
        assert results == [True, True, True, False, False]

    def test_users_have_separate_budgets(self, settings):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "feedback": (1, 60)}
        assert ratelimit.allow(scope="feedback", user_id=1)
        assert ratelimit.allow(scope="feedback", user_id=2)
        assert not ratelimit.allow(scope="feedback", user_id=1)


class TestPasswords:
    def test_passwords_shorter_than_ten_characters_are_refused(self, client):
        response = client.post(
            "/accounts/signup/",
            {"email": "x@example.com", "password1": "abcd-1234", "password2": "abcd-1234"},
        )
        assert "최소 10자" in response.content.decode()

    def test_common_passwords_are_refused_in_korean(self, client):
        response = client.post(
            "/accounts/signup/",
            {"email": "x@example.com", "password1": "password123", "password2": "password123"},
        )
        assert "너무 흔히 사용되는" in response.content.decode()
