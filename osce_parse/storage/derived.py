"""The normalised tables: a release's paragraphs, people, sources, fields of work and the people
its quotes name, derived from the release and written in the caller's transaction whenever the
release row is (insert, update, reparse, migration), so they never disagree with its JSON.

``people``, ``sources`` and ``fields_of_work`` hold each name once; a name no release refers to
any more is removed when the last release that named it changes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..models import Person, Quote, Release

__all__ = ["ROLE_SEPARATOR", "write_derived"]

ROLE_SEPARATOR = "; "
"""Between the roles in ``release_people.roles``."""

# Link table -> (name table, id column) of the name lists a release refers to.
_LINKS = {
    "release_sources": ("sources", "source_id"),
    "release_fields_of_work": ("fields_of_work", "field_of_work_id"),
    "release_people": ("people", "person_id"),
}


def write_derived(db: sqlite3.Connection, key: str, release: Release, *, new: bool = False) -> None:
    """Replace the release's rows in the normalised tables (its quotes included); ``new``: the
    release had none (nothing to replace)."""
    before = {} if new else _referenced(db, key)
    if not new:
        for table in ("paragraphs", "quotes", *_LINKS):
            db.execute(f"DELETE FROM {table} WHERE key=?", (key,))
    db.executemany(
        "INSERT INTO paragraphs (key, idx, text) VALUES (?, ?, ?)",
        [(key, i, text) for i, text in enumerate(release.paragraphs)],
    )
    _write_names(db, key, "release_sources", release.sources)
    _write_names(db, key, "release_fields_of_work", release.fields_of_work)
    _write_people(db, key, release.people)
    _write_quotes(db, key, release.quotes)
    _prune(db, before)


def name_id(db: sqlite3.Connection, table: str, name: str) -> int:
    """The id of ``name`` in a name table (``people``, ``sources``, ``fields_of_work``), added
    if it is not there yet."""
    row = db.execute(f"SELECT id FROM {table} WHERE name=?", (name,)).fetchone()
    if row is not None:
        return int(row[0])
    cursor = db.execute(f"INSERT INTO {table} (name) VALUES (?)", (name,))
    return int(cursor.lastrowid or 0)


def _write_names(db: sqlite3.Connection, key: str, link: str, names: Iterable[str]) -> None:
    table, column = _LINKS[link]
    db.executemany(
        f"INSERT INTO {link} (key, idx, {column}) VALUES (?, ?, ?)",
        [(key, i, name_id(db, table, name)) for i, name in enumerate(names)],
    )


def _write_people(db: sqlite3.Connection, key: str, people: Iterable[Person]) -> None:
    db.executemany(
        "INSERT INTO release_people (key, idx, person_id, roles, gender) VALUES (?, ?, ?, ?, ?)",
        [
            (key, i, name_id(db, "people", p.name), ROLE_SEPARATOR.join(p.roles), p.gender)
            for i, p in enumerate(people)
        ],
    )


def _write_quotes(db: sqlite3.Connection, key: str, quotes: Iterable[Quote]) -> None:
    db.executemany(
        "INSERT INTO quotes (key, idx, text, speaker, mention, verb, paragraph, start,"
        ' "end", continued, person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
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
                None if q.speaker is None else name_id(db, "people", q.speaker),
            )
            for i, q in enumerate(quotes)
        ],
    )


def _referenced(db: sqlite3.Connection, key: str) -> dict[str, set[int]]:
    """The ids of the names the release refers to now, per name table."""
    found: dict[str, set[int]] = {}
    for link, (table, column) in _LINKS.items():
        rows = db.execute(f"SELECT {column} FROM {link} WHERE key=?", (key,))
        found.setdefault(table, set()).update(int(row[0]) for row in rows)
    rows = db.execute("SELECT person_id FROM quotes WHERE key=? AND person_id IS NOT NULL", (key,))
    found["people"].update(int(row[0]) for row in rows)
    return found


def _prune(db: sqlite3.Connection, candidates: dict[str, set[int]]) -> None:
    """Remove the names among ``candidates`` that no release refers to any more."""
    for link, (table, column) in _LINKS.items():
        if not candidates.get(table):
            continue
        unused = f"NOT EXISTS (SELECT 1 FROM {link} WHERE {column} = {table}.id)"
        if table == "people":
            unused += " AND NOT EXISTS (SELECT 1 FROM quotes WHERE person_id = people.id)"
        db.executemany(
            f"DELETE FROM {table} WHERE id=? AND {unused}",
            [(ident,) for ident in candidates[table]],
        )
