"""Blind-hiring shapes generalised from the fifteenth set's development half, checked on
sentences written for these tests: a birth year in words before 년생, a relative's illness or
treatment in an honoured clause, an unlisted job split by Kiwi (경매+사) that a relative is said
to be, a role in a worship group, a named place's landscape seen while growing up; and the
same words about other people, which are not leaks."""

import pytest

from prep.coach.blind_hiring import find_leaks


def leaks(text: str) -> list[tuple[str, str]]:
    return [(f.category, text[f.start : f.end]) for f in find_leaks(text)]


@pytest.mark.parametrize(
    "text, category, excerpt",
    [
        # a birth year in words, native or Sino-Korean, before 년생
        ("구십팔 년생으로 막내였지만 현장 일을 먼저 배웠습니다.", "age", "구십팔 년생"),
        ("저는 공일 년생이라 스마트폰과 함께 자랐습니다.", "age", "공일 년생"),
        ("아흔아홉 년생인 제가 팀의 일정을 맡았습니다.", "age", "아흔아홉 년생"),
        # a relative's illness or treatment, honoured (시), before the kin word
        (
            "항암 치료를 받으시는 어머니를 대신해 가게를 봤습니다.",
            "family",
            "치료를 받으시는 어머니",
        ),
        ("치매를 앓으시는 외할머니 곁에서 자랐습니다.", "family", "치매를 앓으시는 외할머니"),
        (
            "파킨슨병으로 투병하시는 할아버지 덕분에 재활 기기에 관심이 생겼습니다.",
            "family",
            "투병하시는 할아버지",
        ),
        # an unlisted job that Kiwi splits, honoured, before the kin word
        ("도배사이신 이모부 밑에서 일을 배웠습니다.", "family", "도배사이신 이모부"),
        ("조리사이셨던 큰어머니께 칼질을 배웠습니다.", "family", "이셨던 큰어머니"),
        # a role in a worship group
        ("찬양팀 리더로 활동하며 연습 일정을 짰습니다.", "religion", "찬양팀 리더"),
        ("주일학교 교사를 삼 년 동안 맡았습니다.", "religion", "주일학교 교사"),
        ("성경 공부 모임 총무를 하면서 회비를 정리했습니다.", "religion", "성경 공부"),
        # a named place's landscape seen while growing up
        (
            "지리산 자락을 바라보며 자란 덕분에 산림 일에 익숙합니다.",
            "hometown",
            "지리산 자락을 바라보며 자란",
        ),
        (
            "제주 바다를 보고 자랐기에 해양 쓰레기 문제에 관심이 많습니다.",
            "hometown",
            "제주 바다를 보고 자랐",
        ),
        (
            "섬진강 물길을 보며 자란 저는 하천 관리에 마음이 갔습니다.",
            "hometown",
            "섬진강 물길을 보며 자란",
        ),
    ],
)
def test_fifteenth_shape_is_a_leak(text: str, category: str, excerpt: str) -> None:
    found = leaks(text)
    assert any(cat == category and (excerpt in span or span in excerpt) for cat, span in found), (
        found
    )


@pytest.mark.parametrize(
    "text",
    [
        "팔십 년생 고객님들께는 전화 안내가 더 편했습니다.",
        "투석을 받으시는 어르신들을 병원까지 모셔다 드렸습니다.",
        "항암 치료를 받으시는 환자분의 아드님께 일정을 안내했습니다.",
        "성가대 단원이신 고객님께 공연장 좌석을 안내했습니다.",
        "템플스테이를 찾는 외국인 관광객에게 일정을 안내했습니다.",
        "제주 바다를 보며 자란 아이들에게 해양 교육을 했습니다.",
        "고객님은 부산 바다를 보며 자라셨다고 하셨습니다.",
        "구청 창구에서 신혼부부들에게 주거 지원 신청 순서를 알려 드렸습니다.",
        "신혼부부 전용 대출 상품을 고객에게 설명했습니다.",
    ],
)
def test_fifteenth_look_alike_about_others_is_not_a_leak(text: str) -> None:
    assert leaks(text) == []
