"""What a crawl is asked to do (:class:`CrawlOptions`), what it reports as it goes
(:class:`Progress`) and how it ended (:class:`CrawlSummary`)."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..urls import PATH_LANGUAGES, listing_url
from .fetch import FetchConfig

__all__ = ["DEFAULT_BASE_URL", "CrawlOptions", "CrawlSummary", "Progress"]

DEFAULT_BASE_URL = "https://www.osce.org"
# Automatic parse workers pay off only when requests may start more often than this (seconds):
# slower than that, one process parses every page long before the next one arrives.
_WORKER_DELAY = 0.01


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    """What to crawl and how. ``identity()`` decides whether a rerun resumes an earlier crawl."""

    base_url: str = DEFAULT_BASE_URL
    start_urls: tuple[str, ...] = ()
    """Listing pages to walk; default: the date-sorted press-release listing (with filters)."""
    structure: str | None = None
    """Listing filter: a structure's taxonomy id (``im_taxonomy_vid_1``)."""
    field_of_work: str | None = None
    """Listing filter: a field of work's taxonomy id (``im_taxonomy_vid_3``)."""
    page_size: int = 50
    """Items per listing page asked for (``rows``; the site offers 10 or 50)."""
    listing: bool = True
    sitemap: bool = False
    """Also take release URLs from ``/sitemap.xml`` (an index or URL set, gzip or not)."""
    since: dt.date | None = None
    until: dt.date | None = None
    full: bool = False
    """Walk every listing page and re-check every stored release, instead of stopping early."""
    recheck_pages: int = 0
    """Incremental mode: listing pages of already-stored releases to re-check (conditional GET)."""
    max_pages: int | None = None
    """Stop this run after fetching this many pages; the next run resumes."""
    max_listing_pages: int = 5000
    """Listing pages walked at most (the real listing has a few hundred): a pager that never
    ends stops here. A pager that loops, or a page whose items were all on earlier pages,
    stops the walk at once."""
    max_sitemap_depth: int = 3
    """Sitemap indexes nested deeper than this (the index at /sitemap.xml is depth 0) are not
    followed: a chain of indexes that never ends stops here."""
    max_sitemaps: int = 1000
    """Sitemap files fetched at most in one crawl."""
    retry_failed: bool = True
    """Retry releases that failed in earlier crawls and are still not stored."""
    languages: tuple[str, ...] | None = None
    """Languages to crawl (ISO 639-1 codes, e.g. ``("en", "ru")``); None takes whatever the
    listing and sitemap give. When set, only pages in these languages are fetched (by the URL's
    language prefix, none meaning English), and each stored release's translations in these
    languages (``Release.translations``) are fetched and stored too, each as its own release
    keyed by language and node id, so the versions share the node id. Translations of releases
    stored before are followed by a full crawl (or on re-checked pages)."""
    parse_workers: int | None = None
    """Processes that parse release pages in parallel with fetching (0: parse in-process).

    None picks: two workers when at least two CPUs are free to use and the request spacing
    (``fetch.delay``) is under 10 ms, else none; they start once 500 release pages wait to be
    fetched (a shorter crawl would not pay for their start). Two keep ahead of the one process
    that fetches and stores (which needs about 40% of the CPU time of parsing) on any machine,
    and on two CPUs they share the cores with it more evenly than one worker does."""
    fetch: FetchConfig = field(default_factory=FetchConfig)

    def __post_init__(self) -> None:
        if self.languages is not None:
            codes = tuple(dict.fromkeys(code.strip().lower() for code in self.languages))
            unknown = [code for code in codes if code not in PATH_LANGUAGES]
            if unknown or not codes:
                raise ValueError(
                    f"unknown language code(s) {', '.join(map(repr, unknown)) or '(none given)'};"
                    f" known: {', '.join(sorted(PATH_LANGUAGES))}"
                )
            object.__setattr__(self, "languages", codes)

    def wants(self, language: str | None) -> bool:
        """Whether pages in ``language`` are crawled (None: the page does not say)."""
        return self.languages is None or language is None or language in self.languages

    def listing_starts(self) -> tuple[str, ...]:
        """The listing URLs the crawl starts from."""
        if self.start_urls:
            return tuple(urljoin(self.base_url + "/", url) for url in self.start_urls)
        url = listing_url(
            self.base_url,
            rows=self.page_size,
            structure=self.structure,
            field_of_work=self.field_of_work,
        )
        return (url,)

    def fetch_config(self) -> FetchConfig:
        """The fetch settings, limited to the base URL's host (and its www twin) by default."""
        if self.fetch.allowed_hosts is not None:
            return self.fetch
        host = urlsplit(self.base_url).netloc.lower()
        twin = host.removeprefix("www.") if host.startswith("www.") else f"www.{host}"
        hosts = {host, twin}
        hosts |= {urlsplit(url).netloc.lower() for url in self.start_urls if "//" in url}
        return replace(self.fetch, allowed_hosts=frozenset(hosts))

    def worker_count(self) -> int:
        """The number of parse worker processes to start (``parse_workers`` resolved)."""
        if self.parse_workers is not None:
            return max(0, self.parse_workers)
        return 2 if _usable_cpus() >= 2 and self.fetch.delay < _WORKER_DELAY else 0

    def identity(self) -> dict[str, Any]:
        """The options that make two runs "the same crawl" (limits and politeness excluded)."""
        return {
            "base_url": self.base_url,
            "start_urls": list(self.listing_starts()) if self.listing else [],
            "sitemap": self.sitemap,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "full": self.full,
            "recheck_pages": self.recheck_pages,
        } | ({"languages": sorted(self.languages)} if self.languages is not None else {})


