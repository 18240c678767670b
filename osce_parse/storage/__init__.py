"""SQLite storage: raw pages, parsed releases in normalised tables, full-text search, menu
taxonomy and the crawl journal.

:class:`Store` (``store.py``) is the one entry point; ``schema.py`` holds the DDL and the
migrations (``migrate.py`` runs them), ``releases.py`` writes release rows, ``derived.py`` their
normalised rows, ``search.py`` the FTS5 indexes, ``queries.py`` reads releases, quotes and people
back, ``coverage.py`` measures field coverage and layout drift, ``taxonomy.py`` reads the site
menu, ``datasette.py`` writes Datasette's metadata, ``errors.py`` turns SQLite failures
into :class:`StorageError`.
"""

from __future__ import annotations

from .coverage import COVERAGE_FIELDS, CoverageReport, FieldDrift, StoredStats
from .errors import SearchError, StorageError
from .queries import StoredPerson, StoredQuote
from .runs import StoredPage
from .schema import SCHEMA_VERSION
from .search import SearchHit
from .store import DEFAULT_BUSY_TIMEOUT, JournalEntry, RawPage, Store, pack_page
from .taxonomy import taxonomy_groups
from .versions import ReleaseVersion

__all__ = [
    "COVERAGE_FIELDS",
    "DEFAULT_BUSY_TIMEOUT",
    "SCHEMA_VERSION",
    "CoverageReport",
    "FieldDrift",
    "JournalEntry",
    "RawPage",
    "ReleaseVersion",
    "SearchError",
    "SearchHit",
    "StorageError",
    "Store",
    "StoredPage",
    "StoredPerson",
    "StoredQuote",
    "StoredStats",
    "pack_page",
    "taxonomy_groups",
]
