"""Company fit: which of the company's core values, 인재상, businesses and recent initiatives a
draft touches, found by concept matching (협업·협력하다·팀워크 are one concept).

A term is touched when the draft uses
  * one of its strong probes: a value word of a value/trait name (소통과 협력 → 소통, 협력) or a
    concept the name stands for (국민과 함께 → 국민중심, 동행; see fit_concepts), matched through
    synonyms and paraphrases (data/value_phrases.json); the whole name of a business or
    initiative; or any admin keyword; or
  * enough of its weak probes: distinctive words of its description (2 for values and traits,
    3 for the longer business and initiative descriptions), or for values and traits two
    different related words of its concepts (fit_related). Those must stand near each other,
    one of them an act, not only the people or records of a scene (fit_concepts.near_together).
    For values and traits one description concept stated as a paraphrase of three words or
    more (금품을 정중히 거절했다 for 공직윤리) is enough on its own.
    Words shared by several descriptions of the same kind, and generic words (기관, 서비스,
    제공, 인재…), are not probes at all; ordinary name words (생각, 마음, 국민, 전문가) are
    only related words.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from prep.coach import morph
from prep.coach.findings import Finding, Span, make_finding, merge_spans
from prep.coach.fit_concepts import (
    PASSING,
    PASSING_LEMMAS,
    cue_concepts,
    decompose,
    near_together,
    sentence_starts,
)
from prep.coach.fit_deeds import deed_concepts, without_lookalikes
from prep.coach.fit_related import ENTITIES, RELATED
from prep.coach.fit_senses import value_concepts
from prep.coach.fit_shapes import act_adverbs, belief_stated, not_ordered, shape_concepts
from prep.coach.lexicon import get_lexicon
from prep.coach.morph import Concept, concepts

KINDS: tuple[str, ...] = ("value", "trait", "segment", "initiative")
KIND_LABELS = {"value": "핵심가치", "trait": "인재상", "segment": "사업", "initiative": "최근 이슈"}
_WEAK_NEEDED = {"value": 2, "trait": 2, "segment": 3, "initiative": 3}

# Words that appear in almost every Korean value statement and so say nothing about fit.
GENERIC_WORDS = frozenset(
    {
        "지향",
        "선도",
        "융합",
        "가치",
        "인재",
        "역량",
        "기관",
        "서비스",
        "제공",
        "능력",
        "수준",
        "최고",
        "확보",
        "창출",
        "기여",
        "실현",
        "조성",
        "제고",
        "추구",
        "중심",
        "기반",
        "바탕",
        "겸비",
        "새롭",
        "다양",
        "분야",
        "구성원",
        "사회",
        "미래",
        "자기",
        "위하",
        "통하",
        "갖추",
        "있",
        "하",
        "되",
        "끊임없",
        "이미지",
        "환경",
        "운영",
        "등",
        "및",
        "따뜻",
        "따뜻하",
        "능동",
        "받",
        "모두",
        "지원",
        "효율",
        "일",
        "사람",
        # Predicates every sentence has (억울한 사람이 없도록, 말로 답합니다): a description's
        # grammar, not its meaning.
        *("없", "않", "같", "보", "주", "오", "가", "나", "들", "알", "말", "쓰", "많", "좋"),
    }
)


@dataclass(frozen=True)
class Term:
    """A value, trait, business segment or initiative of a company, as plain catalogue data."""

    id: str
    name: str
    description: str = ""
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class CompanyProfile:
    name: str
    aliases: tuple[str, ...] = ()
    values: tuple[Term, ...] = ()
    traits: tuple[Term, ...] = ()
    segments: tuple[Term, ...] = ()
    initiatives: tuple[Term, ...] = ()
    id: Hashable | None = None

    def terms(self) -> list[tuple[str, Term]]:
        return [
            *(("value", t) for t in self.values),
            *(("trait", t) for t in self.traits),
            *(("segment", t) for t in self.segments),
            *(("initiative", t) for t in self.initiatives),
        ]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class TermMatch:
    kind: str
    term: Term
    spans: tuple[Span, ...]
    matched: tuple[str, ...]  # the concept keys found

    @property
    def touched(self) -> bool:
        return bool(self.spans)

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True)
class FitReport:
    matches: tuple[TermMatch, ...]

    def touched(self, kinds: Iterable[str] = KINDS) -> list[TermMatch]:
        wanted = set(kinds)
        return [m for m in self.matches if m.kind in wanted and m.touched]

    def untouched(self, kinds: Iterable[str] = KINDS) -> list[TermMatch]:
        wanted = set(kinds)
        return [m for m in self.matches if m.kind in wanted and not m.touched]


@dataclass(frozen=True)
class _Probe:
    kind: str
    term: Term
    strong: tuple[tuple[str, ...], ...]  # concept-key sequences, each enough on its own
    weak: frozenset[str]
    # Related words of the value's concepts (fit_related) and the parts of a compound name
    # (국민지향 → 국민): two different ones, or one with a weak probe, touch the value.
    related: frozenset[str] = frozenset()


def _keys(phrase: str, synonyms: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(c.key for c in concepts(phrase, synonyms=synonyms))


def _build_probes(profile: CompanyProfile, synonyms: Mapping[str, str]) -> list[_Probe]:
    terms = profile.terms()
    described = {
        (kind, term.id): {k for k in _keys(term.description, synonyms) if k not in GENERIC_WORDS}
        for kind, term in terms
    }
    decomposed = {
        (kind, term.id): decompose(term.name, synonyms, GENERIC_WORDS)
        for kind, term in terms
        if kind in ("value", "trait")
    }
    named = {key for strong, _, _ in decomposed.values() for key in strong}
    own_field = {key for name in profile.names for key in _keys(name, synonyms) if len(key) > 1}
    probes = []
    for kind, term in terms:
        name_keys = _keys(term.name, synonyms)
        strong: list[tuple[str, ...]] = [
            k for k in (_keys(w, synonyms) for w in term.keywords) if k
        ]
        name_related: set[str] = set()
        if kind in ("value", "trait"):
            name_strong, name_related, own = decomposed[(kind, term.id)]
            strong.extend((k,) for k in name_strong)
            if not own and name_keys and (len(name_keys) > 1 or not strong):
                # A name made only of generic words (융합, 미래지향, 가치창출) is touched by
                # the name itself, in its order; otherwise it could never be touched. (One
                # ordinary word, 국민과 함께 → 국민, is not the name: its concepts stand for it.)
                strong.append(name_keys)
        elif name_keys:
            strong.append(name_keys)
        shared = set()
        for (other_kind, other_id), words in described.items():
            if other_kind == kind and other_id != term.id:
                shared |= words
        weak = described[(kind, term.id)] - shared
        if kind in ("value", "trait"):
            # 사회보장 of 한국사회보장정보원: the company's own field, in every draft for it.
            weak -= own_field
        else:
            weak |= {k for k in name_keys if k not in GENERIC_WORDS and len(k) > 1}
        weak -= {key for seq in strong if len(seq) == 1 for key in seq}
        related: set[str] = set(name_related)
        if kind in ("value", "trait"):
            for seq in strong:
                if len(seq) == 1:
                    related |= RELATED.get(seq[0], frozenset())
            related |= _name_parts(term.name, synonyms) - (PASSING - ENTITIES)
            # The description's own concepts (국민지향: 배려, 공직윤리, 책임감) bring their
            # related words too, unless another value or trait is named after that concept.
            for key in described[(kind, term.id)] - named:
                related |= RELATED.get(key, frozenset())
            related -= {key for seq in strong if len(seq) == 1 for key in seq}
        probes.append(
            _Probe(kind, term, tuple(dict.fromkeys(strong)), frozenset(weak), frozenset(related))
        )
    return probes


def _name_parts(name: str, synonyms: Mapping[str, str]) -> set[str]:
    """Concepts of the parts of a compound name that the synonym table folds whole (국민지향 →
    국민중심): 국민 (→ 고객) and 지향; generic parts are left out."""
    parts = set()
    for token in morph.tokens(name):
        if token.tag in ("NNG", "NNP") and len(token.form) > 1:
            for key in _keys(token.form, synonyms):
                if key not in GENERIC_WORDS and len(key) > 1:
                    parts.add(key)
    whole = set(_keys(name, synonyms))
    return parts - whole if len(parts) > 1 else set()


def _probes(profile: CompanyProfile, synonyms: Mapping[str, str] | None) -> list[_Probe]:
    if synonyms is not None:
        return _build_probes(profile, synonyms)
    lexicon = get_lexicon()
    return lexicon.cached(("fit_probes", profile), lambda: _build_probes(profile, lexicon.synonyms))


def _find_sequence(
    found: list[Concept], positions: dict[str, list[int]], seq: tuple[str, ...]
) -> list[Span]:
    """Spans where the concepts `seq` follow each other (a multi-word name or keyword)."""
    spans = []
    n = len(seq)
    for i in positions.get(seq[0], ()):
        if i + n <= len(found) and all(found[i + j].key == seq[j] for j in range(1, n)):
            spans.append((found[i].start, found[i + n - 1].end))
    return spans


def match_profile(
    text: str,
    profile: CompanyProfile,
    *,
    synonyms: Mapping[str, str] | None = None,
    found: list[Concept] | None = None,
) -> FitReport:
    """Which terms of `profile` the text touches, with the spans that touch them."""
    if found is None:
        found = concepts(text, synonyms=synonyms)
    found = not_ordered(text, belief_stated(text, value_concepts(text, found, get_lexicon())))
    found = without_lookalikes(text, found)
    joint = [*shape_concepts(text), *deed_concepts(text)]
    if joint:
        found = sorted([*found, *joint], key=lambda c: c.start)
    by_key: dict[str, list[Span]] = {}
    positions: dict[str, list[int]] = {}
    strong_key: dict[str, list[Span]] = {}
    for i, concept in enumerate(found):
        by_key.setdefault(concept.key, []).append((concept.start, concept.end))
        positions.setdefault(concept.key, []).append(i)
        if concept.lemma not in PASSING_LEMMAS:
            strong_key.setdefault(concept.key, []).append((concept.start, concept.end))
    # Paraphrases of three words or more (금품을 정중히 거절했다, 상품권을 받지 않았다): an act
    # stated whole. Two words (원칙을 지켜, 규정을 지키) may as well be another value's.
    stated: dict[str, list[Span]] = {}
    for concept in found:
        if concept.lemma.count(" ") >= 2 and concept.lemma == text[concept.start : concept.end]:
            stated.setdefault(concept.key, []).append((concept.start, concept.end))
    for cue in (*cue_concepts(text), *act_adverbs(text)):
        by_key.setdefault(cue.key, []).append((cue.start, cue.end))
    matches = []
    starts: tuple[list[int], list[int]] | None = None
    for probe in _probes(profile, synonyms):
        spans: list[Span] = []
        matched: list[str] = []
        for seq in probe.strong:
            hits = (
                strong_key.get(seq[0], [])
                if len(seq) == 1
                else _find_sequence(found, positions, seq)
            )
            if hits:
                spans.extend(hits)
                matched.append(" ".join(seq))
        weak_hits = [key for key in sorted(probe.weak) if key in by_key]
        related_hits = [key for key in sorted(probe.related) if key in by_key]
        # 전문가 for 전문성: a person named, not the quality shown; it counts as a related word.
        related_hits += [
            seq[0] for seq in probe.strong if len(seq) == 1 and seq[0] in by_key and not spans
        ]
        pool = set(weak_hits) | set(related_hits)
        if spans:
            for key in weak_hits:
                spans.extend(by_key[key])
                matched.append(key)
        elif probe.kind in ("value", "trait") and any(key in stated for key in weak_hits):
            # A trait described by qualities (배려와 공직윤리를 겸비한): one of them shown by a
            # stated act touches it.
            for key in weak_hits:
                if key in stated:
                    spans.extend(stated[key])
                    matched.append(key)
        elif probe.kind in ("value", "trait") and len(pool) >= 2:
            # Related and description words describe a value only together: near each other,
            # at least one an act (fit_concepts.near_together).
            if related_hits or len(weak_hits) >= _WEAK_NEEDED[probe.kind]:
                if starts is None:
                    starts = sentence_starts(text)
                close = near_together(pool, by_key, starts)
                spans.extend(close)
                matched.extend(k for k in sorted(pool) if any(s in close for s in by_key[k]))
        elif len(weak_hits) >= _WEAK_NEEDED[probe.kind]:
            for key in weak_hits:
                spans.extend(by_key[key])
                matched.append(key)
        matches.append(TermMatch(probe.kind, probe.term, tuple(merge_spans(spans)), tuple(matched)))
    return FitReport(tuple(matches))


def untouched_across(
    drafts_texts: Iterable[str],
    profile: CompanyProfile,
    *,
    kinds: Sequence[str] = ("value", "trait"),
    synonyms: Mapping[str, str] | None = None,
) -> list[tuple[str, Term]]:
    """Values and traits that none of a candidate's drafts for this company touches."""
    remaining = {(kind, term.id): (kind, term) for kind, term in profile.terms() if kind in kinds}
    for text in drafts_texts:
        if not remaining:
            break
        for match in match_profile(text, profile, synonyms=synonyms).touched(kinds):
            remaining.pop((match.kind, match.term.id), None)
    return list(remaining.values())


def fit_findings(report: FitReport, profile: CompanyProfile) -> list[Finding]:
    """Advice when the draft touches none of the company's values or 인재상."""
    if not (profile.values or profile.traits) or report.touched(("value", "trait")):
        return []
    examples = ", ".join(f"‘{t.name}’" for t in (*profile.values, *profile.traits)[:4])
    return [
        make_finding(
            check="fit",
            code="no_value_touched",
            text="",
            span=None,
            category="value",
            message=f"{profile.name}의 핵심가치·인재상과 이어지는 말이 없습니다.",
            why="자기소개서는 경험이 회사가 바라는 모습과 맞닿아 있음을 보여야 합니다. 가치와 "
            "연결되지 않은 경험은 다른 회사에 낸 글처럼 읽힙니다.",
            fix=f"경험에서 드러난 역량을 {examples} 가운데 하나와 이어 한 문장으로 맺으세요.",
        )
    ]
