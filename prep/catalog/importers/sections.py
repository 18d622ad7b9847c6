"""What rows a `ParsedReport` makes, section by section, all written through `Writer.put()`.

For each row: its natural key, which values are facts (always brought up to date) and which are
curated (kept once a curator or the demo wrote them); see `writer.py` for those rules.
"""

from django.utils.text import slugify

from prep.catalog.models import (
    BusinessSegment,
    Company,
    CompanyKind,
    CoreValue,
    EssayPrompt,
    HiringCount,
    HiringStep,
    HiringType,
    InterviewQuestion,
    InterviewReview,
    NewsItem,
    SampleAnswer,
    SatisfactionSurvey,
    SurveyCategory,
    SurveyQuote,
    SurveyScore,
    TalentTrait,
)

from .parsed import ParsedCatalogue, ParsedPrompt, ParsedQuestion, ParsedReport
from .writer import Writer

COMPANY_CURATED = (
    "summary",
    "aliases",
    "website",
    "description",
    "customers",
    "main_business",
    "related_organisations",
    "vision",
    "mission",
)


def write_report(writer: Writer, report: ParsedReport) -> Company:
    writer.rewrites = report.rewrites
    company = write_company(writer, report)
    writer.summary.company_pk = company.pk
    write_segments(writer, company, report)
    write_survey(writer, company, report)
    write_news(writer, company, report)
    write_named(writer, company, report.core_values, CoreValue, company.core_values)
    write_named(writer, company, report.talent_traits, TalentTrait, company.talent_traits)
    write_hiring(writer, company, report)
    for name in report.appealed_competencies:
        writer.competency(name)
    for prompt in report.all_prompts():
        write_prompt(writer, company, prompt, as_of=report.company.as_of)
    write_reviews(writer, company, report)
    offset = sum(len(review.questions) for review in report.reviews)
    for order, question in enumerate(report.questions, start=offset + 1):
        write_question(writer, company, question, order=order)
    return company


def write_catalogue(writer: Writer, catalogue: ParsedCatalogue) -> None:
    """Rows that belong to no one company: categories, hiring types, competencies, and the
    interview questions any company may ask."""
    for order, name in enumerate(catalogue.survey_categories, start=1):
        writer.shared(SurveyCategory, name, order=order, line_no=0)
    for order, (name, description) in enumerate(catalogue.hiring_types.items(), start=1):
        writer.shared(HiringType, name, order=order, line_no=0, description=description)
    for competency in catalogue.competencies:
        writer.competency(competency.name, definition=competency.definition, area=competency.area)
    for order, question in enumerate(catalogue.questions, start=1):
        write_question(writer, None, question, order=order)


def write_company(writer: Writer, report: ParsedReport) -> Company:
    facts = report.company
    return writer.put(
        Company,
        {"name": facts.name},
        facts=_given(facts, ("kind", "founded_year", "as_of")),
        curated=_given(facts, COMPANY_CURATED),
        on_create={
            "slug": _free_slug(facts.name),
            "kind": facts.kind or CompanyKind.OTHER,
            "source": facts.source or writer.source_name[:300],
        },
        line_no=facts.line_no,
    )


def write_segments(writer: Writer, company: Company, report: ParsedReport) -> None:
    if not report.segments:
        return
    kept = [
        writer.put(
            BusinessSegment,
            {"company": company, "rank": segment.rank},
            facts={"share": segment.share},
            curated={"name": segment.name, "description": segment.description},
            line_no=segment.line_no,
        ).pk
        for segment in report.segments
    ]
    writer.count_leftovers(BusinessSegment, company.segments.all(), kept)


def write_survey(writer: Writer, company: Company, report: ParsedReport) -> None:
    parsed = report.survey
    if parsed is None:
        return
    survey = writer.put(
        SatisfactionSurvey,
        {"company": company, "surveyed_on": parsed.surveyed_on},
        facts={"total_score": parsed.total_score},
        on_create={"source": (parsed.source or writer.source_name)[:200]},
        line_no=parsed.line_no,
    )
    kept = []
    for order, (name, score, line_no) in enumerate(parsed.scores, start=1):
        category = writer.shared(SurveyCategory, name, order=order, line_no=line_no)
        kept.append(
            writer.put(
                SurveyScore,
                {"survey": survey, "category": category},
                facts={"score": score},
                line_no=line_no,
            ).pk
        )
    writer.count_leftovers(SurveyScore, survey.scores.all(), kept)
    quotes = [("positive", text) for text in parsed.positive] + [
        ("negative", text) for text in parsed.negative
    ]
    kept = [
        writer.put(
            SurveyQuote,
            {"survey": survey, "tone": tone, "text": text},
            wording="text",
            curated={"order": order},
            line_no=parsed.line_no,
        ).pk
        for order, (tone, text) in enumerate(quotes, start=1)
    ]
    writer.count_leftovers(SurveyQuote, survey.quotes.all(), kept)


