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
import datetime as dt
import hashlib
import json
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..models import MenuItem, Release
from .coverage import (
    CoverageReport,
    StoredStats,
    crawl_coverage,
    drift_report,
    last_parsing_crawl,
    stored_coverage,
    stored_stats,
)
from .errors import StorageError, guarded, guarded_iter, storage_error
from .releases import write_release
from .schema import apply_scripts, now, scripts_to_run, to_json
from .taxonomy import menu_from, unknown_values

__all__ = ["DEFAULT_BUSY_TIMEOUT", "JournalEntry", "RawPage", "Store"]

DEFAULT_BUSY_TIMEOUT = 10.0
"""Seconds to wait for another process's write lock before giving up with a StorageError."""


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One URL of a crawl's frontier."""

    key: str
    url: str
    kind: str
    seq: int
    state: str = "pending"
    recheck: int | None = None


@dataclass(frozen=True, slots=True)
class RawPage:
    """A stored response body with what is needed to decode it again."""

    url: str
    final_url: str
    content_type: str | None
    body: bytes


class Store:
    """An osce-parse SQLite database; opened (and created or migrated) on construction.

    ``busy_timeout`` is how long (seconds) a write waits for another process's lock before
    :class:`StorageError` ("database is locked by another process") is raised.
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
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
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

    def _error(self, exc: sqlite3.Error) -> StorageError:
        return storage_error(self.path, exc, self.busy_timeout)

    def _migrate(self) -> None:
        scripts = scripts_to_run(self._db, self.path)
        if scripts:
            with self._transaction():
                apply_scripts(self._db, scripts)

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

    # -- crawls ---------------------------------------------------------------------------------

    @guarded
    def resumable_crawl(self, options: dict[str, Any]) -> int | None:
        """The id of the latest crawl if it has pages left and was started with ``options``."""
        row = self._db.execute(
            "SELECT id, options FROM crawls c WHERE status NOT IN ('finished', 'abandoned')"
            " AND id = (SELECT max(id) FROM crawls) AND EXISTS (SELECT 1 FROM journal j"
            " WHERE j.crawl_id = c.id AND j.state = 'pending')"
        ).fetchone()
        if row and json.loads(row["options"]) == options:
            return int(row["id"])
        return None

    @guarded
    def start_crawl(self, options: dict[str, Any]) -> int:
        """Record a new crawl and return its id; unfinished older crawls are closed.

        The coverage of the releases stored so far is kept with the crawl as the baseline that
        :meth:`coverage_drift` compares the crawl's own releases with.
        """
        with self.transaction():
            self._db.execute(
                "UPDATE crawls SET status='abandoned', finished_at=? WHERE status!='finished'"
                " AND status!='abandoned'",
                (now(),),
            )
            releases, coverage = stored_coverage(self._db)
            baseline = {"releases": releases, "coverage": coverage}
            cursor = self._db.execute(
                "INSERT INTO crawls (started_at, status, options, baseline) VALUES"
                " (?, 'running', ?, ?)",
                (now(), to_json(options), to_json(baseline)),
            )
        return int(cursor.lastrowid or 0)

    @guarded
    def set_crawl_status(self, crawl_id: int, status: str, summary: dict[str, Any]) -> None:
        """Record how a run of the crawl ended ("finished", or "stopped" to resume later)."""
        self._db.execute(
            "UPDATE crawls SET status=?, finished_at=?, summary=? WHERE id=?",
            (status, now(), to_json(summary), crawl_id),
        )

    @guarded
    def crawl_row(self, crawl_id: int) -> dict[str, Any]:
        """The crawl's row with ``options`` and ``summary`` decoded."""
        row = self._db.execute("SELECT * FROM crawls WHERE id=?", (crawl_id,)).fetchone()
        data = dict(row)
        for name in ("options", "summary", "baseline"):
            data[name] = json.loads(data[name]) if data[name] else None
        return data

    # -- journal --------------------------------------------------------------------------------

    @guarded
    def enqueue(
        self,
        crawl_id: int,
        entries: Iterable[tuple[str, str, str]],
        *,
        recheck: int | None = None,
    ) -> list[JournalEntry]:
        """Add ``(key, url, kind)`` entries not yet in the crawl; return the ones added."""
        added: list[JournalEntry] = []
        seq = self._db.execute(
            "SELECT coalesce(max(seq), 0) FROM journal WHERE crawl_id=?", (crawl_id,)
        ).fetchone()[0]
        for key, url, kind in entries:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO journal (crawl_id, key, url, kind, seq, state, recheck)"
                " VALUES (?, ?, ?, ?, ?, 'pending', ?)",
                (crawl_id, key, url, kind, seq + 1, recheck),
            )
            if cursor.rowcount:
                seq += 1
                added.append(JournalEntry(key, url, kind, seq, recheck=recheck))
        return added

    @guarded
    def pending(self, crawl_id: int, kind: str | None = None) -> list[JournalEntry]:
        """The crawl's entries still to do, in discovery order."""
        sql = "SELECT key, url, kind, seq, state, recheck FROM journal WHERE crawl_id=?"
        sql += " AND state='pending'"
        params: tuple[Any, ...] = (crawl_id,)
        if kind is not None:
            sql += " AND kind=?"
            params += (kind,)
        rows = self._db.execute(sql + " ORDER BY seq", params).fetchall()
        return [JournalEntry(*row) for row in rows]

    @guarded
    def mark(self, crawl_id: int, key: str, state: str, outcome: str | None = None) -> None:
        """Set an entry's state (done, failed, skipped) and outcome or failure reason."""
        self._db.execute(
            "UPDATE journal SET state=?, outcome=?, attempts=attempts+1, updated_at=?"
            " WHERE crawl_id=? AND key=?",
            (state, outcome, now(), crawl_id, key),
        )

    @guarded
    def journal_counts(self, crawl_id: int) -> Counter[tuple[str, str, str]]:
        """Counts of ``(kind, state, outcome)`` over the crawl's journal."""
        rows = self._db.execute(
            "SELECT kind, state, coalesce(outcome, ''), count(*) FROM journal WHERE crawl_id=?"
            " GROUP BY 1, 2, 3",
            (crawl_id,),
        )
        return Counter({(k, s, o): n for k, s, o, n in rows})

    @guarded
    def earlier_failures(self, crawl_id: int) -> list[tuple[str, str, str]]:
        """``(key, url, "release")`` of releases that failed in earlier crawls, still not stored."""
        rows = self._db.execute(
            "SELECT DISTINCT j.key, j.url FROM journal j WHERE j.crawl_id < ? AND j.kind='release'"
            " AND j.state='failed' AND NOT EXISTS (SELECT 1 FROM releases r WHERE r.key=j.key)"
            " ORDER BY j.crawl_id, j.seq",
            (crawl_id,),
        )
        return [(key, url, "release") for key, url in rows]

    @guarded
    def failures(self, crawl_id: int) -> list[tuple[str, str]]:
        """``(url, reason)`` of the crawl's failed entries."""
        rows = self._db.execute(
            "SELECT url, outcome FROM journal WHERE crawl_id=? AND state='failed' ORDER BY seq",
            (crawl_id,),
        )
        return [(url, reason or "") for url, reason in rows]

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
    ) -> None:
        """Store a downloaded body (compressed), or on 304 only note that it was confirmed."""
        stamp = now()
        if status == 304:
            self._db.execute("UPDATE pages SET checked_at=? WHERE url=?", (stamp, url))
            return
        self._db.execute(
            "INSERT INTO pages (url, final_url, status, content_type, etag, last_modified,"
            " sha256, body, fetched_at, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(url) DO UPDATE SET final_url=excluded.final_url,"
            " status=excluded.status, content_type=excluded.content_type, etag=excluded.etag,"
            " last_modified=excluded.last_modified, sha256=excluded.sha256, body=excluded.body,"
            " fetched_at=excluded.fetched_at, checked_at=excluded.checked_at",
            (
                url,
                final_url,
                status,
                content_type,
                etag,
                last_modified,
                hashlib.sha256(content).hexdigest(),
                zlib.compress(content, 1),
                stamp,
                stamp,
            ),
        )

    @guarded
    def validators(self, url: str) -> tuple[str | None, str | None]:
        """The stored ``(etag, last_modified)`` of ``url`` for a conditional GET."""
        row = self._db.execute(
            "SELECT etag, last_modified FROM pages WHERE url=?", (url,)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    @guarded
    def raw_page(self, url: str) -> RawPage | None:
        """The stored body of ``url``, decompressed."""
        row = self._db.execute(
            "SELECT url, final_url, content_type, body FROM pages WHERE url=?", (url,)
        ).fetchone()
        if row is None:
            return None
        return RawPage(row[0], row[1], row[2], zlib.decompress(row[3]))

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
        """Insert or update a release and its quotes; return ``(key, outcome)``.

        The outcome is "new", "updated" or "same" (the stored JSON did not change). With
        ``crawl_id``, the release's coverage fields are recorded for that crawl's drift check.
        """
        return write_release(self._db, release, page_url, crawl_id)

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

    @guarded_iter
    def releases(
        self, since: dt.date | None = None, until: dt.date | None = None
    ) -> Iterator[dict[str, Any]]:
        """Stored releases as ``Release.to_dict()`` dicts, newest first."""
        sql, params = "SELECT json FROM releases WHERE 1", []
        if since is not None:
            sql += " AND date >= ?"
            params.append(since.isoformat())
        if until is not None:
            sql += " AND date <= ?"
            params.append(until.isoformat())
        # Streamed from the cursor: one row in memory at a time, however large the export.
        for (blob,) in self._db.execute(sql + " ORDER BY date DESC, key", params):
            yield json.loads(blob)

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
        when the crawl started, and both sides have at least ``min_releases`` releases: the
        site's layout has probably changed. ``crawl_id`` defaults to the latest crawl that
        parsed anything; None is returned if there is none (or the crawl parsed nothing).
        """
        if crawl_id is None:
            crawl_id = self.last_parsing_crawl()
            if crawl_id is None:
                return None
        return drift_report(self._db, crawl_id, threshold, min_releases)

    # -- statistics -----------------------------------------------------------------------------

    @guarded
    def stats(self) -> StoredStats:
        """Counts, date range, per-field coverage and values the taxonomy does not know."""
        result = stored_stats(self._db)
        result.unknown = unknown_values(self._db, self.taxonomy())
        row = self._db.execute("SELECT id FROM crawls ORDER BY id DESC LIMIT 1").fetchone()
        if row is not None:
            result.last_crawl = self.crawl_row(int(row[0]))
        return result
