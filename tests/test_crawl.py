"""End-to-end crawls of the fake osce.org over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gzip
import logging
import os
import signal
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from osce_parse.crawler import Crawler, CrawlOptions, ParsePool, ParserCrash
from osce_parse.errors import ParseError
from osce_parse.models import Release
from osce_parse.storage import Store, taxonomy_groups
from osce_parse.testing import FakeRelease, FakeSite, Fault
from tests.crawl_support import (
    FIXTURES,
    expected,
    fake_site,
    fast,
    journal,
    min_gap,
    options,
    release_paths,
    run_crawl,
    stored_rows,
)


def fault(site: FakeSite, release: FakeRelease, spec: Fault) -> None:
    """Make ``release`` misbehave under its section URL and its /node/ alias alike."""
    for path in {release.path, release.alias}:
        site.add_fault(path, replace(spec))


def path_of(url: str, site: FakeSite) -> str:
    return url.removeprefix(site.base_url)


def break_some(site: FakeSite, other: FakeSite) -> dict[int, str]:
    """Faults on the first listed releases of ``site`` (transient on r[0..4], lasting on r[11],
    r[12], r[21]) and two teasers it must not fetch; return the reasons the lasting ones fail."""
    r = site.listed()
    newest = r[0].date
    site.extra_items += [
        ("/private/700001", "A release robots.txt forbids", newest),
        (other.base_url + "/pc/700002", "A release on another host", newest),
    ]
    fault(site, r[0], Fault("status", times=2, status=503))
    fault(site, r[1], Fault("retry_after", seconds=0.5))
    fault(site, r[2], Fault("slow", seconds=1.0))
    fault(site, r[3], Fault("reset"))
    fault(site, r[4], Fault("truncate"))
    fault(site, r[11], Fault("content_type", times=0))
    fault(site, r[12], Fault("redirect", times=0, location=other.base_url + "/pc/1"))
    fault(site, r[21], Fault("status", times=0, status=404))
    broken = {r[11].node_id: "unexpected content type application/pdf"}
    broken[r[12].node_id] = "redirect to a host not allowed"
    broken[r[21].node_id] = "HTTP 404"
    return broken


def test_full_crawl_with_faults(tmp_path: Path) -> None:
    with fake_site(count=30, crawl_delay=0.06, latency=0.1) as site, fake_site(count=1) as other:
        r = site.listed()
        broken = break_some(site, other)

        starts: list[float] = []
        db = tmp_path / "osce.sqlite"
        opts = options(site, fast(delay=0.03, timeout=0.4), sitemap=True)
        with Store(db) as store:
            summary = run_crawl(store, opts, on_request=lambda url: starts.append(time.monotonic()))
            menu = store.taxonomy()

        # Every reachable release is stored exactly once, with the fields its page gives.
        rows = stored_rows(db)
        reachable = {x.node_id for x in site.releases} - set(broken)
        assert sorted(row["node_id"] for row in rows) == sorted(reachable)
        assert len({row["key"] for row in rows}) == len(rows) == 27
        for row in rows:
            assert row["data"] == expected(site, path_of(row["page_url"], site))
            assert row["title"] == row["data"]["title"] and row["date"] == row["data"]["date"]
        assert summary.status == "finished" and summary.new == 27
        # ... and fetched once: listing and sitemap name the same nodes under different URLs.
        for release in r[5:11] + r[13:21] + r[22:]:
            hits = [h for h in site.hits if h.path in (release.path, release.alias)]
            assert [h.status for h in hits] == [200], release.path
        assert summary.listing_pages == 4 and summary.sitemaps == 3

        # Failures are recorded with their reasons; robots and host rules skip, never request.
        failed = {int(url.rsplit("/", 1)[1]): reason for url, reason in summary.failed}
        assert failed.keys() == broken.keys()
        for node, reason in broken.items():
            assert reason in failed[node]
        assert summary.skipped == {"disallowed by robots.txt": 1, "host not allowed": 1}
        assert not [hit for hit in site.hits if hit.path.startswith("/private/")]
        assert other.hits == []
        assert not [h for h in site.hits if "download" in h.path or h.path.startswith("/files/")]

        # Politeness: spacing from the Crawl-delay (over the smaller --delay), the cap of 2.
        assert min_gap(starts) >= 0.06
        assert min_gap([hit.start for hit in site.hits]) >= 0.06 - 0.03
        assert site.max_in_flight == 2
        limited = [h for h in site.hits if h.path in (r[1].path, r[1].alias)]
        assert [h.status for h in limited] == [429, 200]
        assert limited[1].start - limited[0].end >= 0.5 - 0.02

        # Transient faults were retried: each of those pages was requested more than once.
        for release, tries in ((r[0], 3), (r[2], 2), (r[3], 2), (r[4], 2)):
            paths = (release.path, release.alias)
            assert len([h for h in site.hits if h.path in paths]) == tries
        assert summary.run_retries >= 6

        # The site menu is stored with the crawl.
        assert len(taxonomy_groups(menu)["fields_of_work"]) == 23


def test_recrawl_of_unchanged_pages_gets_304_and_parses_nothing(tmp_path: Path) -> None:
    with fake_site(count=25) as site, Store(tmp_path / "db.sqlite") as store:
        first = run_crawl(store, options(site))
        assert first.new == 25
        before = stored_rows(tmp_path / "db.sqlite")
        site.reset_log()
        again = run_crawl(store, options(site, full=True))
        assert again.run_parsed == 0 and again.run_unchanged == 25
        assert again.releases == {"unchanged": 25}
        releases = [h for h in site.hits if h.path in release_paths(site.hits)]
        assert len(releases) == 25
        assert all(h.conditional and h.status == 304 for h in releases)
        assert stored_rows(tmp_path / "db.sqlite") == before


def test_incremental_crawl_stops_at_stored_releases(tmp_path: Path) -> None:
    with fake_site(count=30) as site, Store(tmp_path / "db.sqlite") as store:
        assert run_crawl(store, options(site)).new == 30
        newest = site.listed()[0].fixture
        added = [site.add_release(newest) for _ in range(3)]
        assert site.listed()[:3] == sorted(added, key=lambda x: x.node_id, reverse=True)

        site.reset_log()
        summary = run_crawl(store, options(site))
        assert summary.new == 3 and summary.listing_pages == 1
        assert sorted(release_paths(site.hits)) == sorted(x.path for x in added)
        assert store.release_count() == 33

        # Re-checking one page of stored releases: conditional GETs for the rest of page 0.
        site.reset_log()
        summary = run_crawl(store, options(site, recheck_pages=1))
        assert summary.releases == {"unchanged": 10} and summary.listing_pages == 1
        assert summary.run_parsed == 0

        site.reset_log()
        summary = run_crawl(store, options(site, recheck_pages=2))
        assert summary.releases == {"unchanged": 20} and summary.listing_pages == 2


def test_since_and_until(tmp_path: Path) -> None:
    with fake_site(count=30) as site, Store(tmp_path / "db.sqlite") as store:
        listed = site.listed()
        until, since = listed[4].date, listed[13].date
        assert since is not None and until is not None
        summary = run_crawl(store, options(site, since=since, until=until))
        wanted = {x.node_id for x in listed if x.date and since <= x.date <= until}
        assert {row["node_id"] for row in stored_rows(tmp_path / "db.sqlite")} == wanted
        assert summary.new == len(wanted)
        # The date-sorted walk ends on the first page that reaches past --since.
        last_page = max(i for i, x in enumerate(listed) if x.date and x.date >= since) // 10
        pages = [h.path for h in site.hits if h.path.startswith("/press-releases")]
        assert len(pages) <= last_page + 2
        fetched = {path for path in release_paths(site.hits)}
        assert fetched == {x.path for x in listed if x.node_id in wanted}


def test_max_pages_stops_and_the_rerun_resumes(tmp_path: Path) -> None:
    with fake_site(count=25) as site, Store(tmp_path / "db.sqlite") as store:
        first = run_crawl(store, options(site, max_pages=8))
        assert first.status == "stopped" and first.pending > 0
        assert first.run_fetched == 8
        second = run_crawl(store, options(site))
        assert second.resumed and second.status == "finished"
        assert second.crawl_id == first.crawl_id and second.new == 25
        counts: dict[str, int] = {}
        for hit in site.hits:
            if hit.path != "/robots.txt":
                counts[hit.path] = counts.get(hit.path, 0) + 1
        assert set(counts.values()) == {1}  # nothing fetched twice across the two runs
        assert len(counts) == 25 + 3


def test_failed_release_is_retried_by_the_next_crawl(tmp_path: Path) -> None:
    with fake_site(count=12) as site, Store(tmp_path / "db.sqlite") as store:
        victim = site.listed()[5]
        site.add_fault(victim.path, Fault("status", times=0, status=502))
        summary = run_crawl(store, options(site, fast(max_attempts=2)))
        assert [url for url, _ in summary.failed] == [site.base_url + victim.path]
        assert "HTTP 502 (gave up after 2 attempts)" in summary.failed[0][1]
        site.clear_faults()
        summary = run_crawl(store, options(site))
        assert summary.new == 1 and store.release_count() == 12
        states = {
            (row["crawl_id"], row["state"])
            for row in journal(tmp_path / "db.sqlite")
            if row["url"].endswith(victim.path)
        }
        assert states == {(1, "failed"), (2, "done")}


def test_sitemap_only_discovery(tmp_path: Path) -> None:
    with fake_site(count=20) as site, Store(tmp_path / "db.sqlite") as store:
        summary = run_crawl(store, options(site, listing=False, sitemap=True))
        assert summary.new == 20 and summary.sitemaps == 3 and summary.listing_pages == 0
        assert not [h for h in site.hits if h.path.startswith("/press-releases")]
        assert not [h for h in site.hits if "download" in h.path or "/files/" in h.path]
        assert not site.hits_for("/about-us")  # not a release URL
        # Half the releases were reached as /node/{id}: keys still collapse to one per node.
        rows = stored_rows(tmp_path / "db.sqlite")
        assert sorted(row["node_id"] for row in rows) == sorted(x.node_id for x in site.releases)
        assert any("/node/" in row["page_url"] for row in rows)


@pytest.mark.parametrize("workers", [0, 1], ids=["in-process", "worker process"])
def test_pages_that_are_not_releases_are_skipped(tmp_path: Path, workers: int) -> None:
    with fake_site(count=12) as site, Store(tmp_path / "db.sqlite") as store:
        site.pages["/pc/999"] = (b"<html><body><nav>Menu only</nav></body></html>", "text/html")
        site.extra_items.append(("/pc/999", "An event page", None))
        summary = run_crawl(store, options(site, parse_workers=workers))
        assert summary.new == 12 and summary.run_parsed == 12
        assert summary.skipped == {"not a release": 1}
        for row in stored_rows(tmp_path / "db.sqlite"):
            assert row["data"] == expected(site, path_of(row["page_url"], site))
        skipped = [row for row in journal(tmp_path / "db.sqlite") if row["state"] == "skipped"]
        assert [row["url"] for row in skipped] == [site.base_url + "/pc/999"]
        assert skipped[0]["outcome"].startswith("not a release: ")


def test_options_identity_ignores_politeness() -> None:
    a = CrawlOptions(base_url="https://www.osce.org", max_pages=3, fetch=fast(delay=5))
    b = CrawlOptions(base_url="https://www.osce.org")
    assert a.identity() == b.identity()
    assert a.identity() != CrawlOptions(since=b.since, full=True).identity()
    hosts = b.fetch_config().allowed_hosts
    assert hosts == frozenset({"www.osce.org", "osce.org"})


# --- translations --------------------------------------------------------------------------------


def test_translations_in_the_languages_asked_for(tmp_path: Path) -> None:
    with fake_site(count=30) as site:
        listed = site.listed()
        versions = {r.node_id: site.translations(r) for r in listed}
        trilingual = [r for r in listed if {r.language, *versions[r.node_id]} == {"en", "ru", "de"}]
        assert len(trilingual) >= 5

        # Without languages: what the listing gives, no translation requested.
        plain = tmp_path / "plain.sqlite"
        with Store(plain) as store:
            assert run_crawl(store, options(site)).new == 30
        assert sorted(release_paths(site.hits)) == sorted(r.path for r in listed)
        site.reset_log()

        db = tmp_path / "osce.sqlite"
        with Store(db) as store:
            summary = run_crawl(store, options(site, languages=("en", "ru")))
        rows = {row["key"]: row for row in stored_rows(db)}
        wanted = [r for r in listed if r.language in ("en", "ru")]
        followed = {
            (lang, r.node_id): page
            for r in wanted
            for lang, page in versions[r.node_id].items()
            if lang in ("en", "ru")
        }
        assert followed and summary.new == len(wanted) + len(followed) == len(rows)
        assert not [h.path for h in site.hits if h.path.startswith("/de/")]
        assert {row["language"] for row in rows.values()} == {"en", "ru"}
        for (lang, node), page in followed.items():
            # Each version is its own release, linked to the others by the node id.
            row = rows[f"{lang}/{node}"]
            assert row["node_id"] == node and row["language"] == lang
            assert row["data"] == expected(site, page.path)
            listed_version = next(r for r in wanted if r.node_id == node)
            assert row["data"]["translations"][listed_version.language].endswith(
                listed_version.path
            )
            assert rows[f"{listed_version.language}/{node}"]["node_id"] == node
        # Every page was fetched once, though the versions name each other.
        paths = release_paths(site.hits)
        assert len(paths) == len(set(paths)) == len(rows)

        # A full re-crawl re-checks the versions with conditional GETs (304): nothing new.
        site.reset_log()
        with Store(db) as store:
            again = run_crawl(store, options(site, languages=("en", "ru"), full=True))
        assert again.releases == {"unchanged": len(rows)} and again.run_parsed == 0
        assert not [h.path for h in site.hits if h.path.startswith("/de/")]


def test_translation_crawl_resumes(tmp_path: Path) -> None:
    with fake_site(count=16) as site, Store(tmp_path / "db.sqlite") as store:
        opts = options(site, languages=("ru", "en"))
        first = run_crawl(store, replace(opts, max_pages=12))
        assert first.status == "stopped"
        second = run_crawl(store, opts)
        assert second.resumed and second.status == "finished"
        paths = [h.path for h in site.hits if h.path != "/robots.txt"]
        assert len(paths) == len(set(paths))  # nothing fetched twice across the runs
        assert second.new == store.release_count() > 16 - 3  # de releases not listed


def test_language_options() -> None:
    opts = CrawlOptions(languages=(" RU", "en", "ru"))
    assert opts.languages == ("ru", "en")
    assert opts.identity()["languages"] == ["en", "ru"]
    assert "languages" not in CrawlOptions().identity()  # earlier crawls still resume
    assert opts.wants("ru") and not opts.wants("de") and CrawlOptions().wants("de")
    with pytest.raises(ValueError, match="unknown language"):
        CrawlOptions(languages=("en", "xx"))


# --- malformed discovery sources ---------------------------------------------------------------

JUNK = bytes(range(256)) * 40
SOFT_404 = b"<!DOCTYPE html><html><head><title>Not found</title></head><body>Oops</body></html>"
# Rules that would stop the crawl, were they read from a file that is not a robots.txt.
STOP = b"\nUser-agent: *\nDisallow: /\nCrawl-delay: 5\n"


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    records = [r for r in caplog.records if r.name.startswith("osce_parse")]
    assert all(r.exc_info is None for r in records)  # no tracebacks
    messages = [r.getMessage() for r in records if r.levelno >= logging.WARNING]
    assert all("\n" not in message for message in messages)  # one line each
    return messages


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [(JUNK + STOP, "text/plain", "binary data"), (SOFT_404 + STOP, "text/html", "HTML/XML page")],
    ids=["binary", "html"],
)
def test_unreadable_robots_txt_allows_all_with_the_default_delay(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, body: bytes, content_type: str, reason: str
) -> None:
    with fake_site(count=8) as site, Store(tmp_path / "db.sqlite") as store:
        site.pages["/robots.txt"] = (body, content_type)
        starts: list[float] = []
        began = time.monotonic()
        summary = run_crawl(
            store, options(site), on_request=lambda _: starts.append(time.monotonic())
        )
        # Everything allowed, and the configured delay holds (not the file's Crawl-delay).
        assert summary.new == 8 and summary.status == "finished"
        assert time.monotonic() - began < 5
        assert min_gap(starts) >= 0.01
        robots = site.base_url + "/robots.txt"
        assert [url for url, _ in summary.bad_sources] == [robots]
        assert reason in summary.bad_sources[0][1]
        assert store.crawl_row(summary.crawl_id)["summary"]["bad_sources"][0]["url"] == robots
        messages = warnings_of(caplog)
        assert len(messages) == 1 and robots in messages[0] and reason in messages[0]


def test_malformed_sitemaps_are_logged_and_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with fake_site(count=12) as site, Store(tmp_path / "db.sqlite") as store:
        good = site.sitemap("/sitemap-1.xml")
        assert good is not None
        packed = gzip.compress(good)
        bad = {
            "/sitemap-junk.xml": (JUNK, "application/xml", "not XML"),
            "/sitemap-html.xml": (SOFT_404, "application/xml", "neither urlset"),
            "/sitemap-cut.xml.gz": (packed[: len(packed) // 2], "application/gzip", "cut short"),
            "/sitemap-cut.xml": (good[: len(good) // 2], "text/xml", "cut short"),
            "/sitemap-bomb.xml": (
                b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa">'
                + b"".join(b'<!ENTITY a%d "%s">' % (i, b"&a;" * 10) for i in range(9))
                + b"]><urlset><url><loc>&a8;</loc></url></urlset>",
                "application/xml",
                "entities",
            ),
            "/sitemap-page.xml": (SOFT_404, "text/html", "unexpected content type text/html"),
        }
        for path, (body, content_type, _) in bad.items():
            site.pages[path] = (body, content_type)
        index = "".join(
            f"<sitemap><loc>{site.base_url}{path}</loc></sitemap>"
            for path in ["/sitemap-1.xml", *bad]
        )
        site.pages["/sitemap.xml"] = (
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}'
            "</sitemapindex>".encode(),
            "application/xml",
        )
        began = time.monotonic()
        summary = run_crawl(store, options(site, sitemap=True))
        assert time.monotonic() - began < 10
        # Every release still comes; a sitemap cut short keeps what precedes the cut (warned).
        assert summary.new == 12 and summary.status == "finished" and summary.sitemaps == 4
        reasons = dict(summary.bad_sources)
        assert reasons.keys() == {site.base_url + path for path in bad}
        for path, (_, _, reason) in bad.items():
            assert reason in reasons[site.base_url + path], path
        cut = {site.base_url + path for path in bad if "-cut" in path}
        assert {url for url, _ in summary.failed} == reasons.keys() - cut
        messages = warnings_of(caplog)
        assert len(messages) == len(bad)
        assert all(any(url in m for m in messages) for url in reasons)


def test_malformed_listing_pages_are_logged_and_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with fake_site(count=12) as site, Store(tmp_path / "db.sqlite") as store:
        site.pages["/listing-junk"] = (JUNK, "text/html")
        site.pages["/listing-empty"] = (b"<html><body><p>No results</p></body></html>", "text/html")
        site.pages["/listing-json"] = (b'{"items": []}', "application/json")
        starts = ("/press-releases", "/listing-junk", "/listing-empty", "/listing-json")
        summary = run_crawl(store, options(site, start_urls=starts))
        assert summary.new == 12 and summary.status == "finished"
        reasons = dict(summary.bad_sources)
        base = site.base_url
        assert reasons.keys() == {base + path for path in starts[1:]}
        assert reasons[base + "/listing-empty"] == "skipped: no release items on the page"
        assert reasons[base + "/listing-json"].startswith("failed: unexpected content type")
        assert reasons[base + "/listing-junk"].startswith(("failed: not a listing", "skipped: no"))
        assert len(warnings_of(caplog)) == 3


# --- parse workers -----------------------------------------------------------------------------


def test_parse_pool_survives_a_dead_worker(caplog: pytest.LogCaptureFixture) -> None:
    page = (FIXTURES / "current_seed_50033.html").read_bytes()
    args = (page, "text/html; charset=utf-8", "https://www.osce.org/pc/50033")

    async def main() -> None:
        async with ParsePool(1) as pool:
            await pool.wait_ready()
            assert (await pool.parse(*args)).node_id == 50033
            with pytest.raises(ParseError):
                await pool.parse(b"<html><body></body></html>", None, "https://x.org/pc/1")
            [pid] = pool.pids
            jobs = [asyncio.ensure_future(pool.parse(*args)) for _ in range(4)]
            await asyncio.sleep(0.001)  # the pages are on their way
            os.kill(pid, signal.SIGKILL)
            results = await asyncio.gather(*jobs, return_exceptions=True)
            # The page being parsed fails; the others are parsed by the new worker.
            crashes = [r for r in results if isinstance(r, ParserCrash)]
            assert len(crashes) <= 1
            assert all(isinstance(r, Release) for r in results if r not in crashes)
            assert pool.pids and pool.pids != [pid]
            assert (await pool.parse(*args)).node_id == 50033

        async with ParsePool(1) as pool:  # a worker that dies starting: parse in-process
            os.kill(pool.pids[0], signal.SIGKILL)
            await pool.wait_ready()
            assert pool.pids == []
            assert (await pool.parse(*args)).node_id == 50033

    asyncio.run(main())
    messages = [r.getMessage() for r in caplog.records if r.name == ParsePool.__module__]
    assert len(messages) == 2 and "died" in messages[0] and "could not start" in messages[1]


def test_automatic_parse_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert CrawlOptions(parse_workers=3).worker_count() == 3
    polite = CrawlOptions()
    assert polite.worker_count() == 0  # a page a second needs no second process
    fast_crawl = CrawlOptions(fetch=fast(delay=0.0))
    affinity = getattr(os, "sched_getaffinity", None)
    cpus = len(affinity(0)) if affinity else os.cpu_count() or 1
    assert fast_crawl.worker_count() == (2 if cpus >= 2 else 0)
    if fast_crawl.worker_count() == 0:
        return
    started: list[int] = []
    real_start = ParsePool.start

    async def start(pool: ParsePool) -> None:
        started.append(pool.size)
        await real_start(pool)

    monkeypatch.setattr(ParsePool, "start", start)
    with fake_site(count=12) as site:
        opts = options(site, fast(delay=0.0), parse_workers=None)
        with Store(tmp_path / "short.sqlite") as store:
            assert run_crawl(store, opts).new == 12
        assert started == []  # too short a crawl to pay for starting workers
        # (the module of the Crawler, which starts the automatic workers)
        monkeypatch.setattr(sys.modules[Crawler.__module__], "_WORKER_BACKLOG", 4)
        with Store(tmp_path / "long.sqlite") as store:
            assert run_crawl(store, opts).new == 12
        assert started == [2]
        for row in stored_rows(tmp_path / "long.sqlite"):
            assert row["data"] == expected(site, path_of(row["page_url"], site))
