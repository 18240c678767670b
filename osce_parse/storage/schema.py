"""The database schema: the DDL of a new database, the migrations of older ones, and how values
are written (timestamps in UTC, compact JSON).

The schema version lives in ``PRAGMA user_version``. A change to the schema raises
:data:`SCHEMA_VERSION` and adds the script that brings the previous version up to it to
``_MIGRATIONS``; a new database runs ``_SCHEMA`` alone.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

from .errors import StorageError

__all__ = ["RELEASE_COLUMNS", "SCHEMA_VERSION", "apply_scripts", "now", "scripts_to_run", "to_json"]

SCHEMA_VERSION = 3

_PARSES_TABLE = """
CREATE TABLE crawl_parses (             -- the coverage fields of every release a crawl parsed
    crawl_id       INTEGER NOT NULL REFERENCES crawls(id),
    key            TEXT NOT NULL,
    url            TEXT NOT NULL,
    title          INTEGER NOT NULL,    -- 1 if the page gave the field, else 0
    date           INTEGER NOT NULL,
    place          INTEGER NOT NULL,
    sources        INTEGER NOT NULL,
    fields_of_work INTEGER NOT NULL,
    paragraphs     INTEGER NOT NULL,
    quotes         INTEGER NOT NULL,
    content_type   INTEGER NOT NULL,
    PRIMARY KEY (crawl_id, key)
);
"""

_VERSION_3_TABLES = """
CREATE TABLE release_versions (         -- every parse that changed a release, oldest first
    key         TEXT NOT NULL,
    version     INTEGER NOT NULL,       -- 1, 2, ...
    reason      TEXT NOT NULL,          -- new | changed (the page changed) | reparsed
    sha256      TEXT,                   -- of the raw page it was parsed from
    fetched_at  TEXT,                   -- when that page was fetched
    recorded_at TEXT NOT NULL,
    crawl_id    INTEGER,
    json        TEXT NOT NULL,          -- Release.to_dict() as it was
    PRIMARY KEY (key, version)
);
CREATE TABLE taxonomy_terms (           -- listing filter ids: im_taxonomy_vid_N:(ID) links
    vocabulary  INTEGER NOT NULL,       -- 1 structures and countries, 3 fields of work
    id          TEXT NOT NULL,
    label       TEXT NOT NULL,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (vocabulary, id)
);
CREATE TABLE reparse_runs (             -- how far each reparse got (a stopped one resumes)
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    position    TEXT NOT NULL,          -- the last release key committed
    counts      TEXT NOT NULL           -- JSON: outcome -> releases, so far
);
CREATE TABLE bad_responses (            -- re-fetches of stored releases that did not parse
    url         TEXT PRIMARY KEY,       -- the latest bad one (the good page stays in pages)
    status      INTEGER NOT NULL,
    content_type TEXT,
    sha256      TEXT NOT NULL,
    body        BLOB NOT NULL,          -- zlib-compressed
    fetched_at  TEXT NOT NULL,
    reason      TEXT NOT NULL,
    crawl_id    INTEGER
);
"""

# Each parse's stratum (year/language): drift compares like with like.
_STRATUM = "ALTER TABLE crawl_parses ADD COLUMN stratum TEXT;"

_SCHEMA = (
    _PARSES_TABLE
    + _STRATUM
    + _VERSION_3_TABLES
    + """
