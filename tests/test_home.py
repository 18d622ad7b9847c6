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

    def test_the_page_carries_htmx_and_a_skip_link(self, client):
        content = client.get("/").content.decode()
        assert "htmx" in content and "<script" in content
        assert "https://unpkg.com" not in content
        assert 'href="#main"' in content
        assert '"allowEval": false' in content

    def test_a_visitor_s_page_carries_no_csrf_token_so_it_can_be_shared(self, client):
        content = client.get("/").content.decode()
        assert "x-csrftoken" not in content
        assert "csrfmiddlewaretoken" not in content

    def test_a_candidate_s_page_carries_the_csrf_token_for_htmx(self, client_user):
        assert "x-csrftoken" in client_user.get("/").content.decode()

    def test_a_candidate_sees_their_own_overview(self, client_user, user):
        content = client_user.get("/").content.decode()
        assert "앨리스님" in content
        assert "로그아웃" in content

    def test_english_is_available(self, client):
        response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
        assert response.status_code == 302
        content = client.get("/").content.decode()
        assert 'lang="en"' in content
        assert "Get started free" in content
        assert "무료로 시작하기" not in content


class TestHomeDashboard:
    def test_a_candidate_sees_reviews_drafts_and_targets_in_constant_queries(
        self, client_user, user, django_assert_max_num_queries
    ):
        from prep.catalog.models import TargetCompany
        from prep.practice.models import Draft
        from tests.factories import CompanyFactory

        for n in range(5):
            company = CompanyFactory(name=f"목표기관{n}", slug=f"goal-{n}")
            TargetCompany.objects.create(user=user, company=company)
            Draft.objects.create(
                user=user, company=company, custom_question=f"문항 {n}", body="본문"
            )
        # 12, and 2 for 다가오는 일정 (deadlines, step dates).
        with django_assert_max_num_queries(14):
            content = client_user.get("/").content.decode()
        assert "지원 기업" in content and "목표기관4" in content
        assert "최근 자소서" in content and "문항 4" in content
        assert "/practice/reviews/" in content

    def test_the_navigation_leads_to_every_main_area(self, client_user):
        content = client_user.get("/").content.decode()
        for href in [
            "/companies/",
            "/questions/",
            "/practice/drafts/",
            "/practice/interviews/",
            "/practice/reviews/",
        ]:
            assert f'href="{href}"' in content


class TestLanguage:
    def test_an_english_browser_still_gets_korean_until_it_chooses(self, client):
        response = client.get("/", headers={"Accept-Language": "en-US,en;q=0.9"})
        assert 'lang="ko"' in response.content.decode()
        assert response["Content-Language"] == "ko"

    def test_an_unknown_language_cookie_falls_back_to_korean(self, client):
        client.cookies["django_language"] = "xx"
        assert 'lang="ko"' in client.get("/").content.decode()
