"""Cues in the story around a mention: is someone else speaking, being introduced or quoted?

Split from prep/coach/attribution.py, which decides whose fact a mention is; these read the
clause and the sentences around it for a person the fact may belong to.
"""

from __future__ import annotations

from collections.abc import Sequence

from prep.coach.morph import Morph
from prep.coach.people_words import FIRST_PERSON, is_person

_NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NP"})

# Reported speech: …다고 했습니다, …라며 털어놓았다. What someone told the writer is theirs.
_REPORTED = frozenset({"다고", "라고", "다며", "라며", "ᆫ다고", "는다고", "ᆫ다며", "는다며"})


def _mentions_person(tokens: Sequence[Morph]) -> bool:
    """A person noun anywhere in `tokens` (한 청년이, 어르신의): someone the clause may be about."""
    return any(
        t.tag in _NOUN_TAGS
        and t.form not in FIRST_PERSON
        and is_person(t, tokens[i + 1] if i + 1 < len(tokens) else None)
        for i, t in enumerate(tokens)
    )


def _quotes_or_honours(tokens: Sequence[Morph]) -> bool:
    """The rest of a sentence reports speech (…다고 했습니다) or honours its subject (-시-,
    계시다): the one acting is someone the writer tells about, not the writer."""
    return any(
        (t.tag == "EC" and t.form in _REPORTED)
        or (t.tag == "EP" and t.form in ("시", "으시"))
        or t.form == "계시"
        for t in tokens
    )


_ACCOUNTS = frozenset({"이야기", "얘기", "말씀", "사연", "고민", "하소연", "설명", "부탁", "질문"})


def _introduces_person(tokens: Sequence[Morph]) -> bool:
    """A person in the sentence as subject, topic or object: 한 학생을 만났다, 한 분이 오셨다."""
    for k, token in enumerate(tokens[:-1]):
        nxt = tokens[k + 1]
        j = k + 1
        while j < len(tokens) and tokens[j].tag == "XSN":
            j += 1
        # 이용자분의 이야기를 들었습니다: whose account the writer heard is a person on stage too.
        told = j + 1 < len(tokens) and tokens[j].tag == "JKG" and tokens[j + 1].form in _ACCOUNTS
        marked = j < len(tokens) and (
            tokens[j].tag in ("JKS", "JX", "JKO")
            or tokens[j].form in ("에게", "께", "한테")
            or told
        )
        noun = token.tag in _NOUN_TAGS and token.form not in FIRST_PERSON
        if marked and noun and is_person(token, nxt):
            return True
    return False


def _kin_speaks(clause: Sequence[Morph]) -> bool:
    """True when the clause a possessor-less kin word heads is someone else's story: it ends in
    reported speech (할아버지께서는 젊은 시절 광부로 일하셨다며 …, 할머니께서는 남편이 군인이었다고
    …) or modifies a person (아버지가 택시 기사로 일한다는 한 학생). The writer's own family is
    told, not quoted: a writer would say 저희 아버지께서는, or the sentence would name the writer,
    which the caller checks. `clause` starts right after the kin word and ends with the sentence.
    """
    for i, token in enumerate(clause):
        if token.tag in ("EF", "SF"):
            return False
        nxt = clause[i + 1] if i + 1 < len(clause) else None
        if token.tag == "ETM" and nxt is not None:
            k = i + 1
            while k < len(clause) - 1 and clause[k].tag == "MM":
                k += 1
            head = clause[k]
            after = clause[k + 1] if k + 1 < len(clause) else None
            if head.tag in _NOUN_TAGS and is_person(head, after):
                return True
            continue  # 젊은 시절: a modifier inside the clause
        if token.tag == "EC":
            if token.form in _REPORTED:
                # …다고 들었습니다: the writer heard it, from whom is unsaid (maybe about their
                # own family); …다고 하셨다, …다며: the kin word is the one speaking.
                return not any(t.tag == "VV" and t.form == "듣" for t in clause[i + 1 : i + 4])
            if nxt is not None and nxt.tag == "VX":
                continue  # 일해 오셨다며: an auxiliary, the same clause
            return False
    return False


_ASKING = frozenset({"듣", "묻", "여쭈", "여쭙"})


