"""What goes into the catalogue: plain dataclasses, no database.

Parsers (`analysis.py`, `cases.py`) read a company report into a `ParsedReport`; the demo content
(`prep/catalog/demo/`) is written directly as `ParsedReport` values. Both go through the one
writer (`writer.py`), so the demo and a real import follow the same natural keys and the same
publishing rule.

Every parsed item keeps the line it came from, so a value the database refuses (too long, out of
range) can still be reported as `PATH:LINE: reason`. Line numbers do not take part in equality:
the same item repeated further down the document is the same item. Demo values have no lines (0).

A few fields only the demo fills, because reports do not carry them: a company's summary, aliases
and website, interview questions outside a review with their hints, prompts without a sample
answer, descriptions of hiring steps, and `rewrites` (see `ParsedReport`).
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
    summary: str = ""
    aliases: str = ""  # one per line
    website: str = ""
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
    line_no: int = field(default=0, compare=False)
    total_score: Decimal | None = None
    # (category name, score, line) in document order
    scores: list[tuple[str, Decimal, int]] = field(default_factory=list)
    positive: list[str] = field(default_factory=list)
    negative: list[str] = field(default_factory=list)
    source: str = ""  # blank: the document's file name


@dataclass
class ParsedNews:
    year: int
    title: str
    kind: str  # a NewsKind value
    line_no: int = field(default=0, compare=False)
    body: str = ""
    date: dt.date | None = None
    situation: str = ""
    efforts: list[str] = field(default_factory=list)
    effect: str = ""


@dataclass
class ParsedNamed:
    """A core value, a talent trait or a hiring step: a name and what it means."""

    name: str
    description: str
    line_no: int = field(default=0, compare=False)


@dataclass
class ParsedHiringCount:
    year: int
    type_name: str
    count: Decimal
    line_no: int = field(default=0, compare=False)


@dataclass
class ParsedSampleAnswer:
    """A sample answer as a report prints it: its prompt and one competency on the same line."""

    year: int
    half: str  # a HalfYear value
    job_family: str  # a JobFamily value
    competency: str
    prompt: str
    limit: int
    count_rule: str  # a CountRule value
    headline: str
    body: str
    line_no: int = field(default=0, compare=False)


@dataclass
class ParsedAnswer:
    headline: str
    body: str
    competencies: list[str] = field(default_factory=list)
    line_no: int = field(default=0, compare=False)


@dataclass
class ParsedPrompt:
    """A 자소서 prompt with its sample answers (none, for a prompt shown only for practice)."""

    year: int
    half: str  # a HalfYear value
    job_family: str  # a JobFamily value
    text: str
    limit: int
    count_rule: str = "chars"  # a CountRule value
    line_break_weight: int | None = None  # None: as the prompt already has it (new: 1)
    competencies: list[str] = field(default_factory=list)
    answers: list[ParsedAnswer] = field(default_factory=list)
    line_no: int = field(default=0, compare=False)


@dataclass
class ParsedQuestion:
    text: str
    question_type: str  # a QuestionType value
    line_no: int = field(default=0, compare=False)
    hint: str = ""
    competencies: list[str] = field(default_factory=list)
    season: tuple[int, str] | None = None  # (year, HalfYear value); in a review: the review's
    position: str = ""


@dataclass
class ParsedReview:
    year: int
    half: str
    position: str
    job: str
    result: str  # an Outcome value
    line_no: int = field(default=0, compare=False)
    difficulty: int | None = None
    atmosphere: str = ""
    evaluation: str = ""
    tip: str = ""
    questions: list[ParsedQuestion] = field(default_factory=list)


@dataclass
class ParsedReport:
    format: str  # "analysis" (a company-analysis report), "cases" (적극행정 cases) or "demo"
    company: ParsedCompany
    segments: list[ParsedSegment] = field(default_factory=list)
    survey: ParsedSurvey | None = None
    news: list[ParsedNews] = field(default_factory=list)
    core_values: list[ParsedNamed] = field(default_factory=list)
    talent_traits: list[ParsedNamed] = field(default_factory=list)
    hiring_steps: list[str] = field(default_factory=list)
    hiring_steps_line: int = 0
    hiring_step_descriptions: dict[str, str] = field(default_factory=dict)
    hiring_counts: list[ParsedHiringCount] = field(default_factory=list)
    # hiring type name → its explanation, e.g. 체험형 청년인턴 → "채용과 연계되지 않은 인턴 전형…"
    hiring_types: dict[str, str] = field(default_factory=dict)
    hiring_note: str = ""
    appealed_competencies: list[str] = field(default_factory=list)
    sample_answers: list[ParsedSampleAnswer] = field(default_factory=list)
    prompts: list[ParsedPrompt] = field(default_factory=list)
    reviews: list[ParsedReview] = field(default_factory=list)
    questions: list[ParsedQuestion] = field(default_factory=list)  # not from a review
    # Our wording → `matching.fingerprint()` of the report wording it rewrites. The demo says
    # here which report sentence each of its rewrites stands for, so importing that report
    # later finds the demo's row instead of adding the report's wording next to it. The
    # report's sentences themselves stay out of the repository (they are third-party text).
    rewrites: dict[str, str] = field(default_factory=dict)
    # Sections and labels the parser did not know: shown to the admin, never silently lost.
    warnings: list[str] = field(default_factory=list)

    def all_prompts(self) -> list[ParsedPrompt]:
        """The explicit prompts, then one per sample answer as the report prints them."""
        appealed = list(self.appealed_competencies)
        from_answers = [
            ParsedPrompt(
                year=answer.year,
                half=answer.half,
                job_family=answer.job_family,
                text=answer.prompt,
                limit=answer.limit,
                count_rule=answer.count_rule,
                competencies=[answer.competency] if answer.competency else [],
                # The report lists what its successful applicants appealed to next to the
                # sample; tagging the sample is how the company page shows "합격자들이 어필한 역량".
                answers=[
                    ParsedAnswer(
                        headline=answer.headline,
                        body=answer.body,
                        competencies=[answer.competency] * bool(answer.competency) + appealed,
                        line_no=answer.line_no,
                    )
                ],
                line_no=answer.line_no,
            )
            for answer in self.sample_answers
        ]
        return [*self.prompts, *from_answers]


@dataclass
class ParsedCompetency:
    name: str
    definition: str = ""
    area: str = ""  # the NCS area a company competency maps onto, if any


@dataclass
class ParsedCatalogue:
    """Catalogue-wide rows that belong to no one company (demo content only)."""

    survey_categories: list[str] = field(default_factory=list)
    hiring_types: dict[str, str] = field(default_factory=dict)  # name → description
    competencies: list[ParsedCompetency] = field(default_factory=list)
    questions: list[ParsedQuestion] = field(default_factory=list)  # any company may ask them
