"""reparse on every core: the same results in the same order as in one process, resumable after
SIGKILL, a progress bar; over a database crawled from the fake site on 127.0.0.1."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from osce_parse.cli import main
from osce_parse.crawler import reparse
from osce_parse.storage import Store
from tests.crawl_support import fake_site, options, run_crawl


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("reparse") / "osce.sqlite"
    with fake_site(count=150) as site, Store(db) as store:
        assert run_crawl(store, options(site, page_size=50)).new == 150
    return db


def damaged_copy(source: Path, target: Path) -> None:
    """A copy whose stored titles are wrong: a reparse must put every one right."""
    target.write_bytes(source.read_bytes())
    con = sqlite3.connect(target)
    con.execute('UPDATE releases SET json = replace(json, \'"title":"\', \'"title":"OLD \')')
    con.commit()
    con.close()


def rows(db: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT key, json FROM releases ORDER BY key").fetchall()
    finally:
        con.close()


def test_workers_give_what_one_process_gives_in_key_order(crawled: Path, tmp_path: Path) -> None:
    results = {}
    for workers in (0, 2):
        db = tmp_path / f"w{workers}.sqlite"
        damaged_copy(crawled, db)
        seen: list[int] = []

        def progress(done: int, total: int, seen: list[int] = seen) -> None:
            seen.append(done)

        with Store(db) as store:
            outcomes = reparse(store, progress, workers=workers)
            versions = store.versions(rows(db)[0][0])
        assert outcomes == {"updated": 150}
        assert seen == sorted(seen) and seen[-1] == 150  # batches committed in order
        assert [v.reason for v in versions] == ["new", "reparsed"]
        results[workers] = rows(db)
    assert results[0] == results[2] == rows(crawled)


def test_a_killed_reparse_resumes_where_it_stopped(crawled: Path, tmp_path: Path) -> None:
    db = tmp_path / "osce.sqlite"
    damaged_copy(crawled, db)
    command = [sys.executable, "-m", "osce_parse.cli", "reparse", "--db", str(db)]
    proc = subprocess.Popen([*command, "--workers", "1", "--progress", "none"])
    deadline = time.monotonic() + 60
    position = ""
    try:
        while not position and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.01)
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            try:
                found = con.execute("SELECT position FROM reparse_runs").fetchone()
            except sqlite3.Error:
                found = None
            finally:
                con.close()
            position = found[0] if found else ""
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert position, "the reparse ended before it could be killed"
    done = [key for key, _ in rows(db) if '"title":"OLD ' not in _]
    assert done and len(done) < 150  # killed midway; the committed batches are put right
    rerun = subprocess.run([*command, "--progress", "log"], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert "re-parsed 150 releases: 150 changed, 0 the same, 0 failed" in rerun.stdout
    assert "[150/150] release" in rerun.stderr  # progress lines
    assert rows(db) == rows(crawled)
    con = sqlite3.connect(db)
    runs = con.execute("SELECT count(*), min(finished_at IS NOT NULL) FROM reparse_runs")
    assert runs.fetchone() == (1, 1)  # one run, resumed, finished
    reasons = con.execute("SELECT reason, count(*) FROM release_versions GROUP BY 1").fetchall()
    con.close()
    assert dict(reasons) == {"new": 150, "reparsed": 150}  # no release re-parsed twice
    assert main(["reparse", "--db", str(db), "--progress", "none"]) == 0  # a new run: all same
