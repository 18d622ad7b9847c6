"""Counting Korean answer text the way application forms do (DOMAIN.md §2).

This module is the reference; static/js/counting.js must give the same numbers in the browser,
and tests/coach/counting_vectors.json holds the cases both are checked against.
"""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Literal

import regex

RULE_LABELS: dict[str, str] = {
    "chars": "공백 포함",
    "chars_no_spaces": "공백 제외",
    "bytes_cp949": "바이트 (한글 2, CP949)",
    "bytes_utf8": "바이트 (UTF-8)",
    "bytes_neis": "바이트 (NEIS)",
}

LINE_BREAK_WEIGHTS = (1, 2)

# Recruiting sites advise filling 80–90% of a limit; below 80% an answer looks thin.
GOOD_FROM_PERCENT = 80

Zone = Literal["low", "good", "over"]

_GRAPHEME = regex.compile(r"\X")

# Every break between code points is a cluster boundary unless one of these takes part (the
# grapheme-break rules GB3–GB13 only ever join CR+LF or involve these classes). Text without
# them -- most Korean prose, whose syllables are precomposed -- is counted by code point,
# which is several times faster than running \X.
_CLUSTER_JOINERS = regex.compile(
    "["
    + "".join(
        rf"\p{{Grapheme_Cluster_Break={name}}}"
        for name in ("Extend", "ZWJ", "SpacingMark", "Prepend", "Regional_Indicator", "L", "V", "T")
    )
    + "]"
)

# The standard-library `re` \s is exactly str.isspace(); the `regex` package's \s is Unicode
# White_Space, which leaves out \x1c-\x1f.
_WHITESPACE = re.compile(r"\s")


@dataclass(frozen=True)
class Counts:
    """Every number a form might count, for one text. A CRLF is one character and one line break."""

    characters: int
    characters_no_spaces: int
    bytes_utf8: int
    bytes_cp949: int
    bytes_neis: int
    line_breaks: int
    # Grapheme clusters rather than code points: the warning shows what the candidate sees
    # (one 👍🏽, one NFD 한), not a bare skin-tone swatch or an invisible joiner.
    not_cp949: tuple[str, ...]


@dataclass(frozen=True)
class LimitStatus:
    used: int
    limit: int
    remaining: int
    percent: float
    zone: Zone


def count_text(text: str) -> Counts:
    """Count `text` exactly as given; call normalize_text first to count what will be stored."""
    crlf = text.count("\r\n")
    line_break_chars = text.count("\r") + text.count("\n")
    line_breaks = line_break_chars - crlf

    if _CLUSTER_JOINERS.search(text) is None:
        # Each code point is its own cluster, except that CR+LF is one.
        units: str | list[str] = text
        characters = len(text) - crlf
        spaces = len(_WHITESPACE.findall(text)) - crlf
    else:
        units = _GRAPHEME.findall(text)
        characters = len(units)
        spaces = sum(map(str.isspace, units))

    # surrogatepass: a lone surrogate (possible in a str, never in a valid form post) counts as
    # the 3 bytes the browser's encoder would spend on its U+FFFD.
    utf8_length = len(text.encode("utf-8", "surrogatepass"))

    try:
        bytes_cp949 = len(text.encode("cp949"))
        not_cp949: tuple[str, ...] = ()
    except UnicodeEncodeError:
        bytes_cp949, not_cp949 = _cp949_length_with_fallback(units)

    return Counts(
        characters=characters,
        characters_no_spaces=characters - spaces,
        # Byte-counting forms charge a line break 1 byte (2 only for forms that count CRLF, which
        # measure() handles with line_break_weight), so a CRLF here is one line break, 1 byte,
        # although its encoding takes 2.
        bytes_utf8=utf8_length - crlf,
        bytes_cp949=bytes_cp949 - crlf,
        # NEIS counts every line break as 2 bytes, whichever characters make it up.
        bytes_neis=utf8_length - line_break_chars + 2 * line_breaks,
        line_breaks=line_breaks,
        not_cp949=not_cp949,
    )


def _cp949_length_with_fallback(units: str | list[str]) -> tuple[int, tuple[str, ...]]:
    total = 0
    unencodable = []
    # Counter keeps first-appearance order, which is the order not_cp949 promises.
    for unit, occurrences in Counter(units).items():
        try:
            total += occurrences * len(unit.encode("cp949"))
        except UnicodeEncodeError:
            total += occurrences * sum(map(_cp949_char_length, unit))
            unencodable.append(unit)
    return total, tuple(unencodable)


