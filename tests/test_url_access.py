"""One table for every URL of the site: who may reach it.

A URL added without an entry here fails `test_every_url_has_an_entry`, so nobody can ship a
page without deciding who sees it. Per-app tests go deeper (nothing changes on a refused write);
this table guards the whole surface at once.
"""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from prep.applications.models import CalendarFeed
from prep.practice.interviews.recordings import save_recording
from prep.practice.models import SessionShare
from tests.audio_samples import recording
from tests.factories import (
    ApplicationFactory,
    ApplicationStepFactory,
    CompanyFactory,
    DraftFactory,
    DraftRevisionFactory,
    EssayPromptFactory,
    MockSessionFactory,
    OwnCompanyFactory,
    PostingFactory,
    ReviewCardFactory,
    SessionQuestionFactory,
)

pytestmark = pytest.mark.django_db

PUBLIC = "public"  # anyone, logged in or not
LOGIN = "login"  # any logged-in candidate; shows only their own data
OWNER = "owner"  # one candidate's object: strangers get 404
PARTNER = "partner"  # a shared-session secret link: any logged-in holder of the token


@dataclass(frozen=True)
class Access:
    kind: str
    method: str = "get"
    kwargs: Callable[[dict], dict] = lambda world: {}


def draft(w):
    return {"pk": w["draft"].pk}


def session(w):
    return {"pk": w["session"].pk}


def answer(w):
    return {"pk": w["session"].pk, "question_pk": w["question"].pk}


def application(w):
    return {"pk": w["application"].pk}


ACCESS: dict[str, Access] = {
    "home": Access(PUBLIC),
    "set_language": Access(PUBLIC, "post"),
    "accounts:profile": Access(LOGIN),
    "data_export": Access(LOGIN, "post"),
    "accounts:account_delete": Access(LOGIN),
    "accounts:signed_in": Access(LOGIN),
    "catalog:company_list": Access(PUBLIC),
    "catalog:company_compare": Access(PUBLIC),
    "catalog:company_detail": Access(PUBLIC, kwargs=lambda w: {"slug": w["company"].slug}),
    "catalog:company_section": Access(
        PUBLIC, kwargs=lambda w: {"slug": w["company"].slug, "section": "news"}
    ),
    "catalog:target_toggle": Access(LOGIN, "post", lambda w: {"slug": w["company"].slug}),
    "catalog:question_bank": Access(PUBLIC),
    "catalog:own_company_new": Access(LOGIN),
    "catalog:own_company_edit": Access(OWNER, kwargs=lambda w: {"slug": w["own_company"].slug}),
    "catalog:own_company_delete": Access(OWNER, kwargs=lambda w: {"slug": w["own_company"].slug}),
    "catalog:own_company_move": Access(OWNER, kwargs=lambda w: {"slug": w["own_company"].slug}),
    "practice:draft_list": Access(LOGIN),
    "practice:draft_start": Access(LOGIN, kwargs=lambda w: {"prompt_pk": w["prompt"].pk}),
    "practice:draft_new": Access(LOGIN),
    "practice:draft_edit": Access(OWNER, kwargs=draft),
    "practice:draft_save": Access(OWNER, "post", draft),
    "practice:draft_status": Access(OWNER, "post", draft),
    "practice:draft_tags": Access(OWNER, "post", draft),
    "practice:draft_resolve": Access(OWNER, "post", draft),
    "practice:draft_normalize": Access(OWNER, "post", draft),
    "practice:draft_replace_unsafe": Access(OWNER, "post", draft),
    "practice:draft_history": Access(OWNER, kwargs=draft),
    "practice:draft_diff": Access(OWNER, kwargs=draft),
    "practice:draft_restore": Access(
        OWNER, "post", lambda w: {"pk": w["draft"].pk, "revision_pk": w["revision"].pk}
    ),
    "practice:draft_export": Access(OWNER, kwargs=draft),
    "practice:draft_delete": Access(OWNER, kwargs=draft),
    "practice:draft_feedback": Access(OWNER, kwargs=draft),
    "practice:draft_feedback_dismiss": Access(OWNER, "post", draft),
    "practice:draft_spelling_apply": Access(OWNER, "post", draft),
    "practice:draft_company": Access(OWNER, kwargs=lambda w: {"slug": w["draft"].company.slug}),
    "practice:company_drafts_export": Access(
        OWNER, kwargs=lambda w: {"slug": w["draft"].company.slug}
    ),
    "practice:session_list": Access(LOGIN),
    "practice:session_new": Access(LOGIN),
    "practice:session_run": Access(OWNER, kwargs=session),
    "practice:session_answer": Access(OWNER, "post", session),
    "practice:session_autosave": Access(OWNER, "post", session),
    "practice:session_rate": Access(OWNER, "post", session),
    "practice:session_pause": Access(OWNER, "post", session),
    "practice:session_resume": Access(OWNER, "post", session),
    "practice:session_abandon": Access(OWNER, "post", session),
    "practice:session_report": Access(OWNER, kwargs=session),
    "practice:session_share": Access(OWNER, "post", session),
    "practice:session_share_revoke": Access(
        OWNER, "post", lambda w: {"pk": w["session"].pk, "share_pk": w["share"].pk}
    ),
    "practice:partner_view": Access(PARTNER, kwargs=lambda w: {"token": w["share"].token}),
    "practice:partner_feedback": Access(
        PARTNER,
        "post",
        lambda w: {"token": w["share"].token, "question_pk": w["question"].pk},
    ),
    "practice:review_today": Access(LOGIN),
    "practice:review_answer": Access(OWNER, "post", lambda w: {"pk": w["card"].pk}),
    "practice:interview_date": Access(LOGIN),
    "practice:recording_upload": Access(OWNER, "post", answer),
    "practice:recording_audio": Access(OWNER, kwargs=answer),
    "practice:recording_delete": Access(OWNER, "post", answer),
    "practice:session_format_new": Access(LOGIN),
    "practice:session_prepare": Access(OWNER, "post", session),
    "practice:partner_recording": Access(
        PARTNER, kwargs=lambda w: {"token": w["share"].token, "question_pk": w["question"].pk}
    ),
    "applications:posting_list": Access(PUBLIC),
    "applications:posting_detail": Access(PUBLIC, kwargs=lambda w: {"pk": w["posting"].pk}),
    "applications:posting_follow": Access(LOGIN, "post", lambda w: {"pk": w["posting"].pk}),
    "applications:posting_write": Access(LOGIN, "post", lambda w: {"pk": w["posting"].pk}),
    "applications:application_list": Access(LOGIN),
    "applications:application_detail": Access(OWNER, kwargs=application),
    "applications:application_stage": Access(OWNER, "post", application),
    "applications:application_notes": Access(OWNER, "post", application),
    "applications:application_step_delete": Access(
        OWNER, "post", lambda w: {"pk": w["application"].pk, "step_pk": w["step"].pk}
    ),
    "applications:application_delete": Access(OWNER, "post", application),
    "applications:calendar_month": Access(LOGIN),
    "applications:calendar_feed_settings": Access(LOGIN),
    # No session: the secret token is the key (a wrong one is a 404, tests/applications).
    "applications:calendar_feed": Access(PUBLIC, kwargs=lambda w: {"token": w["feed"].token}),
}


