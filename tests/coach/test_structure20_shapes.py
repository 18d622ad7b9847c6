"""Shapes of language the structure check learnt from the eighteenth to twentieth sets' dev
halves; every sentence here was written for this file, not taken from a set."""

import pytest

from prep.coach.structure import detect_structure, structure_findings

# Each story opens on the writer's action, so the sentence under test follows it.
_ACTION = "저는 신청 절차를 그림 한 장으로 정리해 창구에 붙이고 어르신께 한 부씩 드렸습니다. "


def _outcome_texts(text: str) -> list[str]:
    report = detect_structure(text)
    return [text[s.start : s.end].strip(" ,") for s in report.sentences if s.outcome]


def _codes(text: str) -> set[str]:
    return {f.code for f in structure_findings(detect_structure(text))}


@pytest.mark.parametrize(
    "sentence",
    [
        # someone the writer helped did it at the next occasion
        "그 어르신은 다음 방문 때 혼동 없이 서류를 내셨습니다.",
        "할머니는 사흘 뒤 이웃 두 분과 함께 다시 오셨습니다.",
        "동생은 다시 야간 자율학습에 나갔습니다.",
        # no one named, but honoured with -시: not the writer
        "다음 모임에서는 필요한 준비물을 모두 챙겨 오셨습니다.",
        # a thing, again as it should be
        "두 주 후 발권기는 다시 정상적으로 돌아갔습니다.",
    ],
)
def test_what_someone_did_at_a_later_occasion_is_the_outcome(sentence):
    assert _outcome_texts(_ACTION + sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # the old trouble, again
        "그분은 다음 날 다시 화를 내셨습니다.",
        "고객은 한 달 뒤 다시 환불을 요구하셨습니다.",
        "아이는 다음 주에 다시 모임에 빠졌습니다.",
        "그분은 사흘 뒤 다시 같은 서류를 잃어버리셨습니다.",
        # the writer again, not someone else
        "저는 다음 날 다시 그 댁을 방문했습니다.",
        "다음 날 다시 그 댁을 방문했습니다.",
        # negated
        "그분은 다음 방문 때도 서류를 가져오지 않으셨습니다.",
    ],
)
def test_a_setback_or_the_writer_at_a_later_occasion_is_no_outcome(sentence):
    assert _outcome_texts(_ACTION + sentence) == []


def test_a_later_occasion_after_a_vague_effort_closes_the_story_but_the_action_is_short():
    text = (
        "복지관 공부방의 한 학생이 한동안 나오지 않았습니다. "
        "저는 여러모로 애썼고, 학생은 다시 공부방에 나왔습니다."
    )
    codes = _codes(text)
    assert "result_missing" not in codes
    assert "action_short" in codes


@pytest.mark.parametrize(
    "sentence",
    [
        "그 달에는 배송 지연 없이 모든 주문의 출고를 마쳤습니다.",
        "축제는 단 한 건의 사고 없이 끝났습니다.",
        "이번 학기에는 결석 없이 모든 과정을 끝냈습니다.",
    ],
)
def test_work_finished_without_the_mishap_is_the_outcome(sentence):
    assert _outcome_texts(_ACTION + sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # no mishap named: only how the work went
        "그 달에는 쉬는 날 없이 모든 주문의 출고를 마쳤습니다.",
        # finishing is not what was done
        "그 달에는 배송 지연 없이 모든 주문을 받았습니다.",
        # negated
        "그 달에는 배송 지연 없이 출고를 마치지 못했습니다.",
    ],
)
def test_a_finishing_without_a_named_mishap_is_no_outcome(sentence):
    assert _outcome_texts(_ACTION + sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "그 학생은 지금도 주말 독서반에 다니고 있습니다.",
        "그분은 현재 그 앱으로 혼자 예약을 하고 있습니다.",
    ],
)
def test_someone_still_at_it_now_is_the_outcome(sentence):
    assert _outcome_texts(_ACTION + sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "그 학생은 지금도 답장을 기다리고 있습니다.",
        "그분은 지금도 서류 때문에 고민하고 있습니다.",
        # no word for now: how things stood
        "그 학생은 주말 독서반에 다니고 있습니다.",
        "저는 지금도 그 방식을 쓰고 있습니다.",
    ],
)
def test_someone_still_waiting_or_no_now_is_no_outcome(sentence):
    assert _outcome_texts(_ACTION + sentence) == []


def test_a_decimal_before_and_after_is_the_outcome():
    sentence = "개편 뒤 평균 대기 시간은 12.5분에서 4.8분이 되었습니다."
    assert _outcome_texts(_ACTION + sentence) == [sentence]


def _part_of(text: str, sentence: str) -> str:
    report = detect_structure(text)
    return next(s.part for s in report.sentences if text[s.start : s.end].strip() == sentence)


def test_a_job_named_by_the_change_to_bring_about_is_the_task():
    sentence = "저는 출고 오류를 절반으로 줄이는 일을 맡았습니다."
    text = "물류센터 인턴으로 들어간 달, 출고 오류가 하루 열 건을 넘었습니다. " + sentence
    assert _part_of(text, sentence) == "task"


def test_a_routine_job_taken_on_is_no_task():
    sentence = "저는 매주 회의록을 정리해 공유하는 일을 맡았습니다."
    text = "동아리 운영진으로 일하던 해였습니다. " + sentence
    assert _part_of(text, sentence) != "task"


def test_no_waste_from_then_on_is_the_outcome():
    sentence = "그 뒤로는 버리는 재료가 거의 없었습니다."
    assert _outcome_texts(_ACTION + sentence) == [sentence]


def test_no_helper_from_then_on_is_no_outcome():
    assert _outcome_texts(_ACTION + "그 뒤로는 도와주는 사람이 없었습니다.") == []


def test_a_bare_clause_of_effort_is_still_short_in_a_few_lines():
    text = (
        "택배 영업소에서 배송 문의 전화가 너무 많아 상담원들이 점심도 거르곤 했습니다. "
        "저는 열심히 노력했습니다. 그 주부터 문의 전화가 절반으로 줄었습니다."
    )
    assert "action_short" in _codes(text)
