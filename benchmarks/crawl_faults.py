"""Releases lost, duplicated or fetched twice when a crawl is killed with SIGKILL at random
moments on a faulty site.

Serves N releases on a local fake osce.org (in this process, with faults: a share of the release
pages answer 503 once, another share drop the connection once), runs ``osce-parse crawl`` on
it as a child process, kills it with SIGKILL after a random time, K times, then lets a last run
finish. Then it counts, from the site's request log and the database:

- lost: releases the site serves that the database does not hold;
- duplicated: release rows beyond one per node (and quote rows beyond one set per release);
- refetched after commit: release pages requested again although a finished run or the journal
  had recorded them as done before the kill (must be 0);
- refetched in flight: pages fetched by a run that was killed before it committed them
  (expected: at most a few per kill; they were never stored);
- and it checks ``PRAGMA integrity_check`` and that every run but the killed ones exited 0.

    python benchmarks/crawl_faults.py [--releases 300] [--kills 30] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from osce_parse.testing import FakeSite, Fault

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SKIP = ("/robots.txt", "/press-releases", "/sitemap")


def done_urls(db: Path) -> set[str]:
    if not db.exists():
        return set()
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT url FROM journal WHERE state != 'pending' AND kind='release'")
        return {url for (url,) in rows}
    except sqlite3.Error:
        return set()
    finally:
        con.close()


def kill_and_rerun(
    site: FakeSite, db: Path, command: list[str], kills: int, rng: random.Random
) -> tuple[int, int, int, subprocess.Popen[bytes]]:
    """Run the crawl, SIGKILL it ``kills`` times, then let it finish; return the kills, the
    pages fetched again after being committed, those fetched in flight, and the last run."""
    committed: set[str] = set()
    violations = 0
    in_flight = 0
    killed = 0
    for kill in range(kills + 1):
        before = len(site.hits)
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if kill < kills:
            time.sleep(rng.uniform(0.3, 1.5))
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=600)
        killed += proc.returncode == -signal.SIGKILL
        if kill == kills and proc.returncode != 0:
            print(f"the last run exited {proc.returncode}: {proc.stderr.read()!r}")
        hits = site.hits[before:]
        fetched = {
            site.base_url + h.path for h in hits if h.status == 200 and not h.path.startswith(SKIP)
        }
        violations += len(fetched & committed)
        now_done = done_urls(db)
        in_flight += len(fetched - now_done)
        committed |= now_done
        if proc.returncode == 0:
            break
    return killed, violations, in_flight, proc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=300)
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--errors", type=float, default=0.02, help="share of pages: 503 once")
    parser.add_argument("--drops", type=float, default=0.01, help="share of pages: reset once")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp, FakeSite(FIXTURES, count=args.releases) as site:
        db = Path(tmp) / "osce.sqlite"
        for release in site.releases:
            draw = rng.random()
            if draw < args.errors:
                site.add_fault(release.path, Fault("status", status=503))
            elif draw < args.errors + args.drops:
                site.add_fault(release.path, Fault("reset"))
        command = [sys.executable, "-m", "osce_parse.cli", "crawl", "--db", str(db)]
        command += ["--base-url", site.base_url, "--delay", "0.002", "--backoff", "0.05"]
        command += ["--progress", "none", "--sitemap", "--page-size", "50"]
        began = time.monotonic()
        killed, violations, in_flight, proc = kill_and_rerun(site, db, command, args.kills, rng)
        elapsed = time.monotonic() - began
        con = sqlite3.connect(db)
        rows = con.execute("SELECT key, node_id FROM releases").fetchall()
        quotes = con.execute("SELECT key, idx, count(*) FROM quotes GROUP BY 1, 2").fetchall()
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        con.close()
    nodes = Counter(node for _, node in rows)
    served = {r.node_id for r in site.releases}
    print(
        f"{args.releases} releases, {killed} kills (SIGKILL), then a run to the end:"
        f" {elapsed:.0f} s"
    )
    print(f"faults: {args.errors:.0%} of pages 503 once, {args.drops:.0%} reset once")
    print(f"lost: {len(served - set(nodes))}")
    print(
        f"duplicated: {sum(n - 1 for n in nodes.values())} release rows,"
        f" {sum(n - 1 for *_, n in quotes)} quote rows"
    )
    print(f"refetched after commit: {violations}")
    print(f"refetched in flight (fetched, killed before commit): {in_flight}")
    print(f"integrity_check: {integrity}; last run exit status {proc.returncode}")
    ok = not (served - set(nodes)) and violations == 0 and integrity == "ok"
    return 0 if ok and proc.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