def _cp949_char_length(char: str) -> int:
    try:
        return len(char.encode("cp949"))
    except UnicodeEncodeError:
        # A legacy form cannot store this character at all, so there is no true CP949 length.
        # We charge its UTF-8 length (emoji 4, dashes 3): never less than the 2 bytes of any
        # encodable character, so a count that fits here does not hide an overflow, and the
        # character is listed in not_cp949 so the candidate is warned to replace it.
        return len(char.encode("utf-8", "surrogatepass"))


def measure(text: str, rule: str, line_break_weight: int = 1) -> int:
    """The number a form with this limit rule would show for `text`."""
    return measure_counts(count_text(text), rule, line_break_weight)


def measure_counts(counts: Counts, rule: str, line_break_weight: int = 1) -> int:
    """measure() from a text's counts, e.g. counts stored with the text."""
    _check_rule(rule, line_break_weight)
    extra_for_line_breaks = (line_break_weight - 1) * counts.line_breaks
    if rule == "chars":
        return counts.characters + extra_for_line_breaks
    if rule == "chars_no_spaces":
        # Line breaks are whitespace, so a form that ignores spaces ignores them too.
        return counts.characters_no_spaces
    if rule == "bytes_cp949":
        return counts.bytes_cp949 + extra_for_line_breaks
    if rule == "bytes_utf8":
        return counts.bytes_utf8 + extra_for_line_breaks
    # NEIS already charges 2 bytes per line break, so the weight does not apply.
    return counts.bytes_neis


def check_limit(text: str, limit: int, rule: str, line_break_weight: int = 1) -> LimitStatus:
    return check_limit_counts(count_text(text), limit, rule, line_break_weight)


def check_limit_counts(
    counts: Counts, limit: int, rule: str, line_break_weight: int = 1
) -> LimitStatus:
    """check_limit() from a text's counts, e.g. counts stored with the text."""
    if limit < 0:
        raise ValueError(f"limit must not be negative, got {limit}")
    used = measure_counts(counts, rule, line_break_weight)
    if used > limit:
        zone: Zone = "over"
    elif limit and used * 100 >= GOOD_FROM_PERCENT * limit:
        # Integer comparison, so exactly 80% is "good" without float rounding doubts.
        zone = "good"
    else:
        zone = "low"
    return LimitStatus(
        used=used,
        limit=limit,
        remaining=limit - used,
        # The same expression as counting.js, so both sides round identically.
        percent=used * 100 / limit if limit else 0.0,
        zone=zone,
    )


def _check_rule(rule: str, line_break_weight: int) -> None:
    if rule not in RULE_LABELS:
        raise ValueError(f"unknown limit rule {rule!r}; expected one of {sorted(RULE_LABELS)}")
    if line_break_weight not in LINE_BREAK_WEIGHTS:
        raise ValueError(f"line_break_weight must be 1 or 2, got {line_break_weight!r}")


_STRIPPED_INVISIBLES = re.compile("[\u200b\ufeff\u2060]")
# C0 control characters other than tab, LF and CR. Text pasted from PDFs, terminals and some
# word processors carries them; they are invisible, no form counts them, and PostgreSQL refuses
# NUL in text outright. static/js/counting.js removes the same set.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# A precomposed syllable can take a trailing jamo (하 + ᆫ = 한), so it belongs to the run.
_CONJOINING_JAMO_RUN = re.compile("[\uac00-\ud7a3]?[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]+")


def normalize_text(text: str) -> tuple[str, list[str]]:
    """Turn text into the form we store and count, and say in Korean what changed."""
    changes = []

    if "\r" in text:
        crlf = text.count("\r\n")
        kinds = []
        if crlf:
            kinds.append("CRLF")
        if text.count("\r") > crlf:
            kinds.append("CR")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        changes.append(f"줄바꿈({', '.join(kinds)})을 LF로 바꿨습니다.")

    controls = Counter(_CONTROL_CHARACTERS.findall(text))
    if controls:
        text = _CONTROL_CHARACTERS.sub("", text)
        names = ", ".join(f"U+{ord(char):04X}" for char in controls)
        changes.append(f"보이지 않는 제어 문자({names}) {controls.total()}개를 지웠습니다.")

    # Before NFC, because an invisible character between two jamo keeps them from composing.
    removed = Counter(_STRIPPED_INVISIBLES.findall(text))
    if removed:
        text = _STRIPPED_INVISIBLES.sub("", text)
        names = ", ".join(f"U+{ord(char):04X}" for char in removed)
        changes.append(f"보이지 않는 문자({names}) {removed.total()}개를 지웠습니다.")

    if not unicodedata.is_normalized("NFC", text):
        hangul_composed = _CONJOINING_JAMO_RUN.sub(
            lambda match: unicodedata.normalize("NFC", match[0]), text
        )
        if hangul_composed != text:
            changes.append("분리된 한글 자모(NFD)를 완성형(NFC)으로 합쳤습니다.")
        text = unicodedata.normalize("NFC", hangul_composed)
        if text != hangul_composed:
            changes.append("일부 문자를 유니코드 표준형(NFC)으로 바꿨습니다.")

    return text, changes


