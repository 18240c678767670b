"""Peak memory of exporting (and crawling) 1 000 and 10 000 releases: it should stay flat.

For each size N:

- build: a database of N releases, written directly through ``Store`` (the fixture releases
  parsed once, stored again and again under distinct node ids, URLs and titles);
- export: ``osce-parse export`` to JSON Lines and to CSV (and the quotes as CSV), each in its own
  child process; its peak RSS comes from ``wait4``'s resource usage of that child alone;
- crawl (``--crawl``): ``osce-parse crawl`` of a fake osce.org serving N releases (the site runs
  in another process, politeness off: no delay, 8 requests at once, 50 listing items a page).

Prints peak RSS and rows/s per size and the ratio of the largest size to the smallest: about
1.0 means memory does not grow with the number of releases.

    python benchmarks/memory_scale.py [--sizes 1000 10000] [--crawl]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from osce_parse.parse import parse_release
from osce_parse.storage import Store

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
CLI = [sys.executable, "-m", "osce_parse.cli"]


def build(db: Path, count: int) -> float:
    """Store ``count`` distinct releases in a new database; return the seconds it took."""
    pages = [p for p in sorted(FIXTURES.glob("*.html")) if not p.name.startswith("listing_")]
    releases = [parse_release(p.read_bytes()) for p in pages]
    started = time.perf_counter()
    with Store(db) as store:
        crawl = store.start_crawl({"benchmark": count})
        for start in range(0, count, 500):
            with store.transaction():
                for index in range(start, min(start + 500, count)):
                    base = releases[index % len(releases)]
                    node = 800_000 + index
                    url = f"https://www.osce.org/pc/{node}"
                    release = replace(base, url=url, node_id=node, title=f"{base.title} #{index}")
                    store.save_release(release, url, crawl)
        store.set_crawl_status(crawl, "finished", {})
    return time.perf_counter() - started


def run_child(command: list[str]) -> tuple[float, float, str]:
    """Run ``command``; return (its peak RSS in MB, wall seconds, its stderr)."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}): {err}")
    return usage.ru_maxrss / 1024, elapsed, err  # ru_maxrss is in KiB on Linux


def start_site(count: int) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "osce_parse.testing", str(FIXTURES), "--port", "0"]
    proc = subprocess.Popen([*command, "--count", str(count)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()  # "serving N releases at http://127.0.0.1:PORT"
    if " at " not in line:
        proc.kill()
        raise SystemExit(f"the fake site did not start: {line!r}")
    return proc, line.rsplit(" at ", 1)[1].strip()


def crawl(db: Path, count: int) -> tuple[float, float]:
    """Crawl a fake site of ``count`` releases into ``db``; return (peak RSS MB, seconds)."""
    site, base_url = start_site(count)
    try:
        command = [*CLI, "crawl", "--db", str(db), "--base-url", base_url, "--delay", "0"]
        command += ["--concurrency", "8", "--page-size", "50", "--progress", "none"]
        rss, elapsed, _ = run_child(command)
    finally:
        site.terminate()
        site.wait()
    with Store(db) as store:
        stored = store.release_count()
    if stored != count:
        raise SystemExit(f"crawl stored {stored} of {count} releases")
    return rss, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--crawl", action="store_true", help="also crawl a fake site of N")
    args = parser.parse_args()
    exports = {
        "export jsonl": ["--format", "jsonl"],
        "export csv": ["--format", "csv"],
        "export quotes csv": ["--format", "csv", "--quotes"],
    }
    results: dict[str, dict[int, float]] = {}
    timings: dict[str, dict[int, tuple[int, float]]] = {}  # name -> size -> (rows, seconds)
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            db = Path(tmp) / f"built_{size}.sqlite"
            seconds = build(db, size)
            megabytes = db.stat().st_size / 1e6
            print(f"{size} releases: database built in {seconds:.1f} s ({megabytes:.0f} MB)")
            for name, options in exports.items():
                output = Path(tmp) / "out"
                command = [*CLI, "export", "--db", str(db), *options, "-o", str(output)]
                rss, elapsed, err = run_child(command)
                rows = int(err.split()[2])  # "osce-parse: exported N releases"
                results.setdefault(name, {})[size] = rss
                timings.setdefault(name, {})[size] = (rows, elapsed)
                print(
                    f"  {name}: peak RSS {rss:.1f} MB, {rows} rows in {elapsed:.2f} s"
                    f" ({rows / elapsed:.0f} rows/s, {output.stat().st_size / 1e6:.1f} MB)"
                )
            if args.crawl:
                rss, elapsed = crawl(Path(tmp) / f"crawled_{size}.sqlite", size)
                results.setdefault("crawl", {})[size] = rss
                print(
                    f"  crawl: peak RSS {rss:.1f} MB, {size} releases in {elapsed:.1f} s"
                    f" ({size / elapsed:.0f} releases/s)"
                )
    small, large = min(args.sizes), max(args.sizes)
    if small != large:
        print(f"peak RSS at {large} / at {small} releases (1.0: flat):")
        for name, by_size in results.items():
            print(
                f"  {name}: {by_size[small]:.1f} MB -> {by_size[large]:.1f} MB,"
                f" ratio {by_size[large] / by_size[small]:.2f}"
            )
        print(f"export throughput between {small} and {large} (process start-up excluded):")
        for name, by_size in timings.items():
            (rows_small, t_small), (rows_large, t_large) = by_size[small], by_size[large]
            rate = (rows_large - rows_small) / max(t_large - t_small, 1e-9)
            print(f"  {name}: {rate:.0f} rows/s")


if __name__ == "__main__":
    main()
