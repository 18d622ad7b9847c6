"""Korean morphological analysis for the coaching checks, on top of kiwipiepy.

The Kiwi analyser takes about 2 s and 300 MB to load, so there is one per process, built lazily
under a lock. Kiwi's maintainer confirms that an instance built in one thread may then be used
from many (bab2min/Kiwi#145); the lock only guards construction.

Tokenising is the most expensive step of a coaching pass (~20 ms per 1,000 characters on one
core), and the editor re-analyses a draft on every autosave while the candidate changes one
paragraph at a time. Text is therefore tokenised in chunks (paragraphs, long paragraphs cut at
sentence ends) that are cached by their exact content; only changed chunks reach Kiwi, together
in one call so Kiwi spreads them over its worker threads.
"""

from __future__ import annotations

import os
import re
import threading
import warnings
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

_CHUNK_CHARS = 300
# Measured: a cached chunk holds about 13 KB of morphemes, so 4,096 chunks grew a worker by
# ~52 MB once many candidates had written; 1,024 (≈13 MB) still hold the paragraphs of the
# ~150 drafts a worker's candidates are editing at once.
_CACHE_SIZE = 1024

_kiwi: Kiwi | None = None
_kiwi_lock = threading.Lock()
_cache: OrderedDict[str, tuple[Morph, ...]] = OrderedDict()
_RECENT_SIZE = 8
_recent: OrderedDict[str, tuple[Morph, ...]] = OrderedDict()
_cache_lock = threading.Lock()


# NamedTuples rather than frozen dataclasses: a pass creates a few thousand of these, and a
# tuple is several times cheaper to build than a frozen dataclass.
class Morph(NamedTuple):
    """A morpheme (or a folded derivation such as 협력+하 → 협력하다) with offsets into the text.

    `lemma` is the dictionary form (협력하다, 이끌다, 협력적); `root` is what concept matching
    uses: derivational 하다/되다/적 stripped back to the noun (협력), verb stems without 다 (이끌).
    """

    form: str
    tag: str
    start: int
    end: int
    lemma: str
    root: str


class Concept(NamedTuple):
    """A content word normalised through the synonym table: 협업/협력하다/팀워크 → key "협업"."""

    key: str
    start: int
    end: int
    lemma: str


CONTENT_TAGS = frozenset({"NNG", "NNP", "VV", "VA", "XR", "SL"})
_NOUNISH = frozenset({"NNG", "NNP", "XR"})
# Noun suffixes that make a new concept word (전문성, 책임감, 사고력, 활성화) rather than a
# plural or honorific (들, 님), so they stay part of the root.
_COMPOUNDING_XSN = frozenset({"성", "감", "력", "화", "심"})

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"'”’)\]]*(?=\s|$)|\n")


def analyser() -> Kiwi:
    """The process-wide Kiwi instance, fully initialised before any other thread can use it."""
    global _kiwi
    if _kiwi is None:
        with _kiwi_lock:
            if _kiwi is None:
                _return_kiwi_memory_promptly()
                from kiwipiepy import Kiwi

                # No typo correction or multi-word entity dictionary: the checks match words the
                # candidate actually wrote, and skipping both cuts tokenising time by about 8%.
                # num_workers=0: no thread pool. A pool does not survive gunicorn forking its
                # workers from a master that loaded Kiwi (preload_app): batch calls waited on it
                # forever, and each worker aborted at exit destroying it.
                with warnings.catch_warnings():
                    # Kiwi warns that 0 no longer means "every core": single-threaded is the aim.
                    warnings.simplefilter("ignore", DeprecationWarning)
                    kiwi = Kiwi(num_workers=0, load_typo_dict=False, load_multi_dict=False)
                # Kiwi finishes loading its model on the first call; do it here, under the lock.
                kiwi.tokenize("")
                _kiwi = kiwi
    return _kiwi


def _return_kiwi_memory_promptly() -> None:
    """Kiwi allocates through its own copy of mimalloc, which reads these options from the
    environment when kiwipiepy's library loads. By default it keeps freed pages committed for
    a while and commits whole arenas up front, so the ~35 MB of buffers used only while the
    model loads stayed in every worker's resident memory (measured: 320 → 282 MB RSS for Kiwi
    alone, no change in tokenising time; docs/architecture.md). A value set by the operator
    wins."""
    os.environ.setdefault("MIMALLOC_PURGE_DELAY", "0")
    os.environ.setdefault("MIMALLOC_ARENA_EAGER_COMMIT", "0")


