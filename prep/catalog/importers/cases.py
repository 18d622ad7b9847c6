"""Parser for lists of 적극행정 우수사례 (seed 004).

    국민권익위원회 2025년 2분기 적극행정 우수사례      ← heading, repeated many times
    [2025년 1분기 적극행정 우수사례]                  ← list label
    ■ 사례 제목
    (상황)
    한 문단
    (노력)
    · 글머리표 줄 (또는 글머리표 없는 한 문단)
    (효과)
    · 글머리표 줄 (또는 한 문단)
    국민권익위원회는 적극행정을 위해 항상 노력하겠습니다.   ← closing line, not a case

The whole list may appear twice; a case is imported once, and a second copy that differs from
the first is an error rather than a silent choice between them.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from prep.catalog.models import CompanyKind, NewsKind

from .parsed import Line, ParsedCompany, ParsedNews, ParsedReport, ReportError

HEADING = re.compile(
    r"^(?P<name>.+?)\s+(?P<year>\d{4})년\s*(?P<quarter>[1-4])분기\s*적극행정\s*우수\s*사례$"
)
LIST_LABEL = re.compile(
    r"^\[\s*(?P<year>\d{4})년\s*(?:(?P<quarter>[1-4])분기\s*)?적극행정\s*우수\s*사례\s*\]$"
)
CASE = re.compile(r"^■\s*(?P<title>.+)$")
PART = re.compile(r"^\(\s*(?P<part>상황|노력|효과)\s*\)\s*(?P<rest>.*)$")
BULLET = re.compile(r"^[·•ㆍ∙‧-]\s*(?P<text>.+)$")
PARTS = ("상황", "노력", "효과")


@dataclass
class Case:
    title: str
    line_no: int
    year: int
    parts: dict[str, list[str]] = field(default_factory=dict)
    bulleted: dict[str, bool] = field(default_factory=dict)
    current: str = ""

    def add(self, text: str) -> None:
        bullet = BULLET.match(text)
        items = self.parts[self.current]
        if bullet:
            items.append(bullet["text"].strip())
            self.bulleted[self.current] = True
        elif items and self.bulleted.get(self.current):
            items[-1] = f"{items[-1]} {text}"  # a bullet wrapped onto the next line
        else:
            items.append(text)

    def accepts_more_effect(self, text: str) -> bool:
        """(효과) has no closing marker: after its first paragraph only bullets belong to it."""
        items = self.parts.get("효과", [])
        return not items or (self.bulleted.get("효과", False) and bool(BULLET.match(text)))

    def to_news(self) -> ParsedNews:
        missing = [part for part in PARTS if not self.parts.get(part)]
        if missing:
            names = ", ".join(f"({part})" for part in missing)
            raise ReportError(self.line_no, f"사례 '{self.title}'에 {names} 부분이 없습니다.")
        return ParsedNews(
            year=self.year,
            title=self.title,
            kind=NewsKind.PROACTIVE,
            line_no=self.line_no,
            situation="\n".join(self.parts["상황"]),
            efforts=list(self.parts["노력"]),
            effect="\n".join(self.parts["효과"]),
        )


def parse_cases(text: str, *, source_name: str) -> ParsedReport:
    lines = [Line(no, raw) for no, raw in enumerate(text.split("\n"), start=1)]
    heading = next((m for line in lines if (m := HEADING.match(line.stripped))), None)
    if heading is None:
        raise ReportError(
            1,
            "문서 제목 줄을 찾을 수 없습니다: "
            "'기관명 2025년 2분기 적극행정 우수사례' 형식이어야 합니다.",
        )
    name, heading_year, quarter = (
        heading["name"].strip(),
        int(heading["year"]),
        int(heading["quarter"]),
    )
    company = ParsedCompany(
        name=name,
        # 적극행정 is the public sector's own programme: only public bodies publish these lists.
        kind=CompanyKind.PUBLIC_INSTITUTION,
        source=f"{heading.group(0)} · {source_name}"[:300],
        # The heading names the quarter the list was published for (2분기) while the label above
        # the list says the cases were selected in 1분기. The document is therefore current as of
        # the start of the heading's quarter; the cases are news of the label's year (below).
        as_of=date(heading_year, 3 * (quarter - 1) + 1, 1),
    )
    report = ParsedReport(format="cases", company=company)

    cases: dict[str, ParsedNews] = {}
    case: Case | None = None
    year = heading_year
    ignored: dict[str, int] = {}

    def close() -> None:
        nonlocal case
        if case is None:
            return
        news = case.to_news()
        previous = cases.get(news.title)
        if previous is None:
            cases[news.title] = news
            report.news.append(news)
        elif (previous.situation, previous.efforts, previous.effect) != (
            news.situation,
            news.efforts,
            news.effect,
        ):
            raise ReportError(
                news.line_no, f"사례 '{news.title}'이(가) 서로 다른 내용으로 두 번 나옵니다."
            )
        case = None

    for line in lines:
        text = line.stripped
        if not text:
            continue
        if match := HEADING.match(text):
            if match["name"].strip() != name:
                raise ReportError(
                    line.no, f"한 문서에 두 기관({name}, {match['name']})이 있습니다."
                )
            close()
            continue
        if match := LIST_LABEL.match(text):
            close()
            # Cases belong to the year the list label gives; the heading's year is the fallback.
            year = int(match["year"])
            continue
        if match := CASE.match(text):
            close()
            case = Case(
                title=re.sub(r"\s+", " ", match["title"]).strip(), line_no=line.no, year=year
            )
            continue
        if match := PART.match(text):
            part = match["part"]
            if case is None:
                raise ReportError(line.no, f"({part}) 앞에 '■ 사례 제목' 줄이 있어야 합니다.")
            expected = PARTS[len(case.parts)] if len(case.parts) < len(PARTS) else None
            if part != expected:
                raise ReportError(
                    line.no,
                    f"사례 '{case.title}'의 ({part})이(가) 순서에 맞지 않습니다: "
                    "(상황), (노력), (효과) 순서로 한 번씩 있어야 합니다.",
                )
            case.parts[part], case.current = [], part
            if match["rest"].strip():
                case.add(match["rest"].strip())
            continue
        if case is not None:
            if not case.current:
                raise ReportError(
                    line.no, f"사례 '{case.title}'의 제목 다음에는 (상황)이 와야 합니다."
                )
            if case.current != "효과" or case.accepts_more_effect(text):
                case.add(text)
                continue
            close()
        # Outside a case: page furniture such as the closing line. Shown, never imported.
        if re.search(r"\w", text):
            ignored.setdefault(text, line.no)
    close()

    if not report.news:
        raise ReportError(1, "적극행정 사례('■ 제목'과 (상황)·(노력)·(효과))가 하나도 없습니다.")
    for text, line_no in ignored.items():
        report.warnings.append(f"{line_no}행: 사례가 아닌 줄은 가져오지 않았습니다: '{text[:60]}'")
    return report
