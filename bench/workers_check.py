"""Logout ends the session in every worker: two gunicorn workers, no Redis (the default).

Starts gunicorn (the repository's gunicorn.conf.py) with two single-threaded workers on a free
loopback port, a scratch SQLite file and a scratch cache directory, and one candidate with a
draft and a logged-in session (written with SessionStore, as the login view would). Then:

1. sends 20 autosaves with the session cookie, each on a new connection, so both workers serve
   some and load the session (with a per-process cache each would now hold its own copy);
2. logs out through allauth's logout view;
3. replays the old cookie 20 times on new connections.

Exits non-zero unless all 20 saves before the logout were accepted, both workers took part,
and 0 of the 20 replays got in (each must be answered 401 "login-required", and the draft
must still hold the last text saved before the logout). Run by .ci/run; about 10 seconds.

    .venv/bin/python bench/workers_check.py
"""

import http.client
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
REQUESTS = 20


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def set_up(env: dict[str, str]) -> dict:
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
    user = User.objects.create_user(email="workers@example.com", password=secrets.token_urlsafe(16))
    draft = Draft.objects.create(user=user, custom_question="지원 동기", custom_limit=1000)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "accounts.backends.CachedModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    now = timezone.now().timestamp()
    session["started_at"] = now
    session["last_seen"] = now
    session.create()
    return {"session": session.session_key, "csrf": secrets.token_hex(16), "draft": draft.pk}


def wait_for_server(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited during start-up")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start within 60 s")


def post(port: int, path: str, fields: dict, who: dict) -> tuple[int, dict, str]:
    """One POST on a new connection, as the editor's autosave sends it."""
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"sessionid={who['session']}; csrftoken={who['csrf']}",
        "X-CSRFToken": who["csrf"],
        "HX-Request": "true",
        "Host": "127.0.0.1",
    }
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
    try:
        connection.request("POST", path, body=urlencode(fields), headers=headers)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        connection.close()


def worker_pids(access_log: Path, path: str) -> set[str]:
    pids = set()
    for line in access_log.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"<?(\d+)>? (\S+) (\d+)$", line.strip())
        if match and match[2] == path:
            pids.add(match[1])
    return pids


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="prep-workers-check-"))
    env = {
        "SQLITE_PATH": str(scratch / "db.sqlite3"),
        "DJANGO_CACHE_DIR": str(scratch / "cache"),
        # DEBUG on only so that pages render without collectstatic's manifest (the 401 answer is
        # a page); sessions, cache and middleware are the production ones either way.
        "DJANGO_DEBUG": "1",
        "DJANGO_SECRET_KEY": "workers-check-" + secrets.token_hex(16),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_THREADS": "1",
    }
    for name in ("DATABASE_URL", "REDIS_URL"):
        os.environ.pop(name, None)
    who = set_up(env)
    port = free_port()
    access_log = scratch / "access.log"
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
            str(access_log),
            "--access-logformat",
            "%(p)s %(U)s %(s)s",
            "--error-logfile",
            str(scratch / "error.log"),
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    save_path = f"/practice/drafts/{who['draft']}/save/"
    version = 1
    accepted = 0
    got_in = 0
    try:
        wait_for_server(port, process)
        for number in range(REQUESTS):
            fields = {"headline": "", "body": f"로그아웃 전 {number}", "version": version}
            status, _headers, content = post(port, save_path, fields, who)
            if status == 200 and "저장됨" in content:
                accepted += 1
                version += 1
        before_logout = worker_pids(access_log, save_path)
        status, _headers, _content = post(port, "/accounts/logout/", {}, who)
        logout_ok = status == 302
        replies = []
        for number in range(REQUESTS):
            fields = {"headline": "", "body": f"로그아웃 후 {number}", "version": version}
            status, headers, content = post(port, save_path, fields, who)
            replies.append(status)
            if status == 200 or headers.get("X-Prep-Error") != "login-required":
                got_in += 1
        time.sleep(0.5)  # let gunicorn flush its access log
        all_pids = worker_pids(access_log, save_path)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    from prep.practice.models import Draft

    body = Draft.objects.get(pk=who["draft"]).body
    print(f"before logout: {accepted}/{REQUESTS} saves accepted by {len(before_logout)} workers")
    print(f"logout: {'ok' if logout_ok else 'FAILED'}")
    print(
        f"after logout: {got_in}/{REQUESTS} replays of the old cookie got in "
        f"(statuses {sorted(set(replies))}, served by {len(all_pids)} workers)"
    )
    print(f"draft holds: {body!r}")
    failed = (
        accepted != REQUESTS
        or len(before_logout) < 2
        or not logout_ok
        or got_in != 0
        or body != f"로그아웃 전 {REQUESTS - 1}"
    )
    print("FAILED: a logged-out session got in" if failed else "logout holds in every worker")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
