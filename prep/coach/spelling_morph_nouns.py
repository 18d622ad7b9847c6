"""Bound nouns that spelling_morph's neighbour rules leave, read from Kiwi's tags.

* 데 ('the doing of it') whose predicate comes a few words later: 분석하는데 통계 프로그램을
  사용했다, 줄이는데 현장의 의견이 큰 도움이 되었다 → 분석하는 데, 줄이는 데. Only when the
  clause after 데 runs, without a connective ending, into a predicate 데 takes (사용하다, 도움이
  되다, 걸리다, 쓰다); else it is the connective -는데 and right as written (준비하는데 비가 왔다).
* 날 after a modifier ending (높은날 → 높은 날); Kiwi keeps the one-word nouns whole (지난날).
* 간 of a relation between nouns (부서간 → 부서 간), where Kiwi tags it a bound noun; the words
  the dictionary writes whole (형제간, 부부간, 조만간) are left alone.
* -간 and -가량 after a length of time or a number are suffixes, written together
  (6개월 간 → 6개월간, 한 시간 가량 → 한 시간가량);
* 때문 is a bound noun, always written apart (어렵기때문에, 노력때문에); 동안 and 후 are nouns,
  apart from the noun before them (방학동안, 입사후), where Kiwi splits them off (그동안,
  오랫동안, 직후, 오후 stay whole); 덕분, 결과, 끝, 탓 and the like after a modifier ending
  (노력한덕분에 → 노력한 덕분에);
* 있다 after a noun is its own word (의미있는 → 의미 있는, 책임감있게 → 책임감 있게), but for
  the adjectives the dictionary lists whole (재미있다, 뜻있다, 상관있다), which Kiwi mostly
  keeps as one token anyway;
* the suffix -받다 after the nouns the dictionary lists with it (인정 받았다 → 인정받았다,
  존경 받는 → 존경받는); 스트레스 받다 and 상을 받다 are two words.
"""

from __future__ import annotations

from collections.abc import Iterator

from prep.coach import morph
from prep.coach.morph import Morph
from prep.coach.spelling_hits import Hit
from prep.coach.spelling_words import hangul as _hangul

SRC_DEP = "한글 맞춤법 제42항 (의존 명사는 띄어 씀)"
SRC_SUFFIX = "한글 맞춤법 제2항 (접미사 '-간'·'-가량'·'-받다'는 앞말에 붙여 씀)"

# What 데 takes as its predicate: 하는 데 도움이 되다 / 사용하다 / 시간이 걸리다 / 힘을 쓰다.
_DE_PREDICATE_NOUNS = frozenset({"도움", "보탬", "사용", "활용", "기여", "소요", "이바지", "일조"})
_DE_PREDICATE_VERBS = frozenset({"걸리", "쓰", "쓰이", "힘쓰", "애쓰"})
_DE_REACH = 6
# 방과후 (학교, 교실, 강사) is the name schools and the ministry give a programme, written whole.
_NAMED_AFTER = frozenset({"방과"})
# Nouns that form one adjective with 있다 (뜻있다, 상관있다) when Kiwi splits them.
_ONE_WORD_ITDA = frozenset({"뜻", "상관", "관계", "재미", "맛", "멋", "값", "가만", "실속"})
# Nouns that 표준국어대사전 lists with the passive suffix -받다 (인정받다, 주목받다).
_BATDA_NOUNS = frozenset(
    {
        "인정", "존경", "사랑", "칭찬", "주목", "교육", "상처", "오해", "신뢰", "보상", "추천",
        "평가", "허가", "승인", "위로", "대접", "환영", "버림", "미움", "의심", "강요",
        "보호", "차별", "박해", "축복", "용서", "귀염", "괄시", "푸대접", "천대", "구박",
        "지원", "제공", "치료", "진료", "지급", "발급", "배정", "선택", "초대",
    }
)  # fmt: skip
# Nouns that follow a modifier ending as their own word (spelling_morph has 때, 후, 동안, …).
_AFTER_ETM = frozenset(
    {"덕분", "결과", "끝", "탓", "바람", "순간", "가운데", "이상", "이후", "이전", "사이", "대신"}
)  # eojeols after 데 within which its predicate must come

# Words the dictionary writes with 간 as one word (형제간, 조만간) when Kiwi splits them.
_ONE_WORD_GAN = frozenset(
    {
        "부부", "형제", "부자", "모자", "모녀", "부녀", "고부", "동기", "피차", "좌우", "조만",
        "다소", "얼마", "여하", "자매", "남매", "사제", "천지", "부지불식", "순식", "삽시",
    }
)  # fmt: skip
# Lengths of time that -간 (6개월간, 이틀간) follows as a suffix.
_DURATIONS = frozenset(
    {
        "시간", "개월", "년", "일", "주", "주일", "일주일", "달", "분", "초", "해", "며칠", "이틀",
        "사흘", "나흘", "닷새", "열흘", "보름", "수년", "수개월", "반년", "한동안", "장기", "단기",
    }
)  # fmt: skip


def hits(text: str) -> list[Hit]:
    ms = morph.tokens(text)
    return list(_scan(text, ms))


