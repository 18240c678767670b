"""Full-text search over release titles and bodies: SQLite FTS5, kept in step with the releases
in the transaction that writes them.

Two indexes, rowid = ``releases.id``:

- ``release_search``: every release, tokenizer ``unicode61 remove_diacritics 2`` (words of any
  script, case and diacritics folded: "Skopje" finds "SKOPJE", "Zurich" finds "Zürich", and
  Cyrillic words are words). It is also the index Datasette's search box uses.
- ``release_search_en``: English releases again, with the Porter stemmer in front ("elections"
  finds "election", "monitoring" finds "monitored"). FTS5 has no stemmer for the other site
  languages: there a word matches as written (case and diacritics aside); ``word*`` matches
  every word that starts with it.

A search in English uses the stemmed index, one in another language the plain one; a search
over every language takes English hits from the first and the others from the second, merged by
bm25 rank (title matches weigh three times body matches).

A Python whose SQLite lacks FTS5 still opens and fills the database (search raises
:class:`SearchError`, kind "unavailable"); the indexes are then marked stale and rebuilt the
next time an SQLite with FTS5 opens the database.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass

from ..models import Release
from .errors import SearchError
from .schema import now

__all__ = [
    "INDEXES",
    "SearchHit",
    "fts5_available",
    "index_release",
    "match_expression",
    "prepare_search",
    "search_releases",
]

INDEXES = {
    "release_search": "unicode61 remove_diacritics 2",
    "release_search_en": "porter unicode61 remove_diacritics 2",
}
"""The FTS5 tables and their tokenizers."""

_STALE = "search_index_stale"  # settings row: written while the indexes could not be kept
_TITLE_WEIGHT = 3.0


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One release found by :meth:`Store.search`, best first."""

    key: str
    url: str
    title: str
    date: dt.date | None
    language: str | None
    rank: float
    """bm25 score: lower is better (the scores are negative)."""
    snippet: str
    """Words around the best match, the matched words between the ``highlight`` marks."""


