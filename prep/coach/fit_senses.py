"""Which sense a value word is used in, for the fit check: 공정 the value or a step of making,
혁신 the value or part of a place name (혁신도시), 행복 the value or a feeling told (행복했다고),
신기술 the value or the name of a machine (신기술 분류 장비); and the listed paraphrases that
express a value without its word (머리를 맞대고 → 협업).
"""

from __future__ import annotations

import re

from prep.coach import morph
from prep.coach.findings import Span
from prep.coach.lexicon import LexEntry, Lexicon, compiled_patterns
from prep.coach.morph import Concept
from prep.coach.regex_gate import could_match, required_literals
from prep.coach.regex_gate import probe as text_probe_of

# Heads that keep a value noun a value when glued to it: 소통능력, 안전의식, 혁신방안.
_VALUE_HEADS = frozenset(
    {
        *("능력", "역량", "의식", "문화", "정신", "방안", "강화", "활동", "노력", "의지", "태도"),
        *("자세", "가치", "중심", "지향", "경영", "체계", "제도", "마인드", "리더십"),
    }
)


# Nouns after a value word that make it a technical or trade term, not a value.
_THING_HEADS = (
    *("시험", "검사", "실험", "설비", "장비", "부품", "라인", "공장", "업체", "업계", "도시"),
    *("주택", "복권", "단지", "제품", "소재", "공법", "계측", "측정"),
    # going along on a job (동행 취재, 동행 출장): the literal sense, not the value
    *("취재", "출장", "순찰"),
)


# What fairness is said of (채용 공정, 심사 공정): before these, 공정 is still the value.
_FAIRNESS_OWNERS = frozenset(
    {"채용", "심사", "평가", "절차", "기회", "사회", "경쟁", "선발", "인사", "결과", "과정"}
)


def _process_step(text: str, concept: Concept, token_at: dict, tokens: tuple) -> bool:
    """True when 공정 is a step of making or building (배관 공정, 골조 공정을): the bare noun
    right after another noun, not 공정하다 or 공정성, and not after what fairness is said of."""
    word = token_at.get(concept.start)
    if word is None or word.form != "공정" or word.tag != "NNG":
        return False
    after = text[concept.start + 2 : concept.start + 3]
    if after in ("하", "한", "히", "성", "과"):
        return False
    index = tokens.index(word)
    if index == 0:
        return False
    before = tokens[index - 1]
    return (
        before.tag == "NNG"
        and concept.start - before.end <= 1
        and before.form not in _FAIRNESS_OWNERS
    )


def _homonym_spans(text: str, lexicon: Lexicon) -> dict[str, list[Span]]:
    """Where a listed non-value use (반도체 공정, 혁신도시) occurs, by the concept it looks like."""
    spans: dict[str, list[Span]] = {}
    for entry in lexicon.entries("fit_homonyms"):
        if not entry.term:
            continue
        start = text.find(entry.term)
        while start != -1:
            spans.setdefault(entry.category, []).append((start, start + len(entry.term)))
            start = text.find(entry.term, start + 1)
    # Patterns name the company a word keeps (식각 공정, 공정 조건표, 보호자가 동행): the kind
    # of word around it, not one listed phrase.
    for pattern, entry in compiled_patterns(lexicon, ("fit_homonyms",)):
        for match in pattern.finditer(text):
            spans.setdefault(entry.category, []).append(match.span())
    return spans


def value_concepts(text: str, found: list[Concept], lexicon: Lexicon) -> list[Concept]:
    """Concepts as the fit check reads them: homonyms and name parts out, paraphrases in.

    A value word used in another sense (반도체 공정, 혁신도시, 협력 업체, 책임자) is dropped; a
    paraphrase listed in "value_phrases" (머리를 맞대고 → 협업, 같은 기준으로 → 공정) is added
    as the concept it expresses.
    """
    homonyms = _homonym_spans(text, lexicon)
    tokens = morph.tokens(text)
    token_at = {t.start: t for t in tokens}
    kept = []
    for concept in found:
        if any(s < concept.end and concept.start < e for s, e in homonyms.get(concept.key, ())):
            continue
        if concept.key == "공정" and _process_step(text, concept, token_at, tokens):
            continue
        # 신뢰성 시험실, 공정 설비, 협력 업체: a value word naming a thing's property or a
        # trade partner, told by the noun right after it (glued or one space apart).
        spaced = (
            token_at.get(concept.end + 1) if text[concept.end : concept.end + 1] == " " else None
        )
        head = token_at.get(concept.end) or spaced
        if head is not None and head.tag == "NNG" and head.form.startswith(_THING_HEADS):
            continue
        glued = token_at.get(concept.end)
        if (
            glued is not None
            and (glued.tag in ("NNG", "NNP") or (glued.tag == "XSN" and glued.form == "자"))
            and glued.form not in _VALUE_HEADS
        ):
            continue  # part of a longer name: 혁신도시, 행복주택, 책임자
        kept.append(concept)
    text_probe = text_probe_of(text)
    for pattern, entry, literals in _loose_phrases(lexicon):
        if not could_match(literals, text_probe):
            continue
        for match in pattern.finditer(text):
            kept.append(Concept(entry.category, match.start(), match.end(), match.group()))
    return sorted(kept, key=lambda c: c.start)


# An object and its verb with an adverb between them are the same paraphrase: 역할을 (다시)
# 나누고, 절충안이 (생각보다 쉽게) 나온다. Each listed phrase also matches with one or two short
# words after its particle.
_AFTER_PARTICLE = re.compile(r"((?:을|를|이|가|\[을를\]|\(\?:을\|를\)|\(\?:이\|가\)))\\s\?")


_Gated = tuple[re.Pattern[str], LexEntry, frozenset[str] | None]


def _loose_phrases(lexicon: Lexicon) -> tuple[_Gated, ...]:
    """The loosened phrases, each with the literals it needs (`regex_gate`, of the loose form)."""

    def build() -> tuple[_Gated, ...]:
        out = []
        for pattern, entry in compiled_patterns(lexicon, ("value_phrases",)):
            loose = _AFTER_PARTICLE.sub(r"\1\\s?(?:[가-힣]{1,5}\\s){0,2}", pattern.pattern)
            try:
                compiled = re.compile(loose, re.IGNORECASE)
            except re.error:
                compiled = pattern
            out.append((compiled, entry, required_literals(compiled.pattern)))
        return tuple(out)

    return lexicon.cached(("loose_value_phrases",), build)
