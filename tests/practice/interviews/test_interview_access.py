"""Sessions, answers, cards and notes are the owner's alone: a stranger gets 404 everywhere,
an anonymous visitor is sent to log in."""

import pytest
from django.urls import reverse

from prep.catalog.models import TargetCompany
from prep.practice.models import SessionShare
from tests.factories import (
    CompanyFactory,
    MockSessionFactory,
    ReviewCardFactory,
    SessionQuestionFactory,
)


@pytest.fixture
def owned(user):
    """Alice's session (one answered question with a private note), share link and card."""
    session = MockSessionFactory(user=user)
    question = SessionQuestionFactory(session=session, answer="앨리스의 답", note="앨리스의 메모")
    share = SessionShare.objects.create(session=session, token="s" * 43)
    card = ReviewCardFactory(user=user, text="앨리스의 복습 카드")
    return {"session": session, "question": question, "share": share, "card": card}


def session_kwargs(o):
    return {"pk": o["session"].pk}


# (url name, method, kwargs from the owned objects)
OWNER_ONLY = [
    ("session_run", "get", session_kwargs),
    ("session_answer", "post", session_kwargs),
    ("session_autosave", "post", session_kwargs),
    ("session_rate", "post", session_kwargs),
    ("session_pause", "post", session_kwargs),
    ("session_resume", "post", session_kwargs),
    ("session_abandon", "post", session_kwargs),
    ("session_report", "get", session_kwargs),
    ("session_share", "post", session_kwargs),
    (
        "session_share_revoke",
        "post",
        lambda o: {"pk": o["session"].pk, "share_pk": o["share"].pk},
    ),
    ("review_answer", "post", lambda o: {"pk": o["card"].pk}),
]
USER_PAGES = ["session_list", "session_new", "review_today", "interview_date"]
PARTNER = [
    ("partner_view", "get", lambda o: {"token": o["share"].token}),
    (
        "partner_feedback",
        "post",
        lambda o: {"token": o["share"].token, "question_pk": o["question"].pk},
    ),
]


def post_data(o):
    return {"question": o["question"].pk, "answer": "찰리가 쓴 글", "rating": 1, "note": "찰리"}


@pytest.mark.parametrize(("name", "method", "kwargs"), OWNER_ONLY)
def test_a_stranger_gets_404_and_changes_nothing(client_stranger, owned, name, method, kwargs):
    url = reverse(f"practice:{name}", kwargs=kwargs(owned))
    response = getattr(client_stranger, method)(url, post_data(owned) if method == "post" else None)
    assert response.status_code == 404
    owned["question"].refresh_from_db()
    owned["share"].refresh_from_db()
    owned["session"].refresh_from_db()
    assert owned["question"].answer == "앨리스의 답"
    assert owned["question"].note == "앨리스의 메모"
    assert owned["share"].revoked_at is None
    assert owned["session"].status == "in_progress"
    assert owned["session"].shares.count() == 1
    assert not owned["card"].logs.exists()


@pytest.mark.parametrize(("name", "method", "kwargs"), OWNER_ONLY + PARTNER)
def test_an_anonymous_visitor_is_sent_to_log_in(client, owned, name, method, kwargs):
    url = reverse(f"practice:{name}", kwargs=kwargs(owned))
    response = getattr(client, method)(url)
    if response.status_code == 401:
        # A post carrying typed text is answered in place, the text shown back with a login
        # link (prep.middleware.LoginRequiredAnswerMiddleware), not lost in a redirect.
        assert response["X-Prep-Error"] == "login-required"
        assert reverse("account_login") in response.content.decode()
    else:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("name", USER_PAGES)
def test_an_anonymous_visitor_is_sent_to_log_in_from_own_pages(client, name):
    response = client.get(reverse(f"practice:{name}"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("name", USER_PAGES)
def test_a_strangers_own_pages_show_none_of_the_owners_data(client_stranger, owned, user, name):
    company = CompanyFactory(name="앨리스만의 지원 기업")
    TargetCompany.objects.create(user=user, company=company)
    content = client_stranger.get(reverse(f"practice:{name}")).content.decode()
    for private in ["앨리스의 답", "앨리스의 메모", "앨리스의 복습 카드", owned["share"].token]:
        assert private not in content
    if name != "session_new" and name != "interview_date":
        assert "앨리스만의 지원 기업" not in content


def test_the_wrong_http_method_is_refused(client_user, owned):
    assert (
        client_user.get(
            reverse("practice:session_answer", kwargs=session_kwargs(owned))
        ).status_code
        == 405
    )
    assert (
        client_user.post(
            reverse("practice:session_report", kwargs=session_kwargs(owned))
        ).status_code
        == 405
    )
