"""gunicorn settings for production: `gunicorn -c gunicorn.conf.py prep.wsgi`."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# One process per core, each holding the Korean morphological model once. Few threads per
# process: measured on 2 cores with 16 candidates autosaving (bench/autosave_bench.py), 2×8
# threads gave a p95 server time of 51 ms from GIL contention, 2×2 gave 16 ms.
workers = int(os.environ.get("GUNICORN_WORKERS", max(2, multiprocessing.cpu_count())))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
timeout = 30
graceful_timeout = 20
# Recycling bounds what a slow leak could cost; at 2,000 a busy worker (100 req/s) restarted
# every 20 s, each time rebuilding its caches. Nothing is known to leak (the tokeniser's
# cache is bounded), so a worker lives for 20,000 requests.
max_requests = 20000
max_requests_jitter = 2000
# Import the application, and with it the coaching's models (prep/warmup.py), once in the
# master before forking: workers share the ~300 MB Korean model copy-on-write, and a worker
# started after max_requests serves at once instead of loading the model on its first request.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") == "1"
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_fork(server, worker):
    # One malloc arena per worker, trimmed after each request (prep/warmup.py).
    from prep.warmup import share_one_heap

    share_one_heap()


def post_request(worker, req, environ, resp):
    from prep.warmup import return_freed_memory

    return_freed_memory()
