"""CPU time to analyse a 60-second recorded answer (decode with PyAV, voice activity, measures).

Makes a 60 s WebM/Opus recording of voice-like tone and pauses (as Chrome's MediaRecorder would
upload it, 48 kHz mono), then times `audio.decode` + `audio.measure` with the process's CPU
clock, five times, and prints each part's median. Exits non-zero if the whole takes more than
TARGET_CPU_SECONDS of CPU: an upload is analysed inside its request, so it must stay well
under a second.

    .venv/bin/python bench/audio_bench.py
"""

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from prep.practice.interviews import audio  # noqa: E402
from tests.audio_samples import recording  # noqa: E402

RUNS = 5
TARGET_CPU_SECONDS = 1.0
# 60 s: speech in 2–6 s stretches with short and long pauses between them.
PATTERN = [("silence", 1.5)] + [
    piece
    for voice, pause in [(4, 0.6), (6, 2.5), (3, 0.4), (5, 0.8), (2, 3.0), (6, 0.5), (4, 1.2)] * 2
    for piece in (("voice", voice), ("silence", pause))
]


def sixty_seconds() -> list[tuple[str, float]]:
    pieces, total = [], 0.0
    for kind, seconds in PATTERN:
        seconds = min(seconds, 60.0 - total)
        if seconds <= 0:
            break
        pieces.append((kind, seconds))
        total += seconds
    return pieces


def main() -> int:
    data = recording(sixty_seconds())
    decode_times, measure_times = [], []
    for _ in range(RUNS):
        start = time.process_time()
        decoded = audio.decode(data)
        middle = time.process_time()
        measures = audio.measure(decoded.pcm)
        decode_times.append(middle - start)
        measure_times.append(time.process_time() - middle)
    decode_ms = statistics.median(decode_times) * 1000
    measure_ms = statistics.median(measure_times) * 1000
    whole = decode_ms + measure_ms
    print(
        f"60 s WebM/Opus ({len(data) / 1024:.0f} KB, {decoded.seconds:.1f} s decoded): "
        f"decode {decode_ms:.0f} ms + voice activity and measures {measure_ms:.0f} ms "
        f"= {whole:.0f} ms CPU (median of {RUNS}); "
        f"{len(measures.segments)} speech stretches, {len(measures.pauses)} pauses over 2 s"
    )
    if whole > TARGET_CPU_SECONDS * 1000:
        print(f"FAIL: more than {TARGET_CPU_SECONDS:.1f} s of CPU")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
