"""Issue 12's guarantees over real HTTP on 127.0.0.1: nothing lost (unstored releases fetched
again, good raw pages kept, prior versions kept), discovery bounded and honest, one crawl per
database, exit codes that name what happened."""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from osce_parse.cli import main
from osce_parse.crawler import reparse
from osce_parse.storage import StorageError, Store
from osce_parse.testing import FakeSite, Fault
from osce_parse.testing.markup import LISTING_PAGE, SITEMAP_INDEX, listing_item
from tests.crawl_support import FIXTURES, fake_site, fast, options, release_paths, run_crawl
from tests.hostile import HostileServer, free_port, response

MAINTENANCE = b"<!DOCTYPE html><html><body><h1>Down for maintenance</h1></body></html>"


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
        "2",
        "--backoff",
        "0.01",
        "--progress",
        "none",
        *extra,
    ]


# --- 1. a release fetched but not stored is fetched whole next time ----------------------------


def test_releases_fetched_but_not_stored_are_not_304_forever(tmp_path: Path) -> None:
    with fake_site(count=20) as site, Store(tmp_path / "db.sqlite") as store:
        dates = [r.date for r in site.releases if r.date]
        before_all = min(dates) - dt.timedelta(days=1)
        # The sitemap gives every release; each is fetched, parsed, and out of the range.
        first = run_crawl(store, options(site, listing=False, sitemap=True, until=before_all))
        assert first.new == 0 and first.skipped == {"outside the date range": 20}
        site.reset_log()
        second = run_crawl(store, options(site, listing=False, sitemap=True))
        assert second.new == 20 and store.release_count() == 20
        pages = [h for h in site.hits if h.path in release_paths(site.hits)]
        assert len(pages) == 20 and not any(h.conditional for h in pages)
        # Stored now: the next full crawl asks with validators and gets 304s.
        site.reset_log()
        third = run_crawl(store, options(site, listing=False, sitemap=True, full=True))
        assert third.releases == {"unchanged": 20}


# --- 2. a bad re-fetch keeps the good raw page ---------------------------------------------------


def test_bad_refetch_keeps_the_stored_release_and_raw_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.sqlite"
    with fake_site(count=6) as site:
        assert main(crawl_args(db, site.base_url)) == 0
        victim = site.listed()[2]
        url = site.base_url + victim.path
        site.pages[victim.path] = (MAINTENANCE, "text/html; charset=utf-8")
        capsys.readouterr()
        assert main(crawl_args(db, site.base_url, "--full")) == 1
    out = capsys.readouterr().out
    assert f"{url}: not a release" in out and "(the stored release and its page are kept)" in out
    assert "kept 1 stored releases whose re-fetch did not parse" in out
    with Store(db) as store:
        page = store.raw_page(url)
        assert page is not None and page.body == victim.body  # the good copy, not the error page
        assert reparse(store) == {"same": 6}  # so reparse still works for every release
    con = sqlite3.connect(db)
    (body_url, reason) = con.execute("SELECT url, reason FROM bad_responses").fetchone()
    con.close()
    assert body_url == url and reason.startswith("not a release")


# --- 3. prior versions ---------------------------------------------------------------------------


def test_a_changed_release_keeps_its_prior_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.sqlite"
    with fake_site(count=4) as site:
        assert main(crawl_args(db, site.base_url)) == 0
        victim = site.listed()[0]
        title = victim.release.title
        changed = victim.body.replace(title.encode(), b"A corrected title")
        assert changed != victim.body
        site.pages[victim.path] = (changed, victim.content_type)
        assert main(crawl_args(db, site.base_url, "--full")) == 0
        assert "1 updated" in capsys.readouterr().out
    with Store(db) as store:
        key = f"{victim.language}/{victim.node_id}"
        first, second = store.versions(key)
        assert (first.reason, second.reason) == ("new", "changed")
        assert first.data["title"] == title and second.data["title"] == "A corrected title"
        assert first.sha256 != second.sha256 and first.fetched_at and second.fetched_at
        assert (first.crawl_id, second.crawl_id) == (1, 2)
    assert main(["stats", "--db", str(db)]) == 0
    assert "versions: 5 kept, 1 release changed by the site" in capsys.readouterr().out


# --- 6. bounded, honest discovery ----------------------------------------------------------------


def endless_pager(repeat: bool) -> HostileServer:
    """Listing pages that never end: new items on every page, or the same ten again."""

    def answer(path: str) -> bytes:
        if path == "/robots.txt":
            return response(b"User-agent: *\nAllow: /\n", content_type="text/plain")
        found = re.search(r"page=(\d+)", path)
        if path.startswith("/press-releases"):
            page = int(found.group(1)) if found else 0
            first = 0 if repeat else page * 10
            items = "\n".join(
                listing_item(f"/pc/{700000 + i}", f"Release {i}", dt.date(2020, 1, 1), None)
                for i in range(first, first + 10)
            )
            pager = (
                f'<li class="pager-next"><a href="/press-releases?page={page + 1}">next</a></li>'
            )
            html = LISTING_PAGE.format(menu="", items=items, pager=pager)
            return response(html.encode())
        return response(status="404 Not Found")

    return HostileServer(answer)


