"""Parser for company-analysis reports (seed 000: "<기업> 분석리포트 2024 ver.").

The document is light Markdown: `## ` headings and breadcrumb lines (`채용정보 > 어떻게 채용할까?`)
open sections, facts are `**label**: value` lines or compact lines (`1위 추가 수탁사업 40.9 % …`),
and the original page layout repeats every value once more as plain lines. The parser reads the
labelled and compact forms and ignores the plain repeats, so nothing is imported twice.

Sections are dispatched through `SECTION_HANDLERS`: supporting a new section is one function and
one row in that table. A section nobody handles becomes a warning in the import summary. The
handlers live in `analysis_profile.py` and `analysis_bank.py`, the shared line readers in
`analysis_lines.py`.
"""

import re
from datetime import date
from decimal import Decimal

from .analysis_bank import classify_question, essays, interviews
from .analysis_lines import (
    BANNER,
    BREADCRUMB,
    HEADING,
    LABEL,
    TITLE,
    Context,
    Handler,
    Section,
    title_key,
)
from .analysis_profile import hiring_numbers, hiring_process, news, overview, traits, values
from .parsed import (
    Line,
    ParsedCompany,
    ParsedReport,
    ReportError,
)

__all__ = ["classify_question", "parse_analysis"]


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


SECTION_HANDLERS: list[tuple[re.Pattern, Handler]] = [
    (re.compile(r"기업개요|기업 개요"), overview),
    (re.compile(r"최신이슈|최신 이슈"), news),
    (re.compile(r"어떤 가치|핵심가치"), values),
    (re.compile(r"어떤 인재|인재상"), traits),
    (re.compile(r"어떻게 채용|채용절차"), hiring_process),
    (re.compile(r"얼마나 채용|채용인원|채용 인원"), hiring_numbers),
    (re.compile(r"자소서"), essays),
    (re.compile(r"면접"), interviews),
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
        kind = context.news_kinds.get(title_key(item.title))
        if kind:
            item.kind = kind[0]
            matched.add(title_key(item.title))
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
