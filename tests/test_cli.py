"""The ``osce-parse`` command line, including a crawl killed with SIGKILL and resumed."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import importlib.util
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from osce_parse.cli import ProgressBar, main
from osce_parse.crawler import CrawlOptions, Progress
from osce_parse.errors import OsceParseError
from osce_parse.parse import parse_release
from osce_parse.storage import Store
from osce_parse.testing import Fault
from tests.crawl_support import (
    FIXTURES,
    expected,
    fake_site,
    journal,
    release_paths,
    stored_rows,
)

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
        site.extra_items.append(("/private/99999", "Forbidden", None))
        status = main(crawl_args(tmp_path / "db.sqlite", site.base_url, "--progress", "none"))
    out, err = capsys.readouterr()
    assert status == 1 and err == ""  # a page failed: exit 1, so cron and CI notice
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
    assert main(["export", "--db", str(junk)]) == 4  # a storage error
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


# -- a locked database, a full disk ---------------------------------------------------------------


def one_error_line(err: str, start: str) -> None:
    """``err`` is exactly one ``osce-parse: <start>…`` line (no traceback)."""
    assert err.count("\n") == 1 and err.startswith(f"osce-parse: {start}"), err


def check_intact(db: Path, before: list[dict[str, object]]) -> list[dict[str, object]]:
    """The database passes PRAGMA integrity_check and still holds ``before`` unchanged."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()
    rows = stored_rows(db)
    by_key = {row["key"]: row for row in rows}
    for row in before:
        assert by_key[row["key"]]["json"] == row["json"]
        assert json.loads(str(by_key[row["key"]]["json"]))["title"]
    return rows


def test_locked_database_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "osce.sqlite"
    with fake_site(count=3) as site:
        assert main(crawl_args(db, site.base_url, "--progress", "none")) == 0
        capsys.readouterr()
        before = stored_rows(db)
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another process in the middle of writing
        try:
            wait = ["--busy-timeout", "0.1"]
            started = time.monotonic()
            assert main(crawl_args(db, site.base_url, "--full", *wait)) == 4
            assert time.monotonic() - started < 5
            one_error_line(capsys.readouterr().err, "database is locked by another process (")
            assert main(["reparse", "--db", str(db), *wait]) == 4
            one_error_line(capsys.readouterr().err, "database is locked by another process (")
            # Readers are not blocked by a writer in WAL mode: export and stats still work.
            assert main(["export", "--db", str(db), *wait]) == 0
            assert len(capsys.readouterr().out.splitlines()) == 3
        finally:
            other.execute("ROLLBACK")
            other.close()
        # A process holding the file exclusively blocks even reading.
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        try:
            assert main(["export", "--db", str(db), "--busy-timeout", "0.1"]) == 4
            one_error_line(capsys.readouterr().err, "database is locked by another process (")
        finally:
            holder.close()
    check_intact(db, before)


def test_full_disk_is_one_clear_line_and_loses_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "osce.sqlite"

    class FullStore(Store):
        """The database file may grow by a few pages only: SQLITE_FULL, as on a full disk."""

        def __init__(self, path: str | Path, **kwargs: Any) -> None:
            super().__init__(path, **kwargs)
            pages = self._db.execute("PRAGMA page_count").fetchone()[0]
            self._db.execute(f"PRAGMA max_page_count={pages + 40}")

    with fake_site(count=5) as site:
        args = crawl_args(db, site.base_url, "--progress", "none")
        assert main(args) == 0
        capsys.readouterr()
        before = stored_rows(db)
        for _ in range(25):
            site.add_release()
        monkeypatch.setattr("osce_parse.cli.crawling.Store", FullStore)
        assert main(args) == 4
        err = capsys.readouterr().err
        one_error_line(err, "database or disk is full (")
        assert "nothing committed before is lost" in err
        rows = check_intact(db, before)
        assert 5 < len(rows) < 30  # some releases of the failed run were stored, completely
        for row in rows:
            assert row["data"] == expected(site, str(row["page_url"]).removeprefix(site.base_url))
        monkeypatch.undo()
        assert main(args) == 0  # space freed: the same command picks up the rest
        assert "(resumed)" in capsys.readouterr().out
    rows = check_intact(db, before)
    assert len(rows) == 30


def _mount_tmpfs(path: Path, size: str) -> bool:
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    path.mkdir()
    command = ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)]
    return subprocess.run(command, capture_output=True).returncode == 0


