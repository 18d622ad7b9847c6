"""채용 공고 list at scale: p95 of /postings/ with 5,000 postings must stay under 50 ms.

Measured like bench/question_search_bench.py (whose server and timing helpers it uses): a
scratch database (a temporary SQLite file; also PostgreSQL when DATABASE_URL is set, in a
database named `prep_bench_postings`, never the one DATABASE_URL names) with 5,000 postings of
300 institutions, served by gunicorn in the production configuration and asked over one
keep-alive HTTP connection: the plain list, later pages, searches and every filter, two in
three as htmx requests for the results fragment. Each request's fastest of ATTEMPTS rounds
counts (the machine is shared); the load average is printed with the results.

    .venv/bin/python bench/postings_bench.py            # SQLite (+ PostgreSQL if set)
    .venv/bin/python bench/postings_bench.py --database sqlite
"""

import argparse
import http.client
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from question_search_bench import percentile, server_env, start_gunicorn

ROOT = Path(__file__).resolve().parent.parent
TARGET_P95_MS = 50.0
POSTINGS = 5_000
COMPANIES = 300
REQUESTS = 300
ATTEMPTS = 3
WARMUP = 30
SCRATCH_POSTGRES_NAME = "prep_bench_postings"
SEOUL = ZoneInfo("Asia/Seoul")

HIRING_TYPES = ["정규직", "무기계약직", "비정규직", "청년인턴(체험형)", "청년인턴(채용형)"]
REGIONS = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원"]
REGIONS += ["충북", "충남", "전북", "전남", "경북", "경남", "제주", "전국"]
JOBS = ["행정", "전산", "기술", "연구", "사무", "시설", "안전", "회계", "상담", "보건"]
SEARCHES = ["행정", "신입", "청년인턴", "공사", "진흥원", "전산직", "없는검색어", "2026", "기술"]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"])
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    if args.database:
        return run_one(args.database)
    databases = ["sqlite"] + (["postgresql"] if os.environ.get("DATABASE_URL") else [])
    failures = 0
    for database in databases:
        print(f"--- {database}", flush=True)
        run = subprocess.run([sys.executable, __file__, "--database", database])
        failures += run.returncode != 0
    return 1 if failures else 0


