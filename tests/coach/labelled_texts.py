"""Every passage text of the labelled sets under tests/coach, for tests that check a mechanism
gives the same answers as the plain one on real writing."""

import json
from pathlib import Path

SETS = Path(__file__).resolve().parent


def labelled_texts() -> list[str]:
    texts = []
    for path in sorted(SETS.glob("*/*.json")):
        data = json.loads(path.read_text("utf-8"))
        rows = data.get("cases", []) if isinstance(data, dict) else data
        texts += [row["text"] for row in rows if isinstance(row, dict) and "text" in row]
    return texts
