"""The one writer into the catalogue: how a row is found, written and counted.

Report imports and the demo both write through `Writer.put()` (what rows a report makes is in
`sections.py`). The rules, stated once here:

- **Natural keys** come from `prep.catalog.keys.natural_key()`; a row is found by its key, else
  as the same item under another wording (`matching.find_existing()`).
- **Facts** (numbers, dates, kinds, links) are always brought up to date with the document.
- **Curated fields** (wording, descriptions, order) are written when the row is created, and
  afterwards only while they still hold what the writer last wrote. Once a curator has changed
  them, or the demo wrote them, a report import keeps them as a whole (`Policy.KEEP`, the
  default: counted as "kept") unless the admin asks for the report's text (`Policy.REPLACE`).
  Rows without a record (shared rows such as survey categories, hiring types and competencies,
  and rows made by hand) only get their empty fields filled.
- **Publishing:** what the writer creates is published (an admin imports to publish); it never
  changes `published` afterwards, so an admin's unpublishing survives every re-import.
- **`source`** is set when a row is created and never rewritten: it says where the row first
  came from.

Nothing is deleted: rows a document no longer has are counted as "not in the document".
"""

from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models

from prep.catalog.keys import catalogue_rows, natural_key
from prep.catalog.models import Competency, Season

from .matching import Policy, digest, find_existing, fingerprint
from .parsed import ReportError
from .summary import ImportSummary


