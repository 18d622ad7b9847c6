"""A value's name read as concepts, not as words: 국민과 함께 is 국민 중심 and 동행.

Value names are built from a small public-sector vocabulary (공공성, 청렴, 소통, 전문성, 고객 중심,
안전, 혁신, 협력, 책임, 도전, 지속가능성, 공정, 신뢰, 배려…), often with ordinary words around
it (먼저 생각하는, 열린 마음, 함께 성장). Matching the words themselves fails both ways:

  * an ordinary word of a name (생각, 마음, 성장, 가능, 국민) occurs in any draft, so on its own
    it must not touch the value;
  * a name made only of such words (국민과 함께) then has nothing left to match, unless it is
    read as the concepts it stands for.

`decompose` splits a name into the concept keys a draft must use on their own (strong), the
ordinary name words and the concepts' related words (see fit_related: two different ones touch
the value), and the concepts the name evokes. An evoked concept is matched through the synonym
groups (data/synonyms.json) and the paraphrases (data/value_phrases.json, category = concept),
so 민원인 입장에서 touches 국민과 함께 as a 국민중심 phrase.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping

from prep.coach import morph
from prep.coach.fit_related import ENTITIES, RELATED

# Name words that, used alone in a draft, say nothing about the value: the people served (국민,
# 고객 and their synonym group), a person (공직자, 전문가) and ordinary words of the ways values
# are phrased (먼저 생각하는, 열린 마음, 함께 성장). They count as related words of their value.
PASSING = frozenset(
    {
        *("고객", "공직자", "직원", "사람", "생각", "마음", "가능", "성장", "의식", "현장"),
        *("경영", "열리", "먼저", "일", "세상", "내일", "꿈", "변화", "우선", "최우선", "행동"),
        *("실천", "만들", "하나", "지속", "발전", "가족", "지역", "나라", "삶", "모두", "열"),
        *("바르", "밝", "크", "높", "넓", "깊", "앞", "길", "힘", "손", "곳", "향하", "여"),
        *("깨끗", "만족", "맑", "제일", "기회", "경쟁력", "인간", "감동", "최선", "노력"),
    }
)

# Lemmas of a strong concept that name a person rather than the quality (전문가 for 전문성).
PASSING_LEMMAS = frozenset({"전문가"})

# Concepts a name word evokes (keys as in synonyms.json / value_phrases.json categories).
EVOKES: dict[str, tuple[str, ...]] = {
    "고객": ("국민중심",),
    # generic words of a name that still say which concept it means (미래를 여는 인재)
    "미래": ("미래선도",),
    "최고": ("전문",),
    "사회": ("공공성",),
    "만족": ("국민중심",),
    "감동": ("국민중심",),
    "인간": ("배려",),
    "먼저": (),
    "깨끗": ("청렴",),
    "바르": ("청렴",),
    "공직자": ("청렴",),
    "주인": ("책임",),
    "주인의식": ("책임",),
    "사명": ("책임",),
    "열리": ("소통",),
    "마음": ("배려",),
    "변화": ("혁신",),
    "지속": ("지속가능",),
    "환경": ("지속가능",),
    "성장": (),
    "믿": ("신뢰",),
    "정직": ("청렴",),
    "공익": ("공공성",),
    "공공": ("공공성",),
    "안심": ("안전",),
    "생명": ("안전",),
    "존중": ("배려",),
    "상생": ("상생",),
    "동반": ("상생",),
}

# Concepts close to a name word that is a value on its own (창의와 도전: 창의 is itself the value,
# 혁신 is near it): they lend their related words, but their own words do not touch the value.
NEAR: dict[str, tuple[str, ...]] = {
    "열정": ("도전", "책임"),
    "창의": ("혁신", "도전"),
    "창의성": ("혁신", "도전"),
    "원칙": ("청렴", "공정"),
    "글로벌": ("미래선도",),
    "다양성": ("배려",),
}

# Adverbs of togetherness in a name (국민과 함께, 더불어 사는): Kiwi tags them MAG, not content.
_TOGETHER = frozenset({"함께", "같이", "더불어"})
_GROWTH = frozenset({"성장", "발전"})


def decompose(
    name: str, synonyms: Mapping[str, str], generic: frozenset[str]
) -> tuple[list[str], set[str], list[str]]:
    """(strong concept keys, related keys, the strong keys that are the name's own words) of a
    value or trait name; the rest of the strong keys are concepts the name evokes."""
    strong: list[str] = []
    related: set[str] = set()
    evoked: list[str] = []
    found = morph.concepts(name, synonyms=synonyms)
    keys = {c.key for c in found}
    for concept in found:
        key = concept.key
        evoked.extend(EVOKES.get(key, ()))
        if key in generic or len(key) <= 1:
            continue
        if concept.lemma in PASSING_LEMMAS or key in PASSING or concept.lemma in PASSING:
            if key in ENTITIES:
                related.add(key)
        else:
            strong.append(key)
    words = {m.form for m in morph.analyze(name)}
    if words & _TOGETHER:
        evoked.append("상생" if keys & _GROWTH else "동행")
    own = list(strong)
    near = {c for key in keys if key in strong for c in NEAR.get(key, ())}
    for key in dict.fromkeys(evoked):
        if key not in strong:
            strong.append(key)
    for key in strong:
        related |= RELATED.get(key, frozenset())
    for key in near - set(strong):
        related |= RELATED.get(key, frozenset())
    related -= set(strong)
    return strong, related, own


# Sentences a pair of related words may span within one paragraph (an episode's situation,
# action and result), counted from the first.
_WINDOW = 5


# How much a related word says: an act or attitude (역할을 나누다, 불만, 안부) 1, the people or
# place a story happens with (어르신, 부서) and a cue adverb (미리, 직접) half. A value needs two
# different words worth this much together, so at least one of them is an act.
NEEDED_WEIGHT = 1.5


def _weight(window: Mapping[str, object]) -> float:
    acts = [key for key in window if key not in ENTITIES and key not in ADVERB_CUES]
    if not acts:
        return 0.0
    return len(acts) + 0.5 * (len(window) - len(acts))


def sentence_starts(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence of `text` starts, in order, and the paragraph each is in."""
    starts: list[int] = []
    paragraphs: list[int] = []
    for number, (para_start, para_end) in enumerate(morph.paragraph_spans(text)):
        for start, _ in morph.sentence_spans(text[para_start:para_end]):
            starts.append(para_start + start)
            paragraphs.append(number)
    return starts, paragraphs


def near_together(
    keys: Iterable[str],
    by_key: Mapping[str, list[tuple[int, int]]],
    sentences: tuple[list[int], list[int]],
) -> list[tuple[int, int]]:
    """Spans of the words among `keys` that have a different one within `_WINDOW` sentences:
    two related words describe a value together, not one each in distant paragraphs of a long
    draft. Empty when no two are that close."""
    starts, paragraph_of = sentences
    by_sentence: dict[int, dict[str, list[tuple[int, int]]]] = {}
    for key in keys:
        for span in by_key.get(key, ()):
            index = max(bisect_right(starts, span[0]) - 1, 0)
            by_sentence.setdefault(index, {}).setdefault(key, []).append(span)
    kept: set[tuple[int, int]] = set()
    for index in by_sentence:
        window: dict[str, list[tuple[int, int]]] = {}
        for near in range(index, min(index + _WINDOW, len(starts))):
            if near != index and paragraph_of[near] != paragraph_of[index]:
                break
            for key, spans in by_sentence.get(near, {}).items():
                window[key] = window.get(key, []) + spans
        if len(window) >= 2 and _weight(window) >= NEEDED_WEIGHT:
            kept.update(span for spans in window.values() for span in spans)
    return sorted(kept)


# Adverbs that carry a value's meaning in a story (미리 붙여 두었다, 함께 채웠다, 빠짐없이
# 확인했다) and the auxiliary of doing something for someone (읽어 드리다, 도와드리다). Kiwi tags
# them MAG and VX, which concept matching skips, so they are added as cue words of their own.
ADVERB_CUES = frozenset(
    {
        *("미리", "직접", "서로", "꼼꼼히", "정확히", "똑같이"),
        *("솔직히", "빠짐없이", "일일이", "차근차근", "천천히", "끝까지", "더불어"),
    }
)


def cue_concepts(text: str) -> list[morph.Concept]:
    """The cue adverbs of `text`, as concepts keyed by their form."""
    out = []
    for m in morph.tokens(text):
        if m.tag == "MAG" and m.form in ADVERB_CUES:
            out.append(morph.Concept(m.form, m.start, m.end, m.form))
    return out
