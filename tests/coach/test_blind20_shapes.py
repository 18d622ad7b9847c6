"""Shapes added for writers who had not read the rules (blind_shapes20 and its wiring).

Every sentence here is made up for the test; none is copied from a labelled set.
"""

from __future__ import annotations

import pytest

from prep.coach.blind_hiring import find_leaks


def _flagged(text: str) -> list[tuple[str, str]]:
    return [(leak.category, text[leak.span[0] : leak.span[1]]) for leak in find_leaks(text)]


def _categories(text: str) -> set[str]:
    return {category for category, _ in _flagged(text)}


@pytest.mark.parametrize(
    "text",
    [
        "합격 여부는 010-5521-7730으로 알려 주시면 감사하겠습니다.",
        "궁금하신 점은 01098761234로 문자 주셔도 됩니다.",
    ],
)
def test_phone_number_in_body_is_contact_data(text: str) -> None:
    assert "email" in _categories(text)


def test_phone_number_read_out_by_a_client_is_theirs() -> None:
    text = "어르신이 불러 주신 번호 010-4410-2288을 제가 장부에 옮겨 적었습니다."
    assert "email" not in _categories(text)


def test_account_numbers_are_no_phone() -> None:
    assert _categories("처리 건수는 2023년에 1,204건이었습니다.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "철야 기도로 한 주를 마무리하며 마음을 다잡았습니다.",
        "주일 예배 반주를 맡으며 약속 시간을 지키는 법을 배웠습니다.",
        "주일학교에서 동화책을 읽어 주는 봉사를 했습니다.",
    ],
)
def test_religious_practice_as_routine(text: str) -> None:
    assert "religion" in _categories(text)


def test_prayer_time_of_a_relative_is_theirs() -> None:
    text = "할머니의 새벽 기도 시간에는 집 안이 조용했습니다."
    assert "religion" not in _categories(text)


def test_two_religion_cues_in_one_clause_are_one_finding() -> None:
    text = "성당에 다니며 주일 미사에 빠진 적이 없었고 그 덕에 부지런해졌습니다."
    assert [c for c, _ in _flagged(text)].count("religion") == 1


@pytest.mark.parametrize(
    "text",
    [
        "출산으로 2년 동안 경력이 단절되었지만 그동안 회계 자격증을 땄습니다.",
        "육아 때문에 잠시 일을 그만두었다가 콜센터 상담원으로 복귀했습니다.",
    ],
)
def test_career_break_for_a_child(text: str) -> None:
    assert "marital" in _categories(text)


def test_client_career_break_is_theirs() -> None:
    text = "상담을 받으러 온 여성분은 육아로 경력이 끊겼다고 하셨습니다."
    assert "marital" not in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "딸 유치원 등원을 마치고 아홉 시까지 출근했습니다.",
        "저희 아들 하교 시간에 맞춰 근무표를 짰습니다.",
    ],
)
def test_own_child_daycare_run(text: str) -> None:
    assert "marital" in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "그 아이 하원 시간이 늦어 센터에서 한 시간을 더 기다렸습니다.",
        "민원인의 딸 등교 문제로 학교에 연락드렸습니다.",
        "돌봄교실 아이들 하원을 도우며 보호자분들과 인사를 나눴습니다.",
    ],
)
def test_someone_elses_child_daycare_run(text: str) -> None:
    assert "marital" not in _categories(text)


def test_people_joined_by_gwa_are_no_department() -> None:
    text = "성당 봉사대 친구들과 함께 무료 급식소에서 배식을 도왔습니다."
    assert "school" not in _categories(text)


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("방사선사인 아버지 덕분에 병원 장비가 낯설지 않았습니다.", "방사선사인 아버지"),
        ("사회복지사인 이모를 따라 복지관 행사를 도왔습니다.", "사회복지사인 이모"),
    ],
)
def test_job_said_with_ida_before_a_relative(text: str, excerpt: str) -> None:
    assert any(c == "family" and excerpt in e for c, e in _flagged(text))


@pytest.mark.parametrize(
    "text",
    [
        "환자인 어머니를 모시고 온 보호자께 접수 순서를 안내했습니다.",
        "제가 상담한 분은 미용사인 어머니를 모시고 오셨습니다.",
    ],
)
def test_job_before_someone_elses_relative_or_no_job(text: str) -> None:
    assert "family" not in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "시댁 어른들께 안부 전화를 드리는 습관이 고객 응대에도 배었습니다.",
        "처가 식구들의 농사일을 도우며 새벽에 일어나는 법을 익혔습니다.",
    ],
)
def test_people_of_the_in_laws_household_are_the_writers_in_laws(text: str) -> None:
    assert "marital" in _categories(text)


def test_in_laws_of_a_client_are_theirs() -> None:
    text = "면담한 여성분은 시댁 어르신들을 혼자 모신다고 하셨습니다."
    assert "marital" not in _categories(text)
