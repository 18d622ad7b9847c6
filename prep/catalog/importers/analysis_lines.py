"""How a company-analysis report's lines read: the patterns, the Korean label tables, the
sections the document splits into, and small readers shared by the section handlers."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from prep.catalog.models import (
    Atmosphere,
    Difficulty,
    HalfYear,
    JobFamily,
    NewsKind,
    Outcome,
)

from .parsed import (
    Line,
    ParsedReport,
    ParsedSegment,
    ReportError,
)

TITLE = re.compile(r"^#\s+(?P<name>.+?)[_\s]+(?P<year>\d{4})[_\s]*ver\.?[_\s]*Report\s*$", re.I)
BANNER = re.compile(r"^(?P<name>.+?)\s+분석리포트\s+(?P<year>\d{4})\s*ver\.?$")
HEADING = re.compile(r"^##\s+(?P<name>.+?)\s*$")
# `기업 한 눈에 보기 > 기업개요`: short, no sentence punctuation, one or more `>` separators.
BREADCRUMB = re.compile(r"^(?P<trail>[^*#\[>][^>]{0,40})(?:\s>\s[^>]{1,60})+$")
LABEL = re.compile(r"^\*\*(?P<label>.+?)\*\*\s*[:：]\s*(?P<value>.*)$")

# Labels are written in Korean in the documents; the mappings below are Korean by design and do not
# go through gettext (a translated UI must still read Korean documents).
HALVES = {"상반기": HalfYear.FIRST, "하반기": HalfYear.SECOND, "수시": HalfYear.ROLLING}
JOB_FAMILIES = {
    "경영/사무": JobFamily.ADMIN,
    "사무": JobFamily.ADMIN,
    "행정": JobFamily.ADMIN,
    "전산/IT": JobFamily.IT,
    "전산": JobFamily.IT,
    "IT": JobFamily.IT,
    "기술": JobFamily.TECH,
    "연구": JobFamily.RESEARCH,
    "인턴": JobFamily.INTERN,
    "기타": JobFamily.OTHER,
}
DIFFICULTIES = {
    "매우 쉬움": Difficulty.VERY_EASY,
    "다소 쉬움": Difficulty.EASY,
    "쉬움": Difficulty.EASY,
    "보통": Difficulty.NORMAL,
    "다소 어려움": Difficulty.HARD,
    "어려움": Difficulty.HARD,
    "매우 어려움": Difficulty.VERY_HARD,
}
ATMOSPHERES = {
    "편안": Atmosphere.RELAXED,
    "편안함": Atmosphere.RELAXED,
    "편함": Atmosphere.RELAXED,
    "보통": Atmosphere.NORMAL,
    "압박": Atmosphere.PRESSURE,
}
RESULTS = {"합격": Outcome.PASSED, "불합격": Outcome.FAILED, "대기": Outcome.WAITING}
NEWS_KINDS = {"사업내용": NewsKind.BUSINESS, "사업성과": NewsKind.ACHIEVEMENT}

NUMBER = r"\d{1,3}(?:\.\d+)?"
SEGMENT = re.compile(rf"^(?P<rank>\d+)위\s+(?P<name>.+?)\s+(?P<share>{NUMBER})\s*%\s*(?P<desc>.*)$")
SEGMENT_COMPACT = re.compile(rf"^(?P<name>[^\d\s].*?)\s+(?P<share>{NUMBER})\s*%$")
SURVEY_DATE = re.compile(r"^(?P<y>\d{4})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})\.?$")
BARE_SCORE = re.compile(rf"^(?P<score>{NUMBER})\s*점$")
CATEGORY_SCORE = re.compile(rf"^(?P<name>[^\d\s].*?)\s+(?P<score>{NUMBER})\s*점$")
FOUNDING = re.compile(r"(?P<year>(?:19|20)\d{2})년에?\s*설립")
LEADING_DATE = re.compile(r"^(?P<y>\d{4})년\s*(?P<m>\d{1,2})월(?:\s*(?P<d>\d{1,2})일)?")
QUOTE = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")
BULLET_SPLIT = re.compile(r"(?:^|\s*)[·•]\s+")
STEP_SPLIT = re.compile(r"\s*(?:→|->|⇒)\s*")
STEP_TAIL = re.compile(r"\s*(?:순으로|순서로)\s*진행.*$")
HIRING_YEAR = re.compile(r"^(?P<year>\d{4})년?$")
HIRING_ENTRY = re.compile(r"(?P<type>[^\d\s명,][^\d\n명,]*?)\s*(?P<count>\d+(?:\.\d+)?)\s*명")
TYPE_EXPLANATION = re.compile(r"^(?P<key>[^:：*\s][^:：*]{0,19}?)\s*[:：]\s*(?P<desc>.+)$")
NOTE = re.compile(r"^\*\s+(?P<note>.+)$")
ESSAY_SEASON = re.compile(
    r"^(?P<year>\d{4})년?\s*(?P<half>상반기|하반기|수시)(?:\s+(?P<job>\S.*?))?$"
)
ESSAY_PROMPT = re.compile(
    r"^(?:(?P<comp>[^-\s][^-]{0,30}?)\s+-\s+)?(?P<prompt>.+?)\s*"
    r"\(\s*(?P<limit>\d[\d,]*)\s*(?P<unit>자|byte|bytes|바이트)(?P<rest>[^)]*)\)\s*$",
    re.I,
)
HEADLINE = re.compile(r"^\[(?P<headline>.+)\]$")
REVIEW_SEASON = re.compile(
    r"^(?P<year>\d{4})년?\s*(?P<half>상반기|하반기|수시)\s*\|\s*(?P<position>.+)$"
)
REVIEW_RESULT = re.compile(r"^(?P<job>.+?)\s+(?P<result>합격|불합격|대기)$")
QUESTION_SPLIT = re.compile(r"Q\s*\d+\s*[.)]\s*")


@dataclass
class Section:
    name: str
    line_no: int
    lines: list[Line] = field(default_factory=list)

    def content(self) -> list[Line]:
        return [line for line in self.lines if line.stripped]

    def labels(self) -> list[tuple[str, str, int]]:
        """`**label**: value` pairs; indented lines right below a label continue its value."""
        pairs = []
        index = 0
        while index < len(self.lines):
            line = self.lines[index]
            match = LABEL.match(line.stripped)
            index += 1
            if not match:
                continue
            parts = [match["value"].strip()]
            while (
                index < len(self.lines)
                and self.lines[index].stripped
                and self.lines[index].text[:1].isspace()
            ):
                parts.append(self.lines[index].stripped)
                index += 1
            value = "\n".join(part for part in parts if part)
            pairs.append((match["label"].strip(), value, line.no))
        return pairs


@dataclass
class Context:
    report: ParsedReport
    # summary-list title → NewsKind, matched against the `**title**: body` items at the end
    news_kinds: dict[str, tuple[str, int]] = field(default_factory=dict)
    difficulty: tuple[int, int] | None = None  # (value, line)
    atmosphere: tuple[str, int] | None = None
    compact_segments: list[ParsedSegment] = field(default_factory=list)


Handler = Callable[[Section, Context], None]


def to_decimal(value: str, line_no: int, what: str) -> Decimal:
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ReportError(line_no, f"{what} '{value}'을(를) 숫자로 읽을 수 없습니다.") from None
    if not Decimal(0) <= number <= Decimal(100):
        raise ReportError(line_no, f"{what}은(는) 0에서 100 사이여야 합니다 (문서 값: {value}).")
    return number


def to_date(year: str, month: str, day: str | None, line_no: int) -> date:
    try:
        return date(int(year), int(month), int(day or 1))
    except ValueError:
        text = f"{year}.{month}" + (f".{day}" if day else "")
        raise ReportError(line_no, f"날짜 '{text}'가 올바르지 않습니다.") from None


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def title_key(title: str) -> str:
    """Titles in the summary list and in the items differ only in spacing and quote marks."""
    return squash(title).translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'}))


def bullets(value: str) -> list[str]:
    return [part.strip() for part in BULLET_SPLIT.split(value) if part.strip()]


def remember(items: dict, key, value, line_no: int, what: str) -> bool:
    """Store a keyed item once; the same item again is a repeat, a different one an error."""
    if key in items:
        if items[key] != value:
            raise ReportError(line_no, f"{what}이(가) 서로 다른 내용으로 두 번 나옵니다.")
        return False
    items[key] = value
    return True