def configure_django(database: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prep.settings")
    if database == "sqlite":
        os.environ.pop("DATABASE_URL", None)
    from django.conf import settings

    default = settings.DATABASES["default"]
    if database == "sqlite":
        scratch = Path(tempfile.gettempdir()) / f"prep-bench-postings-{os.getpid()}.sqlite3"
        default["TEST"] = {"NAME": str(scratch)}
    else:
        default["TEST"] = {"NAME": SCRATCH_POSTGRES_NAME}
    settings.LOGGING = {"version": 1, "disable_existing_loggers": False}
    import django

    django.setup()


def load_data(rng: random.Random) -> dict:
    from prep.catalog.models import Company, HiringType
    from prep.catalog.models.postings import Posting, Region

    companies = Company.objects.bulk_create(
        Company(
            name=rng.choice(["한국", "국립", "대한"]) + rng.choice(JOBS) + f"진흥원{i}",
            slug=f"bench-posting-company-{i}",
            kind="public",
            published=i % 10 != 0,
        )
        for i in range(COMPANIES)
    )
    kinds = [HiringType.objects.get_or_create(name=name)[0] for name in HIRING_TYPES]
    regions = [Region.objects.get_or_create(name=name)[0] for name in REGIONS]
    today = datetime.now(SEOUL).replace(hour=0, minute=0, second=0, microsecond=0)
    postings = []
    for i in range(POSTINGS):
        opens = today + timedelta(days=rng.randint(-90, 20))
        postings.append(
            Posting(
                company=rng.choice(companies),
                title=f"2026년 {rng.choice(JOBS)}직 {rng.choice(['신입', '경력'])} 채용 ({i})",
                opens_at=opens + timedelta(hours=9),
                closes_at=opens + timedelta(days=rng.randint(7, 30), hours=18),
                recruit_kind=rng.choice(["new", "new", "experienced", "both"]),
                openings=rng.randint(1, 40),
                source_id=f"B{i}",
                published=i % 25 != 0,
            )
        )
    postings = Posting.objects.bulk_create(postings, batch_size=1000)
    Posting.hiring_types.through.objects.bulk_create(
        Posting.hiring_types.through(posting_id=p.pk, hiringtype_id=kind.pk)
        for p in postings
        for kind in rng.sample(kinds, rng.choice([1, 1, 2]))
    )
    Posting.regions.through.objects.bulk_create(
        Posting.regions.through(posting_id=p.pk, region_id=region.pk)
        for p in postings
        for region in rng.sample(regions, rng.choice([1, 1, 2, 3]))
    )
    return {"companies": [c for c in companies if c.published], "kinds": kinds, "regions": regions}


def request_mix(rng: random.Random, data: dict) -> list[tuple[str, dict, bool]]:
    mix = []
    for i in range(REQUESTS):
        choice = i % 8
        if choice == 0:
            kind, params = "list", {}
        elif choice == 1:
            kind, params = "list page 2–5", {"page": rng.randint(2, 5)}
        elif choice == 2:
            kind, params = "search", {"q": rng.choice(SEARCHES)}
        elif choice == 3:
            kind, params = "filter 기관", {"company": rng.choice(data["companies"]).slug}
        elif choice == 4:
            kind, params = "filter 고용 형태", {"hiring_type": rng.choice(data["kinds"]).pk}
        elif choice == 5:
            kind, params = "filter 지역+신입/경력", {"region": rng.choice(data["regions"]).pk}
            params["recruit_kind"] = rng.choice(["new", "experienced", "both"])
        elif choice == 6:
            kind, params = "마감 임박", {"closing_soon": "on"}
        else:
            kind = "마감 포함+search+page"
            params = {"include_closed": "on", "q": rng.choice(SEARCHES), "page": 2}
        mix.append((kind, params, i % 3 != 0))
    return mix


class Browser:
    def __init__(self, port: int):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.port = port

    def get(self, path: str, headers: dict) -> tuple[int, float]:
        for retry in (False, True):
            try:
                begin = time.perf_counter()
                self.connection.request("GET", path, headers=headers)
                response = self.connection.getresponse()
                body = response.read()
                elapsed = (time.perf_counter() - begin) * 1000
            except (http.client.HTTPException, OSError):
                self.connection.close()
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                if retry:
                    raise
                continue
            if response.status == 200 and b'id="posting-results"' not in body:
                return 500, elapsed
            return response.status, elapsed
        raise AssertionError("unreachable")


def measure(port: int, mix: list) -> dict | None:
    browser = Browser(port)
    fragment = {"HX-Request": "true"}
    for _kind, params, is_htmx in mix[:WARMUP]:
        browser.get(f"/postings/?{urlencode(params)}", fragment if is_htmx else {})
    fastest = [float("inf")] * len(mix)
    for _attempt in range(ATTEMPTS):
        for index, (_kind, params, is_htmx) in enumerate(mix):
            status, elapsed = browser.get(
                f"/postings/?{urlencode(params)}", fragment if is_htmx else {}
            )
            if status != 200:
                print(f"  {params}: HTTP {status}")
                return None
            fastest[index] = min(fastest[index], elapsed)
    timings: dict[str, list[float]] = {}
    for (kind, _params, _htmx), elapsed in zip(mix, fastest, strict=True):
        timings.setdefault(kind, []).append(elapsed)
    return timings


def run_one(database: str) -> int:
    configure_django(database)
    from django.db import DatabaseError, connection

    started = time.perf_counter()
    name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    scratch = Path(tempfile.mkdtemp(prefix="prep-postings-bench-"))
    server = None
    try:
        rng = random.Random(20261201)
        data = load_data(rng)
        if database == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
                try:
                    cursor.execute("CHECKPOINT")
                except DatabaseError as error:
                    print(f"  no CHECKPOINT before measuring: {error}".rstrip(), flush=True)
        mix = request_mix(rng, data)
        connection.close()
        print(
            f"{connection.vendor}: loaded {POSTINGS:,} postings in "
            f"{time.perf_counter() - started:.1f} s",
            flush=True,
        )
        env = server_env(database, name)
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        server, port = start_gunicorn(env, scratch / "gunicorn-error.log")
        timings = measure(port, mix)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        connection.creation.destroy_test_db(name, verbosity=0, keepdb=False)
    if timings is None:
        return 1
    everything = [t for values in timings.values() for t in values]
    for kind, values in timings.items():
        print(
            f"  {kind:<24} n={len(values):>3}  p50={statistics.median(values):6.1f} ms  "
            f"p95={percentile(values, 0.95):6.1f} ms  max={max(values):6.1f} ms"
        )
    p50, p95 = statistics.median(everything), percentile(everything, 0.95)
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"  load average during the run: {load} on {os.cpu_count()} CPUs")
    met = p95 < TARGET_P95_MS
    print(
        f"{connection.vendor}: {len(everything)} requests over HTTP  p50={p50:.1f} ms  "
        f"p95={p95:.1f} ms  target p95 < {TARGET_P95_MS:.0f} ms: {'met' if met else 'MISSED'}",
        flush=True,
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
