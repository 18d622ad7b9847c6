"""The caches every worker shares (prep/cache.py): files without Redis, else Redis."""

import socket
import threading
import uuid

import pytest

from prep.cache import SharedFileCache, SharedRedisCache

REDIS = "redis://127.0.0.1:6379/15"


def test_two_processes_caches_over_one_directory_see_each_others_writes(tmp_path):
    # Two instances stand for two gunicorn workers: they share nothing but the directory.
    first = SharedFileCache(str(tmp_path), {})
    second = SharedFileCache(str(tmp_path), {})
    first.set("session:abc", {"user": 1}, 60)
    assert second.get("session:abc") == {"user": 1}
    second.delete("session:abc")
    assert first.get("session:abc") is None


def test_a_rate_limit_count_is_one_count_for_both(tmp_path):
    first = SharedFileCache(str(tmp_path), {})
    second = SharedFileCache(str(tmp_path), {})
    assert first.add("ratelimit:autosave:1:0", 1, 60)
    assert not second.add("ratelimit:autosave:1:0", 1, 60)
    assert second.incr("ratelimit:autosave:1:0") == 2
    assert first.get("ratelimit:autosave:1:0") == 2


def test_the_directory_is_still_culled_past_max_entries(tmp_path, monkeypatch):
    cache = SharedFileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 2}})
    monkeypatch.setattr("prep.cache.random.randrange", lambda n: 0)  # cull on every write
    for number in range(30):
        cache.set(f"key{number}", number, 60)
    assert len(list(tmp_path.glob("*.djcache"))) <= 10


def _redis_is_running() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.fixture
def redis_cache():
    if not _redis_is_running():
        pytest.skip("no Redis on 127.0.0.1:6379 (a fresh machine has none)")
    cache = SharedRedisCache(REDIS, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    yield cache
    cache.clear()


def test_the_redis_cache_answers_as_djangos_does(redis_cache):
    redis_cache.set("session:abc", {"user": 1}, 60)
    assert redis_cache.get("session:abc") == {"user": 1}
    assert redis_cache.add("ratelimit:1", 1, 60) and not redis_cache.add("ratelimit:1", 1, 60)
    assert redis_cache.incr("ratelimit:1") == 2
    assert redis_cache.get_many(["session:abc", "missing"]) == {"session:abc": {"user": 1}}
    redis_cache.delete("session:abc")
    assert redis_cache.get("session:abc") is None


def test_the_redis_client_is_built_once_per_pool(redis_cache):
    redis_cache.get("a")
    first = redis_cache._cache.get_client()
    redis_cache.set("a", 1, 60)
    assert redis_cache._cache.get_client() is first
    assert redis_cache._cache.get_client(write=True) is first  # one server: one pool


def test_threads_sharing_the_client_each_get_their_own_answers(redis_cache):
    errors = []

    def work(number):
        for step in range(50):
            redis_cache.set(f"t{number}", step, 60)
            if redis_cache.get(f"t{number}") != step:
                errors.append((number, step))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
