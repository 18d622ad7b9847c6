"""The writer's name in quotes: how people call the writer, or the name the writer signs with.

Besides 저는 김민수입니다 (`own_name`), a 자기소개서 gives the name away when it quotes how others
address the writer — 어르신들은 저를 '준호 총각'이라고 부르셨습니다, 아이들은 저를 '수빈 쌤'이라
불렀습니다, 손님들은 '지은 매니저님'으로 부르셨습니다 — or quotes the name it stakes its word on
(이름 석 자 '한소망'을 걸고, 제 이름 '이서윤'이 적힌 명찰). A given name with a title or a word of
address (총각, 쌤, 씨, 매니저님, 언니) also says the gender (총각, 아가씨) or is the name itself.

The quoted words must look like a name: Kiwi reads a name as a proper noun or splits it into
pieces (준/XPN 호/NNB); a quoted common noun ('막내 쌤', '친절 총각') is a nickname, not a name.
"""

from __future__ import annotations

import re

from prep.coach.blind_text import BlindText, Candidate

# '준호 총각', '수빈 쌤', '지은 매니저님', '김 주임님': a name of 1-4 syllables, a word of address.
_QUOTED = re.compile(r"['‘\"“](?P<name>[가-힣]{1,4})(?:\s?(?P<title>[가-힣]{1,5}))?['’\"”]")
# …이라고 부르셨습니다, …이라 불렸습니다, …으로 불러 주셨고, …라는 별명으로 불리며.
_CALLED = re.compile(
    r"\s?(?:이?라고|이?라|으?로|이?라는\s?(?:이름|별명|호칭)으?로)\s?(?:늘\s?|자주\s?)?(?:부르|불러|불렀|불리|불렸)"
)
_WRITER_OBJECT = re.compile(r"(?<![가-힣])(?:저를|저는|제가|저에게|제게|저도)(?![가-힣])")
# 이름 석 자 '한소망', 제 이름 '이서윤', 이름인 '박하늘': the name right after the word 이름.
_NAME_WORD = re.compile(r"(?<![가-힣])(?:(?:제|저의|내)\s)?이름(?:\s?석\s?자|인|은|이)?\s?$")


def _looks_like_name(doc: BlindText, start: int, end: int) -> bool:
    """Kiwi's reading of the quoted name part: a proper noun, or pieces none of which is a
    common noun or a verb covering the whole (막내/NNG, 친절/NNG are words, not names)."""
    inside = [t for t in doc.tokens if start <= t.start and t.end <= end]
    if not inside or inside[0].start != start or inside[-1].end != end:
        return False
    if any(t.tag == "NNP" for t in inside):
        return True
    if len(inside) == 1:
        return False
    return not any(t.tag in ("NNG", "VV", "VA", "MAG") and len(t.form) >= 2 for t in inside)


def quoted_names(doc: BlindText) -> list[Candidate]:
    text = doc.text
    out = []
    for match in _QUOTED.finditer(text):
        name_start, name_end = match.span("name")
        lo = doc.sentence_at(match.start())[0]
        before = text[lo : match.start()]
        named = _NAME_WORD.search(text[max(lo, match.start() - 12) : match.start()])
        if named and not match.group("title") and 2 <= len(match.group("name")) <= 4:
            # (another's name: 어르신의 이름 '…', 아이 이름 '…')
            head = text[max(lo, match.start() - 12) : match.start()][: named.start()].rstrip()
            if not head.endswith(("의", "님", "분", "아이", "고객")) or head.endswith("저의"):
                name = match.group("name")
                # (after the word 이름 a surname and a given name will do: 한/MM 소망/NNG)
                surnamed = len(name) == 3 and name[0] in doc.words("blind_cues", "surname")
                if surnamed or _looks_like_name(doc, name_start, name_end):
                    out.append(Candidate(match.start(), match.end(), "name_gender", "called_name"))
            continue
        if not match.group("title") or len(match.group("name")) < 2:
            continue
        if not _CALLED.match(text, match.end()) or not _WRITER_OBJECT.search(before):
            continue
        if _looks_like_name(doc, name_start, name_end):
            out.append(Candidate(match.start(), match.end(), "name_gender", "called_name"))
    return out
