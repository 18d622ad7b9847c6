"""Reading text a candidate pasted from an institution's site or a posting ("내 지원처 추가").

Two kinds of block:

- a "인재상" / "핵심가치" page: name–description pairs, written "도전 : 설명", "■ 도전 - 설명",
  "[도전] 설명", "1. 도전: 설명", or the name on one line and its description below;
- a posting's 자소서 문항 block: numbered prompts (1. / 1) / ① / [문항1] / Q1. / 문항 1.) with
  their limits ("(700자 이내)", "최대 1,000자", "1000 byte") and counting rule ("공백 제외").

The result only pre-fills a form the candidate checks before anything is saved, so the parser
prefers keeping text over guessing: a line it cannot place is kept as part of a description or
a prompt, never dropped. Plain Python (no Django): the rule values are those of
`prep.coach.counting`.
"""

import re
import unicodedata
from dataclasses import dataclass

# What a form pre-filled from a paste may hold at most; more is cut and said so by the caller.
MAX_ITEMS = 20
MAX_PASTE_CHARACTERS = 20_000


@dataclass(frozen=True)
class NamedItem:
    name: str
    description: str = ""


@dataclass(frozen=True)
class PastedPrompt:
    text: str
    limit: int | None = None
    rule: str = "chars"  # a prep.coach.counting rule


# --------------------------------------------------------------------------------------------
# Shared


_BULLET = r"[■□▪▫●○◆◇▶▷►•·∙・‣⁃\-–—*※✔✓√→>]"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_NUMBER_MARK = re.compile(
    rf"""^\s*(?:
        \[\s*(?:문항|질문|항목)?\s*\d{{1,2}}\s*(?:번)?\s*\]     # [문항1] [1]
      | (?:문항|질문|항목)\s*\d{{1,2}}\s*(?:번)?\s*[.):：\-]?   # 문항 1. 질문2)
      | [QqＱ]\s*\d{{1,2}}\s*[.):：\-]?                        # Q1. q2)
      | \(\s*\d{{1,2}}\s*\)                                   # (1)
      | \d{{1,2}}\s*(?:번\s*)?[.)）:：]                         # 1. 1) 1번.
      | \d{{1,2}}번                                           # 1번
      | [{_CIRCLED}]                                          # ①
    )\s*""",
    re.VERBOSE,
)
_BULLET_MARK = re.compile(rf"^\s*{_BULLET}+\s*")


def _lines(text: str, *, cells: bool = False) -> list[str]:
    """The text's lines, normalised; with `cells`, a tab (a table copied from a page) becomes
    the "이름 | 설명" separator."""
    text = unicodedata.normalize("NFC", text[:MAX_PASTE_CHARACTERS])
    if cells:
        text = re.sub(r"(?<=\S)[ ]*\t+[ \t]*(?=\S)", " | ", text)
    text = text.replace("\u00a0", " ").replace("\u3000", " ").replace("\u200b", "")
    return [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]


def _without_marks(line: str) -> str:
    line = _NUMBER_MARK.sub("", line, count=1)
    return _BULLET_MARK.sub("", line, count=1).strip()


# --------------------------------------------------------------------------------------------
# 인재상 / 핵심가치


# Headings a pasted page carries above its items, not items themselves.
_HEADING = re.compile(
    r"^(?:우리의\s*|[가-힣A-Za-z]{0,12}\s*)?"
    r"(?:인재상|핵심\s*가치|핵심가치\s*체계|가치\s*체계|core\s*values?|talent)\s*[:：]?$",
    re.IGNORECASE,
)
# "도전 : 설명", "도전 - 설명", "도전 – 설명", "도전｜설명"; the name part is short.
_SEPARATED = re.compile(
    r"^(?P<name>[^:：\-–—|｜]{1,30}?)\s*(?:[:：|｜]|\s[\-–—]\s?|[–—])\s*(?P<rest>.*)$"
)
# "[도전] 설명", "<도전> 설명", "「도전」 설명"
_BRACKETED = re.compile(
    r"^[\[<〈《【「『(（]\s*(?P<name>[^\]>〉》】」』)）]{1,30})\s*[\]>〉》】」』)）]\s*(?P<rest>.*)$"
)
# "미래지향(Future) 미래를 준비하는 혁신": a name glossed in brackets, then its description.
_GLOSSED = re.compile(
    r"^(?P<name>[^\s()]{1,15}\s?[(（][A-Za-z][A-Za-z &\-]{0,30}[)）])\s+(?P<rest>.+)$"
)
_SENTENCE_END = re.compile(r"(?:다|요|함|음|임|기|[.!?。])$")


def _short_name(text: str, *, strict: bool = False) -> bool:
    """Whether `text` reads as a value's name (도전, 고객 중심, 글로벌 인재(Global)), not prose.
    `strict` for a line that could also continue a description: no sentence ending at all."""
    if not text or len(text) > (20 if strict else 30) or len(text.split()) > (3 if strict else 5):
        return False
    if strict:
        return not _SENTENCE_END.search(text) and not text.endswith(",")
    return not _SENTENCE_END.search(text) or len(text) <= 6


def _split_item(line: str) -> tuple[str, str] | None:
    for pattern in (_BRACKETED, _SEPARATED, _GLOSSED):
        match = pattern.match(line)
        if match and _short_name(match["name"].strip()):
            return match["name"].strip(), match["rest"].strip()
    return None


_LIST_SEPARATOR = re.compile(r"\s*[,，、·/]\s*")


