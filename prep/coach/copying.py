"""Copying: how much of a draft comes from sample answers, with the copied spans.

Recruiters run plagiarism checks against large answer corpora, and candidates study sample
answers (합격 자소서), so the editor warns before a recruiter does.

Method: text is normalised (NFC, lower case, only letters and digits kept, so spacing and
punctuation changes do not hide a copy) and cut into overlapping character 6-grams. Six Hangul
syllables are about two words: long enough that two independent answers share few of them,
short enough that a copied clause with one word changed still shares most of its grams. Each
gram is hashed to 32 bits (a stable polynomial hash computed with numpy, so an index built in
one process is valid in another).

`NGramIndex` is an inverted index from gram hash to the samples containing it, stored as sorted
numpy arrays (CSR layout: keys, offsets, postings) so 20,000 samples of ~800 characters take
~60 MB and build in a few seconds (bench/coach_bench.py prints the numbers). A query looks its
grams up with `searchsorted` and counts hits per sample with `bincount`: it never loops over
samples. Samples added after the build sit in a small dict until `compact()`; removals are
tombstones until then.

Containment = shared grams / the draft's grams: the share of the draft found in one sample.
Grams that occur in more than `max_df` samples (boilerplate such as 했습니다그결과) are left
out of both counts, so formulaic Korean endings do not make every draft look copied.
COPY_THRESHOLD = 0.25: a quarter of a draft's distinctive 6-grams in one sample means whole
sentences were taken over; independently written answers to the same prompt share far less
(tests/coach/test_copying.py checks both sides).
"""

from __future__ import annotations

import pickle
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

import numpy as np

from prep.coach.findings import Finding, Span, make_finding

NGRAM = 6
COPY_THRESHOLD = 0.25
# Pending additions are merged into the arrays once there are this many.
_AUTO_COMPACT_PENDING_DOCS = 500

_P = np.uint64(0x100000001B3)
_MIX = np.uint64(0xFF51AFD7ED558CCD)


def _dropped_table() -> np.ndarray:
    """Boolean table over the Basic Multilingual Plane: True for characters normalisation drops
    (spaces, punctuation, symbols). A table lookup in numpy keeps indexing 20,000 samples fast."""
    table = np.zeros(0x10000, dtype=bool)
    for code in range(0x10000):
        ch = chr(code)
        if not ch.isalnum() and not 0xD800 <= code <= 0xDFFF:
            table[code] = True
    return table


_DROPPED = _dropped_table()
_SUPPLEMENTARY_KEPT = (
    0x20000,
    0x3FFFF,
)  # CJK extension ideographs; other astral chars (emoji) drop


def _keep_mask(codes: np.ndarray) -> np.ndarray:
    low = codes < 0x10000
    keep = np.empty(len(codes), dtype=bool)
    keep[low] = ~_DROPPED[codes[low]]
    high = codes[~low]
    keep[~low] = (high >= _SUPPLEMENTARY_KEPT[0]) & (high <= _SUPPLEMENTARY_KEPT[1])
    return keep


def _lower_ascii(codes: np.ndarray) -> np.ndarray:
    upper = (codes >= 0x41) & (codes <= 0x5A)
    return np.where(upper, codes + 0x20, codes)


def _nfc_with_offsets(text: str) -> tuple[str, np.ndarray, np.ndarray]:
    """NFC text and, for each of its characters, the span of `text` it came from."""
    if unicodedata.is_normalized("NFC", text):
        starts = np.arange(len(text), dtype=np.int64)
        return text, starts, starts + 1
    # NFD Hangul (pasted from macOS file names): compose each syllable, keep its first offset.
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and (unicodedata.combining(text[j]) or "\u1160" <= text[j] <= "\u11ff"):
            j += 1
        for ch in unicodedata.normalize("NFC", text[i:j]):
            chars.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(chars), np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64)


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)


