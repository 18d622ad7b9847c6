"""Section handlers for a company's profile: overview (segments, survey, founding), news,
values, talent traits, hiring process and numbers."""

import re
from decimal import Decimal

from prep.catalog.models import (
    CompanyKind,
    NewsKind,
)

from .analysis_lines import (
    BARE_SCORE,
    CATEGORY_SCORE,
    FOUNDING,
    HIRING_ENTRY,
    HIRING_YEAR,
    LABEL,
    LEADING_DATE,
    NEWS_KINDS,
    NOTE,
    QUOTE,
    SEGMENT,
    SEGMENT_COMPACT,
    STEP_SPLIT,
    STEP_TAIL,
    SURVEY_DATE,
    TYPE_EXPLANATION,
    Context,
    Section,
    bullets,
    remember,
    squash,
    title_key,
    to_date,
    to_decimal,
)
from .parsed import (
    Line,
    ParsedHiringCount,
    ParsedNamed,
    ParsedNews,
    ParsedReport,
    ParsedSegment,
    ParsedSurvey,
    ReportError,
)


def overview(section: Section, context: Context) -> None:
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
                share=to_decimal(match["share"], line.no, "사업 부문 비중"),
                description=match["desc"].strip(),
                line_no=line.no,
            )
            remember(segments, segment.rank, segment, line.no, f"사업 부문 {segment.rank}위")
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
                    share=to_decimal(match["share"], line.no, "사업 부문 비중"),
                    line_no=line.no,
                )
            )
        elif match := SURVEY_DATE.match(text):
            surveyed_on = to_date(match["y"], match["m"], match["d"], line.no)
            if report.survey and report.survey.surveyed_on != surveyed_on:
                raise ReportError(line.no, "직원 만족도 조사일이 두 번 다르게 나옵니다.")
            report.survey = report.survey or ParsedSurvey(surveyed_on=surveyed_on, line_no=line.no)
        elif match := BARE_SCORE.match(text):
            following = lines[index + 1].stripped if index + 1 < len(lines) else ""
            if following.startswith("총 만족도"):
                survey = _survey_for(report, line.no)
                survey.total_score = to_decimal(match["score"], line.no, "총 만족도 점수")
        elif match := CATEGORY_SCORE.match(text):
            _survey_for(report, line.no)
            name = match["name"].strip()
            score = to_decimal(match["score"], line.no, f"'{name}' 점수")
            if remember(score_values, name, score, line.no, f"'{name}' 점수"):
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
    quotes = [squash(quote) for quote in QUOTE.findall(value) if quote.strip()]
    return quotes or ([value.strip()] if value.strip() else [])


def _kind_from(text: str) -> str:
    if "공기업" in text:
        return CompanyKind.PUBLIC_ENTERPRISE
    if "공공기관" in text:
        return CompanyKind.PUBLIC_INSTITUTION
    if "외국계" in text:
        return CompanyKind.FOREIGN
    return ""


def news(section: Section, context: Context) -> None:
    year_match = re.search(r"(\d{4})", section.name)
    year = int(year_match[1]) if year_match else None
    seen: dict[str, str] = {}
    for label, value, line_no in section.labels():
        if label in NEWS_KINDS:
            for title in bullets(value):
                key = title_key(title)
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
        if not remember(seen, title_key(label), value, line_no, f"이슈 '{label}'"):
            continue
        item = ParsedNews(year=year, title=squash(label), kind=NewsKind.OTHER, line_no=line_no)
        item.body = value.strip()
        if match := LEADING_DATE.match(item.body):
            item.date = to_date(match["y"], match["m"], match["d"], line_no)
        context.report.news.append(item)


def values(section: Section, context: Context) -> None:
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
        elif remember(values, label, value, line_no, f"핵심가치 '{label}'"):
            report.core_values.append(ParsedNamed(label, value, line_no))
    if combined_line and not report.core_values:
        raise ReportError(
            combined_line, "핵심가치를 하나씩 나눌 수 없습니다: '**가치명**: 설명' 줄이 필요합니다."
        )


def traits(section: Section, context: Context) -> None:
    """Traits come as `이름 설명` lines, repeated below as a name line and a description line.

    The repeats tell where the name ends (a name may contain spaces); without them, the name is
    the first word.
    """
    report = context.report
    traits: dict[str, str] = {}
    for label, value, line_no in section.labels():
        if remember(traits, label, value, line_no, f"인재상 '{label}'"):
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
        if remember(traits, name, description, line_no, f"인재상 '{name}'"):
            report.talent_traits.append(ParsedNamed(name, description, line_no))


def _first_block(section: Section) -> list[Line]:
    block: list[Line] = []
    for line in section.lines:
        if line.stripped and not LABEL.match(line.stripped):
            block.append(line)
        elif block:
            break
    return block


def hiring_process(section: Section, context: Context) -> None:
    report = context.report
    for label, value, line_no in section.labels():
        if label not in ("채용절차", "채용 절차", "전형절차"):
            report.warnings.append(f"{line_no}행: 알 수 없는 항목 '{label}'은 건너뛰었습니다.")
            continue
        steps = [squash(step) for step in STEP_SPLIT.split(STEP_TAIL.sub("", value))]
        steps = [step for step in steps if step]
        if len(steps) < 2:
            raise ReportError(
                line_no,
                "채용절차를 읽을 수 없습니다: '지원서 접수→서류전형→면접' 형식이어야 합니다.",
            )
        if report.hiring_steps and report.hiring_steps != steps:
            raise ReportError(line_no, "채용절차가 서로 다른 내용으로 두 번 나옵니다.")
        report.hiring_steps, report.hiring_steps_line = steps, line_no


def hiring_numbers(section: Section, context: Context) -> None:
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
            type_name = squash(entry["type"])
            key = (int(year["year"]), type_name)
            count = Decimal(entry["count"])
            if remember(seen, key, count, line_no, f"{key[0]}년 {type_name} 인원"):
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