def stored_text(text: str, *, one_line: bool = False) -> tuple[str, list[str]]:
    """The text as we store it, and the Korean notices of what changed: the one definition for
    the importer, the models, the forms and (as storedText) static/js/counting.js.

    Browsers post every line break of a textarea as CRLF although the candidate typed LF, so that
    conversion is silent; the other changes (lone CR, control and invisible characters, NFD
    Hangul) are reported. `one_line` (a headline, a title) joins lines with a space and trims.
    """
    text, changes = normalize_text(text.replace("\r\n", "\n"))
    if one_line:
        text = " ".join(text.splitlines()).strip()
    return text, changes


# Characters that Word, Notion, Hangul and macOS put into drafts and that CP949 cannot encode,
# each with the closest CP949 character (tests/coach/test_counting.py checks both sides with
# the codec). Symbols that carry meaning (dashes, arrows, check marks) keep it; pictographic
# emoji only decorate, so they go. Anything unencodable that is not listed here is handled by
# replace_unsafe's fallbacks.
SAFE_REPLACEMENTS: dict[str, str] = {
    # Dashes and hyphens. Korean typesetting writes the 줄표 as ― (KS X 1001 A1AA).
    "\u2014": "\u2015",  # — em dash
    "\u2013": "-",  # – en dash
    "\u2212": "-",  # − minus sign
    "\u2010": "-",  # ‐ hyphen
    "\u2011": "-",  # ‑ non-breaking hyphen
    "\u2012": "-",  # ‒ figure dash
    "\u2043": "-",  # ⁃ hyphen bullet
    # Bullets and middle dots
    "\u2022": "\u00b7",  # • bullet → ·
    "\u2023": "\u00b7",  # ‣ triangular bullet
    "\u2219": "\u00b7",  # ∙ bullet operator
    "\u22c5": "\u00b7",  # ⋅ dot operator
    "\u2027": "\u00b7",  # ‧ hyphenation point
    "\u30fb": "\u00b7",  # ・ katakana middle dot
    "\uff65": "\u00b7",  # ･ halfwidth katakana middle dot
    "\u25e6": "\u25cb",  # ◦ white bullet → ○
    "\u29bf": "\u2299",  # ⦿ circled bullet → ⊙
    "\u25aa": "\u25a0",  # ▪ → ■
    "\u25ab": "\u25a1",  # ▫ → □
    "\u25fc": "\u25a0",  # ◼ → ■
    "\u25fb": "\u25a1",  # ◻ → □
    "\u25b8": "\u25b6",  # ▸ → ▶
    "\u25ba": "\u25b6",  # ► → ▶
    "\u25b9": "\u25b7",  # ▹ → ▷
    # Check marks and crosses
    "\u2713": "\u221a",  # ✓ → √
    "\u2714": "\u221a",  # ✔ → √
    "\u2611": "\u221a",  # ☑ → √
    "\u2610": "\u25a1",  # ☐ → □
    "\u2717": "\u00d7",  # ✗ → ×
    "\u2718": "\u00d7",  # ✘ → ×
    # Arrows
    "\u27a1": "\u2192",  # ➡ → →
    "\u2794": "\u2192",  # ➔ → →
    "\u279c": "\u2192",  # ➜ → →
    "\u27f6": "\u2192",  # ⟶ → →
    "\u2b05": "\u2190",  # ⬅ → ←
    "\u2b06": "\u2191",  # ⬆ → ↑
    "\u2b07": "\u2193",  # ⬇ → ↓
    # Quotation marks and apostrophes
    "\u02bc": "'",  # ʼ modifier letter apostrophe
    "\u201a": ",",  # ‚ single low-9 quotation mark
    "\u201b": "\u2018",  # ‛ → ‘
    "\u201e": "\u201c",  # „ → “
    "\u201f": "\u201c",  # ‟ → “
    "\u2039": "\u3008",  # ‹ → 〈
    "\u203a": "\u3009",  # › → 〉
    "\u00ab": "\u300a",  # « → 《
    "\u00bb": "\u300b",  # » → 》
    # Other punctuation and symbols
    "\u22ef": "\u2026",  # ⋯ → …
    "\u301c": "~",  # 〜 wave dash (Japanese IMEs, macOS)
    "\u02dc": "~",  # ˜ small tilde
    "\u20a9": "\uffe6",  # ₩ won sign (macOS) → fullwidth ￦
    "\u00a3": "\uffe1",  # £ → ￡
    "\u00a5": "\uffe5",  # ¥ → ￥
    "\u00a9": "\u24d2",  # © → ⓒ
    "\u00a6": "|",  # ¦ broken bar
    "\uffe4": "|",  # ￤ fullwidth broken bar
    "\u2266": "\u2264",  # ≦ → ≤
    "\u2267": "\u2265",  # ≧ → ≥
    # Spaces
    "\u00a0": " ",  # no-break space (Word, HTML &nbsp;)
    "\u1680": " ",
    "\u2000": " ",
    "\u2001": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2007": " ",
    "\u2008": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",  # narrow no-break space (macOS dates and times)
    "\u205f": " ",
    # Line ends that are not CR or LF
    "\u0085": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    # Invisible characters: zero-width, joiners, direction marks, variation selectors
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\u180e": "",
    "\u200e": "",
    "\u200f": "",
    "\u202a": "",
    "\u202b": "",
    "\u202c": "",
    "\u202d": "",
    "\u202e": "",
    "\u2066": "",
    "\u2067": "",
    "\u2068": "",
    "\u2069": "",
    "\ufe0e": "",
    "\ufe0f": "",
    # Emoji seen in drafts (any other emoji is removed by the fallback, too)
    "\u2705": "",  # ✅
    "\u274c": "",  # ❌
    "\u2b50": "",  # ⭐
    "\u2764": "",  # ❤
    "\u2728": "",  # ✨
    "\U0001f642": "",  # 🙂
    "\U0001f60a": "",  # 😊
    "\U0001f604": "",  # 😄
    "\U0001f605": "",  # 😅
    "\U0001f64f": "",  # 🙏
    "\U0001f44d": "",  # 👍
    "\U0001f525": "",  # 🔥
    "\U0001f4a1": "",  # 💡
    "\U0001f4cc": "",  # 📌
    "\U0001f4aa": "",  # 💪
    "\U0001f3af": "",  # 🎯
    "\U0001f680": "",  # 🚀
    "\U0001f3fb": "",  # skin tones 🏻–🏿
    "\U0001f3fc": "",
    "\U0001f3fd": "",
    "\U0001f3fe": "",
    "\U0001f3ff": "",
}


