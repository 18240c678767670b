"""What a crawl fetches next: the start pages, a listing page's items, a sitemap's entries and a
release's translations, each as journal entries ``(key, url, kind)``.

Pure decisions over the crawl's options and what the store already holds; the
:class:`~osce_parse.crawler.Crawler` fetches, records and reports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

from ..models import Listing, Release
from ..storage import Store
from ..urls import is_release_url, release_key, url_language
from .options import CrawlOptions
from .sitemap import Sitemap

__all__ = [
    "Entry",
    "ListingPick",
    "in_range",
    "pick_listing_items",
    "release_verdict",
    "sitemap_entries",
    "start_entries",
    "translation_entries",
]

Entry = tuple[str, str, str]
"""A journal entry to add: ``(key, url, kind)``, kind being "listing", "sitemap" or "release"."""


def in_range(date: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    """Whether ``date`` is within the bounds (an unknown date always is)."""
    if date is None:
        return True
    return not ((since and date < since) or (until and date > until))


def start_entries(options: CrawlOptions) -> list[Entry]:
    """The pages a new crawl starts from: the listing pages, then the sitemap."""
    starts: list[Entry] = []
    if options.listing:
        starts += [(url, url, "listing") for url in options.listing_starts()]
    if options.sitemap:
        url = urljoin(options.base_url + "/", "sitemap.xml")
        starts.append((url, url, "sitemap"))
    return starts


@dataclass(slots=True)
class ListingPick:
    """What a listing page gives the crawl: releases to fetch, and whether to go on."""

    items: list[Entry] = field(default_factory=list)
    elsewhere: int = 0
    """Items in languages not asked for."""
    stop: bool = False
    """True when the next page is not worth walking (past ``since``, the last page, or the
    stored releases' re-check pages are used up)."""
    next_recheck: int | None = None
    """The re-check pages left for the next page (None: no stored release reached yet)."""
    reason: str = ""
    """Why the walk stops here (when ``stop``)."""


def pick_listing_items(
    listing: Listing, options: CrawlOptions, store: Store, recheck: int | None
) -> ListingPick:
    """The items of a listing page to fetch; ``recheck`` is the page's journal entry's: None
    until stored releases are reached, then the re-check pages left."""
    pick = ListingPick()
    past_since = False
    left = recheck
    for item in listing.items:
        if options.since and item.date and item.date < options.since:
            past_since = True
        if not in_range(item.date, options.since, options.until):
            continue
        if not options.wants(url_language(item.url)):
            pick.elsewhere += 1
            continue
        key = release_key(item.url)
        if store.has_release(key, item.url):
            if left is None:
                left = options.recheck_pages
            if not (options.full or left > 0):
                continue
        pick.items.append((key, item.url, "release"))
    pick.next_recheck = None if left is None else left - 1
    if listing.next_page is None:
        pick.stop, pick.reason = True, "the last listing page was reached"
    elif past_since:
        pick.stop, pick.reason = True, "the listing reached releases older than --since"
    elif not options.full and pick.next_recheck is not None and pick.next_recheck <= 0:
        pick.stop, pick.reason = True, "the listing reached releases stored before"
    return pick


def sitemap_entries(
    sitemap: Sitemap, options: CrawlOptions, store: Store, host_allowed: Callable[[str], bool]
) -> list[Entry]:
    """The child sitemaps and release pages of a sitemap that the crawl fetches."""
    entries: list[Entry] = []
    for child in sitemap.sitemaps:
        if host_allowed(child.url):
            entries.append((child.url, child.url, "sitemap"))
    for page in sitemap.urls:
        url = page.url
        if not (is_release_url(url) and host_allowed(url)):
            continue
        # lastmod is never before publication, so an old lastmod rules the page out.
        if options.since and page.lastmod and page.lastmod < options.since:
            continue
        if not options.wants(url_language(url)):
            continue
        key = release_key(url)
        if not options.full and store.has_release(key, url):
            continue
        entries.append((key, url, "release"))
    return entries


def translation_entries(
    release: Release, options: CrawlOptions, store: Store, host_allowed: Callable[[str], bool]
) -> list[Entry]:
    """Journal entries for the translations of a stored release that the crawl follows."""
    wanted = options.languages
    if wanted is None or (release.language or "en") not in wanted:
        return []
    entries = []
    for language, url in release.translations.items():
        if language not in wanted or language == release.language:
            continue
        if not (is_release_url(url) and host_allowed(url)):
            continue
        key = release_key(url, release.node_id, language)
        if options.full or not store.has_release(key, url):
            entries.append((key, url, "release"))
    return entries


def release_verdict(release: Release, url: str, options: CrawlOptions) -> tuple[str, str]:
    """``(state, outcome)`` of a parsed release page: "done", or "skipped" with the reason."""
    language = release.language or url_language(url)
    if not options.wants(language):  # e.g. a /node/{id} alias of another language
        return "skipped", f"language not asked for: {language}"
    if in_range(release.date, options.since, options.until):
        return "done", ""
    return "skipped", "outside the date range"
