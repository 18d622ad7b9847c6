"""Clichés matched on morphemes, so every inflection and spacing of a listed phrase is found.

A cliché `term` of two or more content words (책임감이 강한 사람, 최선을 다하다) is analysed once
into pieces: content morphemes, which the text must repeat by root and word class, and the
particles and endings between them, which may differ in the text or be left out. So the one
row "최선을 다하다" finds 최선을 다했습니다, 최선을 다하겠다는, 최선을다하는 자세 and "책임감이
강한 사람" finds 책임감 강했던 사람, but 최선의 경로 (no 다하다) stays silent.

A term may list alternatives in brackets, "책임감이 [강한|투철한] [사람|인재]"; an empty
alternative makes a word optional. Endings after the last content word are dropped (any
inflection matches); a particle there is kept, because it is part of the phrase (화목한 가정에서).
An adnominal, nominal or connective ending between two content words must come back in the same
class (강한 사람 needs an adnominal: 강하고 사람들과 is not the phrase). Where the phrase has a
space the text may add one adverb (책임감이 매우 강한), but not one that denies it (최선을 못
다했다), and a verb followed by 지 않다/못하다 is denied, not claimed (최선을 다하지 못했습니다).

The text is analysed once per coaching pass (the caller passes its morphemes); matching is a
dictionary lookup per morpheme on the first piece's key. The phrases are analysed once per
lexicon, all in one Kiwi call (about 30 ms for the shipped list).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from prep.coach.lexicon import LexEntry, Lexicon
from prep.coach.morph import Morph, analyze

_NOUN = frozenset({"NNG", "NNP", "NNB", "NP", "NR", "XR", "SL", "SH", "SN"})
_VERB = frozenset({"VV", "VA", "VX", "XSV", "XSA"})
_MOD = frozenset({"MAG", "MAJ", "MM"})
# Endings whose class must be kept between two content words of a phrase.
_KEPT_ENDINGS = frozenset({"ETM", "ETN", "EC"})
# At most this many particles and endings between two content words (을, 었, 던, 이, 었 …).
_MAX_GLUE = 5
_ALTERNATIVES = re.compile(r"\[([^\]]*)\]")
_WORD_END = re.compile(r"[^\s.,!?·…\"'“”‘’()\[\]]*")


def word_class(tag: str) -> str | None:
    """N, V or M for a content morpheme, X for an affix (융합+형); None for punctuation."""
    if tag in _NOUN:
        return "N"
    if tag in _VERB:
        return "V"
    if tag in _MOD:
        return "M"
    return None if tag[0] == "S" else "X"


_CLASS_OF_TAG: dict[str, str | None] = {}
_UNSEEN = object()


def key_of(m: Morph, cls: str) -> str:
    """What a piece compares: a noun's lemma (사전적 is not 사전); a verb's root without 하,
    because Kiwi gives 소중한 as 소중하/VA in one sentence, 소중+하 (folded: 소중) in the next."""
    if cls == "N":
        return m.lemma
    root = m.root
    if cls == "V" and len(root) > 1 and root.endswith("하"):
        return root[:-1]
    return root


def _is_function(m: Morph) -> bool:
    """Particles, endings, the copula (밑거름이었던) and plural 들: no piece of a phrase."""
    tag = m.tag
    return tag[0] in "JE" or tag == "VCP" or (tag == "XSN" and m.form == "들")


def _is_glue(m: Morph) -> bool:
    """What may stand between two content words in the text: any function morpheme except a
    sentence end (강합니다. 사람들은 … is not 강한 사람)."""
    return m.tag != "EF" and _is_function(m)


class Piece(NamedTuple):
    root: str
    cls: str
    # Ending classes (ETM/ETN/EC) the gap before this piece must contain in the text.
    needs: frozenset[str]
    # The phrase has a space before this piece, so the text may put an adverb there
    # (책임감이 매우 강한 사람), but not inside one word (다+하 of 다하다).
    spaced: bool = False


class LemmaPattern(NamedTuple):
    pieces: tuple[Piece, ...]
    # A particle the phrase ends with (화목한 가정에서 → 에서), or "" when any ending may follow.
    final_particle: str
    negates: bool
    entry: LexEntry


def expand(term: str) -> list[str]:
    """Every phrase a term with [a|b] alternatives stands for, spaces normalised."""
    parts = _ALTERNATIVES.split(term)
    # split with one group: even indices are literal text, odd ones the bracket contents.
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    return [" ".join("".join(combo).split()) for combo in itertools.product(*choices)]


def compile_phrase(
    phrase: str, entry: LexEntry, morphs: Sequence[Morph] | None = None
) -> LemmaPattern | None:
    """The pieces of one phrase, or None when it has fewer than two content words.

    `morphs` are the phrase's morphemes with offsets into `phrase` (analysed here if absent).
    """
    morphs = analyze(phrase) if morphs is None else morphs
    pieces: list[Piece] = []
    needs: set[str] = set()
    trailing_particle = ""
    for m in morphs:
        cls = word_class(m.tag)
        if cls is None or _is_function(m):
            if pieces and m.tag in _KEPT_ENDINGS:
                needs.add(m.tag)
            trailing_particle = m.form if m.tag.startswith("J") else ""
            continue
        spaced = bool(pieces) and m.start > 0 and phrase[m.start - 1] == " "
        pieces.append(
            Piece(key_of(m, cls), cls, frozenset(needs) if pieces else frozenset(), spaced)
        )
        needs = set()
        trailing_particle = ""
    pieces = _join_ha(pieces)
    if sum(piece.cls != "X" for piece in pieces) < 2:
        return None
    negates = pieces[-1].root in ("않", "못")
    return LemmaPattern(tuple(pieces), trailing_particle, negates, entry)


def _join_ha(pieces: list[Piece]) -> list[Piece]:
    """다+하 (of 다하다), 꼼꼼+하 as one verb piece keyed 다, 꼼꼼: the text splits or joins it."""
    out: list[Piece] = []
    for piece in pieces:
        if piece.cls == "V" and piece.root == "하" and out and not piece.spaced:
            prev = out[-1]
            if prev.cls in ("M", "N"):
                out[-1] = Piece(prev.root, "V", prev.needs, prev.spaced)
                continue
        out.append(piece)
    return out


def compile_entries(entries: Iterable[LexEntry]) -> dict[str, tuple[LemmaPattern, ...]]:
    """Lemma patterns of the term entries, keyed by their first piece's root."""
    phrases = [(phrase, entry) for entry in entries if entry.term for phrase in expand(entry.term)]
    index: dict[str, list[LemmaPattern]] = {}
    seen: set[tuple] = set()
    analysed = _analyse_all([phrase for phrase, _ in phrases])
    for (phrase, entry), morphs in zip(phrases, analysed, strict=True):
        pattern = compile_phrase(phrase, entry, morphs)
        if pattern is None:
            continue
        key = (pattern.pieces, pattern.final_particle)
        if key in seen:
            continue
        seen.add(key)
        index.setdefault(pattern.pieces[0].root, []).append(pattern)
    return {root: tuple(patterns) for root, patterns in index.items()}


