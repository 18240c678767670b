"""Crawls and their journal: the frontier and outcome of every URL of a crawl, as methods of
:class:`~osce_parse.storage.Store` (a mixin over its connection)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .coverage import stored_coverage, stored_strata
from .errors import StorageError, guarded
from .schema import now, to_json

__all__ = ["CrawlJournal", "JournalEntry"]


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One URL of a crawl's frontier."""

    key: str
    url: str
    kind: str
    seq: int
    state: str = "pending"
    recheck: int | None = None
    depth: int | None = None
    """Listing pages: the page's number in the walk (0 first); sitemaps: the index depth."""


class CrawlJournal:
    """The crawl and journal methods of :class:`~osce_parse.storage.Store`."""

    _db: sqlite3.Connection

    def _error(self, exc: sqlite3.Error) -> StorageError:
        raise NotImplementedError

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        raise NotImplementedError

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
            strata = stored_strata(self._db)
            baseline = {"releases": releases, "coverage": coverage, "strata": strata}
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
        depth: int | None = None,
    ) -> list[JournalEntry]:
        """Add ``(key, url, kind)`` entries not yet in the crawl; return the ones added."""
        added: list[JournalEntry] = []
        seq = self._db.execute(
            "SELECT coalesce(max(seq), 0) FROM journal WHERE crawl_id=?", (crawl_id,)
        ).fetchone()[0]
        for key, url, kind in entries:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO journal (crawl_id, key, url, kind, seq, state, recheck,"
                " depth) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)",
                (crawl_id, key, url, kind, seq + 1, recheck, depth),
            )
            if cursor.rowcount:
                seq += 1
                added.append(JournalEntry(key, url, kind, seq, recheck=recheck, depth=depth))
        return added

    @guarded
    def pending(self, crawl_id: int, kind: str | None = None) -> list[JournalEntry]:
        """The crawl's entries still to do, in discovery order."""
        sql = "SELECT key, url, kind, seq, state, recheck, depth FROM journal WHERE crawl_id=?"
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
