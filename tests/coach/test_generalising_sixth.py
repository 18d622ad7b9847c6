"""Issue 15, after the sixth set: kinds of error its development half showed, tested with new
sentences (not the set's) — a relative's post or schooling, a gender or disability told by a
role or an aid, service in a branch or post, a fact a modifier clause gives to a person (a
compound head, a peer who *is* something, a nested clause), two mentions of one leak, partner
institutions joined by 과/와, and paraphrases and homonyms of the 한국사회보장정보원 values."""

import pytest

from prep.coach.blind_hiring import find_leaks
from prep.coach.evidence import evidence_findings
from prep.coach.fit import match_profile
from prep.coach.style import cliche_findings
from tests.coach.test_fit import SSIS


def leaks(text):
    return [leak.excerpt for leak in find_leaks(text)]


@pytest.mark.parametrize(
    "text, leak",
    [
        ("어머니께서 교사로 일하셔서 방학이면 학교 도서관에서 책을 읽었습니다.", "교사로"),
        ("아버지가 전공하신 토목공학에 관심이 생겼습니다.", "전공"),
        ("스물일곱 되던 해에 항만 협력사에 들어갔습니다.", "스물일곱 되던"),
        ("남자 형제 없이 자란 저는 집안일을 도맡았습니다.", "형제 없이"),
        ("저는 지체장애 4급 판정을 받았지만 운전에는 지장이 없습니다.", "지체장애 4급"),
        ("휠체어를 타는 제가 직접 역사 편의시설을 점검했습니다.", "휠체어"),
        ("원불교 교당에서 청년회 활동을 했습니다.", "교당에서 청년회"),
        ("매주 일요일 예배를 빠지지 않는 신앙을 가졌습니다.", "예배를 빠지지"),
        ("두 살배기 딸을 키우며 야간 대학원을 마쳤습니다.", "딸을 키우며"),
        ("해군 함정에서 전탐병으로 근무했습니다.", "전탐병"),
        ("전방 부대에서 소대장으로 근무했습니다.", "소대장으로 근무"),
        ("안동 하회마을 근처에서 자랐습니다.", "자랐"),
        ("쌍둥이 엄마로서 시간 관리가 몸에 배었습니다.", "쌍둥이 엄마"),
        ("저는 탈북민 출신으로 정착 과정의 어려움을 압니다.", "탈북민 출신으로"),
        ("지거국을 졸업한 저는 지역 인재 전형의 의미를 압니다.", "지거국"),
        ("미국 주립대에서 데이터 과학 석사를 받았습니다.", "주립대"),
        ("병역을 마친 뒤 곧바로 취업 준비를 시작했습니다.", "병역을 마친"),
        ("홀어머니 밑에서 자라 일찍 철이 들었습니다.", "홀어머니"),
    ],
)
def test_forms_of_the_writers_own_facts_are_leaks(text, leak):
    assert any(leak in excerpt for excerpt in leaks(text)), leaks(text)


@pytest.mark.parametrize(
    "text",
    [
        "두 아이를 키우는 한부모 가정에 긴급 지원을 연결했습니다.",
        "의무경찰 출신인 동기는 행사 안전 관리에 능숙했습니다.",
        "해병대 출신인 선임은 점검 때마다 목소리가 컸습니다.",
        "탈북민으로서 겪는 어려움을 호소하는 이용자가 많았습니다.",
        "해외 대학에서 온 교환학생들에게 한국어를 가르쳤습니다.",
        "중국 대학에서 온 연수단의 일정을 관리했습니다.",
        "여군 출신 팀장님께 안전 교육을 받았습니다.",
        "검정고시를 준비하는 청소년들에게 수학을 가르쳤습니다.",
        "병역을 마친 청년들을 위한 취업 상담을 진행했습니다.",
        "딸이 시어머니를 모시고 오셔서 요양등급 신청서를 함께 작성했습니다.",
    ],
)
def test_the_same_facts_about_other_people_are_not(text):
    assert leaks(text) == []


def test_two_mentions_of_one_leak_joined_by_a_word_are_one_finding():
    text = "서른둘이라는 늦은 나이에 진로를 바꿨습니다."
    assert leaks(text) == ["서른둘이라는 늦은 나이에"]


def test_digits_that_count_nothing_do_not_stand_for_evidence():
    codes = [f.code for f in evidence_findings("제3차 회의에서 안건을 정리했습니다.")]
    assert "no_numbers" in codes


def touched(text):
    return [m.term.name for m in match_profile(text, SSIS).touched()]


@pytest.mark.parametrize(
    "text, term",
    [
        ("국민이 복지 서비스를 받으며 웃을 수 있도록 돕겠습니다.", "동행과 행복"),
        ("다른 부서와 정보를 공유하며 함께 문제를 풀었습니다.", "소통과 협력"),
        ("새로운 기술을 먼저 받아들여 기관의 미래 먹거리를 만들겠습니다.", "미래선도"),
        ("민원인의 어려움을 내 일처럼 여기는 따뜻한 공직자가 되겠습니다.", "국민지향"),
    ],
)
def test_paraphrases_touch_the_value(text, term):
    assert term in touched(text)


@pytest.mark.parametrize(
    "text",
    ["배관 공정을 세 단계로 나누어 관리했습니다.", "동행 취재를 하며 현장 사진을 찍었습니다."],
)
def test_a_step_of_building_or_going_along_on_a_job_touches_no_value(text):
    assert touched(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "평소 꼼꼼하다는 말을 많이 듣습니다.",
        "저의 좌우명은 '할 수 있다'입니다.",
        "처음 마음가짐을 잊지 않고 꾸준히 성장하겠습니다.",
        "회사와 함께 성장하는 직원이 되겠습니다.",
    ],
)
def test_common_cliches_in_other_forms(text):
    assert cliche_findings(text)
