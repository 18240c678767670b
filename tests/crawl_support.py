"""Shared helpers for the crawler tests: the fake site, fast fetch settings, crawl runners.

Imported by the test modules (not a conftest): ``from tests.crawl_support import ...``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from osce_parse.crawler import (
    Crawler,
    CrawlOptions,
    CrawlSummary,
    FetchConfig,
    Progress,
    decode_html,
)
from osce_parse.parse import parse_release
from osce_parse.storage import Store
from osce_parse.testing import FakeSite, Hit

FIXTURES = Path(__file__).parent / "fixtures"

# Politeness scaled down for tests: small delays and timeouts, quick retries.
FAST = FetchConfig(
    delay=0.01,
    concurrency=2,
    timeout=2.0,
    max_attempts=4,
    backoff_base=0.02,
    backoff_max=0.1,
)


@contextlib.contextmanager
def fake_site(**kwargs: Any) -> Iterator[FakeSite]:
    """A started :class:`FakeSite` on the repository's fixtures, stopped afterwards."""
    site = FakeSite(FIXTURES, **kwargs)
    with site:
        yield site


def options(site: FakeSite, fetch: FetchConfig = FAST, **kwargs: Any) -> CrawlOptions:
    """Crawl options aimed at ``site``, 10 items a listing page (the fake site's default),
    parsing in-process unless ``parse_workers`` says otherwise."""
    kwargs.setdefault("page_size", 10)
    kwargs.setdefault("parse_workers", 0)
    return CrawlOptions(base_url=site.base_url, fetch=fetch, **kwargs)


def run_crawl(
    store: Store,
    opts: CrawlOptions,
    *,
    on_request: Callable[[str], None] | None = None,
    progress: Callable[[Progress], None] | None = None,
) -> CrawlSummary:
    """Run one crawl to its end."""
    crawler = Crawler(store, opts, on_request=on_request, progress=progress)
    return asyncio.run(crawler.run())


def fast(**changes: Any) -> FetchConfig:
    """:data:`FAST` with some settings changed."""
    return replace(FAST, **changes)


def min_gap(times: list[float]) -> float:
    """The smallest interval between consecutive moments of ``times`` (sorted first)."""
    ordered = sorted(times)
    return min(b - a for a, b in itertools.pairwise(ordered))


def release_paths(hits: list[Hit]) -> list[str]:
    """Paths of the hits that asked for release pages (not listings, robots, sitemaps)."""
    skip = ("/robots.txt", "/press-releases", "/sitemap")
    return [hit.path for hit in hits if not hit.path.startswith(skip)]


def expected(site: FakeSite, path: str) -> dict[str, Any]:
    """What the crawler must store for ``path``: the page parsed as the crawler decodes it."""
    release = site.release_at(path)
    assert release is not None, path
    html = decode_html(release.body, release.content_type)
    return parse_release(html, site.base_url + path).to_dict()


def stored_rows(db: Path | str) -> list[dict[str, Any]]:
    """Every release row of a database, read without osce_parse (a second opinion)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    try:
        rows = [dict(row) for row in con.execute("SELECT * FROM releases ORDER BY key")]
    finally:
        con.close()
    for row in rows:
        row["data"] = json.loads(row["json"])
    return rows


def journal(db: Path | str) -> list[dict[str, Any]]:
    """Every journal row of a database (read-only)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in con.execute("SELECT * FROM journal ORDER BY crawl_id, seq")]
    finally:
        con.close()
