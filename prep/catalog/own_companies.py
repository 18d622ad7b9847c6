"""A candidate's own companies ("내 지원처"): the one writer, and the catalogue look-ups around it.

    company = save_own_company(owner=user, details=..., values=[...], traits=[...], prompts=[...])

An own company is a `Company` with `owner` set: never published, so every published() query
(directory, search, question bank, comparison for others, importers) leaves it out, and fetched
only through `Company.objects.owned_by(user)` / `visible_to(user)`. Its values, traits, news and
prompts are rows of the same models as the catalogue's, so drafts, coaching and mock interviews
treat it like any curated company.

Rows are kept by position (values, traits, news) or by id (prompts) when edited, so a draft's
prompt and a dismissed finding's value stay the same rows. Deleting a prompt keeps the drafts
written on it as drafts on their own question (the practice app's pre_delete of EssayPrompt).
"""

import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date

from django.db import IntegrityError, models, transaction
from django.utils import timezone

from prep.catalog.models import (
    Company,
    CoreValue,
    CountRule,
    EssayPrompt,
    HalfYear,
    JobFamily,
    NewsItem,
    Season,
    TalentTrait,
    TargetCompany,
)
from prep.coach.institutions import known_institutions

MAX_PARTS = 20  # values, traits, prompts or news lines an own company may hold of each


@dataclass(frozen=True)
class Part:
    """A core value or 인재상: a name and what it means."""

    name: str
    description: str = ""


@dataclass(frozen=True)
class PromptRow:
    text: str
    limit: int
    count_rule: str = CountRule.CHARS
    line_break_weight: int = 1
    pk: int | None = None  # the prompt it edits; None for a new one


@dataclass(frozen=True)
class OwnCompanyDetails:
    name: str
    kind: str
    blind_hiring: bool | None = None
    vision: str = ""
    mission: str = ""
    main_business: str = ""
    aliases: str = ""
    news: list[str] = field(default_factory=list)


def name_key(name: str) -> str:
    """A name as compared: NFC, no spaces, no case (한국 전력공사 = 한국전력공사)."""
    return "".join(unicodedata.normalize("NFC", name).split()).casefold()


def gazetteer_names(name: str) -> tuple[str, ...]:
    """The official name and aliases of the institution `name` names in the coaching
    gazetteer (건보 → 국민건강보험공단, …), or () when the gazetteer does not know it."""
    key = name_key(name)
    for institution in known_institutions():
        if key in {name_key(n) for n in institution.names}:
            return tuple(institution.names)
    return ()


def curated_match(name: str) -> Company | None:
    """The published catalogue company `name` (or the institution it names) already is, by
    name or alias, so the candidate is offered it instead of keeping a duplicate."""
    keys = {name_key(n) for n in (name, *gazetteer_names(name)) if n.strip()}
    # A few hundred rows of names: compared here, as the gazetteer is, rather than in SQL.
    companies = Company.objects.curated().published().only("name", "slug", "aliases")
    for company in companies.order_by("pk"):
        if keys & {name_key(n) for n in (company.name, *company.alias_list)}:
            return company
    return None


def current_season(today: date | None = None) -> Season:
    """The season new own prompts are filed under: this year's half."""
    today = today or timezone.localdate()
    half = HalfYear.FIRST if today.month <= 6 else HalfYear.SECOND
    season, _created = Season.objects.get_or_create(year=today.year, half=half)
    return season


def _replace_parts(rows: models.Manager, model, parts: list[Part]) -> None:
    existing = list(rows.order_by("order", "pk"))
    for order, part in enumerate(parts):
        values = {"name": part.name, "description": part.description, "order": order}
        if order < len(existing):
            row = existing[order]
            if any(getattr(row, name) != value for name, value in values.items()):
                for name, value in values.items():
                    setattr(row, name, value)
                row.save()
        else:
            rows.create(**values)
    model.objects.filter(pk__in=[row.pk for row in existing[len(parts) :]]).delete()


def _replace_news(company: Company, lines: list[str]) -> None:
    year = timezone.localdate().year
    parts = [Part(title) for title in dict.fromkeys(line.strip()[:200] for line in lines) if title]
    existing = list(company.news.order_by("order", "pk"))
    keep = {(row.title, row.order): row for row in existing}
    wanted = [(part.name, order) for order, part in enumerate(parts)]
    NewsItem.objects.filter(
        pk__in=[row.pk for key, row in keep.items() if key not in set(wanted)]
    ).delete()
    for title, order in wanted:
        if (title, order) not in keep:
            company.news.create(title=title, order=order, year=year)


