"""Blind-hiring forms found on new text this round: an event then the writer's stage, reserve
duty, a relative's life, ages in digits, the only one of a gender; and the same words about
other people, which are theirs."""

import pytest

from prep.coach.blind_hiring import find_leaks


@pytest.mark.parametrize(
    "text, category",
    [
        ("외환위기로 아버지 회사가 문을 닫던 해 저는 유치원에 다니고 있었습니다.", "age"),
        ("평창 동계올림픽이 열리던 겨울 저는 수능을 막 마친 고3이었습니다.", "age"),
        ("예비군 동원훈련 소집 통지서를 받고 일정을 미리 조정했습니다.", "name_gender"),
    ],
)
def test_an_event_then_the_writers_stage_and_reserve_duty(text, category):
    assert category in {f.category for f in find_leaks(text)}


def test_other_peoples_stage_at_an_event_and_a_civil_night_duty_are_not_leaks():
    assert find_leaks("코로나 때 저는 초등학생이던 아이들에게 온라인 수업을 도왔습니다.") == []
    assert find_leaks("주민센터에서 당직 근무를 서며 야간 민원을 받았습니다.") == []


@pytest.mark.parametrize(
    "text, category",
    [
        ("요양원 봉사를 하며 치매를 앓으셨던 외할머니가 생각났습니다.", "family"),
        ("시골에 계신 할머니 생각이 나서 어르신들께 더 오래 말을 걸었습니다.", "family"),
        ("외삼촌이 병원에 입원해 계셔서 주말마다 병원에 갔습니다.", "family"),
        ("만 24세에 수련관 프로그램 담당으로 채용되었습니다.", "age"),
        ("수능을 치른 2014년 겨울부터 야간 아르바이트를 했습니다.", "age"),
        ("키가 185cm라 높은 선반의 짐을 맡았습니다.", "appearance"),
        ("원무과에서 남자 직원이 저 혼자라 야간 수납을 맡았습니다.", "name_gender"),
        ("저 김서연은 원무과에서 3년 동안 수속을 맡았습니다.", "name_gender"),
        ("할아버지 때부터 3대째 이어 온 정미소 일을 도왔습니다.", "family"),
        ("남동생이 장애가 있어 복지 제도에 관심을 갖게 되었습니다.", "family"),
        ("제주 토박이로서 관광객 안내에 자신이 있습니다.", "hometown"),
        ("설대 경영학과에서 회계를 배웠습니다.", "school"),
        ("목사님 아들로 자라 봉사가 익숙합니다.", "family"),
        ("딸아이를 어린이집에 보내고 출근했습니다.", "marital"),
        ("88올림픽이 열리던 해에 태어났습니다.", "age"),
    ],
)
def test_a_relatives_life_an_age_in_digits_and_the_only_one_of_a_gender(text, category):
    assert category in {f.category for f in find_leaks(text)}


@pytest.mark.parametrize(
    "text",
    [
        "치매를 앓으시는 어머니를 모시고 온 민원인이 계셨습니다.",
        "민원인은 아버지가 요양병원에 입원해 계셔서 서류를 대신 떼러 왔습니다.",
        "센터에 다니는 한빛초등학교 4학년 아이가 받아쓰기를 어려워했습니다.",
        "상담에서 만난 유족은 아버지의 군 복무 기록이 없어 등록을 포기하려 했습니다.",
        "여성 이용자가 저 혼자 있는 창구로 왔습니다.",
        "19세 미만 청소년은 보호자 동의가 필요하다고 안내했습니다.",
        "저 역시 처음에는 서툴렀습니다.",
        "그 어르신은 농부의 아들로 태어나 평생 농사를 지으셨다고 했습니다.",
    ],
)
def test_other_peoples_relatives_schools_and_service_are_not_leaks(text):
    assert find_leaks(text) == []
