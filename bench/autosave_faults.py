"""Autosave while the server fails: no acknowledged save may be lost.

Starts gunicorn (gunicorn.conf.py, two workers) against PostgreSQL (DATABASE_URL, required: a
database of its own, which this script migrates and fills), creates CANDIDATES candidates
with a draft each, and lets each save a growing text every 0.3–0.6 s for DURATION seconds,
as the editor does: a save counts as acknowledged only when the answer is 200 with the
server's "draft-saved" trigger. Meanwhile it kills one gunicorn worker with SIGKILL (gunicorn
starts another), restarts PostgreSQL (`pg_ctlcluster <version> main restart`, a few seconds of
outage), and kills a worker again. After a failed save a client learns the draft's version
from the database and carries on, as the editor's retry would.

At the end every draft must hold at least its last acknowledged version, and the text it
holds must be the text sent with that version. Prints acknowledged saves, failed attempts
and acknowledged saves lost; exits non-zero if any was lost.

It restarts the shared PostgreSQL server, so it is not part of `make bench`:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<own database> \\
        .venv/bin/python bench/autosave_faults.py
"""

import http.client
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = 8
DURATION = 45
PAUSE_SECONDS = (0.3, 0.6)
SENTENCE = "민원 처리 기간을 데이터로 분석해 30% 줄였습니다. "


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def set_up(env: dict[str, str]) -> list[dict]:
    os.environ.update(env)
    os.environ["DJANGO_SETTINGS_MODULE"] = "prep.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.cached_db import SessionStore
    from django.core.management import call_command
    from django.utils import timezone

    from accounts.models import User
    from prep.practice.models import Draft

    call_command("migrate", verbosity=0, interactive=False)
    Draft.objects.filter(user__email__startswith="faults").delete()
    User.objects.filter(email__startswith="faults").delete()
    candidates = []
    for number in range(CANDIDATES):
        user = User.objects.create_user(
            email=f"faults{number}@example.com", password=secrets.token_urlsafe(16)
        )
        draft = Draft.objects.create(user=user, custom_question="지원 동기", custom_limit=5000)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "accounts.backends.CachedModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        now = timezone.now().timestamp()
        session["started_at"] = now
        session["last_seen"] = now
        session.create()
        candidates.append(
            {"session": session.session_key, "csrf": secrets.token_hex(16), "draft": draft.pk}
        )
    return candidates


def database_version(draft_id: int) -> tuple[int, str] | None:
    from django.db import connection

    from prep.practice.models import Draft

    try:
        draft = Draft.objects.get(pk=draft_id)
        return draft.version, draft.body
    except Exception:  # noqa: BLE001 - the database may be restarting
        connection.close()
        return None


class Candidate:
    def __init__(self, port: int, who: dict):
        self.port = port
        self.who = who
        self.version = 1
        self.text = ""
        self.sent: dict[int, str] = {}  # version the save would create -> its text
        self.acknowledged: dict[int, str] = {}
        self.failures = 0

    def save(self) -> None:
        self.text += SENTENCE
        fields = {"headline": "", "body": self.text, "version": self.version}
        self.sent[self.version + 1] = self.text
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"sessionid={self.who['session']}; csrftoken={self.who['csrf']}",
            "X-CSRFToken": self.who["csrf"],
            "HX-Request": "true",
            "Host": "127.0.0.1",
        }
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request(
                "POST",
                f"/practice/drafts/{self.who['draft']}/save/",
                body=urlencode(fields),
                headers=headers,
            )
            response = connection.getresponse()
            response.read()
            saved = response.status == 200 and "draft-saved" in (
                response.getheader("HX-Trigger") or ""
            )
        except OSError:
            saved = False
        finally:
            connection.close()
        if saved:
            self.version += 1
            self.acknowledged[self.version] = self.text
            return
        self.failures += 1
        self.resync()

    def resync(self) -> None:
        """Learn the stored version, as the editor's retry or conflict banner would."""
        for _ in range(40):
            state = database_version(self.who["draft"])
            if state is not None:
                self.version = state[0]
                return
            time.sleep(0.5)

    def run(self, until: float) -> None:
        while time.monotonic() < until:
            self.save()
            time.sleep(random.uniform(*PAUSE_SECONDS))


def worker_pids(master: int) -> list[int]:
    result = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True
    )
    return [int(pid) for pid in result.stdout.split()]


def restart_postgresql() -> float:
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    started = time.monotonic()
    subprocess.run(["pg_ctlcluster", version, "main", "restart"], check=True)
    return time.monotonic() - started


def main() -> int:
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("set DATABASE_URL to a PostgreSQL database of this script's own")
    scratch = Path(tempfile.mkdtemp(prefix="prep-autosave-faults-"))
    env = {
        "DJANGO_CACHE_DIR": str(scratch / "cache"),
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "faults-" + secrets.token_hex(16),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        "GUNICORN_WORKERS": "2",
    }
    os.environ.pop("REDIS_URL", None)
    candidates_setup = set_up(env)
    port = free_port()
    gunicorn = ROOT / ".venv" / "bin" / "gunicorn"
    process = subprocess.Popen(
        [
            str(gunicorn if gunicorn.exists() else "gunicorn"),
            "-c",
            str(ROOT / "gunicorn.conf.py"),
            "prep.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "--access-logfile",
            "/dev/null",
            "--error-logfile",
            str(scratch / "error.log"),
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    events = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.3)
        candidates = [Candidate(port, who) for who in candidates_setup]
        until = time.monotonic() + DURATION
        threads = [threading.Thread(target=c.run, args=(until,)) for c in candidates]
        for thread in threads:
            thread.start()
        time.sleep(DURATION * 0.2)
        pids = worker_pids(process.pid)
        os.kill(pids[0], signal.SIGKILL)
        events.append(f"killed worker {pids[0]}")
        time.sleep(DURATION * 0.25)
        outage = restart_postgresql()
        events.append(f"restarted PostgreSQL ({outage:.1f} s)")
        time.sleep(DURATION * 0.25)
        pids = worker_pids(process.pid)
        os.kill(pids[-1], signal.SIGKILL)
        events.append(f"killed worker {pids[-1]}")
        for thread in threads:
            thread.join(timeout=DURATION + 60)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    lost = 0
    for candidate in candidates:
        state = None
        while state is None:
            state = database_version(candidate.who["draft"])
        version, body = state
        # Saves acknowledged with a version the draft no longer reaches, or a stored text that
        # is not the one sent with the stored version.
        lost += sum(1 for acked in candidate.acknowledged if acked > version)
        if candidate.sent.get(version, "") != body:
            lost += 1
    acknowledged = sum(len(c.acknowledged) for c in candidates)
    failures = sum(c.failures for c in candidates)
    for event in events:
        print(event)
    print(
        f"{CANDIDATES} candidates, {DURATION} s: {acknowledged} acknowledged saves, "
        f"{failures} failed attempts (retried), acknowledged saves lost: {lost}"
    )
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
