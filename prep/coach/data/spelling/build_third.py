"""Build third_dev.jsonl and third_test.jsonl from the marked-up sentences in third.txt.

    python prep/coach/data/spelling/build_third.py

third.txt was written on 2026-12-02 by a third author (helper lane spell3) who had read neither
the checker (prep/coach/spelling*.py), nor the other sets beyond three lines of one file (for
the format), nor the spelling tests. Each line is one sentence; {wrong|right} marks a labelled
error, so offsets are computed here and never typed by hand. An error is "spacing" when wrong
and right differ only in spaces, else "spelling".

The split is made once, like the independent set's: the first byte of the 8-byte blake2b
digest of the sentence's text, even → dev, odd → test. Never move a sentence between halves.
"""

import hashlib
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\{([^{}|]+)\|([^{}|]*)\}")


def half(text: str) -> str:
    return (
        "dev"
        if hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()[0] % 2 == 0
        else "test"
    )


def parse_line(line: str) -> tuple[str, list[dict]]:
    """The sentence as written (with its errors) and the labelled errors, with offsets."""
    text, errors, last = "", [], 0
    for match in MARK.finditer(line):
        text += line[last : match.start()]
        wrong, right = match.groups()
        kind = "spacing" if wrong.replace(" ", "") == right.replace(" ", "") else "spelling"
        errors.append(
            {
                "start": len(text),
                "end": len(text) + len(wrong),
                "wrong": wrong,
                "right": right,
                "kind": kind,
            }
        )
        text += wrong
        last = match.end()
    text += line[last:]
    if "{" in text or "}" in text or "|" in text:
        raise ValueError(f"unbalanced mark-up: {line!r}")
    for error in errors:
        assert text[error["start"] : error["end"]] == error["wrong"]
    return text, errors


def sentences(source: Path) -> list[tuple[str, list[dict]]]:
    lines = source.read_text(encoding="utf-8").splitlines()
    parsed = [
        parse_line(line.strip()) for line in lines if line.strip() and not line.startswith("#")
    ]
    texts = [text for text, _ in parsed]
    duplicates = {text for text in texts if texts.count(text) > 1}
    if duplicates:
        raise ValueError(f"duplicate sentences: {sorted(duplicates)}")
    return parsed


def build(name: str) -> None:
    """Writes {name}_dev.jsonl and {name}_test.jsonl from {name}.txt (every set's builder)."""
    halves: dict[str, list[dict]] = {"dev": [], "test": []}
    for text, errors in sentences(HERE / f"{name}.txt"):
        rows = halves[half(text)]
        rows.append(
            {"id": f"{name}-{half(text)}-{len(rows) + 1:03d}", "text": text, "errors": errors}
        )
    for part, rows in halves.items():
        with open(HERE / f"{name}_{part}.jsonl", "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        flagged = sum(1 for row in rows if row["errors"])
        print(f"{name}_{part}.jsonl: {len(rows)} sentences, {flagged} with errors")


def main() -> None:
    build("third")


if __name__ == "__main__":
    main()
