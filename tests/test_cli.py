"""The ``osce-parse`` command line, including a crawl killed with SIGKILL and resumed."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from osce_parse.cli import ProgressBar, main
from osce_parse.crawl import Progress
from osce_parse.fakesite import Fault
from tests.crawl_support import FIXTURES, fake_site, journal, release_paths, stored_rows

RELEASE = FIXTURES / "current_seed_50033.html"


def crawl_args(db: Path, base_url: str, *extra: str) -> list[str]:
    return [
        "crawl",
        "--db",
        str(db),
        "--base-url",
        base_url,
        "--delay",
        "0.01",
        "--timeout",
        "5",
        "--progress",
        "log",
        *extra,
    ]


def test_parse_prints_json_array_and_reports_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.html"
    other = sorted(FIXTURES.glob("newsroom_*.html"))[0]
    status = main(["parse", str(RELEASE), str(empty), str(missing), str(other)])
    out, err = capsys.readouterr()
    assert status == 1
    data = json.loads(out)
    assert data[0]["title"].startswith("UNMIK downsizing")
    assert len(data) == 2
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"osce-parse: {empty}: ")
    assert lines[1].startswith(f"osce-parse: {missing}: ")
    assert "Traceback" not in err


def test_parse_jsonl_and_empty_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--format", "jsonl", str(RELEASE), str(RELEASE)]) == 0
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["node_id"] == 50033
    bad = tmp_path / "x.html"
    bad.write_text("{}")
    assert main(["parse", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out) == [] and err.count("\n") == 1


def test_crawl_stats_export_taxonomy_reparse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "osce.sqlite"
    with fake_site(count=12) as site:
        assert main(crawl_args(db, site.base_url)) == 0
    out, err = capsys.readouterr()
    assert "12 new releases" in out and "finished" in out
    assert err.count("release http://") == 12  # one log line per page when not on a terminal

    assert main(["stats", "--db", str(db)]) == 0
    out, _ = capsys.readouterr()
    assert "releases: 12" in out and "coverage: date" in out and "%" in out
    assert main(["stats", "--db", str(db), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["releases"] == 12 and set(stats["coverage"]) >= {"date", "place", "quotes"}

    assert main(["export", "--db", str(db), "--format", "jsonl"]) == 0
    out, _ = capsys.readouterr()
    assert len(out.splitlines()) == 12
    target = tmp_path / "out.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(target)]) == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == 12 and rows[0]["title"] and rows[0]["text"]
    assert main(["export", "--db", str(db), "--format", "csv", "--quotes"]) == 0
    capsys.readouterr()
    parquet = ["export", "--db", str(db), "--format", "parquet", "-o", str(tmp_path / "x.pq")]
    if importlib.util.find_spec("pyarrow") is None:  # optional: no heavy dependency by default
        assert main(parquet) == 1
        assert "needs pyarrow" in capsys.readouterr().err
    else:
        assert main(parquet) == 0
        capsys.readouterr()

    assert main(["taxonomy", "--db", str(db), "--group", "fields_of_work"]) == 0
    out, _ = capsys.readouterr()
    assert "Rule of law" in out

    assert main(["reparse", "--db", str(db)]) == 0
    out, _ = capsys.readouterr()
    assert "re-parsed 12 releases: 0 changed, 12 the same" in out


def test_crawl_summary_lists_failures_with_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with fake_site(count=5) as site:
        broken = site.releases[2].path
        site.add_fault(broken, Fault("status", times=0, status=404))
        site.extra_items.append(("/private/9", "Forbidden", None))
        status = main(crawl_args(tmp_path / "db.sqlite", site.base_url, "--progress", "none"))
    out, err = capsys.readouterr()
    assert status == 0 and err == ""
    assert "4 new releases" in out
    assert f"failed 1:\n  {site.base_url}{broken}: HTTP 404" in out
    assert "skipped 1: disallowed by robots.txt (1)" in out


def test_missing_database_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", "--db", str(tmp_path / "nope.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("osce-parse: ") and "no such database" in err
    assert not (tmp_path / "nope.sqlite").exists()
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database " * 100)
    assert main(["export", "--db", str(junk)]) == 1
    assert "osce-parse:" in capsys.readouterr().err


def test_progress_bar_draws_rate_and_eta() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream, bar=True)
    for done in range(1, 5):
        bar(Progress(done, 10, "release", f"https://x.org/pc/{done}", "new", done, 0, done))
        bar._drawn = 0.0  # draw every update in the test
    bar.close()
    text = stream.getvalue()
    assert text.count("\r") == 4 and text.endswith("\n")
    assert "4/10" in text and "pages/s ETA" in text and "new 4 failed 0" in text


def test_sigkill_mid_crawl_then_resume(tmp_path: Path) -> None:
    db = tmp_path / "osce.sqlite"
    with fake_site(count=30, latency=0.03) as site:
        command = [sys.executable, "-m", "osce_parse.cli", *crawl_args(db, site.base_url)]
        command[command.index("--delay") + 1] = "0.05"
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        try:
            while len(release_paths(site.hits)) < 12 and time.monotonic() < deadline:
                assert proc.poll() is None, "the crawl ended before it could be killed"
                time.sleep(0.02)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        assert proc.returncode == -signal.SIGKILL

        completed = {row["url"] for row in journal(db) if row["state"] != "pending"}
        before = stored_rows(db)
        assert 0 < len(before) < 30

        site.reset_log()
        rerun = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert rerun.returncode == 0, rerun.stderr
        assert "(resumed)" in rerun.stdout and "30 new releases" in rerun.stdout

        refetched = {site.base_url + hit.path for hit in site.hits} & completed
        assert refetched == set()
        rows = stored_rows(db)
        assert sorted(row["node_id"] for row in rows) == sorted(r.node_id for r in site.releases)
        assert len({row["key"] for row in rows}) == 30
        # The releases stored before the kill are untouched by the rerun.
        by_key = {row["key"]: row for row in rows}
        assert all(by_key[row["key"]]["json"] == row["json"] for row in before)