def normalize(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Code points of `text` without spaces, punctuation and symbols, NFC, ASCII lower-cased,
    with the start and end offset in `text` of each kept character (so matches can be shown
    on the original, even when one NFC syllable came from three NFD jamo)."""
    composed, starts, ends = _nfc_with_offsets(text)
    codes = _codes(composed)
    keep = _keep_mask(codes)
    return _lower_ascii(codes[keep]), starts[keep], ends[keep]


def _window_hashes(codes: np.ndarray, n: int) -> np.ndarray:
    count = len(codes) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint32)
    h = np.zeros(count, dtype=np.uint64)
    for j in range(n):
        h = h * _P + codes[j : j + count]
    h ^= h >> np.uint64(29)
    h *= _MIX
    h ^= h >> np.uint64(32)
    return (h & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def gram_hashes(text: str, n: int = NGRAM) -> np.ndarray:
    """32-bit hash of every n-gram of the normalised text, by position."""
    return _window_hashes(normalize(text)[0], n)


def _batch_gram_hashes(texts: list[str], first_doc: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Gram hashes of many texts in one numpy pass: (hashes, doc index of each)."""
    texts = [
        t if unicodedata.is_normalized("NFC", t) else unicodedata.normalize("NFC", t) for t in texts
    ]
    raw_lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    codes = _codes("".join(texts))
    keep = _keep_mask(codes)
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), raw_lengths)[keep]
    codes = _lower_ascii(codes[keep])
    lengths = np.bincount(owner, minlength=len(texts))
    hashes = _window_hashes(codes, n)
    if not len(hashes):
        return np.zeros(0, dtype=np.uint32), np.zeros(0, dtype=np.int32)
    doc_of = owner[: len(hashes)]
    doc_start = (np.cumsum(lengths) - lengths)[doc_of]
    position = np.arange(len(hashes), dtype=np.int64) - doc_start
    inside = position <= lengths[doc_of] - n  # the window does not run into the next text
    return hashes[inside], (doc_of[inside] + first_doc).astype(np.int32)


def containment(text: str, other: str, *, n: int = NGRAM) -> float:
    """Share of `text`'s distinct n-grams that also occur in `other` (0.0–1.0)."""
    mine = np.unique(gram_hashes(text, n))
    if not len(mine):
        return 0.0
    theirs = np.unique(gram_hashes(other, n))
    return float(len(np.intersect1d(mine, theirs, assume_unique=True)) / len(mine))


@dataclass(frozen=True)
class Match:
    doc_id: Hashable
    label: str
    containment: float
    spans: list[Span]  # offsets into the query text as given


