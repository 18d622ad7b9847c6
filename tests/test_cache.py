"""The file cache every worker shares without Redis (prep/cache.py)."""

from prep.cache import SharedFileCache


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