def _listed_names(line: str) -> list[str]:
    """The names of a one-line list under a heading: "핵심가치: 고객중심, 도전혁신, 상생협력"."""
    split = _SEPARATED.match(line)
    if not split or not _HEADING.match(split["name"].strip()):
        return []
    names = [name.strip() for name in _LIST_SEPARATOR.split(split["rest"]) if name.strip()]
    return names if len(names) >= 2 and all(_short_name(n, strict=True) for n in names) else []


@dataclass
class _Item:
    name: str
    description: str = ""
    marked: bool = False  # its line had a bullet or a number


def parse_named_items(text: str) -> list[NamedItem]:
    """The name–description pairs of a pasted 인재상 or 핵심가치 text, in their order."""
    items: list[_Item] = []
    for raw in _lines(text, cells=True):
        if not raw:
            continue
        line = _without_marks(raw)
        if not line or (_HEADING.match(line) and not items):
            continue
        if listed := _listed_names(line):
            items.extend(_Item(name, marked=True) for name in listed)
            continue
        marked = line != raw
        last = items[-1] if items else None
        if split := _split_item(line):
            items.append(_Item(*split, marked=marked))
        elif last and not last.description and not (marked and last.marked):
            last.description = line  # the description under a name on its own line
        elif last is None or (_short_name(line, strict=True) and (marked or not last.marked)):
            items.append(_Item(line, marked=marked))  # a name alone; its description follows
        else:
            last.description = f"{last.description} {line}".strip()
    return [NamedItem(_clean_name(item.name), item.description) for item in items][:MAX_ITEMS]


def _clean_name(name: str) -> str:
    return name.strip(" \"'“”‘’").strip()


# --------------------------------------------------------------------------------------------
# 자소서 문항


_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_BYTE_UNIT = r"bytes|byte|바이트|B\b"  # longest first; matched without case
# A limit phrase: "(700자 이내)", "700자 이내", "최대 1,000자", "1000 byte", "[공백 포함 700자]",
# "500자 ~ 700자" (the upper figure is the limit).
_LIMIT = re.compile(
    rf"""(?P<phrase>
        [(\[（【]?\s*
        (?:(?:글자\s*수|분량|제한)\s*[:：]?\s*)?
        (?:(?P<pre>공백|띄어쓰기|스페이스)\s*(?P<pre_kind>포함|제외|미포함)\s*)?
        (?:최대|최소)?\s*
        (?:(?:{_DIGITS})\s*(?:자|{_BYTE_UNIT})?\s*[~∼\-–]\s*)?
        (?P<number>{_DIGITS})\s*
        (?P<unit>자|{_BYTE_UNIT})
        \s*(?:이내|이하|내외|정도|까지|미만|以內)?
        \s*[,/]?\s*
        (?:[(\[（]?\s*(?P<post>공백|띄어쓰기|스페이스)\s*(?P<post_kind>포함|제외|미포함)\s*[)\]）]?)?
        \s*(?:이내|이하)?\s*
        [)\]）】]?
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_NO_SPACES = re.compile(r"(?:공백|띄어쓰기|스페이스)\s*(?:제외|미포함)")


def _limit_of(text: str) -> tuple[int | None, str, str]:
    """(limit, rule, text without the limit phrase) of one prompt's text."""
    matches = list(_LIMIT.finditer(text))
    if not matches:
        rule = "chars_no_spaces" if _NO_SPACES.search(text) else "chars"
        return None, rule, text
    match = matches[-1]
    limit = int(match["number"].replace(",", ""))
    if match["unit"].lower() in {"byte", "bytes", "바이트", "b"}:
        rule = "bytes_cp949"  # Korean forms count bytes with 한글 as two (CP949)
    elif _NO_SPACES.search(text):
        rule = "chars_no_spaces"
    else:
        rule = "chars"
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    rest = re.sub(r"\s*[(\[（]\s*[)\]）]\s*", " ", rest)  # brackets the phrase left empty
    rest = re.sub(
        r"\s*[(\[（]?\s*(?:공백|띄어쓰기)\s*(?:포함|제외|미포함)\s*[)\]）]?\s*$", "", rest
    )
    return limit, rule, re.sub(r"\s{2,}", " ", rest).strip(" -–:：,")


# Lines that head a block of prompts rather than being one.
_PROMPT_HEADING = re.compile(
    r"^(?:\[?\s*)?(?:자기\s*소개서|자소서|에세이)?\s*(?:문항|질문|항목)?\s*(?:안내|목록)?\s*\]?\s*[:：]?$"
)


def parse_prompts(text: str) -> list[PastedPrompt]:
    """The prompts of a pasted 자소서 문항 block, each with its limit and counting rule.

    Numbered lines start prompts; unnumbered lines continue the prompt above (a limit on a line
    of its own belongs to it). Without any numbering, each paragraph is one prompt.
    """
    lines = _lines(text)
    numbered = any(_NUMBER_MARK.match(line) for line in lines if line)
    blocks: list[list[str]] = []
    starts_new = True
    for line in lines:
        if not line:
            starts_new = not numbered or starts_new
            continue
        if numbered and _NUMBER_MARK.match(line):
            blocks.append([_without_marks(line)])
        elif numbered and not blocks:
            continue  # a heading above the first prompt
        elif not numbered and (starts_new or not blocks):
            if _PROMPT_HEADING.match(line) and not blocks:
                continue
            blocks.append([line])
        else:
            blocks[-1].append(line)
        starts_new = False
    prompts = []
    for block in blocks:
        joined = " ".join(part for part in block if part).strip()
        if not joined:
            continue
        limit, rule, prompt_text = _limit_of(joined)
        if prompt_text:
            prompts.append(PastedPrompt(prompt_text, limit, rule))
    return prompts[:MAX_ITEMS]
