"""Crawl speed against parse speed, measured in the same run.

Serves N releases from the fixtures on a local fake osce.org (in a separate process, so the server
does not share this interpreter's GIL), then:

- parse only: ``parse_release`` over every release page already in memory;
- crawl: a full crawl with politeness off (no delay, no robots.txt, concurrency 8) into a fresh
  SQLite database: listing pages walked (50 items a page), releases fetched, parsed and stored.
  Twice: parsing in the event loop (the default), and in one parse worker process (the
  ``parse_workers`` option; the pool is started once, as a long crawl would amortise it).

Prints pages/s for each and the ratio of time per page (goal: crawl <= 1.25 x parse only, i.e.
fetching and storage are not the bottleneck).

    python benchmarks/crawl_speed.py [--releases 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path

import httpx

from osce_parse.crawl import Crawler, CrawlOptions, parse_page
from osce_parse.fetch import FetchConfig, decode_html
from osce_parse.release import parse_release
from osce_parse.storage import Store

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
NO_POLITENESS = FetchConfig(delay=0.0, concurrency=8, obey_robots=False, timeout=30.0)


def start_site(count: int) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "osce_parse.fakesite", str(FIXTURES), "--port", "0"]
    proc = subprocess.Popen([*command, "--count", str(count)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()  # "serving N releases at http://127.0.0.1:PORT"
    if " at " not in line:
        proc.kill()
        raise SystemExit(f"the fake site did not start: {line!r}")
    return proc, line.rsplit(" at ", 1)[1].strip()


def release_pages(base_url: str) -> list[tuple[str, bytes, str | None]]:
    """Every release page of the site: (url, body, content type), by walking its sitemap."""
    from osce_parse.listing import is_release_url
    from osce_parse.sitemap import parse_sitemap

    pages: list[tuple[str, bytes, str | None]] = []
    with httpx.Client() as client:
        index = parse_sitemap(client.get(base_url + "/sitemap.xml").content)
        for child in index.sitemaps:
            for entry in parse_sitemap(client.get(child.url).content).urls:
                if is_release_url(entry.url):
                    response = client.get(entry.url)
                    pages.append((entry.url, response.content, response.headers["content-type"]))
    return pages


def parse_only(pages: list[tuple[str, bytes, str | None]]) -> float:
    for url, body, content_type in pages:
        parse_release(decode_html(body, content_type), url)
    return float(len(pages))


def crawl_once(base_url: str, executor: Executor | None = None) -> float:
    """Crawl the whole site into a fresh database; return the number of releases stored."""
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.sqlite") as store:
        options = CrawlOptions(base_url=base_url, fetch=NO_POLITENESS)
        summary = asyncio.run(Crawler(store, options, executor=executor).run())
        return float(summary.new)


def measure(run: Callable[[], float]) -> tuple[float, float, float]:
    """``(wall seconds, this process's CPU seconds, what run returned)``."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--releases", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    proc, base_url = start_site(args.releases)
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    try:
        pages = release_pages(base_url)
        parse_only(pages)  # warm-up, in both processes
        pool.submit(parse_page, pages[0][1], pages[0][2], pages[0][0]).result()
        runs: dict[str, Callable[[], float]] = {
            "parse only": lambda: parse_only(pages),
            "crawl": lambda: crawl_once(base_url),
            "crawl, 1 parse worker": lambda: crawl_once(base_url, pool),
        }
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
        for _ in range(args.rounds):  # interleaved, so all see the same machine state
            for name, run in runs.items():
                wall, cpu, count = measure(run)
                if count != len(pages):
                    raise SystemExit(f"{name}: {count:.0f} of {len(pages)} releases")
                samples[name].append((wall, cpu))
    finally:
        pool.shutdown()
        proc.terminate()
        proc.wait()
    size = statistics.median(len(body) for _, body, _ in pages) / 1024
    print(f"{len(pages)} releases (median {size:.0f} KB), median of {args.rounds} rounds:")
    base_wall = statistics.median(wall for wall, _ in samples["parse only"])
    base_cpu = statistics.median(cpu for _, cpu in samples["parse only"])
    for name, values in samples.items():
        wall = statistics.median(w for w, _ in values)
        cpu = statistics.median(c for _, c in values)
        line = f"  {name}: {len(pages) / wall:.0f} pages/s ({1000 * wall / len(pages):.1f} ms/page)"
        if name != "parse only":
            line += f", {wall / base_wall:.2f}x parse-only time (goal <= 1.25x)"
            if name == "crawl":  # one process does everything: CPU time is load-independent
                line += f"; CPU {cpu / base_cpu:.2f}x parse-only CPU"
        print(line)


if __name__ == "__main__":
    main()
