import pytest
from django.utils import timezone

from tests.factories import (
    CompanyFactory,
    InterviewQuestionFactory,
    MockSessionFactory,
    SessionQuestionFactory,
)
from tests.practice.interviews.running import Clock


@pytest.fixture
def clock(monkeypatch):
    """Frozen server time that tests move by hand (no sleeps)."""
    frozen = Clock()
    monkeypatch.setattr(timezone, "now", lambda: frozen.now)
    return frozen


@pytest.fixture
def company(db):
    return CompanyFactory(name="한국사회보장정보원", slug="ssis")


@pytest.fixture
def session(user, company):
    session = MockSessionFactory(user=user, company=company, seconds_per_answer=90)
    for order in (1, 2):
        SessionQuestionFactory(
            session=session,
            order=order,
            question=InterviewQuestionFactory(
                company=company, text=f"질문 {order}", hint=f"힌트 {order}"
            ),
            text=f"질문 {order}",
        )
    return session
