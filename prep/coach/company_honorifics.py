"""The honorific a letter uses for the institution it is written to (귀 공단, 귀 원, 귀사): one
that belongs to another kind of institution is a trace of a letter written for another.
"""

from __future__ import annotations

import re

from prep.coach.company_names import Company
from prep.coach.findings import Finding, josa, make_finding

# The honorific each kind of institution takes (귀 공단, 귀 원…), by the end of its name.
_KIND_SUFFIXES = (
    ("위원회", "위원회"),
    ("공단", "공단"),
    ("공사", "공사"),
    ("재단", "재단"),
    ("기금", "기금"),
    ("은행", "은행"),
    ("병원", "병원"),
    ("대학교", "대학"),
    ("연구소", "연구소"),
    ("센터", "센터"),
    ("협회", "회"),
    ("원", "원"),
    ("회", "회"),
)
# 귀사 is a company's honorific: right for a company, a 공사 or a bank, wrong for a 공단, 원,
# 위원회 or 재단, which are no 회사 (귀 공단, 귀 원, 귀 기관).
_HONORIFIC = re.compile(
    r"(?<![가-힣])귀\s?(?P<kind>공단|공사|연구원|위원회|재단|기금|은행|원)"
    r"(?=[은는이가을를의에와과도로만께]|으로|에서|\s|[,.]|$)"
    r"|(?<![가-힣])귀(?P<company>사)(?=[은는이가을를의에와과도로만께]|으로|에서|\s|[,.]|$)"
)
_COMPATIBLE = {"공사": {"공사", "사"}, "사": {"공사", "사", "은행"}, "연구원": {"원"}}
_KIND_WORDS = {"사": "회사"}


def institution_kind(name: str) -> str:
    """The kind of institution a name ends in (공단, 공사, 원…); "사" for companies."""
    name = re.sub(r"\(.*?\)|\s", "", name)
    for suffix, kind in _KIND_SUFFIXES:
        if name.endswith(suffix):
            return kind
    return "사"


def wrong_honorifics(text: str, *, target: Company) -> list[Finding]:
    """귀 공단 / 귀 공사 / 귀 원… where the target is another kind of institution."""
    kind = institution_kind(target.name)
    findings = []
    for match in _HONORIFIC.finditer(text):
        used = match.group("kind") or match.group("company")
        if used == kind or kind in _COMPATIBLE.get(used, ()):
            continue
        phrase = match.group()
        used_label = _KIND_WORDS.get(used, used)
        findings.append(
            make_finding(
                check="company",
                code="other_company",
                text=text,
                span=match.span(),
                category="wrong_company",
                message=f"{josa(f'‘{phrase}’', '은/는')} {used_label}에 쓰는 말인데 "
                f"{josa(target.name, '은/는')} {_KIND_WORDS.get(kind, kind)}입니다.",
                why="다른 기관에 쓴 글을 옮기며 남은 호칭으로 읽힙니다. 평가자는 기관의 "
                "종류를 틀린 호칭을 바로 알아봅니다.",
                fix=f"‘귀 {kind}’ 또는 기관 이름 {josa(target.name, '으로/로')} 바꾸세요."
                if kind != "사"
                else f"‘귀사’ 또는 {josa(target.name, '으로/로')} 바꾸세요.",
                extra={"company": target.name, "honorific": used},
            )
        )
    return findings