def replace_unsafe(text: str) -> tuple[str, dict[str, int]]:
    """Make `text` CP949-encodable; report each replaced grapheme cluster and how often."""
    try:
        text.encode("cp949")
    except UnicodeEncodeError:
        pass
    else:
        return text, {}

    replaced: Counter[str] = Counter()
    pieces = []
    for cluster in _GRAPHEME.findall(text):
        if _cp949_encodable(cluster):
            pieces.append(cluster)
        else:
            pieces.append(_safe_cluster(cluster))
            replaced[cluster] += 1
    return "".join(pieces), dict(replaced)


def _safe_cluster(cluster: str) -> str:
    if cluster in SAFE_REPLACEMENTS:
        return SAFE_REPLACEMENTS[cluster]
    # NFD Hangul from macOS file names becomes the precomposed syllable CP949 has.
    composed = unicodedata.normalize("NFC", cluster)
    if _cp949_encodable(composed):
        return composed
    return "".join(map(_safe_char, composed))


def _safe_char(char: str) -> str:
    if _cp949_encodable(char):
        return char
    if char in SAFE_REPLACEMENTS:
        return SAFE_REPLACEMENTS[char]
    return _compatibility_fallback(char)


def _compatibility_fallback(char: str) -> str:
    # Dropping the accent keeps "Pokémon" readable as "Pokemon" instead of "Pokmon", and NFKD
    # also spells out ligatures and odd spaces. What is still unencodable (emoji) is removed.
    plain = "".join(
        part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part)
    )
    return plain if plain and _cp949_encodable(plain) else ""


def _cp949_encodable(text: str) -> bool:
    try:
        text.encode("cp949")
    except UnicodeEncodeError:
        return False
    return True
