"""Shapes of the second structure round (struct20b), on sentences written for these tests."""

import pytest

from prep.coach import morph
from prep.coach.structure import detect_structure
from prep.coach.structure_advice import structure_findings
from prep.coach.structure_manner import told_by_manner
from prep.coach.structure_self import writer_changed


def _codes(text: str) -> list[str]:
    return [f.code for f in structure_findings(detect_structure(text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "저는 동료들과 잘 협력하여 행사를 성공적으로 마무리했습니다.",
        "저는 맡은 바 책임을 다해 업무를 완수했습니다.",
        "저는 고객과 진심으로 소통하며 설득했습니다.",
        "저는 적극적으로 소통하여 갈등을 해결했습니다.",
        "저는 선배들과 합심하여 일을 끝냈습니다.",
    ],
)
def test_action_told_only_by_its_manner(sentence):
    assert told_by_manner(morph.tokens(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a concrete step, whatever the manner around it
        "저는 동료들과 잘 협력하여 안내문을 세 종류로 나눠 붙였습니다.",
        "저는 진심으로 사과드리고 환불 기준일을 문자로 안내했습니다.",
        # several things worked on: steps, not manner
        "저는 팀원들과 협력하여 일정표를 만들고 참가자를 모아 행사를 마무리했습니다.",
        # a figure in the doing
        "저는 성실하게 하루 40건씩 입력하여 정리를 마무리했습니다.",
        # no manner word: a plain job done
        "저는 재고표를 고쳐 정리를 마무리했습니다.",
    ],
)
def test_concrete_action_is_not_manner(sentence):
    assert not told_by_manner(morph.tokens(sentence))


def test_short_story_with_manner_only_action_gets_action_short():
    text = (
        "동아리 축제 준비가 늦어져 부원들의 불만이 컸지만, 저는 회장으로서 최선을 다해 "
        "부원들과 잘 소통하며 축제를 무사히 마무리했습니다."
    )
    assert "action_short" in _codes(text)


def test_short_story_with_concrete_action_keeps_its_action():
    text = (
        "동아리 축제 준비가 늦어져 부원들의 불만이 컸습니다. 저는 할 일을 요일별 표로 나눠 "
        "단체방에 올리고 매일 저녁 진행 상황을 적었습니다. 축제 전날 모든 부스가 준비를 마쳤습니다."
    )
    assert "action_short" not in _codes(text)


@pytest.mark.parametrize(
    "clause",
    [
        "결국 저는 한층 믿음직한 간호사가 되었습니다.",
        "덕분에 동료들이 의지하는 사람이 되었습니다.",
        "이 일은 제게 큰 밑거름이 되었습니다.",
        "그래서 복지관 채용에 지원하게 되었습니다.",
        "그 뒤로 사회복지 공부를 결심하게 되었습니다.",
    ],
)
def test_writer_changed_is_no_outcome(clause):
    assert writer_changed(morph.tokens(clause))


@pytest.mark.parametrize(
    "clause",
    [
        # someone else became it
        "그 학생은 반에서 가장 먼저 손드는 아이가 되었습니다.",
        "우리 가게는 동네 단골 식당이 되었습니다.",
        # a figure that became something
        "신청 인원이 세 배가 되었습니다.",
        # others came to do something
        "주민들이 도서관을 다시 찾게 되었습니다.",
    ],
)
def test_others_change_stays_an_outcome(clause):
    assert not writer_changed(morph.tokens(clause))


def test_story_closing_on_the_writer_becoming_someone_lacks_its_result():
    text = (
        "물류센터 야간 근무 첫날 분류기가 멈춰 저는 손으로 송장을 나눴습니다. "
        "그 덕분에 위기에 강한 사람이 되었습니다."
    )
    assert "result_missing" in _codes(text)


def test_story_closing_on_what_others_got_keeps_its_result():
    text = (
        "물류센터 야간 근무 첫날 분류기가 멈춰 저는 손으로 송장을 나눴습니다. "
        "그 덕분에 새벽 여섯 시 배송 차량이 제시간에 출발하게 되었습니다."
    )
    assert "result_missing" not in _codes(text)
