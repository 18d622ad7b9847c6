"""Import 잡알리오 채용정보 postings (the JSON its open API returns) into the catalogue.

    summary = import_postings(data=raw_bytes, source_name="jobalio.json", dry_run=False)

A file is `{"result": [item, …]}`; each item is one posting with the API's field names
(DOMAIN.md §7). The whole file is checked first: if any item is malformed, nothing is written
and every problem is reported as `FILE:item N: reason` (N counts from 1, in file order).
Otherwise the file is written in one transaction, each posting found by `recrutPblntSn`, so a
second import of the same file changes nothing.

Companies are matched by name or alias. An unmatched institution is listed in the summary and
its postings are skipped; only `create_companies=True` adds it (unpublished, for an admin to
complete). This module is the one writer of postings: the admin upload, the command and the
demo all come through here.
"""

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.text import slugify

from prep.catalog.models import Company, CompanyKind, HiringType, Season
from prep.catalog.models.postings import SEOUL, Posting, RecruitKind, Region, StepKind
from prep.coach.counting import stored_text

RECRUIT_KINDS = {
    "R2010": RecruitKind.NEW,
    "R2020": RecruitKind.EXPERIENCED,
    "R2030": RecruitKind.BOTH,
    "신입": RecruitKind.NEW,
    "경력": RecruitKind.EXPERIENCED,
    "신입+경력": RecruitKind.BOTH,
}
# The API gives days only; applications usually close at the end of the day.
OPENS_AT = time(0, 0)
CLOSES_AT = time(23, 59)
STEP_WORDS = (
    ("서류", StepKind.DOCUMENT_RESULT),
    ("필기", StepKind.WRITTEN),
    ("인성", StepKind.WRITTEN),
    ("면접", StepKind.INTERVIEW),
    ("최종", StepKind.FINAL_RESULT),
)
STEP_SEPARATORS = ("→", "->", "⇒", ">", "▶", "\n")


