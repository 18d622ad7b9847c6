"""Loads the coaching's models when the web application starts, not on a first request.

Called from prep/wsgi.py. Under gunicorn's `preload_app` (gunicorn.conf.py) that is once, in
the master process, before it forks the workers: the Korean morphological model (~300 MB)
is then read once and shared copy-on-write by every worker, and neither a worker's first
coaching request nor a worker restarted after `max_requests` waits ~2.5 s for it.
Nothing here may open a database connection: it would be shared by the forked workers.
"""

import ctypes
import ctypes.util


def load_models() -> None:
    from prep.coach import morph

    morph.analyser()
    _load_views()
    _return_freed_memory()


def _load_views() -> int:
    """Import every view module (the URLconf) now, so that a worker forked after max_requests
    answers its first request without importing them itself; importing opens no connection."""
    from django.urls import get_resolver

    return len(get_resolver().url_patterns)


def _return_freed_memory() -> None:
    """Give back the heap that loading freed (about 13 MB of Kiwi's load buffers): it would
    otherwise stay in every worker's resident memory."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        trim = getattr(libc, "malloc_trim", None)  # glibc only
    except OSError:
        trim = None
    if trim is not None:
        trim(0)
