"""osce_parse: osce.org press releases as clean, typed data.

>>> from osce_parse import parse_release
>>> release = parse_release(html, url="https://www.osce.org/pc/50033")
>>> release.title, release.date, release.sources

``parse_release`` and the data model are imported eagerly and load no HTTP, asyncio or database
module; the listing and menu parsers, the crawler and the storage load on first use (PEP 562), so
``import osce_parse`` stays cheap for parsing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import FetchError, OsceParseError, ParseError
from .models import Image, Listing, ListingItem, MenuItem, Person, Quote, Release
from .parse import parse_release
from .quotes import extract_quotes
from .urls import release_key

if TYPE_CHECKING:
    from .cli.export import export_releases
    from .crawler import (
        Crawler,
        CrawlOptions,
        CrawlSummary,
        FetchConfig,
        Fetcher,
        FetchResult,
        HttpStatusError,
        Progress,
        crawl,
        parse_page,
        parse_sitemap,
        reparse,
    )
    from .parse.listing import parse_listing
    from .parse.menu import parse_menu
    from .storage import SearchError, SearchHit, StorageError, Store, StoredPerson, StoredQuote
    from .testing import FakeSite

# Public name -> the module that defines it, imported on first access.
_LAZY = {
    "CrawlOptions": ".crawler",
    "CrawlSummary": ".crawler",
    "Crawler": ".crawler",
    "crawl": ".crawler",
    "parse_page": ".crawler",
    "reparse": ".crawler",
    "FetchConfig": ".crawler",
    "FetchResult": ".crawler",
    "Fetcher": ".crawler",
    "HttpStatusError": ".crawler",
    "parse_sitemap": ".crawler",
    "Progress": ".crawler",
    "SearchError": ".storage",
    "SearchHit": ".storage",
    "StorageError": ".storage",
    "Store": ".storage",
    "StoredPerson": ".storage",
    "StoredQuote": ".storage",
    "export_releases": ".cli.export",
    "FakeSite": ".testing",
    "parse_listing": ".parse.listing",
    "parse_menu": ".parse.menu",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "CrawlOptions",
    "CrawlSummary",
    "Crawler",
    "FakeSite",
    "FetchConfig",
    "FetchError",
    "FetchResult",
    "Fetcher",
    "HttpStatusError",
    "Image",
    "Listing",
    "ListingItem",
    "MenuItem",
    "OsceParseError",
    "ParseError",
    "Person",
    "Progress",
    "Quote",
    "Release",
    "SearchError",
    "SearchHit",
    "StorageError",
    "Store",
    "StoredPerson",
    "StoredQuote",
    "crawl",
    "export_releases",
    "extract_quotes",
    "parse_listing",
    "parse_menu",
    "parse_page",
    "parse_release",
    "parse_sitemap",
    "release_key",
    "reparse",
]

__version__ = "0.1.0"
