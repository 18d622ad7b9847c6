"""fit20 additions to the wrong-company context, on sentences written for these tests."""

import pytest

from prep.coach import company_names as cn
from prep.coach.institutions import known_institutions

_TARGET = cn.Company("한국사회보장정보원", ("사회보장정보원", "사보원"), "ssis")


def _contexts(text):
    mentions = cn.find_mentions(text, (_TARGET, *known_institutions()))
    return {text[m.start : m.end]: m.context for m in mentions}


@pytest.mark.parametrize(
    "text, name",
    [
        ("입사하면 국민연금공단의 기금 운용 지원 업무에 힘을 보태겠습니다.", "국민연금공단"),
        ("앞으로 한국고용정보원의 고용 데이터 분석 조직에서 일하고 싶습니다.", "한국고용정보원"),
        ("지원 동기: 근로복지공단이 펼치는 산재 예방 사업에 끌렸습니다.", "근로복지공단"),
        ("졸업 후 보사연에서 빈곤 통계를 다루고 싶습니다.", "보사연"),
    ],
)
def test_named_as_the_target(text, name):
    assert _contexts(text)[name] == "aspiration"


@pytest.mark.parametrize(
    "text, name, context",
    [
        ("한국전력공사에서 배운 안전 점검 습관을 살려 일하겠습니다.", "한국전력공사", "experience"),
        ("입사 후 한국고용정보원의 통계를 참고해 쓰겠습니다.", "한국고용정보원", "partner"),
        ("한국부동산원의 공개 자료에 따르면 거래가 줄었습니다.", "한국부동산원", "partner"),
    ],
)
def test_past_work_and_sources_are_not_the_target(text, name, context):
    assert _contexts(text)[name] == context
