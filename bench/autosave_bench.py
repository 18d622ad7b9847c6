"""Autosave under load: 16 candidates saving at once against gunicorn on SQLite.

Starts gunicorn (the repository's gunicorn.conf.py, production settings) on a free loopback
port with a scratch SQLite file, migrates it, creates 16 candidates with one draft each and a
logged-in session apiece (written with SessionStore, as the login view would), then runs 16
threads that each send SAVES_PER_CANDIDATE autosaves in a row, the way a typist's debounced
saves arrive: the editor sends at most one save per 800 ms pause in typing, so each candidate
waits 0.6–1.0 s (random, so the 16 are not in lockstep) between saves — all 16 keep saving at
the same time.

Reports client latency and server time (gunicorn's own request time, %(D)s in its access log:
middleware, view and database, without the HTTP client) as p50/p95, and counts errors and
"database is locked" lines. Exits non-zero if p95 server time ≥ 30 ms, any save fails, or
SQLite reports a lock. The ≤ 3 queries per save target is asserted by pytest
(tests/practice/drafts/test_draft_views.py::TestDraftSave).

    .venv/bin/python bench/autosave_bench.py
"""

import http.client
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = int(os.environ.get("BENCH_CANDIDATES", "16"))
SAVES_PER_CANDIDATE = 50
WARMUP_SAVES = 2
TARGET_P95_SERVER_MS = 30.0
DEADLINE_SECONDS = 150
REQUEST_TIMEOUT_SECONDS = 15
PAUSE_SECONDS = (0.6, 1.0)

