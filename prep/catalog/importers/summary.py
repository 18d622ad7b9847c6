"""What an import did (or, in a dry run, would do), per model: shown in the admin and printed by
`manage.py import_report`."""

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from django.db import models


@dataclass
class Counts:
    created: int = 0  # added
    updated: int = 0  # brought up to date with the document
    kept: int = 0  # the document words it differently; the curated text was kept
    unchanged: int = 0
    not_in_document: int = 0  # in the catalogue, not in the document: left alone


HEADER = ("항목", "생성", "수정", "큐레이션 유지", "변경 없음", "문서에 없음")


@dataclass
class ImportSummary:
    source_name: str
    company_name: str = ""
    company_pk: int | None = None
    format: str = ""
    dry_run: bool = False
    policy: str = "keep"
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
        rows = [HEADER] + [
            (
                name,
                *(str(n) for n in (c.created, c.updated, c.kept, c.unchanged, c.not_in_document)),
            )
            for name, c in self.counts.items()
        ]
        widths = [max(_width(row[i]) for row in rows) for i in range(len(HEADER))]
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
            "policy": self.policy,
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
