"""Shapes of evidence language learned from the sixteenth and seventeenth sets' development
halves, each tested on new sentences written for the test (none is from a labelled set).

A number counts as evidence when it measures a result; the same counters also describe the
setting (how many staff there were, how often a routine ran, what had to be done) and those are
no result. Vague claims of size (확 줄었습니다, 한 단계 더 성장했습니다) and smooth endings (큰 문제
없이 마무리되었습니다) ask for a number.
"""

from __future__ import annotations

import pytest

from prep.coach.evidence import evidence_findings, find_quantities


def _quantities(text: str) -> list[str]:
    return [q.text for q in find_quantities(text)]


def _codes(text: str) -> list[str]:
    return [f.code for f in evidence_findings(text)]


@pytest.mark.parametrize(
    "text",
    [
        # scarcity in the scene: 뿐, 밖에
        "민원 창구 직원이 세 명뿐이어서 점심시간마다 대기가 길었습니다.",
        "야간에는 경비원이 2명밖에 없어 순찰 기록이 자주 비었습니다.",
        # the count is the predicate of the scene, before the writer acts
        "우리 지사의 상담원은 다섯 명이었고 문의 전화는 늘 밀려 있었습니다.",
        "센터에는 여섯 개 프로그램이 있었고 프로그램마다 신청 방식이 달랐습니다.",
        "등록된 봉사자는 서른 명이 넘었지만 연락처가 정리되어 있지 않았습니다.",
        # an interval of routine
        "세 시간마다 보일러 압력을 일지에 적었습니다.",
        # bows counted by 배
        "저는 매일 108배를 하며 하루를 시작합니다.",
        # the form something was given
        "회의 결과를 A4 한 장으로 요약해 돌렸습니다.",
        "흩어져 있던 안내 자료를 한곳에 모아 두었습니다.",
        # a requirement or a target
        "직원 여섯 명이 하루 500건을 입력해야 했습니다.",
        "제게 맡겨진 목표는 두 달 안에 회원 100명을 모으는 것이었습니다.",
        # existence in places: 세 군데에 따로 있어
        "민원 접수 대장이 네 군데에 따로 있어 같은 민원이 중복으로 접수되곤 했습니다.",
        # someone else's routine (honorific 시)
        "제가 맡은 할머니는 일주일에 두 번 복지관 급식소에 나오셨습니다. 저는 출석을 챙겼습니다.",
        # the people whose care the writer took on
        "돌봄교실 아이들 열다섯 명의 하원 확인을 맡았습니다. 저는 명단을 표로 바꾸었습니다.",
        # a present-tense relative clause describing the place, the make-up of a team
        "저는 하루 200명이 찾는 구립 도서관에서 대출 업무를 도왔습니다.",
        "민원 상담은 다섯 명으로 구성된 팀이 돌아가며 맡았습니다.",
        # how far a place is, how long a programme runs, the size of a room, the people aimed at
        "저는 시내에서 버스로 한 시간 걸리는 마을의 복지관에서 일했습니다.",
        "청년 일자리 사업의 12주 과정 교육을 수료했습니다.",
        "정원 30명의 공부방에서 숙제 지도를 맡았습니다.",
        "어르신 스무 분을 대상으로 스마트폰 교실을 열었습니다.",
        # the form the work was given; the people whose care was taken on
        "봉사자를 두 팀으로 나누어 배식과 정리를 맡겼습니다.",
        "약 봉투를 세 가지 색으로 구분해 드렸습니다.",
        "방문 간호 대상 어르신 다섯 분을 맡아 매주 안부 전화를 드렸습니다.",
        # a threshold in a rule; the pay of the post or the price of an item
        "대기 번호가 15번을 넘으면 옆 창구를 하나 더 열었습니다.",
        "서류가 30건 쌓이면 팀장님께 먼저 보고했습니다.",
        "시급 9,860원을 받으며 주말마다 일했습니다.",
        "편의점에서 3,500원짜리 도시락 진열을 맡았습니다.",
        # a rough length of time, then what the writer was doing over it
        "3년 가까이 할머니를 돌보며 복지 제도가 얼마나 복잡한지 알게 되었습니다.",
    ],
)
def test_setting_numbers_are_no_result(text: str) -> None:
    assert _quantities(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a change keeps its numbers even where the scene is described
        ("상담원은 다섯 명이었지만 대기 인원이 20명에서 8명으로 줄었습니다.", ["20명", "8명"]),
        # after the writer acted, a count stated with a copula is the outcome
        (
            "저는 재방문 안내문을 새로 만들어 창구에 붙였습니다. "
            "다음 달 재방문 민원은 3건이었습니다.",
            ["3건"],
        ),
        # a multiple is still a multiple
        ("행사 참가 신청이 작년의 세 배로 늘었습니다.", ["세 배"]),
        # a shorter form is a change, not a manner
        ("신청서를 다섯 쪽에서 두 쪽으로 줄였습니다.", ["다섯 쪽", "두 쪽"]),
        # the same counts as what came of the work stay
        (
            "안내 방식을 바꾼 뒤 도서관을 찾는 주민이 월 200명에서 260명으로 늘었습니다.",
            ["200명", "260명"],
        ),
        # a grouping that is the after side of a change stays
        ("민원 유형을 12개에서 5개로 묶었습니다.", ["12개", "5개"]),
        # what it takes now is a result, not a condition
        ("양식을 바꾸고 나니 이제 10분이면 접수가 끝납니다.", ["10분"]),
        # sentences counted by 문장
        ("번역 처리량이 하루 400문장에서 650문장으로 늘었습니다.", ["400문장", "650문장"]),
        # the writer's own routine at a change keeps its count
        ("점검을 일주일에 세 번에서 한 번으로 줄였습니다.", ["세 번", "한 번"]),
        # writings counted by 편
        ("한 해 동안 쓴 점검 보고서 스물세 편은 후임자의 참고 자료가 되었습니다.", ["스물세 편"]),
        ("홍보 영상 12편을 완성해 구청 채널에 올렸습니다.", ["12편"]),
    ],
)
def test_result_numbers_are_kept(text: str, kept: list[str]) -> None:
    assert [q for q in _quantities(text) if q in kept] == kept