def fts5_available(db: sqlite3.Connection) -> bool:
    """Whether this SQLite can create FTS5 tables (built in, or loaded as an extension)."""
    try:
        db.execute("CREATE VIRTUAL TABLE temp.osce_parse_fts5_probe USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    db.execute("DROP TABLE temp.osce_parse_fts5_probe")
    return True


def needs_rebuild(db: sqlite3.Connection) -> bool:
    """Whether the indexes are missing, or were not kept in step by a writer without FTS5."""
    present = db.execute(
        f"SELECT count(*) FROM sqlite_master WHERE name IN ({', '.join('?' * len(INDEXES))})",
        tuple(INDEXES),
    ).fetchone()[0]
    stale = db.execute("SELECT 1 FROM settings WHERE name=?", (_STALE,)).fetchone()
    return present < len(INDEXES) or stale is not None


def prepare_search(db: sqlite3.Connection) -> None:
    """Create the indexes if missing and (re)build them from the stored releases (inside the
    caller's transaction; needs FTS5)."""
    for table, tokenizer in INDEXES.items():
        db.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5(title, body,"
            f" tokenize='{tokenizer}')"
        )
        db.execute(f"DELETE FROM {table}")
    rows = db.execute("SELECT id, key, language, title FROM releases ORDER BY id").fetchall()
    for ident, key, language, title in rows:
        paragraphs = [
            text
            for (text,) in db.execute(
                "SELECT text FROM paragraphs WHERE key=? ORDER BY idx", (key,)
            )
        ]
        _insert(db, ident, language, title, paragraphs)
    db.execute("DELETE FROM settings WHERE name=?", (_STALE,))


def index_release(db: sqlite3.Connection, ident: int, release: Release, available: bool) -> None:
    """Put the release (``releases.id`` ``ident``) into the indexes in place of what was there,
    or, without FTS5, note that the indexes must be rebuilt."""
    if not available:
        db.execute("INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)", (_STALE, now()))
        return
    for table in INDEXES:
        db.execute(f"DELETE FROM {table} WHERE rowid=?", (ident,))
    _insert(db, ident, release.language, release.title, release.paragraphs)


def _insert(
    db: sqlite3.Connection,
    ident: int,
    language: str | None,
    title: str,
    paragraphs: tuple[str, ...] | list[str],
) -> None:
    values = (ident, title, "\n".join(paragraphs))
    db.execute("INSERT INTO release_search (rowid, title, body) VALUES (?, ?, ?)", values)
    if language == "en":
        db.execute("INSERT INTO release_search_en (rowid, title, body) VALUES (?, ?, ?)", values)


# -- queries --------------------------------------------------------------------------------------

_TERM = re.compile(r'"([^"]*)"(\*?)|(\S+)')


def match_expression(query: str) -> str:
    """A plain query as an FTS5 expression: every word (or "quoted phrase") must occur; a word
    ending in ``*`` matches words starting with it. Characters FTS5 would read as syntax
    (``-``, ``:``, ``(``, ``"``, ``OR``) are taken as text."""
    terms = []
    for match in _TERM.finditer(query):
        phrase, star, word = match.group(1), match.group(2), match.group(3)
        if word is not None:
            star = "*" if word.endswith("*") and word.strip("*") else ""
            phrase = word.rstrip("*") if star else word
        phrase = (phrase or "").strip()
        if phrase:
            terms.append('"' + phrase.replace('"', '""') + '"' + star)
    if not terms:
        raise SearchError("empty search: give at least one word", "query")
    return " ".join(terms)


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What :func:`search_releases` runs: the FTS5 expression, a filter over ``releases r``
    (SQL and its parameters), the language asked for, how many hits, the snippet marks."""

    expression: str
    where: str
    params: tuple[object, ...]
    language: str | None
    limit: int
    highlight: tuple[str, str]


def _select(table: str, query: SearchQuery, extra: str) -> tuple[str, list[object]]:
    before, after = query.highlight
    sql = (
        f"SELECT r.key, r.url, r.title, r.date, r.language,"
        f" bm25({table}, {_TITLE_WEIGHT}, 1.0) AS rank,"
        f" snippet({table}, -1, ?, ?, '…', 16) AS snippet"
        f" FROM {table} JOIN releases r ON r.id = {table}.rowid"
        f" WHERE {table} MATCH ? AND {query.where}{extra}"
    )
    return sql, [before, after, query.expression, *query.params]


def _statement(query: SearchQuery) -> tuple[str, list[object]]:
    if query.language == "en":
        sql, params = _select("release_search_en", query, "")
    elif query.language is not None:
        sql, params = _select("release_search", query, "")
    else:
        english, first = _select("release_search_en", query, "")
        others, second = _select("release_search", query, " AND r.language IS NOT 'en'")
        sql, params = f"{english} UNION ALL {others}", first + second
    return f"SELECT * FROM ({sql}) ORDER BY rank, date DESC, key LIMIT ?", [*params, query.limit]


def search_releases(db: sqlite3.Connection, query: SearchQuery) -> list[SearchHit]:
    """Run a search; a query FTS5 cannot read raises :class:`SearchError` (kind "query")."""
    sql, params = _statement(query)
    try:
        rows = db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        # SQLITE_ERROR: what FTS5 says of a query it cannot read ("fts5: syntax error near",
        # "unterminated string", "no such column"); a lock or an I/O error has its own code.
        if getattr(exc, "sqlite_errorcode", 1) & 0xFF == 1:
            message = f"cannot read the search {query.expression!r}: {exc}"
            raise SearchError(message, "query") from None
        raise
    return [
        SearchHit(
            key=row[0],
            url=row[1],
            title=row[2],
            date=dt.date.fromisoformat(row[3]) if row[3] else None,
            language=row[4],
            rank=float(row[5]),
            snippet=row[6],
        )
        for row in rows
    ]
