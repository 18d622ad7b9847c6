"""Our own Korean error pages, each with the security headers (prep/errors.py)."""

import pytest
from django.test import Client, RequestFactory
from django.urls import get_resolver

from prep import errors
from tests.factories import DraftFactory

pytestmark = pytest.mark.django_db


def assert_ours(response, *, status: int, kind: str, text: str):
    assert response.status_code == status
    assert response["X-Prep-Error"] == kind
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    content = response.content.decode()
    assert text in content
    assert 'class="site-header"' in content  # our design, not Django's bare page
    assert "<style" not in content  # nothing our CSP would block


class TestHandlers:
    def test_the_urlconf_names_our_handlers(self):
        resolver = get_resolver()
        assert resolver.resolve_error_handler(400) is errors.bad_request
        assert resolver.resolve_error_handler(403) is errors.permission_denied
        assert resolver.resolve_error_handler(500) is errors.server_error

    def test_the_500_page_is_ours_without_a_request_context(self):
        response = errors.server_error(RequestFactory().get("/"))
        assert_ours(response, status=500, kind="server-error", text="일시적인 오류가 났습니다")

    def test_a_view_that_fails_gets_our_500_page(self, client, monkeypatch):
        def broken(request, *args, **kwargs):
            raise RuntimeError("boom")

        home = next(p for p in get_resolver().url_patterns if getattr(p, "name", "") == "home")
        monkeypatch.setattr(home, "callback", broken)
        client.raise_request_exception = False
        response = client.get("/")
        assert_ours(response, status=500, kind="server-error", text="저장된 글은 그대로 있습니다")


class TestBadHost:
    def test_an_unknown_host_gets_our_400_page_with_the_headers(self, client):
        response = client.get("/", HTTP_HOST="attacker.example")
        assert_ours(response, status=400, kind="bad-request", text="요청을 읽을 수 없습니다")


class TestCsrfFailure:
    def test_a_post_with_a_stale_token_gets_our_korean_403(self, user):
        draft = DraftFactory(user=user, body="그대로")
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        response = client.post(
            f"/practice/drafts/{draft.pk}/save/", {"body": "새 글", "version": draft.version}
        )
        assert_ours(response, status=403, kind="csrf", text="보안 확인이 만료되었습니다")
        draft.refresh_from_db()
        assert draft.body == "그대로"


class TestTooManyRequests:
    def test_allauths_throttle_answers_with_our_429_page(self, rf):
        from allauth.core.ratelimit import respond_429

        request = rf.get("/accounts/login/")
        request.user = None
        response = respond_429(request)
        assert_ours(response, status=429, kind="rate-limited", text="요청이 너무 많습니다")


class TestRequestTooLarge:
    def test_an_oversized_post_gets_our_413_page_with_the_headers(self, client_user, user):
        draft = DraftFactory(user=user)
        response = client_user.post(
            f"/practice/drafts/{draft.pk}/save/", {"body": "가" * 1_000_000, "version": 1}
        )
        assert_ours(response, status=413, kind="too-large", text="보낸 내용이 너무 큽니다")


class TestLoginRequired:
    def test_an_htmx_save_without_a_login_gets_401_with_the_marker_not_a_redirect(self, client):
        draft = DraftFactory(body="그대로")
        response = client.post(
            f"/practice/drafts/{draft.pk}/save/",
            {"body": "새 글", "version": draft.version},
            headers={
                "HX-Request": "true",
                "HX-Current-URL": f"http://testserver/practice/drafts/{draft.pk}/",
            },
        )
        assert_ours(response, status=401, kind="login-required", text="로그인이 끝났습니다")
        assert f"next=/practice/drafts/{draft.pk}/" in response.content.decode()
        draft.refresh_from_db()
        assert draft.body == "그대로"

    def test_a_fetch_without_a_login_gets_401(self, client):
        response = client.get("/practice/drafts/", headers={"Sec-Fetch-Mode": "cors"})
        assert response.status_code == 401
        assert response["X-Prep-Error"] == "login-required"

    def test_a_plain_post_without_a_login_shows_the_typed_text_to_copy(self, client):
        draft = DraftFactory(body="그대로")
        response = client.post(
            f"/practice/drafts/{draft.pk}/save/",
            {"headline": "", "body": "로그인이 끝난 뒤 쓴 <글>", "version": draft.version},
        )
        assert response.status_code == 401
        content = response.content.decode()
        assert "로그인이 끝난 뒤 쓴 &lt;글&gt;" in content
        assert "/accounts/login/" in content

    def test_a_page_opened_without_a_login_still_redirects_to_it(self, client):
        response = client.get("/practice/drafts/")
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


class TestCsrfFailureKeepsTheText:
    def test_a_plain_post_with_a_stale_token_shows_the_typed_text(self, user):
        draft = DraftFactory(user=user)
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        response = client.post(
            f"/practice/drafts/{draft.pk}/save/", {"body": "다시 로그인한 뒤 보낸 글"}
        )
        assert response.status_code == 403
        assert "다시 로그인한 뒤 보낸 글" in response.content.decode()
