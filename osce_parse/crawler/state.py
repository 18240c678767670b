"""A crawl run's bookkeeping: the journal entries it adds and finishes, its counters, what it
reports as it goes (:class:`~osce_parse.crawler.Progress`) and how it ended
(:class:`~osce_parse.crawler.CrawlSummary`). :class:`~osce_parse.crawler.Crawler` builds on it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from ..errors import ParseError
from ..parse import parse_menu
from ..storage import JournalEntry, Store
from ..urls import url_language
from .discovery import Entry, start_entries
from .fetch import FetchResult, decode_html
from .options import CrawlOptions, CrawlSummary, Progress

__all__ = ["CrawlState"]

_MENU_TRIES = 10  # pages tried for the site menu before giving up on it for this crawl

logger = logging.getLogger("osce_parse.crawler.crawler")


class CrawlState:
    """The state of one crawl run over a store; the fetching is :class:`Crawler`'s."""

    def __init__(
        self,
        store: Store,
        options: CrawlOptions | None,
        progress: Callable[[Progress], None] | None,
    ) -> None:
        self.store = store
        self.options = options or CrawlOptions()
        self._progress = progress
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
        self._kept: list[tuple[str, str]] = []
        self._notes: list[str] = []
        self._discovery_failed = False
        self._queue: asyncio.Queue[JournalEntry | None] = asyncio.Queue()

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

    def _enqueue(
        self, entries: list[Entry], recheck: int | None = None, depth: int | None = None
    ) -> list[JournalEntry]:
        added = self.store.enqueue(self._crawl_id, entries, recheck=recheck, depth=depth)
        self._total += len(added)
        for entry in added:
            if entry.kind == "release":
                self._queue.put_nowait(entry)
        return added

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
        """Log (one line) and record a listing page or sitemap the crawl could not use: an error
        for a start page (discovery failed there), else a warning."""
        reason = " ".join(reason.split())
        if entry.depth == 0:
            logger.error("%s %s (a start page) %s", entry.kind, entry.url, reason)
        else:
            logger.warning("%s %s %s", entry.kind, entry.url, reason)
        self._bad.append((entry.url, reason))

    def _note(self, line: str) -> None:
        """Record why discovery stopped (or changed course), once."""
        if line not in self._notes:
            self._notes.append(line)

    def _save(
        self, entry: JournalEntry, result: FetchResult, packed: tuple[bytes, str] | None = None
    ) -> None:
        self.store.save_page(
            entry.url,
            result.final_url,
            result.status,
            result.content,
            content_type=result.content_type,
            etag=result.etag,
            last_modified=result.last_modified,
            packed=packed,
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

    def _start(self) -> bool:
        """Find or create the crawl; return whether it is resumed."""
        identity = self.options.identity()
        resumed = self.store.resumable_crawl(identity)
        if resumed is not None:
            self._crawl_id = resumed
        else:
            with self.store.transaction():  # a crawl is never recorded without its start pages
                self._crawl_id = self.store.start_crawl(identity)
                self.store.enqueue(self._crawl_id, start_entries(self.options), depth=0)
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
            discovery=list(self._notes),
            discovery_failed=self._discovery_failed,
            kept=list(self._kept),
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
