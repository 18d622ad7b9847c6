"""Particles and endings that belong to the word before but are written apart (어떻게 든).

Kiwi reads a lone 든 or 뿐 after a space as the verb 들다 or a bound noun, so the spacing rules on
its tags miss these; the shapes are closed enough to match as text:

* 든/든지 after a question word is the particle -든(지) ('whichever'): 어떻게든, 무엇이든지,
  누구든. A question word is never the modifier 든 of 들다 needs (가방에 든 책).
* 뿐 right after the bound noun 것 is the particle -뿐 (것뿐이다, 것뿐 아니라), since 것 is a
  noun; after a modifier it would be a bound noun (할 뿐), which 것 is not.
"""

from __future__ import annotations

import re

from prep.coach.spelling_hits import Hit

SRC_PARTICLE = "한글 맞춤법 제41항 (조사는 그 앞말에 붙여 씀)"

_WH_THEN_DEUN = re.compile(
    r"(?<![가-힣])(어떻게|어디서|어디|언제|누구|무엇이|뭐|얼마) (든지|든)(?![가-힣])"
)
_GEOT_THEN_PPUN = re.compile(r"(?<=[가-힣] )(것) (뿐)(?=[이인입일만\s.,]|$)")


def hits(text: str) -> list[Hit]:
    out = []
    for m in _WH_THEN_DEUN.finditer(text):
        out.append(
            Hit(
                m.start(),
                m.end(),
                m.group(1) + m.group(2),
                "spacing",
                f"'{m.group(2)}'는 조사라 앞말에 붙여 씁니다. (어떻게든, 무엇이든지)",
                "attach.deun-after-question",
                SRC_PARTICLE,
            )  # fmt: skip
        )
    for m in _GEOT_THEN_PPUN.finditer(text):
        out.append(
            Hit(
                m.start(),
                m.end(),
                "것뿐",
                "spacing",
                "명사 뒤의 '뿐'은 조사라 붙여 씁니다. (것뿐이다)",
                "attach.ppun-after-geot",
                SRC_PARTICLE,
            )  # fmt: skip
        )
    return out
