"""Blind-hiring mentions whose owner is the person a modifier clause describes.

아버지가 어부이신 내담 청소년, 키가 작아 손이 닿지 않는 아이들, 어머니가 간호사인 동료: the
mention sits in a clause that ends in a modifier (-ㄴ/-는/-던) before a person noun other than
the writer, so the father, the height or the mother is that person's. Kiwi misreads some heads
(내담 → 나+의+담), so the head is read from the words of the text, not from its morphemes.
The writer's own fact stays: 저희 아버지가 어부이셔서 has no modifier, 어부이신 저는 and
어부이신 아버지 have the writer or kin as head, 어부이신 덕분에 has no person.

Also a body word inside a technical compound (체중 부하가 적은 운동) names no one's body.
Called only on the few candidate findings, so it costs nothing on text without them.
"""

from __future__ import annotations

import re

from prep.coach.blind_text import BlindText, Candidate
from prep.coach.morph import Morph
from prep.coach.people_words import PEOPLE
from prep.coach.relative_heads import PEERS

# Endings that carry a clause on to the modifier without starting a new subject: 작아, 작아서,
# 닿지 않는, 보이게 하는.
_CARRYING_ENDINGS = frozenset({"어", "아", "어서", "아서", "지", "게"})
_MAX_WORDS = 6
# A person noun as a whole word with its particle; a copula (아이였던) makes it a predicate.
_HEAD_TAIL = re.compile(
    r"(?:님|분)?(?:들)?"
    r"(?:은|는|이|가|을|를|에게|에게서|께|께서|의|과|와|도|만|과의|와의|께서는|에게는)?[,.]?"
)
_STORY_PEOPLE = PEOPLE - PEERS
# A first word that ends in a particle or names a time is not the modifier of a compound head.
_NOT_COMPOUND = re.compile(r".*(?:시절|때|당시|덕분|탓|중|후|뒤|동안)")
_WRITER_WORDS = frozenset({"저", "제", "나", "내", "저희", "우리"})
_WRITER_HEAD = re.compile(
    r"(?:저|제|나|내|저희|우리)(?:는|가|게|를|의|에게|에게는|도|만|와|과|로서|로|[,.])?"
)
_WRITER_BEFORE = ("저희", "제", "우리", "저의", "나의", "내")
_KIN_HONOURED = frozenset(
    {"부모님", "어머님", "아버님", "할머님", "할아버님", "형님", "누님", "언니님", "오빠님"}
)
_PERSON_ENDINGS = ("인", "자", "생", "객", "민", "원")
# Physiology terms: the load on a body, not the writer's weight.
_TECHNICAL = re.compile(r"\s?(?:부하|분산|지지|이동\s?훈련|당\b|\d+\s?kg당)")


def _person_head(word: str) -> bool:
    return any(
        _HEAD_TAIL.fullmatch(word[n:]) and _names_person(word[:n]) for n in range(1, len(word) + 1)
    )


def _names_person(noun: str) -> bool:
    """청소년, 팀장님, 수강생, 신청인: a listed person noun, a title with 님, or a longer noun
    with a person ending (the writer's kin with 님 are not: 부모님, 어머님)."""
    if noun in _STORY_PEOPLE:
        return True
    if noun.endswith("님") and len(noun) >= 3:
        return noun not in _KIN_HONOURED
    return len(noun) >= 3 and noun.endswith(_PERSON_ENDINGS)


def owned_by_clause_head(doc: BlindText, cand: Candidate) -> bool:
    """True when a modifier clause the mention sits in ends on a person who is not the writer."""
    text = doc.text
    lo, hi = doc.sentence_at(cand.start)
    before = text[lo : cand.start].rstrip()
    if before.endswith(_WRITER_BEFORE):
        return False  # 저희 아버지가 …: the writer's own, whatever follows
    tokens = doc.tokens
    # From the mention's own start: some mentions end in their modifier (아버지가 어부이신).
    i = doc.index_at(cand.start)
    after = doc.index_at(cand.end)
    # 서글서글한 인상 덕분에, 사투리를 쓰는: a mention ending in a noun that is not the subject
    # of what follows is an argument of the writer's clause.
    if (
        after < len(tokens)
        and tokens[after - 1].tag in ("NNG", "NNP", "NNB")
        and tokens[after].tag not in ("JKS", "JX", "VCP")
    ):
        return False
    words = 0
    while i < len(tokens) and tokens[i].start < hi:
        token = tokens[i]
        if i > 0 and token.start > tokens[i - 1].end:
            words += 1
            if words > _MAX_WORDS:
                return False
        if token.tag in ("SP", "SF", "EF") or token.form in _WRITER_WORDS and token.tag == "NP":
            return False
        if token.tag == "EC" and not _carries(tokens, i):
            return False
        # 웃는 인상이라: a modifier inside the mention has its head inside it too.
        if token.tag == "ETM" and token.end >= cand.end:
            return _head_is_other_person(doc, i, hi)
        i += 1
    return False


def _carries(tokens: list[Morph], i: int) -> bool:
    """키가 작아 손이 닿지 않는: -아/-어 after a state (작아, 커서) or an auxiliary's -지/-게
    goes on to the modifier; after an action (마을에서 자라 뱃일을 하는 이웃들) it starts a
    new clause, the writer's."""
    form = tokens[i].form
    if form in ("지", "게"):
        return True
    return form in _CARRYING_ENDINGS and i > 0 and tokens[i - 1].tag in ("VA", "VX", "EP")


def _head_is_other_person(doc: BlindText, i: int, hi: int) -> bool:
    tokens = doc.tokens
    heads = doc.text[tokens[i].end : hi].split()[:2]
    # 토끼띠인 제게, 어부이신 저는 (read from the words: Kiwi reads 내담 as 나+의+담).
    if not heads or _WRITER_HEAD.fullmatch(heads[0]):
        return False
    if _person_head(heads[0]):
        return True
    # 내담 청소년, 위기 가정 아이: one plain noun (no particle, no ending) before the person.
    first_end = (
        tokens[i].end
        + len(doc.text[tokens[i].end : hi])
        - len(doc.text[tokens[i].end : hi].lstrip())
        + len(heads[0])
    )
    last = doc.index_at(first_end) - 1
    plain = tokens[last].tag in ("NNG", "NNP") and not _NOT_COMPOUND.fullmatch(heads[0])
    return len(heads) > 1 and plain and _person_head(heads[1])


def technical_body_word(doc: BlindText, cand: Candidate) -> bool:
    """체중 부하, 체중 분산: the body word is part of a term for exercise or care."""
    return cand.category == "appearance" and bool(_TECHNICAL.match(doc.text, cand.end))
