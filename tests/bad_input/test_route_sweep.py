"""Every named route of the site (found from the URL conf, so a new one is swept too) with the
demo-like world of tests/page_world.py, for an anonymous visitor, the candidate and a stranger:
every HTTP method, with and without HTMX headers, hostile query strings and form bodies,
malformed JSON; then every form the candidate's pages show, posted again with one field at a
time made hostile. Never a 5xx, on SQLite or PostgreSQL (integers past PostgreSQL's 32-bit
range are the PostgreSQL-only case), and a textarea's text comes back when its form is refused.

test_site_walk.py covers the fields by name with a hand-made world; this walk finds them.
"""

import html
from html.parser import HTMLParser
from itertools import combinations

import pytest
from django.test import Client
from django.urls import NoReverseMatch, URLResolver, get_resolver, reverse

from tests.page_world import candidate_world

pytestmark = pytest.mark.django_db

PG_INT = "2147483648"  # one past PostgreSQL's integer; SQLite stores it
QUERY_VALUES = [
    "-1",
    PG_INT,
    "99999999999999999999",
    "abc",
    "%ED%A0%80",
    "2026-02-30",
    "99999-01-01",
    "2026-03-01T10:00",
    "x" * 3000,
]
QUERY_NAMES = [
    "page",
    "q",
    "kind",
    "company",
    "month",
    "format",
    "a",
    "b",
    "c",
    "stop",
    "next",
    "type",
    "competency",
    "season",
    "job_family",
    "show",
    "region",
    "hiring_type",
    "recruit_kind",
]
FORM_VALUES = [
    "-1",
    PG_INT,
    "99999999999999999999",
    "1e400",
    "2026-02-30",
    "99999-01-01",
    "2026-03-01T10:00:00",
    "",
]
FORM_NAMES = [
    "headline",
    "body",
    "version",
    "answer",
    "notes",
    "note",
    "stage",
    "date",
    "question",
    "comment",
    "rating",
    "key",
    "saved_version",
    "status",
    "competency",
    "interview_date",
    "company",
    "interview_format",
    "prep_minutes",
    "mode",
    "action",
    "custom_question",
    "custom_limit",
    "duration_ms",
    "confirm",
    "display_name",
    "question_count",
    "seconds_per_answer",
]
JSON_BODIES = [b"{", b'{"body": 1}', b"[]", b"null", b'{"a": "\\u0000"}']