def _heard(before: Sequence[Morph]) -> bool:
    """True when the sentence so far is the writer hearing someone out (사연을 들어 보니, 여쭤보니):
    what follows is what the other person told."""
    for i, token in enumerate(before):
        if (
            token.tag == "EC"
            and token.form in ("니", "니까", "으니", "으니까")
            and any(t.tag == "VV" and t.form in _ASKING for t in before[max(0, i - 3) : i])
        ):
            return True
    return False


def _until_reported(rest: Sequence[Morph]) -> Sequence[Morph]:
    """`rest` up to its first reported-speech ending and the verb that takes it (…셨다며 …,
    …하신다고 말씀드렸습니다): a 저는 after that is the writer's own clause."""
    for i, token in enumerate(rest):
        if token.tag == "EC" and token.form in _REPORTED:
            k = i + 1
            while k < len(rest) and k <= i + 5 and rest[k].tag not in ("EC", "EF", "SP"):
                k += 1
            return rest[: k + 1]
    return rest


# Verbs that bring a person into a story: 있었습니다, 계셨습니다, 오셨습니다, 찾아왔습니다.
_ON_STAGE = frozenset({"있", "계시", "오", "찾아오", "방문", "찾"})


def _brings_on_stage(sentence: Sequence[Morph]) -> bool:
    """True when a sentence without the writer ends by introducing a person: 매일 오는 초등학생
    형제가 있었습니다, 한 어르신이 센터를 찾아오셨습니다."""
    if _names_writer(sentence) or not _mentions_person(sentence):
        return False
    verbs = [i for i, t in enumerate(sentence) if t.tag in ("VV", "VA", "VX", "XSV")]
    if not verbs:
        return False
    last = verbs[-1]
    # 화가 나 있었습니다: 있 as an auxiliary is a state of the verb before it, not someone
    # arriving (와 계셨습니다 still arrives: 오 is on stage).
    if sentence[last].tag == "VX" and sentence[last].form in ("있", "계시") and last > 0:
        last -= 1
        while last > 0 and sentence[last].tag == "EC":
            last -= 1
    # 방문+하+셨다: the noun before 하 carries the meaning.
    while last > 0 and sentence[last].tag in ("VX", "XSV") and sentence[last].form in ("하", "주"):
        last -= 1
    return sentence[last].form in _ON_STAGE


_TELLING = frozenset({"말씀", "말", "이야기", "얘기", "설명", "증언"})
_SOURCE_ENDINGS = frozenset({("으로", "는"), ("로", "는"), ("에", "따르"), ("에", "의하")})


def _told_by_someone(before: Sequence[Morph]) -> bool:
    """True when the sentence so far names a person's account as its source: 기사님 말씀으로는,
    어르신 말씀에 따르면, 팀장님의 이야기로는."""
    for i, token in enumerate(before):
        if token.form not in _TELLING or token.tag != "NNG" or i == 0:
            continue
        k = i - 1
        while k > 0 and before[k].tag in ("XSN", "JKG"):
            k -= 1
        owner = before[k]
        if owner.form in FIRST_PERSON or not is_person(owner, before[k + 1]):
            continue
        if tuple(t.form for t in before[i + 1 : i + 3]) in _SOURCE_ENDINGS:
            return True
    return False


def _names_writer(tokens: Sequence[Morph]) -> bool:
    return any(t.form in FIRST_PERSON and t.tag in ("NP", "MM") for t in tokens) or any(
        t.form == "드리" for t in tokens
    )


_JUNIORS = frozenset({"딸", "아들", "며느리", "사위", "손자", "손녀", "조카", "딸들", "아들들"})


def _honoured_junior(before: Sequence[Morph], rest: Sequence[Morph]) -> bool:
    """True when the sentence's subject before the mention is a son, daughter or grandchild
    without 제/저희, and the verb after it honours them (-시-)."""
    for k in range(len(before) - 1):
        token, particle = before[k], before[k + 1]
        if token.form in _JUNIORS and particle.tag in ("JX", "JKS"):
            if _names_writer(before[:k]):
                return False
            return any(t.tag == "EP" and t.form in ("시", "으시") for t in rest)
    return False