@dataclass
class Writer:
    summary: ImportSummary
    source_name: str
    policy: Policy = Policy.KEEP
    # True for the demo: the text it writes is curated, so a report import keeps it.
    curated_source: bool = False
    # The report being written's `rewrites` (our wording → fingerprint of the report wording).
    rewrites: dict[str, str] = field(default_factory=dict)
    # Rows matched to an item in this run, per model: one row stands for one item.
    claimed: dict[type, set[int]] = field(default_factory=dict)

    def put(
        self,
        model: type[models.Model],
        key: dict[str, Any],
        *,
        line_no: int,
        wording: str | None = None,
        facts: dict[str, Any] | None = None,
        curated: dict[str, Any] | None = None,
        on_create: dict[str, Any] | None = None,
        claim: bool = True,
    ) -> models.Model:
        """Find the row for one item by `key` (its natural key's values) and create or update it.

        `wording` names the key field a curator may rewrite (a quote's text, a news title): the
        row is then also found by the fingerprint of the wording it was written from. A row
        matched once is not matched to another item of the same import (`claim`), except shared
        rows that many items name (a season, a competency).
        """
        if set(key) != set(natural_key(model)):
            raise ValueError(f"{model.__name__} is keyed by {natural_key(model)}, not {set(key)}")
        facts, curated = dict(facts or {}), dict(curated or {})
        if wording:
            curated = {wording: key[wording], **curated}
        origin = self._origin(key[wording]) if wording else ""
        scope = catalogue_rows(model).filter(
            **{name: value for name, value in key.items() if name != wording}
        )
        claimed = self.claimed.setdefault(model, set()) if claim else set()
        obj = find_existing(scope, key, wording_field=wording, origin=origin, claimed=claimed)
        if obj is None:
            obj = self._create(model, key, facts, curated, on_create or {}, origin, line_no)
        else:
            obj = self._update(obj, facts, curated, origin, line_no)
        claimed.add(obj.pk)
        return obj

    def _origin(self, wording: str) -> str:
        return self.rewrites.get(wording) or fingerprint(wording)

    def _create(self, model, key, facts, curated, on_create, origin, line_no):
        obj = model(**{**on_create, **key, **facts, **curated})
        if _has_field(model, "published") and "published" not in on_create:
            obj.published = True
        if _has_field(model, "source") and "source" not in on_create and not obj.source:
            obj.source = self.source_name[: model._meta.get_field("source").max_length]
        if _has_field(model, "import_record"):
            obj.import_record = self._record(obj, curated, origin)
        self._validate(obj, line_no)
        obj.save()
        self.summary.of(model).created += 1
        obj._import_state = "created"
        return obj

    def _update(self, obj, facts, curated, origin, line_no):
        model = type(obj)
        changed = [name for name, value in facts.items() if not _same(obj, name, value)]
        differing = [name for name, value in curated.items() if not _same(obj, name, value)]
        kept = False
        rewrite = bool(differing) and (self.policy == Policy.REPLACE or not self._protected(obj))
        if differing and not rewrite:
            # Text the writer wrote for a curator, or a curator edited, is kept as a whole (a
            # curated case without a body stays without one). A row without a record (shared
            # rows, rows made by hand) only gets its empty fields filled.
            blanks = []
            if not getattr(obj, "import_record", None):
                blanks = [name for name in differing if _blank(getattr(obj, name))]
            changed += blanks
            kept = len(blanks) < len(differing)
        elif rewrite:
            changed += differing
        values = {**facts, **curated}
        for name in changed:
            setattr(obj, name, values[name])
        update_fields = [model._meta.get_field(name).name for name in changed]
        if _has_field(model, "import_record") and (
            rewrite or (not obj.import_record and not differing)
        ):
            # A row written afresh remembers what it now holds; so does a row without a record
            # (made by hand, or before records existed) that already holds the report's text.
            obj.import_record = self._record(obj, curated, origin, previous=obj.import_record)
            update_fields.append("import_record")
        if changed:
            self._validate(obj, line_no)
        if update_fields:
            if _has_field(model, "updated_at") and changed:
                update_fields.append("updated_at")
            obj.save(update_fields=update_fields)
        counts = self.summary.of(model)
        state = "updated" if changed else "kept" if kept else "unchanged"
        setattr(counts, state, getattr(counts, state) + 1)
        obj._import_state = state
        return obj

    def _record(self, obj, curated, origin, previous=None) -> dict[str, Any]:
        previous = previous or {}
        return {
            "origin": previous.get("origin") or origin,
            "written": digest({name: getattr(obj, name) for name in curated}),
            "curated": self.curated_source,
            "fields": sorted(curated),
        }

    def _protected(self, obj) -> bool:
        """Whether the curated fields hold someone's curated text rather than a report's."""
        record = getattr(obj, "import_record", None) or {}
        if not record.get("written"):
            return True  # made by hand (or before records existed)
        current = digest({name: getattr(obj, name) for name in record.get("fields", [])})
        edited = current != record["written"]
        return edited or (record.get("curated", False) and not self.curated_source)

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

    # -- helpers for sections --

    def count_leftovers(self, model: type[models.Model], queryset, kept: list[int]) -> None:
        self.summary.of(model).not_in_document += queryset.exclude(pk__in=kept).count()

    def shared(self, model, name: str, *, order: int, line_no: int, description: str = ""):
        """A catalogue-wide row (survey category, hiring type). Shared rows are curated once for
        all companies, so a report only fills what is blank: never their order or wording."""
        return self.put(
            model,
            {"name": name},
            curated={"description": description} if description else {},
            on_create={"order": order},
            line_no=line_no,
            claim=False,
        )

    def season(self, year: int, half: str, line_no: int) -> Season:
        return self.put(Season, {"year": year, "half": half}, line_no=line_no, claim=False)

    def competency(self, name: str, *, definition: str = "", area: str = "") -> Competency:
        """An NCS area or sub-skill by its exact name, else a company competency of that name,
        mapped onto `area` (or the obvious NCS area) only where no admin mapped it yet."""
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
        area_name = area or NCS_AREA_FOR.get(name)
        ncs_area = (
            Competency.objects.filter(name=area_name, kind=Competency.Kind.NCS_AREA).first()
            if area_name
            else None
        )
        curated = {"ncs_area": ncs_area} if ncs_area else {}
        if definition:
            curated["definition"] = definition
        return self.put(
            Competency,
            {"name": name, "kind": Competency.Kind.COMPANY},
            curated=curated,
            line_no=1,
            claim=False,
        )

    def tag(self, obj, names: list[str]) -> None:
        """Adds missing competency tags only; tags an admin added stay."""
        wanted = {self.competency(name).pk for name in dict.fromkeys(names)}
        missing = wanted - set(obj.competencies.values_list("pk", flat=True))
        if not missing:
            return
        obj.competencies.add(*missing)
        # The object itself was just counted; a tag change makes it "updated".
        state = getattr(obj, "_import_state", "")
        if state in ("unchanged", "kept"):
            counts = self.summary.of(type(obj))
            setattr(counts, state, getattr(counts, state) - 1)
            counts.updated += 1
            obj._import_state = "updated"


# Company labels that map onto an NCS area (docs/domain.md, NCS). Only the obvious ones: anything
# else stays a company competency without an area until an admin maps it.
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


def _has_field(model: type[models.Model], name: str) -> bool:
    return any(f.name == name for f in model._meta.concrete_fields)


def _blank(value: Any) -> bool:
    return value in ("", None, [], {})


def _same(obj: models.Model, name: str, value: Any) -> bool:
    field_obj = obj._meta.get_field(name)
    if isinstance(field_obj, models.ForeignKey):
        return getattr(obj, field_obj.attname) == (value.pk if value is not None else None)
    return getattr(obj, name) == value
