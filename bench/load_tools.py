"""Serving and loading for bench/page_throughput_bench.py: gunicorn on a free port, a load
generator (wrk, or Python threads), and what the servers' processes use (CPU time, memory)."""

import http.client
import os
import re
import socket
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONNECTIONS = 8


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(app: str, env: dict, log: Path, extra: list[str]) -> tuple:
    port = free_port()
    gunicorn = ROOT / ".venv" / "bin" / "gunicorn"
    command = [str(gunicorn if gunicorn.exists() else "gunicorn"), "-c", "gunicorn.conf.py"]
    command += [*extra, app, "-b", f"127.0.0.1:{port}", "--access-logfile", os.devnull]
    command += ["--error-logfile", str(log)]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn ({app}) exited during start-up; see {log}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process, port
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"gunicorn ({app}) did not start within 120 s")


def fetch(port: int, path: str, cookie: str, headers: dict | None = None) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request(
            "GET", path, headers={**({"Cookie": cookie} if cookie else {}), **(headers or {})}
        )
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@dataclass(frozen=True)
class Run:
    rps: float
    p50_ms: float
    p99_ms: float


_WRK_LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)
_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def run_wrk(port: int, path: str, cookie: str, seconds: float) -> Run:
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds:g}s", "--latency"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(
        [*command, f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True
    ).stdout
    if "Non-2xx" in output:
        raise RuntimeError(f"{path} answered errors under load:\n{output}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = {p: float(v) * _UNITS[u] for p, v, u in _WRK_LATENCY.findall(output)}
    return Run(rps, latency.get("50", 0.0), latency.get("99", 0.0))


def run_python(port: int, path: str, cookie: str, seconds: float) -> Run:
    """CONNECTIONS keep-alive connections in threads for `seconds`; a stand-in for wrk."""
    stop = time.monotonic() + seconds
    latencies: list[float] = []
    errors: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine = []
        while time.monotonic() < stop:
            begin = time.perf_counter()
            connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                errors.append(response.status)
            mine.append((time.perf_counter() - begin) * 1000)
        connection.close()
        with lock:
            latencies.extend(mine)

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(CONNECTIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError(f"{path} answered HTTP {errors[0]} under load")
    ordered = sorted(latencies)
    return Run(
        len(latencies) / (time.monotonic() - started),
        ordered[len(ordered) // 2],
        ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))],
    )


def worker_pids(master_pid: int) -> list[int]:
    """The gunicorn master's workers (Linux only; none elsewhere)."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    return list(map(int, children.read_text().split())) if children.exists() else []


def resident_mb(pid: int, path_part: str) -> float:
    """Resident MB of a process's mappings of files whose path contains `path_part`."""
    total_kb, matching = 0, False
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        if _MAPPING.match(line):
            matching = path_part in line
        elif matching and line.startswith("Rss:"):
            total_kb += int(line.split()[1])
    return total_kb / 1024


_MAPPING = re.compile(r"^[0-9a-f]+-[0-9a-f]+ ")


def worker_memory(master_pid: int) -> list[tuple[int, float, float, float]]:
    """(pid, RSS MB, PSS MB, files' MB) of each gunicorn worker, from /proc (Linux only).

    Files' MB is the part of RSS that maps files (the code of Kiwi, numpy, libpython…): pages
    of the page cache that every process mapping them shares, counted in each one's RSS."""
    rows = []
    for pid in worker_pids(master_pid):
        status = Path(f"/proc/{pid}/status").read_text()
        rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
        rollup = Path(f"/proc/{pid}/smaps_rollup")
        pss = anonymous = 0.0
        if rollup.exists():
            text = rollup.read_text()
            match = re.search(r"^Pss:\s+(\d+)", text, re.M)
            pss = int(match.group(1)) / 1024 if match else 0.0
            match = re.search(r"^Anonymous:\s+(\d+)", text, re.M)
            anonymous = int(match.group(1)) / 1024 if match else rss
        rows.append((pid, rss, pss, rss - anonymous))
    return rows


def server_cpu_seconds(master_pid: int) -> float:
    """CPU time of a gunicorn master and its workers, live and exited (Linux only; 0 elsewhere).

    Exited workers' time is in the master's cutime/cstime once it has reaped them (max_requests
    restarts them during a run)."""
    tick = os.sysconf("SC_CLK_TCK")

    def times(pid: int, *, children: bool) -> float:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        used = int(fields[11]) + int(fields[12])  # utime, stime
        if children:
            used += int(fields[13]) + int(fields[14])  # cutime, cstime
        return used / tick

    listing = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    workers = map(int, listing.read_text().split()) if listing.exists() else []
    return times(master_pid, children=True) + sum(times(pid, children=False) for pid in workers)


def load_text() -> str:
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())
