"""Recall, suggestion accuracy and false alarms of check_spelling over our labelled sentences.

    python -m prep.coach.spelling_eval [dev|test|all|independent_dev|independent_test|
                                        third_dev|third_test|fourth_dev|fourth_test|
                                        fifth_dev|fifth_test|sixth_dev|sixth_test|
                                        seventh_dev|seventh_test|eighth_dev|eighth_test|
                                        ninth_dev|ninth_test|prose]

prep/coach/data/spelling/{dev,test}.jsonl hold sentences written for this purpose, split once
at random into halves: rules are tuned on dev only; test is reported, not tuned on. Each line:
{"id", "text", "errors": [{"start", "end", "wrong", "right", "kind"}]}; a sentence without
errors is clean prose (public-sector style, with names, numbers and acronyms).

independent_{dev,test}.jsonl are a second set by another author, written without reading the
first (so the first author's blind spots show), split once by a hash of each sentence's text
(first byte of blake2b even → dev). It is reported in its own section; rules are tuned on
independent_dev only.

third_{dev,test}.jsonl are a third set (489 sentences in 자기소개서 and 면접 style, 262 with one
to three errors), written on 2026-12-02 by a third author (helper lane spell3) who had read
neither the checker (prep/coach/spelling*.py), nor the other sets beyond three lines of one
file, nor the spelling tests. It is built from the marked-up data/spelling/third.txt by
data/spelling/build_third.py with the independent set's split (first byte of the 8-byte
blake2b digest even → dev); rules are tuned on third_dev only.

fourth_{dev,test}.jsonl are a fourth set (403 sentences, 216 with one or two errors, across
public institutions and private work), written on 2026-12-03 by a fourth author (helper lane
spell4) under the same conditions, built from data/spelling/fourth.txt by build_fourth.py with
the same split; rules are tuned on fourth_dev only.

fifth_{dev,test}.jsonl are a fifth set (253 sentences, 117 with one or two errors, in 병원 행정,
소방·안전, 공항, 은행, 스타트업, 연구실, 물류, 교육 봉사, 공모전 and 인턴 prose), written on
2026-12-03 by a fifth author (helper lane spell5) under the same conditions, built from
data/spelling/fifth.txt by build_fifth.py with the same split; rules are tuned on fifth_dev only.

sixth_{dev,test}.jsonl are a sixth set (329 sentences, 196 with one or two errors, mostly spacing,
in 물류, 마케팅, 학원, 웹 개발, 회계, 카페, 제조, 봉사, 연구실, 영업, 디자인, 구청 and 해외 prose),
written on 2026-12-03 by a sixth author (helper lane spell6) under the same conditions, built from
data/spelling/sixth.txt by build_sixth.py with the same split; rules are tuned on sixth_dev only.

seventh_{dev,test}.jsonl are a seventh set (339 sentences, 192 with one or two errors, 119
spelling and 94 spacing, in 공항 보안 검색, 정수장, 국립공원, 법원, 세무서, 어린이집, 동물보호,
재난 문자, 산불 감시, 전통시장, 편의점, 기상 관측, 지하철, 택배 IT, 청년센터, 119, 도서관, 급식실,
간병 and 농협 마트 prose), written on 2026-12-07 by a seventh author (helper lane spell7) under
the same conditions, built from data/spelling/seventh.txt by build_seventh.py with the same
split; rules are tuned on seventh_dev only.

eighth_{dev,test}.jsonl are an eighth set (366 sentences, 187 with one or two errors, 72 spelling
and 117 spacing, in 항만 물류, 소방서 행정, 보훈병원, 법원 집행, 산림조합, 수산물 경매, 고속버스
터미널, 도시가스 점검, 아파트 관리사무소, 장애인 체육센터, 다문화가족지원센터, 한국어 강사, 게임
QA, 드론 촬영, 헌혈의 집, 주차 관리, 사진관, 공유오피스, 은행 창구 and 대학 행정실 prose), written
on 2026-12-07 by an eighth author (helper lane spell8) under the same conditions, built from
data/spelling/eighth.txt by build_eighth.py with the same split; rules are tuned on eighth_dev
only.

ninth_{dev,test}.jsonl are a ninth set (360 sentences, 190 with one or two errors, 87 spelling
and 104 spacing, in 구청 복지정책과, 지역아동센터, 노인일자리, 방문간호, 자활센터, 고용센터,
도서관, 택배, 편의점, 콜센터, 서버 점검, 시청 인턴, 물류센터, 건설 안전, 체험형 인턴, 푸드뱅크,
은행 창구, 약국 and 해외 봉사 prose), written on 2026-12-07 by a ninth author (helper lane
spell9w) under the same conditions, built from data/spelling/ninth.txt by build_ninth.py with the
same split; rules are tuned on ninth_dev only.

"prose" counts findings in the coaching passages of tests/coach/{corpus,independent,fresh,
fourth}/passages.json (~148k characters of correct prose by four other authors): each one is a
false alarm, since those passages are not about spelling.

* An error is found when a finding overlaps its span; recall is counted per kind.
* A suggestion is right when applying the finding gives the same text as applying every
  labelled correction the finding overlaps (so one finding may fix 할수있다 whole).
* Precision is found errors over found errors plus false alarms (clean and stray), F their
  harmonic mean with recall.
* A false alarm is a finding that overlaps no labelled error. The target counts those in
  clean sentences per 1,000 characters of clean text; stray findings in sentences that do
  have errors are reported beside it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from prep.coach.spelling import KINDS, SpellingFinding, check_spelling

DATA_DIR = Path(__file__).resolve().parent / "data" / "spelling"
TARGETS = {"recall": 0.70, "recall_kind": 0.60, "suggestion": 0.60, "false_alarms": 1.0}


@dataclass
class SpellingScore:
    errors: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    right: int = 0
    clean_chars: int = 0
    clean_alarms: int = 0
    stray_alarms: int = 0
    sentences: int = 0
    problems: list[str] = field(default_factory=list)

    def recall(self, kind: str | None = None) -> float:
        kinds = KINDS if kind is None else (kind,)
        total = sum(self.errors[k] for k in kinds)
        return sum(self.found[k] for k in kinds) / total if total else 1.0

    @property
    def suggestion_accuracy(self) -> float:
        total = sum(self.errors.values())
        return self.right / total if total else 1.0

    @property
    def precision(self) -> float:
        found = sum(self.found.values())
        flagged = found + self.clean_alarms + self.stray_alarms
        return found / flagged if flagged else 1.0

    @property
    def f_score(self) -> float:
        p, r = self.precision, self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def false_alarms_per_1000(self) -> float:
        return 1000 * self.clean_alarms / self.clean_chars if self.clean_chars else 0.0

    def meets_targets(self) -> bool:
        return (
            self.recall() >= TARGETS["recall"]
            and all(self.recall(k) >= TARGETS["recall_kind"] for k in KINDS)
            and self.suggestion_accuracy >= TARGETS["suggestion"]
            and self.false_alarms_per_1000 <= TARGETS["false_alarms"]
        )


def load(split: str) -> list[dict]:
    names = ("dev", "test") if split == "all" else (split,)
    rows = []
    for name in names:
        path = DATA_DIR / f"{name}.jsonl"
        rows += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    return rows


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _overlaps(finding: SpellingFinding, error: dict) -> bool:
    return finding.start < error["end"] and error["start"] < finding.end


def score(rows: list[dict]) -> SpellingScore:
    result = SpellingScore()
    for row in rows:
        text, errors = row["text"], row["errors"]
        result.sentences += 1
        findings = check_spelling(text)
        for error in errors:
            result.errors[error["kind"]] += 1
            hits = [f for f in findings if _overlaps(f, error)]
            if not hits:
                result.problems.append(f"{row['id']}: missed {error['wrong']} → {error['right']}")
                continue
            result.found[error["kind"]] += 1
            if any(_suggestion_right(text, f, errors) for f in hits):
                result.right += 1
            else:
                got = ", ".join(f"{f.original}→{f.suggestion}" for f in hits)
                result.problems.append(
                    f"{row['id']}: wrong suggestion {got} (want {error['wrong']}→{error['right']})"
                )
        stray = [f for f in findings if not any(_overlaps(f, e) for e in errors)]
        if errors:
            result.stray_alarms += len(stray)
        else:
            result.clean_chars += len(text)
            result.clean_alarms += len(stray)
        for f in stray:
            result.problems.append(
                f"{row['id']}: false alarm {f.rule} ‘{f.original}’→‘{f.suggestion}’ in {text}"
            )
    return result


def _suggestion_right(text: str, finding: SpellingFinding, errors: list[dict]) -> bool:
    if finding.suggestion is None:
        return False
    covered = [e for e in errors if _overlaps(finding, e)]
    want = _apply(text, [(e["start"], e["end"], e["right"]) for e in covered])
    got = _apply(text, [(finding.start, finding.end, finding.suggestion)])
    return want == got


def format_report(name: str, s: SpellingScore) -> str:
    return (
        f"{name:<5} {s.sentences:>4} sentences, {sum(s.errors.values()):>3} errors "
        f"(spelling {s.errors['spelling']}, spacing {s.errors['spacing']})\n"
        f"      recall {s.recall():.3f} (spelling {s.recall('spelling'):.3f}, "
        f"spacing {s.recall('spacing'):.3f}), suggestion right {s.suggestion_accuracy:.3f}, "
        f"precision {s.precision:.3f}, F {s.f_score:.3f}\n"
        f"      false alarms {s.false_alarms_per_1000:.2f} per 1,000 clean characters "
        f"({s.clean_alarms} in {s.clean_chars} chars); {s.stray_alarms} stray in error sentences"
        f" — targets {'met' if s.meets_targets() else 'MISSED'}"
    )


# The sets by other authors, in the order they were written: (file prefix, author).
AUTHORED_SETS = (
    ("independent", "second"),
    ("third", "third"),
    ("fourth", "fourth"),
    ("fifth", "fifth"),
    ("sixth", "sixth"),
    ("seventh", "seventh"),
    ("eighth", "eighth"),
    ("ninth", "ninth"),
    ("tenth", "tenth"),
)
PROSE_DIRS = tuple(
    Path(__file__).resolve().parents[2] / "tests" / "coach" / name / "passages.json"
    for name in ("corpus", "independent", "fresh", "fourth")
)


def prose_alarms() -> tuple[list[str], int]:
    """Findings in other authors' correct prose (the coaching passages), and its length."""
    alarms, chars = [], 0
    for path in PROSE_DIRS:
        if not path.is_file():  # the tests/ tree is not shipped with the package
            continue
        for case in json.loads(path.read_text("utf-8"))["cases"]:
            text = case["text"]
            chars += len(text)
            alarms += [
                f"{case['id']}: {f.rule} ‘{f.original}’→‘{f.suggestion}’ in "
                f"…{text[max(0, f.start - 20) : f.end + 20]}…"
                for f in check_spelling(text)
            ]
    return alarms, chars


