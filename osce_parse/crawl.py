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
import logging
import multiprocessing
import os
import pickle
import signal
import socket
import struct
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

from .errors import FetchError, OsceParseError, ParseError
from .fetch import XML_TYPES, FetchConfig, Fetcher, FetchResult, decode_html
from .models import Listing, Release
from .parse import parse_listing, parse_menu, parse_release
from .sitemap import parse_sitemap
from .storage import JournalEntry, Store
from .urls import PATH_LANGUAGES, is_release_url, listing_url, release_key, url_language

__all__ = [
    "DEFAULT_BASE_URL",
    "CrawlOptions",
    "CrawlSummary",
    "Crawler",
    "ParsePool",
    "ParserCrash",
    "Progress",
    "crawl",
    "parse_listing_page",
    "parse_page",
    "reparse",
]

DEFAULT_BASE_URL = "https://www.osce.org"
_MENU_TRIES = 10  # pages tried for the site menu before giving up on it for this crawl
# Automatic parse workers pay off only when requests may start more often than this (seconds):
# slower than that, one process parses every page long before the next one arrives.
_WORKER_DELAY = 0.01
# ... and only for a crawl this many release pages long: a worker costs ~0.6 s of CPU to start
# (imports, first parses) and saves ~2 ms a page, so automatic workers wait for such a backlog.
_WORKER_BACKLOG = 500

logger = logging.getLogger(__name__)
T = TypeVar("T")


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
    languages: tuple[str, ...] | None = None
    """Languages to crawl (ISO 639-1 codes, e.g. ``("en", "ru")``); None takes whatever the
    listing and sitemap give. When set, only pages in these languages are fetched (by the URL's
    language prefix, none meaning English), and each stored release's translations in these
    languages (``Release.translations``) are fetched and stored too, each as its own release
    keyed by language and node id, so the versions share the node id. Translations of releases
    stored before are followed by a full crawl (or on re-checked pages)."""
    parse_workers: int | None = None
    """Processes that parse release pages in parallel with fetching (0: parse in-process).

    None picks: two workers when at least two CPUs are free to use and the request spacing
    (``fetch.delay``) is under 10 ms, else none; they start once 500 release pages wait to be
    fetched (a shorter crawl would not pay for their start). Two keep ahead of the one process
    that fetches and stores (which needs about 40% of the CPU time of parsing) on any machine,
    and on two CPUs they share the cores with it more evenly than one worker does."""
    fetch: FetchConfig = field(default_factory=FetchConfig)

    def __post_init__(self) -> None:
        if self.languages is not None:
            codes = tuple(dict.fromkeys(code.strip().lower() for code in self.languages))
            unknown = [code for code in codes if code not in PATH_LANGUAGES]
            if unknown or not codes:
                raise ValueError(
                    f"unknown language code(s) {', '.join(map(repr, unknown)) or '(none given)'};"
                    f" known: {', '.join(sorted(PATH_LANGUAGES))}"
                )
            object.__setattr__(self, "languages", codes)

    def wants(self, language: str | None) -> bool:
        """Whether pages in ``language`` are crawled (None: the page does not say)."""
        return self.languages is None or language is None or language in self.languages

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

    def worker_count(self) -> int:
        """The number of parse worker processes to start (``parse_workers`` resolved)."""
        if self.parse_workers is not None:
            return max(0, self.parse_workers)
        return 2 if _usable_cpus() >= 2 and self.fetch.delay < _WORKER_DELAY else 0

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
        } | ({"languages": sorted(self.languages)} if self.languages is not None else {})


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
    bad_sources: list[tuple[str, str]] = field(default_factory=list)
    """``(url, reason)`` of robots.txt files, sitemaps and listing pages this run could not use
    (malformed, empty or failed); each was logged as one warning and the crawl went on."""
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
            "bad_sources": [{"url": url, "reason": reason} for url, reason in self.bad_sources],
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


def parse_listing_page(body: bytes, content_type: str | None, url: str) -> Listing:
    """Decode and parse one fetched listing page."""
    return parse_listing(decode_html(body, content_type), url)


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# --- parse workers -----------------------------------------------------------------------------


class ParserCrash(OsceParseError):
    """Parsing a page failed other than with :class:`ParseError`: a parser bug, or the parse
    worker process died."""


_LENGTH = struct.Struct("!i")  # the framing of multiprocessing.connection.Connection.send_bytes
_LONG_LENGTH = struct.Struct("!Q")


def _frame(data: bytes) -> bytes:
    if len(data) > 0x7FFFFFFF:
        return _LENGTH.pack(-1) + _LONG_LENGTH.pack(len(data)) + data
    return _LENGTH.pack(len(data)) + data


def _answer(job: int, function: Callable[..., Any], args: tuple[Any, ...]) -> bytes:
    try:
        answer: tuple[int, str, Any] = (job, "ok", function(*args))
    except ParseError as exc:
        answer = (job, "parse", str(exc))
    except Exception as exc:  # a parser bug: reported for this page, the worker lives on
        answer = (job, "crash", f"{type(exc).__name__}: {exc}")
    return pickle.dumps(answer, pickle.HIGHEST_PROTOCOL)


