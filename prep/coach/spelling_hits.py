"""What a spelling rule finds (`Hit`) and the shape of a pattern rule (`Rule`): shared by every
spelling module, so each can be read without the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple


class Hit(NamedTuple):
    start: int
    end: int
    suggestion: str | None
    kind: str
    message: str
    rule: str
    source: str


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: re.Pattern
    fix: Callable[[re.Match], str | None]
    message: str
    source: str
    kind: str = "spelling"
    group: int = 0  # the part of the match the suggestion replaces

    def find(self, text: str) -> Iterator[Hit]:
        for match in self.pattern.finditer(text):
            suggestion = self.fix(match)
            start, end = match.span(self.group)
            if suggestion is None or suggestion == text[start:end]:
                continue
            yield Hit(start, end, suggestion, self.kind, self.message, self.id, self.source)
