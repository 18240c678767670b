"""Raw pages: the last good response behind each URL (compressed), the bad responses kept
aside, and the validators for conditional requests."""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from dataclasses import dataclass

from .schema import now

__all__ = ["RawPage", "read_page", "release_validators", "save_bad_response", "write_page"]


@dataclass(frozen=True, slots=True)
class RawPage:
    """A stored response body with what is needed to decode it again."""

    url: str
    final_url: str
    content_type: str | None
    body: bytes


def compress(content: bytes) -> bytes:
    """A body as stored (zlib, fast level: storing must not slow the crawl)."""
    return zlib.compress(content, 1)


def write_page(
    db: sqlite3.Connection,
    url: str,
    final_url: str,
    status: int,
    body: bytes,
    digest: str,
    *,
    content_type: str | None,
    etag: str | None,
    last_modified: str | None,
) -> None:
    """Insert or replace the page row of ``url`` (``body`` already compressed)."""
    stamp = now()
    db.execute(
        "INSERT INTO pages (url, final_url, status, content_type, etag, last_modified,"
        " sha256, body, fetched_at, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(url) DO UPDATE SET final_url=excluded.final_url,"
        " status=excluded.status, content_type=excluded.content_type, etag=excluded.etag,"
        " last_modified=excluded.last_modified, sha256=excluded.sha256, body=excluded.body,"
        " fetched_at=excluded.fetched_at, checked_at=excluded.checked_at",
        (url, final_url, status, content_type, etag, last_modified, digest, body, stamp, stamp),
    )


def save_bad_response(
    db: sqlite3.Connection,
    url: str,
    status: int,
    content: bytes,
    *,
    content_type: str | None,
    reason: str,
    crawl_id: int | None,
) -> None:
    """Keep a response that did not parse as the release it replaces (the latest one per URL)."""
    db.execute(
        "INSERT OR REPLACE INTO bad_responses (url, status, content_type, sha256, body,"
        " fetched_at, reason, crawl_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            url,
            status,
            content_type,
            hashlib.sha256(content).hexdigest(),
            compress(content),
            now(),
            reason,
            crawl_id,
        ),
    )


def read_page(db: sqlite3.Connection, url: str) -> RawPage | None:
    """The stored body of ``url``, decompressed."""
    row = db.execute(
        "SELECT url, final_url, content_type, body FROM pages WHERE url=?", (url,)
    ).fetchone()
    if row is None:
        return None
    return RawPage(row[0], row[1], row[2], zlib.decompress(row[3]))


def release_validators(db: sqlite3.Connection, url: str) -> tuple[str | None, str | None]:
    """``(etag, last_modified)`` of ``url`` if the page is the one behind a stored release.

    A page fetched but not stored as a release (outside the date range, another language, a
    parse error) gets no validators: a 304 would otherwise call it "unchanged" forever."""
    row = db.execute(
        "SELECT p.etag, p.last_modified FROM pages p WHERE p.url=?"
        " AND EXISTS (SELECT 1 FROM releases r WHERE r.page_url = p.url)",
        (url,),
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)
