"""A candidate's history must not slow their pages: the drafts list and the editor with 1,000
drafts must take at most 1.5× their time with 10.

In-process (Django's test client) on a scratch SQLite database with the demo content: one
candidate with SMALL drafts, another with LARGE drafts (the first REVISED of them with
REVISIONS revisions each), every draft on a demo prompt. Each page is requested ROUNDS times
per candidate, the two candidates interleaved so that load from elsewhere on the machine
falls on both alike; the medians are compared. Prints the load average with the result.

    .venv/bin/python bench/draft_history_bench.py
"""

import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMALL, LARGE = 10, 1000
REVISED, REVISIONS = 200, 20
ROUNDS = 15
TARGET_RATIO = 1.5


def configure_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prep.settings")
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("DJANGO_SECRET_KEY", "draft-history-bench-" + secrets.token_hex(8))
    os.environ["DJANGO_SECURE_SSL_REDIRECT"] = "0"
    from django.conf import settings

    name = Path(tempfile.gettempdir()) / f"prep-bench-history-{os.getpid()}.sqlite3"
    settings.DATABASES["default"]["TEST"] = {"NAME": str(name)}
    settings.LOGGING = {"version": 1, "disable_existing_loggers": False}
    import django

    django.setup()
    settings.ALLOWED_HOSTS = ["testserver"]


def candidate(email: str, drafts: int):
    """A candidate with `drafts` drafts; returns (user, the draft they are editing)."""
    from accounts.models import User
    from prep.catalog.models import EssayPrompt
    from prep.practice.models import Draft, DraftRevision

    user = User.objects.create_user(email=email, password=secrets.token_hex(8))
    prompts = list(EssayPrompt.objects.published().order_by("pk"))
    body = "민원 대기 시간을 줄이기 위해 접수 기록을 정리하고 안내문을 만들었습니다. "
    made = [
        Draft.objects.create(
            user=user,
            prompt=prompts[i % len(prompts)],
            company=prompts[i % len(prompts)].company,
            headline=f"[경험 {i}]",
            body=body * (2 + i % 5),
        )
        for i in range(drafts)
    ]
    DraftRevision.objects.bulk_create(
        DraftRevision(draft=d, version=v, headline=d.headline, body=d.body, reason="autosave")
        for d in made[:REVISED]
        for v in range(1, REVISIONS + 1)
    )
    return user, made[-1]


def main() -> int:
    configure_django()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    created = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
        clients = {}
        for label, count in [("small", SMALL), ("large", LARGE)]:
            user, draft = candidate(f"{label}@prep.local", count)
            client = Client()
            client.force_login(user)
            clients[label] = (client, draft)
        pages = {
            "drafts list": lambda draft: reverse("practice:draft_list"),
            "draft editor": lambda draft: draft.get_absolute_url(),
        }
        times: dict[tuple[str, str], list[float]] = {}
        for _round in range(ROUNDS + 2):
            for page, url in pages.items():
                for label, (client, draft) in clients.items():
                    begin = time.perf_counter()
                    response = client.get(url(draft))
                    elapsed = (time.perf_counter() - begin) * 1000
                    if response.status_code != 200:
                        print(f"{page} ({label}) answered {response.status_code}")
                        return 1
                    if _round >= 2:  # the first two warm templates and caches
                        times.setdefault((page, label), []).append(elapsed)
    finally:
        connection.creation.destroy_test_db(created, verbosity=0, keepdb=False)

    failures = 0
    for page in pages:
        small = statistics.median(times[(page, "small")])
        large = statistics.median(times[(page, "large")])
        met = large <= TARGET_RATIO * small
        failures += not met
        print(
            f"  {page:<13} {SMALL} drafts {small:6.1f} ms   {LARGE} drafts {large:6.1f} ms   "
            f"×{large / small:.2f}  (≤ ×{TARGET_RATIO}: {'met' if met else 'MISSED'})"
        )
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"  load average: {load} on {os.cpu_count()} CPUs")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
