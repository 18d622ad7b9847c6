"""The coaching's models are loaded when the application starts (prep/warmup.py)."""

import os
import subprocess
import sys
import threading

import pytest
from django.conf import settings

from prep import warmup
from prep.coach import morph
from tests.probes import run_probe


def test_loading_the_models_makes_the_analyser_ready():
    warmup.load_models()
    assert morph._kiwi is not None


@pytest.mark.skipif(not hasattr(os, "fork"), reason="gunicorn forks its workers only on POSIX")
def test_a_forked_worker_can_analyse_many_sentences_with_the_preloaded_model():
    """gunicorn's preload_app loads Kiwi in the master; a worker must still analyse text
    (Kiwi's batch form waited forever on a thread pool that did not survive the fork)."""
    warmup.load_models()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: analyse in a thread, as gthread does, and report
        os.close(read)
        done = []
        # Words of this process only, so the analysis cannot come from a cache.
        text = f"구청 복지 창구에서 일했습니다 {os.getpid()}. 대기 시간을 줄였습니다.\n둘째 문단."
        thread = threading.Thread(target=lambda: done.append(morph.tokens(text)))
        thread.start()
        thread.join(20)
        os.write(write, b"ok" if done and done[0] else b"hung")
        os._exit(0)
    os.close(write)
    answer = os.read(read, 10)
    os.waitpid(pid, 0)
    assert answer == b"ok"


def test_the_wsgi_application_loads_the_models(monkeypatch):
    loaded = []
    monkeypatch.setattr(warmup, "load_models", lambda: loaded.append(True))
    # The tests run with DEBUG off and the fallback key, which the WSGI entry point refuses.
    monkeypatch.setattr(settings, "SECRET_KEY_IS_FALLBACK", False)
    sys.modules.pop("prep.wsgi", None)
    import prep.wsgi  # noqa: F401

    assert loaded == [True]


def test_loading_before_the_fork_imports_the_views_but_opens_no_connection():
    """A connection opened in gunicorn's master would be shared by every forked worker."""
    probe = (
        "import json, sys, django; django.setup()\n"
        "from django.db import connections\n"
        "from prep import warmup\n"
        "warmup.load_models()\n"
        "print(json.dumps([connections['default'].connection is None,\n"
        "                  'prep.practice.drafts.views.editor' in sys.modules]))\n"
    )
    assert run_probe(probe) == [True, True]


def test_the_worker_memory_hooks_run_on_any_c_library():
    # glibc gets one arena and a trim; elsewhere (no mallopt / malloc_trim) they do nothing.
    warmup.share_one_heap()
    warmup.return_freed_memory()
    assert warmup._libc_function("no_such_function_here") is None


def test_kiwi_s_allocator_is_told_to_return_freed_memory_before_kiwi_loads():
    """Kiwi's bundled mimalloc reads its options when the library loads; the analyser sets
    them first, so the buffers of loading do not stay resident in every worker."""
    probe = (
        "import os\n"
        "os.environ.pop('MIMALLOC_PURGE_DELAY', None)\n"
        "os.environ.pop('MIMALLOC_ARENA_EAGER_COMMIT', None)\n"
        "os.environ['MIMALLOC_VERBOSE'] = '1'\n"
        "from prep.coach import morph\n"
        "morph.analyser()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(settings.BASE_DIR)}
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "option 'purge_delay': 0" in result.stderr
    assert "option 'arena_eager_commit': 0" in result.stderr
