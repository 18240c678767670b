"""Listing pages: the releases a page lists, in order, and the address of its next page.

Any list the site shows is read the same way, whatever its markup: newsroom listings, card grids,
search results, taxonomy and structure pages, tables. Items are found by evidence, not by class:

1. every link to a release page outside the chrome, each with its *container*: the largest element
   around it whose release links all point to that release (a card, a row, a list item);
2. links written inside prose ("… as the Chair said in <a>a statement</a> …") are not items;
3. the items of the page are the largest group of containers that share one parent (a
   "Most read" box or a featured teaser elsewhere on the page is another group), and the group
   must show what a listing shows (dates, types, labelled fields or teasers), so a page of bare
   links, such as a 404 page, gives no items;
4. each item's fields come from its text: "Label: value" lines in any site language (the
   language tables), type labels and dates recognised as such, and the hints of the markup
   (``title``/``aria-label`` attributes, class names such as ``card__type`` or
   ``search-info-date``).

The next page is a ``rel="next"`` link, else the link to the same listing with the next page
number (``?page=N+1``); never a link to another listing. A page whose items cannot be told apart
gives no items and a warning.
"""

from __future__ import annotations

from typing import Any

from lxml.etree import _Element as Element

from ...models import Listing, ListingItem
from ...urls import SITE, absolute
from ..document import is_chrome, parse_html, text_of
from ..fields.identity import find_canonical, page_language
from .item import read_item
from .links import MAX_LINKS, Candidate, candidates
from .pager import next_page as _next_page

__all__ = ["MAX_ITEMS", "MAX_LINKS", "listing_items", "parse_listing"]

# A page is read up to this many items (real listing pages show 10 or 50).
MAX_ITEMS = 1000


def _groups(found: list[Candidate]) -> list[list[Candidate]]:
    """Candidates grouped by the element that holds their containers, largest group first. Lists
    that look alike (same tag and class, items of the same tag) are one list split under
    headings, as a timeline is by year."""
    by_parent: dict[Element | None, list[Candidate]] = {}
    for c in found:
        by_parent.setdefault(c.container.getparent(), []).append(c)
    groups: dict[object, list[Candidate]] = {}
    for parent, members in by_parent.items():
        look = parent if parent is None or not parent.get("class") else _look(parent, members)
        groups.setdefault(look, []).extend(members)
    return sorted(groups.values(), key=len, reverse=True)


def _look(parent: Element, members: list[Candidate]) -> tuple[str, str, str]:
    """What a list looks like: its tag and class, and its items' tag."""
    return str(parent.tag), parent.get("class", ""), str(members[0].container.tag)


def listing_items(
    root: Element, base: str | None, language: str | None
) -> list[tuple[ListingItem, Element]]:
    """The items of the page's main list with their containers (empty if no group shows listing
    evidence). Relative links resolve against ``base``, else the site."""
    for group in _groups(candidates(root, base or SITE, language)):
        read = [
            (r[0], r[1], c.container)
            for c in group[:MAX_ITEMS]
            if (r := read_item(c, language)) is not None
        ]
        if read and len(read) <= _BOX and _prose_beside(root, [c for _, _, c in read]):
            return []  # "Latest news" on a page about something: a box, not a listing
        if read and sum(evidence for _, evidence, _ in read) * 2 >= len(read):
            unique: dict[str, tuple[ListingItem, Element]] = {}
            for item, _, container in read:
                unique.setdefault(item.url, (item, container))
            return list(unique.values())
    return []


_BOX = 3  # a group of this many items or fewer may be a box beside a page's text
_PROSE = 300  # characters of paragraphs outside the items that make a page about something


def _prose_beside(root: Element, containers: list[Element]) -> bool:
    """Whether the page's paragraphs outside the item containers (and outside chrome) hold
    more text than a listing's introduction: a page about something with a box of news."""
    inside = set(containers)
    chrome: dict[Element, bool] = {}
    total = 0
    for p in root.iter("p"):
        if p in inside or any(a in inside for a in p.iterancestors()):
            continue
        if not is_chrome(p, chrome):
            total += len(text_of(p))
    return total >= _PROSE


def _base(root: Element, url: str | None) -> str:
    """What relative links resolve against: ``<base href>``, the page's address, else the site."""
    base = root.find(".//base[@href]")
    if base is not None:
        return absolute(base.get("href"), url or SITE) or url or SITE
    return url or SITE


def parse_listing(html: str | bytes | Any, url: str | None = None) -> Listing:
    """Parse a listing page into its items (absolute URLs) and the next page's URL.

    ``url`` is the address the page was fetched from (relative links and the next page number
    are read against it; without it, the canonical link stands in). Raises
    :class:`~osce_parse.errors.ParseError` for input that is not HTML; a page without
    recognisable items gives an empty ``items`` tuple and a warning.
    """
    root = parse_html(html)
    canonical, _ = find_canonical(root)
    address = url or canonical
    base = _base(root, address)
    language, _ = page_language(root, address, canonical)
    items = [item for item, _ in listing_items(root, base, language)]
    warnings = () if items else ("no listing items found: no group of release links with dates",)
    next_page = _next_page(root, base, address)
    if next_page == address:
        next_page = None
    return Listing(url=url, items=tuple(items), next_page=next_page, warnings=warnings)