def _analyse_all(phrases: list[str]) -> list[list[Morph]]:
    """Each phrase's morphemes, from one analysis of all of them written as sentences, so the
    list costs Kiwi's cache a few chunks rather than one per phrase."""
    starts = []
    pos = 0
    for phrase in phrases:
        starts.append(pos)
        pos += len(phrase) + 2
    morphs = analyze("".join(f"{phrase}. " for phrase in phrases))
    out: list[list[Morph]] = [[] for _ in phrases]
    k = 0
    for m in morphs:
        while k + 1 < len(starts) and m.start >= starts[k + 1]:
            k += 1
        start = starts[k]
        if m.end <= start + len(phrases[k]):
            out[k].append(m._replace(start=m.start - start, end=m.end - start))
    return out


def lemma_index(lexicon: Lexicon) -> dict[str, tuple[LemmaPattern, ...]]:
    """The cliché list's lemma patterns, built once per lexicon."""
    return lexicon.cached(("cliche_lemmas",), lambda: compile_entries(lexicon.entries("cliches")))


def _same(piece: Piece, m: Morph) -> bool:
    cls = word_class(m.tag)
    if cls is None:
        return False
    if cls == piece.cls:
        return key_of(m, cls) == piece.root
    # A noun written as its 하다/되다 verb or the other way (일익을 담당 → 담당하겠습니다).
    if piece.cls == "N" and cls == "V":
        return m.root == piece.root and m.lemma != m.root + "다"
    return piece.cls == "V" and cls == "N" and m.lemma == piece.root


