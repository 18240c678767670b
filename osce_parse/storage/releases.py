"""Release rows: a parsed :class:`Release` written as its ``releases`` row, its normalised rows
(paragraphs, people, sources, fields of work, quotes), its search index entry, a new version and
the URLs it was reached under, all inside the caller's transaction."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..models import Release
from ..urls import release_key
from .coverage import record_parse
from .derived import write_derived
from .schema import now, to_json
from .search import index_release
from .versions import add_version

__all__ = ["write_release"]


def write_release(
    db: sqlite3.Connection,
    release: Release,
    page_url: str,
    crawl_id: int | None = None,
    *,
    search: bool = True,
) -> tuple[str, str]:
    """Insert or update a release, its normalised rows (quotes included) and its search index
    entry; return ``(key, outcome)``. ``search``: whether this SQLite has FTS5 (without it the
    index is marked stale, to be rebuilt).

    The outcome is "new", "updated" or "same" (the stored JSON did not change).
    """
    url = release.url or page_url
    key = release_key(url, release.node_id, release.language)
    data = release.to_dict()
    blob = to_json(data)
    row = db.execute("SELECT json, id FROM releases WHERE key=?", (key,)).fetchone()
    values = _row_values(release, data, url, page_url, blob)
    if row is not None and row[0] == blob:
        outcome = "same"
    else:
        ident = row[1] if row is not None and row[1] is not None else _next_id(db)
        if row is None:
            outcome = "new"
            _insert_row(db, (*values, ident), key, crawl_id)
        else:
            outcome = "updated"
            _update_row(db, (*values, ident), key)
        write_derived(db, key, release)
        index_release(db, ident, release, search)
        add_version(db, key, page_url, blob, crawl_id)
    db.executemany(
        "INSERT INTO release_urls (url, key) VALUES (?, ?)"
        " ON CONFLICT(url) DO UPDATE SET key=excluded.key",
        [(u, key) for u in {url, page_url}],
    )
    if crawl_id is not None:
        record_parse(db, crawl_id, key, url, release)
    return key, outcome


def _next_id(db: sqlite3.Connection) -> int:
    """A new release's ``id``: one more than the largest so far."""
    return int(db.execute("SELECT coalesce(max(id), 0) + 1 FROM releases").fetchone()[0])


def _row_values(
    release: Release, data: dict[str, Any], url: str, page_url: str, blob: str
) -> tuple[Any, ...]:
    """The ``releases`` columns from ``url`` to ``json``, then ``year``."""
    return (
        url,
        page_url,
        release.node_id,
        release.language,
        release.content_type,
        release.title,
        data["date"],
        release.date_source,
        release.place,
        to_json(data["sources"]),
        to_json(data["fields_of_work"]),
        len(release.paragraphs),
        len(release.quotes),
        len(release.warnings),
        blob,
        release.date.year if release.date else None,
    )


def _insert_row(
    db: sqlite3.Connection, values: tuple[Any, ...], key: str, crawl_id: int | None
) -> None:
    stamp = now()
    db.execute(
        "INSERT INTO releases (url, page_url, node_id, language, content_type, title,"
        " date, date_source, place, sources, fields_of_work, n_paragraphs, n_quotes,"
        " n_warnings, json, year, id, key, first_crawl, first_seen, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*values, key, crawl_id, stamp, stamp),
    )


def _update_row(db: sqlite3.Connection, values: tuple[Any, ...], key: str) -> None:
    db.execute(
        "UPDATE releases SET url=?, page_url=?, node_id=?, language=?, content_type=?,"
        " title=?, date=?, date_source=?, place=?, sources=?, fields_of_work=?,"
        " n_paragraphs=?, n_quotes=?, n_warnings=?, json=?, year=?, id=?, updated_at=?"
        " WHERE key=?",
        (*values, now(), key),
    )