# Kiwi marks irregular conjugation as VV-I / VA-R; the checks only care about the class.
_BASE_TAGS: dict[str, str] = {}
_VERB_TAGS = frozenset({"VV", "VA", "VX"})
_LEMMA_TAGS = frozenset({"VV", "VA", "VX", "VCP", "VCN"})


# Building a NamedTuple through its class calls a Python-level __new__; tuple.__new__ makes the
# same Morph without that frame (a pass builds a few thousand: ~30% of _from_kiwi's time).
_new_tuple = tuple.__new__


def _from_kiwi(tokens: Iterable, text: str) -> tuple[Morph, ...]:
    morphs = []
    append = morphs.append
    for token in tokens:
        raw_tag = token.tag
        tag = _BASE_TAGS.get(raw_tag)
        if tag is None:
            tag = _BASE_TAGS.setdefault(raw_tag, raw_tag.split("-", 1)[0])
        start = token.start
        end = start + token.len
        form = token.form
        if tag in _LEMMA_TAGS:
            lemma = token.lemma
            root = lemma[:-1] if tag in _VERB_TAGS and lemma.endswith("다") else form
        else:
            if (tag == "NNG" or tag == "NNP") and text[start:end] != form:
                # Kiwi sometimes invents a noun from a particle after a symbol (80%를 → 르/NNG).
                continue
            lemma = root = form
        append(_new_tuple(Morph, (form, tag, start, end, lemma, root)))
    return tuple(morphs)


def chunks(text: str) -> list[tuple[int, str]]:
    """Split text into (offset, chunk) pieces for tokenising: paragraphs, long ones at sentences."""
    pieces: list[tuple[int, str]] = []
    for para_start, para_end in paragraph_spans(text):
        if para_end - para_start <= _CHUNK_CHARS:
            pieces.append((para_start, text[para_start:para_end]))
            continue
        chunk_start = para_start
        for _, sent_end in sentence_spans(text[para_start:para_end]):
            if para_start + sent_end - chunk_start >= _CHUNK_CHARS:
                pieces.append((chunk_start, text[chunk_start : para_start + sent_end]))
                chunk_start = para_start + sent_end
        if chunk_start < para_end and text[chunk_start:para_end].strip():
            pieces.append((chunk_start, text[chunk_start:para_end]))
    return pieces


def tokens(text: str) -> tuple[Morph, ...]:
    """Kiwi's morphemes for `text`, offsets into `text`, no folding.

    One coaching pass asks for the same text's morphemes from several checks, so the last few
    whole texts are kept too.
    """
    with _cache_lock:
        recent = _recent.get(text)
    if recent is not None:
        return recent
    result = _tokens(text)
    with _cache_lock:
        _recent[text] = result
        while len(_recent) > _RECENT_SIZE:
            _recent.popitem(last=False)
    return result


def _tokens(text: str) -> tuple[Morph, ...]:
    pieces = chunks(text)
    found: dict[str, tuple[Morph, ...]] = {}
    with _cache_lock:
        for _, chunk in pieces:
            cached = _cache.get(chunk)
            if cached is not None:
                _cache.move_to_end(chunk)
                found[chunk] = cached
    missing = list(dict.fromkeys(chunk for _, chunk in pieces if chunk not in found))
    if missing:
        kiwi = analyser()
        # One call per chunk: Kiwi has no thread pool for its batch form (see analyser()), and
        # on two cores the batch was slower anyway (60–88 ms against 34–66 ms for 30 sentences).
        results = [kiwi.tokenize(chunk) for chunk in missing]
        fresh = {
            chunk: _from_kiwi(result, chunk) for chunk, result in zip(missing, results, strict=True)
        }
        found.update(fresh)
        with _cache_lock:
            _cache.update(fresh)
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    out: list[Morph] = []
    for offset, chunk in pieces:
        if offset == 0:
            out.extend(found[chunk])
        else:
            out.extend(
                _new_tuple(Morph, (form, tag, start + offset, end + offset, lemma, root))
                for form, tag, start, end, lemma, root in found[chunk]
            )
    return tuple(out)


