"""Who a noun in the story is: a name (방과후 교실의 민지는), the writer in a role (…학생으로서),
part of a kin word Kiwi split (작은/고모), or the person a fact right before it describes (서른 살
청년을 상담했습니다). Split from prep/coach/attribution.py."""

from __future__ import annotations

from collections.abc import Sequence

from prep.coach.morph import Morph
from prep.coach.people_words import FIRST_PERSON, PEOPLE, is_person
from prep.coach.relative_heads import PEERS

_TAKING_PART = frozenset(
    {"참가", "참여", "나가", "활동", "지원", "선발", "봉사", "출전", "입상", "수상", "뽑히"}
)


def _glued_size(before: Sequence[Morph], start: int) -> bool:
    """True when `before` ends in 크+ㄴ or 작+은 written together with the kin word at `start`."""
    return (
        len(before) >= 2
        and before[-1].tag == "ETM"
        and before[-1].end == start
        and before[-2].tag == "VA"
        and before[-2].form in ("크", "작")
    )


def _writer_in_role(tokens: Sequence[Morph], k: int, limit: int) -> bool:
    """True when the person noun ending before `k` is taken as the writer's role: …으로서/로서,
    …인 저 / 인 제가."""
    while k < len(tokens) and tokens[k].tag == "XSN":
        k += 1
    if k >= len(tokens) or tokens[k].start >= limit:
        return False
    if tokens[k].tag == "JKB" and tokens[k].form in ("로서", "으로서"):
        return True
    # 과학고 학생으로 대회에 나갔습니다: 으로 and a verb of taking part, with the writer as the
    # dropped subject (not 학생으로 보이는 청년).
    if tokens[k].tag == "JKB" and tokens[k].form in ("로", "으로"):
        for token in tokens[k + 1 : k + 5]:
            if token.start >= limit or token.tag in ("JKS", "JX", "ETM"):
                return False
            if token.root in _TAKING_PART or token.form in _TAKING_PART:
                return True
        return False
    return (
        tokens[k].tag == "VCP"
        and k + 2 < len(tokens)
        and tokens[k + 1].tag == "ETM"
        and tokens[k + 2].form in ("저", "제")
    )


_MET_VERBS = frozenset({"만나", "맡", "돌보", "가르치", "담당하", "상담하", "지도하", "맡아"})


def _named_in_story(before: Sequence[Morph], k: int) -> bool:
    """True when the word ending at `k` is someone's given name in the story: 방과후 교실의
    민지는, 초등학생 지호가, 아이들 중 지수는 (a name owned by a place, set beside a person
    noun, or one of a group named just before). Kiwi reads an unknown name as one proper noun
    or splits it into one-syllable nouns (서/윤/이); either shape counts."""
    first = k
    while (
        first > 0
        and before[first - 1].end == before[first].start
        and before[first - 1].tag in ("NNG", "NNP")
        and len(before[first - 1].form) == 1
    ):
        first -= 1
    name = "".join(t.form for t in before[first : k + 1])
    pieces = k - first + 1
    shaped = before[k].tag == "NNP" or (pieces > 1 and len(before[k].form) == 1)
    if not shaped or not 2 <= len(name) <= 3 or first == 0:
        return False
    if not all("가" <= ch <= "힣" for ch in name):
        return False
    prev = before[first - 1]
    # 멘토링에서 만난 민재가, 제가 맡은 서윤이는: a child or client the writer met or looked
    # after (not 제가 다닌 한빛고가, a place after any other verb).
    if prev.tag == "ETM" and first >= 2 and before[first - 2].form in _MET_VERBS:
        return True
    if prev.tag == "JKG" and first >= 2 and before[first - 2].form not in FIRST_PERSON:
        return True
    # 아이들 중 지수는: one of the people just named.
    if prev.form in ("중", "가운데") and first >= 2:
        m = first - 2
        while m > 0 and before[m].tag == "XSN":
            m -= 1  # 아이+들 중
        group = before[m]
        if group.form not in FIRST_PERSON and group.tag in ("NNG", "NNP"):
            return is_person(group, before[m + 1])
    return prev.end < before[first].start and prev.tag == "NNG" and is_person(prev, before[first])


