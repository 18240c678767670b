"""Crawl orchestration: discover releases on listings and sitemaps, fetch, parse and store them.

Every step is journalled in the :class:`~osce_parse.storage.Store`: a listing page's items and its
next page are recorded in the same transaction that marks the page done, and a release's raw page,
parsed data and journal entry are committed together. A crawl killed at any point and started
again with the same options resumes where it stopped without fetching completed pages again.

Incremental by default: the date-sorted listing is walked only until it reaches releases already
stored (plus ``recheck_pages`` pages re-checked with conditional GETs); ``full`` walks everything
and re-checks every stored release (a 304 costs no parse).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import multiprocessing
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urljoin, urlsplit

from .errors import FetchError, ParseError
from .fetch import XML_TYPES, FetchConfig, Fetcher, FetchResult, decode_html
from .listing import is_release_url, listing_url, parse_listing, release_key
from .menu import parse_menu
from .models import Release
from .release import parse_release
from .sitemap import parse_sitemap
from .storage import JournalEntry, Store

__all__ = [
    "DEFAULT_BASE_URL",
    "CrawlOptions",
    "CrawlSummary",
    "Crawler",
    "Progress",
    "crawl",
    "parse_page",
    "reparse",
]

DEFAULT_BASE_URL = "https://www.osce.org"
_MENU_TRIES = 10  # pages tried for the site menu before giving up on it for this crawl


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    """What to crawl and how. ``identity()`` decides whether a rerun resumes an earlier crawl."""

    base_url: str = DEFAULT_BASE_URL
    start_urls: tuple[str, ...] = ()
    """Listing pages to walk; default: the date-sorted press-release listing (with filters)."""
    structure: str | None = None
    """Listing filter: a structure's taxonomy id (``im_taxonomy_vid_1``)."""
    field_of_work: str | None = None
    """Listing filter: a field of work's taxonomy id (``im_taxonomy_vid_3``)."""
    page_size: int = 50
    """Items per listing page asked for (``rows``; the site offers 10 or 50)."""
    listing: bool = True
    sitemap: bool = False
    """Also take release URLs from ``/sitemap.xml`` (an index or URL set, gzip or not)."""
    since: dt.date | None = None
    until: dt.date | None = None
    full: bool = False
    """Walk every listing page and re-check every stored release, instead of stopping early."""
    recheck_pages: int = 0
    """Incremental mode: listing pages of already-stored releases to re-check (conditional GET)."""
    max_pages: int | None = None
    """Stop this run after fetching this many pages; the next run resumes."""
    retry_failed: bool = True
    """Retry releases that failed in earlier crawls and are still not stored."""
    parse_workers: int = 0
    """Processes that parse release pages in parallel with fetching (0: parse in-process)."""
    fetch: FetchConfig = field(default_factory=FetchConfig)

    def listing_starts(self) -> tuple[str, ...]:
        """The listing URLs the crawl starts from."""
        if self.start_urls:
            return tuple(urljoin(self.base_url + "/", url) for url in self.start_urls)
        url = listing_url(
            self.base_url,
            rows=self.page_size,
            structure=self.structure,
            field_of_work=self.field_of_work,
        )
        return (url,)

    def fetch_config(self) -> FetchConfig:
        """The fetch settings, limited to the base URL's host (and its www twin) by default."""
        if self.fetch.allowed_hosts is not None:
            return self.fetch
        host = urlsplit(self.base_url).netloc.lower()
        twin = host.removeprefix("www.") if host.startswith("www.") else f"www.{host}"
        hosts = {host, twin}
        hosts |= {urlsplit(url).netloc.lower() for url in self.start_urls if "//" in url}
        return replace(self.fetch, allowed_hosts=frozenset(hosts))

    def identity(self) -> dict[str, Any]:
        """The options that make two runs "the same crawl" (limits and politeness excluded)."""
        return {
            "base_url": self.base_url,
            "start_urls": list(self.listing_starts()) if self.listing else [],
            "sitemap": self.sitemap,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "full": self.full,
            "recheck_pages": self.recheck_pages,
        }


