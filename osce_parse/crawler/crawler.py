"""Crawl orchestration: discover releases on listings and sitemaps, fetch, parse and store them.

Every step is journalled in the :class:`~osce_parse.storage.Store`: a listing page's items and its
next page are recorded in the same transaction that marks the page done, and a release's raw page,
parsed data and journal entry are committed together. A crawl killed at any point and started
again with the same options resumes where it stopped without fetching completed pages again.
One crawl at a time per database (:meth:`Store.exclusive`).

Incremental by default: the date-sorted listing is walked only until it reaches releases already
stored (plus ``recheck_pages`` pages re-checked with conditional GETs); ``full`` walks everything
and re-checks every stored release (a 304 costs no parse). Only a page behind a stored release is
asked for with its validators, so a release fetched but not stored is fetched whole next time.
A re-fetch of a stored release that does not parse keeps the stored release and its raw page.

Discovery is bounded: a listing page whose items were all seen before (a looping pager) or whose
next page was walked already ends the walk, and so do ``max_listing_pages``,
``max_sitemap_depth`` and ``max_sitemaps``; :attr:`CrawlSummary.discovery` says why it stopped.
A first listing page that gives no release is an error, logged with its URL, and the crawl falls
back to the sitemap (:attr:`CrawlSummary.discovery_failed`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

from ..errors import FetchError, OsceParseError, ParseError
from ..models import Listing, Release
from ..storage import JournalEntry, Store
from .discovery import pick_listing_items, release_verdict, sitemap_entries, translation_entries
from .fetch import XML_TYPES, FetchConfig, Fetcher, FetchResult, decode_html
from .options import CrawlOptions, CrawlSummary, Progress
from .pool import ParsePool, ParserCrash, parse_and_pack, parse_listing_page, parse_page
from .reparse import reparse
from .sitemap import parse_sitemap
from .state import CrawlState
from .terms import filter_terms

__all__ = ["Crawler", "crawl", "reparse"]

# Automatic parse workers (CrawlOptions.worker_count) start only for a crawl this many release
# pages long: a worker costs ~0.6 s of CPU to start (imports, first parses) and saves ~2 ms a
# page, so they wait for such a backlog.
_WORKER_BACKLOG = 500

logger = logging.getLogger(__name__)
T = TypeVar("T")


class Crawler(CrawlState):
    """One crawl run against a store; ``await Crawler(store, options).run()``."""

    def __init__(
        self,
        store: Store,
        options: CrawlOptions | None = None,
        *,
        progress: Callable[[Progress], None] | None = None,
        on_request: Callable[[str], None] | None = None,
        parse_pool: ParsePool | None = None,
    ) -> None:
        """Pages are parsed by ``parse_pool`` if given (started, in this event loop); else by a
        :class:`ParsePool` of ``options.worker_count()`` processes started for the run (automatic
        ones once enough pages wait), or in the event loop."""
        super().__init__(store, options, progress)
        self._on_request = on_request
        self._pool = parse_pool
        self._idle_pool: ParsePool | None = None
        self._listed: set[str] = set()  # release URLs seen on listing pages this run
        self._sitemaps = 0

    async def _parse(self, body: bytes, content_type: str | None, url: str) -> Release:
        """Parse a release page; raises ParseError for a page that is not a release."""
        return await self._run_parser(parse_page, body, content_type, url)

    async def _run_parser(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in a parse worker if there is one, else here; raises ParseError,
        or :class:`ParserCrash` for anything else (a parser bug fails the page, not the crawl)."""
        try:
            if self._pool is not None:
                return await self._pool.call(function, *args)
            return function(*args)
        except (ParseError, ParserCrash):
            raise
        except Exception as exc:
            raise ParserCrash(f"{type(exc).__name__}: {exc}") from exc

    async def _get(
        self, fetcher: Fetcher, entry: JournalEntry, **kwargs: Any
    ) -> FetchResult | None:
        try:
            result = await fetcher.fetch(entry.url, **kwargs)
        except FetchError as exc:
            self._fail(entry, exc.reason)
            self._start_failed(entry, exc.reason)
            return None
        if result.not_modified:
            self._unchanged += 1
        else:
            self._fetched += 1
        return result

    # -- listings and sitemaps ------------------------------------------------------------------

    async def _walk(self, fetcher: Fetcher, kind: str) -> None:
        handle = self._listing if kind == "listing" else self._sitemap
        while entries := self.store.pending(self._crawl_id, kind):
            for entry in entries:
                if not self._take():
                    return
                await handle(fetcher, entry)

    def _start_failed(self, entry: JournalEntry, reason: str) -> None:
        """A start page gave nothing: say so loudly, fall back to the sitemap from a listing."""
        if entry.kind == "release" or entry.depth != 0:
            return
        self._discovery_failed = True  # logged as an error by _bad_source
        if entry.kind == "listing" and not self.options.sitemap:
            url = urljoin(self.options.base_url + "/", "sitemap.xml")
            with self.store.transaction():
                self._enqueue([(url, url, "sitemap")], depth=0)
            self._note(f"listing: the first page {entry.url} gave no release; used the sitemap")
        else:
            self._note(f"{entry.kind}: the start page {entry.url} gave no release")

    async def _listing(self, fetcher: Fetcher, entry: JournalEntry) -> None:
        result = await self._get(fetcher, entry)
        if result is None:
            return
        try:
            listing = await self._run_parser(
                parse_listing_page, result.content, result.content_type, result.final_url
            )
        except (ParseError, ParserCrash) as exc:
            self._unusable(entry, result, "failed", f"not a listing page: {exc}")
            return
        if not listing.items:
            self._unusable(entry, result, "skipped", "no release items on the page")
            return
        pick = pick_listing_items(listing, self.options, self.store, entry.recheck)
        stop = self._listing_stop(entry, listing, pick.reason if pick.stop else "")
        terms = filter_terms(decode_html(result.content, result.content_type))
        with self.store.transaction():
            self._save(entry, result)
            self._menu(result)
            self.store.save_terms(terms)
            self._enqueue(pick.items)
            if not stop and listing.next_page:
                next_url = listing.next_page
                depth = (entry.depth or 0) + 1
                if not self._enqueue([(next_url, next_url, "listing")], pick.next_recheck, depth):
                    self._note(f"listing: stopped at {entry.url}: its next page was walked before")
            self._finish(entry, "done", f"{len(listing.items)} items")
        other = f", {pick.elsewhere} in other languages" if pick.elsewhere else ""
        self._report(entry, f"{len(listing.items)} items, {len(pick.items)} to fetch{other}")

    def _listing_stop(self, entry: JournalEntry, listing: Listing, reason: str) -> bool:
        """Whether the walk ends at this page (and note why)."""
        urls = {item.url for item in listing.items}
        if urls <= self._listed:
            reason = f"stopped at {entry.url}: its items were all on earlier pages (a loop?)"
        elif not reason and (entry.depth or 0) + 1 >= self.options.max_listing_pages:
            reason = f"stopped after {self.options.max_listing_pages} pages (max_listing_pages)"
        self._listed |= urls
        if reason:
            self._note(f"listing: {reason}")
        return bool(reason)

    def _unusable(self, entry: JournalEntry, result: FetchResult, state: str, reason: str) -> None:
        """A fetched listing page that gives nothing: keep the page, record and log why."""
        with self.store.transaction():
            self._save(entry, result)
            self._finish(entry, state, reason)
        self._bad_source(entry, f"{state}: {reason}")
        self._report(entry, f"{state}: {reason}")
        self._start_failed(entry, reason)

    async def _sitemap(self, fetcher: Fetcher, entry: JournalEntry) -> None:
        self._sitemaps += 1
        if self._sitemaps > self.options.max_sitemaps:
            self._note(f"sitemap: stopped after {self.options.max_sitemaps} files (max_sitemaps)")
            self._fail(entry, "not fetched: max_sitemaps reached", "skipped")
            return
        result = await self._get(fetcher, entry, accept=XML_TYPES)
        if result is None:
            return
        try:
            sitemap = parse_sitemap(result.content, result.final_url)
        except ParseError as exc:
            self._fail(entry, str(exc))  # the message says what is wrong with the sitemap
            self._start_failed(entry, str(exc))
            return
        entries = sitemap_entries(sitemap, self.options, self.store, fetcher.host_allowed)
        children = [e for e in entries if e[2] == "sitemap"]
        depth = (entry.depth or 0) + 1
        if children and depth > self.options.max_sitemap_depth:
            limit = self.options.max_sitemap_depth
            self._note(f"sitemap: indexes nested deeper than {limit} not followed (at {entry.url})")
            entries = [e for e in entries if e[2] != "sitemap"]
        count = len(sitemap.urls) + len(sitemap.sitemaps)
        with self.store.transaction():
            self._enqueue([e for e in entries if e[2] == "release"])
            self._enqueue([e for e in entries if e[2] == "sitemap"], depth=depth)
            self._finish(entry, "done", f"{count} entries")
        if sitemap.truncated:
            self._bad_source(entry, f"{sitemap.truncated}: kept the {count} entries before the cut")
        if not count and not sitemap.truncated:
            self._bad_source(entry, "skipped: an empty sitemap")
            self._start_failed(entry, "an empty sitemap")
        self._report(entry, f"{len(entries)} to fetch")

    # -- releases -------------------------------------------------------------------------------

    async def _worker(self, fetcher: Fetcher) -> None:
        while True:
            entry = await self._queue.get()
            try:
                if entry is None:
                    return
                if self._idle_pool is not None and self._queue.qsize() >= _WORKER_BACKLOG:
                    pool, self._idle_pool = self._idle_pool, None
                    await pool.start()
                    self._pool = pool
                if not self._stopped:
                    await self._release(fetcher, entry)
            finally:
                self._queue.task_done()

    async def _stored_translations(self, fetcher: Fetcher, entry: JournalEntry) -> list[Any]:
        """Translations to follow from the stored copy of a page that came back unchanged."""
        if self.options.languages is None:
            return []
        page = self.store.raw_page(entry.url)
        if page is None:
            return []
        try:
            release = await self._parse(page.body, page.content_type, page.final_url)
        except OsceParseError:
            return []
        return translation_entries(release, self.options, self.store, fetcher.host_allowed)

    async def _may_fetch(self, fetcher: Fetcher, entry: JournalEntry) -> bool:
        """Whether the release may be fetched (else the entry is finished, with the reason)."""
        if not fetcher.host_allowed(entry.url):
            self._fail(entry, f"host not allowed: {urlsplit(entry.url).netloc}", "skipped")
            return False
        try:
            allowed = await fetcher.allowed(entry.url)
        except FetchError as exc:  # robots.txt unreachable: the network's fault, not a rule
            self._fail(entry, exc.reason)
            return False
        if not allowed:
            self._fail(entry, fetcher.disallowed_reason(entry.url), "skipped")
        return allowed and self._take()

    async def _release(self, fetcher: Fetcher, entry: JournalEntry) -> None:
        if not await self._may_fetch(fetcher, entry):
            return
        etag, last_modified = self.store.release_validators(entry.url)
        result = await self._get(fetcher, entry, etag=etag, last_modified=last_modified)
        if result is None:
            return
        if result.not_modified:
            follow = await self._stored_translations(fetcher, entry)
            with self.store.transaction():
                self._save(entry, result)
                self._enqueue(follow)
                self._finish(entry, "done", "unchanged")
            self._report(entry, "unchanged")
            return
        release: Release | None = None
        packed: tuple[bytes, str] | None = None  # compressed where it is parsed (a worker)
        args = (result.content, result.content_type, result.final_url)
        try:
            release, why, body, digest = await self._run_parser(parse_and_pack, *args)
        except ParserCrash as exc:
            logger.error("%s: parser error: %s", entry.url, exc)
            state, outcome = "failed", f"parser error: {exc}"
        else:
            packed = (body, digest)
            if release is None:
                state, outcome = "skipped", f"not a release: {why}"
            else:
                self._parsed += 1
                state, outcome = release_verdict(release, entry.url, self.options)
        follow = []
        if release is not None and state == "done":
            follow = translation_entries(release, self.options, self.store, fetcher.host_allowed)
        with self.store.transaction():
            if release is None and self.store.backs_release(entry.url):
                state, outcome = self._keep_aside(entry, result, outcome)
            else:
                self._save(entry, result, packed)
                self._menu(result)
            if release is not None and state == "done":
                _, outcome = self.store.save_release(release, entry.url, self._crawl_id)
            self._enqueue(follow)
            self._finish(entry, state, outcome)
        self._report(entry, outcome if state == "done" else f"{state}: {outcome}")

    def _keep_aside(self, entry: JournalEntry, result: FetchResult, reason: str) -> tuple[str, str]:
        """A stored release's page came back as something that does not parse (an error or
        maintenance page): keep the stored page, put the response aside, fail the entry."""
        self.store.save_bad_response(
            entry.url,
            result.status,
            result.content,
            content_type=result.content_type,
            reason=reason,
            crawl_id=self._crawl_id,
        )
        outcome = f"{reason} (the stored release and its page are kept)"
        self._kept.append((entry.url, reason))
        return "failed", outcome

    # -- the run --------------------------------------------------------------------------------

    async def run(self) -> CrawlSummary:
        """Crawl until the frontier is empty or ``max_pages`` is spent; return the summary.

        Raises :class:`~osce_parse.StorageError` (kind "busy") if another crawl or reparse is
        running on the same database."""
        with self.store.exclusive("a crawl"):
            return await self._locked_run()

    async def _locked_run(self) -> CrawlSummary:
        began = time.monotonic()
        resumed = self._start()
        config = self.options.fetch_config()
        workers = max(1, config.concurrency)
        pool = None
        if self._pool is None and self.options.worker_count() > 0:
            pool = ParsePool(self.options.worker_count())
            if self.options.parse_workers is None:
                self._idle_pool = pool  # started by _worker() once the backlog is long enough
            else:
                await pool.start()
                self._pool = pool
        try:
            summary = await self._run(config, workers, resumed, began)
        finally:
            if pool is not None:
                self._pool = self._idle_pool = None
                await pool.aclose()
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
                    await self._walk(fetcher, "sitemap")  # a fallback from the listing
                    # Releases may add releases (translations): wait until none is left.
                    await self._queue.join()
                    for _ in tasks:
                        self._queue.put_nowait(None)

                group.create_task(discover())
            summary = self._summary(resumed, time.monotonic() - began)
            summary.run_requests = fetcher.stats.requests
            summary.run_retries = fetcher.stats.retries
            summary.bad_sources = fetcher.malformed + self._bad
        return summary


async def crawl(
    store: Store,
    options: CrawlOptions | None = None,
    *,
    progress: Callable[[Progress], None] | None = None,
) -> CrawlSummary:
    """Run (or resume) a crawl into ``store``; see :class:`CrawlOptions`."""
    return await Crawler(store, options, progress=progress).run()