def _route_names(patterns=None, namespace=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":  # walked by tests/test_url_walk.py
                continue
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from _route_names(pattern.url_patterns, inner)
        elif pattern.name:
            yield namespace + pattern.name


def _kwargs(name: str, w: dict) -> dict:
    pk_by_prefix = {
        "practice:draft": w["draft"].pk,
        "practice:session": w["session"].pk,
        "practice:recording": w["session"].pk,
        "practice:review": w["card"].pk,
        "applications:posting": w["posting"].pk,
        "applications:application": w["application"].pk,
    }
    pks = [value for prefix, value in pk_by_prefix.items() if name.startswith(prefix)]
    kwargs = {"pk": pks[0]} if pks else {}
    return {
        **kwargs,
        "slug": w["own_company"].slug if "own_company" in name else w["company"].slug,
        "section": "news",
        "prompt_pk": w["prompt"].pk,
        "revision_pk": w["revision"].pk,
        "share_pk": w["share"].pk,
        "token": w["share"].token if name.startswith("practice:") else w["feed"].token,
        "question_pk": w["question"].pk,
        "step_pk": w["step"].pk,
    }


def routes(w: dict) -> list[str]:
    """One URL per named route, its arguments taken from the world."""
    found = set()
    for name in _route_names():
        kwargs = _kwargs(name, w)
        for size in range(4):
            urls = []
            for keys in combinations(kwargs, size):
                try:
                    urls.append(reverse(name, kwargs={key: kwargs[key] for key in keys}))
                except NoReverseMatch:
                    continue
                break
            if urls:
                found.update(urls)
                break
    return sorted(found)


@pytest.fixture
def world(user):
    return candidate_world(user)


def clients(user, other_user) -> dict[str, Client]:
    anonymous = Client(raise_request_exception=False)
    candidate = Client(raise_request_exception=False)
    candidate.force_login(user)
    stranger = Client(raise_request_exception=False)
    stranger.force_login(other_user)
    return {"anonymous": anonymous, "candidate": candidate, "stranger": stranger}


def test_the_sweep_reaches_every_kind_of_route(world):
    urls = routes(world)
    assert len(urls) > 80
    for expected in ["/calendar/feed/", "/accounts/export/", "/practice/interview-date/"]:
        assert expected in urls
    assert any(url.endswith(".ics") for url in urls)
    assert any("/recording/audio/" in url for url in urls)


def test_no_method_header_query_or_body_gets_a_5xx(user, other_user, world, settings):
    settings.RATELIMIT_ENABLE = False
    people = clients(user, other_user)
    failures = []

    def check(who, what, url, response):
        if response.status_code >= 500:
            failures.append((who, what, url, response.status_code))

    urls = routes(world)
    for url in urls:
        for who, client in people.items():
            for method in ["get", "post", "put", "delete", "head"]:
                check(who, method, url, getattr(client, method)(url))
            for method in ["get", "post"]:
                hx = {"HX-Request": "true", "HX-Current-URL": "http://testserver" + url}
                check(who, f"htmx {method}", url, getattr(client, method)(url, headers=hx))
    for who in ["anonymous", "candidate"]:
        client = people[who]
        for url in urls:
            for value in QUERY_VALUES:
                query = "&".join(f"{name}={value}" for name in QUERY_NAMES)
                check(who, f"?{value[:20]}", url, client.get(f"{url}?{query}"))
            check(who, "repeated", url, client.get(f"{url}?page=1&page=x&month=1&month=2"))
            for value in FORM_VALUES:
                check(
                    who,
                    f"form {value[:20]}",
                    url,
                    client.post(url, dict.fromkeys(FORM_NAMES, value)),
                )
            for body in JSON_BODIES:
                check(
                    who,
                    f"json {body[:10]}",
                    url,
                    client.generic("POST", url, body, "application/json"),
                )
    assert failures == []


@pytest.mark.parametrize("pk", [PG_INT, "9223372036854775808", "99999999999999999999"])
def test_an_id_past_the_databases_integers_is_a_404(client_user, world, pk):
    for url in [
        f"/practice/drafts/{pk}/",
        f"/practice/interviews/{pk}/report/",
        f"/applications/{pk}/",
        f"/postings/{pk}/",
        f"/practice/interviews/{world['session'].pk}/answers/{pk}/recording/audio/",
    ]:
        assert client_user.get(url).status_code == 404, url
    restore = f"/practice/drafts/{world['draft'].pk}/restore/{pk}/"
    assert client_user.post(restore).status_code == 404


# --------------------------------------------------------------------------------------------
# The forms the pages show, posted again with one hostile field at a time


class _Forms(HTMLParser):
    """The forms of a page: method, action and each field's name, default value and kind."""

    def __init__(self):
        super().__init__()
        self.forms, self.form, self.select, self.textarea = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            method = "post" if a.get("hx-post") else (a.get("method") or "get").lower()
            action = a.get("hx-post") or a.get("action")
            self.form = {"method": method, "action": action, "fields": []}
            self.forms.append(self.form)
        elif self.form is None or not a.get("name") and tag != "option":
            return
        elif tag == "input":
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                self.form["fields"].append((a["name"], None, kind))
            elif kind not in ("button", "file", "image"):
                self.form["fields"].append((a["name"], a.get("value", ""), kind))
        elif tag == "button":
            self.form["fields"].append((a["name"], a.get("value", ""), "submit"))
        elif tag == "select":
            self.select = [a["name"], None]
        elif tag == "option" and self.select is not None:
            if self.select[1] is None or "selected" in a:
                self.select[1] = a.get("value", "")
        elif tag == "textarea":
            self.textarea = [a["name"], ""]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "select" and self.select is not None and self.form is not None:
            self.form["fields"].append((self.select[0], self.select[1] or "", "select"))
            self.select = None
        elif tag == "textarea" and self.textarea is not None and self.form is not None:
            text = html.unescape(self.textarea[1]).removeprefix("\n")
            self.form["fields"].append((self.textarea[0], text, "textarea"))
            self.textarea = None


# The forms that end what the others need (the draft, the session, the account): last.
ENDING = ("delete", "abandon", "logout", "revoke", "restore", "pause", "/email/", "export")
HOSTILE_FIELD_VALUES = [
    PG_INT,
    "99999999999999999999",
    "2026-02-30",
    "99999-01-01",
    "지원 동기를 다시 정리할 것 \u202e메모",
]


def page_forms(client, urls) -> list[tuple[str, dict]]:
    found = {}
    for url in urls:
        response = client.get(url)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        parser = _Forms()
        parser.feed(response.content.decode())
        for form in parser.forms:
            action = (form["action"] or url).split("#")[0]
            key = (
                form["method"],
                action.split("?")[0],
                tuple(sorted(f[0] for f in form["fields"])),
            )
            found.setdefault(key, (action, form))
    return sorted(found.values(), key=lambda item: any(word in item[0] for word in ENDING))


def test_every_form_with_one_hostile_field_never_5xx_and_keeps_the_typed_text(
    user, other_user, world, settings
):
    settings.RATELIMIT_ENABLE = False
    people = clients(user, other_user)
    urls = routes(world) + [
        reverse("practice:session_run", args=[world["running"].pk]),
        reverse("practice:partner_view", args=[world["share"].token]),
    ]
    failures, lost = [], []
    # The anonymous visitor's forms (log-in, sign-up) are allauth's, swept in test_site_walk.py.
    for who in ["candidate", "stranger"]:
        client = people[who]
        for action, form in page_forms(client, urls):
            base = {}
            for name, value, _kind in form["fields"]:
                if value is not None:
                    base.setdefault(name, []).append(value)
            for name, _value, kind in form["fields"]:
                if name == "csrfmiddlewaretoken":
                    continue
                for bad in HOSTILE_FIELD_VALUES:
                    data = {**base, name: [bad]}
                    if form["method"] == "post":
                        response = client.post(action, data)
                    else:
                        response = client.get(action, data)
                    if response.status_code >= 500:
                        failures.append((who, action, name, bad[:20], response.status_code))
                    elif (
                        kind == "textarea"
                        and response.status_code in (200, 400, 409, 422)
                        and "html" in response.get("Content-Type", "")
                        and bad not in html.unescape(response.content.decode())
                        # An answer accepted moves the interview on: saved, not lost.
                        and "/answer/" not in action
                    ):
                        lost.append((who, action, name, bad[:20], response.status_code))
    assert failures == []
    assert lost == []
