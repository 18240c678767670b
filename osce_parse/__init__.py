"""osce_parse: osce.org press releases as clean, typed data.

>>> from osce_parse import parse_release
>>> release = parse_release(html, url="https://www.osce.org/pc/50033")
>>> release.title, release.date, release.sources
"""

from __future__ import annotations

from .crawl import Crawler, CrawlOptions, CrawlSummary, crawl, parse_page, reparse
from .errors import FetchError, OsceParseError, ParseError
from .fetch import FetchConfig, Fetcher, FetchResult, HttpStatusError
from .listing import parse_listing
from .menu import parse_menu
from .models import Image, Listing, ListingItem, MenuItem, Person, Quote, Release
from .quotes import extract_quotes
from .release import parse_release
from .sitemap import parse_sitemap
from .storage import StorageError, Store
from .urls import release_key

__all__ = [
    "CrawlOptions",
    "CrawlSummary",
    "Crawler",
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
    "Quote",
    "Release",
    "StorageError",
    "Store",
    "crawl",
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
