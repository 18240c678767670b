"""The database schema: the DDL of a new database, the migrations of older ones, and how values
are written (timestamps in UTC, compact JSON).

The schema version lives in ``PRAGMA user_version``. A change to the schema raises
:data:`SCHEMA_VERSION` and adds the script that brings the previous version up to it to
``_MIGRATIONS``; a new database runs ``_SCHEMA`` alone. Rows a migration must compute in Python
(version 4's normalised tables, from each release's JSON) are filled in by ``migrate.py``, in the
same transaction as the DDL.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

from .errors import StorageError

__all__ = [
    "RELEASE_COLUMNS",
    "SCHEMA_VERSION",
    "now",
    "run_script",
    "steps_to_run",
    "to_json",
]

SCHEMA_VERSION = 4

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

# Version 4: the columns that tie a release to its search index and make it browse well.
_VERSION_4_COLUMNS = """
ALTER TABLE releases ADD COLUMN id INTEGER;          -- a stable number: the search index's rowid
ALTER TABLE releases ADD COLUMN year INTEGER;        -- of date (facets, per-year views)
ALTER TABLE quotes ADD COLUMN person_id INTEGER REFERENCES people(id);  -- the speaker
CREATE UNIQUE INDEX releases_id ON releases(id);
CREATE INDEX releases_language_date ON releases(language, date);
CREATE INDEX quotes_person ON quotes(person_id);
"""

# Version 4: the release record in normalised tables (derived from releases.json, written in
# the same transaction), and views for the common questions.
_VERSION_4_TABLES = """
CREATE TABLE paragraphs (               -- the body, one row a paragraph
    key        TEXT NOT NULL REFERENCES releases(key) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,        -- 0 first (it holds the dateline)
    text       TEXT NOT NULL,
    PRIMARY KEY (key, idx)
);
CREATE TABLE people (                   -- everyone a release names or quotes
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE
);
CREATE TABLE release_people (           -- who a release names, with the roles it gives them
    key        TEXT NOT NULL REFERENCES releases(key) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,        -- order in Release.people
    person_id  INTEGER NOT NULL REFERENCES people(id),
    roles      TEXT NOT NULL,           -- separated by a semicolon and a space, '' for none
    gender     TEXT,
    PRIMARY KEY (key, idx)
);
CREATE INDEX release_people_person ON release_people(person_id);
CREATE TABLE sources (                  -- structures, institutions, field operations
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE
);
CREATE TABLE release_sources (
    key        TEXT NOT NULL REFERENCES releases(key) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,        -- page order
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    PRIMARY KEY (key, idx)
);
CREATE INDEX release_sources_source ON release_sources(source_id);
CREATE TABLE fields_of_work (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE
);
CREATE TABLE release_fields_of_work (
    key        TEXT NOT NULL REFERENCES releases(key) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,        -- page order
    field_of_work_id INTEGER NOT NULL REFERENCES fields_of_work(id),
    PRIMARY KEY (key, idx)
);
CREATE INDEX release_fields_of_work_field ON release_fields_of_work(field_of_work_id);
CREATE TABLE settings (                 -- osce-parse's own notes about the database
    name       TEXT PRIMARY KEY,
    value      TEXT NOT NULL
);
CREATE VIEW release_quotes AS           -- every quote with its release: who said what, when
    SELECT q.key, r.date, r.year, r.language, r.title, r.url, q.idx, q.speaker, q.person_id,
        q.mention, q.verb, q.text, q.paragraph, q.continued
    FROM quotes q JOIN releases r ON r.key = q.key;
CREATE VIEW quotes_by_speaker AS        -- who is quoted most, and over which dates
    SELECT q.speaker, q.person_id, count(*) AS quotes, count(DISTINCT q.key) AS releases,
        min(r.date) AS first_date, max(r.date) AS last_date
    FROM quotes q JOIN releases r ON r.key = q.key
    WHERE q.speaker IS NOT NULL
    GROUP BY q.speaker ORDER BY quotes DESC, q.speaker;
CREATE VIEW releases_per_field_of_work_per_year AS  -- a release in n languages counts once
    SELECT f.name AS field_of_work, r.year, count(DISTINCT coalesce(r.node_id, r.key))
        AS releases, count(*) AS language_versions
    FROM release_fields_of_work rf JOIN fields_of_work f ON f.id = rf.field_of_work_id
        JOIN releases r ON r.key = rf.key
    GROUP BY f.name, r.year ORDER BY f.name, r.year;
CREATE VIEW releases_per_source_per_year AS
    SELECT s.name AS source, r.year, count(DISTINCT coalesce(r.node_id, r.key)) AS releases,
        count(*) AS language_versions
    FROM release_sources rs JOIN sources s ON s.id = rs.source_id
        JOIN releases r ON r.key = rs.key
    GROUP BY s.name, r.year ORDER BY s.name, r.year;
"""

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
    + _VERSION_4_TABLES
    + _VERSION_4_COLUMNS
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
    # Version 3 -> 4: normalised tables, views, release ids and years. Their rows are derived
    # from each release's JSON by storage/migrate.py in the same transaction, and the search
    # index is built there too.
    4: _VERSION_4_TABLES + _VERSION_4_COLUMNS,
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


def steps_to_run(db: sqlite3.Connection, path: Path) -> list[tuple[int, str]]:
    """``(version, DDL script)`` of each step that brings the database to
    :data:`SCHEMA_VERSION`: ``(0, the whole schema)`` for a new database, else one a version.

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
        return [(0, _SCHEMA)]
    return [(v, _MIGRATIONS[v]) for v in range(version + 1, SCHEMA_VERSION + 1)]


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Run a DDL script statement by statement (inside the caller's transaction)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def now() -> str:
    """The current time as stored: ISO 8601 in UTC, to the second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def to_json(value: Any) -> str:
    """``value`` as stored JSON: compact, non-ASCII kept as is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
