"""Style: clichés, words repeated too often, over-long sentences, and spoken length.

All of it is advice. The cliché list lives in the lexicon (list "cliches") so admins can grow it:
a `term` of two or more words is also matched on morphemes, so its inflections and spacing
variants count too (style_lemmas); a `pattern` is a regular expression over the surface text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from prep.coach.findings import Finding, josa, make_finding
from prep.coach.lexicon import Lexicon, get_lexicon, patterns_for, term_index, word_starts
from prep.coach.morph import Morph, analyze, sentence_spans
from prep.coach.style_lemmas import lemma_matches
from prep.coach.style_lookalikes import plain_sense

# A sentence longer than this (characters with spaces) is hard to follow when read once; 80 is
# about two lines of a form's text box.
LONG_SENTENCE_CHARS = 80

# A content word is "repeated" when it appears at least REPEAT_MIN_COUNT times and makes up more
# than REPEAT_MIN_SHARE of all content words. An answer has a key noun or two it must reuse (the
# seed's sample answer uses 의견 and 사장님 5 times in 88 content words, 5.7%), so only heavier
# repetition is flagged: 고객 four times in two sentences is.
REPEAT_MIN_COUNT = 4
REPEAT_MIN_SHARE = 0.06

# Interview pace. Korean speech runs at about 5–6 syllables per second in conversation (news
# reading is close to 6); candidates in interviews slow down, so 5.5 is used. Each sentence end
# adds a short pause.
SYLLABLES_PER_SECOND = 5.5
PAUSE_PER_SENTENCE_SECONDS = 0.4
# Common advice for a spoken interview answer: about a minute, never more than 90 seconds.
SPOKEN_ANSWER_MAX_SECONDS = 60.0

# Roots that carry no content of their own even when Kiwi tags them as verbs or nouns.
_LIGHT_ROOTS = frozenset(
    {
        "하",
        "되",
        "있",
        "없",
        "같",
        "않",
        "이",
        "위하",
        "통하",
        "대하",
        "보",
        "주",
        "받",
        "가",
        "오",
        "알",
        "생각",
        "경우",
        "때문",
        "정도",
        "부분",
        "다양",
        "많",
    }
)

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN = re.compile(r"[A-Za-z]+")


def spoken_syllables(text: str) -> float:
    """About how many syllables `text` has when read aloud.

    Hangul syllables count one each; a number is read as about 1.5 syllables per digit
    (80 → 팔십); an all-caps abbreviation is spelled out (KPI → 케이피아이, ~1.7 per letter);
    other Latin words take about one syllable per 2.5 letters; % is read 퍼센트 (3 syllables).
    """
    syllables = sum(1 for ch in text if "가" <= ch <= "힣")
    syllables += sum(1.5 * len(re.sub(r"\D", "", m.group())) for m in _DIGITS.finditer(text))
    for match in _LATIN.finditer(text):
        word = match.group()
        syllables += 1.7 * len(word) if word.isupper() and len(word) <= 5 else len(word) / 2.5
    return syllables + 3 * text.count("%")


def speaking_seconds(text: str) -> float:
    """Seconds to say `text` aloud at interview pace (see SYLLABLES_PER_SECOND)."""
    sentences = len(sentence_spans(text))
    return round(
        spoken_syllables(text) / SYLLABLES_PER_SECOND + PAUSE_PER_SENTENCE_SECONDS * sentences, 1
    )


def cliche_findings(
    text: str, *, morphs: Sequence[Morph] | None = None, lexicon: Lexicon | None = None
) -> list[Finding]:
    """Listed clichés: literal terms, their inflected forms (by morphemes) and patterns.

    Overlapping matches make one finding.
    """
    lexicon = lexicon or get_lexicon()
    morphs = analyze(text) if morphs is None else morphs
    found: dict[tuple[int, int], str] = {}
    starts = word_starts(text)
    for start, end, entry in term_index(lexicon, ("cliches",)).find(text, starts):
        found.setdefault((start, end), entry.note)
    for start, end, entry in lemma_matches(text, morphs, lexicon):
        found.setdefault((start, end), entry.note)
    for pattern, entry in patterns_for(lexicon, ("cliches",), text):
        for match in pattern.finditer(text):
            found.setdefault(match.span(), entry.note)
    # Overlapping matches are one finding over their union (최선을 다하는 자세 + 자세로
    # 임했습니다), explained by the note of the one that starts first (the longest there).
    merged: list[list] = []
    for (start, end), note in sorted(found.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, note])
    findings = []
    for start, end, note in merged:
        if plain_sense(text, start, end):
            continue  # 퇴비를 밑거름으로 넣다, 관중들의 열정적인 응원: the word, not the cliché
        phrase = text[start:end]
        findings.append(
            make_finding(
                check="style",
                code="cliche",
                text=text,
                span=(start, end),
                category="cliche",
                message=josa(f"‘{phrase}’", "은/는") + " 자기소개서에 너무 흔한 표현입니다.",
                why=note,
                fix="같은 뜻을 자신의 경험에서 나온 구체적인 문장으로 바꾸거나 빼세요.",
            )
        )
    return findings


def repeated_words(
    morphs: list[Morph], *, ignore: Iterable[str] = ()
) -> list[tuple[str, list[Morph]]]:
    """Content roots used too often (see REPEAT_MIN_COUNT / REPEAT_MIN_SHARE), most used first."""
    ignored = set(ignore)
    content = [
        m
        for m in morphs
        if m.tag in ("NNG", "NNP", "VV", "VA", "XR")
        and m.root not in _LIGHT_ROOTS
        and m.root not in ignored
        and len(m.root) > 1
    ]
    if not content:
        return []
    counts = Counter(m.root for m in content)
    repeated = [
        root
        for root, n in counts.most_common()
        if n >= REPEAT_MIN_COUNT and n / len(content) > REPEAT_MIN_SHARE
    ]
    return [(root, [m for m in content if m.root == root]) for root in repeated]


def style_findings(
    text: str,
    *,
    morphs: list[Morph] | None = None,
    ignore_words: Iterable[str] = (),
    is_interview_answer: bool = False,
    lexicon: Lexicon | None = None,
) -> list[Finding]:
    """Clichés, repeated words, long sentences and (for spoken answers) length in seconds."""
    morphs = analyze(text) if morphs is None else morphs
    findings = cliche_findings(text, morphs=morphs, lexicon=lexicon)
    for root, uses in repeated_words(morphs, ignore=ignore_words):
        first = uses[0]
        findings.append(
            make_finding(
                check="style",
                code="repeated_word",
                text=text,
                span=(first.start, first.end),
                category="repetition",
                message=f"‘{root}’ 계열의 낱말을 {len(uses)}번 썼습니다.",
                why="같은 낱말이 되풀이되면 글이 단조롭고 분량을 채운 것처럼 읽힙니다.",
                fix="일부는 대명사(이, 그)나 더 구체적인 말로 바꾸고, 같은 뜻을 반복한 문장은 "
                "합치세요.",
                extra={"word": root, "count": len(uses), "spans": [(m.start, m.end) for m in uses]},
            )
        )
    for start, end in sentence_spans(text):
        length = end - start
        if length > LONG_SENTENCE_CHARS and not text[start:end].startswith(("[", "【")):
            findings.append(
                make_finding(
                    check="style",
                    code="long_sentence",
                    text=text,
                    span=(start, end),
                    category="readability",
                    message=f"한 문장이 {length}자입니다.",
                    why=f"{LONG_SENTENCE_CHARS}자를 넘는 문장은 한 번에 읽히지 않고 주어와 "
                    "서술어가 멀어집니다.",
                    fix="‘~했고, ~하며’로 이어진 곳에서 문장을 나누세요.",
                    extra={"length": length},
                )
            )
    if is_interview_answer:
        seconds = speaking_seconds(text)
        if seconds > SPOKEN_ANSWER_MAX_SECONDS:
            findings.append(
                make_finding(
                    check="style",
                    code="spoken_too_long",
                    text=text,
                    span=None,
                    category="length",
                    message=f"말로 하면 약 {seconds:.0f}초 걸립니다.",
                    why="면접 답변은 1분 안팎이 알맞습니다. 길면 면접관이 중간에 끊거나 핵심을 "
                    "놓칩니다.",
                    fix="결론을 첫 문장에 두고, 상황 설명을 줄여 "
                    f"{SPOKEN_ANSWER_MAX_SECONDS:.0f}초 안으로 맞추세요.",
                    extra={"seconds": seconds},
                )
            )
    return findings
