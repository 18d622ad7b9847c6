"""Values told by the shape of a sentence rather than by a word: several parties made to work
as one (협업), an act said by an adverb (잘못된), a belief stated (…다고 믿습니다).

  * 협업 without the word: in one sentence, more than one party acting together (두 기관,
    각 업체 담당자와, 전산팀과 상담팀이, 기관마다, 서로) and an act that joins their work
    (하나의 양식으로 합쳤다, 명단을 맞춰 보았다, 함께 쓰는 기록표, 연락망을 정리했다). Either
    alone is any story: 두 기관 is a setting, 합쳤다 a chore. A party that only receives
    (양쪽에 공유했다) is not acting together.
  * Adverbs that are themselves the act (잘못된 정보): Kiwi tags them MAG, which concept
    matching skips; they are added as related words.
  * 믿다 after a quoted clause (…다고 믿습니다) is the writer's opinion, not trust.
"""

from __future__ import annotations

import re

from prep.coach import morph
from prep.coach.fit_related import RELATED
from prep.coach.morph import Concept

# Parties: a count or 'each' before a body or a person, a body with 마다/끼리/간, two named
# teams, one body or role joined by 와/과 to the writer's act, or 서로.
_BODY = (
    r"(?:기관|팀|부서|부처|업체|센터|지사|지점|병원|학교|단체|담당자|실무자|직원|파트|직종|"
    r"부|과|소|처|청|공단|보건소|경찰서|소방서|구청|시청|군청|주민센터|복지관|사업소|협회|"
    r"간호사님?|사회복지사님?|선생님|관리자|기사님|주무관님?|팀장님|과장님|대리님|실장님|주임님|반장님|팀원|동료|선배|후배|"
    r"조원|동기|근무자|매니저|사업단|봉사단|위원회)"
)
_PARTIES = re.compile(
    r"(?:두|세|네|여러|각|모든|양)\s?(?:기관|팀|부서|부처|업체|센터|지사|지점|병원|학교|단체|"
    r"담당자|실무자|분|직종|파트|곳|부|기관의)"
    r"|(?:기관|팀|부서|부처|업체|센터|지사|지점|병원|단체|담당자|파트|간호사|복지사|선생님|"
    r"근무자|직원|교대조|조)(?:마다|끼리|\s?간에|들끼리)"
    r"|팀(?:과|와)\s?[가-힣]{1,12}팀(?:이|은|의|에|\s?사이)"
    r"|" + _BODY + r"(?:들)?(?:과|와|하고|이랑)\s?(?:함께|같이|만나|만났|모여|"
    r"[가-힣]{1,8}\s)"
    r"|(?<![가-힣])서로(?:의)?(?=\s)"
    r"|([가-힣]{1,6}팀)[^.!?\n]{1,40}?(?!\1)[가-힣]{1,6}팀"
)
# Acts that join several parties' work into one.
_JOINING = re.compile(
    r"합[쳐치쳤친]|모[아았은]|맞[춰추췄춘]|공유|공통|하나의|하나로|한\s?(?:파일|문서|표|양식|장|곳|"
    r"방|화면|달력)(?:에|으로|로)|(?:함께|같이)\s?(?:쓰|보|사용|확인|관리|정리|작성|점검|만들)|연결|"
    r"연락망|조율|협의|의논|상의|주고받|통일|일원화|이어\s?(?:주|드)|회의(?=를|에서|\s?시간)|브리핑|"
    r"같은\s?(?:시트|화면|자료|표|문서|파일|명단|목록)|짚어\s?보|"
    # telling one side what the other needs to know (…팀에 바로 알렸다, 결과를 넘겨)
    r"알리|알려|알렸|전달|넘겨|넘기|물어|여쭈|"
    # going between the parties to settle one thing (양쪽을 오가며 함께 정했다)
    r"오가며|오가면서|사이를\s?오가|(?:함께|같이)\s?정[하했해]"
)
_SENTENCE = re.compile(r"[^.!?\n]+")


def joint_work(text: str) -> list[Concept]:
    """협업 concepts where a sentence has several parties acting and an act that joins them, in
    the same sentence or the next (간호사마다 따로 관리되어… 저는 공유 달력에 일정을 맞추었다)."""
    out = []
    sentences = list(_SENTENCE.finditer(text))
    joins = [_JOINING.search(sentence.group()) is not None for sentence in sentences]
    for number, sentence in enumerate(sentences):
        if not joins[number] and not (number + 1 < len(joins) and joins[number + 1]):
            continue  # no joining act here or next: the parties need not be looked for
        body = sentence.group()
        party = _PARTIES.search(body)
        if party is None:
            continue
        if body[party.end() : party.end() + 1] == "에" and not party.group().endswith(
            (" ", "사이")
        ):
            continue  # 양쪽에 공유했다: the parties receive, they do not act together
        start = sentence.start() + party.start()
        joining = _JOINING.search(body, party.start())
        if joining is not None:
            end = sentence.start() + joining.end()
        elif (
            number + 1 < len(sentences)
            and "\n" not in text[sentence.end() : sentences[number + 1].start()]
        ):
            after = sentences[number + 1]
            joining = _JOINING.search(after.group())
            if joining is None:
                continue
            end = after.start() + joining.end()
        else:
            continue
        out.append(Concept("협업", start, end, text[start:end]))
    return out


