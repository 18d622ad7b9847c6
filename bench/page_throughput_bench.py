"""Page throughput as a share of a Django hello-world, in the production configuration.

Builds a scratch database (a temporary SQLite file; with --database postgresql a database
named `prep_bench_pages_<pid>` beside the one DATABASE_URL names, never that one), loads the
demo content, the seed reports in ../shared/seeds when they are there, and a candidate with
DRAFTS drafts of several revisions each. It serves that with gunicorn and the repository's
gunicorn.conf.py (DEBUG off), serves bench/hello_world.py with the same settings, and runs a
load generator on loopback: hello-world, page 1, hello-world, page 2, …, hello-world, the whole
round REPETITIONS times. A page's share is its requests per second over the mean of the two
hello-world runs around it, so a burst of load from elsewhere on the machine moves both; the
median share over the repetitions is compared with the page's target. Two floors are measured
the same way: bench/stack_floor.py, our settings and whole middleware in front of a hello view,
for a visitor and for the signed-in candidate; each page's line also says what share of its
floor it reaches (what a view of ours costs beyond what every request pays).

The load generator is wrk (2 threads, 8 connections) when it is installed, else a Python one
(8 keep-alive connections in threads; it competes with the server for the CPU, so its shares
are lower and it says so). After the runs, every worker is warmed up with coaching requests
(Kiwi and the coaching indexes loaded) and each worker's RSS (with the part of it that is
files' pages, shared code) and PSS are printed; a worker over RSS_TARGET_MB fails the run.

    .venv/bin/python bench/page_throughput_bench.py                 # SQLite (+ PostgreSQL)
    .venv/bin/python bench/page_throughput_bench.py --database sqlite --seconds 5
    .venv/bin/python bench/page_throughput_bench.py --only company,editor
"""

