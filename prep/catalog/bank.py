"""The question bank: its filter form, the filters run as queries, capped paging, and the cached
competency taxonomy every page names its competencies from."""

import time
from collections.abc import Iterable
from dataclasses import dataclass

from django import forms
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.utils.translation import get_language, gettext_lazy

from prep.catalog.models import (
    Company,
    Competency,
    CompetencyTaxonomy,
    EssayPrompt,
    HalfYear,
    InterviewQuestion,
    JobFamily,
    QuestionType,
    Season,
)

QUESTIONS_PER_PAGE = 20

# A company, competency or season saved in the admin clears these at once; the timeouts only
# bound how long a change made outside Django (a raw SQL fix) could go unseen.
TAXONOMY_SECONDS = 600
COMPETENCY_TAXONOMY_KEY = "catalog:competency-taxonomy"
# The filter selects as Django renders them, cached one by one (question_bank.html) for
# SELECTS_SECONDS: with ~300 companies and ~50 competencies, rendering them took 30 ms of CPU,
# longer than the search behind the page (bench/question_search_bench.py). The version in
# each fragment's key changes whenever a company, competency or season does.
SELECTS_SECONDS = 600
SELECTS_VERSION_KEY = "catalog:question-bank-selects-version"

# Counting every match of a broad search over 50,000 questions costs more than the page
# itself; past this many, "1,000개 이상" tells a candidate as much as the exact number.
RESULT_COUNT_CAP = 1000


def catalogue_changed(instance=None, **kwargs) -> None:
    """Signal receiver (apps.py): a company, competency or season changed."""
    if getattr(instance, "owner_id", None) is not None:
        return  # a candidate's own company is in no select of the bank
    cache.delete_many([COMPETENCY_TAXONOMY_KEY, SELECTS_VERSION_KEY])


