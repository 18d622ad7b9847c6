"""Query budgets that do not grow with the number of postings or applications (1 vs 50)."""

import pytest
from django.contrib.auth import SESSION_KEY
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from prep.applications.models import CalendarFeed
from prep.candidate_pages import bump_candidate
from prep.catalog.models.postings import Region
from tests.factories import (
    ApplicationFactory,
    ApplicationStepFactory,
    CompanyFactory,
    EssayPromptFactory,
    HiringTypeFactory,
    PostingFactory,
    _seoul,
)

pytestmark = pytest.mark.django_db


def make_world(user, count: int):
    kind = HiringTypeFactory(name="정규직")
    region, _created = Region.objects.get_or_create(name="세종")
    postings = []
    for n in range(count):
        company = CompanyFactory()
        posting = PostingFactory(
            company=company,
            closes_at=_seoul(1 + n % 20),
            prompts=[EssayPromptFactory(company=company)],
        )
        posting.hiring_types.add(kind)
        posting.regions.add(region)
        application = ApplicationFactory(user=user, posting=posting)
        ApplicationStepFactory(application=application, date=_seoul(n % 25).date())
        postings.append(posting)
    return postings


def count_queries(client, url: str, **params) -> int:
    # The first request of a session also saves the session and sets the CSRF cookie.
    client.get(url, params)
    # Count a rendering, not the kept copy (prep.candidate_pages) a page may answer with.
    if SESSION_KEY in client.session:
        bump_candidate(int(client.session[SESSION_KEY]))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


PAGES = [
    "applications:posting_list",
    "applications:application_list",
    "applications:calendar_month",
    "home",
]


@pytest.mark.parametrize("name", PAGES)
def test_a_page_costs_the_same_with_1_and_50(client_user, user, other_user, name):
    make_world(user, 1)
    one = count_queries(client_user, reverse(name))
    make_world(user, 49)
    fifty = count_queries(client_user, reverse(name))
    assert fifty == one


def test_posting_detail_costs_the_same_with_1_and_50_followers(client_user, user, other_user):
    [posting] = make_world(user, 1)
    url = posting.get_absolute_url()
    one = count_queries(client_user, url)
    for _n in range(49):
        ApplicationFactory(posting=posting)
        EssayPromptFactory(company=posting.company)
    assert count_queries(client_user, url) == one


def test_the_feed_costs_the_same_with_1_and_50(client, user):
    feed = CalendarFeed.objects.create(user=user)
    url = reverse("applications:calendar_feed", kwargs={"token": feed.token})
    make_world(user, 1)
    one = count_queries(client, url)
    make_world(user, 49)
    assert count_queries(client, url) == one


def test_the_application_detail_costs_the_same_with_1_and_50_drafts(client_user, user):
    [posting] = make_world(user, 1)
    application = user.applications.get()
    client_user.post(reverse("applications:posting_write", kwargs={"pk": posting.pk}))
    url = application.get_absolute_url()
    one = count_queries(client_user, url)
    for _n in range(49):
        EssayPromptFactory(company=posting.company)
        posting.posting_prompts.create(prompt=posting.company.essay_prompts.last())
    client_user.post(reverse("applications:posting_write", kwargs={"pk": posting.pk}))
    assert application.drafts.count() == 50
    assert count_queries(client_user, url) == one