@dataclass(frozen=True, slots=True)
class Progress:
    """One page finished: ``done`` of ``total`` journal entries, and what happened to it."""

    done: int
    total: int
    kind: str
    url: str
    outcome: str
    new: int
    failed: int
    fetched: int


@dataclass(slots=True)
class CrawlSummary:
    """How a crawl run ended.

    ``releases`` counts outcomes over the whole crawl (all runs, if resumed): new, updated,
    same (fetched, parsed, identical), unchanged (304). The ``run_*`` counters cover this run only.
    """

    crawl_id: int
    status: str
    resumed: bool
    releases: Counter[str] = field(default_factory=Counter)
    listing_pages: int = 0
    sitemaps: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    pending: int = 0
    run_fetched: int = 0
    run_unchanged: int = 0
    run_parsed: int = 0
    run_requests: int = 0
    run_retries: int = 0
    elapsed: float = 0.0

    @property
    def new(self) -> int:
        """New releases stored by the crawl."""
        return self.releases["new"]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (stored with the crawl)."""
        return {
            "crawl_id": self.crawl_id,
            "status": self.status,
            "resumed": self.resumed,
            "releases": dict(self.releases),
            "listing_pages": self.listing_pages,
            "sitemaps": self.sitemaps,
            "failed": [{"url": url, "reason": reason} for url, reason in self.failed],
            "skipped": dict(self.skipped),
            "pending": self.pending,
            "run": {
                "fetched": self.run_fetched,
                "unchanged": self.run_unchanged,
                "parsed": self.run_parsed,
                "requests": self.run_requests,
                "retries": self.run_retries,
                "elapsed": round(self.elapsed, 3),
            },
        }


def parse_page(body: bytes, content_type: str | None, url: str) -> Release:
    """Decode and parse one fetched release page."""
    return parse_release(decode_html(body, content_type), url)


def _in_range(date: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    if date is None:
        return True
    return not ((since and date < since) or (until and date > until))


class Crawler:
    """One crawl run against a store; ``await Crawler(store, options).run()``."""

    def __init__(
        self,
        store: Store,
        options: CrawlOptions | None = None,
        *,
        progress: Callable[[Progress], None] | None = None,
        on_request: Callable[[str], None] | None = None,
        executor: Executor | None = None,
    ) -> None:
        """``executor`` (e.g. a process pool) parses release pages; else ``parse_workers``
        processes are started for the run when set, or pages are parsed in the event loop."""
        self.store = store
        self.options = options or CrawlOptions()
        self._progress = progress
        self._on_request = on_request
        self._executor = executor
        self._crawl_id = 0
        self._budget = self.options.max_pages
        self._stopped = False
        self._menu_tries = 0
        self._need_menu = False
        self._done = 0
        self._total = 0
        self._new = 0
        self._failed = 0
        self._fetched = 0
        self._unchanged = 0
        self._parsed = 0
        self._queue: asyncio.Queue[JournalEntry | None] = asyncio.Queue()

    # -- bookkeeping ----------------------------------------------------------------------------

    def _take(self) -> bool:
        """Spend one page of the ``max_pages`` budget; False once it is used up."""
        if self._stopped:
            return False
        if self._budget is not None:
            if self._budget <= 0:
                self._stopped = True
                return False
            self._budget -= 1
        return True

    def _enqueue(self, entries: list[tuple[str, str, str]], recheck: int | None = None) -> None:
        added = self.store.enqueue(self._crawl_id, entries, recheck=recheck)
        self._total += len(added)
        for entry in added:
            if entry.kind == "release":
                self._queue.put_nowait(entry)

    def _finish(self, entry: JournalEntry, state: str, outcome: str) -> None:
        self.store.mark(self._crawl_id, entry.key, state, outcome)
        self._done += 1
        self._new += outcome == "new"
        self._failed += state == "failed"

    def _report(self, entry: JournalEntry, outcome: str) -> None:
        if self._progress is not None:
            self._progress(
                Progress(
                    done=self._done,
                    total=self._total,
                    kind=entry.kind,
                    url=entry.url,
                    outcome=outcome,
                    new=self._new,
                    failed=self._failed,
                    fetched=self._fetched,
                )
            )

    def _fail(self, entry: JournalEntry, reason: str, state: str = "failed") -> None:
        with self.store.transaction():
            self._finish(entry, state, reason)
        self._report(entry, f"{state}: {reason}")

    def _save(self, entry: JournalEntry, result: FetchResult) -> None:
        self.store.save_page(
            entry.url,
            result.final_url,
            result.status,
            result.content,
            content_type=result.content_type,
            etag=result.etag,
            last_modified=result.last_modified,
        )

    def _menu(self, result: FetchResult, html: str | None = None) -> None:
        """Store the site menu from this page if the crawl has none yet (inside a transaction)."""
        if not self._need_menu or self._menu_tries >= _MENU_TRIES:
            return
        self._menu_tries += 1
        try:
            menu = parse_menu(html or decode_html(result.content, result.content_type))
        except ParseError:
            return
        if menu:
            self.store.save_taxonomy(self._crawl_id, result.final_url, menu)
            self._need_menu = False

    async def _parse(self, result: FetchResult) -> Release:
        """Parse a release page in the event loop, or in the executor if there is one."""
        args = (result.content, result.content_type, result.final_url)
        if self._executor is None:
            return parse_page(*args)
        return await asyncio.get_running_loop().run_in_executor(self._executor, parse_page, *args)

    async def _get(
        self, fetcher: Fetcher, entry: JournalEntry, **kwargs: Any
    ) -> FetchResult | None:
        try:
            result = await fetcher.fetch(entry.url, **kwargs)
        except FetchError as exc:
            self._fail(entry, exc.reason)
            return None
        if result.not_modified:
            self._unchanged += 1
        else:
            self._fetched += 1
        return result

    # -- listings -------------------------------------------------------------------------------

    async def _walk(self, fetcher: Fetcher, kind: str) -> None:
        handle = self._listing if kind == "listing" else self._sitemap
        while entries := self.store.pending(self._crawl_id, kind):
            for entry in entries:
                if not self._take():
                    return
                await handle(fetcher, entry)

    async def _listing(self, fetcher: Fetcher, entry: JournalEntry) -> None:
        result = await self._get(fetcher, entry)
        if result is None:
            return
        html = decode_html(result.content, result.content_type)
        try:
            listing = parse_listing(html, result.final_url)
        except ParseError as exc:
            with self.store.transaction():
                self._save(entry, result)
                self._finish(entry, "failed", f"not a listing page: {exc}")
            self._report(entry, "failed: not a listing page")
            return
        opts = self.options
        past_since = False
        # entry.recheck: None until stored releases are reached, then the re-check pages left.
        left = entry.recheck
        items: list[tuple[str, str, str]] = []
        for item in listing.items:
            if opts.since and item.date and item.date < opts.since:
                past_since = True
            if not _in_range(item.date, opts.since, opts.until):
                continue
            key = release_key(item.url)
            if self.store.has_release(key, item.url):
                if left is None:
                    left = opts.recheck_pages
                if not (opts.full or left > 0):
                    continue
            items.append((key, item.url, "release"))
        next_left = None if left is None else left - 1
        stop = past_since or not listing.items or listing.next_page is None
        if not opts.full and next_left is not None and next_left <= 0:
            stop = True
        with self.store.transaction():
            self._save(entry, result)
            self._menu(result, html)
            self._enqueue(items)
            if not stop and listing.next_page:
                next_url = listing.next_page
                self._enqueue([(next_url, next_url, "listing")], recheck=next_left)
            self._finish(entry, "done", f"{len(listing.items)} items")
        self._report(entry, f"{len(listing.items)} items, {len(items)} to fetch")

    async def _sitemap(self, fetcher: Fetcher, entry: JournalEntry) -> None:
        result = await self._get(fetcher, entry, accept=XML_TYPES)
        if result is None:
            return
        try:
            sitemap = parse_sitemap(result.content, result.final_url)
        except ParseError as exc:
            self._fail(entry, f"not a sitemap: {exc}")
            return
        opts = self.options
        entries: list[tuple[str, str, str]] = []
        for child in sitemap.sitemaps:
            if fetcher.host_allowed(child.url):
                entries.append((child.url, child.url, "sitemap"))
        for page in sitemap.urls:
            url = page.url
            if not (is_release_url(url) and fetcher.host_allowed(url)):
                continue
            # lastmod is never before publication, so an old lastmod rules the page out.
            if opts.since and page.lastmod and page.lastmod < opts.since:
                continue
            key = release_key(url)
            if not opts.full and self.store.has_release(key, url):
                continue
            entries.append((key, url, "release"))
        with self.store.transaction():
            self._enqueue(entries)
            self._finish(entry, "done", f"{len(sitemap.urls) + len(sitemap.sitemaps)} entries")
        self._report(entry, f"{len(entries)} to fetch")

    # -- releases -------------------------------------------------------------------------------

    async def _worker(self, fetcher: Fetcher) -> None:
        while (entry := await self._queue.get()) is not None:
            if self._stopped:
                continue
            await self._release(fetcher, entry)

    async def _release(self, fetcher: Fetcher, entry: JournalEntry) -> None:
        if not fetcher.host_allowed(entry.url):
            self._fail(entry, f"host not allowed: {urlsplit(entry.url).netloc}", "skipped")
            return
        if not await fetcher.allowed(entry.url):
            self._fail(entry, "disallowed by robots.txt", "skipped")
            return
        if not self._take():
            return
        etag, last_modified = self.store.validators(entry.url)
        result = await self._get(fetcher, entry, etag=etag, last_modified=last_modified)
        if result is None:
            return
        if result.not_modified:
            with self.store.transaction():
                self._save(entry, result)
                self._finish(entry, "done", "unchanged")
            self._report(entry, "unchanged")
            return
        release: Release | None = None
        try:
            release = await self._parse(result)
        except ParseError as exc:
            state, outcome = "skipped", f"not a release: {exc}"
        else:
            self._parsed += 1
            in_range = _in_range(release.date, self.options.since, self.options.until)
            state, outcome = ("done", "") if in_range else ("skipped", "outside the date range")
        with self.store.transaction():
            self._save(entry, result)
            self._menu(result)
            if release is not None and state == "done":
                _, outcome = self.store.save_release(release, entry.url, self._crawl_id)
            self._finish(entry, state, outcome)
        self._report(entry, outcome if state == "done" else f"{state}: {outcome}")

    # -- the run --------------------------------------------------------------------------------

    def _start(self) -> bool:
        """Find or create the crawl; return whether it is resumed."""
        identity = self.options.identity()
        resumed = self.store.resumable_crawl(identity)
        if resumed is not None:
            self._crawl_id = resumed
        else:
            starts: list[tuple[str, str, str]] = []
            if self.options.listing:
                starts += [(url, url, "listing") for url in self.options.listing_starts()]
            if self.options.sitemap:
                url = urljoin(self.options.base_url + "/", "sitemap.xml")
                starts.append((url, url, "sitemap"))
            with self.store.transaction():  # a crawl is never recorded without its start pages
                self._crawl_id = self.store.start_crawl(identity)
                self.store.enqueue(self._crawl_id, starts)
                if self.options.retry_failed:
                    self.store.enqueue(self._crawl_id, self.store.earlier_failures(self._crawl_id))
        counts = self.store.journal_counts(self._crawl_id)
        self._total = sum(counts.values())
        self._done = sum(n for (_, state, _), n in counts.items() if state != "pending")
        self._new = sum(n for (_, _, outcome), n in counts.items() if outcome == "new")
        self._failed = sum(n for (_, state, _), n in counts.items() if state == "failed")
        self._need_menu = not self.store.has_taxonomy(self._crawl_id)
        for entry in self.store.pending(self._crawl_id, "release"):
            self._queue.put_nowait(entry)
        return resumed is not None

    async def run(self) -> CrawlSummary:
        """Crawl until the frontier is empty or ``max_pages`` is spent; return the summary."""
        began = time.monotonic()
        resumed = self._start()
        config = self.options.fetch_config()
        workers = max(1, config.concurrency)
        pool = None
        if self._executor is None and self.options.parse_workers > 0:
            context = multiprocessing.get_context("spawn")  # no fork of a threaded process
            pool = ProcessPoolExecutor(self.options.parse_workers, mp_context=context)
            self._executor = pool
        try:
            summary = await self._run(config, workers, resumed, began)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
                self._executor = None
        self.store.set_crawl_status(self._crawl_id, summary.status, summary.to_dict())
        return summary

    async def _run(
        self, config: FetchConfig, workers: int, resumed: bool, began: float
    ) -> CrawlSummary:
        async with Fetcher(config, on_request=self._on_request) as fetcher:
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(self._worker(fetcher)) for _ in range(workers)]

                async def discover() -> None:
                    await asyncio.gather(
                        self._walk(fetcher, "listing"), self._walk(fetcher, "sitemap")
                    )
                    for _ in tasks:
                        self._queue.put_nowait(None)

                group.create_task(discover())
            summary = self._summary(resumed, time.monotonic() - began)
            summary.run_requests = fetcher.stats.requests
            summary.run_retries = fetcher.stats.retries
        return summary

    def _summary(self, resumed: bool, elapsed: float) -> CrawlSummary:
        counts = self.store.journal_counts(self._crawl_id)
        pending = sum(n for (_, state, _), n in counts.items() if state == "pending")
        summary = CrawlSummary(
            crawl_id=self._crawl_id,
            status="finished" if pending == 0 else "stopped",
            resumed=resumed,
            pending=pending,
            run_fetched=self._fetched,
            run_unchanged=self._unchanged,
            run_parsed=self._parsed,
            elapsed=elapsed,
        )
        for (kind, state, outcome), n in counts.items():
            if state == "skipped":
                summary.skipped[outcome.split(":", 1)[0]] += n
            elif state == "done" and kind == "release":
                summary.releases[outcome] += n
            elif state == "done" and kind == "listing":
                summary.listing_pages += n
            elif state == "done" and kind == "sitemap":
                summary.sitemaps += n
        summary.failed = self.store.failures(self._crawl_id)
        return summary


async def crawl(
    store: Store,
    options: CrawlOptions | None = None,
    *,
    progress: Callable[[Progress], None] | None = None,
) -> CrawlSummary:
    """Run (or resume) a crawl into ``store``; see :class:`CrawlOptions`."""
    return await Crawler(store, options, progress=progress).run()


def reparse(store: Store, progress: Callable[[int, int], None] | None = None) -> Counter[str]:
    """Parse every stored release again from its raw page; count outcomes (same/updated/failed).

    Use after upgrading osce_parse: nothing is fetched.
    """
    outcomes: Counter[str] = Counter()
    pages = list(store.release_pages())
    for index, (_, page) in enumerate(pages, 1):
        try:
            release = parse_page(page.body, page.content_type, page.final_url)
        except ParseError:
            outcomes["failed"] += 1
        else:
            with store.transaction():
                _, outcome = store.save_release(release, page.url)
            outcomes[outcome] += 1
        if progress is not None:
            progress(index, len(pages))
    return outcomes
