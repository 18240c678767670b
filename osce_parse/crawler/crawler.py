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
import logging
import time
from collections import Counter
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

from ..errors import FetchError, OsceParseError, ParseError
from ..models import Release
from ..parse import parse_menu
from ..storage import JournalEntry, Store
from ..urls import url_language
from .discovery import (
    Entry,
    pick_listing_items,
    release_verdict,
    sitemap_entries,
    start_entries,
    translation_entries,
)
from .fetch import XML_TYPES, FetchConfig, Fetcher, FetchResult, decode_html
from .options import CrawlOptions, CrawlSummary, Progress
from .pool import ParsePool, ParserCrash, parse_listing_page, parse_page
from .sitemap import parse_sitemap

__all__ = ["Crawler", "crawl", "reparse"]

_MENU_TRIES = 10  # pages tried for the site menu before giving up on it for this crawl
# Automatic parse workers (CrawlOptions.worker_count) start only for a crawl this many release
# pages long: a worker costs ~0.6 s of CPU to start (imports, first parses) and saves ~2 ms a
# page, so they wait for such a backlog.
_WORKER_BACKLOG = 500

logger = logging.getLogger(__name__)
T = TypeVar("T")


class Crawler:
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
        self.store = store
        self.options = options or CrawlOptions()
        self._progress = progress
        self._on_request = on_request
        self._pool = parse_pool
        self._idle_pool: ParsePool | None = None
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
        self._bad: list[tuple[str, str]] = []
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

    def _enqueue(self, entries: list[Entry], recheck: int | None = None) -> None:
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
        if entry.kind != "release":
            self._bad_source(entry, f"{state}: {reason}")
        self._report(entry, f"{state}: {reason}")

    def _bad_source(self, entry: JournalEntry, reason: str) -> None:
        """Log (one line) and record a listing page or sitemap the crawl could not use."""
        reason = " ".join(reason.split())
        logger.warning("%s %s %s", entry.kind, entry.url, reason)
        self._bad.append((entry.url, reason))

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

    def _menu(self, result: FetchResult) -> None:
        """Store the site menu from this page if the crawl has none yet (inside a transaction)."""
        if not self._need_menu or self._menu_tries >= _MENU_TRIES:
            return
        self._menu_tries += 1
        try:
            menu = parse_menu(decode_html(result.content, result.content_type))
        except ParseError:
            return
        if menu:
            self.store.save_taxonomy(self._crawl_id, result.final_url, menu)
            self._need_menu = False

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
        with self.store.transaction():
            self._save(entry, result)
            self._menu(result)
            self._enqueue(pick.items)
            if not pick.stop and listing.next_page:
                next_url = listing.next_page
                self._enqueue([(next_url, next_url, "listing")], recheck=pick.next_recheck)
            self._finish(entry, "done", f"{len(listing.items)} items")
        other = f", {pick.elsewhere} in other languages" if pick.elsewhere else ""
        self._report(entry, f"{len(listing.items)} items, {len(pick.items)} to fetch{other}")

    def _unusable(self, entry: JournalEntry, result: FetchResult, state: str, reason: str) -> None:
        """A fetched listing page that gives nothing: keep the page, record and log why."""
        with self.store.transaction():
            self._save(entry, result)
            self._finish(entry, state, reason)
        self._bad_source(entry, f"{state}: {reason}")
        self._report(entry, f"{state}: {reason}")

    async def _sitemap(self, fetcher: Fetcher, entry: JournalEntry) -> None:
        result = await self._get(fetcher, entry, accept=XML_TYPES)
        if result is None:
            return
        try:
            sitemap = parse_sitemap(result.content, result.final_url)
        except ParseError as exc:
            self._fail(entry, str(exc))  # the message says what is wrong with the sitemap
            return
        entries = sitemap_entries(sitemap, self.options, self.store, fetcher.host_allowed)
        count = len(sitemap.urls) + len(sitemap.sitemaps)
        with self.store.transaction():
            self._enqueue(entries)
            self._finish(entry, "done", f"{count} entries")
        if sitemap.truncated:
            self._bad_source(entry, f"{sitemap.truncated}: kept the {count} entries before the cut")
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

    async def _stored_translations(self, fetcher: Fetcher, entry: JournalEntry) -> list[Entry]:
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

    async def _release(self, fetcher: Fetcher, entry: JournalEntry) -> None:
        if not fetcher.host_allowed(entry.url):
            self._fail(entry, f"host not allowed: {urlsplit(entry.url).netloc}", "skipped")
            return
        try:
            allowed = await fetcher.allowed(entry.url)
        except FetchError as exc:  # robots.txt unreachable: the network's fault, not a rule
            self._fail(entry, exc.reason)
            return
        if not allowed:
            self._fail(entry, fetcher.disallowed_reason(entry.url), "skipped")
            return
        if not self._take():
            return
        etag, last_modified = self.store.validators(entry.url)
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
        try:
            release = await self._parse(result.content, result.content_type, result.final_url)
        except ParseError as exc:
            state, outcome = "skipped", f"not a release: {exc}"
        except ParserCrash as exc:
            logger.error("%s: parser error: %s", entry.url, exc)
            state, outcome = "failed", f"parser error: {exc}"
        else:
            self._parsed += 1
            state, outcome = release_verdict(release, entry.url, self.options)
        follow = []
        if release is not None and state == "done":
            follow = translation_entries(release, self.options, self.store, fetcher.host_allowed)
        with self.store.transaction():
            self._save(entry, result)
            self._menu(result)
            if release is not None and state == "done":
                _, outcome = self.store.save_release(release, entry.url, self._crawl_id)
            self._enqueue(follow)
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
            with self.store.transaction():  # a crawl is never recorded without its start pages
                self._crawl_id = self.store.start_crawl(identity)
                self.store.enqueue(self._crawl_id, start_entries(self.options))
                if self.options.retry_failed:
                    failures = self.store.earlier_failures(self._crawl_id)
                    wanted = [x for x in failures if self.options.wants(url_language(x[1]))]
                    self.store.enqueue(self._crawl_id, wanted)
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
    total = store.release_count()
    for index, (_, page) in enumerate(store.release_pages(), 1):  # streamed, 200 rows at a time
        try:
            release = parse_page(page.body, page.content_type, page.final_url)
        except ParseError:
            outcomes["failed"] += 1
        else:
            with store.transaction():
                _, outcome = store.save_release(release, page.url)
            outcomes[outcome] += 1
        if progress is not None:
            progress(index, total)
    return outcomes
