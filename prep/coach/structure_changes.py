"""What changed in the world after the writer acted, read from a clause's shape rather than cue
words: a problem that stopped (문의 전화가 끊겼습니다, 민원이 사라졌습니다), a backlog that emptied
(대기 카트가 비었습니다), a mishap that did not happen (혈압 기록이 끊기지 않았습니다, 지적받은
항목이 없었습니다), others doing something new now (이제 아이들은 곧장 그 칸으로 갑니다) or taking
up the writer's work (해당 기관이 패치를 적용했습니다).

Each test is for a clause that follows the writer's action: before it, the same words often tell
the problem (통화가 끊겼습니다, 재고가 비었습니다). A clause about the writer (저는 …), or a
feeling, a plan, a promise or a wish (-겠, -고 싶, -려고) states no change.
"""

from __future__ import annotations

from collections.abc import Sequence

from prep.coach import morph
from prep.coach.structure_later import (
    done_again_later,
    finished_without_mishap,
    still_at_it_now,
)
from prep.coach.structure_others import negated, sentence_topic

_PAST = frozenset({"었", "았", "였", "ᆻ"})
_PREDICATES = frozenset({"VV", "VA", "VX", "VCP", "XSV", "XSA"})

# Verbs of something stopping, shrinking or emptying (intransitive).
_STOPPED = frozenset(
    {
        *("끊기", "그치", "멎", "멈추", "사라지", "없어지", "줄", "줄어들", "잦아들"),
        *("수그러들", "가라앉", "비", "뜸하", "끝나", "풀리", "걷히", "해소되"),
    }
)
# Verbs of something going wrong: not happening after the writer acted is the outcome
# (끊기지 않았습니다, 밀리지 않았습니다), and so is no one or nothing they happened to
# (빠뜨린 끼니가 없었습니다, 지적받은 항목이 없었습니다).
_MISHAPS = frozenset(
    {
        *("끊기", "밀리", "놓치", "빠뜨리", "빠지", "틀리", "잃", "잊", "막히", "헤매"),
        *("늦", "넘기", "어기", "엇갈리", "뒤바뀌", "꼬이", "멈추", "고장나", "떨어뜨리"),
        *("지적", "누락", "폐기", "반려", "분실", "연체", "지연", "취소", "반송", "착오"),
        *("실수", "오류", "결석", "결근", "지각", "민원", "항의", "재발", "사고", "파손"),
        # waste: 버리는 반찬이 거의 없었습니다, 상한 재료가 나오지 않았습니다
        *("버리", "상하", "썩", "남기"),
    }
)
# Taking up what the writer made or reported (기관이 패치를 적용했습니다).
_ADOPTED = frozenset(
    {"적용", "도입", "반영", "채택", "수용", "받아들이", "시행", "승인", "허가", "개정", "수정"}
)
# How others managed something after the writer's help: safely, on time, on their own.
_MANAGED = frozenset(
    {"무사히", "안전하게", "스스로", "혼자", "혼자서", "제때", "무난히", "순조롭게", "원활하게"}
)
# Living or staying somewhere (혼자 지내셨습니다) is a state, not something managed.
_STAYING = frozenset({"지내", "살", "계시", "있", "머물"})
# Going on using what was made, as others say they will (다음 학기에도 쓰겠다고 했습니다).
ADOPTING = frozenset(
    {"쓰", "사용하", "활용하", "도입하", "적용하", "채택하", "유지하", "계속하", "이어가"}
)
# 이제 아이들은 곧장 그 칸으로 갑니다: a state that holds now, after the writer acted.
_NOW = frozenset({"이제", "지금", "요즘", "요즈음", "현재", "요새"})


def _stem(body: Sequence[morph.Morph], i: int) -> str:
    """The verb at `i` as a stem: 지적+받 → 지적, 폐기+하 → 폐기, 빠뜨리 → 빠뜨리."""
    t = body[i]
    derived = t.tag in ("XSV", "XSA") or t.tag == "VV" and t.form in ("받", "당하", "되")
    if derived and i and body[i - 1].tag in ("NNG", "XR"):
        return body[i - 1].form
    return t.form


def _writer_or_future(tokens: Sequence[morph.Morph]) -> bool:
    """The clause is about the writer, or looks ahead (-겠, -고 싶, -려고, -ㄹ 것)."""
    if sentence_topic(tokens) == "writer":
        return True
    for t in tokens:
        if t.tag == "EP" and t.form == "겠":
            return True
        if t.tag == "EC" and t.form in ("려고", "으려고", "고자") or t.form == "싶":
            return True
    return False