def _match_at(morphs: Sequence[Morph], i: int, pattern: LemmaPattern) -> int | None:
    """Index of the last morpheme of a match starting at morphs[i], or None."""
    n = len(morphs)
    j = i
    for k, piece in enumerate(pattern.pieces):
        if k:
            gap_tags: set[str] = set()
            j += 1
            glue = 0
            while j < n and _is_glue(morphs[j]) and glue < _MAX_GLUE:
                gap_tags.add(morphs[j].tag)
                j += 1
                glue += 1
            if j >= n or not piece.needs <= gap_tags:
                return None
            if piece.spaced and _is_adverb(morphs[j]) and not _fits(piece, morphs, j):
                j += 1
        if j >= n or not _fits(piece, morphs, j):
            return None
        if not _same(piece, morphs[j]):
            j += 1  # 다 + 했다: the piece took two morphemes
    last = j
    if pattern.final_particle:
        if last + 1 < n and morphs[last + 1].tag.startswith("J"):
            if morphs[last + 1].form != pattern.final_particle:
                return None
            return last + 1
        return None
    if not pattern.negates and pattern.pieces[-1].cls == "V" and _negated(morphs, last):
        return None
    return last


# Adverbs that deny or weaken the phrase rather than colour it (최선을 못 다했다).
_DENYING_ADVERBS = frozenset({"안", "못", "덜", "잘못", "전혀", "별로"})


def _fits(piece: Piece, morphs: Sequence[Morph], j: int) -> bool:
    """morphs[j] is the piece, or with morphs[j + 1] it is (다 했다, 꼼꼼 하게 for 다하, 꼼꼼하)."""
    return _same(piece, morphs[j]) or (piece.cls == "V" and _split_ha(piece, morphs, j))


def _split_ha(piece: Piece, morphs: Sequence[Morph], j: int) -> bool:
    m = morphs[j]
    if m.form != piece.root or word_class(m.tag) not in ("M", "N") or j + 1 >= len(morphs):
        return False
    nxt = morphs[j + 1]
    return nxt.root == "하" and word_class(nxt.tag) == "V"


def _is_adverb(m: Morph) -> bool:
    return m.tag == "MAG" and m.form not in _DENYING_ADVERBS


def _negated(morphs: Sequence[Morph], last: int) -> bool:
    """최선을 다하지 못했습니다 / 다하지는 않았다: the phrase denied, not claimed."""
    nxt = morphs[last + 1 : last + 4]
    if not nxt or nxt[0].tag != "EC" or nxt[0].form != "지":
        return False
    rest = nxt[2:] if len(nxt) > 1 and nxt[1].tag.startswith("J") else nxt[1:]
    return bool(rest) and rest[0].root in ("않", "못")


def lemma_matches(
    text: str, morphs: Sequence[Morph], lexicon: Lexicon
) -> list[tuple[int, int, LexEntry]]:
    """(start, end, entry) of every lemma-pattern cliché; a final verb runs to its word's end."""
    index = lemma_index(lexicon)
    if not index:
        return []
    found = []
    # Every morpheme of the draft is looked up here: its class comes from a per-tag table and a
    # noun's key (its lemma) is read in place, instead of two calls per morpheme.
    classes = _CLASS_OF_TAG
    for i, m in enumerate(morphs):
        cls = classes.get(m.tag, _UNSEEN)
        if cls is _UNSEEN:
            cls = classes.setdefault(m.tag, word_class(m.tag))
        if cls is None:
            continue
        patterns = index.get(m.lemma if cls == "N" else key_of(m, cls))
        if not patterns:
            continue
        for pattern in patterns:
            last = _match_at(morphs, i, pattern)
            if last is None:
                continue
            end = morphs[last].end
            if word_class(morphs[last].tag) == "V":
                # The whole inflected verb: 최선을 다했습니다, not 최선을 다.
                end = _WORD_END.match(text, end).end()
            found.append((m.start, end, pattern.entry))
    return found
