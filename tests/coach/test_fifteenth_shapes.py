"""Shapes behind the fifteenth set's dev misses, in other writers' words: someone else taking
up the writer's work, no occasion of a problem any more, a reported promise, and a task taken
on that changes nothing yet."""

import pytest

from prep.coach.structure import detect_structure, structure_findings

SETTING = (
    "상가 손님들이 가게 위치를 자주 물었습니다. 저는 층별 안내 지도를 만들어 입구에 붙였습니다. "
)


def parts(text):
    report = detect_structure(text)
    return [(s.part, text[s.start : s.end]) for s in report.sentences]


def result_missing(text):
    return any(f.code == "result_missing" for f in structure_findings(detect_structure(text)))


@pytest.mark.parametrize(
    "outcome",
    [
        "다른 층 사장님들도 그 지도를 가져다 쓰셨습니다.",
        "관리소장님은 그 지도를 복사해 다른 입구에도 붙이셨습니다.",
        "이웃 상인분들도 그 지도를 따라 만드셨습니다.",
        "그 뒤로는 손님이 가게를 못 찾아 헤맨 날이 없었습니다.",
        "이후 위치 문의로 계산이 늦어진 날은 한 번도 없었습니다.",
        "그 뒤 손님이 엉뚱한 층에서 헤맨 적은 다시 없었습니다.",
    ],
)
def test_others_taking_up_the_work_or_no_problem_since_is_the_result(outcome):
    text = SETTING + outcome
    assert ("result", outcome) in parts(text)
    assert not result_missing(text)


@pytest.mark.parametrize(
    "closing",
    [
        "관리소장님은 그 지도를 떼어 내셨습니다.",
        "사장님은 그 지도를 거절하셨습니다.",
        "그 뒤로 쉬는 날이 없었습니다.",
    ],
)
def test_turning_the_work_away_or_a_busy_schedule_is_no_result(closing):
    assert result_missing(SETTING + closing)


@pytest.mark.parametrize(
    "promise",
    [
        "결과적으로 관리소장님은 예산이 나오면 검토해 보겠다고 하셨습니다.",
        "그 결과 상인회장님은 다른 층에도 붙여 보겠다며 웃으셨습니다.",
        "덕분에 소장님은 내년 예산에 반영하겠다고 답하셨습니다.",
    ],
)
def test_a_reported_promise_is_not_the_result_whatever_cue_opens_it(promise):
    text = SETTING + promise
    assert ("result", promise) not in parts(text)
    assert result_missing(text)


@pytest.mark.parametrize(
    "outcome",
    [
        "그 결과 관리소장님이 다른 상가에도 그 지도를 붙이셨습니다.",
        "그 결과 위치 문의가 하루 스무 번에서 세 번으로 줄었습니다.",
    ],
)
def test_a_result_after_the_cue_is_still_the_result(outcome):
    assert not result_missing(SETTING + outcome)


@pytest.mark.parametrize(
    "text",
    [
        "야간 근무 중 분실 신고가 잇따랐습니다. 회사에서는 대책을 세우라고 했고, 저는 그 일을 맡게 "
        "되었습니다.",
        "창고 재고가 자주 맞지 않았습니다. 팀장님은 원인을 찾으라고 하셨고, 저는 그 일을 담당하게 "
        "되었습니다.",
        "행사 접수가 늘 혼잡했습니다. 센터에서 개선안을 내자고 했고, 제가 그 업무를 맡게 "
        "되었습니다.",
    ],
)
def test_a_task_taken_on_after_an_instruction_is_no_result(text):
    assert result_missing(text)
    assert "result" not in [part for part, _ in parts(text)]
