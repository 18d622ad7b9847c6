"""Runs every benchmark script in this folder; fails if any misses its target."""

import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
failed = []
for script in sorted(here.glob("*_bench.py")):
    print(f"=== {script.name}", flush=True)
    if subprocess.run([sys.executable, str(script)], cwd=here.parent).returncode != 0:
        failed.append(script.name)
if failed:
    sys.exit(f"missed targets: {', '.join(failed)}")
print("all benchmarks met their targets")