def _save_prompts(company: Company, prompts: list[PromptRow]) -> None:
    existing = {prompt.pk: prompt for prompt in company.essay_prompts.all()}
    kept = {row.pk for row in prompts if row.pk in existing}
    for prompt in existing.values():
        if prompt.pk not in kept:
            prompt.delete()  # its drafts keep the question (see the module docstring)
    season = None
    for order, row in enumerate(prompts):
        values = {
            "text": row.text,
            "limit": row.limit,
            "count_rule": row.count_rule,
            "line_break_weight": row.line_break_weight,
            "order": order,
        }
        if row.pk in existing:
            prompt = existing[row.pk]
            for name, value in values.items():
                setattr(prompt, name, value)
            prompt.save()
        else:
            season = season or current_season()
            EssayPrompt.objects.create(
                company=company, season=season, job_family=JobFamily.OTHER, **values
            )


@transaction.atomic
def save_own_company(
    *,
    owner,
    details: OwnCompanyDetails,
    values: list[Part],
    traits: list[Part],
    prompts: list[PromptRow],
    company: Company | None = None,
) -> Company:
    """Creates `owner`'s own company, or updates `company` (one of theirs), with everything
    they entered; the forms have checked the input (`own_forms.py`)."""
    if company is None:
        company = Company(owner=owner, slug=f"mine-{uuid.uuid4().hex[:12]}")
    elif company.owner_id != owner.pk:
        raise ValueError("not the owner's company")
    gazetteer = [n for n in gazetteer_names(details.name) if name_key(n) != name_key(details.name)]
    aliases = dict.fromkeys(
        a.strip() for a in [*details.aliases.splitlines(), *gazetteer] if a.strip()
    )
    company.name = details.name
    company.kind = details.kind
    company.blind_hiring = details.blind_hiring
    company.vision = details.vision
    company.mission = details.mission
    company.main_business = details.main_business[:300]
    company.aliases = "\n".join(aliases)
    company.published = False
    company.source = "내가 입력한 지원처"
    company.save()
    _replace_parts(company.core_values, CoreValue, values[:MAX_PARTS])
    _replace_parts(company.talent_traits, TalentTrait, traits[:MAX_PARTS])
    _replace_news(company, details.news[:MAX_PARTS])
    _save_prompts(company, prompts[:MAX_PARTS])
    return company  # every save above replaced the page's content_version (page_cache)


@transaction.atomic
def delete_own_company(*, owner, company: Company) -> None:
    """Deletes one of `owner`'s own companies; drafts on its prompts keep their question."""
    if company.owner_id != owner.pk:
        raise ValueError("not the owner's company")
    company.delete()


class MoveConflict(Exception):
    """The candidate's work could not move without breaking one of their own rows' rules (an
    application for the catalogue company already exists); nothing was moved."""


@transaction.atomic
def move_to_curated(*, owner, own: Company, curated: Company) -> None:
    """옮기기: everything of `owner`'s that names their own company `own` (drafts, mock
    interviews, review cards, applications, the target mark) names the catalogue's `curated`
    instead, and `own` is deleted. Drafts written on `own`'s prompts stay as drafts on their own
    question (same text, limit and rule), now filed under `curated`: the catalogue's prompts
    may be worded or limited differently, so they are not matched silently."""
    if own.owner_id != owner.pk or curated.owner_id is not None or not curated.published:
        raise ValueError("moves one of the owner's companies to a published curated one")
    if own.targeted_by.filter(user=owner).exists():
        TargetCompany.objects.get_or_create(user=owner, company=curated)
    for relation in Company._meta.related_objects:
        # The catalogue's own rows (values, prompts, postings …) go with the own company; the
        # other apps' rows are the candidate's work. Found through the relations, because the
        # catalogue does not import the apps built on it.
        if relation.related_model._meta.app_label == "catalog" or not relation.one_to_many:
            continue
        rows = relation.related_model._default_manager.filter(**{relation.field.name: own})
        try:
            with transaction.atomic():
                rows.update(**{relation.field.name: curated})
        except IntegrityError as error:
            raise MoveConflict(relation.related_model._meta.verbose_name) from error
    own.delete()
