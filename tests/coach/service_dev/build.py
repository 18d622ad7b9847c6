"""Build passages.json for a third, development-only set of service stories.

    python tests/coach/service_dev/build.py

Written after the main corpus and the independent set, in a third wording, to find the kinds
of blind-hiring false alarm on passages about other people (clients, citizens, colleagues, the
family of someone in the story) and to keep genuine leaks in the same settings found. Every
passage is development: there is no test half here, so a rule tuned on it must still be judged
on the test halves of the other two sets. Same block format as tests/coach/independent.
"""

import json
from pathlib import Path

from tests.coach.independent.build import PROFILE, parse

HERE = Path(__file__).resolve().parent


def main() -> None:
    cases = parse((HERE / "passages.txt").read_text(encoding="utf-8"))
    for case in cases:
        case["split"] = "dev"
    data = {"profiles": {"ssis": PROFILE}, "cases": cases}
    out = json.dumps(data, ensure_ascii=False, indent=1)
    (HERE / "passages.json").write_text(out + "\n", encoding="utf-8")
    print(len(cases))


if __name__ == "__main__":
    main()