class PostingFileError(Exception):
    """A file that cannot be imported; `errors` are `FILE:item N: reason` lines."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class ParsedPosting:
    index: int
    source_id: str
    institution: str
    title: str
    opens_on: date
    closes_on: date
    hiring_types: list[str]
    recruit_kind: str
    openings: int | None
    regions: list[tuple[str, str]]
    ncs: list[str]
    education: str
    eligibility: str
    preferences: str
    procedure: str
    disqualifications: str
    replacement: bool
    source_url: str


@dataclass
class PostingImportSummary:
    source_name: str
    dry_run: bool
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    # institution name → item numbers skipped because no company matched it
    unmatched: dict[str, list[int]] = field(default_factory=dict)
    companies_created: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict) -> "PostingImportSummary":
        return cls(**data)


# The largest value every database's integer column holds.
MAX_OPENINGS = 2_147_483_647
FIRST_YEAR, LAST_YEAR = 1990, 2999
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# --- reading ----------------------------------------------------------------------------------


def _clean(value: str, key: str) -> str:
    if _LONE_SURROGATE.search(value):  # JSON's "\ud800" escape: no database can store it
        raise ValueError(f"'{key}' 값에 짝이 없는 서로게이트 문자(\\ud800 등)가 있습니다.")
    # NUL and other controls removed as everywhere else (PostgreSQL refuses NUL in text).
    return stored_text(value)[0].strip()


def _text(item: dict, key: str) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str | int | float):
        raise ValueError(f"'{key}' 값은 글자여야 합니다.")
    return _clean(str(value), key)


def _list(item: dict, key: str) -> list[str]:
    """A comma list as the API sends it ("서울,세종"), or a JSON list."""
    value = item.get(key)
    if isinstance(value, list):
        parts = [str(part) for part in value]
    else:
        parts = _text(item, key).split(",")
    parts = [_clean(part, key) for part in parts]
    return [part for part in parts if part]


def _day(item: dict, key: str) -> date:
    value = _text(item, key).replace("-", "").replace(".", "")
    if not value:
        raise ValueError(f"'{key}'가 비어 있습니다.")
    try:
        day = datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        raise ValueError(f"'{key}' 날짜 '{value}'를 읽을 수 없습니다 (YYYYMMDD).") from None
    # Year 1 or 9999 is a typo, and cannot be moved to UTC for the database.
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(f"'{key}' 날짜 '{value}'는 {FIRST_YEAR}~{LAST_YEAR}년이어야 합니다.")
    return day


def _openings(item: dict) -> int | None:
    value = _text(item, "recrutNope").replace(",", "")
    if not value:
        return None
    try:
        number = int(float(value))
    except (ValueError, OverflowError):  # "abc", "nan"; "1e400" (infinity)
        raise ValueError(f"'recrutNope' 값 '{value[:40]}'는 숫자가 아닙니다.") from None
    if number < 0:
        raise ValueError("'recrutNope'는 0 이상이어야 합니다.")
    if number > MAX_OPENINGS:
        raise ValueError(f"'recrutNope'는 {MAX_OPENINGS:,} 이하여야 합니다.")
    return number


def _recruit_kind(item: dict) -> str:
    for key in ("recrutSe", "recrutSeNm"):
        value = _text(item, key)
        if value in RECRUIT_KINDS:
            return RECRUIT_KINDS[value]
    return RecruitKind.NEW


def _url(item: dict) -> str:
    url = _text(item, "srcUrl")
    if url:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            raise ValueError(f"'srcUrl' 주소 '{url[:80]}'가 올바르지 않습니다.") from None
    return url


def parse_item(item: Any, index: int) -> ParsedPosting:
    if not isinstance(item, dict):
        raise ValueError("공고 하나는 {…} 객체여야 합니다.")
    source_id = _text(item, "recrutPblntSn")
    if not source_id:
        raise ValueError("'recrutPblntSn'(공고 번호)가 없습니다.")
    institution = _text(item, "instNm")
    title = _text(item, "recrutPbancTtl")
    if not institution:
        raise ValueError("'instNm'(기관명)이 없습니다.")
    if not title:
        raise ValueError("'recrutPbancTtl'(공고명)이 없습니다.")
    opens_on, closes_on = _day(item, "pbancBgngYmd"), _day(item, "pbancEndYmd")
    if closes_on < opens_on:
        raise ValueError("마감일(pbancEndYmd)이 시작일(pbancBgngYmd)보다 빠릅니다.")
    region_names = _list(item, "workRgnNmLst")
    region_codes = _list(item, "workRgnLst")
    if len(region_codes) != len(region_names):
        region_codes = [""] * len(region_names)
    return ParsedPosting(
        index=index,
        source_id=source_id[:30],
        institution=institution,
        title=title[:300],
        opens_on=opens_on,
        closes_on=closes_on,
        hiring_types=[name[:50] for name in _list(item, "hireTypeNmLst")],
        recruit_kind=_recruit_kind(item),
        openings=_openings(item),
        regions=[
            (name[:30], code[:10]) for name, code in zip(region_names, region_codes, strict=True)
        ],
        ncs=_list(item, "ncsCdNmLst"),
        education=", ".join(_list(item, "acbgCondNmLst"))[:200],
        eligibility=_text(item, "aplyQlfcCn"),
        preferences=_text(item, "prefCondCn"),
        procedure=_text(item, "scrnprcdrMthdExpln"),
        disqualifications=_text(item, "disqlfcRsn"),
        replacement=_text(item, "replmprYn").upper() == "Y",
        source_url=_url(item)[:500],
    )


def parse_file(data: bytes | str, source_name: str) -> list[ParsedPosting]:
    """Every item of the file, or PostingFileError listing every malformed one."""
    try:
        # A file saved on Windows may start with a byte-order mark.
        document = json.loads(data.decode("utf-8-sig") if isinstance(data, bytes) else data)
    except (ValueError, UnicodeDecodeError) as error:
        raise PostingFileError([f"{source_name}: JSON을 읽을 수 없습니다 ({error})."]) from None
    except RecursionError:
        raise PostingFileError(
            [f"{source_name}: JSON이 너무 깊게 중첩되어 읽지 않았습니다."]
        ) from None
    items = document.get("result") if isinstance(document, dict) else None
    if not isinstance(items, list):
        raise PostingFileError([f'{source_name}: {{"result": [...]}} 형식이 아닙니다.'])
    parsed, errors, seen = [], [], {}
    for number, item in enumerate(items, start=1):
        try:
            posting = parse_item(item, number)
        except ValueError as error:
            errors.append(f"{source_name}:item {number}: {error}")
            continue
        if posting.source_id in seen:
            errors.append(
                f"{source_name}:item {number}: 공고 번호 {posting.source_id}가 "
                f"item {seen[posting.source_id]}과 겹칩니다."
            )
            continue
        seen[posting.source_id] = number
        parsed.append(posting)
    if errors:
        raise PostingFileError(errors)
    return parsed


# --- matching and writing ---------------------------------------------------------------------


def _key(name: str) -> str:
    return "".join(unicodedata.normalize("NFC", name).split()).casefold()


def company_index() -> dict[str, Company]:
    """Curated companies by their name and every alias, compared without spaces or case
    (never a candidate's own company)."""
    index: dict[str, Company] = {}
    for company in Company.objects.curated().only("name", "aliases", "kind", "blind_hiring"):
        for name in [*company.alias_list, company.name]:
            index[_key(name)] = company
    return index


def _new_company(name: str) -> Company:
    slug = slugify(name, allow_unicode=True) or "company"
    base, suffix = slug, 2
    while Company.objects.filter(slug=slug).exists():
        slug, suffix = f"{base}-{suffix}", suffix + 1
    return Company.objects.create(
        name=name, slug=slug, kind=CompanyKind.PUBLIC_INSTITUTION, published=False
    )


def _season(day: date) -> Season:
    half = "first" if day.month <= 6 else "second"
    season, _created = Season.objects.get_or_create(year=day.year, half=half)
    return season


def procedure_steps(text: str) -> list[tuple[str, str]]:
    """(kind, name) of each step named in a 전형 절차 text such as '서류 → 필기 → 면접'."""
    for separator in STEP_SEPARATORS[1:]:
        text = text.replace(separator, STEP_SEPARATORS[0])
    steps = []
    for part in text.split(STEP_SEPARATORS[0]):
        name = part.strip(" -·ㆍ\t")[:100]
        if not name:
            continue
        kind = next((kind for word, kind in STEP_WORDS if word in name), StepKind.OTHER)
        steps.append((kind, name))
    return steps if len(steps) > 1 else []


def _values(parsed: ParsedPosting, company: Company) -> dict:
    return {
        "company": company,
        "title": parsed.title,
        "opens_at": datetime.combine(parsed.opens_on, OPENS_AT, SEOUL),
        "closes_at": datetime.combine(parsed.closes_on, CLOSES_AT, SEOUL),
        "recruit_kind": parsed.recruit_kind,
        "openings": parsed.openings,
        "ncs_classifications": parsed.ncs,
        "education": parsed.education,
        "eligibility": parsed.eligibility,
        "preferences": parsed.preferences,
        "procedure": parsed.procedure,
        "disqualifications": parsed.disqualifications,
        "replacement": parsed.replacement,
        "source_url": parsed.source_url,
    }


def _differs(posting: Posting, values: dict) -> bool:
    return any(getattr(posting, name) != value for name, value in values.items())


def write_posting(parsed: ParsedPosting, company: Company, *, publish: bool) -> tuple[str, Posting]:
    """Creates or updates one posting; returns ("created" | "updated" | "unchanged", posting)."""
    values = _values(parsed, company)
    hiring_types = [HiringType.objects.get_or_create(name=name)[0] for name in parsed.hiring_types]
    regions = []
    for name, code in parsed.regions:
        region, _created = Region.objects.get_or_create(name=name, defaults={"code": code})
        regions.append(region)
    posting = Posting.objects.filter(source_id=parsed.source_id).first()
    if posting is None:
        posting = Posting.objects.create(
            source_id=parsed.source_id,
            season=_season(parsed.opens_on),
            published=publish,
            **values,
        )
        outcome = "created"
        for order, (kind, name) in enumerate(procedure_steps(parsed.procedure), start=1):
            posting.steps.create(order=order, kind=kind, name=name)
    else:
        outcome = "updated" if _differs(posting, values) else "unchanged"
        if outcome == "updated":
            for name, value in values.items():
                setattr(posting, name, value)
            posting.save()
    if {t.pk for t in posting.hiring_types.all()} != {t.pk for t in hiring_types}:
        posting.hiring_types.set(hiring_types)
        outcome = "updated" if outcome == "unchanged" else outcome
    if {r.pk for r in posting.regions.all()} != {r.pk for r in regions}:
        posting.regions.set(regions)
        outcome = "updated" if outcome == "unchanged" else outcome
    return outcome, posting


def import_postings(
    *,
    data: bytes | str,
    source_name: str,
    dry_run: bool = False,
    create_companies: bool = False,
    publish: bool = False,
) -> PostingImportSummary:
    """Checks the whole file, then writes it in one transaction (rolled back for a dry run).
    Raises PostingFileError, having written nothing, when any item is malformed."""
    parsed = parse_file(data, source_name)
    summary = PostingImportSummary(source_name=source_name, dry_run=dry_run)
    with transaction.atomic():
        companies = company_index()
        for item in parsed:
            company = companies.get(_key(item.institution))
            if company is None and create_companies:
                company = _new_company(item.institution)
                companies[_key(item.institution)] = company
                summary.companies_created.append(company.name)
            if company is None:
                summary.unmatched.setdefault(item.institution, []).append(item.index)
                continue
            outcome, posting = write_posting(item, company, publish=publish)
            getattr(summary, outcome).append(f"{posting.source_id} {posting.title}")
        if dry_run:
            transaction.set_rollback(True)
    return summary