def _parse_worker(conn: Connection) -> None:
    """A worker process: run the calls sent over ``conn`` until the parent closes it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the crawling process
    with conn:
        try:
            conn.send_bytes(pickle.dumps((0, "ready", None)))
        except OSError:
            return
        while True:
            try:
                job, function, args = pickle.loads(conn.recv_bytes())
                answer = _answer(job, function, args)
                conn.send_bytes(answer)
            except (EOFError, OSError):  # the parent closed the connection (or is gone)
                return


class _WorkerLost(Exception):
    """The worker died holding this page, which did not kill it: parse the page elsewhere."""


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    jobs: dict[int, asyncio.Future[Any]] = field(default_factory=dict)
    ready: bool = False
    started: asyncio.Event = field(default_factory=asyncio.Event)  # ready, or dead
    task: asyncio.Task[None] | None = None


class ParsePool:
    """Worker processes that parse release pages, fed from the event loop over socket pairs.

    Unlike a ``ProcessPoolExecutor`` it runs no helper threads in the crawling process (they
    contend with the event loop for the GIL and leave the workers waiting for work). A worker
    that dies fails the page it was parsing (:class:`ParserCrash`) and is replaced; its other
    pages go to another worker. Until a worker is ready (importing osce_parse takes a moment), and
    if none can start at all (say, a script that spawns processes without an
    ``if __name__ == "__main__":`` guard), pages are parsed in this process. Bound to the event
    loop it starts in:

        async with ParsePool(1) as pool:
            release = await pool.parse(body, content_type, url)
    """

    def __init__(self, workers: int = 1) -> None:
        self.size = max(1, workers)
        self._workers: list[_Worker] = []
        self._jobs = 0
        self._closed = False
        self._broken = False  # a worker failed to start: parse in this process
        self._retired: list[BaseProcess] = []  # closed early, reaped by aclose()
        self._context = multiprocessing.get_context("spawn")  # no fork of a threaded process

    async def __aenter__(self) -> ParsePool:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    @property
    def pids(self) -> list[int]:
        """Process ids of the running workers."""
        return [w.process.pid for w in self._workers if w.process.pid is not None]

    async def start(self) -> None:
        """Start the worker processes (they import osce_parse while the crawl goes on)."""
        while len(self._workers) < self.size and not (self._closed or self._broken):
            await self._add_worker()

    async def _add_worker(self) -> None:
        try:
            self._workers.append(await self._spawn())
        except OSError as exc:  # no more processes or file descriptors
            if not self._workers:
                self._broken = True
            logger.warning("could not start a parse worker (%s); parsing goes on without it", exc)

    async def wait_ready(self) -> None:
        """Wait until every worker has started (or failed to: then pages are parsed here)."""
        while waiting := [w for w in self._workers if not w.started.is_set()]:
            await waiting[0].started.wait()

    async def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()  # a socket pair on POSIX
        process = self._context.Process(
            target=_parse_worker, args=(child,), name="osce-parse parser", daemon=True
        )
        try:
            process.start()
            sock = socket.socket(fileno=os.dup(parent.fileno()))
            reader, writer = await asyncio.open_connection(sock=sock, limit=1 << 20)
        except OSError:
            if process.pid is not None:
                process.terminate()
            raise
        finally:
            child.close()
            parent.close()
        worker = _Worker(process, reader, writer)
        worker.task = asyncio.get_running_loop().create_task(self._receive(worker))
        return worker

    async def parse(self, body: bytes, content_type: str | None, url: str) -> Release:
        """Parse a page in the least busy worker; raises ParseError or :class:`ParserCrash`."""
        return await self.call(parse_page, body, content_type, url)

    async def call(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in the least busy worker: a module-level function, picklable
        arguments and result. Raises ParseError as such, any other exception as
        :class:`ParserCrash`."""
        if self._closed:
            raise RuntimeError("the parse pool is closed")
        while workers := [w for w in self._workers if w.ready]:
            worker = min(workers, key=lambda w: len(w.jobs))
            self._jobs += 1
            job = self._jobs
            future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            worker.jobs[job] = future
            data = pickle.dumps((job, function, args), pickle.HIGHEST_PROTOCOL)
            try:
                worker.writer.write(_frame(data))
                await worker.writer.drain()
            except ConnectionError:
                pass  # the worker is gone: its receiver settles the job
            try:
                result: T = await future
                return result
            except _WorkerLost:
                continue
            finally:
                worker.jobs.pop(job, None)
        # No worker yet (they take a moment to start) or none at all: run it here.
        return function(*args)

    async def _receive(self, worker: _Worker) -> None:
        reader = worker.reader
        try:
            while True:
                (size,) = _LENGTH.unpack(await reader.readexactly(_LENGTH.size))
                if size == -1:
                    (size,) = _LONG_LENGTH.unpack(await reader.readexactly(_LONG_LENGTH.size))
                job, kind, value = pickle.loads(await reader.readexactly(size))
                future = worker.jobs.pop(job, None)
                if kind == "ready":
                    worker.ready = True
                    worker.started.set()
                elif future is None or future.done():
                    continue
                elif kind == "ok":
                    future.set_result(value)
                elif kind == "parse":
                    future.set_exception(ParseError(value))
                else:
                    future.set_exception(ParserCrash(value))
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        await self._lost(worker)

    async def _lost(self, worker: _Worker) -> None:
        """The worker's connection ended: settle its pages, replace it (unless closing)."""
        worker.writer.close()
        worker.started.set()
        if self._closed or self._broken or worker not in self._workers:
            self._settle(worker, None)
            return  # aclose() waits for the process
        self._workers.remove(worker)
        await _reap(worker.process, 1.0)
        pid, code = worker.process.pid, worker.process.exitcode
        if not worker.ready:  # it died starting: so will the others
            self._broken = True
            logger.warning(
                "parse worker %s could not start (exit code %s); parsing in this process",
                pid,
                code,
            )
            others, self._workers = self._workers, []
            for other in others:
                other.writer.close()
                self._retired.append(other.process)
            self._settle(worker, None)
            return
        logger.warning("parse worker %s died (exit code %s); starting another", pid, code)
        await self._add_worker()
        culprit = next(iter(worker.jobs), None)  # a worker parses its pages in order
        self._settle(worker, culprit)

    def _settle(self, worker: _Worker, culprit: int | None) -> None:
        for job, future in worker.jobs.items():
            if not future.done():
                if job == culprit:
                    future.set_exception(ParserCrash("the parse worker died on this page"))
                else:
                    future.set_exception(_WorkerLost())
        worker.jobs.clear()

    async def aclose(self) -> None:
        """Stop the workers (they exit when their connection closes) and wait for them."""
        self._closed = True
        workers, self._workers = self._workers, []
        for worker in workers:
            worker.writer.close()
        tasks = [w.task for w in workers if w.task is not None]
        await asyncio.gather(*tasks, return_exceptions=True)
        for process in [w.process for w in workers] + self._retired:
            await _reap(process, 5.0)


