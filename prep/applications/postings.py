"""Postings as a candidate meets them: the filtered list, following one, and starting its drafts."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db import models, transaction
from django.utils import dateformat
from django.utils.translation import gettext as _

from prep.applications.models import Application, Stage
from prep.catalog.models import Company, HiringType, TargetCompany
from prep.catalog.models.postings import SEOUL, Posting, Region, d_day_label, seoul_today

POSTINGS_PER_PAGE = 20
# How soon a deadline turns the badge urgent.
URGENT_DAYS = 3
FILTER_OPTIONS_KEY = "applications:posting-filter-options"
# Options change only when postings are edited (which clears them); the timeout is a backstop.
FILTER_OPTIONS_SECONDS = 60 * 60


def filter_options() -> dict[str, list[tuple[str, str]]]:
    """(value, label) choices for the 공고 filters: only what published postings use."""
    options = cache.get(FILTER_OPTIONS_KEY)
    if options is None:
        published = Posting.objects.published()
        options = {
            "company": list(
                Company.objects.filter(pk__in=published.values("company_id"))
                .order_by("name")
                .values_list("slug", "name")
            ),
            "hiring_type": [
                (str(pk), name)
                for pk, name in HiringType.objects.filter(
                    pk__in=published.values("hiring_types")
                ).values_list("pk", "name")
            ],
            "region": [
                (str(pk), name)
                for pk, name in Region.objects.filter(
                    pk__in=published.values("regions")
                ).values_list("pk", "name")
            ],
        }
        cache.set(FILTER_OPTIONS_KEY, options, timeout=FILTER_OPTIONS_SECONDS)
    return options


def clear_filter_options(**kwargs) -> None:
    cache.delete(FILTER_OPTIONS_KEY)


def with_follow_flag(postings, user):
    """Annotate `followed_pk`: the id of the user's application to each posting, if any."""
    if not user.is_authenticated:
        return postings.annotate(followed_pk=models.Value(None, models.IntegerField()))
    mine = Application.objects.filter(user=user, posting=models.OuterRef("pk"))
    return postings.annotate(followed_pk=models.Subquery(mine.values("pk")[:1]))


def filtered_postings(*, filters: dict, now: datetime):
    postings = Posting.objects.published().search(filters.get("q") or "")
    if not filters.get("include_closed"):
        postings = postings.open_or_upcoming(now)
    if filters.get("closing_soon"):
        postings = postings.closing_within(now)
    if filters.get("company"):
        postings = postings.filter(company__slug=filters["company"])
    if filters.get("hiring_type"):
        postings = postings.filter(hiring_types=filters["hiring_type"])
    if filters.get("region"):
        postings = postings.filter(regions=filters["region"])
    if filters.get("recruit_kind"):
        postings = postings.filter(recruit_kind=filters["recruit_kind"])
    return postings


def posting_page(*, user, filters: dict, page_number, now: datetime) -> Page:
    postings = with_follow_flag(filtered_postings(filters=filters, now=now).for_list(), user)
    page = Paginator(postings, POSTINGS_PER_PAGE).get_page(page_number)
    page.object_list = with_labels(list(page.object_list))
    return page


def with_labels(postings: list[Posting]) -> list[Posting]:
    """Sets `hiring_type_names` and `region_names` on each posting from two queries of names:
    a page of results shows only the names, and model instances for them cost more than the
    rest of the page."""
    ids = [posting.pk for posting in postings]
    kinds: dict[int, list[str]] = defaultdict(list)
    regions: dict[int, list[str]] = defaultdict(list)
    kind_rows = (
        Posting.hiring_types.through.objects.filter(posting_id__in=ids)
        .order_by("hiringtype__order", "hiringtype__name")
        .values_list("posting_id", "hiringtype__name")
    )
    for posting_id, name in kind_rows:
        kinds[posting_id].append(name)
    region_rows = (
        Posting.regions.through.objects.filter(posting_id__in=ids)
        .order_by("region__name")
        .values_list("posting_id", "region__name")
    )
    for posting_id, name in region_rows:
        regions[posting_id].append(name)
    today = seoul_today()
    for posting in postings:
        posting.hiring_type_names = kinds[posting.pk]
        posting.region_names = regions[posting.pk]
        posting.row = PostingRow.of(posting, today)
    return postings


@dataclass(frozen=True)
class PostingRow:
    """What a results row prints about a posting, worked out once in Python: the row is
    rendered twenty times a page and template lookups cost more than the page's queries."""

    d_day: str
    tone: str
    deadline: str
    period: str
    meta: str

    @classmethod
    def of(cls, posting: Posting, today: date) -> "PostingRow":
        closes = posting.closes_at.astimezone(SEOUL)
        days = (closes.date() - today).days
        parts = [posting.get_recruit_kind_display(), *posting.hiring_type_names]
        if posting.openings:
            parts.append(_("%(count)d명") % {"count": posting.openings})
        opens = posting.opens_at.astimezone(SEOUL)
        return cls(
            d_day=d_day_label(closes.date(), today),
            tone="dday-closed" if days < 0 else "dday-urgent" if days <= URGENT_DAYS else "dday",
            deadline=closes.date().isoformat(),
            period=f"{opens.month}.{opens.day} ~ {dateformat.format(closes, 'n.j (D) H:i')}",
            meta=" · ".join(parts),
        )


@transaction.atomic
def follow(*, user, posting: Posting) -> Application:
    """The candidate's application to `posting` (관심), created on first follow; the company
    becomes one of their targets."""
    application, _created = Application.objects.get_or_create(
        user=user, posting=posting, defaults={"company": posting.company}
    )
    TargetCompany.objects.get_or_create(user=user, company=posting.company)
    return application


@transaction.atomic
def start_drafts(*, user, posting: Posting) -> tuple[Application, int]:
    """One draft per prompt of the posting, belonging to the candidate's application; prompts
    that already have a draft in this application are left alone. Returns how many were made."""
    application = follow(user=user, posting=posting)
    answered = set(application.drafts.values_list("prompt_id", flat=True))
    links = (
        posting.posting_prompts.filter(prompt__published=True)
        .exclude(prompt_id__in=answered)
        .select_related("prompt")
        .prefetch_related("prompt__competencies")
    )
    made = []
    for prompt in (link.prompt for link in links):
        draft = user.drafts.create(prompt=prompt, company=prompt.company)
        draft.competencies.set(prompt.competencies.all())
        made.append(draft)
    application.drafts.add(*made)
    if made and application.stage == Stage.INTERESTED:
        application.move_to(Stage.WRITING)
    return application, len(made)
