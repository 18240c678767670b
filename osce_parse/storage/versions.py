"""Prior versions of releases: every parse that changed a release is kept with the hash of the
raw page it came from and when that page was fetched, so what the site changed (and when) stays
visible after the release row moves on."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from .schema import now

__all__ = ["ReleaseVersion", "add_version", "read_versions", "version_counts"]


@dataclass(frozen=True, slots=True)
class ReleaseVersion:
    """One version of a release, oldest first in :meth:`Store.versions`."""

    version: int
    reason: str
    """"new" (first seen), "changed" (the site's page changed) or "reparsed" (the same page
    parsed differently, by another osce_parse)."""
    sha256: str | None
    """SHA-256 of the raw page it was parsed from (None if stored without one)."""
    fetched_at: str | None
    """When that page was fetched (UTC, ISO 8601)."""
    recorded_at: str
    crawl_id: int | None
    data: dict[str, Any]
    """The release as ``Release.to_dict()`` gave it then."""


def add_version(
    db: sqlite3.Connection, key: str, page_url: str, blob: str, crawl_id: int | None
) -> None:
    """Record ``blob`` (the release JSON) as the release's next version."""
    page = db.execute("SELECT sha256, fetched_at FROM pages WHERE url=?", (page_url,)).fetchone()
    sha, fetched = (page[0], page[1]) if page else (None, None)
    last = db.execute(
        "SELECT version, sha256 FROM release_versions WHERE key=? ORDER BY version DESC LIMIT 1",
        (key,),
    ).fetchone()
    if last is None:
        number, reason = 1, "new"
    else:
        number = last[0] + 1
        reason = "reparsed" if sha is not None and sha == last[1] else "changed"
    db.execute(
        "INSERT INTO release_versions (key, version, reason, sha256, fetched_at, recorded_at,"
        " crawl_id, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (key, number, reason, sha, fetched, now(), crawl_id, blob),
    )


def read_versions(db: sqlite3.Connection, key: str) -> list[ReleaseVersion]:
    """Every version of the release ``key``, oldest first (empty if none is stored)."""
    rows = db.execute(
        "SELECT version, reason, sha256, fetched_at, recorded_at, crawl_id, json"
        " FROM release_versions WHERE key=? ORDER BY version",
        (key,),
    )
    return [
        ReleaseVersion(
            version=row[0],
            reason=row[1],
            sha256=row[2],
            fetched_at=row[3],
            recorded_at=row[4],
            crawl_id=row[5],
            data=json.loads(row[6]),
        )
        for row in rows
    ]


def version_counts(db: sqlite3.Connection) -> tuple[int, int]:
    """``(releases the site changed after they were first stored, versions kept in all)``."""
    changed = db.execute(
        "SELECT count(DISTINCT key) FROM release_versions WHERE reason='changed'"
    ).fetchone()[0]
    total = db.execute("SELECT count(*) FROM release_versions").fetchone()[0]
    return int(changed), int(total)
