"""Import a company report (the two formats of `../shared/seeds/`) into the catalogue.

    text = decode_report(data, encoding=None)
    summary = import_report(text=text, source_name="000_….txt", dry_run=False)

Parsing (`analysis.py`, `cases.py`) produces a `ParsedReport` of plain dataclasses; the one writer
below turns it into rows. The writer is idempotent: every row is found by its natural key and saved
only when a value differs, so importing the same document twice reports everything "unchanged",
and an updated document updates rows in place.

Rows that are no longer in the document are left alone: an admin may have added them by hand, and
a report that omits a section (or a trimmed upload) must not delete curated content. The summary
counts them per model ("문서에 없음") so the admin can tidy up in the admin if they are stale.
"""

import codecs
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.text import slugify

from prep.catalog.models import (
    BusinessSegment,
    Company,
    CompanyKind,
    Competency,
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
    Season,
    SurveyCategory,
    SurveyQuote,
    SurveyScore,
    TalentTrait,
)
from prep.coach.counting import stored_text

from . import cases
from .analysis import parse_analysis
from .parsed import ParsedReport, ReportError

ENCODINGS = ("utf-8", "cp949", "euc-kr")

# Company labels that map onto an NCS area (DOMAIN.md §3). Only the obvious ones: anything else
# stays a company competency without an area until an admin maps it.
NCS_AREA_FOR = {
    "팀워크/협업": "대인관계능력",
    "팀워크": "대인관계능력",
    "협업": "대인관계능력",
    "갈등관리": "대인관계능력",
    "리더십": "대인관계능력",
    "소통": "의사소통능력",
    "의사소통": "의사소통능력",
    "문제해결": "문제해결능력",
    "윤리의식": "직업윤리",
    "청렴": "직업윤리",
    "자기개발": "자기개발능력",
}


# --- decoding and parsing ----------------------------------------------------------------------


def decode_report(data: bytes, encoding: str | None = None) -> str:
    """The document's text: UTF-8 (with or without BOM), else CP949/EUC-KR, or the given codec."""
    if encoding:
        try:
            # A bytes-to-bytes codec (zlib, base64) is no text encoding; decode() would say so
            # with a LookupError of its own.
            if not codecs.lookup(encoding)._is_text_encoding:
                raise LookupError(encoding)
        except (LookupError, ValueError):
            raise ReportError(0, f"알 수 없는 인코딩입니다: '{encoding}'.") from None
        try:
            return data.decode("utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding)
        except UnicodeDecodeError as error:
            raise ReportError(
                _line_at(data, error.start),
                f"'{encoding}' 인코딩으로 읽을 수 없는 바이트가 있습니다. 인코딩을 확인해 주세요.",
            ) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Windows Notepad's "Unicode": read it rather than mistake its NUL bytes for CP949.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ReportError(
                _line_at(data, error.start), "UTF-16 파일을 읽을 수 없습니다."
            ) from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        first_error = error
    try:
        # CP949 is a superset of EUC-KR, so it also reads every EUC-KR file.
        return data.decode("cp949")
    except UnicodeDecodeError:
        raise ReportError(
            _line_at(data, first_error.start),
            "UTF-8로도 CP949(EUC-KR)로도 읽을 수 없는 파일입니다. "
            "인코딩을 직접 지정해 주세요 (--encoding).",
        ) from None


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def normalise_text(text: str) -> str:
    """The report as stored text (prep.coach.counting.stored_text): LF line breaks, NFC, no
    invisible or control characters (a NUL in an uploaded file would fail on PostgreSQL)."""
    return stored_text(text)[0]


def detect_format(text: str) -> str:
    lines = [line.strip() for line in text.split("\n")]
    if any(cases.HEADING.match(line) for line in lines) or (
        any(line.startswith("■") for line in lines)
        and any(cases.PART.match(line) for line in lines)
    ):
        return "cases"
    if any(line.startswith("#") for line in lines) or any(" > " in line for line in lines):
        return "analysis"
    raise ReportError(
        1,
        "문서 형식을 알 수 없습니다: '## 제목'과 '분류 > 항목' 줄로 된 기업 분석 리포트이거나, "
        "'■ 제목'과 (상황)·(노력)·(효과)로 된 적극행정 사례 목록이어야 합니다.",
    )


