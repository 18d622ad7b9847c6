"""Every draft URL answers only its owner: strangers get 404, anonymous visitors the login page."""

import pytest
from django.test import Client
from django.urls import reverse

from prep.practice.models import Draft
from tests.factories import DraftFactory, DraftRevisionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def alice_draft(user):
    draft = DraftFactory(user=user, prompt__company__slug="alice-co", body="앨리스의 글")
    DraftRevisionFactory(draft=draft, body="앨리스의 옛 글")
    return draft


def text_data(draft):
    return {
        "headline": "",
        "body": "덮어쓰기",
        "version": draft.version,
    }


# (url name, method, kwargs builder, data builder, owner's expected status)
CASES = [
    ("draft_edit", "get", lambda d: {"pk": d.pk}, None, 200),
    ("draft_save", "post", lambda d: {"pk": d.pk}, text_data, 302),
    ("draft_status", "post", lambda d: {"pk": d.pk}, lambda d: {"status": "done"}, 302),
    ("draft_tags", "post", lambda d: {"pk": d.pk}, lambda d: {"competency": 1}, 302),
    (
        "draft_resolve",
        "post",
        lambda d: {"pk": d.pk},
        lambda d: {"choice": "mine", "version": d.version, "mine_body": "덮어쓰기"},
        302,
    ),
    ("draft_normalize", "post", lambda d: {"pk": d.pk}, text_data, 302),
    ("draft_replace_unsafe", "post", lambda d: {"pk": d.pk}, text_data, 302),
    ("draft_history", "get", lambda d: {"pk": d.pk}, None, 200),
    ("draft_diff", "get", lambda d: {"pk": d.pk}, None, 200),
    (
        "draft_restore",
        "post",
        lambda d: {"pk": d.pk, "revision_pk": d.revisions.first().pk},
        lambda d: {},
        302,
    ),
    ("draft_export", "get", lambda d: {"pk": d.pk}, None, 200),
    ("draft_delete", "get", lambda d: {"pk": d.pk}, None, 200),
    ("draft_delete", "post", lambda d: {"pk": d.pk}, lambda d: {}, 302),
    ("draft_company", "get", lambda d: {"slug": d.company.slug}, None, 200),
    ("company_drafts_export", "get", lambda d: {"slug": d.company.slug}, None, 200),
]
IDS = [f"{name}-{method}" for name, method, *_ in CASES]


def request(client, case, draft):
    name, method, kwargs, data, _expected = case
    url = reverse(f"practice:{name}", kwargs=kwargs(draft))
    payload = data(draft) if data else None
    return (
        getattr(client, method)(url, payload)
        if payload is not None
        else getattr(client, method)(url)
    )


class TestDraftAccess:
    @pytest.mark.parametrize("case", CASES, ids=IDS)
    def test_the_owner_gets_the_page(self, client_user, alice_draft, case):
        assert request(client_user, case, alice_draft).status_code == case[-1]

    @pytest.mark.parametrize("case", CASES, ids=IDS)
    def test_a_stranger_gets_404_and_changes_nothing(self, client_stranger, alice_draft, case):
        response = request(client_stranger, case, alice_draft)
        assert response.status_code == 404
        alice_draft.refresh_from_db()
        assert (alice_draft.body, alice_draft.status) == ("앨리스의 글", "writing")
        assert alice_draft.revisions.count() == 1

    @pytest.mark.parametrize("case", CASES, ids=IDS)
    def test_an_anonymous_visitor_is_sent_to_log_in(self, alice_draft, case):
        response = request(Client(), case, alice_draft)
        if response.status_code == 401:
            # A post carrying typed text is answered in place, the text shown back with a login
            # link (prep.middleware.LoginRequiredAnswerMiddleware), not lost in a redirect.
            assert response["X-Prep-Error"] == "login-required"
            assert reverse("account_login") in response.content.decode()
        else:
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("account_login"))
        assert Draft.objects.get(pk=alice_draft.pk).body == "앨리스의 글"

    @pytest.mark.parametrize("case", [c for c in CASES if c[1] == "post"], ids=lambda c: c[0])
    def test_writes_need_a_csrf_token(self, user, alice_draft, case):
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        assert request(client, case, alice_draft).status_code == 403
        assert Draft.objects.get(pk=alice_draft.pk).body == "앨리스의 글"

    def test_the_dashboard_and_new_draft_pages_need_a_login(self, client):
        for name in ["draft_list", "draft_new"]:
            response = client.get(reverse(f"practice:{name}"))
            assert response["Location"].startswith(reverse("account_login"))
        response = client.get(reverse("practice:draft_start", args=[1]))
        assert response["Location"].startswith(reverse("account_login"))
