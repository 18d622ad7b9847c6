"""Fragments kept under versioned keys: in the process's memory, in the shared cache, with
their expiry, and the site's header and footer rendered once per language and menu."""

import time
from datetime import timedelta
from unittest import mock

import pytest
from django.core.cache import cache, caches
from django.test import Client
from django.utils import timezone

from prep import fragments

pytestmark = pytest.mark.django_db


class Renders:
    def __init__(self, html="<p>조각</p>"):
        self.html, self.count = html, 0

    def __call__(self):
        self.count += 1
        return self.html


def test_a_fragment_is_rendered_once_and_then_read_from_memory():
    render = Renders()
    assert fragments.cached_html("k", render, seconds=60) == "<p>조각</p>"
    with mock.patch.object(cache, "get", side_effect=AssertionError("shared cache read")):
        assert fragments.cached_html("k", render, seconds=60) == "<p>조각</p>"
    assert render.count == 1


def test_another_worker_takes_the_shared_copy_without_rendering():
    render = Renders()
    fragments.cached_html("k", render, seconds=60)
    caches[fragments.LOCAL].clear()  # a worker that never rendered it
    assert fragments.cached_html("k", render, seconds=60) == "<p>조각</p>"
    assert render.count == 1


def test_a_fragment_that_changes_with_time_expires_in_memory_too():
    render = Renders()
    soon = timezone.now() + timedelta(seconds=30)
    fragments.cached_html("k", render, seconds=3600, until=lambda: soon)
    fragments.cached_html("k", render, seconds=3600, until=lambda: soon)
    assert render.count == 1
    later = time.time() + 31
    with mock.patch("time.time", return_value=later):  # the memory cache's clock
        cache.delete("html:k")  # the shared copy expired too (Redis keeps its own clock)
        fragments.cached_html("k", render, seconds=3600, until=lambda: soon)
    assert render.count == 2


def test_a_fragment_already_past_its_moment_is_not_kept():
    render = Renders()
    past = timezone.now() - timedelta(seconds=1)
    fragments.cached_html("k", render, seconds=3600, until=lambda: past)
    fragments.cached_html("k", render, seconds=3600, until=lambda: past)
    assert render.count == 2
    assert cache.get("html:k") is None and caches[fragments.LOCAL].get("html:k") is None


def test_the_template_digest_follows_the_file_of_a_partial():
    assert fragments.template_digest("base.html") == fragments.template_digest("base.html#x")


class TestSiteChrome:
    def test_the_menu_marks_the_page_and_names_the_candidate(self, client_user, user):
        body = client_user.get("/practice/drafts/").content.decode()
        assert user.get_short_name() in body
        assert 'href="/practice/drafts/" aria-current="page"' in body
        home = client_user.get("/").content.decode()
        assert 'href="/practice/drafts/" aria-current="page"' not in home

    def test_a_renamed_candidate_sees_the_new_name(self, client_user, user):
        client_user.get("/")
        user.display_name = "새이름"
        user.save()
        assert "새이름" in client_user.get("/").content.decode()

    def test_a_visitor_never_gets_a_candidates_menu(self, client_user, user):
        client_user.get("/companies/")
        body = Client().get("/companies/").content.decode()
        assert user.get_short_name() not in body and "로그인" in body

    def test_each_request_gets_a_logout_form_with_a_working_token(self, client_user):
        client_user.get("/")
        response = client_user.get("/")
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()

    def test_the_footer_follows_the_language(self, client_user):
        client_user.get("/")
        client_user.post("/i18n/setlang/", {"language": "en", "next": "/"})
        body = client_user.get("/").content.decode()
        assert '<html lang="en">' in body
        assert '<option value="en" selected>' in body