def site_url_names() -> set[str]:
    """Every named URL of our own apps (admin and allauth are tested on their own)."""
    names = set()

    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace == "admin":
                    continue
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                if pattern.callback.__module__.startswith("allauth"):
                    continue
                names.add(namespace + pattern.name)

    walk(get_resolver().url_patterns)
    return names


def allauth_url_names() -> list[str]:
    names = []
    for pattern in get_resolver().url_patterns:
        module = getattr(pattern, "urlconf_name", None)
        if isinstance(pattern, URLResolver) and getattr(module, "__name__", "") == "allauth.urls":
            stack = list(pattern.url_patterns)
            while stack:
                item = stack.pop()
                if isinstance(item, URLResolver):
                    stack.extend(item.url_patterns)
                elif item.name and not item.pattern.regex.groups:
                    names.append(item.name)
    return sorted(set(names))


@pytest.fixture
def world(user):
    company = CompanyFactory(name="접근시험기관", slug="access-test")
    prompt = EssayPromptFactory(company=company)
    draft = DraftFactory(user=user, prompt=prompt, body="앨리스의 글")
    revision = DraftRevisionFactory(draft=draft, body="앨리스의 옛 글")
    session = MockSessionFactory(user=user, company=company)
    now = timezone.now()
    question = SessionQuestionFactory(session=session, started_at=now, answered_at=now)
    share = SessionShare.objects.create(session=session, token="p" * 43)
    save_recording(
        session_question=question,
        upload=SimpleUploadedFile("a.webm", recording([("voice", 0.5)])),
    )
    card = ReviewCardFactory(user=user, company=company)
    posting = PostingFactory(company=company, prompts=[prompt])
    application = ApplicationFactory(user=user, posting=posting)
    step = ApplicationStepFactory(application=application)
    feed = CalendarFeed.objects.create(user=user)
    own_company = OwnCompanyFactory(name="앨리스의 지원처", owner=user)
    return {
        "own_company": own_company,
        "company": company,
        "prompt": prompt,
        "draft": draft,
        "revision": revision,
        "session": session,
        "question": question,
        "share": share,
        "card": card,
        "posting": posting,
        "application": application,
        "step": step,
        "feed": feed,
    }


def call(client, name: str, world: dict):
    access = ACCESS[name]
    url = reverse(name, kwargs=access.kwargs(world))
    return getattr(client, access.method)(url)


def is_login_redirect(response) -> bool:
    """A GET is sent to the login page; a form post is answered 401 so no typed text is lost."""
    if response.status_code == 401:
        return response.headers.get("X-Prep-Error") == "login-required"
    return response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_every_url_has_an_entry():
    missing = site_url_names() - set(ACCESS)
    assert not missing, f"add these URLs to ACCESS with who may reach them: {sorted(missing)}"
    stale = set(ACCESS) - site_url_names()
    assert not stale, f"these entries name no URL any more: {sorted(stale)}"


@pytest.mark.parametrize("name", sorted(ACCESS))
def test_anonymous_visitors(client, world, name):
    response = call(client, name, world)
    if ACCESS[name].kind == PUBLIC:
        assert response.status_code in (200, 302)
        assert not is_login_redirect(response)
    else:
        assert is_login_redirect(response), response.status_code


@pytest.mark.parametrize("name", sorted(ACCESS))
def test_a_stranger(client_stranger, world, name):
    response = call(client_stranger, name, world)
    if ACCESS[name].kind == OWNER:
        assert response.status_code == 404
    else:
        assert response.status_code not in (403, 404, 500)
        assert not is_login_redirect(response)


@pytest.mark.parametrize("name", sorted(ACCESS))
def test_the_owner(client_user, world, name):
    response = call(client_user, name, world)
    if ACCESS[name].kind == PARTNER:
        # The owner never acts as their own study partner; viewing the link is harmless.
        assert response.status_code in (200, 302, 404)
        return
    assert response.status_code not in (403, 404, 500), response.status_code
    assert not is_login_redirect(response)


@pytest.mark.parametrize("name", allauth_url_names())
def test_allauth_pages_answer_anonymous_visitors_without_errors(client, name):
    response = client.get(reverse(name))
    assert response.status_code in (200, 302, 405)
