"""The cache every gunicorn worker on one machine shares when Redis is not configured."""

import random

from django.core.cache.backends.filebased import FileBasedCache


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