@pytest.mark.parametrize("repeat", [False, True], ids=["new-items", "same-items"])
def test_endless_pagers_stop(tmp_path: Path, repeat: bool) -> None:
    with endless_pager(repeat) as server, Store(tmp_path / "db.sqlite") as store:
        opts = options(server, max_listing_pages=5)
        began = time.monotonic()
        summary = run_crawl(store, opts)
        assert time.monotonic() - began < 20
    listings = [p for p in server.paths if p.startswith("/press-releases")]
    if repeat:
        assert len(listings) == 2  # the second page gave nothing new: a loop
        assert any("items were all on earlier pages" in line for line in summary.discovery)
    else:
        assert len(listings) == 5
        assert any("stopped after 5 pages" in line for line in summary.discovery)
    assert summary.status == "finished"


def sitemap_chain(fanout: int) -> HostileServer:
    """A sitemap index pointing at another index, forever (``fanout`` children each)."""

    def answer(path: str) -> bytes:
        if path == "/robots.txt":
            return response(b"User-agent: *\nAllow: /\n", content_type="text/plain")
        found = re.search(r"/sitemap-(\d+)", path)
        level = int(found.group(1)) if found else 0
        entries = "".join(
            f"<sitemap><loc>/sitemap-{level + 1}-{i}.xml</loc></sitemap>" for i in range(fanout)
        )
        return response(SITEMAP_INDEX.format(entries=entries).encode(), "200 OK", "text/xml")

    return HostileServer(answer)


def test_sitemap_chains_are_bounded_in_depth_and_count(tmp_path: Path) -> None:
    with sitemap_chain(1) as server, Store(tmp_path / "deep.sqlite") as store:
        opts = options(server, listing=False, sitemap=True, max_sitemap_depth=3)
        summary = run_crawl(store, opts)
    assert len(server.paths) == 1 + 4  # robots.txt, then depths 0 to 3
    assert any("nested deeper than 3" in line for line in summary.discovery)
    with sitemap_chain(50) as server, Store(tmp_path / "wide.sqlite") as store:
        opts = options(server, listing=False, sitemap=True, max_sitemaps=10)
        summary = run_crawl(store, opts)
    assert len(server.paths) == 1 + 10
    assert any("stopped after 10 files" in line for line in summary.discovery)


def test_a_moved_listing_is_loud_and_falls_back_to_the_sitemap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    with fake_site(count=12) as site:
        site.add_fault("/press-releases", Fault("status", times=0, status=404))
        status = main(crawl_args(tmp_path / "db.sqlite", site.base_url, "--page-size", "10"))
        start = site.base_url + "/press-releases?solrsort=ds_date+desc&rows=10"
    out = capsys.readouterr().out
    assert status == 3  # discovery failed, though the sitemap gave every release
    assert "12 new releases" in out
    assert f"the first page {start}" in out and "used the sitemap" in out
    assert "error: discovery failed" in out
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and start in errors[0] and "HTTP 404" in errors[0]


# --- 7. two processes, one database --------------------------------------------------------------


def _open_and_crawl(path: str, barrier: multiprocessing.synchronize.Barrier) -> str:
    barrier.wait()
    try:
        with Store(path) as store:
            store.start_crawl({})
    except StorageError as exc:
        return str(exc)
    return "ok"


def test_processes_creating_one_database_at_once(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    for round_ in range(3):
        path = str(tmp_path / f"new{round_}.sqlite")
        barrier = context.Manager().Barrier(4)
        with context.Pool(4) as pool:
            results = pool.starmap(_open_and_crawl, [(path, barrier)] * 4)
        assert results == ["ok"] * 4, results


@contextlib.contextmanager
def running_crawl(db: Path, site: FakeSite) -> Iterator[subprocess.Popen[str]]:
    command = [sys.executable, "-m", "osce_parse.cli", *crawl_args(db, site.base_url)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not release_paths(site.hits) and time.monotonic() < deadline:
            time.sleep(0.02)
        yield proc
    finally:
        proc.communicate(timeout=120)


def test_a_second_crawl_on_one_database_says_who_holds_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.sqlite"
    with fake_site(count=20, latency=0.1) as site:
        with running_crawl(db, site) as first:
            assert main(crawl_args(db, site.base_url)) == 5
            err = capsys.readouterr().err
            assert err.startswith(f"osce-parse: {db}: in use by a crawl (pid {first.pid} on ")
            assert main(["reparse", "--db", str(db)]) == 5
            capsys.readouterr()
        assert first.returncode == 0, first.stderr
        # The lock went with its process: the next crawl runs.
        assert main(crawl_args(db, site.base_url)) == 0


# --- 8. the real cause, and exit codes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("base_url", "cause"),
    [
        ("http://does-not-exist.invalid", "DNS lookup failed for does-not-exist.invalid"),
        (f"http://127.0.0.1:{free_port()}", "connection refused by 127.0.0.1"),
    ],
    ids=["dns", "refused"],
)
def test_no_network_is_a_network_error_and_exit_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], base_url: str, cause: str
) -> None:
    args = crawl_args(tmp_path / "db.sqlite", base_url, "--retries", "0")
    assert main(args) == 3
    out = capsys.readouterr().out
    assert f"robots.txt unreachable: {cause}" in out
    assert "disallowed" not in out and "error: discovery failed" in out


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(crawl_args(tmp_path / "db.sqlite", "www.osce.org")) == 2
    assert "--base-url 'www.osce.org': give an http(s) URL" in capsys.readouterr().err
    assert not (tmp_path / "db.sqlite").exists()
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out.startswith("osce-parse 0.")


def test_fake_site_fixtures_exist() -> None:
    assert FIXTURES.is_dir() and fast().delay < 1
