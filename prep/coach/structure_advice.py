"""Advice on an answer's structure (DOMAIN §5): the situation too long, the action too short,
the result missing. detect_structure (structure.py) labels the parts these read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prep.coach.findings import Finding, make_finding

if TYPE_CHECKING:
    from prep.coach.structure import StructureReport

# Advice thresholds (DOMAIN §5: keep the situation short, spend at least half on the action).
SITUATION_MAX_SHARE = 0.30
ACTION_MIN_SHARE = 0.30
# In a few lines (under MIN_CHARS_FOR_ADVICE) every clause counts: an action under half of them
# is a clause or two (저는 열심히 노력했고 …), too thin for the story (DOMAIN §5: at least half).
SHORT_ACTION_MIN_SHARE = 0.50
# Below this many characters (headline excluded) the shares say little, so no advice is given.
MIN_CHARS_FOR_ADVICE = 120
# A story this long (two short sentences) that tells what was done but never what changed
# lacks its result.
MIN_CHARS_FOR_RESULT_ADVICE = 40


def structure_findings(report: StructureReport) -> list[Finding]:
    """Advice when the situation is long, the action short, or the result missing."""
    # A story with the writer's action but nothing changed lacks its result; so, whatever its
    # length, does one that closes with a result's words but no outcome (덕분에 값진 경험을
    # 할 수 있었습니다).
    # A task taken on and never told through (…를 맡았습니다. 막막했습니다.) lacks it too, and so
    # does a story closing on a lesson or a feeling instead (그 결과 …의 중요성을 깨달았습니다).
    # A story told only as its setting, a feeling or a promise (…가 한창이었습니다. 아무도
    # 알지 못했습니다.) lacks it as much as one whose action changed nothing.
    missing = not report.has_outcome and (
        report.body_chars >= MIN_CHARS_FOR_RESULT_ADVICE
        or report.present("result")
        or report.closes_on_lesson
    )
    if report.body_chars < MIN_CHARS_FOR_ADVICE:
        # Too short for shares, except a whole story told in a few lines — a problem and what
        # changed — whose action is one bare clause (제가 개선했습니다): the part the reader
        # wanted most is the one left out.
        # A few lines that are all setting, feeling or promise, with hardly an action told
        # (…일이 있었습니다. 잘 대처해서 마무리되었습니다.), lack it just the same.
        short = report.body_chars >= MIN_CHARS_FOR_RESULT_ADVICE and (
            report.shares["action"] < SHORT_ACTION_MIN_SHARE or report.brief_action
        )
        findings = [_action_short(report.shares["action"])] if short else []
        return findings + ([_result_missing()] if missing else [])
    findings = []
    situation = report.shares["situation"]
    action = report.shares["action"]
    if situation > SITUATION_MAX_SHARE:
        findings.append(
            make_finding(
                check="structure",
                code="situation_long",
                text="",
                span=None,
                category="situation",
                message=f"상황 설명이 전체의 {situation:.0%}입니다.",
                why="면접관이 알고 싶은 것은 배경보다 지원자가 한 일입니다. 상황은 10~20%면 "
                "충분합니다.",
                fix="상황은 한두 문장(언제·어디서·무엇이 문제였는지)으로 줄이고, 줄인 분량을 "
                "행동에 쓰세요.",
                extra={"share": round(situation, 3)},
            )
        )
    if action < ACTION_MIN_SHARE:
        findings.append(_action_short(action))
    if missing:
        findings.append(_result_missing())
    return findings


def _action_short(action: float) -> Finding:
    return make_finding(
        check="structure",
        code="action_short",
        text="",
        span=None,
        category="action",
        message=f"행동(노력) 부분이 전체의 {action:.0%}뿐입니다.",
        why="역량은 행동에서 드러납니다. 흔히 답변의 절반 이상을 행동에 쓰라고 권합니다.",
        fix="‘이를 위해 저는 먼저 …했습니다’처럼 내가 한 일을 순서대로, 판단의 이유와 함께 쓰세요.",
        extra={"share": round(action, 3)},
    )


def _result_missing() -> Finding:
    return make_finding(
        check="structure",
        code="result_missing",
        text="",
        span=None,
        category="result",
        message="결과(효과)가 보이지 않습니다.",
        why="행동이 무엇을 바꿨는지 없으면 경험이 끝나지 않은 이야기로 읽힙니다.",
        fix="‘그 결과 …’로 시작하는 문장에 바뀐 점을 숫자(건수, 기간, 비율)로 쓰고, "
        "배운 점을 한 문장 덧붙이세요.",
    )
