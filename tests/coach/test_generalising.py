"""The mechanisms behind issue 15: forms outside the lists, whose fact it is, outcomes read from
the morphemes, related words of a value, unlisted institutions. New text, not the sets' passages."""

import pytest

from prep.coach.blind_hiring import find_leaks
from prep.coach.company_names import Company, find_other_companies
from prep.coach.evidence import evidence_findings, find_quantities
from prep.coach.fit import CompanyProfile, Term, match_profile
from prep.coach.structure import detect_structure, structure_findings
from prep.coach.style import cliche_findings


def leaks(text):
    return [(leak.category, leak.excerpt) for leak in find_leaks(text)]


@pytest.mark.parametrize(
    "text",
    [
        "토끼띠인 저는 올해 새 출발을 합니다.",
        "제가 태어난 1994년은 월드컵이 열린 해였습니다.",
        "올해로 서른넷이 된 저는 진로를 바꾸기로 했습니다.",
        "제2보병사단에서 행정병으로 근무하며 문서를 관리했습니다.",
        "소위로 임관해 소대를 이끌었습니다.",
        "어려서부터 여수 작은 섬마을에서 자라 바다를 좋아합니다.",
        "제가 나고 자란 고성 바닷가는 겨울이 조용합니다.",
        "서른 해를 대구에서 살다가 올해 세종으로 왔습니다.",
        "필리핀 출신 어머니 덕분에 두 언어를 씁니다.",
        "맞벌이 가정에서 자라 동생을 돌봤습니다.",
        "외할머니 손에서 자란 저는 어르신 말씀을 잘 듣습니다.",
        "아버지께서 목수셨기에 손으로 만드는 일이 익숙합니다.",
        "저는 청각장애가 있어 문자 상담의 불편을 잘 압니다.",
        "동국대 봉사 동아리에서 회계를 맡았습니다.",
        "스물아홉에 첫 직장을 그만두었습니다.",
        "대구 토박이로 자라 사투리가 익숙합니다.",
        "가정 형편이 넉넉하지 않아 일찍 일을 시작했습니다.",
        "결혼 5년 차인 저는 주말에 봉사합니다.",
        "외동으로 자라 혼자 하는 일에 익숙합니다.",
        "여성 엔지니어로서 현장을 누볐습니다.",
        "“저희 아버지는 경찰이세요”라고 제가 먼저 말씀드렸습니다.",
    ],
)
def test_forms_outside_the_lists_are_leaks(text):
    assert leaks(text), text


@pytest.mark.parametrize(
    "text",
    [
        "입대한 지 석 달 된 청년이 휴가 중 서류를 떼러 왔습니다.",
        "몸무게가 갑자기 줄어든 어르신을 보건소에 연결했습니다.",
        "경로당 할머니 한 분은 진도 섬마을에서 올라온 지 사십 년이 넘었다며 고향 이야기를 "
        "하셨습니다.",
        "복지관의 한 어머니는 두 아이를 키우며 야간 근무를 하셨습니다.",
        "어머님께서는 시장에서 채소 가게를 하신다고 하셨습니다.",
        "“저희 아버지가 택시를 하세요”라고 학생이 말했습니다.",
        "서버 장애가 있어 민원 접수가 늦어졌습니다.",
        "서른에 가까운 인원이 모였습니다.",
        "결혼한 지 얼마 안 된 부부가 전입 신고를 하러 왔습니다.",
    ],
)
def test_facts_about_people_in_the_story_are_not_leaks(text):
    assert leaks(text) == [], text


def test_a_relative_of_the_writer_with_an_honorific_stays_the_writers():
    assert leaks("저희 어머님께서는 우체국에서 일하십니다.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("참여자 서른두 명 중 스물한 명이 취업했습니다.", "서른두 명"),
        ("오류가 두세 배 줄었습니다.", "두세 배"),
        ("버려지던 식품이 열 상자에서 네 상자로 줄었습니다.", "네 상자"),
        ("후원 회원이 곱절로 늘었습니다.", "곱절"),
        ("처리 시간을 삼 분의 일로 줄였습니다.", "삼 분의 일"),
        ("열에 아홉은 만족했습니다.", "열에 아홉"),
    ],
)
def test_quantities_in_words(text, found):
    assert found in [q.text for q in find_quantities(text)]


