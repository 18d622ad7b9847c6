import re

import pytest
from django.core import mail
from django.test import Client

from accounts.models import User
from tests.factories import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


SIGNUP = {"password1": "blue-river-stone-77", "password2": "blue-river-stone-77"}


def confirmation_link(message) -> str:
    return re.search(r"http://testserver(/accounts/confirm-email/\S+/)", message.body)[1]


class TestSignup:
    def test_a_visitor_signs_up_confirms_the_email_and_lands_logged_in(self, client):
        response = client.post("/accounts/signup/", {"email": "New@Example.com", **SIGNUP})
        assert response.status_code == 302
        assert response["Location"] == "/accounts/confirm-email/"
        user = User.objects.get()
        assert user.email == "new@example.com"
        assert "_auth_user_id" not in client.session

        [message] = mail.outbox
        assert message.to == ["new@example.com"]
        response = client.post(confirmation_link(message))
        assert response.status_code == 302
        assert int(client.session["_auth_user_id"]) == user.pk

    def test_a_registered_email_sees_the_same_page_and_its_owner_gets_an_email(self, client):
        """Sign-up must not tell a stranger which addresses are registered."""
        UserFactory(email="twin@example.com")
        fresh = Client().post("/accounts/signup/", {"email": "fresh@example.com", **SIGNUP})
        taken = client.post("/accounts/signup/", {"email": "TWIN@example.com", **SIGNUP})

        assert taken.status_code == fresh.status_code == 302
        assert taken["Location"] == fresh["Location"] == "/accounts/confirm-email/"
        page = client.get(taken["Location"]).content.decode()
        assert "이미 사용" not in page
        assert User.objects.filter(email__iexact="twin@example.com").count() == 1
        to_owner = [message for message in mail.outbox if message.to == ["twin@example.com"]]
        assert len(to_owner) == 1
        assert "비밀번호" in to_owner[0].body  # the way back in for an owner who forgot
        assert "_auth_user_id" not in client.session

    def test_a_short_password_is_refused_in_korean(self, client):
        response = client.post(
            "/accounts/signup/",
            {"email": "a@example.com", "password1": "short1", "password2": "short1"},
        )
        assert response.status_code == 200
        assert "너무 짧" in response.content.decode()
        assert not User.objects.exists()


class TestLogin:
    def test_a_candidate_logs_in_with_email(self, client):
        UserFactory(email="bob@example.com")
        response = client.post(
            "/accounts/login/", {"login": "bob@example.com", "password": TEST_PASSWORD}
        )
        assert response.status_code == 302
        assert "_auth_user_id" in client.session

    def test_the_welcome_and_the_remember_me_box_read_naturally(self, client):
        UserFactory(email="jiwon.kim@nc.test", display_name="김지원")
        page = client.get("/accounts/login/").content.decode()
        assert "로그인 상태 유지" in page and "아이디 저장" not in page
        response = client.post(
            "/accounts/login/",
            {"login": "jiwon.kim@nc.test", "password": TEST_PASSWORD},
            follow=True,
        )
        content = response.content.decode()
        assert "김지원님, 어서 오세요." in content
        assert "으로 로그인 되었습니다" not in content

    def test_a_wrong_password_shows_a_clear_message(self, client):
        UserFactory(email="bob@example.com")
        response = client.post(
            "/accounts/login/", {"login": "bob@example.com", "password": "nope-nope-nope"}
        )
        assert response.status_code == 200
        assert "올바르지 않" in response.content.decode()
        assert "_auth_user_id" not in client.session

    def test_logout_ends_the_session(self, client_user):
        response = client_user.post("/accounts/logout/")
        assert response.status_code == 302
        assert "_auth_user_id" not in client_user.session


class TestProfile:
    def test_anonymous_visitors_are_sent_to_login(self, client):
        response = client.get("/accounts/profile/")
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/")

    def test_a_candidate_renames_themselves(self, client_user, user):
        response = client_user.post("/accounts/profile/", {"display_name": "새이름"})
        assert response.status_code == 302
        user.refresh_from_db()
        assert user.display_name == "새이름"


class TestUserManager:
    def test_superusers_are_created_with_email_only(self):
        admin = User.objects.create_superuser("Root@Example.com", "pw-long-enough-1")
        assert admin.is_staff and admin.is_superuser
        assert admin.email == "root@example.com"
