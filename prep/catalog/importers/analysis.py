"""Parser for company-analysis reports (seed 000: "<기업> 분석리포트 2024 ver.").

The document is light Markdown: `## ` headings and breadcrumb lines (`채용정보 > 어떻게 채용할까?`)
open sections, facts are `**label**: value` lines or compact lines (`1위 추가 수탁사업 40.9 % …`),
and the original page layout repeats every value once more as plain lines. The parser reads the
labelled and compact forms and ignores the plain repeats, so nothing is imported twice.

Sections are dispatched through `SECTION_HANDLERS`: supporting a new section is one function and
one row in that table. A section nobody handles becomes a warning in the import summary.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from prep.catalog.models import (
    Atmosphere,
    CompanyKind,
    CountRule,
    Difficulty,
    HalfYear,
    JobFamily,
    NewsKind,
    Outcome,
    QuestionType,
)

from .parsed import (
    Line,
    ParsedCompany,
    ParsedHiringCount,
    ParsedNamed,
    ParsedNews,
    ParsedQuestion,
    ParsedReport,
    ParsedReview,
    ParsedSampleAnswer,
    ParsedSegment,
    ParsedSurvey,
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


def parse_analysis(text: str, *, source_name: str) -> ParsedReport:
    lines = [Line(no, raw) for no, raw in enumerate(text.split("\n"), start=1)]
    company = _company_from_title(lines)
    company.source = _source(lines, company.name, source_name)
    report = ParsedReport(format="analysis", company=company)
    context = Context(report=report)
    for section in _sections(lines, company.name):
        handler = _handler_for(section.name)
        if handler is None:
            if section.content():
                report.warnings.append(
                    f"{section.line_no}행: 알 수 없는 섹션 '{section.name}'은 건너뛰었습니다."
                )
            continue
        handler(section, context)
    _finish(context)
    return report


def _handler_for(name: str) -> Handler | None:
    for pattern, handler in SECTION_HANDLERS:
        if pattern.search(name):
            return handler
    return None


# --- structure -------------------------------------------------------------------------------


def _company_from_title(lines: list[Line]) -> ParsedCompany:
    for line in lines:
        if not line.stripped:
            continue
        match = TITLE.match(line.stripped) or BANNER.match(line.stripped)
        if match:
            name = match["name"].strip()
            return ParsedCompany(name=name, line_no=line.no, as_of=date(int(match["year"]), 1, 1))
        break
    for line in lines:
        match = BANNER.match(line.stripped)
        if match:
            return ParsedCompany(
                name=match["name"].strip(),
                line_no=line.no,
                as_of=date(int(match["year"]), 1, 1),
            )
    raise ReportError(
        1,
        "문서 제목에서 기업명을 찾을 수 없습니다: 첫 줄이 '# 기업명_2024_ver. Report' "
        "형식이거나 '기업명 분석리포트 2024 ver.' 줄이 있어야 합니다.",
    )


def _source(lines: list[Line], name: str, source_name: str) -> str:
    banner = next((line.stripped for line in lines if BANNER.match(line.stripped)), "")
    parts = [part for part in (banner or name, source_name) if part]
    return " · ".join(parts)[:300]


def _sections(lines: list[Line], company_name: str) -> list[Section]:
    """Split at `## ` headings and breadcrumbs, dropping page furniture (banners, name lines)."""
    sections: list[Section] = []
    current: Section | None = None
    for line in lines:
        text = line.stripped
        if TITLE.match(text) or BANNER.match(text) or text == company_name:
            continue
        heading = HEADING.match(text)
        crumb = None if heading or LABEL.match(text) else BREADCRUMB.match(text)
        if heading or crumb:
            name = heading["name"] if heading else text.rsplit(" > ", 1)[-1].strip()
            current = Section(name=name.strip(), line_no=line.no)
            sections.append(current)
            continue
        if current is None:
            if text:
                raise ReportError(
                    line.no,
                    "첫 섹션 제목('## 제목' 또는 '분류 > 항목' 줄)보다 앞에 내용이 있습니다.",
                )
            continue
        current.lines.append(line)
    return sections


# --- helpers ---------------------------------------------------------------------------------


def _decimal(value: str, line_no: int, what: str) -> Decimal:
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ReportError(line_no, f"{what} '{value}'을(를) 숫자로 읽을 수 없습니다.") from None
    if not Decimal(0) <= number <= Decimal(100):
        raise ReportError(line_no, f"{what}은(는) 0에서 100 사이여야 합니다 (문서 값: {value}).")
    return number


def _date(year: str, month: str, day: str | None, line_no: int) -> date:
    try:
        return date(int(year), int(month), int(day or 1))
    except ValueError:
        text = f"{year}.{month}" + (f".{day}" if day else "")
        raise ReportError(line_no, f"날짜 '{text}'가 올바르지 않습니다.") from None


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _title_key(title: str) -> str:
    """Titles in the summary list and in the items differ only in spacing and quote marks."""
    return _squash(title).translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'}))


def _bullets(value: str) -> list[str]:
    return [part.strip() for part in BULLET_SPLIT.split(value) if part.strip()]


def _remember(items: dict, key, value, line_no: int, what: str) -> bool:
    """Store a keyed item once; the same item again is a repeat, a different one an error."""
    if key in items:
        if items[key] != value:
            raise ReportError(line_no, f"{what}이(가) 서로 다른 내용으로 두 번 나옵니다.")
        return False
    items[key] = value
    return True


# --- section handlers ------------------------------------------------------------------------


def _overview(section: Section, context: Context) -> None:
    report, company = context.report, context.report.company
    lines = section.content()
    segments: dict[int, ParsedSegment] = {}
    scores: dict[str, tuple[Decimal, int]] = {}
    score_values: dict[str, Decimal] = {}
    for index, line in enumerate(lines):
        text = line.stripped
        if LABEL.match(text):
            continue  # read below through section.labels(), which joins continuation lines
        if match := SEGMENT.match(text):
            segment = ParsedSegment(
                rank=int(match["rank"]),
                name=match["name"].strip(),
                share=_decimal(match["share"], line.no, "사업 부문 비중"),
                description=match["desc"].strip(),
                line_no=line.no,
            )
            _remember(segments, segment.rank, segment, line.no, f"사업 부문 {segment.rank}위")
        elif re.match(r"^\d+위\s+\S", text):
            raise ReportError(
                line.no,
                "사업 부문 줄을 읽을 수 없습니다: '1위 부문명 40.9 % 설명' 형식이어야 합니다.",
            )
        elif match := SEGMENT_COMPACT.match(text):
            context.compact_segments.append(
                ParsedSegment(
                    rank=len(context.compact_segments) + 1,
                    name=match["name"].strip(),
                    share=_decimal(match["share"], line.no, "사업 부문 비중"),
                    line_no=line.no,
                )
            )
        elif match := SURVEY_DATE.match(text):
            surveyed_on = _date(match["y"], match["m"], match["d"], line.no)
            if report.survey and report.survey.surveyed_on != surveyed_on:
                raise ReportError(line.no, "직원 만족도 조사일이 두 번 다르게 나옵니다.")
            report.survey = report.survey or ParsedSurvey(surveyed_on=surveyed_on, line_no=line.no)
        elif match := BARE_SCORE.match(text):
            following = lines[index + 1].stripped if index + 1 < len(lines) else ""
            if following.startswith("총 만족도"):
                survey = _survey_for(report, line.no)
                survey.total_score = _decimal(match["score"], line.no, "총 만족도 점수")
        elif match := CATEGORY_SCORE.match(text):
            _survey_for(report, line.no)
            name = match["name"].strip()
            score = _decimal(match["score"], line.no, f"'{name}' 점수")
            if _remember(score_values, name, score, line.no, f"'{name}' 점수"):
                scores[name] = (score, line.no)
        elif (match := FOUNDING.search(text)) and not company.description:
            company.description = text
            company.founded_year = int(match["year"])
            company.kind = _kind_from(text)
    if report.survey:
        report.survey.scores = [(name, score, no) for name, (score, no) in scores.items()]
    report.segments = [segments[rank] for rank in sorted(segments)]

    for label, value, line_no in section.labels():
        if label == "고객":
            company.customers = value
        elif label in ("자사", "주요사업", "주요 사업"):
            company.main_business = value
        elif label in ("관련기관", "관련 기관"):
            company.related_organisations = value
        elif label.startswith("긍정"):
            _survey_for(report, line_no).positive = _quotes(value)
        elif label.startswith("부정"):
            _survey_for(report, line_no).negative = _quotes(value)
        else:
            report.warnings.append(f"{line_no}행: 알 수 없는 항목 '{label}'은 건너뛰었습니다.")


def _survey_for(report: ParsedReport, line_no: int) -> ParsedSurvey:
    if report.survey is None:
        raise ReportError(
            line_no, "직원 만족도 조사일(예: 2024.08.08)이 점수와 평가보다 먼저 나와야 합니다."
        )
    return report.survey


def _quotes(value: str) -> list[str]:
    quotes = [_squash(quote) for quote in QUOTE.findall(value) if quote.strip()]
    return quotes or ([value.strip()] if value.strip() else [])


def _kind_from(text: str) -> str:
    if "공기업" in text:
        return CompanyKind.PUBLIC_ENTERPRISE
    if "공공기관" in text:
        return CompanyKind.PUBLIC_INSTITUTION
    if "외국계" in text:
        return CompanyKind.FOREIGN
    return ""


def _news(section: Section, context: Context) -> None:
    year_match = re.search(r"(\d{4})", section.name)
    year = int(year_match[1]) if year_match else None
    seen: dict[str, str] = {}
    for label, value, line_no in section.labels():
        if label in NEWS_KINDS:
            for title in _bullets(value):
                key = _title_key(title)
                previous = context.news_kinds.get(key)
                if previous and previous[0] != NEWS_KINDS[label]:
                    raise ReportError(
                        line_no, f"'{title}'이(가) 사업내용과 사업성과에 모두 있습니다."
                    )
                context.news_kinds[key] = (NEWS_KINDS[label], line_no)
            continue
        if year is None:
            raise ReportError(
                line_no,
                f"'{label}'의 연도를 알 수 없습니다: 'YYYY 최신이슈/성과' 섹션에 있어야 합니다.",
            )
        if not _remember(seen, _title_key(label), value, line_no, f"이슈 '{label}'"):
            continue
        item = ParsedNews(year=year, title=_squash(label), kind=NewsKind.OTHER, line_no=line_no)
        item.body = value.strip()
        if match := LEADING_DATE.match(item.body):
            item.date = _date(match["y"], match["m"], match["d"], line_no)
        context.report.news.append(item)


def _values(section: Section, context: Context) -> None:
    report = context.report
    values: dict[str, str] = {}
    combined_line = 0
    for label, value, line_no in section.labels():
        if label == "비전":
            report.company.vision = value
        elif label == "미션":
            report.company.mission = value
        elif label == "핵심가치":
            # The combined line glues the values together without separators; the same values
            # follow one per `**name**: description` line, which is what we read.
            combined_line = line_no
        elif label == "인재상":
            report.warnings.append(
                f"{line_no}행: 인재상은 '어떤 인재를 원할까?' 섹션에서 읽습니다."
            )
        elif _remember(values, label, value, line_no, f"핵심가치 '{label}'"):
            report.core_values.append(ParsedNamed(label, value, line_no))
    if combined_line and not report.core_values:
        raise ReportError(
            combined_line, "핵심가치를 하나씩 나눌 수 없습니다: '**가치명**: 설명' 줄이 필요합니다."
        )


def _traits(section: Section, context: Context) -> None:
    """Traits come as `이름 설명` lines, repeated below as a name line and a description line.

    The repeats tell where the name ends (a name may contain spaces); without them, the name is
    the first word.
    """
    report = context.report
    traits: dict[str, str] = {}
    for label, value, line_no in section.labels():
        if _remember(traits, label, value, line_no, f"인재상 '{label}'"):
            report.talent_traits.append(ParsedNamed(label, value, line_no))
    plain = [line for line in section.content() if not LABEL.match(line.stripped)]
    standalone = {line.stripped for line in plain}
    verified = []
    for line in plain:
        for match in re.finditer(r"\s+", line.stripped):
            name, description = line.stripped[: match.start()], line.stripped[match.end() :]
            if name in standalone and description in standalone:
                verified.append((name, description, line.no))
                break
    if not verified:
        verified = [
            (*line.stripped.split(None, 1), line.no)
            for line in _first_block(section)
            if len(line.stripped.split(None, 1)) == 2
        ]
    for name, description, line_no in verified:
        if _remember(traits, name, description, line_no, f"인재상 '{name}'"):
            report.talent_traits.append(ParsedNamed(name, description, line_no))


def _first_block(section: Section) -> list[Line]:
    block: list[Line] = []
    for line in section.lines:
        if line.stripped and not LABEL.match(line.stripped):
            block.append(line)
        elif block:
            break
    return block


def _hiring_process(section: Section, context: Context) -> None:
    report = context.report
    for label, value, line_no in section.labels():
        if label not in ("채용절차", "채용 절차", "전형절차"):
            report.warnings.append(f"{line_no}행: 알 수 없는 항목 '{label}'은 건너뛰었습니다.")
            continue
        steps = [_squash(step) for step in STEP_SPLIT.split(STEP_TAIL.sub("", value))]
        steps = [step for step in steps if step]
        if len(steps) < 2:
            raise ReportError(
                line_no,
                "채용절차를 읽을 수 없습니다: '지원서 접수→서류전형→면접' 형식이어야 합니다.",
            )
        if report.hiring_steps and report.hiring_steps != steps:
            raise ReportError(line_no, "채용절차가 서로 다른 내용으로 두 번 나옵니다.")
        report.hiring_steps, report.hiring_steps_line = steps, line_no


def _hiring_numbers(section: Section, context: Context) -> None:
    report = context.report
    seen: dict[tuple[int, str], Decimal] = {}
    for label, value, line_no in section.labels():
        year = HIRING_YEAR.match(label)
        if not year:
            report.warnings.append(f"{line_no}행: 알 수 없는 항목 '{label}'은 건너뛰었습니다.")
            continue
        entries = list(HIRING_ENTRY.finditer(value))
        leftover = HIRING_ENTRY.sub("", value).strip(" \n,·")
        if not entries or leftover:
            raise ReportError(
                line_no,
                f"{label}년 채용 인원을 읽을 수 없습니다: '정규직 30명'처럼 '구분 인원명' "
                f"형식이어야 합니다 (읽지 못한 부분: '{leftover or value}').",
            )
        for entry in entries:
            type_name = _squash(entry["type"])
            key = (int(year["year"]), type_name)
            count = Decimal(entry["count"])
            if _remember(seen, key, count, line_no, f"{key[0]}년 {type_name} 인원"):
                report.hiring_counts.append(ParsedHiringCount(key[0], type_name, count, line_no))
    for line in section.content():
        text = line.stripped
        if LABEL.match(text):
            continue
        if match := NOTE.match(text):
            report.hiring_note = match["note"].strip()
        elif match := TYPE_EXPLANATION.match(text):
            report.hiring_types[match["key"].strip()] = match["desc"].strip()
    # "채용형 : …" explains the type the numbers call "채용형 청년인턴".
    names = list(dict.fromkeys(count.type_name for count in report.hiring_counts))
    explained = {}
    for key, description in report.hiring_types.items():
        matches = [name for name in names if name == key or name.startswith(key)]
        explained[matches[0] if len(matches) == 1 else key] = description
    report.hiring_types = {name: explained.get(name, "") for name in names} | explained


def _essays(section: Section, context: Context) -> None:
    report = context.report
    lines = section.content()
    positions = {line.no: index for index, line in enumerate(lines)}
    for label, value, line_no in section.labels():
        if "역량" in label and "어필" in label:
            after = [line.stripped for line in lines[positions[line_no] + 1 :]]
            report.appealed_competencies = _split_glued(value, after, line_no)
        else:
            report.warnings.append(f"{line_no}행: 알 수 없는 항목 '{label}'은 건너뛰었습니다.")

    seen: set[tuple] = set()
    index = 0
    while index < len(lines):
        start = _essay_header(lines, index)
        if start is None:
            index += 1
            continue
        year, half, job, index = start
        if index >= len(lines) or not (prompt := ESSAY_PROMPT.match(lines[index].stripped)):
            where = lines[index].no if index < len(lines) else lines[-1].no
            raise ReportError(
                where,
                "자소서 문항 줄을 읽을 수 없습니다: "
                "'역량 - 문항 내용(1000자 이내)' 형식이어야 합니다.",
            )
        prompt_line = lines[index]
        index += 1
        headline = ""
        if index < len(lines) and (match := HEADLINE.match(lines[index].stripped)):
            headline = match["headline"].strip()
            index += 1
        body_lines = []
        while (
            index < len(lines)
            and _essay_header(lines, index) is None
            and not LABEL.match(lines[index].stripped)
        ):
            body_lines.append(lines[index].stripped)
            index += 1
        if not body_lines:
            raise ReportError(prompt_line.no, "합격 자소서 본문이 없습니다.")
        answer = ParsedSampleAnswer(
            year=year,
            half=half,
            job_family=job,
            competency=_squash(prompt["comp"] or ""),
            prompt=_squash(prompt["prompt"]),
            limit=int(prompt["limit"].replace(",", "")),
            count_rule=_count_rule(prompt["unit"], prompt["rest"]),
            headline=headline,
            body="\n".join(body_lines),
            line_no=prompt_line.no,
        )
        key = (year, half, job, answer.prompt, answer.headline, answer.body)
        if key not in seen:  # the page repeats the whole answer as plain lines
            seen.add(key)
            report.sample_answers.append(answer)


def _essay_header(lines: list[Line], index: int) -> tuple[int, str, str, int] | None:
    """`2023 하반기 경영/사무`, or `2023 하반기` with the job family on the next line."""
    match = ESSAY_SEASON.match(lines[index].stripped)
    if not match:
        return None
    year, half = int(match["year"]), HALVES[match["half"]]
    if match["job"]:
        job = JOB_FAMILIES.get(match["job"].strip())
        return (year, half, job, index + 1) if job else None
    if index + 1 < len(lines) and (job := JOB_FAMILIES.get(lines[index + 1].stripped)):
        return year, half, job, index + 2
    return None


def _count_rule(unit: str, rest: str) -> str:
    if unit.lower() in ("byte", "bytes", "바이트"):
        # Public-institution forms that count bytes almost always count 한글 as 2 (DOMAIN §2).
        return CountRule.BYTES_CP949
    if "공백" in rest and ("제외" in rest or "미포함" in rest):
        return CountRule.CHARS_NO_SPACES
    return CountRule.CHARS


def _split_glued(value: str, following: list[str], line_no: int) -> list[str]:
    """`문제해결능력직무전문성팀워크/협업` split by the plain lines that repeat its parts."""
    parts, position = [], 0
    for candidate in following:
        if candidate and value.startswith(candidate, position):
            parts.append(candidate)
            position += len(candidate)
            if position == len(value):
                return parts
    if re.search(r"[,·]", value):
        return [part.strip() for part in re.split(r"[,·]", value) if part.strip()]
    if value.strip() and not parts:
        return [value.strip()]
    raise ReportError(
        line_no,
        "합격자들이 어필한 역량을 나눌 수 없습니다: 쉼표로 구분하거나 한 줄에 하나씩 적어 주세요.",
    )


def _interviews(section: Section, context: Context) -> None:
    report = context.report
    lines = section.content()
    current: ParsedReview | None = None
    label_at = {line_no: (label, value) for label, value, line_no in section.labels()}
    seen: set[tuple] = set()
    for index, line in enumerate(lines):
        text = line.stripped
        if line.no in label_at:
            label, value = label_at[line.no]
            current = _interview_label(label, value, line.no, current, context)
            continue
        if match := REVIEW_SEASON.match(text):
            job, result = "", ""
            if index + 1 < len(lines) and (
                outcome := REVIEW_RESULT.match(lines[index + 1].stripped)
            ):
                job, result = outcome["job"].strip(), outcome["result"]
            current = ParsedReview(
                year=int(match["year"]),
                half=HALVES[match["half"]],
                position=match["position"].strip(),
                job=job,
                result=RESULTS.get(result, Outcome.PASSED),
                line_no=line.no,
            )
            key = (current.year, current.half, current.position, current.job, current.result)
            if key in seen:
                # The same review repeated: later labels fill the one already read.
                current = next(r for r in report.reviews if _review_key(r) == key)
            else:
                seen.add(key)
                report.reviews.append(current)


def _review_key(review: ParsedReview) -> tuple:
    return (review.year, review.half, review.position, review.job, review.result)


def _interview_label(
    label: str, value: str, line_no: int, current: ParsedReview | None, context: Context
) -> ParsedReview | None:
    value = _squash(value)
    if label.endswith("난이도"):
        if value not in DIFFICULTIES:
            raise ReportError(
                line_no,
                f"면접 난이도 '{value}'을(를) 알 수 없습니다: "
                f"{', '.join(DIFFICULTIES)} 중 하나여야 합니다.",
            )
        context.difficulty = (DIFFICULTIES[value], line_no)
        return current
    if label.endswith("분위기"):
        if value not in ATMOSPHERES:
            raise ReportError(
                line_no,
                f"면접 분위기 '{value}'을(를) 알 수 없습니다: 편안, 보통, 압박 중 하나여야 합니다.",
            )
        context.atmosphere = (ATMOSPHERES[value], line_no)
        return current
    target = label.replace(" ", "").upper()
    if not target.endswith(("면접평가", "면접질문", "면접TIP", "면접팁")):
        context.report.warnings.append(f"{line_no}행: 알 수 없는 항목 '{label}'은 건너뛰었습니다.")
        return current
    if current is None:
        raise ReportError(
            line_no, f"'{label}' 앞에 면접 후기 줄('2023년 상반기 | 인턴')이 있어야 합니다."
        )
    if target.endswith("면접평가"):
        current.evaluation = value
    elif target.endswith("면접질문"):
        texts = [_squash(part) for part in QUESTION_SPLIT.split(value) if part.strip()]
        current.questions = [
            ParsedQuestion(text, classify_question(text), line_no) for text in texts
        ]
    else:
        current.tip = value
    return current


def classify_question(text: str) -> str:
    """A first guess at the question type from its wording; admins correct it in the admin."""
    if re.search(r"경험|사례|한 적|했던|겪은", text):
        return QuestionType.EXPERIENCE
    # "상사가 부당한 지시를 내린다면 어떻게 할 것인지": a hypothetical → 상황 question.
    if re.search(r"(?:다면|라면|경우)(?:\s|,|$)", text):
        return QuestionType.SITUATION
    if re.search(r"직무|전공|업무 지식|기술", text):
        return QuestionType.JOB
    return QuestionType.PERSONALITY


SECTION_HANDLERS: list[tuple[re.Pattern, Handler]] = [
    (re.compile(r"기업개요|기업 개요"), _overview),
    (re.compile(r"최신이슈|최신 이슈"), _news),
    (re.compile(r"어떤 가치|핵심가치"), _values),
    (re.compile(r"어떤 인재|인재상"), _traits),
    (re.compile(r"어떻게 채용|채용절차"), _hiring_process),
    (re.compile(r"얼마나 채용|채용인원|채용 인원"), _hiring_numbers),
    (re.compile(r"자소서"), _essays),
    (re.compile(r"면접"), _interviews),
]


# --- after all sections ----------------------------------------------------------------------


def _finish(context: Context) -> None:
    report = context.report
    if not report.segments and context.compact_segments:
        report.segments = context.compact_segments
    total = sum((segment.share for segment in report.segments), Decimal(0))
    if total > Decimal("100.5"):
        raise ReportError(
            report.segments[-1].line_no, f"사업 부문 비중의 합이 100%를 넘습니다 ({total}%)."
        )
    if report.survey:
        if report.survey.total_score is None:
            raise ReportError(
                report.survey.line_no,
                "총 만족도 점수('73점' 다음 줄에 '총 만족도 점수')가 없습니다.",
            )
        report.company.as_of = report.survey.surveyed_on

    matched = set()
    for item in report.news:
        kind = context.news_kinds.get(_title_key(item.title))
        if kind:
            item.kind = kind[0]
            matched.add(_title_key(item.title))
    for key, (_kind, line_no) in context.news_kinds.items():
        if key not in matched:
            report.warnings.append(
                f"{line_no}행: 요약 목록의 '{key}'은(는) 본문이 없어 가져오지 않았습니다."
            )

    for review in report.reviews:
        if review.difficulty is None:
            if context.difficulty is None:
                raise ReportError(
                    review.line_no, "면접 후기의 난이도('**면접난이도**: 보통')가 없습니다."
                )
            review.difficulty = context.difficulty[0]
        if not review.atmosphere:
            if context.atmosphere is None:
                raise ReportError(
                    review.line_no, "면접 후기의 분위기('**면접분위기**: 보통')가 없습니다."
                )
            review.atmosphere = context.atmosphere[0]