def _fold(morphs: tuple[Morph, ...], text: str) -> list[Morph]:
    """Join derivational suffixes to their root: 협력+하 → 협력하다 (root 협력), 협력+적."""
    out: list[Morph] = []
    for m in morphs:
        prev = out[-1] if out else None
        if prev is not None and prev.tag in _NOUNISH and m.start <= prev.end:
            if m.tag in ("XSV", "XSA"):
                tag = "VV" if m.tag == "XSV" else "VA"
                end = max(prev.end, m.end)
                out[-1] = Morph(
                    text[prev.start : end],
                    tag,
                    prev.start,
                    end,
                    prev.lemma + m.form + "다",
                    prev.root,
                )
                continue
            if m.tag == "XSN" and m.form == "적":
                end = max(prev.end, m.end)
                out[-1] = Morph(
                    text[prev.start : end], prev.tag, prev.start, end, prev.lemma + "적", prev.root
                )
                continue
            if m.tag == "XSN" and m.form in _COMPOUNDING_XSN:
                end = max(prev.end, m.end)
                word = prev.lemma + m.form
                out[-1] = Morph(text[prev.start : end], prev.tag, prev.start, end, word, word)
                continue
        out.append(m)
    return out


def analyze(text: str) -> list[Morph]:
    """Morphemes of `text` with derivations folded (협력하여 → one Morph, lemma 협력하다)."""
    return _fold(tokens(text), text)


def content_lemmas(text: str) -> list[Morph]:
    """Nouns, verb/adjective stems, XR roots and Latin words; particles and endings dropped."""
    return [m for m in analyze(text) if m.tag in CONTENT_TAGS]


def synonym_map(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map each term to its group's canonical word from (term, canonical) pairs.

    The canonical word maps to itself, so a group can be extended with more pairs later (admins
    add rows in the database; the Django provider passes them in here).
    """
    mapping: dict[str, str] = {}
    for term, canonical in pairs:
        term = term.strip()
        canonical = canonical.strip()
        if term and canonical:
            mapping[term] = canonical
            mapping.setdefault(canonical, canonical)
    return mapping


def _prefixes(synonyms: Mapping[str, str]) -> frozenset[str]:
    return frozenset(key[:i] for key in synonyms for i in range(2, len(key) + 1))


_prefix_cache: dict[int, tuple[Mapping[str, str], frozenset[str]]] = {}


def concepts_of(morphs: list[Morph], *, synonyms: Mapping[str, str]) -> list[Concept]:
    """Content morphs as concepts; adjacent roots are joined when the join is a synonym entry.

    Kiwi splits some loanwords and compounds the synonym table lists whole (팀워크 → 팀+워크).
    """
    cached = _prefix_cache.get(id(synonyms))
    if cached is None or cached[0] is not synonyms:
        cached = (synonyms, _prefixes(synonyms))
        _prefix_cache.clear()  # one table is in use at a time; keep the cache from growing
        _prefix_cache[id(synonyms)] = cached
    prefixes = cached[1]
    content = [m for m in morphs if m.tag in CONTENT_TAGS]
    out: list[Concept] = []
    i = 0
    n = len(content)
    while i < n:
        m = content[i]
        width = 1
        joined = m.root
        if i + 1 < n and content[i + 1].start - m.end <= 1:
            two = m.root + content[i + 1].root
            if two in prefixes:
                if two in synonyms:
                    width, joined = 2, two
                if i + 2 < n and content[i + 2].start - content[i + 1].end <= 1:
                    three = two + content[i + 2].root
                    if three in synonyms:
                        width, joined = 3, three
        if width == 1:
            out.append(_new_tuple(Concept, (synonyms.get(m.root, m.root), m.start, m.end, m.lemma)))
        else:
            end = content[i + width - 1].end
            out.append(Concept(synonyms[joined], m.start, end, joined))
        i += width
    return out


def concepts(text: str, *, synonyms: Mapping[str, str] | None = None) -> list[Concept]:
    """Concepts of `text`; `synonyms` defaults to the active lexicon's table."""
    if synonyms is None:
        from prep.coach.lexicon import get_lexicon

        synonyms = get_lexicon().synonyms
    return concepts_of(analyze(text), synonyms=synonyms)


def concept_keys(phrase: str, *, synonyms: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The concept keys of a short phrase (a value name, a keyword), in order."""
    return tuple(c.key for c in concepts(phrase, synonyms=synonyms))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Non-blank lines, as (start, end) with surrounding whitespace trimmed."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        line = match.group()
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences as (start, end), trimmed; a line break always ends a sentence."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=64)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    # Several checks split the same draft in one pass; the cache makes that one split.
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        _add_trimmed(spans, text, start, match.end())
        start = match.end()
    _add_trimmed(spans, text, start, len(text))
    return tuple(spans)


def _add_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
