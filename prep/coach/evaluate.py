"""Precision and recall of the coaching checks over hand-written cases.

    python -m prep.coach.evaluate [cases_dir]

Without an argument it reports the regression cases (tests/coach/cases), the development and
test halves of the labelled corpus (tests/coach/corpus/passages.json, built by
tests/coach/corpus/build.py), the two halves of the independent set (tests/coach/independent,
written by another author, built by its build.py) and the two halves of the fresh set
(tests/coach/fresh, by a third author, same format) and the two halves of the fourth set
(tests/coach/fourth, by a fourth author, same format) and the two halves of the fifth set
(tests/coach/fifth, by a fifth author, same format) and the two halves of the sixth set
(tests/coach/sixth, by a sixth author, same format) and the two halves of the seventh set
(tests/coach/seventh, by a seventh author, same format) and the two halves of the eighth set
(tests/coach/eighth, by an eighth author, same format) and the two halves of the ninth set
(tests/coach/ninth, by a ninth author, same format) and the two halves of the tenth set
(tests/coach/tenth, by a tenth author, same format) and the two halves of the eleventh set
(tests/coach/eleventh, by an eleventh author, same format) and the two halves of the twelfth set
(tests/coach/twelfth, by a twelfth author, same format) and the two halves of the thirteenth set
(tests/coach/thirteenth, by a thirteenth author, same format) and the two halves of the fourteenth
set (tests/coach/fourteenth, by a fourteenth author, same format) and the two halves of the
fifteenth set (tests/coach/fifteenth, by a fifteenth author, same format) and of the sixteenth and
seventeenth sets (tests/coach/sixteenth and seventeenth, by two more authors, same format) and of
the eighteenth to twenty-second sets (five more authors, same format; the twenty-second
was held out from tuning). Tune
on the development halves only; the test halves are the estimate, and their problems are never
printed.
More sections (e.g. spelling) are added as one call each in `main`.

Each `*.json` file in the cases directory holds {"cases": [...]} and optionally named
"profiles" (companies with values and 인재상) and "companies" (names and aliases) that cases
refer to. A case:

    {"id": "...", "text": "...",
     "context": {"company": "ssis", "other_companies": ["kepco"], "other_drafts": [...],
                 "blind_hiring": true, "is_interview_answer": false},
     "must":     [{"check": "blind", "category": "school", "text": "연세대"}],
     "must_not": [{"check": "blind", "text": "연세 지긋한"}],
     "exhaustive": ["blind"]}

A `must` item is found when an observation has its check (and code, category, term when
given) and overlaps an occurrence of its text. Observations are the findings plus what the
panel shows as positive: touched values ("fit"/"touched", with "term"), numbers
("evidence"/"quantity") and sentence parts ("structure"/"part", category = the part).
False positives are observations that break a `must_not` item, plus, for the checks listed in
`exhaustive` (default: blind), every observation no `must` item accounts for.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from prep.coach.company_names import Company, OwnDraft
from prep.coach.feedback import AnalysisContext, analyze
from prep.coach.findings import CHECKS, Finding, make_finding, overlaps
from prep.coach.fit import CompanyProfile, Term
from prep.coach.spelling_eval import report as spelling_report

CASES_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "cases"
CORPUS_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "corpus"
# Written by a second author who read neither the corpus nor the rules' word lists.
INDEPENDENT_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "independent"
# Written by a third author after the rules were tuned on the other two sets, reading neither.
FRESH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "fresh"
# Written by a fourth author in another voice and on other topics, reading none of the sets.
FOURTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "fourth"
# Written by a fifth author with other voices (고졸, 경력직, 보훈), reading none of the sets.
FIFTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "fifth"
# Written by a sixth author (공항·철도·전력·심사·주택·재단 voices) before reading the rules.
SIXTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "sixth"
# Written by a seventh author (요양원·아동보호·고용센터·세무·택배·편의점 voices) before the rules.
SEVENTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "seventh"
# Written by an eighth author (영업소·우체국 물류·연금 상담·해양 조사 voices) before the rules.
EIGHTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "eighth"
# Written by a ninth author (수자원·철도 정비·보험 상담·기상·문화재 voices) before the rules.
NINTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "ninth"
# Written by a tenth author (연금 지사·보안검색·하수처리·집배·가스 점검 voices) before the rules.
TENTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "tenth"
# Written by an eleventh author (검침·역무·영업소·수목원·우체국 금융 voices) before the rules.
ELEVENTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "eleventh"
# Written by a twelfth author (fit, company, evidence, structure; new voices) before the rules.
TWELFTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "twelfth"
# Written by a thirteenth author (blind and fit; 상황실·급식실·간병·배차 voices) before the rules.
THIRTEENTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "thirteenth"
# Written by a fourteenth author (company, evidence, structure, style, blind) before the rules.
FOURTEENTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "fourteenth"
# Written by a fifteenth author (blind, fit, evidence, structure; 항만·보훈병원·터미널 voices).
FIFTEENTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "fifteenth"
# Written by a sixteenth and a seventeenth author, every check in the mix of an outside reviewer's
# set (구청·지역아동센터·고용센터 and 체험형 인턴·푸드뱅크·은행 창구 voices).
SIXTEENTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "sixteenth"
SEVENTEENTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "seventeenth"
# Three more authors in the same mix (복지관·고용센터·다문화, 보건소·SI·공항, 위탁 상담·교육청·ODA).
EIGHTEENTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "eighteenth"
NINETEENTH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "nineteenth"
TWENTIETH_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "twentieth"
# A twenty-first author, fit and style only (values shown by deeds, look-alikes, clichés).
TWENTYFIRST_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "twentyfirst"
# A twenty-second author, every check, held out: scored once after a round of tuning.
TWENTYSECOND_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "twentysecond"


@dataclass
class CheckScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Evaluation:
    scores: dict[str, CheckScore] = field(default_factory=lambda: {c: CheckScore() for c in CHECKS})
    problems: list[str] = field(default_factory=list)
    cases: int = 0
    # Passages with no leak to find, and how many of them got a blind-hiring finding anyway;
    # "about other people" are those whose id says so (clients, colleagues, children).
    without_leaks: int = 0
    without_leaks_flagged: int = 0
    about_others: int = 0
    about_others_flagged: int = 0


def _term(row: dict) -> Term:
    return Term(
        id=str(row["id"]),
        name=row["name"],
        description=row.get("description", ""),
        keywords=tuple(row.get("keywords", ())),
    )


def _profile(row: dict) -> CompanyProfile:
    return CompanyProfile(
        name=row["name"],
        aliases=tuple(row.get("aliases", ())),
        values=tuple(_term(t) for t in row.get("values", ())),
        traits=tuple(_term(t) for t in row.get("traits", ())),
        segments=tuple(_term(t) for t in row.get("segments", ())),
        initiatives=tuple(_term(t) for t in row.get("initiatives", ())),
    )


def _company(key: str, row: dict) -> Company:
    return Company(row["name"], tuple(row.get("aliases", ())), key)


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    context: AnalysisContext
    must: tuple[dict, ...]
    must_not: tuple[dict, ...]
    exhaustive: tuple[str, ...]
    split: str = ""


def load_cases(directory: Path = CASES_DIR) -> list[Case]:
    cases = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        profiles = {k: _profile(v) for k, v in data.get("profiles", {}).items()}
        companies = {k: _company(k, v) for k, v in data.get("companies", {}).items()}
        for row in data["cases"]:
            ctx = row.get("context", {})
            profile = profiles[ctx["company"]] if ctx.get("company") else None
            if profile is not None:
                # The profile is identified by its key, so drafts "for" it can be told apart.
                profile = CompanyProfile(**{**profile.__dict__, "id": ctx["company"]})
            context = AnalysisContext(
                company=profile,
                blind_hiring=ctx.get("blind_hiring", True),
                other_companies=tuple(companies[k] for k in ctx.get("other_companies", ())),
                other_drafts=tuple(
                    OwnDraft(d["id"], companies[d["company"]], d["text"])
                    for d in ctx.get("other_drafts", ())
                ),
                is_interview_answer=ctx.get("is_interview_answer", False),
                expects_story=ctx.get("expects_story", True),
            )
            cases.append(
                Case(
                    id=f"{path.stem}/{row['id']}",
                    text=row["text"],
                    context=context,
                    must=tuple(row.get("must", ())),
                    must_not=tuple(row.get("must_not", ())),
                    exhaustive=tuple(row.get("exhaustive", ("blind",))),
                    split=row.get("split", ""),
                )
            )
    return cases


def observations(text: str, context: AnalysisContext) -> list[Finding]:
    """Findings plus the positive marks the panel shows, as Finding-shaped observations."""
    feedback = analyze(text, context=context)
    seen = list(feedback.findings)
    if feedback.fit is not None:
        for match in feedback.fit.touched():
            for span in match.spans:
                seen.append(
                    make_finding(
                        check="fit",
                        code="touched",
                        text=text,
                        span=span,
                        category=match.kind,
                        message="",
                        why="",
                        fix="",
                        extra={"term": match.term.name},
                    )
                )
    for q in feedback.quantities:
        seen.append(
            make_finding(
                check="evidence",
                code="quantity",
                text=text,
                span=(q.start, q.end),
                category="quantity",
                message="",
                why="",
                fix="",
            )
        )
    for sentence in feedback.structure.sentences:
        seen.append(
            make_finding(
                check="structure",
                code="part",
                text=text,
                span=(sentence.start, sentence.end),
                category=sentence.part,
                message="",
                why="",
                fix="",
            )
        )
    return seen


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(needle)
    while start != -1:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def _fits(item: dict, finding: Finding, text: str) -> bool:
    for key in ("check", "code", "category"):
        if key in item and getattr(finding, key) != item[key]:
            return False
    if "term" in item and finding.extra.get("term") != item["term"]:
        return False
    if item.get("text"):
        if finding.span is None:
            # A finding about the whole answer (no numbers, result missing) covers every part
            # of it, so a label that quotes the part it is about still names this finding.
            return item["text"] in text
        return any(overlaps(finding.span, occ) for occ in _occurrences(text, item["text"]))
    return True


def evaluate(cases: Iterable[Case]) -> Evaluation:
    result = Evaluation()
    for case in cases:
        result.cases += 1
        if any(item.get("text") and item["text"] not in case.text for item in case.must):
            result.problems.append(f"{case.id}: a must text does not occur in the case text")
        seen = observations(case.text, case.context)
        if not any(item["check"] == "blind" for item in case.must):
            flagged = any(f.check == "blind" for f in seen)
            result.without_leaks += 1
            result.without_leaks_flagged += flagged
            if "other-people" in case.id:
                result.about_others += 1
                result.about_others_flagged += flagged
        accounted: set[int] = set()
        for item in case.must:
            hits = [i for i, f in enumerate(seen) if _fits(item, f, case.text)]
            score = result.scores[item["check"]]
            if hits:
                score.tp += 1
                accounted.update(hits)
            else:
                score.fn += 1
                result.problems.append(f"{case.id}: missed {item}")
        wrong: set[int] = set()
        for item in case.must_not:
            for i, finding in enumerate(seen):
                if _fits(item, finding, case.text):
                    wrong.add(i)
        for i, finding in enumerate(seen):
            if finding.check in case.exhaustive and i not in accounted:
                wrong.add(i)
        for i in sorted(wrong):
            finding = seen[i]
            result.scores[finding.check].fp += 1
            result.problems.append(
                f"{case.id}: false alarm {finding.check}/{finding.code}/{finding.category} "
                f"‘{finding.excerpt}’"
            )
    return result


def format_table(evaluation: Evaluation, title: str = "") -> str:
    lines = [
        f"{title}{': ' if title else ''}{evaluation.cases} cases",
        f"{'check':<10} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>8}",
    ]
    for check in CHECKS:
        s = evaluation.scores[check]
        if s.tp + s.fp + s.fn == 0:
            continue
        lines.append(
            f"{check:<10} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>10.3f} {s.recall:>8.3f}"
        )
    total = overall(evaluation)
    lines.append(
        f"{'all':<10} {total.tp:>4} {total.fp:>4} {total.fn:>4} {total.precision:>10.3f} "
        f"{total.recall:>8.3f}"
    )
    for label, flagged, count in (
        ("passages about other people", evaluation.about_others_flagged, evaluation.about_others),
        ("passages without a leak", evaluation.without_leaks_flagged, evaluation.without_leaks),
    ):
        if count:
            lines.append(
                f"blind false alarms on {label}: {flagged}/{count} ({flagged / count:.1%})"
            )
    return "\n".join(lines)


def overall(evaluation: Evaluation) -> CheckScore:
    total = CheckScore()
    for s in evaluation.scores.values():
        total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
    return total


def corpus_half(half: str, directory: Path = CORPUS_DIR) -> list[Case]:
    """One half ("dev" or "test") of the labelled corpus."""
    return [case for case in load_cases(directory) if case.split == half]


def report(title: str, cases: list[Case], *, problems: bool = False) -> str:
    evaluation = evaluate(cases)
    text = format_table(evaluation, title)
    if problems and evaluation.problems:
        text += "\n\nproblems:\n" + "\n".join(f"  {p}" for p in evaluation.problems)
    return text


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    show = "--problems" in argv
    argv = [a for a in argv if a != "--problems"]
    if argv:
        print(report(argv[0], load_cases(Path(argv[0])), problems=True))
        return 0
    print(report("regression cases", load_cases(CASES_DIR), problems=show))
    # Problems are listed for the development half only: reading the test half's misses
    # would turn it into a second development half.
    print("\n" + report("corpus, development half", corpus_half("dev"), problems=show))
    print("\n" + report("corpus, test half", corpus_half("test")))
    for name, directory in (
        ("independent set", INDEPENDENT_DIR),
        ("fresh set", FRESH_DIR),
        ("fourth set", FOURTH_DIR),
        ("fifth set", FIFTH_DIR),
        ("sixth set", SIXTH_DIR),
        ("seventh set", SEVENTH_DIR),
        ("eighth set", EIGHTH_DIR),
        ("ninth set", NINTH_DIR),
        ("tenth set", TENTH_DIR),
        ("eleventh set", ELEVENTH_DIR),
        ("twelfth set", TWELFTH_DIR),
        ("thirteenth set", THIRTEENTH_DIR),
        ("fourteenth set", FOURTEENTH_DIR),
        ("fifteenth set", FIFTEENTH_DIR),
        ("sixteenth set", SIXTEENTH_DIR),
        ("seventeenth set", SEVENTEENTH_DIR),
        ("eighteenth set", EIGHTEENTH_DIR),
        ("nineteenth set", NINETEENTH_DIR),
        ("twentieth set", TWENTIETH_DIR),
        ("twenty-first set", TWENTYFIRST_DIR),
        ("twenty-second set", TWENTYSECOND_DIR),
    ):
        if not directory.is_dir():
            continue
        cases = load_cases(directory)
        dev = [case for case in cases if case.split == "dev"]
        print("\n" + report(f"{name}, development half", dev, problems=show))
        test = [case for case in cases if case.split == "test"]
        print("\n" + report(f"{name}, test half", test))
    print("\n" + spelling_report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
