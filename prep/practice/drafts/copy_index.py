"""A candidate's own drafts as the coaching sees them, kept per process between requests.

The coaching compares a draft with up to OWN_DRAFTS_COMPARED of the candidate's other drafts
(copying from their own earlier answers, another company's name left in). Reading and
indexing all of them on every request cost 31 ms with one other draft and 110 ms with 199, and
the editor asks for coaching after every save. Here each worker keeps, per candidate, the texts
and an n-gram index of their recent drafts, and on each request reads only which drafts exist
and when they changed (primary keys and timestamps from the (user, -updated_at) index):
drafts saved since are read and indexed again, deleted ones dropped. So a save costs the
re-indexing of that one draft, done by the next coaching request; a view costs no indexing.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from prep.coach import company_names
from prep.coach.copying import NGramIndex
from prep.practice.drafts.models import Draft

OWN_DRAFTS_COMPARED = 200
# Drafts a worker keeps in all (text and index, about 10 KB each, so about 40 MB at most);
# the candidates coached least recently are forgotten first.
DRAFTS_KEPT = 4000


@dataclass(frozen=True)
class OwnText:
    pk: int
    company: company_names.Company | None
    text: str


@dataclass
class OwnDrafts:
    """One candidate's recent drafts: their texts and an index of them for the copying check."""

    index: NGramIndex = field(default_factory=NGramIndex)
    texts: dict[int, OwnText] = field(default_factory=dict)
    stamps: dict[int, datetime] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def others(self, draft: Draft) -> list[OwnText]:
        """The other drafts, most recently changed first."""
        return [
            self.texts[pk]
            for pk in sorted(self.stamps, key=self.stamps.__getitem__, reverse=True)
            if pk != draft.pk
        ][:OWN_DRAFTS_COMPARED]

    def refresh(self, user_id: int) -> None:
        recent = dict(
            Draft.objects.filter(user_id=user_id)
            .order_by("-updated_at")
            .values_list("pk", "updated_at")[: OWN_DRAFTS_COMPARED + 1]
        )
        for pk in self.stamps.keys() - recent.keys():
            del self.stamps[pk], self.texts[pk]
            self.index.remove(f"draft:{pk}")
        changed = [pk for pk, stamp in recent.items() if self.stamps.get(pk) != stamp]
        if not changed:
            return
        rows = Draft.objects.filter(pk__in=changed).select_related("company", "prompt")
        fields = ["headline", "body", "updated_at", "custom_question", "prompt__text"]
        for own in rows.only(*fields, "company__name", "company__aliases"):
            self.stamps[own.pk] = own.updated_at
            self.texts[own.pk] = OwnText(own.pk, _coach_company(own), own.full_text)
            self.index.remove(f"draft:{own.pk}")
            if own.body.strip():
                self.index.add(f"draft:{own.pk}", own.full_text, f"내 다른 초안 ‘{own}’")
        self.index.compact()


def _coach_company(draft: Draft) -> company_names.Company | None:
    company = draft.company
    if company is None:
        return None
    return company_names.Company(company.name, tuple(company.alias_list), company.pk)


_kept: OrderedDict[int, OwnDrafts] = OrderedDict()
_kept_lock = threading.Lock()


@contextmanager
def own_drafts(draft: Draft) -> Iterator[OwnDrafts]:
    """The candidate's drafts, brought up to date, held for the caller's analysis alone (two
    requests of one candidate take turns; other candidates are not held up)."""
    with _kept_lock:
        entry = _kept.pop(draft.user_id, None) or OwnDrafts()
        _kept[draft.user_id] = entry
    with entry.lock:
        entry.refresh(draft.user_id)
        yield entry
    with _kept_lock:
        while len(_kept) > 1 and sum(len(kept.texts) for kept in _kept.values()) > DRAFTS_KEPT:
            _kept.popitem(last=False)