@pytest.mark.parametrize(
    "text",
    ["오전 10시 30분에 만났습니다.", "4분기 실적을 정리했습니다.", "하루는 한 명은 결근했습니다."],
)
def test_times_of_day_and_one_of_them_are_not_amounts(text):
    assert find_quantities(text) == []


def test_a_short_answer_claiming_a_change_without_a_number_gets_the_advice():
    text = "안내문을 새로 만들어 붙였고, 덕분에 재방문율이 크게 줄었습니다."
    assert "no_numbers" in [f.code for f in evidence_findings(text)]


STORY = (
    "복지관 실습 중 어르신들이 식사 시간에 약을 자주 거르셨고, 간호 선생님도 바빠 일일이 "
    "확인하지 못하셨습니다. "
    "저는 식판마다 복용 약 이름표를 붙이자고 제안하고 봉사자들에게 확인 순서를 설명했습니다. "
)


@pytest.mark.parametrize(
    "outcome",
    [
        "이후 어르신들이 약을 스스로 챙기시게 되었습니다.",
        "그 방법은 다음 달부터 정식 절차로 반영되었습니다.",
        "석 달 뒤 한 어르신은 처음으로 약 달력을 직접 채워 오셨습니다.",
    ],
)
def test_an_outcome_read_from_the_morphemes_is_a_result(outcome):
    report = detect_structure(STORY + outcome)
    assert report.has_outcome
    assert "result_missing" not in [f.code for f in structure_findings(report)]


def test_a_short_story_that_stops_at_the_action_lacks_its_result():
    assert "result_missing" in [f.code for f in structure_findings(detect_structure(STORY))]


def test_a_lesson_with_게_되었다_is_no_outcome():
    report = detect_structure(STORY + "그 경험으로 소통의 의미를 다시 생각하게 되었습니다.")
    assert not report.has_outcome


PROFILE = CompanyProfile(
    name="한국사회보장정보원",
    values=(Term("v4", "소통과 협력", "구성원간 소통과 협력으로 국민에게 서비스 제공"),),
    traits=(Term("t2", "국민지향", "따뜻한 배려와 공직윤리를 겸비한 책임감 있는 인재"),),
)


def touched(text):
    return {m.term.name for m in match_profile(text, PROFILE).touched()}


def test_a_value_described_without_its_words_is_touched():
    assert "소통과 협력" in touched(
        "남은 세 명이 역할을 다시 나누고 진행 상황을 매일 공유했습니다."
    )
    assert "국민지향" in touched("전화를 건 분께 안부를 먼저 묻고 필요한 서류를 안내해 드렸습니다.")


def test_one_related_word_alone_touches_nothing():
    assert touched("팀원들과 회의실을 예약했습니다.") == set()


def test_a_value_word_before_a_technical_noun_is_no_value():
    assert touched("협력 업체 납품 일정을 입력했습니다.") == set()


def test_an_institution_the_gazetteer_lacks_is_still_a_wrong_target():
    target = Company("한국사회보장정보원", (), "ssis")
    found = find_other_companies(
        "부산교통공사에 입사해 교통약자의 이동을 돕고 싶습니다.", target=target, others=()
    )
    assert [f.excerpt for f in found] == ["부산교통공사"]


@pytest.mark.parametrize(
    "text",
    [
        "작은 일에도 최선을 다하며 배웠습니다.",
        "성실함 하나는 자신 있습니다.",
        "저는 팀의 분위기 메이커였습니다.",
    ],
)
def test_inflected_and_common_cliches(text):
    assert cliche_findings(text)