PARSERS = {"analysis": parse_analysis, "cases": cases.parse_cases}


def parse_report(text: str, *, source_name: str = "") -> ParsedReport:
    text = normalise_text(text)
    if not text.strip():
        raise ReportError(1, "문서가 비어 있습니다.")
    return PARSERS[detect_format(text)](text, source_name=source_name)


# --- summary -----------------------------------------------------------------------------------


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    not_in_document: int = 0


@dataclass
class ImportSummary:
    source_name: str
    company_name: str = ""
    company_pk: int | None = None
    format: str = ""
    dry_run: bool = False
    counts: dict[str, Counts] = field(default_factory=dict)  # model verbose_name → counts
    warnings: list[str] = field(default_factory=list)

    def of(self, model: type[models.Model]) -> Counts:
        return self.counts.setdefault(str(model._meta.verbose_name), Counts())

    @property
    def changed(self) -> int:
        return sum(c.created + c.updated for c in self.counts.values())

    def rows(self) -> list[tuple[str, Counts]]:
        return list(self.counts.items())

    def as_table(self) -> str:
        header = ("항목", "생성", "수정", "변경 없음", "문서에 없음")
        rows = [header] + [
            (name, str(c.created), str(c.updated), str(c.unchanged), str(c.not_in_document))
            for name, c in self.counts.items()
        ]
        widths = [max(_width(row[i]) for row in rows) for i in range(len(header))]
        lines = []
        for index, row in enumerate(rows):
            cells = [_pad(cell, widths[i], right=i > 0) for i, cell in enumerate(row)]
            lines.append("  ".join(cells).rstrip())
            if index == 0:
                lines.append("  ".join("-" * width for width in widths))
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe, so the admin upload can keep it in the session across its redirect."""
        return {
            "source_name": self.source_name,
            "company_name": self.company_name,
            "company_pk": self.company_pk,
            "format": self.format,
            "dry_run": self.dry_run,
            "counts": {name: vars(c) for name, c in self.counts.items()},
            "warnings": self.warnings,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ImportSummary":
        counts = {name: Counts(**values) for name, values in data.get("counts", {}).items()}
        return cls(**{**data, "counts": counts})


def _width(text: str) -> int:
    """Terminal columns: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, *, right: bool) -> str:
    space = " " * (width - _width(text))
    return space + text if right else text + space


# --- writing -----------------------------------------------------------------------------------


@transaction.atomic
def import_report(*, text: str, source_name: str, dry_run: bool = False) -> ImportSummary:
    """Parse and write one document in one transaction; a `ReportError` leaves nothing behind."""
    parsed = parse_report(text, source_name=source_name)
    summary = ImportSummary(
        source_name=source_name,
        company_name=parsed.company.name,
        format=parsed.format,
        dry_run=dry_run,
        warnings=list(parsed.warnings),
    )
    writer = _Writer(summary=summary, source_name=source_name)
    writer.write(parsed)
    if dry_run:
        # Everything above ran, so the counts are exact; the savepoint or transaction is undone.
        transaction.set_rollback(True)
        summary.company_pk = None
    return summary


