"""Blind-hiring facts owned by the person a modifier clause describes (아버지가 목수이신
수강생, 눈이 나빠 칠판이 잘 보이지 않는 학생들), a child the writer met named by a bare given
name (캠프에서 만난 하준이 다니는 학교), and a body word inside a term (체중 부하): not the
writer's. The writer's own same facts, on sentences written for these tests, stay leaks."""

import pytest

from prep.coach.blind_hiring import find_leaks


def leaks(text: str) -> list[tuple[str, str]]:
    return [(f.category, text[f.start : f.end]) for f in find_leaks(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the head of the modifier clause is someone else
        "어머니가 미용사이신 수강생은 주말 수업에 자주 빠졌습니다.",
        "아버지가 목수이신 상담 아동은 방학마다 작업장에 따라갔습니다.",
        "형이 소방관인 참가자가 안전 교육을 먼저 제안했습니다.",
        "어머니가 약사이신 센터장님은 복약 안내를 직접 하셨습니다.",
        # a state clause in -아/-어 going on to the people it describes
        "눈이 나빠 칠판 글씨가 잘 보이지 않는 학생들을 위해 자료를 크게 뽑았습니다.",
        "키가 커서 의자가 맞지 않는 이용자들에게 높은 책상을 따로 마련했습니다.",
        # a child the writer met, named by a bare given name
        "공부방에서 만난 하준이 다니는 푸른중학교 담임 선생님과 통화했습니다.",
        "제가 맡은 도윤이 다니는 새솔초등학교에 상담 자료를 보냈습니다.",
        # a body word inside a term for exercise or care
        "재활 환자에게는 체중 부하가 적은 실내 자전거를 권했습니다.",
        "수중 운동은 체중 분산 효과가 커서 관절 환자에게 맞습니다.",
        # someone else's parent's idiom job, a household the writer serves
        "아버지가 교단에 서신 학생의 진로 상담을 맡았습니다.",
        "저희 가족은 기초수급 어르신들께 반찬을 나눠 드렸습니다.",
        # a festival or a paper that names no school
        "마을 축제에서 안내 부스를 맡았습니다.",
        "대학 시절 교내 학보사에서 인터뷰 기사를 썼습니다.",
    ],
)
def test_not_the_writers(text):
    assert leaks(text) == [], leaks(text)


@pytest.mark.parametrize(
    "text, category, excerpt",
    [
        ("저희 아버지가 목수이셔서 공구를 만졌습니다.", "family", "아버지가 목수이셔서"),
        ("어머니가 약사이신 덕분에 복약 안내에 익숙합니다.", "family", "어머니가 약사이신"),
        ("어머니가 미용사이신 저는 손님 응대를 일찍 배웠습니다.", "family", "어머니가 미용사이신"),
        ("저는 키가 커서 늘 맨 뒷줄에 앉았습니다.", "appearance", "키가 커"),
        ("저는 체중이 많이 나가 운동을 시작했습니다.", "appearance", "체중"),
        # a parent's job as an idiom, the household on welfare, a cyber university, a campus
        # placed by its landmark
        ("부모님 두 분이 오래 강단에 서셨기에 책이 많았습니다.", "family", "강단에 서"),
        ("어머니가 시장에서 좌판을 하셔서 셈이 빨랐습니다.", "family", "좌판을 하"),
        ("저희 집도 한때 차상위 가정이었기에 제도를 압니다.", "family", "차상위"),
        ("우리 집은 생계급여를 받아 생활했습니다.", "family", "생계급여"),
        ("직장을 다니며 새길사이버대학교에서 공부했습니다.", "school", "사이버대학교"),
        ("북한산 기슭의 캠퍼스에서 네 해를 보냈습니다.", "school_area", "북한산 기슭의 캠퍼스"),
        ("학과 축제인 솔빛제에서 모금 부스를 열었습니다.", "school_activity", "솔빛제"),
        ("제가 다닌 푸른중학교에서 처음 코딩을 배웠습니다.", "school", "푸른중학교"),
    ],
)
def test_writers_own_stay(text, category, excerpt):
    found = leaks(text)
    assert any(c == category and (excerpt in e or e in excerpt) for c, e in found), found