def test_real_full_disk_on_a_small_tmpfs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mount = tmp_path / "small"
    # 8 MB: the database of 30 releases (its search index and normalised tables included) and
    # the write-ahead log a crawl grows before its checkpoint (1,000 pages, 4 MB) fit.
    if not _mount_tmpfs(mount, "8m"):
        pytest.skip("mounting a tmpfs needs root and a permissive container")
    try:
        db = mount / "osce.sqlite"
        with fake_site(count=5) as site:
            args = crawl_args(db, site.base_url, "--progress", "none")
            assert main(args) == 0
            capsys.readouterr()
            before = stored_rows(db)
            filler = mount / "filler"
            with filler.open("wb") as out, contextlib.suppress(OSError):
                while True:  # fill the disk, then leave a little room
                    out.write(bytes(65536))
                    out.flush()
            os.truncate(filler, filler.stat().st_size - 256 * 1024)
            for _ in range(25):
                site.add_release()
            assert main(args) == 4
            err = capsys.readouterr().err
            one_error_line(err, "database or disk is full (")
            filler.unlink()
            check_intact(db, before)
            assert main(args) == 0
            capsys.readouterr()
        assert len(check_intact(db, before)) == 30
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


# -- check and fixture ----------------------------------------------------------------------------


def test_check_prints_fields_provenance_and_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with fake_site(count=3) as site:
        release = site.releases[0]
        url = site.base_url + release.path
        assert main(["check", url, "--timeout", "5"]) == 0
        out, err = capsys.readouterr()
        assert err == ""
        lines = out.splitlines()
        assert lines[0].startswith(f"{url}: HTTP 200, text/html")
        fields = {line.split()[0]: line for line in lines[1:] if not line.startswith(" ")}
        assert set(fields) >= {"url", "title", "date", "place", "sources", "paragraphs"}
        assert release.release.title[:40] in fields["title"]
        provenance = getattr(release.release, "provenance", None)
        if provenance:  # each field found names the strategy that found it
            assert f"[{provenance['title']}]" in fields["title"]
        assert lines[-1].startswith("warnings") or lines[-1].startswith("  - ")

        assert main(["check", site.base_url + "/pc/999", "--retries", "0"]) == 1
        one_error_line(capsys.readouterr().err, f"{site.base_url}/pc/999: HTTP 404")

    assert main(["check", str(RELEASE)]) == 0
    out = capsys.readouterr().out
    assert "date_source     dateline" in out and "5: Lamberto Zannier: \u201cThe role" in out
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    assert main(["check", str(empty)]) == 1
    one_error_line(capsys.readouterr().err, f"{empty}: ")
    assert main(["check", str(tmp_path / "missing.html")]) == 1
    one_error_line(capsys.readouterr().err, f"{tmp_path / 'missing.html'}: ")


def test_fixture_saves_page_source_and_golden(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with fake_site(count=3) as site:
        site.pages["/about-us/12"] = (b"<html><body></body></html>", "text/html")
        urls = [site.base_url + r.path for r in site.releases[:2]]
        status = main(["fixture", *urls, "--dir", str(tmp_path), "--delay", "0"])
        out, err = capsys.readouterr()
        assert status == 0 and err == ""
        for url, release in zip(urls, site.releases, strict=False):
            name = "live_" + release.path.strip("/").replace("/", "_").replace("-", "_")
            page = tmp_path / f"{name}.html"
            assert page.read_bytes() == release.body  # as served
            source = json.loads((tmp_path / f"{name}.source.json").read_text())
            assert source["url"] == source["final_url"] == url and source["status"] == 200
            assert source["content_type"] == release.content_type and "T" in source["fetched"]
            golden = (tmp_path / f"{name}.json").read_text("utf-8")
            assert golden.endswith("}\n")
            # Exactly what tests/test_golden.py computes from the saved page.
            assert json.loads(golden) == parse_release(page.read_bytes()).to_dict()
            assert f"saved {page}" in out

        # Not a release, or not there: one line each, nothing written.
        bad = [site.base_url + "/about-us/12", site.base_url + "/pc/999"]
        assert main(["fixture", *bad, "--dir", str(tmp_path), "--delay", "0"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 2 and "nothing saved" in err and "HTTP 404" in err
    assert len(list(tmp_path.iterdir())) == 6
    assert main(["fixture", "https://x.org/pc/1", "--dir", str(tmp_path / "nope")]) == 1
    one_error_line(capsys.readouterr().err, f"{tmp_path / 'nope'}: no such directory")


def test_languages_flag_is_parsed_and_passed(monkeypatch: pytest.MonkeyPatch) -> None:
    from osce_parse import cli
    from osce_parse.cli import crawling

    args = cli.build_parser().parse_args(
        ["crawl", "--db", "x.sqlite", "--languages", "en, RU,ru,de"]
    )
    assert args.languages == ("en", "ru", "de")
    if "languages" in {f.name for f in dataclasses.fields(CrawlOptions)}:
        assert dataclasses.asdict(crawling._options(args))["languages"] == ("en", "ru", "de")
    else:
        with pytest.raises(OsceParseError, match="--languages"):
            crawling._options(args)
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["crawl", "--db", "x", "--languages", "en,xx"])
