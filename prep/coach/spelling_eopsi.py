"""A noun run together with 없다 where the dictionary has no such one word (부담없이 → 부담 없이).

없다 is a word of its own after a noun (제2항): 부담 없이, 걱정 없는, 예외 없이. The dictionary
lists many noun + 없다 adjectives whole (상관없다, 틀림없다, 어김없다, 정신없다, 문제없다 in
우리말샘), and Kiwi does not know all of them, so only nouns whose 없다 is never one word with
them are matched: a closed list of nouns of feeling, cause and mishap. A longer noun ending in
one of them (무사고) is another word and is left alone by the word-start anchor.
"""

from __future__ import annotations

import re

from prep.coach.spelling_hits import Hit

SRC_WORD = "한글 맞춤법 제2항 (문장의 각 단어는 띄어 씀) · 표준국어대사전 '없다'"

_NOUNS_APART = (
    "부담", "걱정", "고민", "예외", "차별", "이유", "망설임", "실수", "사고", "불편", "대책",
    "예고", "주저", "준비", "허락", "동의", "차질", "오차", "오류", "불만", "편견", "근거",
    "제한", "대가", "보상",
)  # fmt: skip
_EOPSI = re.compile(
    r"(?<![가-힣])(" + "|".join(_NOUNS_APART) + r")(없이|없는|없고|없어|없었|없다|없습|없을)"
)


def hits(text: str) -> list[Hit]:
    if "없" not in text:
        return []
    return [
        Hit(
            m.start(1),
            m.end(2),
            f"{m.group(1)} {m.group(2)}",
            "spacing",
            f"'{m.group(1)} 없다'는 두 낱말이라 띄어 씁니다. ({m.group(1)} 없이)",
            "form.noun-eopda",
            SRC_WORD,
        )  # fmt: skip
        for m in _EOPSI.finditer(text)
    ]
