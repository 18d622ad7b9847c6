"""Section handlers for the question bank: 자소서 sample answers with their prompts, and interview
reviews with their questions."""

import re

from prep.catalog.models import (
    CountRule,
    Outcome,
    QuestionType,
)

from .analysis_lines import (
    ATMOSPHERES,
    DIFFICULTIES,
    ESSAY_PROMPT,
    ESSAY_SEASON,
    HALVES,
    HEADLINE,
    JOB_FAMILIES,
    LABEL,
    QUESTION_SPLIT,
    RESULTS,
    REVIEW_RESULT,
    REVIEW_SEASON,
    Context,
    Section,
    squash,
)
from .parsed import (
    Line,
    ParsedQuestion,
    ParsedReview,
    ParsedSampleAnswer,
    ReportError,
)


def essays(section: Section, context: Context) -> None:
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
            competency=squash(prompt["comp"] or ""),
            prompt=squash(prompt["prompt"]),
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
        # Public-institution forms that count bytes almost always count 한글 as 2 (docs/domain.md).
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


def interviews(section: Section, context: Context) -> None:
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
    value = squash(value)
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
        texts = [squash(part) for part in QUESTION_SPLIT.split(value) if part.strip()]
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
