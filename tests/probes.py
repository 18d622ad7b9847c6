"""Running code in a fresh interpreter, as a new gunicorn process would start: what it has
imported or opened cannot come from the test run's own process."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_probe(code: str, **environ: str):
    """Runs `code` (which prints one JSON value on its last line) with the project's settings
    and returns that value."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "prep.settings", "PYTHONPATH": str(ROOT)}
    env.update(environ)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])
