"""Whether a relative clause after a blind-hiring mention describes someone other than the writer.

서울대를 나온 팀장님, 전역한 지 일주일 된 청년, 아이를 키우는 한부모 가정: the mention sits in a
clause that ends in a modifier (-ㄴ/-는/-던), and the noun it modifies (its head) names the person
the fact belongs to. attribution.py asks this after its possessor and subject rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from prep.coach.morph import Morph
from prep.coach.people_words import FIRST_PERSON, PEOPLE, is_person

_NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NP"})
# Nouns for the writer's peers, who may share the writer's facts (서울대 동기, 같이 입대한 동기).
PEERS = frozenset({"분", "명", "동기", "동기들", "또래", "동갑", "친구", "친구들"})
# Households the writer visits or meets (입원한 가정을 만났습니다); not 집, which is often
# the writer's own (아버지가 지으신 집).
_VISITED_HOUSEHOLDS = frozenset({"가정", "가구", "댁", "세대"})


# Heads of time clauses, after which a person noun is no longer the head (시절 동료들).
_TIME_HEADS = frozenset({"시절", "때", "당시", "중", "동안", "기간", "이후", "후", "뒤", "무렵"})
# Bound nouns a relative clause may run through (전역한 지 일주일 된 청년).
_CLAUSE_NOUNS = frozenset({"지", "만", "듯"})


def describes_person(rest: Sequence[Morph]) -> bool:
    """True when the clause after a mention ends in a modifier (-ㄴ/-는/-던) whose head is a
    person other than the writer: the mention is that person's, not the writer's."""
    for i, token in enumerate(rest[:14]):
        if token.tag in ("EF", "SF", "SP", "SE") or (token.tag == "JX" and token.form != "도"):
            return False
        if token.tag == "NP" and token.form in FIRST_PERSON:
            return False
        # 아버지가 실직하고 어머니가 입원한 가정: clauses joined by -고/-며 inside one modifier,
        # the next with its own subject (not 들고 오는, one action in two verbs); 통지서를 받고
        # 날짜를 바꾸려는 청년: the next with its own object, the same doer going on.
        joined = (
            token.form in ("고", "며", "으며")
            and i + 2 < len(rest)
            and rest[i + 1].tag in _NOUN_TAGS
            and rest[i + 2].tag in ("JKS", "JKO")
        )
        # 모시고 사는, 키우고 있는: -고 before a verb of living that only goes on with it.
        living = (
            token.form == "고"
            and i + 2 < len(rest)
            and rest[i + 1].tag in ("VV", "VX")
            and rest[i + 1].form in ("살", "지내", "있")
            and rest[i + 2].tag == "ETM"
        )
        if (
            token.tag == "EC"
            and not joined
            and not living
            and not (i + 1 < len(rest) and rest[i + 1].tag == "VX")
        ):
            return False
        if token.tag != "ETM":
            continue
        k = i + 1
        while k < len(rest) and rest[k].tag == "MM":
            k += 1
        if k >= len(rest):
            return False
        head = rest[k]
        if head.tag == "NNB" and head.form in _CLAUSE_NOUNS:
            continue
        # 출신인 동기, 스물셋인 동기: a clause of 이다 says what the peer is, so the fact is the
        # peer's; after other verbs a peer may share the writer's fact (같이 입대한 동기).
        peers_ok = i > 0 and rest[i - 1].tag == "VCP"
        # 군대를 막 전역한 신입 동료: while the mention's own clause runs to this modifier (no
        # new subject, adverbial or clause ending on the way), its head may be a compound.
        own = all(t.tag not in ("JKS", "JKB", "JX", "EC") for t in rest[:i])
        if head_is_person(rest, k, peers_ok=peers_ok, compound=own):
            return True
        # 탈북민으로서 겪는 어려움을 호소하는 이용자: the head is the object of one more
        # modifier clause, whose own head is the person the whole phrase describes.
        j = k + 2
        if k + 1 >= len(rest) or rest[k + 1].tag != "JKO" or j >= len(rest):
            return False
        if rest[j].tag == "VV":
            j += 1
        elif rest[j].tag == "NNG" and j + 1 < len(rest) and rest[j + 1].tag == "XSV":
            j += 2  # 호소+하+는
        else:
            return False
        while j < len(rest) and rest[j].tag == "EP":
            j += 1  # 이야기를 하+시+는 어르신
        return j < len(rest) and rest[j].tag == "ETM" and head_is_person(rest, j + 1)
    return False


_KIN_GROUPS = frozenset(
    {
        *("어머니", "아버지", "엄마", "아빠", "부모", "며느리", "사위", "딸", "아들", "자녀"),
        *("할머니", "할아버지", "손주", "손자", "손녀", "형제", "자매", "남매", "부부", "가족"),
    }
)


# What Kiwi glues onto a person noun it then takes for a name (이용자분과 → one NNP).
_GLUED_TAIL = re.compile(r"(?:분|님|들)?(?:과|와|은|는|이|가|을|를|에게|께|의)?")


def _glued_person(noun: Morph) -> bool:
    """이용자분과 tagged as one proper noun: a person noun with 분/님 and a particle glued on."""
    if noun.tag != "NNP":
        return False
    return any(
        noun.form[:n] in PEOPLE and _GLUED_TAIL.fullmatch(noun.form[n:])
        for n in range(2, len(noun.form))
    )


def head_is_person(
    rest: Sequence[Morph], k: int, *, peers_ok: bool = False, compound: bool = False
) -> bool:
    """True when the noun at `k` (with `compound`, also a noun compounded with it: 한부모 가정,
    다문화 가정 아이) names a person other than the writer, or a household the writer visits.
    Compounds are read only right after the mention's own modifier: further on, a head may
    belong to a clause the mention is not in (강원도 출신으로서 접근성이 낮은 농촌 어르신들)."""
    while k < len(rest) and rest[k].tag == "MM":
        k += 1  # 한 부모 가정, 모든 이용자: a determiner before the head
    joined = ""
    for m in range(k, min(k + 3, len(rest))):
        noun = rest[m]
        # Without `compound`, only a noun glued to the head (교환+학생) still belongs to it.
        gap = noun.start - rest[m - 1].end if m > k else 0
        if noun.tag not in _NOUN_TAGS or gap > (1 if compound else 0):
            break
        if m > k and rest[m - 1].form in _TIME_HEADS:
            break  # 복무하던 시절 동료들과: the head is the time, the people come after it
        joined = joined + noun.form if m > k and gap == 0 else noun.form
        if joined in PEOPLE or _glued_person(noun):
            return True  # 연수+단, 교환+학생: Kiwi splits a person noun it does not know
        after = rest[m + 1] if m + 1 < len(rest) else None
        # 시어머니를 모시고 사는 며느리들: relatives in the plural are a group of other people.
        if (
            noun.form in _KIN_GROUPS
            and after is not None
            and (after.tag, after.form) == ("XSN", "들")
        ):
            return True
        if (
            noun.form not in FIRST_PERSON
            and (peers_ok or noun.form not in PEERS)
            and (is_person(noun, after) or noun.form in _VISITED_HOUSEHOLDS)
        ):
            return True
    return False
