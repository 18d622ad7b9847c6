"""The caches every gunicorn worker shares: files on one machine without Redis, else Redis."""

import random

from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class SharedFileCache(FileBasedCache):
    """Django's file cache, culled on one write in CULL_EVERY instead of on every write.

    FileBasedCache lists the whole cache directory on every set() to decide whether it is over
    MAX_ENTRIES; that listing was two thirds of a write (6 ms of an autosave's rate-limit
    count on the CI machine). The directory may now run past MAX_ENTRIES by a few writes.
    """

    CULL_EVERY = 100

    def _cull(self):
        if random.randrange(self.CULL_EVERY) == 0:
            super()._cull()


class ReusedClient(RedisCacheClient):
    """Django's Redis client, keeping one redis.Redis per connection pool.

    Django builds a new redis.Redis for every command, and each constructor fills redis-py's
    table of some 170 response callbacks: two thirds of the CPU time of an anonymous page served
    from the Redis cache. A redis.Redis holds no state of its own beyond its pool, so one per
    pool serves every command (caches are per thread in Django, and so are these).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class SharedRedisCache(RedisCache):
    """Django's Redis cache with ReusedClient."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClient
