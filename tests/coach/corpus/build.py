"""Build the labelled coaching corpus (passages.json) from the sentence pools.

    python tests/coach/corpus/build.py

Every pool item (sentence, template, institution name) is put in the development or the test
half ONCE, by a fixed hash of its text, and passages are assembled from items of one half only,
so the test half shares no sentence and no institution with the development half. The labels
are in the shape prep.coach.evaluate reads (check, code, text). Re-running gives the same file.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pools_blind import LEAKS, NEUTRAL, OTHERS  # noqa: E402
from pools_fit import FIT_NEGATIVES, FIT_POSITIVES, PROFILES  # noqa: E402
from pools_fresh import FRESH  # noqa: E402
from pools_other import (  # noqa: E402
    ACTIONS,
    CLICHES,
    HONORIFICS,
    NO_OUTCOME_ENDINGS,
    NOT_CLICHES,
    NOT_QUANTITIES,
    NOT_TARGET,
    OUTCOMES,
    QUANTIFIED,
    SITUATIONS,
    TARGET_LEFTOVERS,
    VAGUE,
)

ROOT = HERE.parents[2]
# Counts in an action sentence (두 번, 사흘 전, 십 분씩) would make a "dates only" passage wrong.
NUMBERS = re.compile(r"\d|두 번|세 번|사흘|십 분|한 번")
HALVES = ("dev", "test")


def named(template: str, name: str) -> str:
    """`template` with {other} filled in and the particle after it matched to the name's end."""
    last = name[-1]
    final = "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0
    text = template.format(other=name)
    at = text.find(name) + len(name)
    for with_final, without in (("이", "가"), ("을", "를"), ("과", "와"), ("은", "는")):
        if text[at : at + 1] in (with_final, without):
            return text[:at] + (with_final if final else without) + text[at + 1 :]
    return text


def half_of(key: str) -> str:
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=4).digest()
    return HALVES[digest[0] % 2]


def split(items, key=lambda item: item if isinstance(item, str) else item[0]):
    out = {h: [] for h in HALVES}
    for item in items:
        out[half_of(key(item))].append(item)
    return out


def institutions():
    rows = json.loads((ROOT / "prep/coach/data/institutions.json").read_text(encoding="utf-8"))
    # Universities are left out: naming one is a blind-hiring leak before it is a wrong target.
    names = {r["category"] for r in rows if r["note"] == "공공기관"}
    return [{"name": n} for n in sorted(names) if not n.endswith(("대학교", "대학원"))]


