"""Loads the coaching's models when the web application starts, not on a first request.

Called from prep/wsgi.py. Under gunicorn's `preload_app` (gunicorn.conf.py) that is once, in
the master process, before it forks the workers: the Korean morphological model (~300 MB)
is then read once and shared copy-on-write by every worker, and neither a worker's first
coaching request nor a worker restarted after `max_requests` waits ~2.5 s for it.
Nothing here may open a database connection: it would be shared by the forked workers.
"""

import ctypes
import ctypes.util
from functools import cache


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


@cache
def _libc_function(name: str):
    """A glibc function by name, or None (another C library, or none found). Looked up once
    per process: find_library runs ldconfig, about 1 ms, too slow for every request."""
    path = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(path) if path else None
    except OSError:
        return None
    return getattr(libc, name, None)


def _return_freed_memory() -> None:
    """Give back the heap that loading freed (about 13 MB of Kiwi's load buffers): it would
    otherwise stay in every worker's resident memory."""
    trim = _libc_function("malloc_trim")
    if trim is not None:
        trim(0)


# glibc's mallopt parameter for the number of malloc arenas.
_M_ARENA_MAX = -8


def share_one_heap() -> None:
    """Called in each worker after the fork (gunicorn.conf.py): its request threads share one
    malloc arena instead of one each, and freed memory is given back after each request
    (return_freed_memory), so a worker does not keep a second, mostly empty heap of its own —
    about 6 MB per worker measured on this project (docs/architecture.md)."""
    mallopt = _libc_function("mallopt")
    if mallopt is not None:
        mallopt(_M_ARENA_MAX, 1)


def return_freed_memory() -> None:
    """After a request: hand the pages it freed back to the system (about 10 µs when there is
    nothing to give back)."""
    _return_freed_memory()