def state_changed(
    tokens: Sequence[morph.Morph], clause: Sequence[morph.Morph] | None = None
) -> bool:
    """After the writer acted, the last clause (`clause`, by default all of `tokens`) of the
    sentence `tokens` tells a change of state of something in the world or of other people (see
    the module docstring)."""
    if _now_so([t for t in tokens if t.tag not in ("SF", "SP", "SS")]):
        return True
    body = [t for t in (tokens if clause is None else clause) if t.tag not in ("SF", "SP", "SS")]
    predicates = [i for i, t in enumerate(body) if t.tag in _PREDICATES]
    if predicates and _adoption_said(body, predicates[-1]):
        return True
    if not predicates or _writer_or_future(body) or _no_change(tokens):
        return False
    k = predicates[-1]
    main = body[k]
    past = any(t.tag == "EP" and t.form in _PAST for t in body[k:])
    if not past:
        return _in_use(body, k) or still_at_it_now(body, k)
    # 혈압 기록이 끊기지 않았습니다, 배송이 밀리지 않았습니다: a mishap negated.
    if main.tag == "VX" and main.form in ("않", "못하") and k >= 2 and body[k - 1].form == "지":
        j = k - 2
        return body[j].tag in _PREDICATES and _stem(body, j) in _MISHAPS and _has_subject(body)
    if negated(body):
        return False
    # 빠뜨린 끼니가 없었습니다, 지적받은 항목이 없었습니다: nothing a mishap happened to.
    if main.form == "없" and main.tag == "VA":
        return _mishap_noun_before(body, k)
    # 문의 전화가 끊겼습니다, 대기 카트가 비었습니다, 창구 앞 줄이 없어졌습니다.
    verb = main
    if main.tag == "VX" and main.form == "지" and k >= 2 and body[k - 2].form == "없":
        verb = body[k - 2]
        return _has_subject(body)
    if verb.tag == "VV" and verb.form in _STOPPED:
        return _has_subject(body)
    # 아이는 무사히 부모님을 만났습니다, 어르신들이 혼자 표를 뽑으셨습니다: others managed it
    # safely, on time or on their own.
    managed = any(t.form in _MANAGED for t in body[:k]) and main.form not in _STAYING
    if main.tag in ("VV", "XSV", "VX") and (managed or _at_once(body[:k])):
        return _has_subject(body)
    # 동료들도 같은 표를 쓰기 시작했습니다: others took up a new way of doing.
    if main.tag == "XSV" and k >= 2 and body[k - 1].form == "시작" and body[k - 2].tag == "ETN":
        return _has_subject(body)
    # 팀장님은 이 안내표를 다른 창구에도 붙이게 하셨습니다: what was made spread to others.
    if _spread(body[:k]):
        return _has_subject(body)
    # 해당 기관이 패치를 적용했습니다: someone else took up what was made or reported.
    if main.tag == "XSV" and k and body[k - 1].form in _ADOPTED or main.form in _ADOPTED:
        return sentence_topic(body) in ("person", "thing") and any(t.tag == "JKO" for t in body)
    # 그분은 다음 방문에서 접수를 마치셨습니다, 수업 취소 없이 진도를 마쳤습니다.
    return done_again_later(body, k) or finished_without_mishap(body, k)


def _at_once(body: Sequence[morph.Morph]) -> bool:
    """한 번에, 한번에: done at the first try."""
    return any(
        t.form == "번"
        and i
        and body[i - 1].form == "한"
        and i + 1 < len(body)
        and body[i + 1].form == "에"
        for i, t in enumerate(body)
    )


# Places or people beyond the writer's own (다른 창구에도, 모든 지점에서도, 전 직원에게도).
_OTHERS = frozenset({"다른", "모든", "전", "타", "인근", "옆", "이웃"})


def _spread(body: Sequence[morph.Morph]) -> bool:
    """다른 창구에도, 모든 지점에서도: what was done reached others too."""
    for i, t in enumerate(body):
        if t.form in _OTHERS and t.tag in ("MM", "NNG", "XPN"):
            for j in range(i + 1, min(i + 5, len(body) - 1)):
                if body[j].tag == "JKB" and body[j + 1].tag == "JX" and body[j + 1].form == "도":
                    return True
    return False


# Passives of being used or run (쓰이고 있습니다, 활용되고 있습니다).
_USED = frozenset({"쓰이", "사용되", "활용되", "적용되", "운영되", "시행되", "유지되", "이용되"})


def _in_use(body: Sequence[morph.Morph], k: int) -> bool:
    """이 일정표는 지점의 기본 양식으로 쓰이고 있습니다: what was made is in use now."""
    if body[k].form != "있" or k < 2 or body[k - 1].form != "고":
        return False
    verb = body[k - 2]
    stem = f"{body[k - 3].form}{verb.form}" if verb.tag == "XSV" and k >= 3 else verb.form
    return stem in _USED and sentence_topic(body) == "thing"


