"""Blind-hiring shapes seen in writers who had not read the rules.

Each rule is one compiled regular expression gated by a cheap substring test, so the whole
module costs a few substring checks on text without the cue:
  * a mobile number in the body (010-1234-5678) is contact data like a mail address;
  * a religious practice named as the writer's routine (새벽 기도로 하루를 시작, 주일 예배);
  * a career break for childbirth or childcare (육아로 3년간 경력이 끊겼다가) says there is a
    child;
  * the writer's own child's daycare run (아이 어린이집 하원 시간을 맞추느라).
Whose fact it is stays attribution's call (blind_hiring drops other people's).
"""

from __future__ import annotations

import re

from prep.coach.blind_text import BlindText, Candidate, starts_word

_PHONE = re.compile(r"(?<![\d-])01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?![\d-])")

_PRACTICE_CUES = ("기도", "예배", "미사", "예불", "주일학교")
_PRACTICE = re.compile(
    r"(?<![가-힣])(?:(?:새벽|철야|금식|저녁)\s?기도(?:회)?|(?:주일|수요|금요|새벽)\s?(?:예배|미사)|"
    r"주일\s?학교)(?=\s?(?:로|으로|를|을|에|와|과|도|가|는|시간|모임|반주|봉사))"
)

_BREAK_CUES = ("육아", "출산", "임신")
_CHILD_BREAK = re.compile(
    r"(?<![가-힣])(?:(?:임신|출산)(?:과|와|,)?\s?)?(?:임신|출산|육아)(?:로|으로|로\s?인해|\s?때문에|를\s?하느라|하느라)"
    r"\s?(?:[가-힣\d]+\s){0,2}?(?:경력(?:이|을)?\s?(?:끊|단절|공백)|일을\s?(?:쉬|그만두|놓)|"
    r"회사를\s?(?:그만두|쉬)|직장을\s?(?:그만두|쉬)|공백|휴직|퇴사)"
)

_CHILD_CUES = ("원", "교", "어린이집")
# 아이 등원, 딸 유치원 하원: a bare singular child (no 들, no 한/그 before) and the daycare run.
_CHILD_RUN = re.compile(
    r"(?<![가-힣])(?:아이|아들|딸|딸아이|아들아이|첫째|둘째|막내)(?:의)?\s?"
    r"(?:(?:어린이집|유치원|학교)\s?)?(?:등원|하원|등하원|등교|하교|등하교|어린이집|유치원)"
    r"(?=\s?(?:시간|길|을|를|에|이|과|와|을\s?위해|준비|때문|\s))"
)
_WRITERS = ("", "저희", "제", "우리", "저의")

_PHONE_NOTE = "본문의 전화번호는 메일 주소처럼 본인을 특정하는 연락처입니다"
_PRACTICE_NOTE = "자신의 종교 활동은 종교를 드러냅니다"
_BREAK_NOTE = "출산·육아로 인한 경력 공백은 자녀가 있음을 드러냅니다"
_CHILD_NOTE = "자녀의 등·하원 이야기는 자녀가 있음을 드러냅니다"


def _owned_by_writer(doc: BlindText, start: int) -> bool:
    """Only the clause start or 저희/제 may come before a bare child word: 한 아이, 그 아이,
    민원인의 딸 name someone else's child."""
    lo = max(doc.sentence_at(start)[0], doc.text.rfind(",", 0, start) + 1)
    return doc.text[lo:start].strip() in _WRITERS


def new_writer_shapes(doc: BlindText) -> list[Candidate]:
    text = doc.text
    out: list[Candidate] = []
    if "01" in text:
        for match in _PHONE.finditer(text):
            out.append(Candidate(match.start(), match.end(), "email", "phone", _PHONE_NOTE))
    if any(cue in text for cue in _PRACTICE_CUES):
        for match in _PRACTICE.finditer(text):
            if starts_word(doc, match.start()):
                out.append(
                    Candidate(match.start(), match.end(), "religion", "practice", _PRACTICE_NOTE)
                )
    if any(cue in text for cue in _BREAK_CUES):
        for match in _CHILD_BREAK.finditer(text):
            out.append(Candidate(match.start(), match.end(), "marital", "child_break", _BREAK_NOTE))
    if any(cue in text for cue in _CHILD_CUES):
        for match in _CHILD_RUN.finditer(text):
            if _owned_by_writer(doc, match.start()):
                out.append(
                    Candidate(match.start(), match.end(), "marital", "child_run", _CHILD_NOTE)
                )
    return out
