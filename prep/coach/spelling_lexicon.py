"""Always-wrong spellings with one correction, and a few ending rules, beside spelling_rules.

The word list holds misspellings that the standard dictionary (표준국어대사전) and 국립국어원's
answers treat as errors in every context, each with its one correction: facts of the standard
language, not phrases of any text. The rules below them cover endings that are always written
together (-ㄹ지라도, -ㄹ수록, -ㄹ뿐더러), the noun + -드리다 verbs (사과드리다) and -ㄹ려고
after a stem without ㄹ (배울려고 → 배우려고).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prep.coach.hangul import final_index, with_final
from prep.coach.spelling_hits import Hit
from prep.coach.spelling_loanwords import LOANWORDS as _LOANWORDS
from prep.coach.spelling_spaced import SPACED_NOUNS as _SPACED_NOUNS
from prep.coach.spelling_spaced import SPACED_WORDS as _SPACED_WORDS
from prep.coach.spelling_stems import WORDS as _WORDS

SRC_DICT = "표준국어대사전"
SRC_LOAN = "외래어 표기법 (국립국어원 외래어 표기 용례)"
SRC_ENDING = "한글 맞춤법 제41항·표준국어대사전 (어미는 앞말에 붙여 씀)"
SRC_DEURIDA = "표준국어대사전 '-드리다' (접미사, 앞말에 붙여 씀)"
SRC_HAE_DEURIDA = "국립국어원 (-하다 동사 + 보조 용언 '드리다')"
SRC_RYEOGO = "표준어 규정 제17항 ('-려고'가 표준어, '-ㄹ려고'는 비표준)"

# -하건대 shortened: '하' goes whole after ㄱ·ㅂ·ㅅ (생각건대), else leaves ㅎ (요컨대); -컨데 is
# wrong. -건데 is left alone: 한 건데 is 것인데.
_KEONDAE = re.compile(r"(?<![가-힣])([가-힣]+?)(컨)(데|대)(?![가-힣])")
_GAREUCHI = {"키": "치", "켜": "쳐", "켰": "쳤", "킨": "친", "킬": "칠", "킵": "칩"}
# 가르키다 is no word: 가리키다 (point) where something is pointed at, else 가르치다 (teach).
_GAREUKI = re.compile(r"(?<![가-힣])가르(키|켜|켰|킨|킬|킵)")
_POINTED = re.compile(r"방향|곳|쪽|위치|시계|손가락|손끝|화살표|지도|표지판|숫자|눈금|바늘|그래프")
_WORD_PATTERN = re.compile(
    r"(?<![가-힣])("
    + "|".join(sorted(map(re.escape, _WORDS | _LOANWORDS), key=len, reverse=True))
    + ")"
)
_SPACED_PATTERN = re.compile(
    r"(?<![가-힣])(" + "|".join(sorted(map(re.escape, _SPACED_WORDS), key=len, reverse=True)) + ")"
)
_SPACED_NOUN_PATTERN = re.compile(
    r"(?<![가-힣])(" + "|".join(map(re.escape, _SPACED_NOUNS)) + ")"
    r"(?=(?:에서|에서는|에서도|을|를|이|가|은|는|에|의|도|과|와|부터|까지|으로|로|에는|에도|만|처럼|마다)?"
    r"(?![가-힣]))"
)
# 염두(念頭)는 명사라 '염두에 두다'; '염두하다'라는 말은 없습니다.
_YEOMDU = re.compile(r"(?<![가-힣])(염두해)(?= ?두|둔|뒀|둘)")
# -고요 written -구요 after a past or future stem (했구요, 있구요), or after the stems it
# most often follows (궁금하구요, 좋구요, 그렇구요); 친구요, 야구요, 연구요 are a noun + 요.
_GUYO = re.compile(r"(?<=[가-힣])(구요)(?![가-힣])")
_GUYO_STEMS = frozenset("하좋렇싫많없같찮렵쉽높낮되")

# 그리고 나서 → 그러고 나서 (나다 follows the verb 그러다, not the conjunction 그리고).
_GEUROGO = re.compile(r"(?<![가-힣])(그리고)(?= ?나서| ?난 뒤| ?난 후)")
# 얘기 (이야기) written 예기 or 애기 (baby) — only where 예기 (expectation) cannot be meant.
_YAEGI = re.compile(
    r"(?<![가-힣])(예기|애기)(?=(?:를|도)? ?(?:나누|나눠|나눴|나눈|들었|들려|듣고|들어 주))"
)
# Endings that begin with a syllable that looks like a noun: always written together.
_ENDING_APART = re.compile(r"(?<=[가-힣])( )(지라도|지언정|뿐더러|수록)(?=[\s.,!?]|$)")
# Particles that never start a word, written apart (서울로 부터, 처음 처럼, 이름 조차). 마저, 보다,
# 밖에 and 만큼 are left out: they are also adverbs or nouns (마저 끝내다, 그 밖에, 한 만큼).
_PARTICLE_APART = re.compile(
    r"(?<=[가-힣])( )(부터|까지|처럼|조차)"
    r"(?=(?:도|는|은|의|만|라도|요|이다|입니다)?(?:[\s.,!?)\]'\"”’]|$))"
)
# -겠- is an ending inside the verb and never starts a word (해야 겠다 → 해야겠다).
_GET_APART = re.compile(r"(?<=[가-힣])( )(?=겠(?:다|어|습|지|네|는|고|으|던|니|군|죠|음|나))")
# noun + -드리다 is one verb: the nouns 표준국어대사전 lists with it, and the acts of service
# 국립국어원 answers write the same way (설명드리다, 안내드리다, 연락드리다, 문의드리다).
_DEURIDA = re.compile(
    r"(?<![가-힣])(감사|사과|말씀|인사|축하|부탁|문안|답례|공양|불공|설명|안내|연락|문의|답변)"
    r"( )(?=드리|드려|드렸|드립|드릴)"
)
# Other acts done for someone are noun + 해 드리다, not noun + 드리다 (추천해 드렸다).
_HAE_DEURIDA = re.compile(
    r"(?<![가-힣])(추천|소개|전달|확인|제공|처리|정리|예약|접수|발급|검토|수정|변경|해결|상담|추가|"
    r"제출|발송|송부)"
    r"( )(?=드리|드려|드렸|드립|드릴)"
)
# The auxiliary adjectives 뻔하다, 듯하다, 법하다, 척하다, 체하다 are one word each; after the
# modifier (할, 아는) they may be written apart or together, but not split inside (할 뻔 했다).
# 만 is left out: after a noun it is the particle (이번 달 만 해도 → 이번 달만 해도).
_AUX_NOUN_HADA = re.compile(
    r"([가-힣]) (뻔|듯|법|척|체)( )"
    r"(?=하(?:다|고|지|면|며|여|기|게|는|던|니|네|죠|였)|했|한(?![가-힣])|할(?![가-힣])|"
    r"해(?![가-힣])|해서|해도|해요|해야|합니|함)"
)
_AUX_NOUN_FINALS = {"뻔": (8,), "법": (8,), "듯": (4, 8), "척": (4, 8), "체": (4, 8)}
# The suffix -째 (사흘째, 둘째, 몇 번째) written apart; 배를 째다 (cut) has an object before it.
_JJAE = re.compile(
    r"(?<=[가-힣\d])(?<![을를])( )(째)"
    r"(?=(?:로|는|가|를|에|인|이|도|다|입니다|예요|이다)?(?:[\s.,!?)]|$))"
)
# Adverbs of -스럽다 end in -스레 (조심스레, 자연스레), never -스래.
_SEURE = re.compile(r"(?<![가-힣])([가-힣]{1,4}스)(래)(?![가-힣])")
# 사달 (trouble) is what 나다 goes with: 사단이 나다 → 사달이 나다 (사단 is a division or a cause).
_SADAL = re.compile(r"(?<![가-힣])(사단)(?=이 ?(?:나|났|난|날|납))")
# -ㄹ려고 after a stem without ㄹ (할려고, 배울려고, 올려면): the ending is -려고/-(으)려고.
_RYEO = re.compile(r"(?<![가-힣])([가-힣]*?)([가-힣])려(고|면|는|다|던|야)(?![가-힣])")
# Stems that do end in ㄹ (만들려고 is right); compounds end in one of them (뛰어들려고).
_L_STEMS = frozenset(
    [
        "만들",
        "알",
        "살",
        "놀",
        "열",
        "팔",
        "벌",
        "빌",
        "풀",
        "밀",
        "걸",
        "들",
        "울",
        "불",
        "물",
        "갈",
        "날",
        "널",
        "달",
        "돌",
        "떨",
        "말",
        "몰",
        "썰",
        "얼",
        "졸",
        "줄",
        "털",
        "헐",
        "흔들",
        "이끌",
        "끌",
        "늘",
        "틀",
        "깔",
        "찔",
        "쓸",
        "절",
        "굴",
        "빨",
        "거들",
        "부풀",
        "어울",
        "매달",
        "떠들",
        "내밀",
        "휘둘",
        "둥글",
        "힘들",
        "시들",
        "저물",
        "허물",
        "멀",
        "길",
        "설",
        "올",
        "홀",
        "쏠",
        "흘",
        "실",
        "골",
        "시달",
    ]
)


def _ends_in_l_stem(stem: str) -> bool:
    if stem in _L_STEMS or (len(stem) > 1 and stem[-2] in "어아려고" and stem[-1] == "들"):
        return True  # 뛰어들려고, 파고들려고
    return any(len(s) > 1 and stem.endswith(s) for s in _L_STEMS)


def _ryeogo(text: str) -> Iterator[Hit]:
    for m in _RYEO.finditer(text):
        head, last = m.group(1), m.group(2)
        if final_index(last) != 8:  # ㄹ
            continue
        stem = head + last
        if last == "을":  # 먹을려고 → 먹으려고
            right = head + "으"
        elif _ends_in_l_stem(stem):
            continue
        else:
            right = head + with_final(last, 0)
        yield Hit(m.start(1), m.start(2) + 1, right, "spelling",
                  "'-ㄹ려고'는 '-려고'로 적습니다. (하려고, 배우려고)", "lex.ryeogo",
                  SRC_RYEOGO)  # fmt: skip


# Particles whose form follows the final consonant of the word before (스탭과 → 스태프와).
_PARTICLE_PAIRS = {"을": "를", "은": "는", "과": "와", "이": "가", "으로": "로"}
_PARTICLE_AFTER = re.compile(r"(으로|을|를|은|는|과|와|이|가|로)(?![가-힣])")


def with_particle(text: str, end: int, wrong: str, right: str) -> tuple[int, str]:
    """The span's end and the correction, taking in a particle that the correction's final
    consonant changes (네트웍을 → 네트워크를)."""
    closed = {w: final_index(w[-1]) > 0 for w in (wrong, right)}
    m = _PARTICLE_AFTER.match(text, end)
    if not m or closed[wrong] == closed[right]:
        return end, right
    pairs = {**_PARTICLE_PAIRS, **{v: k for k, v in _PARTICLE_PAIRS.items()}}
    particle = m.group(1)
    wanted_closed = closed[right]
    is_closed_form = particle in _PARTICLE_PAIRS
    if is_closed_form != wanted_closed:
        particle = pairs[particle]
    return m.end(), right + particle


def hits(text: str) -> list[Hit]:
    out: list[Hit] = []
    for m in _WORD_PATTERN.finditer(text):
        wrong = m.group(1)
        fixed = _WORDS.get(wrong) or _LOANWORDS[wrong]
        end, right = with_particle(text, m.end(1), wrong, fixed)
        source = SRC_DICT if wrong in _WORDS else SRC_LOAN
        out.append(Hit(m.start(1), end, right, "spelling",
                       f"'{fixed}'로 적습니다.", "lex.word", source))  # fmt: skip
    for m in _SPACED_PATTERN.finditer(text):
        right = _SPACED_WORDS[m.group(1)]
        out.append(Hit(m.start(1), m.end(1), right, "spacing",
                       f"'{right}'로 씁니다.", "lex.spacing", SRC_DICT))  # fmt: skip
    for m in _SPACED_NOUN_PATTERN.finditer(text):
        right = _SPACED_NOUNS[m.group(1)]
        out.append(Hit(m.start(1), m.end(1), right, "spacing",
                       f"'{right}'은 한 낱말이라 붙여 씁니다.", "lex.spacing",
                       SRC_DICT))  # fmt: skip
    for m in _YEOMDU.finditer(text):
        out.append(Hit(m.start(1), m.end(1), "염두에", "spelling",
                       "'염두에 두다'로 적습니다. ('염두'는 명사)", "lex.yeomdu",
                       SRC_DICT))  # fmt: skip
    for m in _KEONDAE.finditer(text):
        stem, k, dae = m.groups()
        right = "건대" if final_index(stem[-1]) in (1, 17, 19) else "컨대"
        if k + dae != right:
            out.append(Hit(m.start(2), m.end(3), right, "spelling",
                           f"'-{right}'로 적습니다. (생각건대, 요컨대)", "lex.keondae",
                           "한글 맞춤법 제40항 ('하'가 줄어든 말)"))  # fmt: skip
    for m in _GAREUKI.finditer(text):
        pointing = _POINTED.search(text, max(0, m.start() - 12), m.start())
        tail = m.group(1)
        right = "가리" + tail if pointing else "가르" + _GAREUCHI[tail]
        out.append(Hit(m.start(), m.end(), right, "spelling",
                       "'가르키다'는 없는 말입니다: 가리키다(손짓) 또는 가르치다(교육).",
                       "lex.gareuchida", SRC_DICT))  # fmt: skip
    for m in _GUYO.finditer(text):
        before = text[m.start(1) - 1]
        if final_index(before) == 20 or (  # ㅆ: 했구요, 있구요, 갔구요
            before in _GUYO_STEMS
            and (before != "하" or (m.start(1) >= 2 and "가" <= text[m.start(1) - 2] <= "힣"))
        ):
            out.append(Hit(m.start(1), m.end(1), "고요", "spelling",
                           "'-고요'로 적습니다. (했고요)", "lex.goyo", SRC_DICT))  # fmt: skip
    for m in _GEUROGO.finditer(text):
        out.append(Hit(m.start(1), m.end(1), "그러고", "spelling",
                       "'그러고 나서'로 적습니다. ('그리고'는 접속 부사)", "lex.geureogo",
                       SRC_DICT))  # fmt: skip
    for m in _YAEGI.finditer(text):
        out.append(Hit(m.start(1), m.end(1), "얘기", "spelling",
                       "'이야기'의 준말은 '얘기'입니다.", "lex.yaegi", SRC_DICT))  # fmt: skip
    for m in _ENDING_APART.finditer(text):
        if final_index(text[m.start(1) - 1]) != 8:  # -ㄹ지라도: only after a syllable ending in ㄹ
            continue
        out.append(Hit(m.start(1), m.end(1), "", "spacing",
                       f"'-ㄹ{m.group(2)}'는 어미라 앞말에 붙여 씁니다.", "lex.ending",
                       SRC_ENDING))  # fmt: skip
    for m in _PARTICLE_APART.finditer(text):
        out.append(Hit(m.start(1), m.end(1), "", "spacing",
                       f"조사 '{m.group(2)}'는 앞말에 붙여 씁니다. (서울로부터, 지금까지)",
                       "lex.particle", "한글 맞춤법 제41항 (조사는 앞말에 붙여 씀)"))  # fmt: skip
    for m in _GET_APART.finditer(text):
        out.append(Hit(m.start(1), m.end(1), "", "spacing",
                       "'-겠-'은 어미라 앞말에 붙여 씁니다. (해야겠다)", "lex.ending",
                       SRC_ENDING))  # fmt: skip
    for m in _DEURIDA.finditer(text):
        out.append(Hit(m.start(2), m.end(2), "", "spacing",
                       f"'{m.group(1)}드리다'는 한 단어라 붙여 씁니다.", "lex.deurida",
                       SRC_DEURIDA))  # fmt: skip
    for m in _HAE_DEURIDA.finditer(text):
        out.append(Hit(m.start(2), m.end(2), "해 ", "spelling",
                       f"남을 위해 하는 일은 '{m.group(1)}해 드리다'로 씁니다. (추천해 드렸다)",
                       "lex.hae-deurida", SRC_HAE_DEURIDA))  # fmt: skip
    for m in _AUX_NOUN_HADA.finditer(text):
        if final_index(m.group(1)) in _AUX_NOUN_FINALS[m.group(2)]:
            out.append(Hit(m.start(3), m.end(3), "", "spacing",
                           f"'{m.group(2)}하다'는 한 낱말이라 붙여 씁니다. (할 뻔했다)",
                           "lex.aux-noun-hada", "한글 맞춤법 제47항·표준국어대사전"))  # fmt: skip
    for m in _JJAE.finditer(text):
        out.append(Hit(m.start(1), m.end(1), "", "spacing",
                       "'-째'는 접미사라 앞말에 붙여 씁니다. (사흘째, 몇 번째)", "lex.jjae",
                       "표준국어대사전 '-째' (접미사)"))  # fmt: skip
    for m in _SEURE.finditer(text):
        out.append(Hit(m.start(2), m.end(2), "레", "spelling",
                       "'-스럽다'의 부사는 '-스레'입니다. (조심스레, 자연스레)", "lex.seure",
                       SRC_DICT))  # fmt: skip
    for m in _SADAL.finditer(text):
        out.append(Hit(m.start(1), m.end(1), "사달", "spelling",
                       "탈이나 사고는 '사달'이 납니다. ('사단'은 일의 실마리나 부대)",
                       "lex.sadal", SRC_DICT))  # fmt: skip
    out.extend(_ryeogo(text))
    return out
