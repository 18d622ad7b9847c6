"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/fresh/build.py

The fresh set was written on 2026-12-02 by a third author (helper lane fresh15) who read no
rules and no word lists (nothing under prep/coach/) and none of the other corpora
(tests/coach/corpus, service_dev, cases). Only the block format of tests/coach/independent
(its build.py and one passage file) was looked at; people, situations, institutions and
phrasings here are new. Each passages_*.txt block:

    ## id                       ("other-people" in the id: about clients, colleagues, children)
    text (one or more lines)
    + check[/code[/category]]: text   a must item (the observation overlaps this text)
    + fit/touched = 소통과 협력       a must item naming a touched term
    - check/code: text                a must_not item
    - fit/touched = 공정과 신뢰       a must_not item naming a term that must not be touched

Every passage is scored for the 한국사회보장정보원 profile with blind and company exhaustive
(a passage without a `+ blind` item asserts no blind finding at all).
The split is made once, by a fixed blake2b hash of the passage text: never move a passage.
Later label fix (coach15b): blind-ok-military-1 became blind-military-service-1, a leak, since
docs/domain.md counts any mention of military service as pointing to gender.
"""

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROFILE = {
    "name": "한국사회보장정보원",
    "aliases": ["사회보장정보원", "사보원"],
    "values": [
        {
            "id": "v1",
            "name": "동행과 행복",
            "description": "국민 모두와 동행하는 서비스 지원으로 행복권 제공 환경 조성",
        },
        {
            "id": "v2",
            "name": "공정과 신뢰",
            "description": "공정하고 효율적인 서비스 운영으로 신뢰받는 기관 이미지 제고",
        },
        {
            "id": "v3",
            "name": "전문성과 혁신",
            "description": "최고 수준의 정보시스템 운영 전문기관으로서 혁신 역량 확보",
        },
        {
            "id": "v4",
            "name": "소통과 협력",
            "description": "구성원간 소통과 협력으로 국민에게 고품질의 사회보장 서비스 제공",
        },
    ],
    "traits": [
        {
            "id": "t1",
            "name": "미래선도",
            "description": "차별화된 전문성과 신기술을 바탕으로 기관 성장동력을 창출하는 인재",
        },
        {
            "id": "t2",
            "name": "국민지향",
            "description": "따뜻한 배려와 공직윤리를 겸비한 책임감 있는 인재",
        },
    ],
}


def _item(spec: str) -> dict:
    term = text = None
    if " = " in spec:
        spec, term = spec.split(" = ", 1)
    elif ": " in spec:
        spec, text = spec.split(": ", 1)
    item = dict(zip(("check", "code", "category"), spec.strip().split("/"), strict=False))
    if term:
        item["term"] = term.strip()
    if text:
        item["text"] = text.strip()
    return item


def half(text: str) -> str:
    return "dev" if hashlib.blake2b(text.encode("utf-8"), digest_size=4).digest()[0] % 2 else "test"


def parse(source: str) -> list[dict]:
    cases = []
    for block in source.split("## ")[1:]:
        head, *lines = block.strip().splitlines()
        body = [ln for ln in lines if not ln.startswith(("+ ", "- "))]
        text = " ".join(ln.strip() for ln in body if ln.strip())
        case = {"id": head.strip(), "text": text, "context": {"company": "ssis"}}
        case["must"] = [_item(ln[2:]) for ln in lines if ln.startswith("+ ")]
        case["must_not"] = [_item(ln[2:]) for ln in lines if ln.startswith("- ")]
        case["exhaustive"] = ["blind", "company"]
        case["split"] = half(text)
        cases.append(case)
    return cases


def main(here: Path = HERE) -> None:
    """Writes `here`/passages.json from the passages_*.txt blocks beside it."""
    cases = []
    for path in sorted(here.glob("passages_*.txt")):
        cases += parse(path.read_text(encoding="utf-8"))
    data = {"profiles": {"ssis": PROFILE}, "cases": cases}
    out = json.dumps(data, ensure_ascii=False, indent=1)
    (here / "passages.json").write_text(out + "\n", encoding="utf-8")
    print(len(cases), {h: sum(c["split"] == h for c in cases) for h in ("dev", "test")})


if __name__ == "__main__":
    main()