# 동행 without the word: a purpose clause whose subject is someone who could be left out (어르신,
# 아이들, 한부모 가정, 한 분도): …이 끼니를 거르지 않도록, …이 겨울을 무사히 나실 수 있도록. The
# writer's act is for that person to be well and not left behind, the value's own idea.
_LEFT_OUT = (
    r"(?:어르신|노인|할머니|할아버지|장애인|아이|아동|어린이|청소년|이웃|주민|가정|가구|"
    r"취약계층|소외계층|한부모|독거|이주민|외국인|다문화|근로자|참여자|대상자|수급자|유가족|"
    r"청년|저소득)"
)
_KEPT_WITH = re.compile(
    r"(?:" + _LEFT_OUT + r"(?:\s[가-힣]{1,4})?(?:분|님)?(?:들)?(?:분들)?(?:이|가|께서|도|은|는|만)"
    r"|한\s?(?:분|명|가구|사람)도)"
    r"\s(?:[^.!?\n]{0,30}?)(?:수\s?있도록|수\s?있게|지\s?않도록|지\s?않게|없도록|없게)"
)


# …or such a person's difficulty (어르신이 길을 자주 잊으셔서, 청년이 집 구하는 것을 어려워해,
# 한글을 모르시는 어르신을 위해): what the writer does next is done alongside them.
_STRUGGLING = re.compile(
    _LEFT_OUT + r"(?:\s[가-힣]{1,4})?(?:분|님)?(?:들)?(?:분들)?(?:이|가|께서|은|는)"
    r"\s(?:[^.!?\n]{0,30}?)(?:어려워하|어려워해|어려워하셔|힘들어하|힘들어해|힘들어하셔|잊으|"
    r"헤매|막막해|서툴|서투|불편해하|걱정하|불안해하|불안해해|당황|난감해|울먹|허둥)"
    r"|(?:모르시는|어려워하시는|불편하신|서툰|서투신|힘들어하시는)\s?(?:[가-힣]{1,6}\s)?"
    + _LEFT_OUT
    + r"(?:분|님)?(?:들)?(?:을|를|께|에게)\s?(?:위해|대신|모시고)?"
)


def kept_with(text: str) -> list[Concept]:
    """동행 concepts where a purpose clause keeps someone who could be left out well, or
    where such a person's difficulty is told."""
    out = [Concept("동행", m.start(), m.end(), m.group()) for m in _KEPT_WITH.finditer(text)]
    for m in _STRUGGLING.finditer(text):
        # helping someone through a difficulty is also the warm consideration of 국민중심
        out.append(Concept("동행", m.start(), m.end(), m.group()))
        out.append(Concept("국민중심", m.start(), m.end(), m.group()))
    return out


def shape_concepts(text: str) -> list[Concept]:
    """The concepts this module reads from sentence shapes (joint work, someone kept with)."""
    return [*joint_work(text), *kept_with(text)]


# Adverbs that are the act itself (Kiwi tags them MAG, which concept matching skips).
ACT_ADVERBS = frozenset({"잘못"})


def act_adverbs(text: str) -> list[Concept]:
    """The act adverbs of `text` (잘못된 정보), as concepts keyed by their form."""
    return [
        Concept(m.form, m.start, m.end, m.form)
        for m in morph.tokens(text)
        if m.tag == "MAG" and m.form in ACT_ADVERBS
    ]


def belief_stated(text: str, found: list[Concept]) -> list[Concept]:
    """`found` without 믿다 that states the writer's opinion (…다고 믿습니다, …라고 믿는다):
    a belief about a claim, not trust earned or given."""
    tokens = morph.tokens(text)
    quoting = {t.end for t in tokens if t.tag == "EC" and t.form.endswith(("다고", "라고"))}
    if not quoting:
        return found
    return [
        c
        for c in found
        if not (c.lemma == "믿다" and (c.start in quoting or c.start - 1 in quoting))
    ]


# A change made because one was told to (점장님 지시대로 바꿨다): the order's, not the writer's.
_ORDERED = re.compile(r"지시(?:대로|에\s?따라|를\s?받고)|시키(?:는|신)\s?대로|하라는\s?대로")


_CHANGE = RELATED["혁신"] | {"혁신"}


def not_ordered(text: str, found: list[Concept]) -> list[Concept]:
    """`found` without 혁신 and its related words in a sentence that says the change was
    ordered."""
    if _ORDERED.search(text) is None:
        return found
    spans = [m.span() for m in _SENTENCE.finditer(text) if _ORDERED.search(m.group())]
    return [c for c in found if c.key not in _CHANGE or not any(s <= c.start < e for s, e in spans)]
