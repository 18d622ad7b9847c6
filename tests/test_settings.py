import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_sqlite_runs_in_wal_mode_with_normal_sync():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite pragmas only apply on SQLite")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA synchronous")
        assert cursor.fetchone()[0] == 1  # NORMAL


def test_sqlite_takes_the_write_lock_at_begin_and_waits(settings):
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("SQLite only")
    assert database["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert database["OPTIONS"]["timeout"] >= 5


def test_the_ui_speaks_korean_in_seoul_time(settings):
    assert settings.LANGUAGE_CODE == "ko"
    assert settings.TIME_ZONE == "Asia/Seoul"
    assert settings.USE_TZ is True
    assert [code for code, _ in settings.LANGUAGES] == ["ko", "en"]


def test_without_redis_the_cache_is_one_for_every_worker_process(settings):
    if os.environ.get("REDIS_URL"):
        pytest.skip("Redis is configured")
    # Files, not process memory: a logout or a rate-limit count in one gunicorn worker is seen
    # by the others (bench/workers_check.py shows it with two real workers).
    assert settings.CACHES["default"]["BACKEND"] == "prep.cache.SharedFileCache"
    assert settings.CACHES["pages"]["BACKEND"] == "prep.cache.SharedFileCache"
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"


def _import_wsgi(**env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SECRET_KEY", "DJANGO_DEBUG")}
    return subprocess.run(
        [sys.executable, "-c", "import prep.wsgi"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_server_refuses_to_start_in_production_without_a_secret_key():
    result = _import_wsgi(DJANGO_DEBUG="0")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_the_server_starts_in_production_with_a_secret_key_or_in_debug():
    assert _import_wsgi(DJANGO_DEBUG="0", DJANGO_SECRET_KEY="k" * 50).returncode == 0
    assert _import_wsgi(DJANGO_DEBUG="1").returncode == 0