@pytest.mark.parametrize(
    "text",
    [
        "안내 문자를 보내기 시작한 뒤로 민원 전화가 확 줄었습니다.",
        "서식을 바꾸자 접수 처리 속도가 훨씬 더 빨라졌습니다.",
        "급식 봉사를 하면서 저는 한 단계 더 성장했습니다.",
        "멘토링을 이어 가며 아이들의 발표 실력이 부쩍 늘었습니다.",
        "안내문을 그림으로 바꾸자 주민 대부분이 만족하셨습니다.",
        "상담 내용을 정리해 드려 보호자들께 칭찬을 자주 들었습니다.",
        "안내 문자를 보내 서류 제출률을 끌어올렸습니다.",
    ],
)
def test_vague_size_claims(text: str) -> None:
    assert "vague_claim" in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "행사 당일 정전이 있었습니다. 침착하게 안내해서 큰 문제 없이 마무리되었습니다.",
        "민원인이 크게 항의했지만 차분히 설명해 별 탈 없이 끝났습니다.",
        # three plain sentences without a number have room for one
        "구청 민원실에서 여름 방학 동안 행정 인턴으로 일했습니다. "
        "서류를 접수하고 발급 창구를 안내하는 일이 주된 업무였습니다. "
        "민원인 한 분 한 분께 필요한 서류를 먼저 여쭈어 보고 안내하는 습관을 들였습니다.",
        # a story with an aftermath and no number at all
        "주민센터 게시판의 안내문이 너무 작아 어르신들이 읽지 못하셨습니다. 저는 글씨를 키운 "
        "안내문을 새로 만들어 눈높이에 붙였습니다. 이제 어르신들은 창구에 묻지 않고 바로 "
        "서류를 챙겨 오십니다.",
    ],
)
def test_unmeasured_outcomes_ask_for_numbers(text: str) -> None:
    assert "no_numbers" in _codes(text)