class NGramIndex:
    """Inverted index of character n-grams over sample answers (see the module docstring)."""

    def __init__(self, *, n: int = NGRAM, max_df: int | None = None) -> None:
        self.n = n
        self._max_df = max_df
        self._ids: list[Hashable | None] = []
        self._labels: list[str] = []
        self._index_of: dict[Hashable, int] = {}
        self._alive = np.zeros(0, dtype=bool)
        self._keys = np.zeros(0, dtype=np.uint32)
        self._offsets = np.zeros(1, dtype=np.int32)
        self._postings = np.zeros(0, dtype=np.int32)
        self._pending: dict[int, list[int]] = {}
        self._pending_docs = 0

    def __len__(self) -> int:
        return len(self._index_of)

    def __contains__(self, doc_id: Hashable) -> bool:
        return doc_id in self._index_of

    @property
    def max_df(self) -> int:
        """Grams in more samples than this are boilerplate and ignored (1% of samples, ≥ 50)."""
        if self._max_df is not None:
            return self._max_df
        return max(50, len(self._index_of) // 100)

    def _new_doc(self, doc_id: Hashable, label: str) -> int:
        if doc_id in self._index_of:
            self.remove(doc_id)
        idx = len(self._ids)
        self._ids.append(doc_id)
        self._labels.append(label)
        self._index_of[doc_id] = idx
        if idx >= len(self._alive):
            grown = np.zeros(max(16, 2 * len(self._alive)), dtype=bool)
            grown[: len(self._alive)] = self._alive
            self._alive = grown
        self._alive[idx] = True
        return idx

    def add(self, doc_id: Hashable, text: str, label: str = "") -> None:
        """Add (or replace) one sample; cheap, merged into the arrays later."""
        idx = self._new_doc(doc_id, label)
        for h in np.unique(gram_hashes(text, self.n)).tolist():
            self._pending.setdefault(h, []).append(idx)
        self._pending_docs += 1
        if self._pending_docs >= _AUTO_COMPACT_PENDING_DOCS:
            self.compact()

    def add_many(self, items: Iterable[tuple[Hashable, str, str]]) -> None:
        """Add many (doc_id, text, label) samples and rebuild the arrays once: the fast build."""
        hashes: list[np.ndarray] = []
        docs: list[np.ndarray] = []
        batch: list[str] = []
        first = len(self._ids)

        def flush() -> None:
            grams, owners = _batch_gram_hashes(batch, first, self.n)
            hashes.append(grams)
            docs.append(owners)
            batch.clear()

        for doc_id, text, label in items:
            if not batch:
                first = len(self._ids)
            self._new_doc(doc_id, label)
            batch.append(text)
            if len(batch) == 4096:
                flush()
        if batch:
            flush()
        # Duplicate grams within a sample are dropped by the global sort in _rebuild.
        self._rebuild(extra_hashes=hashes, extra_docs=docs)

    def remove(self, doc_id: Hashable) -> None:
        idx = self._index_of.pop(doc_id, None)
        if idx is not None:
            self._alive[idx] = False
            self._ids[idx] = None

    def compact(self) -> None:
        """Merge pending additions and drop removed samples from the arrays."""
        self._rebuild(extra_hashes=[], extra_docs=[])

    def _rebuild(self, *, extra_hashes: list[np.ndarray], extra_docs: list[np.ndarray]) -> None:
        parts_h = [np.repeat(self._keys, np.diff(self._offsets))]
        parts_d = [self._postings]
        if self._pending:
            pending_h = np.fromiter(
                (h for h, ds in self._pending.items() for _ in ds), dtype=np.uint32
            )
            pending_d = np.fromiter(
                (d for ds in self._pending.values() for d in ds), dtype=np.int32
            )
            parts_h.append(pending_h)
            parts_d.append(pending_d)
        all_h = np.concatenate(parts_h + extra_hashes) if extra_hashes else np.concatenate(parts_h)
        all_d = np.concatenate(parts_d + extra_docs) if extra_docs else np.concatenate(parts_d)
        keep = self._alive[all_d] if len(all_d) else np.zeros(0, dtype=bool)
        all_h, all_d = all_h[keep], all_d[keep]
        # Sorting one 64-bit key (hash, doc) is faster than an argsort of the hashes.
        combined = (all_h.astype(np.uint64) << np.uint64(32)) | all_d.astype(np.uint64)
        del all_h, all_d
        combined.sort()
        if len(combined):
            combined = combined[np.concatenate(([True], combined[1:] != combined[:-1]))]
        sorted_h = (combined >> np.uint64(32)).astype(np.uint32)
        self._postings = (combined & np.uint64(0xFFFFFFFF)).astype(np.int32)
        del combined
        if len(sorted_h):
            starts = np.flatnonzero(np.concatenate(([True], sorted_h[1:] != sorted_h[:-1])))
            self._keys = sorted_h[starts]
            # int32 offsets halve the memory; 2**31 postings would be ~3 million samples.
            self._offsets = np.concatenate((starts, [len(sorted_h)])).astype(np.int32)
        else:
            self._keys = np.zeros(0, dtype=np.uint32)
            self._offsets = np.zeros(1, dtype=np.int32)
        self._pending = {}
        self._pending_docs = 0

    def query(
        self,
        text: str,
        *,
        exclude: Iterable[Hashable] = (),
        threshold: float = COPY_THRESHOLD,
        limit: int = 5,
    ) -> list[Match]:
        """Samples sharing at least `threshold` of the text's grams, best first, with spans."""
        normalized, starts_in_text, ends_in_text = normalize(text)
        position_hashes = _window_hashes(normalized, self.n)
        if not len(position_hashes) or not self._index_of:
            return []
        grams, inverse = np.unique(position_hashes, return_inverse=True)
        n_docs = len(self._ids)

        # Posting ranges of the query grams in the arrays.
        slot = np.searchsorted(self._keys, grams)
        slot_ok = slot < len(self._keys)
        found = np.zeros(len(grams), dtype=bool)
        found[slot_ok] = self._keys[slot[slot_ok]] == grams[slot_ok]
        starts = np.where(found, self._offsets[np.minimum(slot, len(self._keys))], 0)
        ends = np.where(found, self._offsets[np.minimum(slot + 1, len(self._keys))], 0)
        df = ends - starts
        pending_hits = [self._pending.get(h, ()) for h in grams.tolist()] if self._pending else []
        if pending_hits:
            df = df + np.fromiter((len(p) for p in pending_hits), dtype=np.int64, count=len(grams))
        common = df > self.max_df
        usable = ~common
        denominator = int(usable.sum())
        if not denominator:
            return []

        # Ragged gather of the postings of all usable grams, then hit counts per sample.
        use_arrays = found & usable
        lengths = (ends - starts)[use_arrays]
        gram_of_hit = np.repeat(np.flatnonzero(use_arrays), lengths)
        first = np.repeat(starts[use_arrays] - np.cumsum(lengths) + lengths, lengths)
        doc_of_hit = self._postings[first + np.arange(int(lengths.sum()))]
        if pending_hits:
            extra_docs = [d for g, ds in enumerate(pending_hits) if usable[g] for d in ds]
            extra_grams = [g for g, ds in enumerate(pending_hits) if usable[g] for _ in ds]
            doc_of_hit = np.concatenate((doc_of_hit, np.asarray(extra_docs, dtype=np.int32)))
            gram_of_hit = np.concatenate((gram_of_hit, np.asarray(extra_grams, dtype=np.int64)))
        counts = np.bincount(doc_of_hit, minlength=n_docs)[:n_docs]
        counts[~self._alive[:n_docs]] = 0
        for doc_id in exclude:
            idx = self._index_of.get(doc_id)
            if idx is not None:
                counts[idx] = 0
        needed = max(1, int(np.ceil(threshold * denominator)))
        candidates = np.flatnonzero(counts >= needed)
        best = candidates[np.argsort(-counts[candidates], kind="stable")][:limit]

        # Boilerplate grams do not count, but a candidate that contains them should still get
        # them highlighted, or a copied passage would show up with holes.
        common_in_arrays = np.flatnonzero(found & common).tolist()
        common_pending = [g for g in np.flatnonzero(common).tolist() if pending_hits]
        matches = []
        for idx in best.tolist():
            hit_grams = np.unique(gram_of_hit[doc_of_hit == idx]).tolist()
            for g in common_in_arrays:
                posting = self._postings[starts[g] : ends[g]]  # sorted by sample
                at = int(np.searchsorted(posting, idx))
                if at < len(posting) and posting[at] == idx:
                    hit_grams.append(g)
            hit_grams.extend(g for g in common_pending if idx in pending_hits[g])
            at_position = np.isin(inverse, hit_grams)
            matches.append(
                Match(
                    doc_id=self._ids[idx],
                    label=self._labels[idx],
                    containment=round(float(counts[idx]) / denominator, 4),
                    spans=_spans(at_position, starts_in_text, ends_in_text, self.n),
                )
            )
        return matches

    def to_bytes(self) -> bytes:
        """Serialised index (compacted), for building once and loading in each worker."""
        self.compact()
        return pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_bytes(cls, data: bytes) -> NGramIndex:
        index = pickle.loads(data)
        if not isinstance(index, cls):
            raise TypeError("not a serialised NGramIndex")
        return index


def _spans(at_position: np.ndarray, starts: np.ndarray, ends: np.ndarray, n: int) -> list[Span]:
    """Runs of matching gram positions → merged [start, end) spans in the original text."""
    covered = np.zeros(len(starts) + 1, dtype=np.int32)
    positions = np.flatnonzero(at_position)
    np.add.at(covered, positions, 1)
    np.add.at(covered, positions + n, -1)
    inside = np.cumsum(covered[:-1]) > 0
    spans: list[Span] = []
    edges = np.flatnonzero(np.diff(np.concatenate(([0], inside.astype(np.int8), [0]))))
    for run_start, run_end in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        spans.append((int(starts[run_start]), int(ends[run_end - 1])))
    return spans


def copying_findings(
    text: str,
    index: NGramIndex,
    *,
    exclude: Iterable[Hashable] = (),
    threshold: float = COPY_THRESHOLD,
) -> list[Finding]:
    findings = []
    for match in index.query(text, exclude=exclude, threshold=threshold):
        longest = max(match.spans, key=lambda s: s[1] - s[0])
        source = f"‘{match.label}’" if match.label else "예시 답변"
        findings.append(
            make_finding(
                check="copying",
                code="similar_sample",
                text=text,
                span=longest,
                category="sample",
                message=f"이 글의 {match.containment:.0%}가 {source}과(와) 겹칩니다.",
                why="채용 담당자는 합격 자소서 모음과 표절 검사를 돌립니다. 예시 답변의 문장을 "
                "그대로 쓰면 표절로 판정될 수 있습니다.",
                fix="겹치는 부분(표시된 곳)을 자신의 경험과 말로 다시 쓰세요. 구조는 참고해도 "
                "문장은 빌리지 마세요.",
                extra={
                    "doc_id": match.doc_id,
                    "label": match.label,
                    "containment": match.containment,
                    "spans": match.spans,
                },
            )
        )
    return findings
