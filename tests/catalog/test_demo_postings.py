import io

import pytest
from django.core.management import call_command

from prep.catalog.models.postings import Posting, seoul_today

pytestmark = pytest.mark.django_db


def load():
    call_command("load_catalog_demo", stdout=io.StringIO())
    call_command("load_postings_demo", stdout=io.StringIO())


def test_demo_postings_are_open_published_and_ask_their_companys_prompts():
    load()
    postings = Posting.objects.published().order_by("source_id")
    assert [p.company.name for p in postings] == [
        "한국사회보장정보원",
        "한국사회보장정보원",
        "국민권익위원회",
    ]
    first = postings[0]
    assert first.opens_at.date() <= seoul_today() <= first.deadline
    assert first.posting_prompts.exists()
    assert all(link.prompt.company == first.company for link in first.posting_prompts.all())
    assert first.steps.filter(kind="interview").exists()


def test_loading_twice_duplicates_nothing():
    load()
    counts = (
        Posting.objects.count(),
        sum(p.posting_prompts.count() for p in Posting.objects.all()),
    )
    load()
    assert (
        Posting.objects.count(),
        sum(p.posting_prompts.count() for p in Posting.objects.all()),
    ) == counts


def test_load_demo_runs_the_postings_step():
    call_command("load_demo", stdout=io.StringIO())
    assert Posting.objects.published().count() == 3