# Getting closer to people (팀원들과 더 가까워졌습니다, 사이가 돈독해졌습니다) is how the writer
# felt about them, not a change the work made.
_CLOSER = frozenset({"가깝", "친하", "친해지", "끈끈", "돈독", "각별", "두텁", "화목", "친밀"})


def grew_closer(tokens: Sequence[morph.Morph]) -> bool:
    """The main predicate is an adjective of closeness made a change (가까워졌, 끈끈해졌)."""
    return any(t.form in _CLOSER and t.tag in ("VA", "XR", "VV") for t in tokens[-8:])


# The old state going on (여전히, 아직도, 자꾸), or a turn against what was done (하지만, 그런데):
# what follows is no change the work made (그런데 통화 도중 전화가 자꾸 끊겼습니다).
_STILL = frozenset({"여전히", "아직", "아직도", "자꾸", "자주", "계속", "또", "변함없이", "늘"})
_TURNS = frozenset({"하지만", "그러나", "그런데", "그래도", "다만", "그럼에도"})


def _no_change(tokens: Sequence[morph.Morph]) -> bool:
    turned = bool(tokens) and tokens[0].form in _TURNS
    return turned or any(t.form in _STILL and t.tag in ("MAG", "NNG") for t in tokens)


def _adoption_said(body: Sequence[morph.Morph], k: int) -> bool:
    """현지 교사들이 …을 다음 학기에도 쓰겠다고 했습니다: others said they will go on using it."""
    if body[k].form != "하" or k < 3 or body[k - 1].form not in ("다고", "다며"):
        return False
    if body[k - 2].form != "겠":
        return False
    verb = body[k - 3]
    stem = f"{body[k - 4].form}하" if verb.tag == "XSV" and k >= 4 else verb.form
    return stem in ADOPTING and sentence_topic(body, relative=False) in ("person", "thing")


def _has_subject(body: Sequence[morph.Morph]) -> bool:
    """A subject other than the writer is named (…가, …는)."""
    return sentence_topic(body) in ("person", "thing")


def _mishap_noun_before(body: Sequence[morph.Morph], k: int) -> bool:
    """…ㄴ N이/가 없었: N is modified by a clause whose verb is a mishap (빠뜨린, 지적받은)."""
    for i in range(k - 1, 1, -1):
        t = body[i]
        if t.tag in ("JKS", "JX") and i >= 2 and body[i - 2].tag == "ETM":
            j = i - 3
            return j >= 0 and body[j].tag in _PREDICATES and _stem(body, j) in _MISHAPS
    return False


def _now_so(body: Sequence[morph.Morph]) -> bool:
    """이제 아이들은 … 곧장 그 칸으로 갑니다: others do something new now, told in the present."""
    predicates = [i for i, t in enumerate(body) if t.tag in _PREDICATES]
    ending = body[predicates[-1] :] if predicates else ()
    if not predicates or any(t.tag == "EP" and t.form in (*_PAST, "겠") for t in ending):
        return False
    k = predicates[-1]
    now = next((i for i, t in enumerate(body[:3]) if t.form in _NOW), None)
    if now is None:
        return False
    rest = body[now + 2 :] if now + 1 < len(body) and body[now + 1].tag == "JX" else body[now + 1 :]
    everyone = any(t.form in ("누구", "모두", "다들", "누구든") for t in rest[:3])
    if sentence_topic([body[now], *rest]) not in ("person", "thing") and not everyone:
        return False
    return body[k].tag in ("VV", "XSV") and not negated(body)


def embeds_writer_work(tokens: Sequence[morph.Morph]) -> bool:
    """현지 교사들이 제가 만든 교안을 …: someone else is the subject and what they dealt with
    is the writer's work (제가 + a verb + an adnominal ending), so the writer has acted."""
    if sentence_topic(tokens, relative=False) not in ("person", "thing"):
        return False
    for i, t in enumerate(tokens[:-3]):
        if t.form in ("제", "저") and t.tag == "NP" and tokens[i + 1].tag == "JKS":
            after = tokens[i + 2 : i + 8]
            verb = next((k for k, a in enumerate(after) if a.tag in ("VV", "XSV")), None)
            if verb is None or verb + 1 >= len(after) or after[verb + 1].tag != "ETM":
                continue
            # …what the others acted on (제가 만든 교안을, 제가 정리한 표로), not where the
            # writer was (제가 근무한 콜센터는 …)
            rest = tokens[i + 2 + verb + 2 : i + 2 + verb + 8]
            case = next((a for a in rest if a.tag in ("JKO", "JKB", "JKS", "JX")), None)
            if case is not None and (case.tag == "JKO" or case.form in ("로", "으로")):
                return True
    return False
