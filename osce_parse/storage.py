"""SQLite storage: raw pages, parsed releases, quotes, menu taxonomy and the crawl journal.

One file, WAL mode, schema version in ``PRAGMA user_version``. The crawler wraps each page's
results in :meth:`Store.transaction`, so a page is either completely recorded or not at all: a
process killed at any moment leaves a consistent database that the next run resumes from.

Releases are keyed by :func:`release_key` (language and node id, else the canonical URL), so the
same node reached under several section URLs is stored once.

Every SQLite failure surfaces as a :class:`StorageError` with a one-line message: a database
locked by another process (after ``busy_timeout`` seconds), a full disk, an I/O error. The
transaction in progress is rolled back, so what was committed before stays intact.

Each crawl records which fields every release it parsed had (``crawl_parses``) and the coverage
of the stored releases when it started (``crawls.baseline``): :meth:`Store.coverage_drift`
compares the two to notice a changed site layout.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import sqlite3
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from .errors import OsceParseError
from .models import MenuItem, Release
from .urls import release_key

__all__ = [
    "COVERAGE_FIELDS",
    "DEFAULT_BUSY_TIMEOUT",
    "SCHEMA_VERSION",
    "CoverageReport",
    "FieldDrift",
    "JournalEntry",
    "RawPage",
    "StorageError",
    "Store",
    "StoredStats",
    "taxonomy_groups",
]

SCHEMA_VERSION = 2
DEFAULT_BUSY_TIMEOUT = 10.0
"""Seconds to wait for another process's write lock before giving up with a StorageError."""

COVERAGE_FIELDS = (
    "title",
    "date",
    "place",
    "sources",
    "fields_of_work",
    "paragraphs",
    "quotes",
    "content_type",
)
"""The fields whose coverage (share of releases having them) is watched for layout drift."""

# Whether a stored release row has each coverage field (SQL over the releases table).
_HAS = {
    "title": "title != ''",
    "date": "date IS NOT NULL",
    "place": "coalesce(place, '') != ''",
    "sources": "sources != '[]'",
    "fields_of_work": "fields_of_work != '[]'",
    "paragraphs": "n_paragraphs > 0",
    "quotes": "n_quotes > 0",
    "content_type": "coalesce(content_type, '') != ''",
}

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

