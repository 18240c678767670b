"""SQLite storage: raw pages, parsed releases, quotes, menu taxonomy and the crawl journal.

One file, WAL mode, schema version in ``PRAGMA user_version``. The crawler wraps each page's
results in :meth:`Store.transaction`, so a page is either completely recorded or not at all: a
process killed at any moment leaves a consistent database that the next run resumes from.

Releases are keyed by :func:`release_key` (language and node id, else the canonical URL), so the
same node reached under several section URLs is stored once.

Every SQLite failure surfaces as a :class:`StorageError` with a one-line message: a database
locked by another process (after ``busy_timeout`` seconds), a full disk, an I/O error. The
transaction in progress is rolled back, so what was committed before stays intact.

The DDL is in :mod:`.schema`, release rows in :mod:`.releases`, coverage and drift in
:mod:`.coverage`, the menu taxonomy in :mod:`.taxonomy`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..models import MenuItem, Release
from .coverage import (
    CoverageReport,
    StoredStats,
    crawl_coverage,
    last_parsing_crawl,
    stored_stats,
)
from .drift import drift_report, latest_crawl_report
from .errors import StorageError, guarded, guarded_iter, storage_error
from .journal import CrawlJournal, JournalEntry
from .lock import exclusive
from .migrate import migrate, needs_migration
from .pages import (
    RawPage,
    compress,
    read_page,
    release_validators,
    save_bad_response,
    write_page,
)
from .queries import ReleaseQueries
from .releases import write_release
from .runs import StoredPage, finish_reparse, reparse_position, start_reparse, stored_pages
from .schema import now, to_json
from .search import fts5_available, needs_rebuild, prepare_search
from .taxonomy import menu_from, unknown_values
from .versions import ReleaseVersion, read_versions, version_counts

__all__ = [
    "DEFAULT_BUSY_TIMEOUT",
    "JournalEntry",
    "RawPage",
    "ReleaseVersion",
    "Store",
    "StoredPage",
    "pack_page",
]

DEFAULT_BUSY_TIMEOUT = 10.0
"""Seconds to wait for another process's write lock before giving up with a StorageError."""


