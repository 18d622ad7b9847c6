"""Words around an offset, and how Kiwi reads a noun followed by 하다 or 되다: the small
questions the spacing rules of spelling_morph ask about the text."""

from __future__ import annotations

from functools import lru_cache

from prep.coach import morph


def hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def hangul_word(word: str) -> bool:
    return all(hangul(ch) for ch in word)


def word_start(text: str, end: int) -> int:
    """Where the space-delimited word ending at `end` starts."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def word_end(text: str, start: int) -> int:
    """Where the run of Hangul syllables from `start` ends."""
    end = start
    while end < len(text) and hangul(text[end]):
        end += 1
    return end


@lru_cache(maxsize=4096)
def takes_hada(noun: str) -> bool:
    """Kiwi reads noun+하다 as one derived verb (거절하다): the noun names an action."""
    if not (len(noun) >= 2 and hangul_word(noun)):
        return False
    tokens = morph.analyser().tokenize(noun + "하였다")
    return any(t.start == len(noun) and t.tag == "XSV" for t in tokens)


@lru_cache(maxsize=4096)
def takes_doeda(noun: str) -> bool:
    """Kiwi reads noun+되다 as one derived verb (개선되다), not as 'become' (얼마 되다)."""
    tokens = morph.analyser().tokenize(noun + "되었다")
    return any(t.start == len(noun) and t.tag == "XSV" for t in tokens)
