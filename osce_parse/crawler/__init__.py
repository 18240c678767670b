"""The crawler: discover releases on osce.org's listings and sitemaps, fetch them politely, parse
them (in worker processes for long fast crawls) and store them in a :class:`~osce_parse.Store`.

Data flow: :mod:`.discovery` decides what to fetch -> :mod:`.fetch` (:class:`Fetcher`: robots.txt
from :mod:`.robots`, spacing, retries; HTTP on :mod:`.transport`) -> :mod:`.pool` parses ->
:mod:`.crawler` (:class:`Crawler`) records each page in the store's journal. :mod:`.options`
holds what a crawl is asked to do and what it reports; :mod:`.sitemap` reads sitemaps.

(The package is ``crawler``, not ``crawl``: :func:`osce_parse.crawl` is the function.)
"""

from __future__ import annotations

from .crawler import Crawler, crawl, reparse
from .fetch import (
    DEFAULT_USER_AGENT,
    HTML_TYPES,
    PROJECT_URL,
    XML_TYPES,
    FetchConfig,
    Fetcher,
    FetchResult,
    FetchStats,
    HttpStatusError,
    charset_of,
    decode_html,
    parse_retry_after,
)
from .options import DEFAULT_BASE_URL, CrawlOptions, CrawlSummary, Progress
from .pool import ParsePool, ParserCrash, parse_listing_page, parse_page
from .robots import RobotsRules
from .sitemap import MAX_SITEMAP_BYTES, Sitemap, SitemapEntry, parse_sitemap
from .transport import AsyncioTransport

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_USER_AGENT",
    "HTML_TYPES",
    "MAX_SITEMAP_BYTES",
    "PROJECT_URL",
    "XML_TYPES",
    "AsyncioTransport",
    "CrawlOptions",
    "CrawlSummary",
    "Crawler",
    "FetchConfig",
    "FetchResult",
    "FetchStats",
    "Fetcher",
    "HttpStatusError",
    "ParsePool",
    "ParserCrash",
    "Progress",
    "RobotsRules",
    "Sitemap",
    "SitemapEntry",
    "charset_of",
    "crawl",
    "decode_html",
    "parse_listing_page",
    "parse_page",
    "parse_retry_after",
    "parse_sitemap",
    "reparse",
]