class Store(CrawlJournal, ReleaseQueries):
    """An osce-parse SQLite database; opened (and created or migrated) on construction.

    ``busy_timeout`` is how long (seconds) a write waits for another process's lock before
    :class:`StorageError` ("database is locked by another process") is raised.

    Reading (:class:`ReleaseQueries`): :meth:`releases` (typed, filtered), :meth:`release`,
    :meth:`quotes`, :meth:`people`, :meth:`search` (full text).
    """

    def __init__(self, path: str | Path, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> None:
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=busy_timeout)
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: cannot open database: {exc}", "open") from None
        self._db.row_factory = sqlite3.Row
        self._depth = 0
        try:
            self._setup(time.monotonic() + busy_timeout)
        except sqlite3.DatabaseError as exc:
            self._db.close()
            error = self._error(exc)
            if error.kind in ("other", "corrupt"):
                message = f"{self.path}: not an osce-parse database ({exc})"
                raise StorageError(message, "schema") from None
            raise error from None
        except BaseException:
            self._db.close()
            raise

    def _setup(self, deadline: float) -> None:
        """WAL mode, then the schema. Switching a new file to WAL can fail at once with "busy"
        (no busy handler there) while another process does the same: retried until
        ``deadline``."""
        while True:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                break
            except sqlite3.OperationalError as exc:
                if self._error(exc).kind != "locked" or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._search = fts5_available(self._db)
        self._migrate()
        if self._search and needs_rebuild(self._db):
            with self._transaction():
                if needs_rebuild(self._db):  # asked again under the write lock
                    prepare_search(self._db)

    def _error(self, exc: sqlite3.Error) -> StorageError:
        return storage_error(self.path, exc, self.busy_timeout)

    def _migrate(self) -> None:
        if not needs_migration(self._db, self.path):
            return
        with self._transaction():
            # Asked again under the write lock: another process may have created (or migrated)
            # the database since, and must not be taken for a foreign one.
            if needs_migration(self._db, self.path):
                migrate(self._db, self.path, self._search)

    @contextlib.contextmanager
    def exclusive(self, what: str = "a crawl") -> Iterator[None]:
        """Hold this database's crawl lock (``<db>.lock``) while the block runs: one crawl or
        reparse at a time. Raises :class:`StorageError` (kind "busy") naming the holder."""
        with exclusive(self.path, what):
            yield

    def close(self) -> None:
        """Close the database (a checkpoint folds the WAL back into the main file)."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes atomically; nested uses join the outer transaction.

        Any error rolls the whole transaction back; a failed BEGIN or COMMIT (lock, full disk)
        raises :class:`StorageError`.
        """
        try:
            with self._transaction():
                yield
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise
            raise self._error(exc) from exc

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException:
            # SQLite rolls back by itself after some errors (SQLITE_FULL): roll back only if
            # a transaction is still open, and never let a failed rollback hide the cause.
            if self._db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    # -- pages ----------------------------------------------------------------------------------

    @guarded
    def save_page(
        self,
        url: str,
        final_url: str,
        status: int,
        content: bytes,
        *,
        content_type: str | None,
        etag: str | None,
        last_modified: str | None,
        packed: tuple[bytes, str] | None = None,
    ) -> None:
        """Store a downloaded body (compressed), or on 304 only note that it was confirmed.

        ``packed``: the body already compressed (:func:`pack_page`) and its SHA-256, so a
        caller can compress away from its event loop."""
        if status == 304:
            self._db.execute("UPDATE pages SET checked_at=? WHERE url=?", (now(), url))
            return
        body, digest = packed or pack_page(content)
        write_page(
            self._db,
            url,
            final_url,
            status,
            body,
            digest,
            content_type=content_type,
            etag=etag,
            last_modified=last_modified,
        )

    @guarded
    def save_bad_response(
        self,
        url: str,
        status: int,
        content: bytes,
        *,
        content_type: str | None,
        reason: str,
        crawl_id: int | None = None,
    ) -> None:
        """Keep aside a response that did not parse where a stored release's page is (the good
        page stays; the latest bad response per URL is kept in ``bad_responses``)."""
        save_bad_response(
            self._db,
            url,
            status,
            content,
            content_type=content_type,
            reason=reason,
            crawl_id=crawl_id,
        )

    @guarded
    def validators(self, url: str) -> tuple[str | None, str | None]:
        """The stored ``(etag, last_modified)`` of ``url``."""
        row = self._db.execute(
            "SELECT etag, last_modified FROM pages WHERE url=?", (url,)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    @guarded
    def release_validators(self, url: str) -> tuple[str | None, str | None]:
        """``(etag, last_modified)`` for a conditional GET of ``url``: only if its page is the
        one behind a stored release (else a 304 would keep an unstored release "unchanged")."""
        return release_validators(self._db, url)

    @guarded
    def backs_release(self, url: str) -> bool:
        """Whether the stored page of ``url`` is the raw copy behind a stored release."""
        query = "SELECT 1 FROM releases WHERE page_url=? LIMIT 1"
        return bool(self._db.execute(query, (url,)).fetchone())

    @guarded
    def raw_page(self, url: str) -> RawPage | None:
        """The stored body of ``url``, decompressed."""
        return read_page(self._db, url)

    # -- releases -------------------------------------------------------------------------------

    @guarded
    def has_release(self, key: str, url: str | None = None) -> bool:
        """Whether a release with this key (or reached under ``url``) is stored."""
        if self._db.execute("SELECT 1 FROM releases WHERE key=?", (key,)).fetchone():
            return True
        if url is None:
            return False
        return bool(self._db.execute("SELECT 1 FROM release_urls WHERE url=?", (url,)).fetchone())

    @guarded
    def save_release(
        self, release: Release, page_url: str, crawl_id: int | None = None
    ) -> tuple[str, str]:
        """Insert or update a release with its normalised rows (paragraphs, quotes, people,
        sources, fields of work) and search index entry; return ``(key, outcome)``.

        The outcome is "new", "updated" or "same" (the stored JSON did not change). With
        ``crawl_id``, the release's coverage fields are recorded for that crawl's drift check.
        """
        return write_release(self._db, release, page_url, crawl_id, search=self._search)

    @guarded_iter
    def release_pages(self, batch: int = 200) -> Iterator[tuple[str, RawPage]]:
        """``(key, raw page)`` of every stored release in key order, for re-parsing.

        Read ``batch`` rows at a time, so memory stays flat however many releases there are and
        the caller may update releases between items.
        """
        last = ""
        while True:
            rows = self._db.execute(
                "SELECT r.key, p.url, p.final_url, p.content_type, p.body FROM releases r"
                " JOIN pages p ON p.url = r.page_url WHERE r.key > ? ORDER BY r.key LIMIT ?",
                (last, batch),
            ).fetchall()
            for key, url, final_url, content_type, body in rows:
                yield key, RawPage(url, final_url, content_type, zlib.decompress(body))
            if len(rows) < batch:
                return
            last = rows[-1][0]

    @guarded
    def stored_pages(self, after: str = "", limit: int = 64) -> list[StoredPage]:
        """Up to ``limit`` stored releases' raw pages (compressed) with keys after ``after``, in
        key order: what :func:`~osce_parse.reparse` hands to its parse workers."""
        return stored_pages(self._db, after, limit)

    @guarded
    def start_reparse(self, restart: bool = False) -> tuple[int, str, dict[str, int]]:
        """``(run id, key to resume after, outcome counts so far)`` of a reparse: the last one
        if it was stopped before the end (unless ``restart``), else a new one."""
        with self.transaction():
            return start_reparse(self._db, restart)

    @guarded
    def reparse_position(self, run: int, key: str, counts: dict[str, int]) -> None:
        """Record (in the caller's transaction) that ``run`` has re-parsed up to ``key``."""
        reparse_position(self._db, run, key, counts)

    @guarded
    def finish_reparse(self, run: int) -> None:
        """Mark the reparse ``run`` finished."""
        finish_reparse(self._db, run)

    @guarded
    def versions(self, key: str) -> list[ReleaseVersion]:
        """Every version of the release ``key`` (see :func:`osce_parse.release_key`), oldest
        first: what the site changed and when. Empty if no such release is stored."""
        return read_versions(self._db, key)

    @guarded
    def release_count(self) -> int:
        """How many releases are stored."""
        return int(self._db.execute("SELECT count(*) FROM releases").fetchone()[0])

    # -- taxonomy -------------------------------------------------------------------------------

    @guarded
    def has_taxonomy(self, crawl_id: int) -> bool:
        """Whether the crawl already stored the site menu."""
        query = "SELECT 1 FROM taxonomy WHERE crawl_id=?"
        return bool(self._db.execute(query, (crawl_id,)).fetchone())

    @guarded
    def save_taxonomy(self, crawl_id: int, url: str, menu: tuple[MenuItem, ...]) -> None:
        """Store the menu tree seen by a crawl."""
        self._db.execute(
            "INSERT OR REPLACE INTO taxonomy (crawl_id, url, fetched_at, json) VALUES (?, ?, ?, ?)",
            (crawl_id, url, now(), to_json([item.to_dict() for item in menu])),
        )

    @guarded
    def save_terms(self, terms: Iterable[tuple[int, str, str]]) -> None:
        """Record ``(vocabulary, id, label)`` taxonomy terms seen in listing filter links."""
        self._db.executemany(
            "INSERT OR REPLACE INTO taxonomy_terms (vocabulary, id, label, seen_at)"
            " VALUES (?, ?, ?, ?)",
            [(vocabulary, term, label, now()) for vocabulary, term, label in terms],
        )

    @guarded
    def terms(self) -> list[tuple[int, str, str]]:
        """``(vocabulary, id, label)`` of the taxonomy terms seen (1: structures and countries,
        3: fields of work), the ids ``--structure`` and ``--field-of-work`` take."""
        query = "SELECT vocabulary, id, label FROM taxonomy_terms ORDER BY vocabulary, label"
        return [(int(v), str(i), str(label)) for v, i, label in self._db.execute(query)]

    @guarded
    def taxonomy(self) -> tuple[MenuItem, ...]:
        """The menu tree of the latest crawl that stored one (empty if none did)."""
        row = self._db.execute(
            "SELECT json FROM taxonomy ORDER BY crawl_id DESC LIMIT 1"
        ).fetchone()
        return tuple(menu_from(item) for item in json.loads(row[0])) if row else ()

    # -- coverage drift -------------------------------------------------------------------------

    @guarded
    def last_parsing_crawl(self) -> int | None:
        """The id of the latest crawl that parsed at least one release, if any."""
        return last_parsing_crawl(self._db)

    @guarded
    def crawl_coverage(self, crawl_id: int) -> tuple[int, dict[str, float]]:
        """How many releases the crawl parsed and the share of them having each field."""
        return crawl_coverage(self._db, crawl_id)

    @guarded
    def coverage_drift(
        self,
        crawl_id: int | None = None,
        *,
        threshold: float = 0.2,
        min_releases: int = 10,
    ) -> CoverageReport | None:
        """Compare a crawl's field coverage with the database's coverage before it started.

        A field is reported when its share among the releases the crawl parsed is more than
        ``threshold`` (0.2: twenty percentage points) below its share among the releases stored
        in the same years and languages when the crawl started (like with like: a backfill
        into older years is not compared with newer pages), and both sides have at least
        ``min_releases`` releases: the site's layout has probably changed. ``crawl_id``
        defaults to the latest crawl: an older crawl's alarm is not repeated once another
        crawl has run. None is returned if there is no crawl, or it parsed nothing.
        """
        if crawl_id is None:
            return latest_crawl_report(self._db, threshold, min_releases)
        return drift_report(self._db, crawl_id, threshold, min_releases)

    # -- statistics -----------------------------------------------------------------------------

    @guarded
    def stats(self) -> StoredStats:
        """Counts, date range, per-field coverage and values the taxonomy does not know."""
        result = stored_stats(self._db)
        result.changed_releases, result.versions = version_counts(self._db)
        result.unknown = unknown_values(self._db, self.taxonomy())
        row = self._db.execute("SELECT id FROM crawls ORDER BY id DESC LIMIT 1").fetchone()
        if row is not None:
            result.last_crawl = self.crawl_row(int(row[0]))
        return result


def pack_page(content: bytes) -> tuple[bytes, str]:
    """A body as :meth:`Store.save_page` stores it: compressed, and its SHA-256 (hex)."""
    return compress(content), hashlib.sha256(content).hexdigest()
