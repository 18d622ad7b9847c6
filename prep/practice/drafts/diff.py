"""Character-level differences between two versions of a Korean text, readable by people.

Lines are compared first and only changed blocks character by character: that keeps long texts
fast (SequenceMatcher is quadratic in the worst case) and stops a common syllable such as 이 or
다 from stitching unrelated sentences together. Tiny unchanged islands inside a change are folded
into it, so "원인을 분석" → "근거를 정리" reads as one replacement, not five.
"""

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

Kind = Literal["equal", "insert", "delete"]

# An unchanged run this short between two changes is shown as part of the change.
ISLAND_MAX = 2


@dataclass
class Span:
    kind: Kind
    text: str


@dataclass(frozen=True)
class DiffSummary:
    inserted: int
    deleted: int


def diff_spans(old: str, new: str) -> list[Span]:
    """Spans that turn `old` into `new`: equal text, deletions and insertions, in reading order."""
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    spans: list[Span] = []
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_block = "".join(old_lines[i1:i2])
        new_block = "".join(new_lines[j1:j2])
        if tag == "equal":
            spans.append(Span("equal", old_block))
        elif tag == "delete":
            spans.append(Span("delete", old_block))
        elif tag == "insert":
            spans.append(Span("insert", new_block))
        else:
            spans.extend(_character_spans(old_block, new_block))
    return _merge_neighbours(spans)


def summarize(spans: list[Span]) -> DiffSummary:
    return DiffSummary(
        inserted=sum(len(span.text) for span in spans if span.kind == "insert"),
        deleted=sum(len(span.text) for span in spans if span.kind == "delete"),
    )


def _character_spans(old: str, new: str) -> list[Span]:
    spans: list[Span] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            spans.append(Span("equal", old[i1:i2]))
            continue
        if tag in ("delete", "replace"):
            spans.append(Span("delete", old[i1:i2]))
        if tag in ("insert", "replace"):
            spans.append(Span("insert", new[j1:j2]))
    return _fold_islands(spans)


def _fold_islands(spans: list[Span]) -> list[Span]:
    """Folds short unchanged runs between changes into the changes around them."""
    result: list[Span] = []
    index = 0
    while index < len(spans):
        span = spans[index]
        is_island = (
            span.kind == "equal"
            and len(span.text) <= ISLAND_MAX
            and not span.text.isspace()
            and 0 < index < len(spans) - 1
            and result
            and result[-1].kind != "equal"
            and spans[index + 1].kind != "equal"
        )
        if is_island:
            result.append(Span("delete", span.text))
            result.append(Span("insert", span.text))
        else:
            result.append(span)
        index += 1
    return _regroup(result)


def _regroup(spans: list[Span]) -> list[Span]:
    """Within each run of changes, all deletions first, then all insertions."""
    result: list[Span] = []
    run: list[Span] = []
    for span in [*spans, Span("equal", "")]:
        if span.kind != "equal":
            run.append(span)
            continue
        deleted = "".join(part.text for part in run if part.kind == "delete")
        inserted = "".join(part.text for part in run if part.kind == "insert")
        if deleted:
            result.append(Span("delete", deleted))
        if inserted:
            result.append(Span("insert", inserted))
        run = []
        if span.text:
            result.append(span)
    return result


def _merge_neighbours(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if merged and merged[-1].kind == span.kind:
            merged[-1] = Span(span.kind, merged[-1].text + span.text)
        else:
            merged.append(span)
    return _regroup(merged)
