import pytest

pytestmark = pytest.mark.django_db


class TestHome:
    def test_a_visitor_is_invited_to_sign_up(self, client):
        response = client.get("/")
        assert response.status_code == 200
        assert response.template_name == "home.html"
        content = response.content.decode()
        assert 'lang="ko"' in content
        assert "/accounts/signup/" in content
        assert "무료로 시작하기" in content

    def test_the_page_carries_htmx_csrf_and_a_skip_link(self, client):
        content = client.get("/").content.decode()
        assert "htmx" in content and "<script" in content
        assert "https://unpkg.com" not in content
        assert "x-csrftoken" in content
        assert 'href="#main"' in content
        assert '"allowEval": false' in content

    def test_a_candidate_sees_their_own_overview(self, client_user, user):
        content = client_user.get("/").content.decode()
        assert "앨리스님" in content
        assert "로그아웃" in content

    def test_english_is_available(self, client):
        response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
        assert response.status_code == 302
        content = client.get("/").content.decode()
        assert 'lang="en"' in content
