"""Every URL pattern of the site, admin included, with NUL in each path segment, parameter and
form field, and with bodies and addresses in encodings we cannot read: never a 5xx.

PostgreSQL refuses NUL in text, so on PostgreSQL (CI runs the suite there too) a NUL that
reaches a query is a 500; on both databases Django raises on a form post in another charset.
prep.middleware.UnreadableRequestMiddleware answers these with 400 before any view runs, and the
views that accept typed text remove control characters themselves (tests/practice).
"""

import re

import pytest
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

from tests.factories import CompanyFactory, DraftFactory, MockSessionFactory

pytestmark = pytest.mark.django_db

SAMPLE_BY_CONVERTER = {"int": "1", "slug": "walk", "str": "walk", "path": "1"}
# Every query and form parameter name the site's views and the admin read.
PARAMETERS = [
    "q",
    "c",
    "page",
    "kind",
    "kind__exact",
    "company",
    "next",
    "a",
    "b",
    "format",
    "key",
    "undo",
    "o",
    "p",
    "e",
    "_changelist_filters",
    "import_file_name",
    "original_file_name",
    "format",
    "resource",
    "answer",
    "question",
    "headline",
    "body",
    "version",
    "limit_spec",
    "status",
    "competency",
    "choice",
    "rating",
    "note",
    "comment",
    "interview_date",
    "language",
    "login",
    "password",
    "email",
]


def _route_sample(route: str) -> str:
    return re.sub(
        r"<(?:(\w+):)?\w+>", lambda match: SAMPLE_BY_CONVERTER.get(match[1] or "str", "1"), route
    )


def _regex_sample(regex: str) -> str:
    def group(match):
        body = match[1]
        return body.split("|")[0] if re.fullmatch(r"[\w|-]+", body) else "1"

    regex = regex.lstrip("^").rstrip("$").replace(r"\Z", "")
    return re.sub(r"\(\?P<\w+>((?:[^()]|\([^()]*\))*)\)", group, regex).replace("\\", "")


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern.pattern, RoutePattern):
            part = _route_sample(str(pattern.pattern))
        else:
            part = _regex_sample(str(pattern.pattern))
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + part)
        else:
            yield prefix + part


def site_urls() -> list[str]:
    return sorted({"/" + url for url in _walk(get_resolver().url_patterns)})


def variants(url: str):
    """(method, path, kwargs) for every hostile version of one URL."""
    segments = url.strip("/").split("/") if url != "/" else []
    for index in range(len(segments)):
        for bad in ("%00", "%ff%fe"):
            spoiled = [*segments]
            spoiled[index] += bad
            path = "/" + "/".join(spoiled) + "/"
            yield "get", path, {}
            yield "post", path, {}
    yield "get", url + "?" + "&".join(f"{name}=%00" for name in PARAMETERS), {}
    yield "get", url + "?" + "&".join(f"{name}=%ff%fe" for name in PARAMETERS), {}
    yield "get", url + "?%00=1", {}
    yield "post", url, {"data": dict.fromkeys(PARAMETERS, "\x00")}
    yield "post", url, {"data": {"\x00": "1"}}
    for charset in ("utf-16", "utf-32", "no-such-charset"):
        yield (
            "raw",
            url,
            {
                "data": "q=\x00&body=가".encode("utf-16"),
                "content_type": f"application/x-www-form-urlencoded; charset={charset}",
            },
        )
    yield (
        "raw",
        url,
        {
            "data": b'--x\r\nContent-Disposition: form-data; name="body"\r\n\r\n\x00\xff\r\n--x--',
            "content_type": "multipart/form-data; boundary=x; charset=utf-16",
        },
    )
    yield "raw", url, {"data": b"--broken", "content_type": "multipart/form-data; boundary="}


def send(client, method: str, path: str, kwargs: dict):
    if method == "raw":
        # generic() sends the bytes as they are; post() would re-encode them.
        return client.generic("POST", path, kwargs["data"], kwargs["content_type"])
    return getattr(client, method)(path, **kwargs)


URLS = site_urls()


@pytest.fixture
def walk_world(staff_user):
    company = CompanyFactory(slug="walk")
    DraftFactory(user=staff_user, company=company)
    MockSessionFactory(user=staff_user, company=company)


def test_the_walk_covers_the_site_and_the_admin():
    assert "/practice/interviews/1/autosave/" in URLS
    assert "/companies/walk/target/" in URLS
    assert any(url.startswith("/admin/catalog/") for url in URLS)
    assert len(URLS) > 100


@pytest.mark.parametrize("url", URLS)
def test_no_hostile_request_gets_a_5xx(staff_user, walk_world, url):
    client = Client(raise_request_exception=False)
    client.force_login(staff_user)
    # A csrftoken cookie makes Django's own 400 handler re-read the body (issue 13, item 5).
    client.cookies["csrftoken"] = "k" * 32
    failures = []
    for method, path, kwargs in variants(url):
        response = send(client, method, path, kwargs)
        if response.status_code >= 500:
            failures.append((method, path, kwargs.get("content_type", ""), response.status_code))
    assert failures == []


@pytest.mark.parametrize("path", ["/companies/%00/", "/practice/shared/a%00b/"])
def test_nul_in_a_path_gets_our_400_page(client, path):
    response = client.get(path)
    assert response.status_code == 400
    assert response["X-Prep-Error"] == "bad-request"
    assert "요청을 읽을 수 없습니다" in response.content.decode()


def test_a_utf16_form_post_gets_our_400_page(client):
    client.cookies["csrftoken"] = "k" * 32
    response = client.generic(
        "POST",
        "/accounts/login/",
        "login=a".encode("utf-16"),
        "application/x-www-form-urlencoded; charset=utf-16",
    )
    assert response.status_code == 400
    assert response["X-Prep-Error"] == "bad-request"
