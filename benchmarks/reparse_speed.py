"""reparse throughput: one process against one worker per CPU, in the same run.

Crawls N releases (default 2,000) from a local fake osce.org into a database once, then re-parses
the whole database in rounds, alternating one process (``workers=0``: parsing in the reparsing
process) and ``--workers`` worker processes (default: one per usable CPU), each round from the
first release (``restart``). Prints releases/s for each and the ratio (the median over rounds).

    python benchmarks/reparse_speed.py [--releases 2000] [--rounds 3] [--workers N]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from osce_parse.crawler import Crawler, CrawlOptions, FetchConfig, reparse
from osce_parse.crawler.reparse import reparse_workers
from osce_parse.storage import Store
from osce_parse.testing import FakeSite

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def build(db: Path, count: int) -> None:
    with FakeSite(FIXTURES, count=count) as site, Store(db) as store:
        options = CrawlOptions(
            base_url=site.base_url,
            fetch=FetchConfig(delay=0.0, concurrency=8, obey_robots=False),
        )
        summary = asyncio.run(Crawler(store, options).run())
        assert summary.new == count, summary


def timed(db: Path, workers: int) -> float:
    with Store(db) as store:
        began = time.monotonic()
        outcomes = reparse(store, workers=workers, restart=True)
        elapsed = time.monotonic() - began
    assert outcomes["failed"] == 0, outcomes
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=reparse_workers())
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "osce.sqlite"
        began = time.monotonic()
        build(db, args.releases)
        print(f"crawled {args.releases} releases in {time.monotonic() - began:.1f} s")
        timed(db, 0)  # warm-up: caches, language data
        one: list[float] = []
        many: list[float] = []
        for _ in range(args.rounds):
            one.append(timed(db, 0))
            many.append(timed(db, args.workers))
    n = args.releases
    t1, tn = statistics.median(one), statistics.median(many)
    print(f"one process:      {n / t1:6.0f} releases/s ({t1:.2f} s)")
    print(f"{args.workers} worker processes: {n / tn:6.0f} releases/s ({tn:.2f} s)")
    print(f"ratio: {t1 / tn:.2f}x (rounds: {len(one)}, medians)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