@dataclass
class _Writer:
    summary: ImportSummary
    source_name: str

    def upsert(
        self,
        model: type[models.Model],
        lookup: dict[str, Any],
        values: dict[str, Any],
        *,
        line_no: int,
        on_create: dict[str, Any] | None = None,
    ) -> models.Model:
        """Find by natural key; create, or save only the fields whose values differ."""
        counts = self.summary.of(model)
        obj = model._default_manager.filter(**lookup).first()
        if obj is None:
            obj = model(**{**(on_create or {}), **lookup, **values})
            self._validate(obj, line_no)
            obj.save()
            counts.created += 1
            obj._import_state = "created"
            return obj
        changed = [name for name, value in values.items() if not _same(obj, name, value)]
        if not changed:
            counts.unchanged += 1
            obj._import_state = "unchanged"
            return obj
        for name in changed:
            setattr(obj, name, values[name])
        self._validate(obj, line_no)
        update_fields = [model._meta.get_field(name).name for name in changed]
        if any(f.name == "updated_at" for f in model._meta.concrete_fields):
            update_fields.append("updated_at")
        obj.save(update_fields=update_fields)
        counts.updated += 1
        obj._import_state = "updated"
        return obj

    def _validate(self, obj: models.Model, line_no: int) -> None:
        # Field limits are checked here, not by the database: SQLite would store a 300-character
        # title silently, PostgreSQL would fail with an error that names no line.
        try:
            obj.full_clean(validate_unique=False, validate_constraints=False)
        except ValidationError as error:
            details = "; ".join(
                f"{obj._meta.get_field(name).verbose_name}: {' '.join(messages)}"
                if name in {f.name for f in obj._meta.fields}
                else " ".join(messages)
                for name, messages in error.message_dict.items()
            )
            raise ReportError(
                line_no, f"{obj._meta.verbose_name} 값을 저장할 수 없습니다 ({details})."
            ) from None

    def count_leftovers(self, model: type[models.Model], queryset, kept: list[int]) -> None:
        self.summary.of(model).not_in_document += queryset.exclude(pk__in=kept).count()

    # -- sections --

    def write(self, report: ParsedReport) -> None:
        company = self.company(report)
        self.summary.company_pk = company.pk
        self.segments(company, report)
        self.survey(company, report)
        self.news(company, report)
        self.named(company, report.core_values, CoreValue, company.core_values)
        self.named(company, report.talent_traits, TalentTrait, company.talent_traits)
        self.hiring(company, report)
        competencies = self.competencies(report)
        self.sample_answers(company, report, competencies)
        self.reviews(company, report)

    def company(self, report: ParsedReport) -> Company:
        facts = report.company
        values = {
            field_name: getattr(facts, field_name)
            for field_name in (
                "description",
                "founded_year",
                "customers",
                "main_business",
                "related_organisations",
                "vision",
                "mission",
                "as_of",
                "source",
                "kind",
            )
            # What the document does not say is left as curated in the admin.
            if getattr(facts, field_name) not in ("", None)
        }
        return self.upsert(
            Company,
            {"name": facts.name},
            values,
            line_no=facts.line_no,
            # Imported companies are published at once (the admin imports to publish), but a
            # company an admin has unpublished stays unpublished when its report is re-imported.
            on_create={
                "slug": _free_slug(facts.name),
                "published": True,
                "kind": values.get("kind", CompanyKind.OTHER),
            },
        )

    def segments(self, company: Company, report: ParsedReport) -> None:
        if not report.segments:
            return
        kept = [
            self.upsert(
                BusinessSegment,
                {"company": company, "rank": segment.rank},
                {"name": segment.name, "share": segment.share, "description": segment.description},
                line_no=segment.line_no,
            ).pk
            for segment in report.segments
        ]
        self.count_leftovers(BusinessSegment, company.segments.all(), kept)

    def survey(self, company: Company, report: ParsedReport) -> None:
        parsed = report.survey
        if parsed is None:
            return
        survey = self.upsert(
            SatisfactionSurvey,
            {"company": company, "surveyed_on": parsed.surveyed_on},
            {"total_score": parsed.total_score, "source": self.source_name[:200]},
            line_no=parsed.line_no,
        )
        kept = []
        for order, (name, score, line_no) in enumerate(parsed.scores, start=1):
            category = self.shared(SurveyCategory, name, order=order, line_no=line_no)
            kept.append(
                self.upsert(
                    SurveyScore,
                    {"survey": survey, "category": category},
                    {"score": score},
                    line_no=line_no,
                ).pk
            )
        self.count_leftovers(SurveyScore, survey.scores.all(), kept)
        kept = []
        quotes = [("positive", text) for text in parsed.positive] + [
            ("negative", text) for text in parsed.negative
        ]
        for order, (tone, text) in enumerate(quotes, start=1):
            kept.append(
                self.upsert(
                    SurveyQuote,
                    {"survey": survey, "tone": tone, "text": text},
                    {"order": order},
                    line_no=parsed.line_no,
                ).pk
            )
        self.count_leftovers(SurveyQuote, survey.quotes.all(), kept)

    def shared(self, model, name: str, *, order: int, line_no: int, description: str = ""):
        """A catalogue-wide row (survey category, hiring type) named by a report.

        Shared rows are curated once for all companies, so a report only fills what is blank:
        it never reorders them or rewrites an admin's wording.
        """
        existing = model._default_manager.filter(name=name).first()
        if existing is None:
            return self.upsert(
                model,
                {"name": name},
                {"description": description} if description else {},
                line_no=line_no,
                on_create={"order": order},
            )
        if description and not getattr(existing, "description", "x"):
            return self.upsert(model, {"name": name}, {"description": description}, line_no=line_no)
        self.summary.of(model).unchanged += 1
        return existing

    def news(self, company: Company, report: ParsedReport) -> None:
        if not report.news:
            return
        kept, order_in_year = [], {}
        for item in report.news:
            order_in_year[item.year] = order_in_year.get(item.year, 0) + 1
            kept.append(
                self.upsert(
                    NewsItem,
                    {"company": company, "year": item.year, "title": item.title},
                    {
                        "kind": item.kind,
                        "date": item.date,
                        "body": item.body,
                        "situation": item.situation,
                        "efforts": item.efforts,
                        "effect": item.effect,
                        "order": order_in_year[item.year],
                    },
                    line_no=item.line_no,
                ).pk
            )
        self.count_leftovers(NewsItem, company.news.all(), kept)

    def named(self, company: Company, items, model, related) -> None:
        if not items:
            return
        kept = [
            self.upsert(
                model,
                {"company": company, "name": item.name},
                {"description": item.description, "order": order},
                line_no=item.line_no,
            ).pk
            for order, item in enumerate(items, start=1)
        ]
        self.count_leftovers(model, related.all(), kept)

    def hiring(self, company: Company, report: ParsedReport) -> None:
        if report.hiring_steps:
            kept = [
                self.upsert(
                    HiringStep,
                    {"company": company, "name": name},
                    {"order": order},
                    line_no=report.hiring_steps_line,
                ).pk
                for order, name in enumerate(report.hiring_steps, start=1)
            ]
            self.count_leftovers(HiringStep, company.hiring_steps.all(), kept)
        if not report.hiring_counts:
            return
        first_line = report.hiring_counts[0].line_no
        types = {
            name: self.shared(
                HiringType, name, order=order, line_no=first_line, description=description
            )
            for order, (name, description) in enumerate(report.hiring_types.items(), start=1)
        }
        kept = []
        for count in report.hiring_counts:
            hiring_type = types.get(count.type_name) or self.shared(
                HiringType, count.type_name, order=len(types) + 1, line_no=count.line_no
            )
            kept.append(
                self.upsert(
                    HiringCount,
                    {"company": company, "year": count.year, "hiring_type": hiring_type},
                    {"count": count.count},
                    line_no=count.line_no,
                ).pk
            )
        self.count_leftovers(HiringCount, company.hiring_counts.all(), kept)

    def competencies(self, report: ParsedReport) -> dict[str, Competency]:
        names = list(report.appealed_competencies)
        names += [answer.competency for answer in report.sample_answers if answer.competency]
        return {name: self.competency(name) for name in dict.fromkeys(names)}

    def competency(self, name: str) -> Competency:
        """An NCS area or sub-skill by its exact name, else a company competency of that name."""
        ncs = (
            Competency.objects.filter(
                name=name, kind__in=[Competency.Kind.NCS_AREA, Competency.Kind.NCS_SKILL]
            )
            .order_by("kind")
            .first()
        )
        if ncs is not None:
            self.summary.of(Competency).unchanged += 1
            return ncs
        area_name = NCS_AREA_FOR.get(name)
        area = (
            Competency.objects.filter(name=area_name, kind=Competency.Kind.NCS_AREA).first()
            if area_name
            else None
        )
        existing = Competency.objects.filter(name=name, kind=Competency.Kind.COMPANY).first()
        # Map to an area only where none is set: an admin's own mapping wins.
        values = (
            {"ncs_area": area} if area and (existing is None or not existing.ncs_area_id) else {}
        )
        return self.upsert(
            Competency, {"name": name, "kind": Competency.Kind.COMPANY}, values, line_no=1
        )

    def sample_answers(self, company: Company, report: ParsedReport, competencies) -> None:
        appealed = [competencies[name] for name in report.appealed_competencies]
        for answer in report.sample_answers:
            season = self.season(answer.year, answer.half, answer.line_no)
            prompt = self.upsert(
                EssayPrompt,
                {
                    "company": company,
                    "season": season,
                    "job_family": answer.job_family,
                    "text": answer.prompt,
                },
                {"limit": answer.limit, "count_rule": answer.count_rule},
                line_no=answer.line_no,
                on_create={"source": self.source_name[:300]},
            )
            own = [competencies[answer.competency]] if answer.competency else []
            self.add_competencies(EssayPrompt, prompt, own)
            lookup = {"prompt": prompt, "headline": answer.headline}
            if not answer.headline:
                lookup["body"] = answer.body
            sample = self.upsert(
                SampleAnswer,
                lookup,
                {
                    "body": answer.body,
                    "source": self.source_name[:300],
                    "as_of": report.company.as_of,
                },
                line_no=answer.line_no,
                # Published on import (the admin imports to publish); an admin's later
                # unpublishing survives a re-import.
                on_create={"published": True},
            )
            # The report lists what its successful applicants appealed to next to this sample;
            # tagging the sample is how the company page aggregates "합격자들이 어필한 역량".
            self.add_competencies(SampleAnswer, sample, own + appealed)

    def add_competencies(self, model, obj, competencies: list[Competency]) -> None:
        """Adds missing tags only; tags an admin added stay (nothing is removed on import)."""
        wanted = {c.pk for c in competencies}
        missing = wanted - set(obj.competencies.values_list("pk", flat=True))
        if missing:
            obj.competencies.add(*missing)
            # The object itself was just counted; a tag change turns "unchanged" into "updated".
            if getattr(obj, "_import_state", "") == "unchanged":
                counts = self.summary.of(model)
                counts.unchanged -= 1
                counts.updated += 1
                obj._import_state = "updated"

    def season(self, year: int, half: str, line_no: int) -> Season:
        season, created = Season.objects.get_or_create(year=year, half=half)
        counts = self.summary.of(Season)
        if created:
            counts.created += 1
        else:
            counts.unchanged += 1
        return season

    def reviews(self, company: Company, report: ParsedReport) -> None:
        # Natural key: company, season, position and job. Several reviews with the same key in one
        # document are matched to the existing ones in order.
        used: set[int] = set()
        for review in report.reviews:
            season = self.season(review.year, review.half, review.line_no)
            lookup = {
                "company": company,
                "season": season,
                "position": review.position,
                "job": review.job,
            }
            existing = (
                InterviewReview.objects.filter(**lookup).exclude(pk__in=used).order_by("pk").first()
            )
            values = {
                "result": review.result,
                "difficulty": review.difficulty,
                "atmosphere": review.atmosphere,
                "evaluation": review.evaluation,
                "tip": review.tip,
            }
            saved = self.upsert(
                InterviewReview,
                {"pk": existing.pk} if existing else lookup,
                values,
                line_no=review.line_no,
                on_create={"source": self.source_name[:300]},
            )
            used.add(saved.pk)
            position = " · ".join(part for part in (review.position, review.job) if part)[:100]
            for order, question in enumerate(review.questions, start=1):
                self.upsert(
                    InterviewQuestion,
                    {"company": company, "review": saved, "text": question.text},
                    {
                        "season": season,
                        "position": position,
                        "question_type": question.question_type,
                        "order": order,
                    },
                    line_no=question.line_no,
                )


def _same(obj: models.Model, name: str, value: Any) -> bool:
    field_obj = obj._meta.get_field(name)
    if isinstance(field_obj, models.ForeignKey):
        return getattr(obj, field_obj.attname) == (value.pk if value is not None else None)
    return getattr(obj, name) == value


def _free_slug(name: str) -> str:
    base = slugify(name, allow_unicode=True)[:90] or "company"
    slug, n = base, 2
    while Company.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