@dataclass(frozen=True, slots=True)
class Progress:
    """One page finished: ``done`` of ``total`` journal entries, and what happened to it."""

    done: int
    total: int
    kind: str
    url: str
    outcome: str
    new: int
    failed: int
    fetched: int


@dataclass(slots=True)
class CrawlSummary:
    """How a crawl run ended.

    ``releases`` counts outcomes over the whole crawl (all runs, if resumed): new, updated,
    same (fetched, parsed, identical), unchanged (304). The ``run_*`` counters cover this run only.
    """

    crawl_id: int
    status: str
    resumed: bool
    releases: Counter[str] = field(default_factory=Counter)
    listing_pages: int = 0
    sitemaps: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    bad_sources: list[tuple[str, str]] = field(default_factory=list)
    """``(url, reason)`` of robots.txt files, sitemaps and listing pages this run could not use
    (malformed, empty or failed); each was logged as one warning and the crawl went on."""
    discovery: list[str] = field(default_factory=list)
    """Why discovery stopped where it did, one line per source (this run): the last listing
    page, releases stored before, --since, a looping pager, a cap reached, a fallback taken."""
    discovery_failed: bool = False
    """A start page (the first listing page, or the sitemap when it is the only source) gave
    no release at all: moved, changed layout or unreachable. ``osce-parse crawl`` exits 3."""
    kept: list[tuple[str, str]] = field(default_factory=list)
    """``(url, reason)`` of stored releases whose re-fetch did not parse (an error or
    maintenance page): the stored release and its raw page were kept, the response is in the
    ``bad_responses`` table. Also listed in ``failed``."""
    pending: int = 0
    run_fetched: int = 0
    run_unchanged: int = 0
    run_parsed: int = 0
    run_requests: int = 0
    run_retries: int = 0
    elapsed: float = 0.0

    @property
    def new(self) -> int:
        """New releases stored by the crawl."""
        return self.releases["new"]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (stored with the crawl)."""
        return {
            "crawl_id": self.crawl_id,
            "status": self.status,
            "resumed": self.resumed,
            "releases": dict(self.releases),
            "listing_pages": self.listing_pages,
            "sitemaps": self.sitemaps,
            "failed": [{"url": url, "reason": reason} for url, reason in self.failed],
            "skipped": dict(self.skipped),
            "bad_sources": [{"url": url, "reason": reason} for url, reason in self.bad_sources],
            "discovery": list(self.discovery),
            "discovery_failed": self.discovery_failed,
            "kept": [{"url": url, "reason": reason} for url, reason in self.kept],
            "pending": self.pending,
            "run": {
                "fetched": self.run_fetched,
                "unchanged": self.run_unchanged,
                "parsed": self.run_parsed,
                "requests": self.run_requests,
                "retries": self.run_retries,
                "elapsed": round(self.elapsed, 3),
            },
        }


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
