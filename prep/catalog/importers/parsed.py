"""What a parser reads out of a company report: plain dataclasses, no database.

Every parsed item keeps the line it came from, so a value the database refuses (too long, out of
range) can still be reported as `PATH:LINE: reason`. Line numbers do not take part in equality:
the same item repeated further down the document is the same item.
"""

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


class ReportError(Exception):
    """A document that cannot be imported; `reason` is Korean and shown to the admin as is."""

    def __init__(self, line_no: int, reason: str):
        super().__init__(f"{line_no}: {reason}")
        self.line_no = line_no
        self.reason = reason


@dataclass
class Line:
    no: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass
class ParsedCompany:
    name: str
    line_no: int = field(default=1, compare=False)
    kind: str = ""  # a CompanyKind value, or "" when the document does not say
    description: str = ""
    founded_year: int | None = None
    customers: str = ""
    main_business: str = ""
    related_organisations: str = ""
    vision: str = ""
    mission: str = ""
    source: str = ""
    as_of: dt.date | None = None


@dataclass
class ParsedSegment:
    rank: int
    name: str
    share: Decimal
    description: str = ""
    line_no: int = field(default=0, compare=False)


@dataclass
class ParsedSurvey:
    surveyed_on: dt.date
    line_no: int = field(compare=False)
    total_score: Decimal | None = None
    # (category name, score, line) in document order
    scores: list[tuple[str, Decimal, int]] = field(default_factory=list)
    positive: list[str] = field(default_factory=list)
    negative: list[str] = field(default_factory=list)


@dataclass
class ParsedNews:
    year: int
    title: str
    kind: str  # a NewsKind value
    line_no: int = field(compare=False)
    body: str = ""
    date: dt.date | None = None
    situation: str = ""
    efforts: list[str] = field(default_factory=list)
    effect: str = ""


@dataclass
class ParsedNamed:
    """A core value or a talent trait: a name and what it means."""

    name: str
    description: str
    line_no: int = field(compare=False)


@dataclass
class ParsedHiringCount:
    year: int
    type_name: str
    count: Decimal
    line_no: int = field(compare=False)


@dataclass
class ParsedSampleAnswer:
    year: int
    half: str  # a HalfYear value
    job_family: str  # a JobFamily value
    competency: str
    prompt: str
    limit: int
    count_rule: str  # a CountRule value
    headline: str
    body: str
    line_no: int = field(compare=False)


@dataclass
class ParsedQuestion:
    text: str
    question_type: str  # a QuestionType value
    line_no: int = field(compare=False)


@dataclass
class ParsedReview:
    year: int
    half: str
    position: str
    job: str
    result: str  # an Outcome value
    line_no: int = field(compare=False)
    difficulty: int | None = None
    atmosphere: str = ""
    evaluation: str = ""
    tip: str = ""
    questions: list[ParsedQuestion] = field(default_factory=list)


@dataclass
class ParsedReport:
    format: str  # "analysis" (seed 000) or "cases" (seed 004)
    company: ParsedCompany
    segments: list[ParsedSegment] = field(default_factory=list)
    survey: ParsedSurvey | None = None
    news: list[ParsedNews] = field(default_factory=list)
    core_values: list[ParsedNamed] = field(default_factory=list)
    talent_traits: list[ParsedNamed] = field(default_factory=list)
    hiring_steps: list[str] = field(default_factory=list)
    hiring_steps_line: int = 0
    hiring_counts: list[ParsedHiringCount] = field(default_factory=list)
    # hiring type name → its explanation, e.g. 체험형 청년인턴 → "채용과 연계되지 않은 인턴 전형…"
    hiring_types: dict[str, str] = field(default_factory=dict)
    hiring_note: str = ""
    appealed_competencies: list[str] = field(default_factory=list)
    sample_answers: list[ParsedSampleAnswer] = field(default_factory=list)
    reviews: list[ParsedReview] = field(default_factory=list)
    # Sections and labels the parser did not know: shown to the admin, never silently lost.
    warnings: list[str] = field(default_factory=list)
