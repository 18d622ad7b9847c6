"""Per-user request limits in the cache (Redis when REDIS_URL is set, else local memory)."""

import time

from django.conf import settings
from django.core.cache import cache


def allow(*, scope: str, user_id: int) -> bool:
    """Counts one request of `scope` for the user; False once the window's budget is spent.

    Fixed windows are coarse but cheap (one cache round trip) — enough to stop a runaway script
    without ever troubling a person typing.
    """
    limit, window = settings.RATE_LIMITS[scope]
    bucket = int(time.time() // window)
    key = f"ratelimit:{scope}:{user_id}:{bucket}"
    if cache.add(key, 1, timeout=window + 1):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window + 1)
        return True
    return count <= limit