def _scan(text: str, ms: tuple[Morph, ...]) -> Iterator[Hit]:
    for i in range(1, len(ms)):
        prev, cur = ms[i - 1], ms[i]
        joined = cur.start == prev.end and cur.start > 0 and _hangul(text[cur.start - 1])
        whole = text[cur.start : cur.start + len(cur.form)] == cur.form
        spaced = text[prev.end : cur.start] == " "

        if prev.tag == "ETM" and joined and whole and cur.tag == "NNB" and cur.form == "데":
            if not (i >= 2 and ms[i - 2].tag == "EP") and _far_de_predicate(text, ms, i):
                yield _apart(text, cur, "의존 명사 '데'는 띄어 씁니다. (분석하는 데 사용했다)")
            continue

        if prev.tag == "ETM" and joined and whole and cur.tag == "NNG" and cur.form == "날":
            ends = cur.end >= len(text) or not _hangul(text[cur.end])
            if ends or _particle_at(ms, i + 1, cur.end):
                yield _apart(text, cur, "'날'은 명사라 꾸미는 말과 띄어 씁니다. (높은 날)")
            continue

        if (
            prev.tag in ("NNG", "NNP")
            and cur.tag == "NNB"
            and cur.form == "간"
            and joined
            and whole
            and len(prev.form) >= 2
            and prev.form not in _ONE_WORD_GAN
            and text[prev.start : prev.end] == prev.form
        ):
            yield _apart(text, cur, "관계를 나타내는 '간'은 의존 명사라 띄어 씁니다. (부서 간)")
            continue

        if joined and whole and cur.form == "때문" and cur.tag in ("NNB", "NNG"):
            yield _apart(text, cur, "'때문'은 의존 명사라 띄어 씁니다. (어렵기 때문에)")
            continue

        if (
            prev.tag == "NNG"
            and cur.tag in ("NNG", "NNB")
            and cur.form in ("동안", "후")
            and joined
            and whole
            and len(prev.form) >= 2
            and text[prev.start : prev.end] == prev.form
            and prev.form not in _NAMED_AFTER
        ):
            yield _apart(text, cur, f"'{cur.form}'은 앞말과 띄어 씁니다. (방학 동안, 입사 후)")
            continue

        if (
            prev.tag == "NNG"
            and cur.tag in ("VA", "VV")
            and cur.form == "있"
            and joined
            and whole
            and prev.form not in _ONE_WORD_ITDA
            and text[prev.start : prev.end] == prev.form
        ):
            yield _apart(text, cur, "'있다'는 앞의 명사와 띄어 씁니다. (의미 있는, 책임감 있게)")
            continue

        if (
            spaced
            and prev.tag == "NNG"
            and prev.form in _BATDA_NOUNS
            and cur.tag == "VV"
            and cur.form == "받"
            and text[prev.start : prev.end] == prev.form
            and text[cur.start] == "받"
        ):
            yield Hit(prev.end, cur.start, "", "spacing",
                      f"'{prev.form}받다'의 '-받다'는 접미사라 붙여 씁니다. (인정받았다)",
                      "kiwi.suffix-apart", SRC_SUFFIX)  # fmt: skip
            continue

        if prev.tag == "ETM" and joined and whole and cur.tag == "NNG" and cur.form in _AFTER_ETM:
            yield _apart(text, cur, f"'{cur.form}'은 꾸미는 말과 띄어 씁니다. (노력한 덕분에)")
            continue

        if spaced and whole and cur.form in ("간", "가량") and cur.tag in ("NNB", "NNG"):
            after = cur.start + len(cur.form)
            if after < len(text) and _hangul(text[after]) and not _particle_at(ms, i + 1, after):
                continue  # 간호, 가량스럽: another word
            if _time_or_count(ms, i, cur.form):
                yield Hit(prev.end, cur.start, "", "spacing",
                          f"접미사 '-{cur.form}'은 앞말에 붙여 씁니다. (6개월간, 한 시간가량)",
                          "kiwi.suffix-apart", SRC_SUFFIX)  # fmt: skip


def _apart(text: str, noun: Morph, message: str) -> Hit:
    s = noun.start
    return Hit(s - 1, noun.end, f"{text[s - 1]} {text[s : noun.end]}", "spacing", message,
               "kiwi.dependent-noun", SRC_DEP)  # fmt: skip


def _particle_at(ms: tuple[Morph, ...], j: int, at: int) -> bool:
    return j < len(ms) and ms[j].start == at and ms[j].tag.startswith("J")


def _time_or_count(ms: tuple[Morph, ...], i: int, form: str) -> bool:
    """The word before -간 is a length of time; before -가량, also any counted amount."""
    prev = ms[i - 1]
    if prev.form in _DURATIONS and prev.tag in ("NNG", "NNB"):
        return True
    if form != "가량" or prev.tag not in ("NNB", "NNG") or i < 2:
        return False
    before = ms[i - 2]
    return before.tag == "SN" or (before.tag in ("MM", "NR") and before.end <= prev.start)


def _far_de_predicate(text: str, ms: tuple[Morph, ...], i: int) -> bool:
    """After 데 (ms[i]) and a space, the clause reaches a predicate 데 takes before any
    connective or final ending."""
    de = ms[i]
    if de.end >= len(text) or text[de.end] != " ":
        return False  # 하는데도, 하는데에: spelling_morph already reads these
    eojeols = 0
    for j in range(i + 1, len(ms)):
        m = ms[j]
        if m.start > ms[j - 1].end:
            eojeols += 1
        if eojeols > _DE_REACH or m.tag in ("EC", "EF", "SF", "SP", "SE"):
            return False
        if (m.tag == "NNG" and m.form in _DE_PREDICATE_NOUNS) or (
            m.tag == "VV" and m.form in _DE_PREDICATE_VERBS
        ):
            return True
    return False
