"""Bringing a database to the current schema: the DDL of :mod:`.schema`, then the rows a
version derives from what is stored (version 4: the normalised tables, release ids and years,
the search indexes), all in one transaction: a migration that fails or is killed leaves the
database as it was."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ..models import Release
from .derived import write_derived
from .errors import StorageError
from .schema import SCHEMA_VERSION, run_script, steps_to_run
from .search import prepare_search

__all__ = ["fill_derived", "migrate", "needs_migration"]

_BATCH = 500


def needs_migration(db: sqlite3.Connection, path: Path) -> bool:
    """Whether the database is older than this code (or new and empty)."""
    return bool(steps_to_run(db, path))


def migrate(db: sqlite3.Connection, path: Path, search: bool) -> None:
    """Run every step the database needs (inside the caller's write transaction); ``search``:
    whether this SQLite has FTS5, to build the search indexes."""
    for version, script in steps_to_run(db, path):
        run_script(db, script)
        if version == 4:
            fill_derived(db)
        if search and version in (0, 4):
            prepare_search(db)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def fill_derived(db: sqlite3.Connection) -> None:
    """Give every stored release its id, year and normalised rows, from its JSON (key order,
    a batch at a time: memory stays flat however many releases there are)."""
    db.execute("UPDATE releases SET id = rowid WHERE id IS NULL")
    last = ""
    while True:
        rows = db.execute(
            "SELECT key, json FROM releases WHERE key > ? ORDER BY key LIMIT ?", (last, _BATCH)
        ).fetchall()
        for key, blob in rows:
            try:
                release = Release.from_dict(json.loads(blob))
            except ValueError as exc:  # the transaction rolls back: the database stays as it was
                message = f"release {key}: stored JSON cannot be read: {exc}"
                raise StorageError(message, "schema") from exc
            year = release.date.year if release.date else None
            db.execute("UPDATE releases SET year=? WHERE key=?", (year, key))
            write_derived(db, key, release)
        if len(rows) < _BATCH:
            return
        last = rows[-1][0]