def write_news(writer: Writer, company: Company, report: ParsedReport) -> None:
    if not report.news:
        return
    kept, order_in_year = [], {}
    for item in report.news:
        order_in_year[item.year] = order_in_year.get(item.year, 0) + 1
        kept.append(
            writer.put(
                NewsItem,
                {"company": company, "year": item.year, "title": item.title},
                wording="title",
                facts={"kind": item.kind, "date": item.date},
                curated={
                    "body": item.body,
                    "situation": item.situation,
                    "efforts": item.efforts,
                    "effect": item.effect,
                    "order": order_in_year[item.year],
                },
                line_no=item.line_no,
            ).pk
        )
    writer.count_leftovers(NewsItem, company.news.all(), kept)


def write_named(writer: Writer, company: Company, items, model, related) -> None:
    if not items:
        return
    kept = [
        writer.put(
            model,
            {"company": company, "name": item.name},
            curated={"description": item.description, "order": order},
            line_no=item.line_no,
        ).pk
        for order, item in enumerate(items, start=1)
    ]
    writer.count_leftovers(model, related.all(), kept)


def write_hiring(writer: Writer, company: Company, report: ParsedReport) -> None:
    if report.hiring_steps:
        kept = []
        for order, name in enumerate(report.hiring_steps, start=1):
            curated = {"order": order}
            if description := report.hiring_step_descriptions.get(name):
                curated["description"] = description
            kept.append(
                writer.put(
                    HiringStep,
                    {"company": company, "name": name},
                    curated=curated,
                    line_no=report.hiring_steps_line,
                ).pk
            )
        writer.count_leftovers(HiringStep, company.hiring_steps.all(), kept)
    if not report.hiring_counts:
        return
    first_line = report.hiring_counts[0].line_no
    types = {
        name: writer.shared(
            HiringType, name, order=order, line_no=first_line, description=description
        )
        for order, (name, description) in enumerate(report.hiring_types.items(), start=1)
    }
    kept = []
    for count in report.hiring_counts:
        hiring_type = types.get(count.type_name) or writer.shared(
            HiringType, count.type_name, order=len(types) + 1, line_no=count.line_no
        )
        kept.append(
            writer.put(
                HiringCount,
                {"company": company, "year": count.year, "hiring_type": hiring_type},
                facts={"count": count.count},
                line_no=count.line_no,
            ).pk
        )
    writer.count_leftovers(HiringCount, company.hiring_counts.all(), kept)


def write_prompt(writer: Writer, company: Company, parsed: ParsedPrompt, *, as_of) -> None:
    season = writer.season(parsed.year, parsed.half, parsed.line_no)
    facts = {"limit": parsed.limit, "count_rule": parsed.count_rule}
    if parsed.line_break_weight is not None:
        facts["line_break_weight"] = parsed.line_break_weight
    prompt = writer.put(
        EssayPrompt,
        {
            "company": company,
            "season": season,
            "job_family": parsed.job_family,
            "text": parsed.text,
        },
        wording="text",
        facts=facts,
        line_no=parsed.line_no,
    )
    writer.tag(prompt, parsed.competencies)
    for answer in parsed.answers:
        sample = writer.put(
            SampleAnswer,
            {"prompt": prompt, "body": answer.body},
            wording="body",
            facts={"as_of": as_of},
            curated={"headline": answer.headline},
            line_no=answer.line_no,
        )
        writer.tag(sample, answer.competencies)


def write_reviews(writer: Writer, company: Company, report: ParsedReport) -> None:
    # Several reviews with the same key in one document are matched to the existing ones in
    # order (a row matched once is not matched again).
    for review in report.reviews:
        season = writer.season(review.year, review.half, review.line_no)
        saved = writer.put(
            InterviewReview,
            {"company": company, "season": season, "position": review.position, "job": review.job},
            facts={
                "result": review.result,
                "difficulty": review.difficulty,
                "atmosphere": review.atmosphere,
            },
            curated={"evaluation": review.evaluation, "tip": review.tip},
            line_no=review.line_no,
        )
        position = " · ".join(part for part in (review.position, review.job) if part)[:100]
        for order, question in enumerate(review.questions, start=1):
            write_question(writer, company, question, order=order, review=saved, position=position)


def write_question(
    writer: Writer,
    company: Company | None,
    parsed: ParsedQuestion,
    *,
    order: int,
    review: InterviewReview | None = None,
    position: str = "",
) -> InterviewQuestion:
    season = review.season if review else None
    if parsed.season:
        season = writer.season(*parsed.season, parsed.line_no)
    # A question's season, position and review are only written when known: a question the
    # demo lists on its own keeps the review an import linked it to.
    facts = {"season": season, "position": parsed.position or position, "review": review}
    curated = {"question_type": parsed.question_type, "order": order}
    if parsed.hint:
        curated["hint"] = parsed.hint
    question = writer.put(
        InterviewQuestion,
        {"company": company, "text": parsed.text},
        wording="text",
        facts={name: value for name, value in facts.items() if value not in ("", None)},
        curated=curated,
        line_no=parsed.line_no,
    )
    writer.tag(question, parsed.competencies)
    return question


def _given(item, names) -> dict:
    """The values the document gives; what it does not say is left as it is."""
    return {name: getattr(item, name) for name in names if getattr(item, name) not in ("", None)}


def _free_slug(name: str) -> str:
    base = slugify(name, allow_unicode=True)[:90] or "company"
    slug, n = base, 2
    while Company.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
