"""Build passages.json from the plain-text passage files next to it.

    python tests/coach/fitstyle_new/build.py

A small set for the fit and style checks only, written on 2026-12-03 by helper lane fitstyle
before reading prep/coach/fit.py, style.py or their data; only tests/coach/seventh/build.py,
tests/coach/fresh/build.py (block syntax, profile, hash split) and the first blocks of the
seventh set's fit and style files were looked at for the format.
Fit passages paraphrase a value or 인재상 of the 한국사회보장정보원 profile without naming it, or
use a value's word as a homonym (공정 as a manufacturing step, 혁신도시) or ordinary words from a
description (운영, 제공, 환경 조성), which must not count. Style passages hold clichés in inflected
or variant forms, and clean passages with look-alike words (밑거름 as fertiliser, 책임 소재).
Voices: 수산물 가공, 항만 물류, 창고, 농가 안내, 반도체 공정.
The split is made once, by the fresh set's fixed blake2b hash of the passage text.
"""

import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.coach.fresh.build import PROFILE, half, main, parse  # noqa: E402

__all__ = ["PROFILE", "half", "parse"]

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