_SCHEMA = (
    _PARSES_TABLE
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
_MIGRATIONS = {
    2: "ALTER TABLE crawls ADD COLUMN baseline TEXT;" + _PARSES_TABLE,
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


class StorageError(OsceParseError):
    """The database cannot be used: locked, disk full, I/O error, newer schema, not ours.

    ``kind`` names the cause for programs: "locked", "full", "io", "readonly", "corrupt",
    "open", "schema" or "other".
    """

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind


# SQLite primary result codes (https://sqlite.org/rescode.html) -> (kind, message).
_SQLITE_ERRORS = {
    5: ("locked", "database is locked by another process"),  # SQLITE_BUSY
    6: ("locked", "database is locked by another process"),  # SQLITE_LOCKED
    8: ("readonly", "database is read-only"),  # SQLITE_READONLY
    10: ("io", "disk I/O error"),  # SQLITE_IOERR
    11: ("corrupt", "database file is corrupt"),  # SQLITE_CORRUPT
    13: ("full", "database or disk is full"),  # SQLITE_FULL
    14: ("open", "cannot open the database file"),  # SQLITE_CANTOPEN
    26: ("corrupt", "not an osce-parse database"),  # SQLITE_NOTADB
}


def _storage_error(path: Path, exc: sqlite3.Error, timeout: float) -> StorageError:
    """A one-line :class:`StorageError` for a failed SQLite call."""
    code = getattr(exc, "sqlite_errorcode", None)
    kind, message = _SQLITE_ERRORS.get((code or 0) & 0xFF, ("other", ""))
    if not message:  # no result code (older Python, or raised by the module itself)
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            kind, message = _SQLITE_ERRORS[5]
        elif "full" in text:
            kind, message = _SQLITE_ERRORS[13]
        else:
            message = f"database error: {exc}"
    if kind == "locked":
        return StorageError(f"{message} ({path}; gave up after {timeout:g} s)", kind)
    if kind == "full":
        detail = "nothing committed before is lost; free some space and run the command again"
        return StorageError(f"{message} ({path}): {detail}", kind)
    if kind == "io" and str(exc) != message:
        message = f"{message}: {exc}"
    return StorageError(f"{message} ({path})", kind)


_P = ParamSpec("_P")
_R = TypeVar("_R")
_T = TypeVar("_T")


def _guarded(method: Callable[Concatenate[Store, _P], _R]) -> Callable[Concatenate[Store, _P], _R]:
    """Turn SQLite errors raised by a :class:`Store` method into :class:`StorageError`."""

    @functools.wraps(method)
    def wrapper(self: Store, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise  # a bug, not a condition of the database
            raise self._error(exc) from exc

    return wrapper


def _guarded_iter(
    method: Callable[Concatenate[Store, _P], Iterator[_T]],
) -> Callable[Concatenate[Store, _P], Iterator[_T]]:
    """:func:`_guarded` for generator methods (their SQL runs while they are iterated)."""

    @functools.wraps(method)
    def wrapper(self: Store, /, *args: _P.args, **kwargs: _P.kwargs) -> Iterator[_T]:
        try:
            yield from method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise
            raise self._error(exc) from exc

    return wrapper


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


@dataclass(slots=True)
class StoredStats:
    """What the database holds; ``coverage`` maps a field to the share of releases having it."""

    releases: int = 0
    pages: int = 0
    quotes: int = 0
    crawls: int = 0
    first_date: str | None = None
    last_date: str | None = None
    coverage: dict[str, float] = field(default_factory=dict)
    content_types: Counter[str] = field(default_factory=Counter)
    unknown: dict[str, Counter[str]] = field(default_factory=dict)
    last_crawl: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class FieldDrift:
    """A field found on a much smaller share of a crawl's releases than before."""

    field: str
    before: float
    """Share of the stored releases having the field when the crawl started."""
    now: float
    """Share of the releases the crawl parsed having it."""
    examples: tuple[str, ...]
    """URLs of releases parsed by the crawl without the field (at most three)."""


@dataclass(slots=True)
class CoverageReport:
    """Per-field coverage of one crawl's parsed releases against the database before it.

    ``drops`` lists the fields whose coverage fell by more than the threshold; it stays empty
    when either side has too few releases to compare (``comparable`` is then False).
    """

    crawl_id: int
    releases: int
    baseline_releases: int
    now: dict[str, float]
    before: dict[str, float]
    comparable: bool = False
    drops: list[FieldDrift] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "crawl_id": self.crawl_id,
            "releases": self.releases,
            "baseline_releases": self.baseline_releases,
            "now": self.now,
            "before": self.before,
            "comparable": self.comparable,
            "drops": [
                {"field": d.field, "before": d.before, "now": d.now, "examples": list(d.examples)}
                for d in self.drops
            ],
        }


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_FIELD_LIST = ", ".join(COVERAGE_FIELDS)


def _coverage_of(release: Release) -> dict[str, bool]:
    """Which coverage fields a parsed release has (the same tests as :data:`_HAS`)."""
    return {
        "title": bool(release.title),
        "date": release.date is not None,
        "place": bool(release.place),
        "sources": bool(release.sources),
        "fields_of_work": bool(release.fields_of_work),
        "paragraphs": bool(release.paragraphs),
        "quotes": bool(release.quotes),
        "content_type": bool(release.content_type),
    }


def _menu_from(data: Any) -> MenuItem:
    return MenuItem(
        label=data["label"],
        url=data.get("url"),
        children=tuple(_menu_from(child) for child in data.get("children", ())),
    )


def _norm(value: str) -> str:
    return " ".join(value.replace("\u2013", "-").casefold().split())


_GROUPS = {
    "fields_of_work": ("fields of work", "what we do", "topics"),
    "countries": ("participating states", "countries", "where we are"),
    "structures": ("structures and institutions", "structures", "institutions"),
}


def _walk(items: Iterable[MenuItem]) -> Iterator[MenuItem]:
    for item in items:
        yield item
        yield from _walk(item.children)


def _leaves(item: MenuItem) -> list[str]:
    if not item.children:
        return [item.label]
    return [label for child in item.children for label in [child.label, *_leaves(child)]]


def taxonomy_groups(menu: Iterable[MenuItem]) -> dict[str, list[str]]:
    """Fields of work, countries and structures named by a menu tree (matched by heading).

    Headings are matched loosely because the menu's wording changes; each group lists its labels in
    menu order without duplicates. A group whose heading is missing is empty.
    """
    items = list(_walk(menu))
    groups: dict[str, list[str]] = {}
    for group, headings in _GROUPS.items():
        labels: list[str] = []
        for heading in headings:
            for item in items:
                if item.children and _norm(item.label) == heading:
                    labels.extend(_leaves(item))
            if labels:
                break
        groups[group] = list({_norm(x): x for x in reversed(labels)}.values())[::-1]
    return groups


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
        return _storage_error(self.path, exc, self.busy_timeout)

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StorageError(
                f"{self.path}: schema version {version} is newer than this osce-parse "
                f"({SCHEMA_VERSION}); upgrade osce-parse",
                "schema",
            )
        if version == SCHEMA_VERSION:
            return
        if version == 0:
            tables = self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise StorageError(f"{self.path}: not an osce-parse database", "schema")
            steps = [_SCHEMA]
        else:
            steps = [_MIGRATIONS[v] for v in range(version + 1, SCHEMA_VERSION + 1)]
        with self._transaction():
            for script in steps:
                for statement in script.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

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

    @_guarded
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

    @_guarded
    def start_crawl(self, options: dict[str, Any]) -> int:
        """Record a new crawl and return its id; unfinished older crawls are closed.

        The coverage of the releases stored so far is kept with the crawl as the baseline that
        :meth:`coverage_drift` compares the crawl's own releases with.
        """
        with self.transaction():
            self._db.execute(
                "UPDATE crawls SET status='abandoned', finished_at=? WHERE status!='finished'"
                " AND status!='abandoned'",
                (_now(),),
            )
            releases, coverage = self._stored_coverage()
            baseline = {"releases": releases, "coverage": coverage}
            cursor = self._db.execute(
                "INSERT INTO crawls (started_at, status, options, baseline) VALUES"
                " (?, 'running', ?, ?)",
                (_now(), _json(options), _json(baseline)),
            )
        return int(cursor.lastrowid or 0)

    @_guarded
    def set_crawl_status(self, crawl_id: int, status: str, summary: dict[str, Any]) -> None:
        """Record how a run of the crawl ended ("finished", or "stopped" to resume later)."""
        self._db.execute(
            "UPDATE crawls SET status=?, finished_at=?, summary=? WHERE id=?",
            (status, _now(), _json(summary), crawl_id),
        )

    @_guarded
    def crawl_row(self, crawl_id: int) -> dict[str, Any]:
        """The crawl's row with ``options`` and ``summary`` decoded."""
        row = self._db.execute("SELECT * FROM crawls WHERE id=?", (crawl_id,)).fetchone()
        data = dict(row)
        for name in ("options", "summary", "baseline"):
            data[name] = json.loads(data[name]) if data[name] else None
        return data

    # -- journal --------------------------------------------------------------------------------

    @_guarded
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

    @_guarded
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

    @_guarded
    def mark(self, crawl_id: int, key: str, state: str, outcome: str | None = None) -> None:
        """Set an entry's state (done, failed, skipped) and outcome or failure reason."""
        self._db.execute(
            "UPDATE journal SET state=?, outcome=?, attempts=attempts+1, updated_at=?"
            " WHERE crawl_id=? AND key=?",
            (state, outcome, _now(), crawl_id, key),
        )

    @_guarded
    def journal_counts(self, crawl_id: int) -> Counter[tuple[str, str, str]]:
        """Counts of ``(kind, state, outcome)`` over the crawl's journal."""
        rows = self._db.execute(
            "SELECT kind, state, coalesce(outcome, ''), count(*) FROM journal WHERE crawl_id=?"
            " GROUP BY 1, 2, 3",
            (crawl_id,),
        )
        return Counter({(k, s, o): n for k, s, o, n in rows})

    @_guarded
    def earlier_failures(self, crawl_id: int) -> list[tuple[str, str, str]]:
        """``(key, url, "release")`` of releases that failed in earlier crawls, still not stored."""
        rows = self._db.execute(
            "SELECT DISTINCT j.key, j.url FROM journal j WHERE j.crawl_id < ? AND j.kind='release'"
            " AND j.state='failed' AND NOT EXISTS (SELECT 1 FROM releases r WHERE r.key=j.key)"
            " ORDER BY j.crawl_id, j.seq",
            (crawl_id,),
        )
        return [(key, url, "release") for key, url in rows]

    @_guarded
    def failures(self, crawl_id: int) -> list[tuple[str, str]]:
        """``(url, reason)`` of the crawl's failed entries."""
        rows = self._db.execute(
            "SELECT url, outcome FROM journal WHERE crawl_id=? AND state='failed' ORDER BY seq",
            (crawl_id,),
        )
        return [(url, reason or "") for url, reason in rows]

    # -- pages ----------------------------------------------------------------------------------

    @_guarded
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
        now = _now()
        if status == 304:
            self._db.execute("UPDATE pages SET checked_at=? WHERE url=?", (now, url))
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
                now,
                now,
            ),
        )

    @_guarded
    def validators(self, url: str) -> tuple[str | None, str | None]:
        """The stored ``(etag, last_modified)`` of ``url`` for a conditional GET."""
        row = self._db.execute(
            "SELECT etag, last_modified FROM pages WHERE url=?", (url,)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    @_guarded
    def raw_page(self, url: str) -> RawPage | None:
        """The stored body of ``url``, decompressed."""
        row = self._db.execute(
            "SELECT url, final_url, content_type, body FROM pages WHERE url=?", (url,)
        ).fetchone()
        if row is None:
            return None
        return RawPage(row[0], row[1], row[2], zlib.decompress(row[3]))

    # -- releases -------------------------------------------------------------------------------

    @_guarded
    def has_release(self, key: str, url: str | None = None) -> bool:
        """Whether a release with this key (or reached under ``url``) is stored."""
        if self._db.execute("SELECT 1 FROM releases WHERE key=?", (key,)).fetchone():
            return True
        if url is None:
            return False
        return bool(self._db.execute("SELECT 1 FROM release_urls WHERE url=?", (url,)).fetchone())

    @_guarded
    def save_release(
        self, release: Release, page_url: str, crawl_id: int | None = None
    ) -> tuple[str, str]:
        """Insert or update a release and its quotes; return ``(key, outcome)``.

        The outcome is "new", "updated" or "same" (the stored JSON did not change).
        """
        url = release.url or page_url
        key = release_key(url, release.node_id, release.language)
        data = release.to_dict()
        blob = _json(data)
        row = self._db.execute("SELECT json FROM releases WHERE key=?", (key,)).fetchone()
        now = _now()
        values = (
            url,
            page_url,
            release.node_id,
            release.language,
            release.content_type,
            release.title,
            data["date"],
            release.date_source,
            release.place,
            _json(data["sources"]),
            _json(data["fields_of_work"]),
            len(release.paragraphs),
            len(release.quotes),
            len(release.warnings),
            blob,
        )
        if row is None:
            outcome = "new"
            self._db.execute(
                "INSERT INTO releases (url, page_url, node_id, language, content_type, title,"
                " date, date_source, place, sources, fields_of_work, n_paragraphs, n_quotes,"
                " n_warnings, json, key, first_crawl, first_seen, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, key, crawl_id, now, now),
            )
        elif row[0] == blob:
            outcome = "same"
        else:
            outcome = "updated"
            self._db.execute(
                "UPDATE releases SET url=?, page_url=?, node_id=?, language=?, content_type=?,"
                " title=?, date=?, date_source=?, place=?, sources=?, fields_of_work=?,"
                " n_paragraphs=?, n_quotes=?, n_warnings=?, json=?, updated_at=? WHERE key=?",
                (*values, now, key),
            )
        if outcome != "same":
            self._db.execute("DELETE FROM quotes WHERE key=?", (key,))
            self._db.executemany(
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
        self._db.executemany(
            "INSERT INTO release_urls (url, key) VALUES (?, ?)"
            " ON CONFLICT(url) DO UPDATE SET key=excluded.key",
            [(u, key) for u in {url, page_url}],
        )
        if crawl_id is not None:
            has = _coverage_of(release)
            self._db.execute(
                f"INSERT OR REPLACE INTO crawl_parses (crawl_id, key, url, {_FIELD_LIST})"
                f" VALUES (?, ?, ?, {', '.join('?' * len(COVERAGE_FIELDS))})",
                (crawl_id, key, url, *(int(has[name]) for name in COVERAGE_FIELDS)),
            )
        return key, outcome

    @_guarded_iter
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

    @_guarded_iter
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

    @_guarded
    def release_count(self) -> int:
        """How many releases are stored."""
        return int(self._db.execute("SELECT count(*) FROM releases").fetchone()[0])

    # -- taxonomy -------------------------------------------------------------------------------

    @_guarded
    def has_taxonomy(self, crawl_id: int) -> bool:
        """Whether the crawl already stored the site menu."""
        query = "SELECT 1 FROM taxonomy WHERE crawl_id=?"
        return bool(self._db.execute(query, (crawl_id,)).fetchone())

    @_guarded
    def save_taxonomy(self, crawl_id: int, url: str, menu: tuple[MenuItem, ...]) -> None:
        """Store the menu tree seen by a crawl."""
        self._db.execute(
            "INSERT OR REPLACE INTO taxonomy (crawl_id, url, fetched_at, json) VALUES (?, ?, ?, ?)",
            (crawl_id, url, _now(), _json([item.to_dict() for item in menu])),
        )

    @_guarded
    def taxonomy(self) -> tuple[MenuItem, ...]:
        """The menu tree of the latest crawl that stored one (empty if none did)."""
        row = self._db.execute(
            "SELECT json FROM taxonomy ORDER BY crawl_id DESC LIMIT 1"
        ).fetchone()
        return tuple(_menu_from(item) for item in json.loads(row[0])) if row else ()

    # -- coverage drift -------------------------------------------------------------------------

    def _stored_coverage(self) -> tuple[int, dict[str, float]]:
        """How many releases are stored and the share of them having each coverage field."""
        columns = ", ".join(f"coalesce(avg({_HAS[name]}), 0)" for name in COVERAGE_FIELDS)
        row = self._db.execute(f"SELECT count(*), {columns} FROM releases").fetchone()
        return int(row[0]), dict(zip(COVERAGE_FIELDS, map(float, row[1:]), strict=True))

    @_guarded
    def last_parsing_crawl(self) -> int | None:
        """The id of the latest crawl that parsed at least one release, if any."""
        row = self._db.execute("SELECT max(crawl_id) FROM crawl_parses").fetchone()
        return int(row[0]) if row[0] is not None else None

    @_guarded
    def crawl_coverage(self, crawl_id: int) -> tuple[int, dict[str, float]]:
        """How many releases the crawl parsed and the share of them having each field."""
        columns = ", ".join(f"coalesce(avg({name}), 0)" for name in COVERAGE_FIELDS)
        row = self._db.execute(
            f"SELECT count(*), {columns} FROM crawl_parses WHERE crawl_id=?", (crawl_id,)
        ).fetchone()
        return int(row[0]), dict(zip(COVERAGE_FIELDS, map(float, row[1:]), strict=True))

    @_guarded
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
        releases, now = self.crawl_coverage(crawl_id)
        if not releases:
            return None
        row = self._db.execute("SELECT baseline FROM crawls WHERE id=?", (crawl_id,)).fetchone()
        baseline: dict[str, Any] = json.loads(row[0]) if row and row[0] else {}
        coverage: dict[str, float] = baseline.get("coverage", {})
        before = {k: float(v) for k, v in coverage.items() if k in now}
        report = CoverageReport(crawl_id, releases, int(baseline.get("releases", 0)), now, before)
        report.comparable = min(releases, report.baseline_releases) >= max(min_releases, 1)
        if not report.comparable:
            return report
        for name in COVERAGE_FIELDS:
            if name in before and before[name] - now[name] > threshold:
                examples = self._db.execute(
                    f"SELECT url FROM crawl_parses WHERE crawl_id=? AND {name}=0"
                    " ORDER BY rowid LIMIT 3",
                    (crawl_id,),
                )
                urls = tuple(url for (url,) in examples)
                report.drops.append(FieldDrift(name, before[name], now[name], urls))
        return report

    # -- statistics -----------------------------------------------------------------------------

    @_guarded
    def stats(self) -> StoredStats:
        """Counts, date range, per-field coverage and values the taxonomy does not know."""
        db = self._db
        result = StoredStats()
        result.releases = self.release_count()
        result.pages = db.execute("SELECT count(*) FROM pages").fetchone()[0]
        result.quotes = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
        result.crawls = db.execute("SELECT count(*) FROM crawls").fetchone()[0]
        result.first_date, result.last_date = db.execute(
            "SELECT min(date), max(date) FROM releases"
        ).fetchone()
        if result.releases:
            row = db.execute(
                "SELECT avg(date IS NOT NULL), avg(place IS NOT NULL), avg(sources != '[]'),"
                " avg(fields_of_work != '[]'), avg(n_quotes > 0), avg(node_id IS NOT NULL)"
                " FROM releases"
            ).fetchone()
            names = ("date", "place", "sources", "fields_of_work", "quotes", "node_id")
            result.coverage = {name: float(value) for name, value in zip(names, row, strict=True)}
        for (content_type,) in db.execute("SELECT coalesce(content_type, '?') FROM releases"):
            result.content_types[content_type] += 1
        groups = taxonomy_groups(self.taxonomy())
        known_fields = {_norm(x) for x in groups["fields_of_work"]}
        known_sources = {_norm(x) for x in groups["structures"] + groups["countries"]}
        result.unknown = {"fields_of_work": Counter(), "sources": Counter()}
        if known_fields or known_sources:
            for fields, sources in db.execute("SELECT fields_of_work, sources FROM releases"):
                for value in json.loads(fields):
                    if known_fields and _norm(value) not in known_fields:
                        result.unknown["fields_of_work"][value] += 1
                for value in json.loads(sources):
                    if known_sources and not _known_source(value, known_sources):
                        result.unknown["sources"][value] += 1
        row = db.execute("SELECT id FROM crawls ORDER BY id DESC LIMIT 1").fetchone()
        if row is not None:
            result.last_crawl = self.crawl_row(int(row[0]))
        return result


def _known_source(value: str, known: set[str]) -> bool:
    # Menu labels drop the "OSCE" prefix and the "(closed)" suffix that release sources carry.
    norm = _norm(value)
    variants = {norm, norm.removesuffix(" (closed)"), norm.removeprefix("osce ")}
    variants |= {v.removeprefix("osce ").removesuffix(" (closed)") for v in variants}
    return bool(variants & known)
