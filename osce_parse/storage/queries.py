"""Reading releases back: typed releases, quotes with their release, people, full-text search,
as methods of :class:`~osce_parse.storage.Store` (a mixin over its connection).

Every method takes the same filters: ``since`` / ``until`` (release dates, inclusive),
``language`` (a site language code), ``source`` and ``field_of_work`` (a name as the releases
give it, ASCII case ignored).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..models import Quote, Release
from .derived import ROLE_SEPARATOR
from .errors import SearchError, StorageError, guarded, guarded_iter
from .search import SearchHit, SearchQuery, match_expression, search_releases

__all__ = ["Filters", "ReleaseQueries", "StoredPerson", "StoredQuote"]


@dataclass(frozen=True, slots=True)
class Filters:
    """Which releases a query looks at (None: no condition)."""

    since: dt.date | None = None
    until: dt.date | None = None
    language: str | None = None
    source: str | None = None
    field_of_work: str | None = None

    def sql(self) -> tuple[str, tuple[object, ...]]:
        """A condition over ``releases r`` and its parameters."""
        clauses, params = ["1"], []
        for column, op, value in (("date", ">=", self.since), ("date", "<=", self.until)):
            if value is not None:
                clauses.append(f"r.{column} {op} ?")
                params.append(value.isoformat())
        if self.language is not None:
            clauses.append("r.language = ?")
            params.append(self.language)
        for link, table, column, name in (
            ("release_sources", "sources", "source_id", self.source),
            ("release_fields_of_work", "fields_of_work", "field_of_work_id", self.field_of_work),
        ):
            if name is not None:
                clauses.append(
                    f"EXISTS (SELECT 1 FROM {link} l JOIN {table} n ON n.id = l.{column}"
                    " WHERE l.key = r.key AND n.name = ? COLLATE NOCASE)"
                )
                params.append(name)
        return " AND ".join(clauses), tuple(params)


@dataclass(frozen=True, slots=True)
class StoredQuote:
    """A quote with the release it is in (:meth:`Store.quotes`)."""

    key: str
    url: str
    date: dt.date | None
    language: str | None
    title: str
    quote: Quote


@dataclass(frozen=True, slots=True)
class StoredPerson:
    """Someone the stored releases name or quote (:meth:`Store.people`)."""

    name: str
    releases: int
    """Releases naming or quoting them."""
    quotes: int
    roles: tuple[str, ...] = ()
    """Every role the releases give them, most frequent first."""
    gender: str | None = None
    """The gender the releases give them most often (None if never)."""
    first_date: dt.date | None = None
    last_date: dt.date | None = None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@dataclass(slots=True)
class _Tally:
    keys: set[str] = field(default_factory=set)
    quotes: int = 0
    roles: Counter[str] = field(default_factory=Counter)
    genders: Counter[str] = field(default_factory=Counter)
    dates: list[str] = field(default_factory=list)

    def add(self, key: str, date: str | None) -> None:
        self.keys.add(key)
        if date:
            self.dates.append(date)

    def person(self, name: str) -> StoredPerson:
        return StoredPerson(
            name=name,
            releases=len(self.keys),
            quotes=self.quotes,
            roles=tuple(role for role, _ in self.roles.most_common()),
            gender=self.genders.most_common(1)[0][0] if self.genders else None,
            first_date=_date(min(self.dates, default=None)),
            last_date=_date(max(self.dates, default=None)),
        )


def _tally_people(
    db: sqlite3.Connection, where: str, params: tuple[object, ...]
) -> list[StoredPerson]:
    tallies: dict[str, _Tally] = {}
    named = db.execute(
        "SELECT p.name, r.key, r.date, rp.roles, rp.gender FROM release_people rp"
        f" JOIN people p ON p.id = rp.person_id JOIN releases r ON r.key = rp.key WHERE {where}",
        params,
    )
    for name, key, date, roles, gender in named:
        tally = tallies.setdefault(name, _Tally())
        tally.add(key, date)
        tally.roles.update(role for role in roles.split(ROLE_SEPARATOR) if role)
        if gender:
            tally.genders[gender] += 1
    quoted = db.execute(
        "SELECT p.name, r.key, r.date FROM quotes q JOIN people p ON p.id = q.person_id"
        f" JOIN releases r ON r.key = q.key WHERE {where}",
        params,
    )
    for name, key, date in quoted:
        tally = tallies.setdefault(name, _Tally())
        tally.add(key, date)
        tally.quotes += 1
    people = [tally.person(name) for name, tally in tallies.items()]
    return sorted(people, key=lambda p: (-p.quotes, -p.releases, p.name))


class ReleaseQueries:
    """The reading methods of :class:`~osce_parse.storage.Store`."""

    _db: sqlite3.Connection
    _search: bool

    def _error(self, exc: sqlite3.Error) -> StorageError:
        raise NotImplementedError

    @guarded_iter
    def releases(
        self,
        since: dt.date | None = None,
        until: dt.date | None = None,
        *,
        language: str | None = None,
        source: str | None = None,
        field_of_work: str | None = None,
    ) -> Iterator[Release]:
        """Stored releases as :class:`Release` objects, newest first (streamed: one in memory
        at a time)."""
        for data in self.release_dicts(
            since, until, language=language, source=source, field_of_work=field_of_work
        ):
            yield Release.from_dict(data)

    @guarded_iter
    def release_dicts(
        self,
        since: dt.date | None = None,
        until: dt.date | None = None,
        *,
        language: str | None = None,
        source: str | None = None,
        field_of_work: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """:meth:`releases` as stored: ``Release.to_dict()`` dicts, without building objects
        (what exports write)."""
        where, params = Filters(since, until, language, source, field_of_work).sql()
        sql = f"SELECT r.json FROM releases r WHERE {where} ORDER BY r.date DESC, r.key"
        for (blob,) in self._db.execute(sql, params):
            yield json.loads(blob)

    @guarded
    def release(self, key: str) -> Release | None:
        """The release stored under ``key`` (:func:`osce_parse.release_key`), if any."""
        row = self._db.execute("SELECT json FROM releases WHERE key=?", (key,)).fetchone()
        return Release.from_dict(json.loads(row[0])) if row else None

    @guarded_iter
    def quotes(
        self,
        speaker: str | None = None,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        language: str | None = None,
        source: str | None = None,
        field_of_work: str | None = None,
    ) -> Iterator[StoredQuote]:
        """Quotes with their release, newest release first (in text order within one);
        ``speaker``: only theirs (the name as the quotes give it, ASCII case ignored)."""
        where, params = Filters(since, until, language, source, field_of_work).sql()
        if speaker is not None:
            where += " AND q.speaker = ? COLLATE NOCASE"
            params += (speaker,)
        rows = self._db.execute(
            "SELECT r.key, r.url, r.date, r.language, r.title, q.text, q.speaker, q.mention,"
            ' q.verb, q.paragraph, q.start, q."end", q.continued FROM quotes q'
            f" JOIN releases r ON r.key = q.key WHERE {where} ORDER BY r.date DESC, r.key, q.idx",
            params,
        )
        for row in rows:
            quote = Quote(
                text=row[5],
                speaker=row[6],
                mention=row[7],
                verb=row[8],
                paragraph=row[9],
                start=row[10],
                end=row[11],
                continued=bool(row[12]),
            )
            yield StoredQuote(row[0], row[1], _date(row[2]), row[3], row[4], quote)

    @guarded
    def people(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        language: str | None = None,
        source: str | None = None,
        field_of_work: str | None = None,
    ) -> list[StoredPerson]:
        """Everyone the releases name or quote, most quoted first (then most releases)."""
        where, params = Filters(since, until, language, source, field_of_work).sql()
        return _tally_people(self._db, where, params)

    @guarded
    def search(
        self,
        query: str,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        language: str | None = None,
        source: str | None = None,
        field_of_work: str | None = None,
        limit: int = 20,
        raw: bool = False,
        highlight: tuple[str, str] = ("[", "]"),
    ) -> list[SearchHit]:
        """Releases whose title or body match ``query``, best first (bm25), each with a snippet.

        ``query``: words that must all occur ("quoted phrases", ``prefix*``); with ``raw``, an
        FTS5 query as it is (``OR``, ``NOT``, ``NEAR(...)``, ``title: word``). Raises
        :class:`SearchError`: kind "query" for a query FTS5 cannot read, "unavailable" if this
        Python's SQLite has no FTS5.
        """
        if not self._search:
            raise SearchError(
                "full-text search needs SQLite with FTS5, which this Python's sqlite3 lacks"
                " (the releases are stored, and indexed when a Python with FTS5 opens them)",
                "unavailable",
            )
        expression = query.strip() if raw else match_expression(query)
        if not expression:
            raise SearchError("empty search: give at least one word", "query")
        where, params = Filters(since, until, language, source, field_of_work).sql()
        spec = SearchQuery(expression, where, params, language, max(0, limit), highlight)
        return search_releases(self._db, spec)
