"""Whose fact is it? The writer's (저, 제, 나, 저희 가족) or someone else's in the story.

A blind-hiring leak is a fact about the applicant or the applicant's family. Experience answers
are full of other people — clients, citizens, colleagues, the children in a programme — and
their mothers, ages and hometowns are not the applicant's. Before a blind-hiring rule fires, the
mention is attributed from Kiwi's morphemes and the sentence around it:

  1. a possessor right before it: 제/저희/우리 → the writer; 민원인의, 그분의, 수급자 가정의 →
     someone else (a possessor that is itself owned by the writer, 우리 집의, stays the writer's);
  2. otherwise the last subject or topic before it in the sentence (…은/는/이/가/께서): the
     writer (저는, 제가) or a person noun (팀장님은, 한 분이, 참가자들은, 그녀는) — someone else;
  3. a person noun right after it: 스물두 살 청년, 20대 후반의 사회초년생, 80대 어르신;
  4. otherwise the writer, because a 자기소개서 is written about oneself.
Kin words (어머니, 형) are never "someone else" by themselves: without a possessor they are the
writer's family.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from prep.coach.attribution_carry import carries_description
from prep.coach.attribution_roles import (
    _compound_person,
    _glued_size,
    _head,
    _named_in_story,
    _set_against_writer,
    _writer_in_role,
)
from prep.coach.attribution_story import (
    _REPORTED,
    _brings_on_stage,
    _heard,
    _honoured_junior,
    _introduces_person,
    _kin_speaks,
    _mentions_person,
    _names_writer,
    _quotes_or_honours,
    _told_by_someone,
    _until_reported,
)
from prep.coach.blind_kin import family_only
from prep.coach.morph import Morph
from prep.coach.people_words import FIRST_PERSON, PEOPLE, is_person
from prep.coach.relative_heads import PEERS as _PEERS
from prep.coach.relative_heads import describes_person as _describes_person
from prep.coach.relative_heads import head_is_person

# What may stand between an object and its verb: 할머니를 3년간 모시고, 동생을 늘 돌보며,
# 아버지를 5년 동안 간병하며.
_BETWEEN_TAGS = frozenset({"SN", "NNB", "XSN", "MAG", "MM", "SP"})
_SPAN_WORDS = frozenset({"동안", "내내", "가까이", "넘게", "이상", "오래"})


def between_object_and_verb(token: Morph) -> bool:
    return token.tag in _BETWEEN_TAGS or token.form in _SPAN_WORDS


_SUBJECT_PARTICLES = frozenset({"JX", "JKS"})
_REMEMBER = frozenset({"생각나", "떠오르", "그립", "그리", "그리워하"})
_TOPIC_FORMS = frozenset({"은", "는", "이", "가", "께서", "께서는", "도"})
_NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NP"})


def _owner_is_writer(tokens: Sequence[Morph], k: int) -> bool:
    """True when the noun at `k` is itself owned by the writer: 우리 집의, 제 고향의."""
    return k > 0 and tokens[k - 1].form in FIRST_PERSON and tokens[k - 1].tag in ("NP", "MM")


# After an age, these say the writer's own age (97년생 동기들, 스물다섯 또래).


def _possessor(
    before: Sequence[Morph],
    start: int,
    *,
    kin: bool = False,
    cared_for: bool = False,
    kin_form: str = "",
) -> bool | None:
    """Who owns the noun at `start`: False the writer, True someone else, None when unsaid.

    With `kin`, a relative clause before the kin word makes it someone in the story (센터를 찾은
    할아버지, 제가 만난 어머니) unless the clause has the writer as its object (저를 키워 주신
    할머니).
    """
    if not before:
        return None
    # 작은고모, 큰외삼촌: Kiwi reads the 큰/작은 of the kin word as an adjective and its ending.
    if kin and _glued_size(before, start):
        before = before[:-2]
        if not before:
            return None
    last = before[-1]
    if kin and last.tag == "ETM":
        clause = before[-8:]
        for i, token in enumerate(clause[:-1]):
            nxt = clause[i + 1]
            if token.form in FIRST_PERSON and token.tag == "NP" and nxt.tag in ("JKO", "JKB"):
                return False
            # 저희 남매를 키우신 아버지, 우리 형제를 돌봐 주신 할머니: the writer and siblings.
            if (
                token.form in ("저희", "우리")
                and nxt.tag == "NNG"
                and i + 2 < len(clause)
                and clause[i + 2].tag == "JKO"
            ):
                return False
        # 저는 거동이 불편한 아버지를 간병하며, 장애가 있는 남동생을 돌보며: a clause that only
        # describes the relative being looked after does not make the relative someone else,
        # when the carer is the writer (named, or the dropped subject with no one else in the
        # sentence; the caller passes `cared_for` only when the sentence neither quotes nor
        # honours someone: 몸이 아픈 어머니를 돌보며 다닌다고 했습니다 is a client's).
        predicate = next((t for t in reversed(before[:-1]) if t.tag != "EP"), None)
        describes = (
            predicate is not None
            and (
                predicate.tag in ("VA", "XSA")
                or predicate.form in ("있", "없", "계시")
                # 치매를 앓으시는, 암으로 투병하시는: the relative's condition, not an event
                or predicate.root in ("앓", "겪")
                or any(t.form == "투병" for t in before[-5:])
            )
        )
        writer_cares = _names_writer(before[:1]) or not _mentions_person(before)
        # 치매를 앓으셨던 외할머니: a state described of a relative no stranger is called by
        # (외할머니, 사촌 동생, 남동생) is the writer's own; 몸이 불편하신 할머니 may be a client.
        if describes and family_only(kin_form):
            return False
        return not (cared_for and describes and writer_cares)
    if last.tag in ("NP", "MM") and last.form in FIRST_PERSON:
        return False
    # 그 가족은, 그 어머니는: a relative pointed back to is someone already in the story; 한
    # 어머니, 어느 아버지: one relative among many is someone in the story, never the writer's.
    if kin and last.tag == "MM" and last.form in ("그", "한", "어느", "어떤", "몇몇", "여러"):
        return True
    if last.tag == "JKG" and len(before) >= 2:
        k = _head(before, len(before) - 1)
        if k >= 0:
            owner = before[k]
            if owner.form in FIRST_PERSON:
                return False
            following = before[k + 1] if k + 1 < len(before) else None
            if is_person(owner, following) and not _owner_is_writer(before, k):
                return True
            # 팀의 막내, 동아리의 맏형: a member of a group, even of the writer's own team.
            if owner.form in _GROUPS:
                return True
            # 방문한 집의 어머니, 그 가정의 아버지: a household someone else lives in.
            if (
                owner.form in _HOUSEHOLDS
                and k > 0
                and (before[k - 1].tag == "ETM" or before[k - 1].form in ("그", "옆", "이웃"))
            ):
                return True
    # 고객 어머니, 이용자 딸: a person noun right before, without a particle; 참가자 평균
    # 연령: or one noun further back in the same compound.
    if last.tag in ("NNG", "NNP") and last.form in PEOPLE and last.end < start:
        return True
    if not kin and len(before) >= 2 and last.tag == "NNG":
        if before[-2].tag == "NNG" and before[-2].form in PEOPLE:
            return True
        if len(before) >= 3 and before[-2].tag == "XSN" and is_person(before[-3], before[-2]):
            return True  # 교육+생 평균 나이
    # 이웃집 할머니, 옆집 아저씨: a neighbour's household names whose relative it is.
    if last.tag in ("NNG", "NNP") and last.form in _NEIGHBOURS:
        return True
    return None


# Looking after someone: 돌보다, 간병하다, 모시다 (the root Kiwi gives).
_CARE_VERBS = frozenset({"돌보", "간병", "간호", "부양", "보살피", "모시", "뒷바라지"})


# Relatives that are not in the blind-hiring kin list but, as a subject, belong to whoever the
# sentence is about (한 분은 딸이 교사이고 사위가 의사라며).
RELATIVES = frozenset(
    {
        "아들",
        "딸",
        "손자",
        "손녀",
        "손주",
        "사위",
        "며느리",
        "자녀",
        "자식",
        "아드님",
        "따님",
        "남편분",
    }
)
_STOP = object()
_HOUSEHOLDS = frozenset({"집", "가정", "가구", "댁", "집안"})
_GROUPS = frozenset({"팀", "부서", "동아리", "조", "반", "회사", "센터", "사무실", "모임", "학회"})
_NEIGHBOURS = frozenset(
    {"이웃집", "옆집", "앞집", "뒷집", "윗집", "아랫집", "건넛집", "이웃", "동네"}
)
_BECAUSE = frozenset({"덕분", "때문", "덕", "탓", "까닭"})
_ASSOCIATIONS = ("전우회", "동호회", "동문회", "향우회", "연합회", "협회", "친목회", "모임")
_IN_LAW_HOUSES = frozenset({"시댁", "시가", "처가", "처갓집", "시집"})
_MEMBERS = frozenset({"회원", "단원", "부원", "조원", "대원", "반원", "위원", "회장", "총무"})


def _subject_owner(
    before: Sequence[Morph], kin_words: frozenset[str], rest: Sequence[Morph] = ()
) -> object:
    """Who the last subject or topic in `before` is: True someone else, False the writer,
    None when there is none, _STOP when it is a thing (대기 시간이), which says nothing."""
    for j in range(len(before) - 1, -1, -1):
        particle = before[j]
        if particle.tag not in _SUBJECT_PARTICLES or particle.form not in _TOPIC_FORMS:
            continue
        if j > 1 and before[j - 1].tag == "JKB" and before[j - 2].form not in ("중", "가운데"):
            continue  # 농번기에는, 주말에는: a topic on an adverbial is not who the clause is about
        k = _head(before, j)
        if k < 0:
            continue
        subject = before[k]
        if subject.form in FIRST_PERSON and subject.tag == "NP":
            return False
        if subject.tag not in _NOUN_TAGS:
            continue
        if subject.form in ("어머님", "아버님") and not _names_writer(before[:k]):
            return True  # a client's parent, addressed as one (see about_someone_else)
        if subject.form in kin_words or subject.form in RELATIVES:
            owner = _possessor(before[:k], subject.start, kin=subject.form in kin_words)
            if owner is not None:
                return owner
            # 할머니께서는 손녀가 고려대에 입학했다며: the kin word is the one telling the story.
            if (
                subject.form in kin_words
                and not _names_writer(before[:k])
                and not _names_writer(_until_reported(rest))
                and _kin_speaks([*before[k + 1 :], *rest])
            ):
                return True
            continue  # 손자가 …: whose grandson an earlier subject says
        following = before[k + 1] if k + 1 < len(before) else None
        if is_person(subject, following) or _named_in_story(before, k):
            return True
        # A relative as subject is the writer's unless someone else owns it:
        # 수급자 가정의 아버지는 … 세 자녀를 키우고.
        if _possessor(before[:k], subject.start):
            return True
        # A thing as subject (삼십 년이 넘었다며) sits inside the clause; a person topic before
        # it (주민 한 분은 …) is still who the sentence is about.
        if particle.form in ("이", "가") and _topic_is_person(before[:k]):
            return True
        return _STOP
    return None


def _topic_is_person(before: Sequence[Morph]) -> bool:
    """True when the sentence so far has a person (not the writer) as its 은/는 topic."""
    for j in range(len(before) - 1, 0, -1):
        if before[j].tag != "JX" or before[j].form not in ("은", "는", "께서는"):
            continue
        k = _head(before, j)
        if k < 0 or before[k].tag not in _NOUN_TAGS:
            continue
        if before[k].form in FIRST_PERSON:
            return False
        following = before[k + 1] if k + 1 < len(before) else None
        return is_person(before[k], following)
    return False


def about_someone_else(
    tokens: Sequence[Morph],
    starts: Sequence[int],
    sentence: tuple[int, int],
    start: int,
    end: int,
    *,
    kin_words: frozenset[str] = frozenset(),
    previous: tuple[int, int] | None = None,
) -> bool:
    """True when the fact at [start, end) is about someone other than the writer.

    `tokens` are Kiwi's morphemes of the whole text, `starts` their start offsets (sorted), and
    `sentence` the span of the sentence the fact is in; `kin` says the fact starts with a kin
    word (어머니, 할아버지), which a relative clause can make someone else's; `previous` is the
    span of the sentence before, whose subject a sentence without one carries on.
    """
    first = bisect_left(starts, sentence[0])
    here = bisect_left(starts, start)
    before = tokens[first:here]
    kin = here < len(tokens) and tokens[here].start == start and tokens[here].form in kin_words

    rest = tokens[here : bisect_left(starts, sentence[1])]
    verb = 2  # the verb after the object, over adverbials: 할머니를 3년간 모시고
    while verb < min(len(rest), 6) and between_object_and_verb(rest[verb]):
        verb += 1
    cared_for = (
        kin
        and len(rest) > verb
        and rest[1].tag == "JKO"
        and rest[verb].root in _CARE_VERBS
        and not _quotes_or_honours(rest[verb + 1 :])
        and not _describes_person(rest[verb:])  # 아픈 어머니를 돌보던 청년: the 청년's mother
    )
    # 1. A possessor right before the mention: 민원인의 어머니, 그분의 아들, 저희 어머니.
    # 할머니 생각이 나서, 외삼촌이 떠올랐습니다: a relative remembered is the writer's own.
    thought = len(rest) > 3 and rest[1].form == "생각" and rest[3].form == "나"
    if kin and (thought or any(t.root in _REMEMBER for t in rest[1:4])):
        return False
    # (what someone said about their relative stays theirs: …외할머니를 돌보며 다닌다고 했습니다)
    reported = any(t.tag == "EC" and t.form in _REPORTED for t in rest)
    kin_form = tokens[here].form if kin and not reported else ""
    owner = _possessor(before, start, kin=kin, cared_for=cared_for, kin_form=kin_form)
    if owner is not None:
        return owner
    # 어머니들, 할머니들: a plural relative without 저희/제 is other people's (a writer has one
    # mother; 참여 가정의 어머니들을 위한 모임).
    after_end = bisect_left(starts, end)
    plural = after_end
    if (
        plural + 1 < len(tokens)
        and tokens[plural].start == end
        and tokens[plural].form == "님"
        and tokens[plural].tag == "XSN"
    ):
        plural += 1  # 부모+님+들
    if (
        plural < len(tokens)
        and tokens[plural].start == tokens[plural - 1].end
        and tokens[plural - 1].end >= end
        and tokens[plural].form == "들"
        and tokens[plural].tag == "XSN"
        and tokens[after_end - 1].form in kin_words
    ):
        return True
    # 여고생들은 (여고+생+들): a mention that a person suffix and 들 make into a plural
    # person noun is those people's.
    if (
        after_end + 1 < len(tokens)
        and tokens[after_end].start == end
        and tokens[after_end].tag == "XSN"
        and tokens[after_end].form in ("생", "인", "자")
        and tokens[after_end + 1].tag == "XSN"
        and tokens[after_end + 1].form == "들"
    ):
        return True
    # 어머님께서는, 아버님은 with no 저희/제: how one addresses a client's parent; a writer
    # calls their own 어머니, 아버지 or 부모님.
    if kin and tokens[here].form in ("어머님", "아버님") and not _names_writer(before):
        return True

    # 1b. A kin word without a possessor that heads someone else's story (see _kin_speaks).
    if (
        kin
        and not _names_writer(before)
        and not _names_writer(_until_reported(rest))
        and (_kin_speaks(rest[1:]) or _heard(before))
    ):
        return True

    # 1c. A younger relative honoured by the verb (딸이 시어머니를 모시고 오셔서): a writer does
    # not honour their own child, so it is a client's daughter and her mother-in-law.
    if _honoured_junior(before, rest):
        return True
    # 1d. 기사님 말씀으로는, 어르신 말씀에 따르면: what follows is what that person told.
    if _told_by_someone(before):
        return True
    # 2. The last subject or topic before the mention in the sentence.
    owner = _subject_owner(before, kin_words, rest)
    if owner is not None and owner is not _STOP:
        return owner
    # 2b. No subject yet: a sentence that honours its subject (-시-) or reports what someone
    # said (…다고 했다), and never names the writer, goes on about whoever the previous one was
    # about (한 어르신이 오셨습니다. 아드님이 해외에
    # 계셔서 서류를 떼어 줄 사람이 없다고 하셨습니다). Without -시- the dropped subject is the
    # writer's, as it usually is in a 자기소개서 (… 서른을 앞두고 진로를 고민했습니다).
    if owner is None and previous is not None:
        this = tokens[first : bisect_left(starts, sentence[1])]
        # (-시- inside the mention honours the relative it names: 공무원이신 아버지.)
        honours = any(
            t.tag == "EP" and t.form in ("시", "으시") and not start <= t.start < end for t in this
        )
        reports = any(t.tag == "EC" and t.form in _REPORTED for t in this) and not any(
            t.form == "드리" for t in this
        )
        if (honours or reports) and not any(
            t.form in FIRST_PERSON and t.tag in ("NP", "MM") for t in this
        ):
            earlier = tokens[bisect_left(starts, previous[0]) : first]
            if _subject_owner(earlier, kin_words) is True:
                return True
            if reports and _introduces_person(earlier):
                return True

    # 2c. No subject yet, and the sentence before only brought someone on stage (초등학생
    # 형제가 있었습니다, 한 어르신이 찾아오셨습니다) without the writer in it: the next sentence
    # goes on about them (부모님이 맞벌이라 늦게까지 머무는 아이들을 위해 …).
    # Only a kin word as the subject (부모님이, 어머니께서는) goes on: a dropped subject or a
    # relative as object is the writer's (… 계셨습니다. 시어머니를 모시고 살며 …).
    particle = 1
    while particle < len(rest) - 1 and rest[particle].tag == "XSN":
        particle += 1  # 부모+님+이
    kin_subject = kin and len(rest) > particle and rest[particle].tag in _SUBJECT_PARTICLES
    if kin_subject and owner is None and previous is not None and not _names_writer(before):
        earlier = tokens[bisect_left(starts, previous[0]) : first]
        if _brings_on_stage(earlier) and not _mentions_person(before):
            return True
    # 2d. No subject yet and no writer in either sentence, and both sentences only describe
    # (…이었습니다, 살고 있었습니다, 되지 않았습니다): a description of the person the sentence
    # before was about goes on (상담 대상자는 50대 남성이었습니다. 아내와 사별한 뒤 혼자 지내고
    # 있었습니다). A sentence of doing (…을 배웠습니다) is still the writer's own.
    if (
        owner is None
        and previous is not None
        and carries_description(
            tokens[bisect_left(starts, previous[0]) : first],
            tokens[first : bisect_left(starts, sentence[1])],
            # the mention's own particle (엄마가 식당에서 일해서, 부모님은 모두 …)
            lambda particle: start <= particle.start <= end + 1,
            lambda earlier: _subject_owner(earlier, kin_words) is True,
        )
    ):
        return True
    # 3. A person noun right after: 스물두 살 청년, 20대 후반의 사회초년생.
    after = bisect_left(starts, end)
    counted = False
    # 30대 초반 맞벌이 부부: a noun or two of the same compound may come before the person.
    # (제주 토박이로서 관광객 안내: a mention ending on its particle heads no compound.)
    closed = after > 0 and tokens[after - 1].end == end and tokens[after - 1].tag[0] == "J"
    # 시댁 어르신들, 처가 식구: the people after a household of in-laws are the writer's in-laws.
    in_laws = tokens[after - 1].form in _IN_LAW_HOUSES if after > 0 else False
    compound = None if closed or in_laws else _compound_person(tokens, after, sentence[1])
    if compound is not None:
        return not _writer_in_role(tokens, compound + 1, sentence[1])
    for at, token in enumerate(tokens[after : after + (0 if closed or in_laws else 3)], after):
        if token.start >= sentence[1]:
            break
        if token.tag == "JKG" or (token.form == "출신" and token.tag == "NNG"):
            continue  # 여군 출신 팀장님: the 팀장's origin
        if token.tag in ("MM", "NR"):
            counted = True
            continue  # 열아홉 살 두 명은: a count before the people
        # 해병대 전우회 어르신들: an association named after the fact, and its people (but
        # 봉사단 단원으로, a member's word, is the writer's own membership).
        if token.tag == "NNG" and token.form.endswith(_ASSOCIATIONS):
            continue
        if token.form in _MEMBERS:
            break
        if counted and token.tag == "NNB" and token.form in ("명", "분"):
            return True
        if token.tag in ("NNG", "NNB") and token.form in PEOPLE and token.form not in _PEERS:
            # 한경대 학생으로서, 스물넷 청년인 저는: the person is the writer in a role.
            return not _writer_in_role(tokens, at + 1, sentence[1])
        # 1990년생 동기는 저보다 먼저: a peer set against the writer is not the writer.
        # (Only for an age: 서울대 동기 still says the writer's school.)
        age_like = tokens[after - 1].form in ("생", "년생", "살", "세", "대")
        # (입사 동기: one noun may come before the peer.)
        peer = at + 1 if token.tag == "NNG" and token.form not in _PEERS else at
        if (
            age_like
            and peer < len(tokens)
            and tokens[peer].form in _PEERS
            and _set_against_writer(tokens[peer + 1 : bisect_left(starts, sentence[1])])
        ):
            return True
        break
    # 선한 인상 덕분에 처음 보는 어르신들도: a mention closed by 덕분에, 때문에 is an adverbial
    # of the writer's clause; the person after it is described by a clause of its own.
    closing = tokens[after : after + 2]
    if len(closing) == 2 and closing[0].form in _BECAUSE and closing[1].tag in ("JKB", "VCP"):
        return False
    # 4. Inside a clause that describes a person: 전역한 지 일주일 된 청년, 체중이 급격히 줄어든
    # 어르신, 서울대를 나온 팀장님.
    # (A mention that ends a clause, 바닷가 마을에서 자라, describes no one after it.)
    if after > 0 and tokens[after - 1].tag in ("EC", "EF"):
        return False
    rest_after = tokens[after : bisect_left(starts, sentence[1])]
    # A mention that ends in a modifier (아이를 키우는 | 한부모 가정): its head follows at once.
    peers_ok = after > 1 and tokens[after - 2].tag == "VCP"
    if tokens[after - 1].tag == "ETM" and head_is_person(
        rest_after, 0, peers_ok=peers_ok, compound=True
    ):
        return True
    return _describes_person(rest_after)