def selects_version() -> int:
    version = cache.get(SELECTS_VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.set(SELECTS_VERSION_KEY, version, timeout=SELECTS_SECONDS)
    return version


def competency_taxonomy(*, knowing: Iterable[int] = ()) -> CompetencyTaxonomy:
    """Competency.taxonomy(), from the cache: every page of results names its competencies and
    an NCS-area filter needs what the area covers, and the taxonomy changes only in the admin.
    Read afresh when it lacks an id in `knowing` (a competency added outside the admin)."""
    taxonomy = cache.get(COMPETENCY_TAXONOMY_KEY)
    if taxonomy is None or not set(knowing) <= taxonomy.names.keys():
        taxonomy = Competency.taxonomy()
        cache.set(COMPETENCY_TAXONOMY_KEY, taxonomy, timeout=TAXONOMY_SECONDS)
    return taxonomy


class QuestionBankFilterForm(forms.Form):
    """The question bank's search box and filters; every field is optional."""

    SHOW_CHOICES = [
        ("questions", gettext_lazy("면접 질문")),
        ("prompts", gettext_lazy("자소서 문항")),
    ]

    q = forms.CharField(
        label=gettext_lazy("검색어"),
        required=False,
        max_length=100,
        widget=forms.SearchInput(
            attrs={"autocomplete": "off", "placeholder": gettext_lazy("예: 갈등")}
        ),
    )
    company = forms.ModelChoiceField(
        label=gettext_lazy("기업"),
        queryset=Company.objects.published().only("name", "slug"),
        to_field_name="slug",
        required=False,
        empty_label=gettext_lazy("모든 기업"),
    )
    type = forms.ChoiceField(
        label=gettext_lazy("면접 질문 유형"),
        choices=[("", gettext_lazy("모든 유형")), *QuestionType.choices],
        required=False,
    )
    competency = forms.ModelChoiceField(
        label=gettext_lazy("역량"),
        queryset=Competency.objects.order_by("kind", "order", "name"),
        required=False,
        empty_label=gettext_lazy("모든 역량"),
    )
    season = forms.ModelChoiceField(
        label=gettext_lazy("채용 시즌"),
        queryset=Season.objects.all(),
        required=False,
        empty_label=gettext_lazy("모든 시즌"),
    )
    job_family = forms.ChoiceField(
        label=gettext_lazy("자소서 직군"),
        choices=[("", gettext_lazy("모든 직군")), *JobFamily.choices],
        required=False,
    )
    show = forms.ChoiceField(choices=SHOW_CHOICES, required=False, widget=forms.HiddenInput)

    SELECTS = ["company", "type", "competency", "season", "job_family"]
    selects_seconds = SELECTS_SECONDS

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")  # Korean labels take no colon
        super().__init__(*args, **kwargs)
        # Django's own message repeats the value ("zzz 이/가 선택가능항목에 없습니다"); what a
        # stale link needs to hear is that the filter was dropped (filters() drops it).
        dropped = gettext_lazy("목록에 없는 값이라 이 조건은 빼고 찾았습니다.")
        for name in self.SELECTS:
            self.fields[name].error_messages["invalid_choice"] = dropped

    def selects(self) -> list[forms.BoundField]:
        return [self[name] for name in self.SELECTS]

    def selects_cache_version(self) -> str:
        """What every rendered select depends on besides its own value: the catalogue's
        version and the language. Each select is cached under this and its chosen value (valid
        or not: an invalid one renders its error), so a new company filter renders only the
        company select."""
        return f"{selects_version()}:{get_language()}"

    def filters(self) -> dict:
        """The valid filters; an invalid one is dropped (its error is shown) rather than
        emptying the whole result. A competency also gives the ids it covers."""
        self.is_valid()
        filters = {name: value for name, value in self.cleaned_data.items() if value}
        if competency := filters.get("competency"):
            taxonomy = competency_taxonomy(knowing=[competency.pk])
            filters["competency_ids"] = taxonomy.covered[competency.pk]
        return filters


@dataclass(frozen=True)
class ResultCount:
    number: int
    capped: bool  # True when there are more than `number` results


def capped_count(queryset: QuerySet) -> ResultCount:
    # Unordered, so the database can stop at the cap instead of sorting every match first.
    number = queryset.order_by()[: RESULT_COUNT_CAP + 1].count()
    return ResultCount(min(number, RESULT_COUNT_CAP), number > RESULT_COUNT_CAP)


class CappedPaginator(Paginator):
    """Pages over the ids of the newest RESULT_COUNT_CAP matches (pages past it are not
    offered); `result_count` says whether there were more."""

    def __init__(self, newest_ids: list[int], per_page: int) -> None:
        super().__init__(newest_ids[:RESULT_COUNT_CAP], per_page)
        self.result_count = ResultCount(
            min(len(newest_ids), RESULT_COUNT_CAP), len(newest_ids) > RESULT_COUNT_CAP
        )


def newest_first_page(queryset: QuerySet, number: str | None) -> Page:
    """Page `number` of `queryset`, newest first, with a count capped at RESULT_COUNT_CAP.

    One query fetches the ids of the first RESULT_COUNT_CAP + 1 matches: they give the count
    and the page, so the search runs once, not once for the count and again for the page.
    A second query reads the page's rows by primary key.
    """
    newest_ids = list(queryset.order_by("-pk").values_list("pk", flat=True)[: RESULT_COUNT_CAP + 1])
    page = CappedPaginator(newest_ids, QUESTIONS_PER_PAGE).get_page(number)
    page.object_list = list(queryset.model._default_manager.bank_page(page.object_list))
    return page


def competency_names(model, items: list) -> dict[int, list[str]]:
    """The names of each item's competencies, by item id, in the taxonomy's order.

    One query over the tag table, names from the cached taxonomy; prefetch_related cost 5 ms
    a page more, most of it building a related manager and a model instance per tag.
    """
    tags = list(model.objects.tags_of([item.pk for item in items]))
    taxonomy = competency_taxonomy(knowing={competency for _item, competency in tags})
    position = {competency: index for index, competency in enumerate(taxonomy.names)}
    names: dict[int, list[str]] = {}
    for item, competency in sorted(tags, key=lambda tag: position[tag[1]]):
        names.setdefault(item, []).append(taxonomy.names[competency])
    return names


def label_items(items: list, show: str) -> None:
    """Attach display labels to a page of results.

    get_FOO_display() hashes every lazy choice label on each call, which costs more than the
    rest of rendering a page; one dict per page is enough.
    """
    if not items:
        return
    names = competency_names(type(items[0]), items)
    halves = {value: str(label) for value, label in HalfYear.choices}
    if show == "prompts":
        kinds = {value: str(label) for value, label in JobFamily.choices}
        key = "job_family"
    else:
        kinds = {value: str(label) for value, label in QuestionType.choices}
        key = "question_type"
    for item in items:
        item.competency_names = names.get(item.pk, [])
        item.kind_label = kinds.get(getattr(item, key), "")
        item.season_label = (
            f"{item.season.year} {halves.get(item.season.half, '')}" if item.season else ""
        )


@dataclass(frozen=True)
class BankResults:
    show: str  # "questions" or "prompts": the tab shown
    page: Page
    counts: dict[str, ResultCount]  # per tab
    filtered: bool  # whether any filter or search narrowed the results


def bank_results(filters: dict, page_number: str | None) -> BankResults:
    """One page of the shown tab, and the capped count of the other tab."""
    show = "prompts" if filters.get("show") == "prompts" else "questions"
    querysets = {
        "questions": InterviewQuestion.objects.filtered(filters),
        "prompts": EssayPrompt.objects.filtered(filters),
    }
    other = "questions" if show == "prompts" else "prompts"
    page = newest_first_page(querysets[show], page_number)
    label_items(page.object_list, show)
    counts = {show: page.paginator.result_count, other: capped_count(querysets[other])}
    return BankResults(show, page, counts, filtered=bool(set(filters) - {"show"}))
