"""Hangul syllables by their parts: a syllable is 0xAC00 + (initial × 21 + medial) × 28 + final.

The spelling rules ask which final consonant a syllable has (ㄹ before -ㄹ게, ㅆ in a past stem,
none before 율) and change it; these are the one place that arithmetic is written.
"""

_BASE = 0xAC00


def final_index(syllable: str) -> int:
    """Index of the final consonant (0 none, 1 ㄱ, 4 ㄴ, 8 ㄹ, 16 ㅁ, 17 ㅂ, 19 ㅅ, 20 ㅆ) of a
    Hangul syllable, or -1 for anything else."""
    return (ord(syllable) - _BASE) % 28 if "가" <= syllable <= "힣" else -1


def initial_index(syllable: str) -> int:
    """Index of the initial consonant (0 ㄱ … 18 ㅎ) of a Hangul syllable, or -1."""
    return (ord(syllable) - _BASE) // 588 if "가" <= syllable <= "힣" else -1


def with_final(syllable: str, final: int) -> str:
    """The syllable with its final consonant replaced by `final` (0 drops it)."""
    code = ord(syllable) - _BASE
    return chr(_BASE + code - code % 28 + final)
