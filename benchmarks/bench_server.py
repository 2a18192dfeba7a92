"""Load test of ``POST /api/analyze``: requests per second and latency with concurrent clients.

    python benchmarks/bench_server.py                         # 1, 2, 4 and 8 clients, 60 requests each
    python benchmarks/bench_server.py --clients 4 --requests 200 --workers 2

Starts the real server (``spinscope serve``, a separate process, so the load generator does not
share its interpreter) on a free local port, waits for ``/api/health``, then for each number of
clients sends ``--requests`` analyses of real articles (the SemEval test articles when
../shared/data is present, else the bundled samples), each client on its own keep-alive
connection. Prints, per level: requests per second, p50/p95/max latency and failures.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from bench_analyze import article_paths  # noqa: E402 - same article mix as the analysis benchmark


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port: int, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"the server exited with code {process.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/api/health")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    sys.exit("the server did not come up")


def run_level(port: int, bodies: list[bytes], clients: int, requests: int) -> dict:
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    next_index = iter(range(requests))

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        for i in next_index:  # shared iterator: clients pull work until `requests` are sent
            body = bodies[i % len(bodies)]
            started = time.perf_counter()
            try:
                connection.request("POST", "/api/analyze", body=body,
                                   headers={"Content-Type": "application/json"})
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as exc:
                status = f"{type(exc).__name__}"
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    failures.append(str(status))
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {"clients": clients, "requests": len(latencies), "seconds": round(wall, 2),
            "req_per_s": round(len(latencies) / wall, 2),
            "p50_ms": round(1000 * statistics.median(latencies), 1),
            "p95_ms": round(1000 * latencies[max(0, int(round(0.95 * len(latencies))) - 1)], 1),
            "max_ms": round(1000 * latencies[-1], 1), "failures": len(failures)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", default="1,2,4,8", help="comma-separated numbers of concurrent clients")
    parser.add_argument("--requests", type=int, default=60, help="requests per level")
    parser.add_argument("--workers", type=int, default=2, help="analysis threads of the server")
    parser.add_argument("--articles", type=int, default=40, help="distinct articles to cycle through")
    args = parser.parse_args()

    paths = article_paths(args.articles)
    bodies = [json.dumps({"text": Path(p).read_text(encoding="utf-8", errors="replace")}).encode() for p in paths]
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "spinscope", "serve", "--port", str(port), "--workers", str(args.workers),
         "--timeout", "120", "--max-body-bytes", "5000000"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        wait_until_up(port, server)
        run_level(port, bodies, 1, min(5, len(bodies)))  # warm-up: first calls pay lazy imports
        mean_chars = statistics.mean(len(b) for b in bodies)
        print(f"POST /api/analyze, {len(bodies)} distinct articles (mean {mean_chars:,.0f} bytes of JSON), "
              f"server: {args.workers} analysis threads, {os.cpu_count()} CPUs")
        print(f"{'clients':>7} {'requests':>8} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'failed':>6}")
        for clients in (int(c) for c in args.clients.split(",")):
            r = run_level(port, bodies, clients, args.requests)
            print(f"{r['clients']:>7} {r['requests']:>8} {r['req_per_s']:>7} {r['p50_ms']:>8} "
                  f"{r['p95_ms']:>8} {r['max_ms']:>8} {r['failures']:>6}", flush=True)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