def format_prose(alarms: list[str], chars: int) -> str:
    return f"false alarms on other authors' prose: {len(alarms)} in {chars} chars"


def report(
    splits: tuple[str, ...] = ("dev", "test"),
    *,
    verbose: bool = False,
    authored: tuple[str, ...] = tuple(name for name, _ in AUTHORED_SETS),
    prose: bool = True,
) -> str:
    """The first set's `splits`, both halves of each set named in `authored`, and the false
    alarms on other authors' prose."""
    lines = ["spelling (맞춤법·띄어쓰기), prep/coach/data/spelling"]
    lines += _section(splits, verbose)
    for name, author in AUTHORED_SETS:
        if name not in authored:
            continue
        label = "independent set" if name == "independent" else f"{name} set"
        lines.append(f"{label} ({author} author), prep/coach/data/spelling/{name}_*")
        lines += _section((f"{name}_dev", f"{name}_test"), verbose, prefix=f"{name}_")
    if prose:
        alarms, chars = prose_alarms()
        lines.append(format_prose(alarms, chars))
        if verbose:
            lines += [f"        {a}" for a in alarms]
    return "\n".join(lines)


def _section(splits: tuple[str, ...], verbose: bool, prefix: str = "") -> list[str]:
    lines = []
    for split in splits:
        result = score(load(split))
        lines.append(format_report(split.removeprefix(prefix), result))
        if verbose:
            lines += [f"        {p}" for p in result.problems]
    return lines


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    splits = tuple(argv) if argv else ("dev",)
    prose = "prose" in splits
    splits = tuple(s for s in splits if s != "prose")
    print(report(splits, verbose=True, authored=(), prose=prose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
