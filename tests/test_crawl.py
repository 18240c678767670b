"""End-to-end crawls of the fake osce.org over real HTTP on 127.0.0.1."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from osce_parse.crawl import CrawlOptions
from osce_parse.fakesite import FakeRelease, FakeSite, Fault
from osce_parse.storage import Store, taxonomy_groups
from tests.crawl_support import (
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


def test_full_crawl_with_faults(tmp_path: Path) -> None:
    with fake_site(count=30, crawl_delay=0.06, latency=0.1) as site, fake_site(count=1) as other:
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
