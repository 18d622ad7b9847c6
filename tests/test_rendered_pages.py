"""Every page of the site, rendered with realistic data, read the way the browser reads it.

Walks the URL access table of tests/test_url_access.py as an anonymous visitor, a stranger and
the owner, over the demo catalogue plus a candidate's work, and fails on what a person would see
broken: template syntax printed as text, a form control nested inside another, markup the HTML
parser has to repair in a way that hides content (tests/html_checks.py).
"""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.html_checks import page_problems
from tests.page_world import candidate_world
from tests.test_url_access import ACCESS, allauth_url_names

pytestmark = pytest.mark.django_db

# Pages as they look with filters and options in use, beyond the bare URLs of the table.
VARIANTS = [
    ("catalog:company_list", {}, "?q=정보&kind=public"),
    ("catalog:company_compare", {}, "?c=한국사회보장정보원&c=국민권익위원회&q=정보"),
    ("catalog:company_compare", {}, "?c=한국사회보장정보원&q=정보"),
    ("catalog:question_bank", {}, "?q=경험&show=prompts"),
    ("catalog:question_bank", {}, "?type=experience&season=2023-second"),
    ("catalog:question_bank", {}, "?company=없는기관&season=bad&page=99"),
    ("practice:draft_diff", lambda w: {"pk": w["draft"].pk}, "?from=1&to=2"),
    ("practice:session_report", lambda w: {"pk": w["abandoned"].pk}, ""),
    ("practice:session_run", lambda w: {"pk": w["abandoned"].pk}, ""),
    # A candidate's own company's page (its owner sees it; everyone else a 404).
    ("catalog:company_detail", lambda w: {"slug": w["own_company"].slug}, ""),
]


@pytest.fixture
def world(user, other_user):
    return candidate_world(user)


def page_urls(world) -> list[str]:
    urls = [
        reverse(name, kwargs=access.kwargs(world))
        for name, access in sorted(ACCESS.items())
        if access.method == "get"
    ]
    urls += [
        reverse(name, kwargs=kwargs(world) if kwargs else {}) + q for name, kwargs, q in VARIANTS
    ]
    return urls


def problems_on(client: Client, urls: list[str]) -> dict[str, list[str]]:
    found = {}
    for url in urls:
        response = client.get(url, follow=True)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        problems = page_problems(response.content.decode())
        if problems:
            found[url] = problems
    return found


# A form label or legend whose visible text ends in a colon, the way Django's default suffix reads.
COLON_LABEL = re.compile(r"<(label|legend)\b[^>]*>([^<]*):\s*</\1>")


def report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{url}\n  " + "\n  ".join(problems[:8]) for url, problems in found.items())


class TestEveryPage:
    def test_pages_an_anonymous_visitor_reaches_show_nothing_broken(self, client, world):
        urls = page_urls(world) + [reverse(name) for name in allauth_url_names()]
        found = problems_on(client, urls)
        assert not found, report(found)

    def test_pages_a_stranger_reaches_show_nothing_broken(self, client_stranger, world):
        found = problems_on(client_stranger, page_urls(world))
        assert not found, report(found)

    def test_the_owners_pages_show_nothing_broken(self, client_user, world):
        found = problems_on(client_user, page_urls(world))
        assert not found, report(found)

    def test_the_owners_pages_in_english_show_nothing_broken(self, client_user, world):
        client_user.cookies["django_language"] = "en"
        found = problems_on(client_user, page_urls(world))
        assert not found, report(found)

    def test_the_walk_reaches_the_owners_pages(self, client_user, world):
        """A walk that only met login redirects would pass without reading a page."""
        rendered = [url for url in page_urls(world) if client_user.get(url).status_code == 200]
        assert reverse("practice:draft_edit", kwargs={"pk": world["draft"].pk}) in rendered
        assert reverse("practice:session_report", kwargs={"pk": world["session"].pk}) in rendered
        assert reverse("catalog:question_bank") in rendered

    def test_no_label_of_a_korean_form_ends_in_a_colon(self, client_user, world):
        """Korean labels take no colon ("기업", not "기업:"), on every form alike."""
        found = {}
        for url in page_urls(world):
            response = client_user.get(url)
            if response.status_code == 200 and "text/html" in response.get("Content-Type", ""):
                labels = [m.group(2) for m in COLON_LABEL.finditer(response.content.decode())]
                if labels:
                    found[url] = labels
        assert not found, found
