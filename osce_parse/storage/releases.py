"""Release rows: a parsed :class:`Release` written as its ``releases`` row, its quotes and the
URLs it was reached under (inside the caller's transaction)."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..models import Release
from ..urls import release_key
from .coverage import record_parse
from .schema import now, to_json
from .versions import add_version

__all__ = ["write_release"]


def write_release(
    db: sqlite3.Connection, release: Release, page_url: str, crawl_id: int | None = None
) -> tuple[str, str]:
    """Insert or update a release and its quotes; return ``(key, outcome)``.

    The outcome is "new", "updated" or "same" (the stored JSON did not change).
    """
    url = release.url or page_url
    key = release_key(url, release.node_id, release.language)
    data = release.to_dict()
    blob = to_json(data)
    row = db.execute("SELECT json FROM releases WHERE key=?", (key,)).fetchone()
    values = _row_values(release, data, url, page_url, blob)
    if row is None:
        outcome = "new"
        _insert_row(db, values, key, crawl_id)
    elif row[0] == blob:
        outcome = "same"
    else:
        outcome = "updated"
        _update_row(db, values, key)
    if outcome != "same":
        _write_quotes(db, key, release)
        add_version(db, key, page_url, blob, crawl_id)
    db.executemany(
        "INSERT INTO release_urls (url, key) VALUES (?, ?)"
        " ON CONFLICT(url) DO UPDATE SET key=excluded.key",
        [(u, key) for u in {url, page_url}],
    )
    if crawl_id is not None:
        record_parse(db, crawl_id, key, url, release)
    return key, outcome


def _row_values(
    release: Release, data: dict[str, Any], url: str, page_url: str, blob: str
) -> tuple[Any, ...]:
    """The ``releases`` columns from ``url`` to ``json``, in table order."""
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
    )


def _insert_row(
    db: sqlite3.Connection, values: tuple[Any, ...], key: str, crawl_id: int | None
) -> None:
    stamp = now()
    db.execute(
        "INSERT INTO releases (url, page_url, node_id, language, content_type, title,"
        " date, date_source, place, sources, fields_of_work, n_paragraphs, n_quotes,"
        " n_warnings, json, key, first_crawl, first_seen, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*values, key, crawl_id, stamp, stamp),
    )


def _update_row(db: sqlite3.Connection, values: tuple[Any, ...], key: str) -> None:
    db.execute(
        "UPDATE releases SET url=?, page_url=?, node_id=?, language=?, content_type=?,"
        " title=?, date=?, date_source=?, place=?, sources=?, fields_of_work=?,"
        " n_paragraphs=?, n_quotes=?, n_warnings=?, json=?, updated_at=? WHERE key=?",
        (*values, now(), key),
    )


def _write_quotes(db: sqlite3.Connection, key: str, release: Release) -> None:
    """Replace the release's quote rows."""
    db.execute("DELETE FROM quotes WHERE key=?", (key,))
    db.executemany(
        "INSERT INTO quotes (key, idx, text, speaker, mention, verb, paragraph, start,"
        ' "end", continued) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
            (
                key,
                i,
                q.text,
                q.speaker,
                q.mention,
                q.verb,
                q.paragraph,
                q.start,
                q.end,
                int(q.continued),
            )
            for i, q in enumerate(release.quotes)
        ],
    )
