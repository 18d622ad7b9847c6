"""The candidate's world the bad-input tests post into: one of each kind of their data."""

import pytest

from tests.factories import (
    ApplicationFactory,
    ApplicationStepFactory,
    CompanyFactory,
    DraftFactory,
    MockSessionFactory,
    PostingFactory,
    SessionQuestionFactory,
)


@pytest.fixture
def world(user):
    company = CompanyFactory(slug="bad")
    posting = PostingFactory(company=company)
    application = ApplicationFactory(user=user, posting=posting)
    step = ApplicationStepFactory(application=application)
    draft = DraftFactory(user=user, company=company)
    session = MockSessionFactory(user=user, company=company)
    question = SessionQuestionFactory(session=session)
    from prep.applications.models import CalendarFeed

    feed = CalendarFeed.regenerate(user)
    from prep.practice.models import SessionShare

    share = SessionShare.objects.create(session=session, token="badtoken")
    return locals()
