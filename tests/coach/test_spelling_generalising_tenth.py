"""Mechanisms added after the tenth marked-up set, each on sentences written for these tests:
the error found with its right suggestion, and near-miss correct forms left alone."""

from __future__ import annotations

import pytest

from prep.coach.spelling import check_spelling


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.start : f.end], f.suggestion) for f in check_spelling(text)]


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("석달 동안 매일 도서관에 다녔습니다.", "석달", "석 달"),
        ("넉장짜리 보고서를 하루 만에 썼습니다.", "넉장", "넉 장"),
        ("회의는 오전 열한시에 시작했습니다.", "한시", "한 시"),
        ("부담없이 물어볼 수 있는 선배가 되고 싶었습니다.", "부담없이", "부담 없이"),
        ("걱정없는 얼굴로 발표를 마쳤습니다.", "걱정없는", "걱정 없는"),
        ("모든 신청자를 예외없이 같은 기준으로 심사했습니다.", "예외없이", "예외 없이"),
        ("저는 솔찍히 그 일이 두려웠습니다.", "솔찍", "솔직"),
        ("위험의 사각 지대에 놓인 노인을 찾아다녔습니다.", "사각 지대", "사각지대"),
        ("동료는 제가 끝까지 버틸 꺼라고 말했습니다.", "꺼라고", "거라고"),
        ("곧 좋아질 꺼라는 말이 힘이 되었습니다.", "꺼라는", "거라는"),
        ("공연이 한참일 때 무대 조명이 꺼졌습니다.", "한참", "한창"),
        ("학생들이 퀴즈 정답을 제일 많이 맞춘 조를 뽑았습니다.", "맞춘", "맞힌"),
        ("키오스크 결재 오류를 직접 고쳤습니다.", "결재", "결제"),
        ("어떤 민원이 들어오던, 저는 먼저 끝까지 들었습니다.", "던", "든"),
        ("무슨 일을 맡던 간에 기한을 지켰습니다.", "던", "든"),
    ],
)
def test_error_found_with_right_suggestion(text: str, wrong: str, right: str) -> None:
    assert (wrong, right) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "석회 가루를 운동장에 뿌렸습니다.",
        "그 팀은 대회를 석권했습니다.",
        "열한 시에 모두 모였습니다.",
        "한때 저는 글쓰기를 어려워했습니다.",
        "한시가 급한 상황이었습니다.",
        "상관없이 모두에게 같은 안내를 했습니다.",
        "정신없이 바쁜 하루였습니다.",
        "무사고 운전을 오 년째 이어 왔습니다.",
        "끊임없이 배우는 사람이 되겠습니다.",
        "부담 없이 연락해 달라고 말씀드렸습니다.",
        "사각지대를 줄이는 일을 하고 싶습니다.",
        "나가기 전에 불 꺼라고 동생에게 말했습니다.",
        "수업 중에는 휴대폰을 꺼라고 안내했습니다.",
        "촛불 꺼야 한다고 말했습니다.",
        "기다린 지 한참이었습니다.",
        "시간이 한참 걸렸지만 끝까지 해냈습니다.",
        "한참을 기다린 끝에 답을 들었습니다.",
        "일정에 맞춰 가장 먼저 준비를 마쳤습니다.",
        "대표 결재를 받아 예산을 집행했습니다.",
        "어떤 선배가 쓰시던 노트를 물려받았습니다.",
        "무슨 일이 있었던 날인지 기억나지 않았습니다.",
    ],
)
def test_near_miss_correct_left_alone(text: str) -> None:
    assert _found(text) == []