class Builder:
    def __init__(self, half: str):
        self.half = half
        self.rng = random.Random(f"corpus-{half}")
        self.cases: list[dict] = []
        pick = lambda pool: split(pool)[half]  # noqa: E731
        self.leaks, self.others, self.neutral = pick(LEAKS), pick(OTHERS), pick(NEUTRAL)
        self.targets, self.not_target = pick(TARGET_LEFTOVERS), pick(NOT_TARGET)
        self.quantified, self.not_quantities = pick(QUANTIFIED), pick(NOT_QUANTITIES)
        self.vague, self.situations, self.actions = pick(VAGUE), pick(SITUATIONS), pick(ACTIONS)
        self.outcomes, self.no_outcome = pick(OUTCOMES), pick(NO_OUTCOME_ENDINGS)
        self.cliches, self.not_cliches = pick(CLICHES), pick(NOT_CLICHES)
        self.fit_pos, self.fit_neg = pick(FIT_POSITIVES), pick(FIT_NEGATIVES)
        self.institutions = split(institutions(), key=lambda e: e["name"])[half]
        self.fresh = split(FRESH, key=lambda item: item[1])[half]

    def add(self, kind: str, text: str, must=(), must_not=(), context=None, exhaustive=None):
        case = {
            "id": f"{self.half}-{kind}-{len(self.cases):03d}",
            "split": self.half,
            "text": text,
            "context": context or {"company": "ssis"},
            "must": list(must),
            "must_not": list(must_not),
        }
        if exhaustive is not None:
            case["exhaustive"] = exhaustive
        self.cases.append(case)

    def some(self, pool, k):
        return self.rng.sample(pool, min(k, len(pool)))

    def blind(self, positives: int, negatives: int):
        for _ in range(positives):
            sentence, leak = self.rng.choice(self.leaks)
            parts = [sentence, *self.some(self.neutral, self.rng.randint(1, 2))]
            if self.rng.random() < 0.4:
                parts.insert(self.rng.randint(0, len(parts)), self.rng.choice(self.others))
            self.rng.shuffle(parts) if self.rng.random() < 0.3 else None
            self.add("blind", " ".join(parts), must=[{"check": "blind", "text": leak}])
        for _ in range(negatives):
            parts = self.some(self.others, self.rng.randint(1, 2))
            parts += self.some(self.neutral, self.rng.randint(1, 2))
            self.rng.shuffle(parts)
            self.add("other-people", " ".join(parts))

    def _profile_key(self):
        return self.rng.choice(list(PROFILES))

    def company(self, positives: int, honorifics: int, negatives: int):
        for _ in range(positives):
            key = self._profile_key()
            other = self.rng.choice(
                [e for e in self.institutions if e["name"] != PROFILES[key]["name"]]
            )
            name = other["name"]
            sentence = named(self.rng.choice(self.targets), name)
            parts = [*self.some(self.neutral, self.rng.randint(1, 2)), sentence]
            self.add(
                "wrong-company",
                " ".join(parts),
                must=[{"check": "company", "code": "other_company", "text": name}],
                context={"company": key},
                exhaustive=["blind", "company"],
            )
        for _ in range(honorifics):
            key = self._profile_key()
            own_kind = PROFILES[key]["kind"]
            kind = self.rng.choice([k for k in HONORIFICS if k != own_kind])
            sentence = HONORIFICS[kind]
            honorific = sentence.split("의")[0].split("에")[0]
            parts = [*self.some(self.neutral, 2), sentence]
            self.add(
                "wrong-honorific",
                " ".join(parts),
                must=[{"check": "company", "code": "other_company", "text": honorific}],
                context={"company": key},
                exhaustive=["blind", "company"],
            )
        for _ in range(negatives):
            key = self._profile_key()
            other = self.rng.choice(
                [e for e in self.institutions if e["name"] != PROFILES[key]["name"]]
            )
            parts = [named(self.rng.choice(self.not_target), other["name"])]
            parts += self.some(self.neutral, self.rng.randint(1, 2))
            if self.rng.random() < 0.5:
                own = PROFILES[key]
                honorific = f"귀 {own['kind']}" if own["kind"] in HONORIFICS else own["name"]
                parts.append(f"{honorific}의 일원으로서 맡은 일을 끝까지 해내겠습니다.")
            self.add(
                "partner-or-past",
                " ".join(parts),
                context={"company": key},
                exhaustive=["blind", "company"],
            )

    def evidence(self, n: int):
        for i in range(n):
            kind = i % 4
            situation = self.rng.choice(self.situations)
            actions = self.some(self.actions, 2)
            if kind == 0:
                sentence, number = self.rng.choice(self.quantified)
                text = " ".join([situation, *actions, sentence])
                self.add(
                    "quantified",
                    text,
                    must=[{"check": "evidence", "code": "quantity", "text": number}],
                    must_not=[{"check": "evidence", "code": "no_numbers"}],
                )
            elif kind == 1:
                sentence, date = self.rng.choice(self.not_quantities)
                ending = self.rng.choice(self.no_outcome)
                plain = [a for a in self.actions if not NUMBERS.search(a)]
                scene = [x for x in self.situations if not NUMBERS.search(x)]
                text = " ".join([sentence, *self.some(scene, 1), *self.some(plain, 2), ending])
                self.add(
                    "dates-only",
                    text,
                    must=[{"check": "evidence", "code": "no_numbers"}],
                    must_not=[{"check": "evidence", "code": "quantity", "text": date}],
                )
            elif kind == 2:
                claim, phrase = self.rng.choice(self.vague)
                sentence, _ = self.rng.choice(self.quantified)
                text = f"{situation} {claim}\n{' '.join(actions)} {sentence}"
                self.add(
                    "vague-elsewhere-number",
                    text,
                    must=[{"check": "evidence", "code": "vague_claim", "text": phrase}],
                )
            else:
                claim, phrase = self.rng.choice(self.vague)
                sentence, _ = self.rng.choice(self.quantified)
                text = " ".join([situation, *actions, claim, sentence])
                self.add(
                    "vague-backed",
                    text,
                    must_not=[{"check": "evidence", "code": "vague_claim", "text": phrase}],
                )

    def structure(self, n: int):
        for i in range(n):
            kind = i % 3
            situation = self.rng.choice(self.situations)
            if kind == 0:
                outcome = self.rng.choice(self.outcomes)
                text = " ".join([situation, *self.some(self.actions, 4), outcome])
                self.add(
                    "star",
                    text,
                    must=[
                        {
                            "check": "structure",
                            "code": "part",
                            "category": "result",
                            "text": outcome[:12],
                        }
                    ],
                    must_not=[
                        {"check": "structure", "code": "result_missing"},
                        {"check": "structure", "code": "action_short"},
                    ],
                )
            elif kind == 1:
                text = " ".join(
                    [situation, *self.some(self.actions, 4), self.rng.choice(self.no_outcome)]
                )
                self.add(
                    "no-outcome",
                    text,
                    must=[{"check": "structure", "code": "result_missing"}],
                )
            else:
                background = self.some(self.situations, 3)
                action = self.rng.choice(self.actions)
                ending = [self.rng.choice(self.outcomes), self.rng.choice(self.no_outcome)]
                text = " ".join([*background, action, *ending])
                self.add(
                    "action-short",
                    text,
                    must=[{"check": "structure", "code": "action_short"}],
                )

    def style(self, positives: int, negatives: int):
        for _ in range(positives):
            sentence, phrase = self.rng.choice(self.cliches)
            parts = [*self.some(self.neutral, self.rng.randint(1, 2)), sentence]
            self.rng.shuffle(parts)
            self.add(
                "cliche",
                " ".join(parts),
                must=[{"check": "style", "code": "cliche", "text": phrase}],
            )
        for _ in range(negatives):
            parts = [*self.some(self.not_cliches, 2), *self.some(self.neutral, 1)]
            self.add(
                "not-cliche",
                " ".join(parts),
                must_not=[{"check": "style", "code": "cliche", "text": p[:6]} for p in parts[:2]],
            )

    def whole_passages(self):
        for key, text, must, must_not, exhaustive in self.fresh:
            self.add("fresh", text, must, must_not, {"company": key}, exhaustive)

    def fit(self, positives: int, negatives: int):
        for _ in range(positives):
            key, term, sentence, phrase = self.rng.choice(self.fit_pos)
            parts = [*self.some(self.neutral, 1), sentence]
            self.add(
                "fit-paraphrase",
                " ".join(parts),
                must=[{"check": "fit", "code": "touched", "term": term, "text": phrase}],
                context={"company": key},
            )
        for _ in range(negatives):
            key, term, sentence = self.rng.choice(self.fit_neg)
            parts = [sentence, *self.some(self.neutral, 1)]
            self.add(
                "fit-homonym",
                " ".join(parts),
                must_not=[{"check": "fit", "code": "touched", "term": term}],
                context={"company": key},
            )


def build() -> dict:
    cases = []
    for half in HALVES:
        b = Builder(half)
        b.blind(80, 85)
        b.company(24, 10, 26)
        b.evidence(48)
        b.structure(39)
        b.style(22, 8)
        b.fit(22, 14)
        b.whole_passages()
        cases += b.cases
    profiles = {k: {kk: vv for kk, vv in v.items() if kk != "kind"} for k, v in PROFILES.items()}
    return {"profiles": profiles, "cases": cases}


if __name__ == "__main__":
    out = HERE / "passages.json"
    data = build()
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(data['cases'])} passages → {out}")
