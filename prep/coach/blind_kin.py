"""Kin words by their shape, not only by the list: 큰외삼촌, 이종사촌 동생, 형수님, 시매부.

Korean builds most words for relatives from a small set of bases (삼촌, 고모, 할머니, 형, 동생)
and a few prefixes that say which side or which one (외, 친, 큰, 작은, 막내, 사촌, 이종, 증조),
plus 님. The listed kin words (blind_cues / family_member) are the bases; `KinWords` also accepts
a prefixed or honoured form of one, so every rule that asks "is this a relative?" sees the whole
family of forms. A relative of the spouse (시삼촌, 처조카, 시매부) says the writer is married.
"""

from __future__ import annotations

from collections.abc import Iterable

from prep.coach.lexicon import Lexicon

# Relatives' words that the list may not have; they take the same prefixes as the listed ones.
_MORE_BASES = frozenset(
    {
        *("당숙", "당숙모", "종숙", "형수", "제수", "계수", "제부", "매부", "매제", "매형"),
        *("올케", "형부", "시숙", "아주버님", "아주버니", "도련님", "서방님", "백부", "백모"),
        *("중부", "계부", "계모", "양부", "양모", "새아버지", "새어머니", "의붓아버지"),
        *("의붓어머니", "조카딸", "조카사위", "장조카", "외조카", "증조부", "증조모", "외조부"),
        *("외조모", "조부모님", "할아버님", "할머님", "오촌", "육촌", "사촌들", "외사촌"),
        *("친척분", "이모할머니", "고모할머니", "이모할아버지", "고모할아버지", "숙모님"),
        *("삼촌", "숙부님", "백부님", "작은엄마", "작은아빠", "큰엄마", "큰아빠"),
    }
)
# Which side or which one: 외삼촌, 큰고모, 막내이모, 이종사촌, 증조할머니, 친언니.
_PREFIXES = (
    *("외", "친", "큰", "작은", "막내", "맏", "둘째", "셋째", "첫째", "사촌", "육촌", "이종"),
    *("고종", "외종", "당", "새", "의붓", "증조", "고조", "외증조", "친할", "외할"),
)
_ONE_SYLLABLE_PREFIXES = frozenset(
    {"큰", "작은", "친", "맏", "사촌", "막내", "둘째", "셋째", "첫째", "이종", "고종"}
)
# The spouse's side: 시삼촌, 처조카, 시매부, 처가 식구.
IN_LAW_PREFIXES = ("시", "처")
# Too wide to be one's own relative by shape (외가족 is not a word; 친가족 is 가족).
_NOT_PREFIXED = frozenset({"가족", "친척", "친척들", "부모"})


def _strip_honorific(form: str) -> str:
    return form[:-1] if form.endswith("님") and len(form) > 2 else form


class KinWords(frozenset):
    """The listed kin words, which also contain their prefixed and honoured forms."""

    def __contains__(self, form: object) -> bool:
        # Every rule asks about every token (a draft asks a few thousand times about a few
        # hundred forms), so the answer per form is kept, the listed forms' too: the usual
        # question is one dict lookup.
        try:
            return self._answers[form]
        except (AttributeError, KeyError, TypeError):
            return self._answer(form)

    def _answer(self, form: object) -> bool:
        if not isinstance(form, str) or not form:
            return False
        answers = self.__dict__.get("_answers")
        if answers is None or len(answers) > 50_000:
            answers = self._answers = {}
        answer = answers[form] = frozenset.__contains__(self, form) or is_kin_shape(form, self)
        return answer


def _bases(listed: Iterable[str]) -> frozenset[str]:
    return frozenset(listed) | _MORE_BASES


def _is_base(word: str, bases: frozenset[str]) -> bool:
    return frozenset.__contains__(bases, word) or word in _MORE_BASES


def is_kin_shape(form: str, bases: frozenset[str], depth: int = 0) -> bool:
    """True when `form` is a kin base, maybe with 님 and side prefixes: 큰외삼촌님, 이종사촌."""
    word = _strip_honorific(form) if depth == 0 else form
    if depth == 0 and _is_base(word, bases):
        return True
    for prefix in _PREFIXES:
        if not word.startswith(prefix) or len(word) <= len(prefix):
            continue
        rest = word[len(prefix) :]
        # 외형, 당형 are other words: a one-syllable base (형) takes only 큰/친/맏-like prefixes.
        short_ok = len(rest) >= 2 or prefix in _ONE_SYLLABLE_PREFIXES
        if short_ok and _is_base(rest, bases) and rest not in _NOT_PREFIXED:
            return True
        if depth < 2 and is_kin_shape(rest, bases, depth + 1):
            return True
    return False


def kin_words(lexicon: Lexicon) -> KinWords:
    """The kin words of `lexicon` (blind_cues / family_member) as a `KinWords`."""
    return lexicon.cached(
        ("kin_words",),
        lambda: KinWords(_bases(lexicon.words("blind_cues", "family_member"))),
    )


def in_law(form: str, bases: frozenset[str]) -> bool:
    """시삼촌, 처조카, 시할머니: a relative on the spouse's side (not 시청, 처리: the rest must
    be a kin word)."""
    word = _strip_honorific(form)
    for prefix in IN_LAW_PREFIXES:
        rest = word[len(prefix) :]
        shaped = word.startswith(prefix) and len(rest) >= 2 and rest not in _NOT_PREFIXED
        if shaped and (_is_base(rest, bases) or rest == "식구"):
            return True
    return False


# Kin words no one uses for a stranger: 할머니, 어머니, 삼촌 and 이모 also address clients and
# shopkeepers, but 외할머니, 친할머니, 사촌 동생, 남동생 and 조카 are one's own relatives.
_FAMILY_ONLY_PREFIXES = ("외", "친", "사촌", "이종", "고종", "증조", "고조")
_FAMILY_ONLY = frozenset(
    {"남동생", "여동생", "조카", "조카딸", "외삼촌", "사촌", "친오빠", "친언니"}
)
_COMMON_BASES = frozenset(
    {
        *("할머니", "할아버지", "어머니", "아버지", "엄마", "아빠", "삼촌", "이모", "고모"),
        *("이모부", "고모부", "숙모", "동생", "형", "누나", "오빠", "언니", "조카", "손자"),
        *("손녀", "형제", "자매", "남매"),
    }
)


def family_only(form: str) -> bool:
    """True for a kin word that names one's own relative, never a stranger: 외할머니, 남동생."""
    word = _strip_honorific(form)
    if word in _FAMILY_ONLY:
        return True
    return any(
        word.startswith(p) and len(word) > len(p) and _is_base(word[len(p) :], _COMMON_BASES)
        for p in _FAMILY_ONLY_PREFIXES
    )
