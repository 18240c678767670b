"""Worst time and memory of the crawler against hostile servers on 127.0.0.1.

Each scenario runs in its own child process (so its peak RSS is its own) against a small server
of ``tests/hostile.py``, and prints its wall time, its peak RSS and the RSS after imports (the
difference is what the scenario cost):

- gzip bomb: a release page of 1.1 GB of zeros in two gzip layers (under 2 KB on the wire);
- sitemap bomb: the same inside a sitemap (gzip file, served gzip-encoded too);
- Crawl-delay 1e9: robots.txt asks for a billion seconds between requests (capped; the
  scenario uses a 2 s cap, the default is 60 s);
- robots.txt wildcards: 50 rules of 2,000 ``*`` each, 1,000 URLs of 5,000 characters checked
  (one that lacks a piece of the rules, one that has them all);
- endless pager: listing pages with ten new items each, forever (``max_listing_pages`` 200);
- looping pager: listing pages that repeat the same ten items, forever;
- sitemap chain: sitemap indexes 50 wide, nested forever (default depth and count caps).

    python benchmarks/hostile_servers.py [--only NAME]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from osce_parse.crawler import (  # noqa: E402
    CrawlOptions,
    FetchConfig,
    Fetcher,
    RobotsRules,
    crawl,
)
from osce_parse.errors import FetchError  # noqa: E402
from osce_parse.storage import Store  # noqa: E402
from tests.hostile import HostileServer, bomb, response  # noqa: E402
from tests.test_guarantees import endless_pager, sitemap_chain  # noqa: E402

FAST = FetchConfig(delay=0.0, timeout=30, max_attempts=1)
NO_ROBOTS = response(status="404 Not Found")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def page_bomb() -> str:
    payload = bomb(1100)

    def answer(path: str) -> bytes:
        return (
            NO_ROBOTS if path == "/robots.txt" else response(payload, Content_Encoding="gzip, gzip")
        )

    with HostileServer(answer) as server:
        try:
            asyncio.run(_fetch(server.url + "/pc/1", FAST))
        except FetchError as exc:
            return exc.reason
    return "fetched?"


def sitemap_bomb() -> str:
    payload = bomb(1100)

    def answer(path: str) -> bytes:
        if path == "/robots.txt":
            return NO_ROBOTS
        return response(payload, content_type="application/gzip", Content_Encoding="gzip")

    return _crawl(answer, listing=False, sitemap=True)


def crawl_delay() -> str:
    text = b"User-agent: *\nCrawl-delay: 1e9\n"

    def answer(path: str) -> bytes:
        if path == "/robots.txt":
            return response(text, content_type="text/plain")
        return response(b"<html><body><p>x</p></body></html>")

    async def two(url: str) -> str:
        async with Fetcher(FetchConfig(delay=0.0, max_crawl_delay=2.0)) as fetcher:
            await fetcher.fetch(url + "/a")
            await fetcher.fetch(url + "/b")
            return "; ".join(reason for _, reason in fetcher.malformed)

    with HostileServer(answer) as server:
        return asyncio.run(two(server.url))


def robots_wildcards() -> str:
    text = "User-agent: *\n" + ("Disallow: /" + "*a" * 2000 + "b\n") * 50
    rules = RobotsRules.parse(text)
    times = []
    for url in ("https://x.org/" + "a" * 5000, "https://x.org/" + "a" * 5000 + "b"):
        began = time.monotonic()
        for _ in range(1000):
            rules.can_fetch("osce-parse/0.1", url)
        times.append(f"{time.monotonic() - began:.2f} ms")  # 1,000 URLs: seconds -> ms each
    return f"per URL: {times[0]} (lacks a piece), {times[1]} (has every piece)"


def endless(repeat: bool) -> Callable[[], str]:
    def run() -> str:
        with endless_pager(repeat) as server, tempfile.TemporaryDirectory() as tmp:
            options = CrawlOptions(
                base_url=server.url, fetch=FAST, max_listing_pages=200, parse_workers=0
            )
            with Store(Path(tmp) / "db.sqlite") as store:
                summary = asyncio.run(crawl(store, options))
            listings = sum(p.startswith("/press-releases") for p in server.paths)
            return f"{listings} listing pages; " + "; ".join(summary.discovery)

    return run


def chain() -> str:
    with sitemap_chain(50) as server, tempfile.TemporaryDirectory() as tmp:
        options = CrawlOptions(
            base_url=server.url, fetch=FAST, listing=False, sitemap=True, parse_workers=0
        )
        with Store(Path(tmp) / "db.sqlite") as store:
            summary = asyncio.run(crawl(store, options))
        return f"{len(server.paths) - 1} sitemaps fetched; " + "; ".join(summary.discovery)


async def _fetch(url: str, config: FetchConfig) -> None:
    async with Fetcher(config) as fetcher:
        await fetcher.fetch(url)


def _crawl(answer: Callable[[str], bytes], **kwargs: bool) -> str:
    with HostileServer(answer) as server, tempfile.TemporaryDirectory() as tmp:
        options = CrawlOptions(base_url=server.url, fetch=FAST, parse_workers=0, **kwargs)
        with Store(Path(tmp) / "db.sqlite") as store:
            summary = asyncio.run(crawl(store, options))
        return "; ".join(reason for _, reason in summary.failed) or "no failure"


SCENARIOS: dict[str, Callable[[], str]] = {
    "gzip bomb": page_bomb,
    "sitemap bomb": sitemap_bomb,
    "Crawl-delay 1e9": crawl_delay,
    "robots.txt wildcards": robots_wildcards,
    "endless pager": endless(False),
    "looping pager": endless(True),
    "sitemap chain": chain,
}


def one(name: str) -> None:
    bomb(1100)  # built before measuring (the payload is the server's, not the crawler's)
    base = rss_mb()
    began = time.monotonic()
    outcome = SCENARIOS[name]()
    wall = time.monotonic() - began
    print(json.dumps({"wall": wall, "peak": rss_mb(), "base": base, "outcome": outcome}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run the scenarios whose name contains this")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(args.one)
        return 0
    print(f"{'scenario':<22} {'time':>8} {'peak RSS':>9} {'cost':>8}  outcome")
    for name in SCENARIOS:
        if args.only and args.only not in name:
            continue
        command = [sys.executable, __file__, "--one", name]
        done = subprocess.run(command, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            print(f"{name:<22} failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        cost = r["peak"] - r["base"]
        outcome = r["outcome"][:150]
        print(f"{name:<22} {r['wall']:>7.2f}s {r['peak']:>7.0f}MB {cost:>+7.0f}MB  {outcome}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
