"""Crawl speed against parse speed, measured in the same run.

Serves N releases from the fixtures on a local fake osce.org (in a separate process, so the server
does not share this interpreter's GIL), then, in rounds interleaved so that all runs see the same
machine state:

- parse only: ``parse_page`` over every release page already in memory, in this process;
- crawl: a full crawl with politeness off (no delay, no robots.txt, concurrency 8) into a fresh
  SQLite database: listing pages walked (50 items a page), releases fetched, parsed and stored,
  parsing in the event loop (``parse_workers=0``);
- crawl, N parse workers (default 2): the same, parsing in a
  :class:`~osce_parse.crawler.ParsePool` started (and warmed up) once before the rounds: the steady
  state of a long crawl, which amortises the workers' start;
- crawl, default options (with ``--auto``): the crawl as ``CrawlOptions`` picks it. With no
  delay on two or more CPUs, that is two workers started by the crawl itself once 500 release
  pages wait, so below that it is the in-process crawl and above it pays the start (~0.6 s of CPU
  a worker: imports and first parses) within the measurement.

Prints pages/s for each, the ratio of time per page to parse only (goal: crawl <= 1.25 x parse
only, i.e. fetching and storage are not the bottleneck), and CPU time per page: this process, the
parse workers and the fake site (from ``/proc``, on Linux).

    python benchmarks/crawl_speed.py [--releases 300] [--rounds 5] [--workers 2] [--auto]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

from osce_parse.crawler import (
    Crawler,
    CrawlOptions,
    FetchConfig,
    ParsePool,
    parse_page,
    parse_sitemap,
)
from osce_parse.storage import Store
from osce_parse.urls import is_release_url

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
NO_POLITENESS = FetchConfig(delay=0.0, concurrency=8, obey_robots=False, timeout=30.0)

Page = tuple[str, bytes, str | None]


def start_site(count: int) -> tuple[subprocess.Popen[str], str]:
    """Serve ``count`` releases in a child process; return it and its base URL."""
    command = [sys.executable, "-m", "osce_parse.testing", str(FIXTURES), "--port", "0"]
    proc = subprocess.Popen([*command, "--count", str(count)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()  # "serving N releases at http://127.0.0.1:PORT"
    if " at " not in line:
        proc.kill()
        raise SystemExit(f"the fake site did not start: {line!r}")
    return proc, line.rsplit(" at ", 1)[1].strip()


def release_pages(base_url: str) -> list[Page]:
    """Every release page of the site: (url, body, content type), by walking its sitemap."""
    pages: list[Page] = []
    with httpx.Client() as client:
        index = parse_sitemap(client.get(base_url + "/sitemap.xml").content)
        for child in index.sitemaps:
            for entry in parse_sitemap(client.get(child.url).content).urls:
                if is_release_url(entry.url):
                    response = client.get(entry.url)
                    pages.append((entry.url, response.content, response.headers["content-type"]))
    return pages


def cpu_of(pids: list[int]) -> float:
    """User + system CPU seconds of processes so far (0 where /proc cannot tell)."""
    total = 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


async def parse_only(pages: list[Page]) -> float:
    for url, body, content_type in pages:
        parse_page(body, content_type, url)
    return float(len(pages))


async def crawl_once(base_url: str, workers: int | None, pool: ParsePool | None = None) -> float:
    """Crawl the whole site into a fresh database; return the number of releases stored."""
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.sqlite") as store:
        options = CrawlOptions(base_url=base_url, fetch=NO_POLITENESS, parse_workers=workers)
        summary = await Crawler(store, options, parse_pool=pool).run()
        return float(summary.new)


Sample = tuple[float, float, float, float]  # wall, this process's CPU, workers' CPU, site CPU


async def run(args: argparse.Namespace) -> None:
    proc, base_url = start_site(args.releases)
    try:
        pages = release_pages(base_url)
        async with ParsePool(args.workers) as pool:
            # Warm-up: every page once in this process and in the workers (language data loads).
            await parse_only(pages)
            await pool.wait_ready()
            for _ in range(2):  # pages go to the least busy worker: each must see every kind
                await asyncio.gather(*(pool.parse(body, ct, url) for url, body, ct in pages))
            runs: dict[str, tuple[Callable[[], Awaitable[float]], list[int]]] = {
                "parse only": (lambda: parse_only(pages), []),
                "crawl": (lambda: crawl_once(base_url, 0), []),
                f"crawl, {args.workers} parse worker(s)": (
                    lambda: crawl_once(base_url, None, pool),
                    pool.pids,
                ),
            }
            if args.auto:
                runs["crawl, default options"] = (lambda: crawl_once(base_url, None), [])
            samples: dict[str, list[Sample]] = {name: [] for name in runs}
            for _ in range(args.rounds):
                for name, (job, workers) in runs.items():
                    before = (time.perf_counter(), time.process_time())
                    others = (cpu_of(workers), cpu_of([proc.pid]))
                    count = await job()
                    wall = time.perf_counter() - before[0]
                    cpu = time.process_time() - before[1]
                    worker_cpu = cpu_of(workers) - others[0]
                    site_cpu = cpu_of([proc.pid]) - others[1]
                    if count != len(pages):
                        raise SystemExit(f"{name}: {count:.0f} of {len(pages)} releases")
                    samples[name].append((wall, cpu, worker_cpu, site_cpu))
    finally:
        proc.terminate()
        proc.wait()
    report(pages, samples, args.rounds)


def report(pages: list[Page], samples: dict[str, list[Sample]], rounds: int) -> None:
    n = len(pages)
    size = statistics.median(len(body) for _, body, _ in pages) / 1024
    print(f"{n} releases (median {size:.0f} KB), median of {rounds} rounds, {os.cpu_count()} CPUs:")
    base = statistics.median(s[0] for s in samples["parse only"])
    for name, values in samples.items():
        wall, cpu, workers, site = (statistics.median(s[i] for s in values) for i in range(4))
        walls = ", ".join(f"{n / s[0]:.0f}" for s in values)
        line = f"  {name}: {n / wall:.0f} pages/s ({1000 * wall / n:.2f} ms/page"
        line += f"; rounds {walls} pages/s)"
        if name != "parse only":
            line += f", {wall / base:.2f}x parse-only time (goal <= 1.25x)"
        print(line)
        print(
            f"      CPU ms/page: this process {1000 * cpu / n:.2f}, parse workers "
            f"{1000 * workers / n:.2f}, fake site {1000 * site / n:.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--releases", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2, help="parse workers of the pool")
    parser.add_argument("--auto", action="store_true", help="also crawl with default options")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