CREATE TABLE crawls (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL,          -- running | stopped | finished
    options     TEXT NOT NULL,          -- JSON: what makes a rerun "the same command"
    summary     TEXT,                   -- JSON, set when the crawl ends
    baseline    TEXT                    -- JSON: coverage of the stored releases when it started
);
CREATE TABLE journal (                  -- the frontier and outcome of every URL of a crawl
    crawl_id    INTEGER NOT NULL REFERENCES crawls(id),
    key         TEXT NOT NULL,          -- release_key() for releases, the URL otherwise
    url         TEXT NOT NULL,
    kind        TEXT NOT NULL,          -- listing | sitemap | release
    seq         INTEGER NOT NULL,       -- discovery order
    state       TEXT NOT NULL,          -- pending | done | failed | skipped
    outcome     TEXT,                   -- new | updated | same | unchanged | reason of failure
    recheck     INTEGER,                -- listing: stored-release pages still to re-check
    depth       INTEGER,                -- listing: page number, sitemap: index depth
    attempts    INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT,
    PRIMARY KEY (crawl_id, key)
);
CREATE INDEX journal_pending ON journal(crawl_id, state, kind, seq);
CREATE TABLE pages (                    -- the last response seen for each URL
    url           TEXT PRIMARY KEY,
    final_url     TEXT NOT NULL,
    status        INTEGER NOT NULL,
    content_type  TEXT,
    etag          TEXT,
    last_modified TEXT,
    sha256        TEXT NOT NULL,
    body          BLOB NOT NULL,        -- zlib-compressed bytes as received
    fetched_at    TEXT NOT NULL,        -- when the body was last downloaded
    checked_at    TEXT NOT NULL         -- when it was last confirmed (200 or 304)
);
CREATE TABLE releases (
    key            TEXT PRIMARY KEY,
    url            TEXT NOT NULL,
    page_url       TEXT NOT NULL,       -- pages.url holding the raw HTML
    node_id        INTEGER,
    language       TEXT,
    content_type   TEXT,
    title          TEXT NOT NULL,
    date           TEXT,
    date_source    TEXT,
    place          TEXT,
    sources        TEXT NOT NULL,       -- JSON array
    fields_of_work TEXT NOT NULL,       -- JSON array
    n_paragraphs   INTEGER NOT NULL,
    n_quotes       INTEGER NOT NULL,
    n_warnings     INTEGER NOT NULL,
    json           TEXT NOT NULL,       -- Release.to_dict()
    first_crawl    INTEGER,
    first_seen     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX releases_date ON releases(date);
CREATE TABLE release_urls (             -- every URL a release was reached or named under
    url TEXT PRIMARY KEY,
    key TEXT NOT NULL REFERENCES releases(key) ON DELETE CASCADE
);
CREATE INDEX release_urls_key ON release_urls(key);
CREATE TABLE quotes (
    key        TEXT NOT NULL REFERENCES releases(key) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    speaker    TEXT,
    mention    TEXT,
    verb       TEXT,
    paragraph  INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    continued  INTEGER NOT NULL,
    PRIMARY KEY (key, idx)
);
CREATE TABLE taxonomy (                 -- the site's menu as seen by each crawl
    crawl_id   INTEGER PRIMARY KEY REFERENCES crawls(id),
    url        TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    json       TEXT NOT NULL
);
"""
)

# Version 1 -> 2: per-crawl field coverage (layout drift detection).
# Version 2 -> 3: prior versions of releases (each stored release becomes its version 1, with
# the hash and fetch time of the page behind it), bad responses kept aside, discovery depth,
# the stratum (year/language) of each release a crawl parsed.
_MIGRATIONS = {
    2: "ALTER TABLE crawls ADD COLUMN baseline TEXT;" + _PARSES_TABLE,
    3: _VERSION_3_TABLES
    + _STRATUM
    + """
INSERT INTO release_versions (key, version, reason, sha256, fetched_at, recorded_at, crawl_id,
    json)
    SELECT r.key, 1, 'new', p.sha256, p.fetched_at, r.updated_at, r.first_crawl, r.json
    FROM releases r LEFT JOIN pages p ON p.url = r.page_url;
ALTER TABLE journal ADD COLUMN depth INTEGER;
""",
}

RELEASE_COLUMNS = (
    "key",
    "url",
    "node_id",
    "language",
    "content_type",
    "title",
    "date",
    "date_source",
    "place",
    "sources",
    "fields_of_work",
    "n_paragraphs",
    "n_quotes",
    "n_warnings",
)


def scripts_to_run(db: sqlite3.Connection, path: Path) -> list[str]:
    """The DDL scripts that bring the database to :data:`SCHEMA_VERSION` (none: it is there).

    Raises :class:`StorageError` ("schema") for a newer schema or a database of another program.
    """
    # One statement, so one snapshot: another process may be creating the schema meanwhile.
    version, tables = db.execute(
        "SELECT (SELECT user_version FROM pragma_user_version),"
        " (SELECT count(*) FROM sqlite_master)"
    ).fetchone()
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"{path}: schema version {version} is newer than this osce-parse "
            f"({SCHEMA_VERSION}); upgrade osce-parse",
            "schema",
        )
    if version == SCHEMA_VERSION:
        return []
    if version == 0:
        if tables:
            raise StorageError(f"{path}: not an osce-parse database", "schema")
        return [_SCHEMA]
    return [_MIGRATIONS[v] for v in range(version + 1, SCHEMA_VERSION + 1)]


def apply_scripts(db: sqlite3.Connection, scripts: list[str]) -> None:
    """Run ``scripts`` statement by statement and record the new version (in a transaction)."""
    for script in scripts:
        for statement in script.split(";"):
            if statement.strip():
                db.execute(statement)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def now() -> str:
    """The current time as stored: ISO 8601 in UTC, to the second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def to_json(value: Any) -> str:
    """``value`` as stored JSON: compact, non-ASCII kept as is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
