import pytest

from accounts.models import User
from tests.factories import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


class TestSignup:
    def test_a_visitor_signs_up_with_email_and_lands_logged_in(self, client):
        response = client.post(
            "/accounts/signup/",
            {
                "email": "New@Example.com",
                "password1": "blue-river-stone-77",
                "password2": "blue-river-stone-77",
            },
        )
        assert response.status_code == 302
        user = User.objects.get()
        assert user.email == "new@example.com"
        assert int(client.session["_auth_user_id"]) == user.pk

    def test_a_short_password_is_refused_in_korean(self, client):
        response = client.post(
            "/accounts/signup/",
            {"email": "a@example.com", "password1": "short1", "password2": "short1"},
        )
        assert response.status_code == 200
        assert "너무 짧" in response.content.decode()
        assert not User.objects.exists()

    def test_the_same_email_in_other_case_cannot_sign_up_twice(self, client):
        UserFactory(email="twin@example.com")
        response = client.post(
            "/accounts/signup/",
            {
                "email": "TWIN@example.com",
                "password1": "blue-river-stone-77",
                "password2": "blue-river-stone-77",
            },
        )
        assert response.status_code == 200
        assert User.objects.count() == 1


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