import argparse
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from load_tools import (
    Run,
    fetch,
    load_text,
    resident_mb,
    run_python,
    run_wrk,
    server_cpu_seconds,
    start_gunicorn,
    worker_memory,
    worker_pids,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path(os.environ.get("PREP_SEEDS", ROOT.parent / "shared" / "seeds"))
DRAFTS = 200
REVISIONS = 5
REPETITIONS = 3
RSS_TARGET_MB = 400
KIWI_LIBRARY = "_kiwipiepy"
KIWI_RAN_MB = 5  # of Kiwi's library resident in a worker: under 1 MB before its first analysis
COMPANY_NAME = "한국사회보장정보원"


@dataclass(frozen=True)
class Page:
    key: str
    label: str
    path: str
    logged_in: bool
    target: float | None  # the share of hello-world it must reach, None: reported only
    marker: bytes  # in the body of a correct answer (not a login page or an error)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"])
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each run")
    parser.add_argument("--repetitions", type=int, default=REPETITIONS)
    parser.add_argument("--drafts", type=int, default=DRAFTS, help="the candidate's drafts")
    parser.add_argument("--only", default="", help="comma-separated page keys to measure")
    parser.add_argument("--python-load", action="store_true", help="never use wrk")
    return parser.parse_args()


def main() -> int:
    # Stopped from outside: still stop the servers and drop the scratch database.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(1))
    args = parse_args()
    if args.database:
        return run_one(args)
    databases = ["sqlite"] + (["postgresql"] if os.environ.get("DATABASE_URL") else [])
    failures = 0
    for database in databases:
        print(f"--- {database}", flush=True)
        command = [sys.executable, __file__, "--database", database, *sys.argv[1:]]
        failures += subprocess.run(command).returncode != 0
    return 1 if failures else 0


def configure_django(database: str) -> str:
    """Settings for a scratch database, before Django touches any connection."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prep.settings")
    # The server must accept the session this process signs for the candidate.
    os.environ["DJANGO_SECRET_KEY"] = "page-throughput-bench-" + secrets.token_hex(16)
    if database == "sqlite":
        os.environ.pop("DATABASE_URL", None)
        os.environ.pop("REDIS_URL", None)  # SQLite alone stands for the no-Redis set-up
    from django.conf import settings

    default = settings.DATABASES["default"]
    if database == "sqlite":
        name = str(Path(tempfile.gettempdir()) / f"prep-bench-pages-{os.getpid()}.sqlite3")
    else:
        name = f"prep_bench_pages_{os.getpid()}"
    default["TEST"] = {"NAME": name}
    settings.LOGGING = {"version": 1, "disable_existing_loggers": False}
    import django

    django.setup()
    return name


def load_data(drafts: int) -> dict:
    """Demo content, the seed reports, and a candidate with a history; returns their keys."""
    from django.core.management import call_command
    from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
    from django.test import Client
    from django.utils.crypto import get_random_string

    from accounts.models import User
    from prep.catalog.models import Company, EssayPrompt
    from prep.practice.models import Draft, DraftRevision

    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if seeds:
        call_command("import_report", *map(str, seeds), stdout=open(os.devnull, "w"))  # noqa: SIM115
    company = Company.objects.get(name=COMPANY_NAME)
    user = User.objects.create_user(email="bench@prep.local", password=secrets.token_hex(8))
    prompts = list(EssayPrompt.objects.published().order_by("pk"))
    body = (
        "고객 응대 창구에서 일하며 민원 대기 시간을 줄이기 위해 접수 기록을 정리했습니다. "
        "문의의 절반이 같은 서류 안내라는 것을 알고 안내문을 만들어 번호표 옆에 두었습니다. "
    )
    made = []
    for i in range(drafts):
        prompt = prompts[i % len(prompts)]
        made.append(
            Draft.objects.create(
                user=user,
                prompt=prompt,
                company=prompt.company,
                headline=f"[경험 {i}]",
                body=body * (2 + i % 5) + f"{i}번째 초안입니다.",
            )
        )
    DraftRevision.objects.bulk_create(
        DraftRevision(draft=d, version=v, headline=d.headline, body=d.body, reason="autosave")
        for d in made
        for v in range(1, REVISIONS + 1)
    )
    editor_draft = Draft.objects.create(
        user=user,
        prompt=company.essay_prompts.order_by("pk").first(),
        company=company,
        headline="[민원 대기 시간을 절반으로]",
        body=body * 6,
    )
    client = Client()
    client.force_login(user)
    return {
        "company_slug": company.slug,
        "draft_pk": editor_draft.pk,
        "session": client.cookies["sessionid"].value,
        # A signed-in browser also carries the CSRF cookie its first page with a form set (a
        # random secret); kept pages are keyed by it (prep.candidate_pages), so the load sends
        # one as browsers do.
        "csrf": get_random_string(CSRF_SECRET_LENGTH, allowed_chars=CSRF_ALLOWED_CHARS),
        "seeds": [seed.name for seed in seeds],
    }


def pages(data: dict) -> list[Page]:
    company = f"/companies/{quote(data['company_slug'])}/"
    editor = f"/practice/drafts/{data['draft_pk']}/"
    return [
        Page("home", "anon /", "/", False, None, b"<main"),
        Page("companies", "anon /companies/", "/companies/", False, None, b"<main"),
        Page("company", "anon company page", company, False, 0.25, COMPANY_NAME.encode()),
        Page("company_auth", "auth company page", company, True, 0.25, COMPANY_NAME.encode()),
        Page(
            "search",
            "anon /questions/?q=갈등",
            "/questions/?q=" + quote("갈등"),
            False,
            0.15,
            b'id="question-results"',
        ),
        Page("dashboard", "auth / dashboard", "/", True, 0.20, b"<main"),
        Page("drafts", "auth drafts list", "/practice/drafts/", True, 0.20, b"<main"),
        Page("editor", "auth draft editor", editor, True, 0.15, b'name="body"'),
    ]


def server_env(database: str, name: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",  # no TLS-terminating proxy in front here
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    if database == "sqlite":
        env["SQLITE_PATH"] = name
    else:
        env["DATABASE_URL"] = urlunsplit(urlsplit(env["DATABASE_URL"])._replace(path=f"/{name}"))
    return env


def check_pages(port: int, measured: list[Page], cookie: str) -> None:
    for page in measured:
        status, body = fetch(port, page.path, cookie if page.logged_in else "")
        if status != 200 or page.marker not in body:
            raise RuntimeError(f"{page.label} ({page.path}) answered {status} without its content")
        if page.logged_in and b"/accounts/logout/" not in body:
            raise RuntimeError(f"{page.label} was not served to the logged-in candidate")


def warm_up_coaching(port: int, path: str, cookie: str, master_pid: int) -> None:
    """Coaching requests, four at a time (eight at least), until every worker has run Kiwi.

    Eight requests in a row could all reach one worker, and the other's memory was then
    reported without the coaching's models. Kiwi's library is resident in a worker (some 17 MB
    of its code) only once the worker has tokenised, which tells them apart."""
    for round_ in range(12):
        with ThreadPoolExecutor(4) as pool:
            answers = list(
                pool.map(lambda _: fetch(port, path, cookie, {"HX-Request": "true"}), range(4))
            )
        for status, _body in answers:
            if status != 200:
                raise RuntimeError(f"coaching warm-up answered HTTP {status}")
        workers = worker_pids(master_pid)
        if round_ and all(resident_mb(pid, KIWI_LIBRARY) >= KIWI_RAN_MB for pid in workers):
            return
    raise RuntimeError("a worker answered no coaching request in 48")


def run_one(args: argparse.Namespace) -> int:
    name = configure_django(args.database)
    from django.db import connection

    started = time.perf_counter()
    created = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    scratch = Path(tempfile.mkdtemp(prefix="prep-page-bench-"))
    app = hello = floor = None
    try:
        data = load_data(args.drafts)
        if args.database == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
        connection.close()
        seeds = ", ".join(data["seeds"]) or "none (../shared/seeds not found)"
        print(
            f"{args.database}: demo content, seed reports {seeds}, a candidate with "
            f"{args.drafts} drafts × {REVISIONS} revisions; set up in "
            f"{time.perf_counter() - started:.0f} s",
            flush=True,
        )
        env = server_env(args.database, created if args.database == "postgresql" else name)
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        app, app_port = start_gunicorn("prep.wsgi", env, scratch / "app.log", [])
        hello, hello_port = start_gunicorn(
            "hello_world:application", env, scratch / "hello.log", ["--pythonpath", "bench"]
        )
        floor, floor_port = start_gunicorn(
            "stack_floor:application",
            {**env, "DJANGO_SETTINGS_MODULE": "stack_floor"},
            scratch / "floor.log",
            ["--pythonpath", "bench"],
        )
        cookie = f"sessionid={data['session']}; csrftoken={data['csrf']}"
        wanted = {key for key in args.only.split(",") if key}
        measured = [page for page in pages(data) if not wanted or page.key in wanted]
        check_pages(app_port, measured, cookie)
        use_wrk = shutil.which("wrk") is not None and not args.python_load
        load = run_wrk if use_wrk else run_python
        if not use_wrk:
            print("  wrk is not installed: using the Python load generator (shares run lower)")
        # Warm-up: templates compiled, caches filled, connections open, on every worker.
        for page in measured:
            load(app_port, page.path, cookie if page.logged_in else "", 1)
        load(hello_port, "/", "", 1)
        load(floor_port, "/", cookie, 1)

        # The floors: our middleware before a hello view, for a visitor and a candidate.
        floors = [
            Page("floor_anon", "floor: our stack, visitor", "/", False, None, b"hello"),
            Page("floor_auth", "floor: our stack, signed in", "/", True, None, b"hello"),
        ]
        servers = {page.key: (app_port, app) for page in measured} | {
            p.key: (floor_port, floor) for p in floors
        }
        measured = floors + measured
        results: dict[str, list[tuple[float, Run]]] = {page.key: [] for page in measured}
        # The servers' CPU time per request (ms), for a share that no uneven spread of the
        # connections over the workers, nor a burst of load from elsewhere, can move.
        cpu_costs: dict[str, list[float]] = {page.key: [] for page in measured}
        hellos: list[float] = []
        hello_costs: list[float] = []

        def timed(process, port: int, path: str, page_cookie: str) -> tuple[Run, float]:
            used = server_cpu_seconds(process.pid)
            run = load(port, path, page_cookie, args.seconds)
            served = max(1.0, run.rps * args.seconds)
            return run, (server_cpu_seconds(process.pid) - used) * 1000 / served

        for repetition in range(args.repetitions):
            first, cost = timed(hello, hello_port, "/", "")
            before = first.rps
            hellos.append(before)
            hello_costs.append(cost)
            for page in measured:
                port, process = servers[page.key]
                page_cookie = cookie if page.logged_in else ""
                run, cost = timed(process, port, page.path, page_cookie)
                cpu_costs[page.key].append(cost)
                after_run, after_cost = timed(hello, hello_port, "/", "")
                after = after_run.rps
                hellos.append(after)
                hello_costs.append(after_cost)
                results[page.key].append((run.rps / ((before + after) / 2), run))
                before = after
            print(f"  repetition {repetition + 1} done, load average {load_text()}", flush=True)

        feedback = f"/practice/drafts/{data['draft_pk']}/feedback/"
        warm_up_coaching(app_port, feedback, cookie, app.pid)
        memory = worker_memory(app.pid)
    finally:
        for process in (app, hello, floor):
            if process is not None:
                process.terminate()
                process.wait(timeout=30)
        connection.creation.destroy_test_db(created, verbosity=0, keepdb=False)

    failures = 0
    floor_share = {
        logged_in: statistics.median(share for share, _run in results[key])
        for key, logged_in in (("floor_anon", False), ("floor_auth", True))
    }
    hello_cost = statistics.median(hello_costs)
    print(
        f"  hello-world: median {statistics.median(hellos):.0f} req/s, "
        f"{hello_cost:.2f} ms of server CPU per request"
    )
    print(f"  {'page':<24} {'req/s':>7} {'share':>7} {'p50':>9} {'p99':>9}  target")
    for page in measured:
        shares = sorted(share for share, _run in results[page.key])
        share = statistics.median(shares)
        runs = sorted((run for _share, run in results[page.key]), key=lambda r: r.rps)
        run = runs[len(runs) // 2]
        verdict = ""
        if page.target is not None:
            met = share >= page.target
            failures += not met
            verdict = f"≥ {page.target:.0%} {'met' if met else 'MISSED'}"
        print(
            f"  {page.label:<24} {run.rps:7.0f} {share:7.1%} {run.p50_ms:7.1f}ms "
            f"{run.p99_ms:7.1f}ms  {verdict}   (shares {', '.join(f'{s:.1%}' for s in shares)}"
            f"; {share / floor_share[page.logged_in]:.0%} of its floor)"
        )
        cost = statistics.median(cpu_costs[page.key])
        print(
            f"  {'':<24} server CPU {cost:.2f} ms per request, "
            f"{hello_cost / cost if cost else 0:.1%} of hello-world's by CPU"
        )
    for pid, rss, pss, files in memory:
        over = rss > RSS_TARGET_MB
        failures += over
        print(
            f"  worker {pid}: RSS {rss:.0f} MB ({files:.0f} MB of it files' pages: code shared "
            f"with every process), PSS {pss:.0f} MB after coaching warm-up "
            f"(RSS ≤ {RSS_TARGET_MB} MB {'MISSED' if over else 'met'})"
        )
    print(f"  load average at the end: {load_text()} on {os.cpu_count()} CPUs")
    print(f"{args.database}: {'all targets met' if not failures else f'{failures} MISSED'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