PARAGRAPH = (
    "저는 복지 사각지대 발굴 업무를 지원하며 처리 지연의 원인을 데이터로 분석했습니다. "
    "팀원들과 절차를 다시 설계해 처리 기간을 30% 줄였고, 민원인의 만족도도 높아졌습니다.\n"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def set_up_django(env: dict[str, str]) -> None:
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prep.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def create_candidates() -> list[dict]:
    """Users, drafts and sessions; returns what each client thread needs."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.cached_db import SessionStore
    from django.core.management import call_command
    from django.utils import timezone

    from accounts.models import User
    from prep.catalog.models import Company, EssayPrompt, Season
    from prep.practice.models import Draft

    call_command("migrate", verbosity=0, interactive=False)
    company = Company.objects.create(name="벤치기관", slug="bench-org", published=True)
    season = Season.objects.create(year=2024, half="second")
    prompt = EssayPrompt.objects.create(
        company=company, season=season, text="문제를 해결한 경험을 기술하십시오.", limit=1000
    )
    candidates = []
    now = timezone.now().timestamp()
    for number in range(CANDIDATES):
        user = User.objects.create_user(
            email=f"bench{number}@example.com", password=secrets.token_urlsafe(16)
        )
        draft = Draft.objects.create(user=user, prompt=prompt, company=company)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "accounts.backends.CachedModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session["started_at"] = now
        session["last_seen"] = now
        session.create()
        candidates.append(
            {
                "session": session.session_key,
                # An unmasked CSRF secret is a valid token when the cookie holds the same.
                "csrf": secrets.token_hex(16),
                "path": f"/practice/drafts/{draft.pk}/save/",
            }
        )
    return candidates


def wait_for_server(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited during start-up")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start within 30 s")


class Client:
    def __init__(self, port: int, candidate: dict):
        self.port = port
        self.candidate = candidate
        self.version = 1
        self.latencies_ms: list[float] = []
        self.errors: list[str] = []

    def save(self, text: str, *, record: bool) -> None:
        body = urlencode(
            {
                "headline": "[데이터로 찾은 지연의 원인]",
                "body": text,
                "version": self.version,
            }
        )
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"sessionid={self.candidate['session']}; csrftoken={self.candidate['csrf']}",
            "X-CSRFToken": self.candidate["csrf"],
            "HX-Request": "true",
            "Host": "127.0.0.1",
        }
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=REQUEST_TIMEOUT_SECONDS
        )
        started = time.perf_counter()
        try:
            # Warm-up saves carry ?warmup=1 so the access log can leave them out.
            path = self.candidate["path"] + ("" if record else "?warmup=1")
            connection.request("POST", path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read().decode("utf-8", "replace")
        except OSError as error:
            self.errors.append(f"{type(error).__name__}: {error}")
            return
        finally:
            connection.close()
        elapsed_ms = (time.perf_counter() - started) * 1000
        if response.status != 200 or "저장됨" not in content:
            self.errors.append(f"HTTP {response.status}: {content[:200]!r}")
            return
        self.version += 1
        if record:
            self.latencies_ms.append(elapsed_ms)

    def run(self, deadline: float) -> None:
        text = ""
        for number in range(WARMUP_SAVES + SAVES_PER_CANDIDATE):
            if time.monotonic() > deadline:
                self.errors.append("deadline reached")
                return
            text += PARAGRAPH[: 20 + number % 40]
            self.save(text, record=number >= WARMUP_SAVES)
            time.sleep(random.uniform(*PAUSE_SECONDS))


def server_times_ms(access_log: Path) -> list[float]:
    """Request times of measured saves from the access log ("<path> q=<query> <status> <µs>")."""
    times = []
    for line in access_log.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        measured = len(parts) == 4 and parts[0].endswith("/save/") and parts[1] == "q="
        if measured and parts[2] == "200":
            times.append(int(parts[3]) / 1000)
    return times


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="prep-autosave-bench-"))
    env = {
        "SQLITE_PATH": str(scratch / "bench.sqlite3"),
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "autosave-bench-" + secrets.token_hex(16),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    env.pop("DATABASE_URL", None)
    os.environ.pop("DATABASE_URL", None)
    set_up_django(env)
    candidates = create_candidates()

    port = free_port()
    access_log = scratch / "access.log"
    error_log = scratch / "error.log"
    gunicorn = ROOT / ".venv" / "bin" / "gunicorn"
    command = [
        str(gunicorn if gunicorn.exists() else "gunicorn"),
        # The production configuration, so the numbers are the ones users would see.
        "-c",
        str(ROOT / "gunicorn.conf.py"),
        "prep.wsgi",
        "-b",
        f"127.0.0.1:{port}",
        "--access-logfile",
        str(access_log),
        "--access-logformat",
        "%(U)s q=%(q)s %(s)s %(D)s",
        "--error-logfile",
        str(error_log),
    ]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_server(port, process)
        clients = [Client(port, candidate) for candidate in candidates]
        deadline = time.monotonic() + DEADLINE_SECONDS
        threads = [threading.Thread(target=client.run, args=(deadline,)) for client in clients]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=DEADLINE_SECONDS + REQUEST_TIMEOUT_SECONDS)
        wall = time.perf_counter() - started
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    latencies = [ms for client in clients for ms in client.latencies_ms]
    errors = [error for client in clients for error in client.errors]
    server_measured = server_times_ms(access_log)
    logs = error_log.read_text(encoding="utf-8", errors="replace") if error_log.exists() else ""
    locked = logs.count("database is locked")
    saves = len(latencies)

    print(
        f"{CANDIDATES} candidates × {SAVES_PER_CANDIDATE} autosaves, {saves} measured "
        f"in {wall:.1f} s ({saves / wall:.0f} saves/s)"
    )
    if latencies:
        print(
            f"client latency : p50 {statistics.median(latencies):6.1f} ms   "
            f"p95 {percentile(latencies, 0.95):6.1f} ms"
        )
    if server_measured:
        print(
            f"server time    : p50 {statistics.median(server_measured):6.1f} ms   "
            f"p95 {percentile(server_measured, 0.95):6.1f} ms   (target p95 < "
            f"{TARGET_P95_SERVER_MS:.0f} ms)"
        )
    print(f"errors: {len(errors)}   'database is locked': {locked}")
    for error in errors[:5]:
        print(f"  {error}")

    failed = (
        bool(errors)
        or locked > 0
        or saves < CANDIDATES * SAVES_PER_CANDIDATE
        or not server_measured
        or percentile(server_measured, 0.95) >= TARGET_P95_SERVER_MS
    )
    print("FAILED: autosave missed its target" if failed else "autosave met its targets")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