async def _reap(process: BaseProcess, timeout: float) -> None:
    """Wait up to ``timeout`` seconds for ``process`` to end, then terminate it."""
    deadline = time.monotonic() + timeout
    while process.is_alive() and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    if process.is_alive():
        process.terminate()
        process.join(1.0)


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
        opts = self.options
        past_since = False
        # entry.recheck: None until stored releases are reached, then the re-check pages left.
        left = entry.recheck
        items: list[tuple[str, str, str]] = []
        elsewhere = 0  # items in languages not asked for
        for item in listing.items:
            if opts.since and item.date and item.date < opts.since:
                past_since = True
            if not _in_range(item.date, opts.since, opts.until):
                continue
            if not opts.wants(url_language(item.url)):
                elsewhere += 1
                continue
            key = release_key(item.url)
            if self.store.has_release(key, item.url):
                if left is None:
                    left = opts.recheck_pages
                if not (opts.full or left > 0):
                    continue
            items.append((key, item.url, "release"))
        next_left = None if left is None else left - 1
        stop = past_since or listing.next_page is None
        if not opts.full and next_left is not None and next_left <= 0:
            stop = True
        with self.store.transaction():
            self._save(entry, result)
            self._menu(result)
            self._enqueue(items)
            if not stop and listing.next_page:
                next_url = listing.next_page
                self._enqueue([(next_url, next_url, "listing")], recheck=next_left)
            self._finish(entry, "done", f"{len(listing.items)} items")
        other = f", {elsewhere} in other languages" if elsewhere else ""
        self._report(entry, f"{len(listing.items)} items, {len(items)} to fetch{other}")

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
            if not opts.wants(url_language(url)):
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

    def _translations(self, fetcher: Fetcher, release: Release) -> list[tuple[str, str, str]]:
        """Journal entries for the translations of a stored release that the crawl follows."""
        wanted = self.options.languages
        if wanted is None or (release.language or "en") not in wanted:
            return []
        entries = []
        for language, url in release.translations.items():
            if language not in wanted or language == release.language:
                continue
            if not (is_release_url(url) and fetcher.host_allowed(url)):
                continue
            key = release_key(url, release.node_id, language)
            if self.options.full or not self.store.has_release(key, url):
                entries.append((key, url, "release"))
        return entries

    async def _stored_translations(
        self, fetcher: Fetcher, entry: JournalEntry
    ) -> list[tuple[str, str, str]]:
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
        return self._translations(fetcher, release)

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
            language = release.language or url_language(entry.url)
            if not self.options.wants(language):  # e.g. a /node/{id} alias of another language
                state, outcome = "skipped", f"language not asked for: {language}"
            elif _in_range(release.date, self.options.since, self.options.until):
                state, outcome = "done", ""
            else:
                state, outcome = "skipped", "outside the date range"
        follow = []
        if release is not None and state == "done":
            follow = self._translations(fetcher, release)
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
