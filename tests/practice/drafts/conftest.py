import pytest

from tests.factories import DraftFactory


@pytest.fixture
def draft(user):
    return DraftFactory(
        user=user,
        prompt__company__name="한국사회보장정보원",
        prompt__company__slug="ssis",
        prompt__text="문제를 해결한 경험을 쓰세요.",
        prompt__limit=100,
        headline="[목표 80% 달성]",
        body="저는 처리 지연 문제를 해결했습니다.",
    )
