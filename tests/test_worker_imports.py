"""What a web worker loads before its first request: libraries only a rare request needs stay
out of it, since each one is resident in every gunicorn worker (issue 20's memory target)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Decoding recordings (PyAV/FFmpeg, webrtcvad), Word downloads (python-docx) and the calendar
# feed (icalendar) import their library when they run.
ON_DEMAND = ("av", "webrtcvad", "docx", "icalendar")

PROBE = """
import json, sys
import django
django.setup()
from django.urls import get_resolver
get_resolver().url_patterns  # every view module, as a worker has after loading the URLconf
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_loading_the_web_app_leaves_on_demand_libraries_out():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "prep.settings", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "prep" in loaded
    assert loaded.isdisjoint(ON_DEMAND), sorted(loaded & set(ON_DEMAND))
