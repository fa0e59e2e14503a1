"""Load on ``presslens serve``: N concurrent clients post an article for a bounded time.

    python benchmarks/load.py [--clients 32] [--seconds 20] [--workers 1] [--article PATH]

Starts the server on a free local port with W worker processes, waits until it answers, then
runs the clients and reports requests/s, p50/p99 latency and errors. In the same run it measures
the CLI path (ingest, analyze, JSON) on the same article in W processes, and prints the server's
throughput as a share of it: the target is >= 0.8 with zero errors at 32 clients.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import httpx2

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _cli_loop(text: str, seconds: float) -> int:
    """Analyses completed in ``seconds`` by one process, after loading and one warm-up."""
    from presslens.ingest import article_from_text
    from presslens.pipeline import analyze_articles

    def once() -> None:
        for analysis in analyze_articles([article_from_text(text)]):
            analysis.model_dump_json()

    once()
    done, deadline = 0, time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        once()
        done += 1
    return done


def cli_rate(text: str, workers: int, seconds: float) -> float:
    with ProcessPoolExecutor(workers) as pool:
        counts = list(pool.map(_cli_loop, [text] * workers, [seconds] * workers))
    return sum(counts) / seconds


async def _client(client: httpx2.AsyncClient, body: dict, deadline: float,
                  latencies: list[float], errors: list[str]) -> None:
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        try:
            response = await client.post("/api/analyze", json=body)
            if response.status_code != 200:
                errors.append(str(response.status_code))
        except httpx2.HTTPError as error:
            errors.append(type(error).__name__)
        latencies.append(time.perf_counter() - start)


async def load(base: str, text: str, clients: int, seconds: float) -> dict:
    body = {"text": text}
    limits = httpx2.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx2.AsyncClient(base_url=base, timeout=300, limits=limits) as client:
        latencies: list[float] = []
        errors: list[str] = []
        start = time.perf_counter()
        await asyncio.gather(*(_client(client, body, start + seconds, latencies, errors)
                               for _ in range(clients)))
        elapsed = time.perf_counter() - start
    quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return {
        "requests": len(latencies),
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
        "requests_per_s": round(len(latencies) / elapsed, 2),
        "p50_ms": round(quantiles[49] * 1000, 1),
        "p99_ms": round(quantiles[98] * 1000, 1),
    }


def start_server(port: int, workers: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "presslens", "serve", "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx2.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return server
        except httpx2.HTTPError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("the server did not start within 120 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=1, help="Server and CLI worker processes.")
    parser.add_argument("--article", type=Path, default=ROOT / "examples" / "seed-article.txt")
    args = parser.parse_args()
    text = args.article.read_text(encoding="utf-8")
    port = _free_port()
    server = start_server(port, args.workers)
    try:
        base = f"http://127.0.0.1:{port}"
        asyncio.run(load(base, text, args.workers * 2, 3))  # warm every worker
        served = asyncio.run(load(base, text, args.clients, args.seconds))
    finally:
        server.terminate()
        server.wait(30)
    cli = cli_rate(text, args.workers, args.seconds)
    print(json.dumps({
        "article": str(args.article.relative_to(ROOT) if args.article.is_relative_to(ROOT) else args.article),
        "clients": args.clients,
        "seconds": args.seconds,
        "workers": args.workers,
        "server": served,
        "cli_articles_per_s": round(cli, 2),
        "server_to_cli_ratio": round(served["requests_per_s"] / cli, 3),
    }, indent=2))


if __name__ == "__main__":
    main()
