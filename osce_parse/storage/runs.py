"""Reparse runs: the stored raw pages handed out in key order, and how far a ``reparse`` got, so
one that was stopped (Ctrl-C, ``kill -9``) resumes after the last release it committed."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from .schema import now, to_json

__all__ = ["StoredPage", "finish_reparse", "reparse_position", "start_reparse", "stored_pages"]


@dataclass(frozen=True, slots=True)
class StoredPage:
    """A stored release's raw page as stored (``body`` zlib-compressed), for re-parsing."""

    key: str
    url: str
    final_url: str
    content_type: str | None
    body: bytes


def stored_pages(db: sqlite3.Connection, after: str, limit: int) -> list[StoredPage]:
    """Up to ``limit`` releases' raw pages with keys after ``after``, in key order."""
    rows = db.execute(
        "SELECT r.key, p.url, p.final_url, p.content_type, p.body FROM releases r"
        " JOIN pages p ON p.url = r.page_url WHERE r.key > ? ORDER BY r.key LIMIT ?",
        (after, limit),
    ).fetchall()
    return [StoredPage(*row) for row in rows]


def start_reparse(db: sqlite3.Connection, restart: bool) -> tuple[int, str, dict[str, int]]:
    """``(run id, key to resume after, counts so far)``: the latest run if it did not finish
    (unless ``restart``), else a new run from the first key."""
    row = db.execute(
        "SELECT id, position, counts, finished_at FROM reparse_runs ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is not None and row[3] is None and not restart:
        return int(row[0]), str(row[1]), json.loads(row[2])
    db.execute("UPDATE reparse_runs SET finished_at=? WHERE finished_at IS NULL", (now(),))
    cursor = db.execute(
        "INSERT INTO reparse_runs (started_at, position, counts) VALUES (?, '', '{}')", (now(),)
    )
    return int(cursor.lastrowid or 0), "", {}


def reparse_position(db: sqlite3.Connection, run: int, key: str, counts: dict[str, int]) -> None:
    """Record that the run has committed every release up to ``key``."""
    db.execute(
        "UPDATE reparse_runs SET position=?, counts=? WHERE id=?", (key, to_json(counts), run)
    )


def finish_reparse(db: sqlite3.Connection, run: int) -> None:
    """Mark the run finished: the next reparse starts from the first key."""
    db.execute("UPDATE reparse_runs SET finished_at=? WHERE id=?", (now(), run))
