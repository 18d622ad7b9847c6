"""Spacing and usage rules read from Kiwi's part-of-speech tags, not from Kiwi's free respacing.

Kiwi's `space()` rewrites a whole sentence and, used whole, splits proper nouns and compounds;
its analysis is more precise. Each rule here looks at two neighbouring morphemes and whether a
space separates them:

* a modifier ending (관형사형 어미, ETM) written against the dependent noun it modifies
  (할수, 하는것, 하는데, 입사한지, 노력한만큼, 할뿐, 할때) — 한글 맞춤법 제42항;
* a native numeral against its unit (두명, 세번, 첫번째) — 제43항;
* a particle written apart from its noun (저 는, 회사 를) — 제41항;
* a noun written apart from its -하다/-되다 (노력 하였다, 개선 되었다) — 제2항, 접미사는 붙여 씀;
* -고 있다, -지 않다, -어야 하다, -게 되다 written together (하고있다) — 제47항 allows joining
  only -아/-어 auxiliaries;
* 안 written against the verb it negates (안썼다) — 부사는 띄어 씀;
* -(으)로서 after a nominalised verb (들음으로서 → 들음으로써) — 제57항.

Morphemes come from prep.coach.morph, so the coaching pass and this check tokenise a draft once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prep.coach import morph
from prep.coach.findings import josa
from prep.coach.morph import Morph
from prep.coach.spelling_hits import Hit
from prep.coach.spelling_units import distributive as _distributive
from prep.coach.spelling_words import hangul as _hangul
from prep.coach.spelling_words import hangul_word as _hangul_word
from prep.coach.spelling_words import takes_doeda as _takes_doeda
from prep.coach.spelling_words import takes_hada as _takes_hada
from prep.coach.spelling_words import word_end as _word_end
from prep.coach.spelling_words import word_start as _word_start

SRC_DEP = "한글 맞춤법 제42항 (의존 명사는 띄어 씀)"
SRC_UNIT = "한글 맞춤법 제43항 (단위를 나타내는 명사는 띄어 씀)"
SRC_PARTICLE = "한글 맞춤법 제41항 (조사는 앞말에 붙여 씀)"
SRC_SUFFIX = "한글 맞춤법 제2항 (접미사 '-하다'·'-되다'는 앞말에 붙여 씀)"
SRC_AUX = "한글 맞춤법 제47항 (보조 용언은 띄어 씀)"
SRC_ADVERB = "한글 맞춤법 제2항 (부사 '안'은 띄어 씀)"
SRC_ROSEO = "한글 맞춤법 제57항 (-로서 자격, -로써 수단)"
SRC_DETERMINER = "한글 맞춤법 제2항 (관형사는 띄어 씀)"
SRC_EOJIDA = "표준국어대사전 '-어지다' (앞말에 붙여 씀)"

# Dependent nouns Kiwi tags NNB, and the few ordinary nouns that behave like them after a
# modifier ending. 뿐더러, -ㄹ수록, -는데 (connective) come out as endings and never reach here.
_AFTER_ETM_NNG = frozenset(
    {"때", "경우", "동안", "중", "후", "뒤", "무렵", "다음", "점", "부분", "방법", "이유", "사람"}
)
# Determiners (관형사) that Kiwi splits off a noun written against them (오랜시간, 모든것).
_DETERMINERS = frozenset({"오랜", "모든", "여러", "온갖", "갖은", "어떤", "무슨", "각"})
# Nouns the prefix 수(數) joins into one word (수차례, 수년, 수십): Kiwi tags it MM.
_SU_JOINS = frozenset(
    {"차례", "년", "개월", "십", "백", "천", "만", "일", "주", "시간", "배", "회"}
)
# Units after a number that the dependent noun 차 (3년 차, 2일 차) follows.
_CHA_AFTER = frozenset({"년", "개월", "주", "일"})
# Native numerals before a unit (두 명, 서른 편, 마흔 장); 스물 becomes 스무 before a unit.
_NUMERALS = frozenset(
    {"한", "두", "세", "네", "석", "넉", "첫", "몇", "다섯", "여섯", "일곱", "여덟", "아홉", "열",
     "스무", "서너", "두세", "한두", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"}
)  # fmt: skip
_UNITS = frozenset(
    {
        "개", "명", "번", "가지", "시간", "달", "살", "권", "장", "군데", "곳", "마리", "잔",
        "벌", "차례", "분", "사람", "층", "쪽", "건", "회", "편", "주", "주일", "해", "년",
        "개월", "시", "바퀴", "줄", "집", "상자", "봉지", "그릇", "묶음", "켤레", "송이", "그루",
        "포대", "박스",
    }
)  # fmt: skip
# Numeral + unit pairs that are single words in the dictionary (한곳, 한쪽, 한층, 한편, 한때,
# 세분화, 첫해) or too often a name: not flagged. 월 only goes with 몇 (몇월 → 몇 월).
_UNITS_FOR = {
    "한": _UNITS - {"번", "곳", "쪽", "층", "편", "분", "해", "시", "줄", "장", "주", "집"},
    "세": _UNITS - {"분"},
    "첫": frozenset({"번"}),
    "몇": _UNITS | {"월"},
    # 석, 넉 are the forms of 셋, 넷 before 달 and 장 only (석 달, 넉 장); 석회, 석권 are nouns.
    "석": frozenset({"달", "장"}),
    "넉": frozenset({"달", "장"}),
}
# 열한, 스물한: 한 at the end of a larger count is a count, so 시, 번, 곳 go apart (열한 시);
# the one-word exceptions (한때, 한곳) hold only for a bare 한.
_TENS = frozenset({"열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"})
# 보조 용언 '-ㄹ 듯하다, 만하다, 법하다, 척하다, 체하다, 뻔하다' may be written together (제47항).
_AUX_ADJECTIVE_NOUNS = frozenset({"듯", "만", "법", "척", "체", "뻔", "양"})
_VERB_AFTER = {"수": ("있", "없"), "것": ("같",), "줄": ("알", "모르"), "적": ("있", "없")}
_PARTICLE_TAGS = frozenset({"JKS", "JKC", "JKG", "JKO", "JKB", "JKV", "JKQ", "JX", "JC"})
_NOUN_TAGS = frozenset({"NNG", "NNP", "NP", "NNB", "XSN"})
# Determiner + noun pairs that the dictionary lists as one word (그것, 그동안, 그때, 그중).
_ONE_WORD_AFTER_DETERMINER = {
    "것": ("이", "그", "저"),
    "동안": ("그",),
    "때": ("그", "이"),
    "중": ("그",),
    "간": ("그",),
    "날": ("그", "이"),
}
# Suffixes Kiwi recognises after a space (고객 님, 팀원 들, 업무 상, 부서 별, 하나 씩, 먼지 투성이).
_SUFFIXES_APART = frozenset({"님", "들", "상", "적", "별", "씩", "끼리", "쯤", "투성이"})
_AUX_JOINED = {
    ("고", "있"): "-고 있다",
    ("고", "싶"): "-고 싶다",
    ("고", "계시"): "-고 계시다",
    ("지", "않"): "-지 않다",
    ("지", "못하"): "-지 못하다",
    ("어야", "하"): "-어야 하다",
    ("아야", "하"): "-어야 하다",
    ("게", "되"): "-게 되다",
    ("게", "하"): "-게 하다",
    ("지", "말"): "-지 말다",
    ("다", "보"): "-다 보다",
}
# Nouns that 되다 follows as "become/reach": Kiwi reads 얼마되다 as one verb, but
# 얼마 되지 않아 is right as written.
_BECOME_NOUNS = frozenset({"얼마", "오래", "정도", "이상", "하나", "사람", "어른", "가족", "친구"})
# 안되다 (일이 잘 안되다) is one word; 안 + 되다 is only flagged after -면/-서는 (an.prohibit).
_AN_JOIN_EXCEPT = frozenset({"되", "하", "녕"})


# Place names that Kiwi may read as 안 + verb (안산대 → 안 사 + ㄴ대).
_PLACES_WITH_AN = ("안산", "안양", "안성", "안동", "안면", "안중", "안국", "안암")
# Nouns the dictionary writes with 중 as one word (무의식중, 부지불식중, 부재중 전화).
_ONE_WORD_JUNG = ("무의식", "부지불식", "은연", "한밤", "부재", "무심", "얼떨결")
# 세명대학교, 세명고: a school's name, not 세 명.
_SCHOOL_AFTER = re.compile(r"대학|대(?![가-힣])|고등|고(?![가-힣])|중학")


def hits(text: str) -> list[Hit]:
    ms = morph.tokens(text)
    return list(_scan(text, ms))


def _after_tens(ms: tuple[Morph, ...], i: int) -> bool:
    """The 한 before ms[i] closes a count written together with its tens (열한, 스물한)."""
    return i >= 2 and ms[i - 2].form in _TENS and ms[i - 2].end == ms[i - 1].start


def _scan(text: str, ms: tuple[Morph, ...]) -> Iterator[Hit]:
    n = len(ms)
    for i in range(1, n):
        prev, cur = ms[i - 1], ms[i]
        # Tags and forms as locals: each branch below reads them, and a NamedTuple field is a
        # property lookup (the loop runs once per morpheme, ~700 times for a 1,500-char draft).
        ptag, ctag, pform, cform = prev.tag, cur.tag, prev.form, cur.form
        attached = (
            cur.start <= prev.end and cur.start > 0 and _hangul(text[cur.start - 1 : cur.start])
        )
        spaced = text[prev.end : cur.start] == " "
        nxt = ms[i + 1] if i + 1 < n else None

        if ptag == "ETM" and attached and cur.start >= 1:
            after_past = i >= 2 and ms[i - 2].tag == "EP" and cform == "데"
            if (
                not after_past
                and (ctag == "NNB" or (ctag == "NNG" and cform in _AFTER_ETM_NNG))
                and (nxt is None or not (cform == "뿐" and nxt.form == "더러"))
            ):
                if not _noun_verb_misread(text, ms, i):
                    yield from _dependent_noun(text, prev, cur, nxt)
                continue

        if ptag == "NNB" and pform in _VERB_AFTER and _verb_after_noun(text, prev, cur):
            s = cur.start
            if i >= 2 and ms[i - 2].tag == "ETM" and text[prev.start - 1 : prev.start] == " ":
                yield Hit(prev.start, s + 1, f"{text[prev.start : prev.end]} {text[s]}", "spacing",
                          f"'{pform}' 뒤의 '{cform}다'는 띄어 씁니다. (할 것 같다)",
                          "kiwi.dependent-noun", SRC_DEP)  # fmt: skip
                continue

        if (
            ptag == "NNB"
            and ctag == "NNB"
            and cform == "만"
            and attached
            and nxt is not None
            and nxt.form == "에"
        ):
            s = cur.start
            yield Hit(s, s + 1, " 만", "spacing", "시간이 지났음을 나타내는 '만'은 띄어 씁니다.",
                      "kiwi.dependent-noun", SRC_DEP)  # fmt: skip
            continue

        if (
            ptag in ("MM", "NR")
            and pform in _NUMERALS
            and ctag in ("NNB", "NNG")
            and (
                cform in _UNITS_FOR.get(pform, _UNITS)
                or (pform == "한" and cform in _UNITS and _after_tens(ms, i))
            )
            and cur.start == prev.end
            and text[prev.start : prev.end] == pform
            and not _SCHOOL_AFTER.match(text, cur.end)
        ) or _distributive(text, ms, i, _UNITS):
            s = cur.start
            yield Hit(s - len(pform), s + len(cform),
                      f"{pform} {text[s : s + len(cform)]}", "spacing",
                      "수를 나타내는 말과 단위는 띄어 씁니다. (두 명, 세 번)",
                      "kiwi.numeral-unit", SRC_UNIT)  # fmt: skip
            continue

        if (
            ctag in _PARTICLE_TAGS
            and spaced
            and ptag in _NOUN_TAGS
            and _particle_apart(text, ms, i)
        ):
            end = cur.start + len(cform)
            yield Hit(prev.start, end, text[prev.start : prev.end] + cform, "spacing",
                      "조사는 앞말에 붙여 씁니다.", "kiwi.particle-apart",
                      SRC_PARTICLE)  # fmt: skip
            continue

        if spaced and ptag in ("NNG", "XSN") and _is_suffix_verb(text, prev, cur):
            start = _word_start(text, prev.end)
            word = text[start : prev.end]
            # 일 하다 → 일하다 only where Kiwi itself reads 하 as the suffix (not 일 한 가지)
            if (len(word) >= 2 or (word == "일" and ctag == "XSV")) and _hangul_word(word):
                yield Hit(start, cur.start + 1, word + text[cur.start : cur.start + 1],
                          "spacing", f"'{word}{cform}다'는 한 낱말이라 붙여 씁니다.",
                          "kiwi.suffix-apart", SRC_SUFFIX)  # fmt: skip
                continue

        if (
            spaced
            and ptag == "EC"
            and pform in ("어", "아")
            and ctag == "VX"
            and cform == "지"
            and (nxt is None or nxt.tag[0] == "E")  # 겹쳐 지형: 지 + a noun suffix is a noun
        ):
            s = cur.start
            yield Hit(s - 2, s + 1, text[s - 2] + text[s], "spacing",
                      "'-어지다'는 앞말에 붙여 씁니다. (익숙해졌다)", "kiwi.eojida",
                      SRC_EOJIDA)  # fmt: skip
            continue

        if (
            spaced
            and ptag == "EC"
            and pform in ("어", "아")
            and ctag == "VX"
            and cform == "하"
            and i >= 2
            and ms[i - 2].tag in ("VA", "XSA")
        ):
            s = cur.start
            yield Hit(s - 2, s + 1, text[s - 2] + text[s], "spacing",
                      "형용사에 붙는 '-어하다'는 앞말에 붙여 씁니다. (기뻐하다, 불편해하다)",
                      "kiwi.eohada", "한글 맞춤법 제47항 해설 ('-어하다'는 붙여 씀)")  # fmt: skip
            continue

        if (
            spaced
            and ptag == "NNG"
            and ctag == "VV"
            and cform == "당하"
            and _takes_hada(text[_word_start(text, prev.end) : prev.end])
        ):
            start = _word_start(text, prev.end)
            yield Hit(start, cur.start + 1, text[start : prev.end] + text[cur.start],
                      "spacing", "접미사 '-당하다'는 앞말에 붙여 씁니다. (거절당하다)",
                      "kiwi.suffix-apart", SRC_SUFFIX)  # fmt: skip
            continue

        if (
            spaced
            and ptag == "MM"
            and pform == "수"
            and cform in _SU_JOINS
            and text[cur.start : cur.start + len(cform)] == cform
        ):
            end = cur.start + len(cform)
            yield Hit(prev.start, end, "수" + cform, "spacing",
                      f"'수{cform}'의 '수-'는 접두사라 붙여 씁니다.", "kiwi.prefix-apart",
                      "한글 맞춤법 제2항 (접두사는 앞말에 붙여 씀)")  # fmt: skip
            continue

        if (
            ptag == "NNB"
            and pform in _CHA_AFTER
            and ctag == "NNB"
            and cform == "차"
            and attached
            and i >= 2
            and ms[i - 2].tag == "SN"
        ):
            s = cur.start
            yield Hit(s - 1, s + 1, f"{text[s - 1]} 차", "spacing",
                      "'3년 차'의 '차'는 의존 명사라 띄어 씁니다.", "kiwi.dependent-noun",
                      SRC_DEP)  # fmt: skip
            continue

        if (
            ptag == "MM"
            and pform in _DETERMINERS
            and cur.start == prev.end
            and ctag in ("NNG", "NNB")
            and (pform != "각" or len(cform) >= 2)  # 각별, 각오: not 각 + noun
            and text[prev.start : prev.end] == pform
        ):
            s = cur.start
            yield Hit(prev.start, s + 1, f"{pform} {text[s]}", "spacing",
                      f"관형사 '{pform}'은 뒤의 말과 띄어 씁니다.", "kiwi.determiner",
                      SRC_DETERMINER)  # fmt: skip
            continue

        if (
            ptag in ("NNG", "NNP")
            and ctag == "NNB"
            and cform in ("등", "중", "내")
            and cur.start == prev.end
            and len(pform) >= 2
            and text[prev.start : cur.end] == pform + cform
            and not (
                cform == "중"
                and text[_word_start(text, prev.end) : prev.end].endswith(_ONE_WORD_JUNG)
            )
        ):
            s = cur.start
            yield Hit(s - 1, s + 1, f"{text[s - 1]} {cform}", "spacing",
                      f"의존 명사 '{cform}'은 앞말과 띄어 씁니다. (복지 등, 근무 중)",
                      "kiwi.dependent-noun", SRC_DEP)  # fmt: skip
            continue

        if ptag == "EC" and attached and ctag in ("VX", "VV", "VA"):
            label = _AUX_JOINED.get((pform, cform))
            if label:
                s = cur.start
                yield Hit(s - 1, s + 1, text[s - 1] + " " + text[s], "spacing",
                          f"'{label}'의 보조 용언은 띄어 씁니다.", "kiwi.auxiliary",
                          SRC_AUX)  # fmt: skip
                continue

        if (
            ptag == "MAG"
            and pform == "안"
            and ctag in ("VV", "VA", "VX")
            and cur.start == prev.end
            and cform not in _AN_JOIN_EXCEPT
            and (prev.start == 0 or not _hangul(text[prev.start - 1]))
            and not text.startswith(_PLACES_WITH_AN, prev.start)
        ):
            yield Hit(prev.start, prev.end, "안 ", "spacing",
                      "부정의 '안'은 뒤의 말과 띄어 씁니다. (안 썼다)", "kiwi.an-apart",
                      SRC_ADVERB)  # fmt: skip
            continue

        if spaced and ctag == "VCP" and ptag in ("NNB", "NNG", "NP", "NNP", "ETN", "XSN", "NR"):
            end = _word_end(text, cur.start)
            yield Hit(prev.start, end, text[prev.start : prev.end] + text[cur.start : end],
                      "spacing", "'이다'는 조사처럼 앞말에 붙여 씁니다. (할 것입니다)",
                      "kiwi.copula-apart", SRC_PARTICLE)  # fmt: skip
            continue

        if (
            spaced
            and ptag == "MM"
            and pform in _ONE_WORD_AFTER_DETERMINER.get(cform, ())
            and text[cur.start : cur.start + len(cform)] == cform
        ):
            word = pform + cform
            yield Hit(prev.start, cur.start + len(cform), word, "spacing",
                      f"'{word}'은 한 낱말이라 붙여 씁니다.", "kiwi.one-word",
                      f"표준국어대사전 '{word}'")  # fmt: skip
            continue

        if (
            spaced
            and ctag == "XSN"
            and cform in _SUFFIXES_APART
            and ptag in ("NNG", "NNP", "NR", "XSN")
            and text[cur.start : cur.start + len(cform)] == cform
        ):
            end = cur.start + len(cform)
            yield Hit(prev.start, end, text[prev.start : prev.end] + cform, "spacing",
                      f"접미사 '-{cform}'은 앞말에 붙여 씁니다.", "kiwi.suffix-apart",
                      "한글 맞춤법 제2항 (접미사는 앞말에 붙여 씀)")  # fmt: skip
            continue

        if spaced and cform == "뿐" and ctag in ("NNB", "JX") and ptag in ("NP", "NNG", "NNP"):
            yield Hit(prev.start, cur.start + 1, text[prev.start : prev.end] + "뿐", "spacing",
                      "체언 뒤의 '뿐'은 조사라 붙여 씁니다. (저뿐만 아니라)",
                      "kiwi.particle-apart", SRC_PARTICLE)  # fmt: skip
            continue

        if ptag == "ETN" and ctag == "JKB" and cform in ("으로서", "로서"):
            s = cur.start
            end = s + len(cform)
            if text[s:end] == cform:
                yield Hit(s, end, cform[:-1] + "써", "spelling",
                          "'-함으로써'처럼 방법을 나타낼 때는 '-로써'입니다.",
                          "kiwi.eumeuro-sseo", SRC_ROSEO)  # fmt: skip


def _noun_verb_misread(text: str, ms: tuple[Morph, ...], i: int) -> bool:
    """중도매인분들 read as 중도 + 매이 + ㄴ 분: a noun ending in -인 before the honorific 분,
    which Kiwi splits into a noun and a verb stem written against it in one word."""
    if ms[i].form != "분" or i < 3:
        return False
    verb, before = ms[i - 2], ms[i - 3]
    return verb.tag == "VV" and before.tag == "NNG" and verb.start == before.end


def _dependent_noun(text: str, etm: Morph, noun: Morph, nxt: Morph | None) -> Iterator[Hit]:
    s = noun.start
    word_end = s + 1
    while word_end < len(text) and _hangul(text[word_end]) and word_end < noun.end:
        word_end += 1
    if noun.form == "데" and nxt is not None and nxt.form == "로" and nxt.start == noun.end:
        return  # 배운데로: spelling_rules.daero.de suggests 배운 대로
    if noun.form == "데" and not _de_is_noun(text, noun.end):
        return  # 일을 하는데 갑자기: the connective ending -는데, written together
    if noun.form == "지" and etm.form not in ("ᆫ", "은"):
        return  # 문제가 없는지: only past 한 지 / 먹은 지 counts time; -는지 and -ㄹ지 are endings
    if (
        noun.form in _AUX_ADJECTIVE_NOUNS
        and nxt is not None
        and nxt.form == "하"
        and nxt.start == noun.end
    ):
        return  # 올듯하다, 볼만하다: 제47항 allows these auxiliaries written together
    suggestion = text[s - 1] + " " + text[s:word_end]
    end = word_end
    if _verb_after_noun(text, noun, nxt):
        end = nxt.start + 1
        suggestion += " " + text[nxt.start]
    yield Hit(s - 1, end, suggestion, "spacing",
              f"의존 명사 {josa(repr(noun.form), '은/는')} 띄어 씁니다.",
              "kiwi.dependent-noun", SRC_DEP)  # fmt: skip


# What follows the dependent noun 데 ('the doing of it') when no particle is attached:
# 쓰는 데 필요한, 만드는 데 3주가 걸렸다, 푸는 데 도움이 되었다. Without one of these the
# bare 데 is read as the connective -는데 (일을 하는데 갑자기), which is right as written.
_DE_NEXT = re.compile(
    r"\s*(?:[\d한두세네몇수며]|필요|걸리|걸렸|걸린|걸릴|걸려|도움|보탬|쓰|썼|쓴|쓸|써|사용|"
    r"중요|효과|기여|이바지|일조|집중|주력|힘쓰|힘썼|힘을|노력|시간|있어|큰|많은|적지|유리|"
    r"적합|어려움|한계|목적|의의|초점|드는|들었|든|들어|소요|앞장|필수|꼭|가장|오래|많이|"
    r"적극|크게|결정적|핵심|애를|애썼|공을|무리|문제|석 달|일주일|이틀|사흘|나흘|닷새|보름|반년|"
    r"비용|예산|참여하|참여해|참여했|동참|중점|역점)"
)


def _de_is_noun(text: str, end: int) -> bool:
    if end < len(text) and _hangul(text[end]):
        return True  # 하는데에, 하는데도, 하는데는: a particle makes 데 a noun
    return bool(_DE_NEXT.match(text, end))


def _verb_after_noun(text: str, noun: Morph, nxt: Morph | None) -> bool:
    """할 수있다, 할 것같다, 할 줄알다, 본 적있다: the verb after the noun is a word too."""
    return (
        nxt is not None
        and nxt.start == noun.end
        and nxt.start < len(text)
        and nxt.tag in ("VA", "VV", "VX")
        and nxt.form in _VERB_AFTER.get(noun.form, ())
    )


def _particle_apart(text: str, ms: tuple[Morph, ...], i: int) -> bool:
    """The particle at ms[i] starts an eojeol made only of particles, after a Hangul noun."""
    prev, cur = ms[i - 1], ms[i]
    if not _hangul(text[prev.end - 1]) or text[cur.start : cur.start + len(cur.form)] != cur.form:
        return False
    j = i
    while j + 1 < len(ms) and ms[j + 1].start <= ms[j].end:
        j += 1
        if ms[j].tag not in _PARTICLE_TAGS and ms[j].tag not in ("VCP", "EF", "EC", "ETM"):
            return False
    return True


def _is_suffix_verb(text: str, noun: Morph, m: Morph) -> bool:
    if m.tag in ("XSV", "XSA") and m.form in ("하", "되", "시키"):
        return True
    if m.tag != "VV" or m.form != "되":
        return False
    word = text[_word_start(text, noun.end) : noun.end]
    return word not in _BECOME_NOUNS and _hangul_word(word) and _takes_doeda(word)
