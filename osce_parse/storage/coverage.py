"""Field coverage and layout drift: which fields the releases have, per crawl and overall; the
statistics of what the database holds.

Each crawl records which coverage fields every release it parsed had (``crawl_parses``) and the
coverage of the stored releases when it started (``crawls.baseline``); :func:`drift_report`
compares the two, so a changed site layout (a field that suddenly goes missing) is noticed.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..models import Release

__all__ = [
    "COVERAGE_FIELDS",
    "CoverageReport",
    "FieldDrift",
    "StoredStats",
    "coverage_of",
    "crawl_coverage",
    "last_parsing_crawl",
    "record_parse",
    "stored_coverage",
    "stored_stats",
    "stored_strata",
    "stratum_of",
]

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
    unmatched: int = 0
    """Releases the crawl parsed in years and languages the database had none of before it
    (a backfill): not compared, since older pages lack fields newer ones have."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "crawl_id": self.crawl_id,
            "releases": self.releases,
            "baseline_releases": self.baseline_releases,
            "now": self.now,
            "before": self.before,
            "comparable": self.comparable,
            "unmatched": self.unmatched,
            "drops": [
                {"field": d.field, "before": d.before, "now": d.now, "examples": list(d.examples)}
                for d in self.drops
            ],
        }


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
    changed_releases: int = 0
    """Releases the site changed after they were first stored (:meth:`Store.versions`)."""
    versions: int = 0
    """Release versions kept, current ones included."""


_FIELD_LIST = ", ".join(COVERAGE_FIELDS)


def coverage_of(release: Release) -> dict[str, bool]:
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


def stratum_of(release: Release) -> str:
    """The group a release's coverage is compared within: ``"YEAR/LANGUAGE"`` (``?`` unknown).

    Pages of one year and language share a site generation: older years lack fields newer
    ones have, so a crawl backfilling 2010 is compared with stored 2010 releases, not 2024's."""
    year = release.date.year if release.date else "?"
    return f"{year}/{release.language or '?'}"


# The same stratum, from a releases row.
STRATUM_SQL = "coalesce(substr(date, 1, 4), '?') || '/' || coalesce(language, '?')"


def record_parse(
    db: sqlite3.Connection, crawl_id: int, key: str, url: str, release: Release
) -> None:
    """Record which coverage fields a release parsed by the crawl has, and its stratum."""
    has = coverage_of(release)
    db.execute(
        f"INSERT OR REPLACE INTO crawl_parses (crawl_id, key, url, stratum, {_FIELD_LIST})"
        f" VALUES (?, ?, ?, ?, {', '.join('?' * len(COVERAGE_FIELDS))})",
        (crawl_id, key, url, stratum_of(release), *(int(has[n]) for n in COVERAGE_FIELDS)),
    )


def stored_coverage(db: sqlite3.Connection) -> tuple[int, dict[str, float]]:
    """How many releases are stored and the share of them having each coverage field."""
    columns = ", ".join(f"coalesce(avg({_HAS[name]}), 0)" for name in COVERAGE_FIELDS)
    row = db.execute(f"SELECT count(*), {columns} FROM releases").fetchone()
    return int(row[0]), dict(zip(COVERAGE_FIELDS, map(float, row[1:]), strict=True))


def stored_strata(db: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """Per stratum (:func:`stratum_of`): how many releases are stored, and their coverage."""
    columns = ", ".join(f"coalesce(avg({_HAS[name]}), 0)" for name in COVERAGE_FIELDS)
    rows = db.execute(f"SELECT {STRATUM_SQL}, count(*), {columns} FROM releases GROUP BY 1")
    return {
        row[0]: {
            "releases": int(row[1]),
            "coverage": dict(zip(COVERAGE_FIELDS, map(float, row[2:]), strict=True)),
        }
        for row in rows
    }


def last_parsing_crawl(db: sqlite3.Connection) -> int | None:
    """The id of the latest crawl that parsed at least one release, if any."""
    row = db.execute("SELECT max(crawl_id) FROM crawl_parses").fetchone()
    return int(row[0]) if row[0] is not None else None


def crawl_coverage(db: sqlite3.Connection, crawl_id: int) -> tuple[int, dict[str, float]]:
    """How many releases the crawl parsed and the share of them having each field."""
    columns = ", ".join(f"coalesce(avg({name}), 0)" for name in COVERAGE_FIELDS)
    row = db.execute(
        f"SELECT count(*), {columns} FROM crawl_parses WHERE crawl_id=?", (crawl_id,)
    ).fetchone()
    return int(row[0]), dict(zip(COVERAGE_FIELDS, map(float, row[1:]), strict=True))


def stored_stats(db: sqlite3.Connection) -> StoredStats:
    """Counts, date range, per-field coverage and content types of the stored releases (the
    values the menu does not know and the last crawl are the :class:`Store`'s to add)."""
    result = StoredStats()
    result.releases = int(db.execute("SELECT count(*) FROM releases").fetchone()[0])
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
    return result
