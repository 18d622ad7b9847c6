"""Spelling rules decided by the shape of a word, not by a list of its misspellings.

Each rule is a regularity of the norms that catches a whole family of errors:

* 두음 법칙 (제10항-제12항): 년/녀 at the start of a word is 연/여 (년간 → 연간, 년도별 → 연도별),
  but a unit after a number keeps 년 (2년간, 몇 년도);
* the particle -으로 after a final ㄹ is -로 (말으로 → 말로, 파일으로써 → 파일로써);
* 사이시옷 (제30항) is not written before a tense or aspirated consonant (뒷풀이 → 뒤풀이,
  윗층 → 위층, 아랫쪽 → 아래쪽);
* 준말 stems take no vowel ending (표준어 규정 제16항 붙임): 내딛었다 → 내디뎠다,
  머물었다 → 머물렀다, 서툴은 → 서툰; and ㄹ-stem adjectives drop ㄹ before -은 (낯설은 → 낯선);
* 틀려지다 is no word: what changes 달라지다 (결과가 틀려집니다 → 달라집니다);
* -이 and -히 of adverbs (제51항): after a stem ending in ㅅ it is -이 (느긋히 → 느긋이); after a
  -하다 root with another final consonant it is -히 (조용이 → 조용히), but for the roots whose
  -이 the dictionary keeps (깊숙이, 끔찍이);
* -ㄹ 것 shortened to 거 is not tensed in writing: 할껍니다 → 할 겁니다, 할꺼예요 → 할 거예요;
* 몇십, 몇백 and 십여, 백여 are single words (몇 십 명 → 몇십 명); a unit after a numeral
  written in Hangul is apart (오천원 → 오천 원); the prefix 제- joins its number (제 1회 → 제1회);
  이상, 이내, 이하, 미만, 초과 after a number are nouns, apart (3명이상 → 3명 이상), 약 is a
  determiner, apart (약10명 → 약 10명); -쯤, -끼리, -짜리, -어치 are suffixes, joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prep.coach import morph
from prep.coach.hangul import final_index, initial_index
from prep.coach.spelling_hits import Hit

SRC_DUEUM = "한글 맞춤법 제11항 (두음 법칙: 단어 첫머리의 '녀·뇨·뉴·니'는 '여·요·유·이')"
SRC_RO = "표준국어대사전 '-로' (받침 없는 말이나 ㄹ 받침 뒤에는 '-로')"
SRC_SAI = "한글 맞춤법 제30항 (된소리·거센소리 앞에는 사이시옷을 적지 않음)"
SRC_SHORT = "표준어 규정 제16항 붙임 (준말 어간에는 모음 어미가 붙지 않음)"
SRC_DICT = "표준국어대사전"
SRC_ENDING = "한글 맞춤법 제41항·표준국어대사전 (어미는 앞말에 붙여 씀)"
SRC_ADVERB = "한글 맞춤법 제51항 (부사의 끝음절 '-이'·'-히')"
SRC_GEO = "한글 맞춤법 제53항·제42항 (의존 명사 '것'의 준말 '거'는 띄어 쓰고 예사소리로 적음)"


# 년 + the Sino-Korean morphemes it forms words with (연간, 연도, 연말, 연봉, 연령, 연차, 연평균).
_NYEON = re.compile(r"(?<![가-힣\d])(년)(?=간|도|말|초|봉|령|차|평균|중|내(?![가-힣]))")
# A numeral word before the space makes 년 a unit (몇 년간, 십 년도, 수 년간).
_NUMERAL_WORD = re.compile(r"(?:몇|수|여러|[일이삼사오육칠팔구십백천만]+|\d+) $")

# -으로 after ㄹ; 으로 must start the particle (not 흘으로… which does not occur).
_EURO = re.compile(r"([가-힣])(으로)")

# 뒷·윗·아랫 before a tense or aspirated initial: ㄲ ㄸ ㅃ ㅆ ㅉ ㅊ ㅋ ㅌ ㅍ.
_SAI = re.compile(r"(?<![가-힣])(뒷|윗|아랫)([가-힣])")
_HARD_INITIALS = frozenset({1, 4, 8, 10, 13, 14, 15, 16, 17})

# 준말 stem + vowel ending → the full stem's form.
_SHORT_STEM = re.compile(r"(?<![가-힣])((?:내)?딛|머물|서툴|서둘)(었|어|은|을|으)")
_FULL = {
    "딛": {"었": "디뎠", "어": "디뎌", "은": "디딘", "을": "디딜", "으": "디디"},
    "머물": {"었": "머물렀", "어": "머물러", "은": "머문", "을": "머물", "으": "머물"},
    "서툴": {"었": "서툴렀", "어": "서툴러", "은": "서툰", "을": "서툴", "으": "서툴"},
    "서둘": {"었": "서둘렀", "어": "서둘러", "은": "서두른", "을": "서두를", "으": "서두르"},
}
# ㄹ-stem adjectives and verbs written with -은 (낯설은); the ㄹ drops before -ㄴ.
_L_EUN = re.compile(r"(?<![가-힣])(낯설|거칠|녹슬|힘들|둥글|시들|길들)(은)(?![가-힣])")
# ... and before -을 the ㄹ stands alone (만들 계획, 힘들 때): 만들을, 힘들을 are never right.
_L_EUL = re.compile(
    r"(?<![가-힣])(낯설|거칠|녹슬|힘들|둥글|시들|길들|만들|떠들|흔들|부풀)(을)(?= )"
)
# 들다 (lift) with a thing one carries: 상자를 들 때, not 들을 (that is 듣다, 노래를 들을 때).
_DEUL_LIFT = re.compile(
    r"(?:상자|짐|박스|물건|가방|물품|자재|포대|바구니|쟁반|책상|의자|무거운 것)"
    r"(?:을|를) (들을)(?= )"
)

_TEULLYEOJI = re.compile(r"(?<![가-힣])(틀려)(?=지|졌|진|질|집)")

# An adverb in -히 on a stem ending in ㅅ (느긋히, 따뜻히, 버젓히): the ending is -이.
_SIOT_HI = re.compile(r"(?<![가-힣])([가-힣]*[가-힣])(히)(?![가-힣])")
# ㄱ-final -하다 roots whose adverb the dictionary writes with -이 (깊숙이, 끔찍이, 멀찍이).
_GIYEOK_I = frozenset(
    {
        "깊숙", "끔찍", "멀찍", "큼직", "고즈넉", "나직", "느직", "삐죽", "길쭉", "두둑", "수북",
        "납작", "넓적", "갸륵", "촉촉", "축축", "자욱", "가뜩", "뾰족", "빽빽", "멀뚝",
    }
)  # fmt: skip
# A doubled noun takes -이, never -히 (제51항: 곳곳이, 틈틈이, 샅샅이, 번번이, 나날이).
_DOUBLED_HI = re.compile(
    r"(?<![가-힣])(곳곳|틈틈|낱낱|겹겹|집집|샅샅|일일|번번|줄줄|땀땀|알알|짬짬|켜켜|층층|칸칸|"
    r"나날|다달|몫몫|길길|마디마디|구석구석|조목조목)(히)(?![가-힣])"
)
# -ㄹ 거 written with a tensed 꺼/껍 (할껍니다, 갈꺼예요, 볼껀데).
# A bare 꺼 is left alone: 불꺼 (turn the light off) is 끄다. Written apart (할 꺼예요), only the
# forms 끄다 cannot take are flagged: 불 꺼야, 불 꺼라고, 불 꺼라는 are 끄다.
_KKEO = re.compile(
    r"([가-힣])( ?)(껍니다|꺼예요|꺼에요|꺼야|껀데|꺼라고|꺼라는|꺼고|꺼다|꺼죠)(?![가-힣])"
)
_KKEO_NOT_KKEUDA = frozenset({"껍니다", "꺼예요", "꺼에요", "껀데", "꺼다"})
# Apart, the other forms are 끄다 only after what is turned off: the noun 불 (촛불, 전등불), an
# object particle or a plural (전원을 꺼라고, 조명들 꺼야). After a verb's -ㄹ (해낼, 할) it is 거.
_KKEO_OFF_ENDS = ("불", "을", "를", "들")
_KKEO_RIGHT = {"껍니다": "겁니다", "꺼예요": "거예요", "꺼에요": "거예요", "꺼야": "거야",
               "껀데": "건데", "꺼라고": "거라고", "꺼라는": "거라는", "꺼고": "거고",
               "꺼다": "거다", "꺼죠": "거죠"}  # fmt: skip
# -ㄹ걸 (미리 할걸) is an ending, written together and not tensed.
_KKEOL = re.compile(r"([가-힣])(껄)(요)?(?![가-힣])")
# -ㄹ게요 is the speaker's promise and an ending: 할 게요 → 할게요; with the honorific -시- it is
# no form at all (이쪽으로 오실게요 → 오세요).
_GEYO_APART = re.compile(r"([가-힣])( )([게께]요)(?=[\s.,!?~]|$)")
_SIL_GEYO = re.compile(r"([가-힣])(실)(게요|께요|게|께)(?=[\s.,!?~]|$)")
_WON = re.compile(
    r"(?<![가-힣])((?:[이삼사오육칠팔구]?[십백천])+만?|[일이삼사오육칠팔구십백천]+만)(원)"
)
_JE_NUMBER = re.compile(
    r"(?<![가-힣])(제)( )(?=\d+ ?(?:회|차|장|조|항|호|기|대|권|편|부|과|회차)(?![가-힣]))"
)
_YAK = re.compile(r"(?<![가-힣])(약)(?=\d)")
_BOUND_AFTER_NUMBER = re.compile(
    r"\d[가-힣]{0,2}?(이상|이내|이하|미만|초과)(?=[^가-힣]|$|[은는이가을를도의에로만])"
)
_SUFFIX_APART = re.compile(
    r"(?<=[가-힣\d])( )(쯤|끼리|짜리|어치)(?=(?:은|는|이|가|을|를|에|의|도|만|에는)?(?![가-힣]))"
)
# A noun ending in a vowel takes -예요, not -이에요 (회사이에요 → 회사예요); 아이에요 is
# 아이 + 에요, so a last syllable 이 is left alone.
_IEYO_OPEN = re.compile(r"(?<![가-힣])([가-힣]{2,})(이에요)(?![가-힣])")
_NUMERAL_APART = re.compile(r"(?<![가-힣])(몇|십|백|천|수백|수천)( )(십|백|천|만|여)(?= )")


# Each rule with a syllable its matches must contain: a draft without it skips the pattern.
_RULES = (
    ("_dueum", ("년",)),
    ("_euro", ("으로",)),
    ("_saisiot", ("뒷", "윗", "아랫")),
    ("_short_stems", ("딛", "머물", "서툴", "서둘", "은")),
    ("_teullyeoji", ("틀려",)),
    ("_l_eul", ("을 ",)),
    ("_adverb_i_hi", ("히", "이")),
    ("_kkeo", ("꺼", "껍", "껀")),
    ("_numerals", ("몇 ", "십 ", "백 ", "천 ")),
    ("_ge_endings", ("껄", "게요", "께요", "실게", "실께")),
    ("_numbers_and_units", ("원", "제 ", "약", "이상", "이내", "이하", "미만", "초과", " 쯤",
                            " 끼리", " 짜리", " 어치")),
    ("_ieyo", ("이에요",)),
)  # fmt: skip


def hits(text: str) -> list[Hit]:
    out: list[Hit] = []
    for name, needles in _RULES:
        if any(needle in text for needle in needles):
            out.extend(globals()[name](text))
    return out


def _dueum(text: str) -> Iterator[Hit]:
    for m in _NYEON.finditer(text):
        if _NUMERAL_WORD.search(text, max(0, m.start() - 8), m.start()):
            continue
        yield Hit(m.start(1), m.end(1), "연", "spelling",
                  "단어 첫머리의 '년'은 '연'으로 적습니다. (연간, 연도별)", "form.dueum",
                  SRC_DUEUM)  # fmt: skip


def _euro(text: str) -> Iterator[Hit]:
    for m in _EURO.finditer(text):
        if final_index(m.group(1)) != 8:  # ㄹ
            continue
        yield Hit(m.start(2), m.end(2), "로", "spelling",
                  "ㄹ 받침 뒤에는 '-으로'가 아니라 '-로'를 씁니다. (말로, 파일로)", "form.ro",
                  SRC_RO)  # fmt: skip


def _saisiot(text: str) -> Iterator[Hit]:
    for m in _SAI.finditer(text):
        if initial_index(m.group(2)) not in _HARD_INITIALS:
            continue
        plain = {"뒷": "뒤", "윗": "위", "아랫": "아래"}[m.group(1)]
        yield Hit(m.start(1), m.end(1), plain, "spelling",
                  "된소리나 거센소리 앞에는 사이시옷을 적지 않습니다. (뒤풀이, 위층)",
                  "form.saisiot", SRC_SAI)  # fmt: skip


def _short_stems(text: str) -> Iterator[Hit]:
    for m in _SHORT_STEM.finditer(text):
        stem, ending = m.groups()
        prefix = "내" if stem.startswith("내") else ""
        right = prefix + _FULL[stem.removeprefix(prefix)][ending]
        yield Hit(m.start(), m.end(), right, "spelling",
                  "준말 어간에는 모음으로 시작하는 어미가 붙지 않습니다. (내디뎠다, 머물렀다)",
                  "form.short-stem", SRC_SHORT)  # fmt: skip
    for m in _L_EUN.finditer(text):
        stem = m.group(1)
        right = stem[:-1] + chr(ord(stem[-1]) - 8 + 4)  # ㄹ → ㄴ: 설 → 선
        yield Hit(m.start(), m.end(), right, "spelling",
                  "ㄹ 받침 어간에 '-은'이 붙으면 ㄹ이 줄어 '-ㄴ'이 됩니다. (낯선, 거친)",
                  "form.l-eun", SRC_DICT)  # fmt: skip


def _l_eul(text: str) -> Iterator[Hit]:
    for m in _L_EUL.finditer(text):
        yield Hit(m.start(1), m.end(2), m.group(1), "spelling",
                  "ㄹ 받침 어간 뒤의 '-을'은 ㄹ만 남습니다. (만들 계획, 힘들 때)",
                  "form.l-eul", SRC_DICT)  # fmt: skip
    for m in _DEUL_LIFT.finditer(text):
        yield Hit(m.start(1), m.end(1), "들", "spelling",
                  "물건을 드는 '들다'는 '들 때'입니다. ('들을'은 '듣다')",
                  "form.l-eul", SRC_DICT)  # fmt: skip


def _teullyeoji(text: str) -> Iterator[Hit]:
    for m in _TEULLYEOJI.finditer(text):
        yield Hit(m.start(1), m.end(1), "달라", "spelling",
                  "바뀌는 것은 '달라지다'입니다. ('틀려지다'라는 말은 없습니다)",
                  "form.dallaji", SRC_DICT)  # fmt: skip


def _adverb_i_hi(text: str) -> Iterator[Hit]:
    for m in _SIOT_HI.finditer(text):
        if len(m.group(1)) >= 2 and final_index(m.group(1)[-1]) == 19:  # ㅅ
            yield Hit(m.start(2), m.end(2), "이", "spelling",
                      "ㅅ 받침 뒤의 부사는 '-이'로 적습니다. (느긋이, 따뜻이)", "form.i-hi",
                      SRC_ADVERB)  # fmt: skip
    for m in _DOUBLED_HI.finditer(text):
        yield Hit(m.start(2), m.end(2), "이", "spelling",
                  "겹쳐 쓴 명사 뒤의 부사는 '-이'로 적습니다. (곳곳이, 틈틈이, 샅샅이)",
                  "form.i-hi", SRC_ADVERB)  # fmt: skip
    tokens = morph.tokens(text)
    for prev, cur in zip(tokens, tokens[1:], strict=False):
        if not (prev.tag in ("XR", "NNG") and cur.tag == "XSM" and cur.form == "이"):
            continue
        root = text[prev.start : prev.end]
        if root != prev.form or cur.start != prev.end or text[cur.start : cur.end] != "이":
            continue
        if prev.tag == "NNG" and (
            len(root) < 2 or root[-1] == root[-2] or _DOUBLED_HI.match(root + "히")
        ):
            continue  # a doubled noun (번번이) takes -이
        if (
            (prev.tag == "XR" and final_index(root[-1]) == 0)
            or final_index(root[-1]) == 19
            or root in _GIYEOK_I
        ):
            continue  # 가까이, 깨끗이, 깊숙이: -이 is right
        yield Hit(cur.start, cur.end, "히", "spelling",
                  "'-하다'가 붙는 말의 부사는 대개 '-히'로 적습니다. (조용히, 나란히)",
                  "form.i-hi", SRC_ADVERB)  # fmt: skip


def _turned_off(text: str, last: int) -> bool:
    """The word ending at `last` may be what 끄다 turns off (불 꺼라고), or is too short to tell."""
    start = last
    while start > 0 and "가" <= text[start - 1] <= "힣":
        start -= 1
    word = text[start : last + 1]
    return word.endswith(_KKEO_OFF_ENDS) or (len(word) == 1 and word not in "할될갈올")


def _kkeo(text: str) -> Iterator[Hit]:
    for m in _KKEO.finditer(text):
        if final_index(m.group(1)) != 8:  # the -ㄹ of 할, 갈, 볼
            continue
        apart, word = m.group(2), m.group(3)
        if apart and word not in _KKEO_NOT_KKEUDA and _turned_off(text, m.start(1)):
            continue
        yield Hit(m.start(3), m.end(3), ("" if apart else " ") + _KKEO_RIGHT[word], "spelling",
                  "'-ㄹ 거예요'의 '거'는 띄어 쓰고 '꺼'로 적지 않습니다.", "form.kkeo",
                  SRC_GEO)  # fmt: skip


def _numerals(text: str) -> Iterator[Hit]:
    for m in _NUMERAL_APART.finditer(text):
        if m.group(1) == "몇" or m.group(3) == "여":
            yield Hit(m.start(2), m.end(2), "", "spacing",
                      f"'{m.group(1)}{m.group(3)}'은 한 낱말이라 붙여 씁니다. (몇십 명, 십여 명)",
                      "form.numeral", SRC_DICT)  # fmt: skip


def _ge_endings(text: str) -> Iterator[Hit]:
    for m in _KKEOL.finditer(text):
        if final_index(m.group(1)) == 8:
            yield Hit(m.start(2), m.end(2), "걸", "spelling",
                      "'-ㄹ걸'은 어미라 '걸'로 적습니다. (미리 할걸)", "form.kkeo",
                      SRC_GEO)  # fmt: skip
    for m in _GEYO_APART.finditer(text):
        if final_index(m.group(1)) == 8:  # 할 게요: the -ㄹ of 할
            yield Hit(m.start(2), m.end(3), "게요", "spacing",
                      "'-ㄹ게요'는 어미라 앞말에 붙여 씁니다. (할게요)", "form.geyo",
                      SRC_ENDING)  # fmt: skip
    for m in _SIL_GEYO.finditer(text):
        yield Hit(m.start(2), m.end(3), "세요", "spelling",
                  "'-ㄹ게요'는 말하는 이의 약속이라 '-시-'와 함께 쓰지 않습니다. (오세요)",
                  "form.sil-geyo", SRC_DICT + " '-ㄹ게'")  # fmt: skip


def _numbers_and_units(text: str) -> Iterator[Hit]:
    for m in _WON.finditer(text):
        s = m.start(2)
        yield Hit(s - 1, s + 1, text[s - 1] + " 원", "spacing",
                  "한글로 적은 수와 단위는 띄어 씁니다. (오천 원)", "form.numeral-unit",
                  "한글 맞춤법 제43항 (단위를 나타내는 명사는 띄어 씀)")  # fmt: skip
    for m in _JE_NUMBER.finditer(text):
        yield Hit(m.start(2), m.end(2), "", "spacing",
                  "차례를 나타내는 접두사 '제-'는 뒤의 수에 붙여 씁니다. (제1회)", "form.je",
                  "한글 맞춤법 제43항 해설 (접두사 '제-')")  # fmt: skip
    for m in _YAK.finditer(text):
        yield Hit(m.start(1), m.end(1), "약 ", "spacing",
                  "'약'은 관형사라 뒤의 수와 띄어 씁니다. (약 10명)", "form.yak",
                  SRC_DICT + " '약'")  # fmt: skip
    for m in _BOUND_AFTER_NUMBER.finditer(text):
        s, e = m.start(1), m.end(1)
        yield Hit(s - 1, e, f"{text[s - 1]} {m.group(1)}", "spacing",
                  f"'{m.group(1)}'은 명사라 앞의 수와 띄어 씁니다. (3명 이상)", "form.isang",
                  SRC_DICT)  # fmt: skip
    for m in _SUFFIX_APART.finditer(text):
        yield Hit(m.start(1), m.end(1), "", "spacing",
                  f"접미사 '-{m.group(2)}'는 앞말에 붙여 씁니다. (3시쯤, 우리끼리)",
                  "form.suffix", "한글 맞춤법 제2항 (접미사는 앞말에 붙여 씀)")  # fmt: skip


def _ieyo(text: str) -> Iterator[Hit]:
    for m in _IEYO_OPEN.finditer(text):
        last = m.group(1)[-1]
        if final_index(last) == 0 and last != "이":
            yield Hit(m.start(2), m.end(2), "예요", "spelling",
                      "받침 없는 말 뒤에는 '-예요'입니다. (회사예요)", "form.ieyo",
                      SRC_DICT + " '-이에요'")  # fmt: skip