def _set_against_writer(rest: Sequence[Morph]) -> bool:
    """True when `rest` compares its subject with the writer: 저보다, 저와 달리, 저와 달리."""
    for i, token in enumerate(rest[:-1]):
        if token.form in ("저", "나") and token.tag == "NP":
            nxt = rest[i + 1]
            after = rest[i + 2] if i + 2 < len(rest) else None
            if nxt.form == "보다" or (
                nxt.form in ("와", "과") and after is not None and after.form == "달리"
            ):
                return True
    return False


def _compound_person(tokens: Sequence[Morph], after: int, limit: int) -> int | None:
    """Index of a person noun that ends a compound right after a mention, past one or two
    plain nouns: 30대 초반 맞벌이 부부, 스물두 살 사회 초년생 (not the first noun, which the
    caller reads itself)."""
    for k in range(after, min(after + 3, len(tokens))):
        token = tokens[k]
        if token.start >= limit or token.tag not in ("NNG", "NNB", "SN"):
            return None
        # separate words only (교환+학생 is one word, which the caller reads itself), but a
        # number takes its unit: 한빛초등학교 4학년 아이.
        glued_unit = tokens[k - 1].tag == "SN" and tokens[k - 1].end == token.start
        if k > after and tokens[k - 1].end + 1 != token.start and not glued_unit:
            return None
        # 유학 시절 교환학생 동료들: a time ends the compound; 축제 운영위원으로: a member's
        # word is the writer's own place in the group.
        if token.form in _TIMES or token.form.endswith(_MEMBER_ENDINGS):
            return None
        if k > after and token.form in PEOPLE and token.form not in PEERS:
            return k
    return None


_TIMES = frozenset({"시절", "때", "당시", "중", "동안", "기간", "이후", "후", "뒤", "무렵"})
_MEMBER_ENDINGS = ("위원", "회원", "단원", "부원", "조원", "대원", "회장", "총무", "팀원")


def _head(tokens: Sequence[Morph], j: int) -> int:
    """Index of the noun a particle at `j` attaches to, skipping 님/들 (팀장+님+은) and a
    "among" phrase (동기 중에는, 참가자 가운데는 → 동기, 참가자)."""
    k = j - 1
    while k >= 0 and tokens[k].tag in ("XSN", "JKB"):
        k -= 1
    # 후배 하나는, 친구 둘이: a count after a person noun stands for that person.
    if k >= 1 and tokens[k].tag == "NR" and tokens[k - 1].tag in ("NNG", "NNP"):
        return k - 1
    if k >= 1 and tokens[k].form in ("중", "가운데") and tokens[k - 1].tag in ("NNG", "NNP"):
        k -= 1
        while k >= 1 and tokens[k].tag == "XSN":
            k -= 1
    return k


def describes_object(after: Sequence[Morph], limit: int) -> bool:
    """저는 서른 살 청년을 상담했습니다: True when a person noun (청년, 어르신; 청년 구직자)
    follows a fact directly and is the object or partner of the verb (청년을, 어르신께, 학생과),
    so the fact describes that person whatever the sentence's subject is."""
    nouns = []
    for token in after[:5]:
        if token.start >= limit:
            return False
        if token.tag in ("NNG", "NNB") and len(nouns) < 3:
            nouns.append(token)
            continue
        if any(n.form in ("시절", "때", "당시", "무렵") for n in nouns):
            return False  # 국민학교 시절 반장을 했습니다: a time, then the writer's role
        person = any(n.form in PEOPLE and n.form not in PEERS for n in nouns)
        return person and (
            token.tag == "JKO" or (token.tag == "JKB" and token.form in ("에게", "께", "와", "과"))
        )
    return False
