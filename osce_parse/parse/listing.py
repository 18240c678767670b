"""Listing pages: the release teasers on a page and the link to the next page.

Two readers: the "Newsroom" markup (items with a title link, ``Publishing date:``, ``Content
type:``, ``Where we are:``, ``What we do:`` and a teaser), recognised by its labels rather than its
CSS classes; and a link-driven fallback for unknown markup, which takes every link to a release page
inside the main content. The next page comes from ``rel="next"`` or a pager's "next" link.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from ..lang import FIELD_LABELS, label_key
from ..models import Listing, ListingItem
from ..text import clean, strip_label
from ..urls import absolute, is_release_url
from .dates import parse_date, parse_datetime
from .document import parse_html, text_of

__all__ = ["parse_listing"]

_LABEL_LINE = re.compile(r"^([^:\n]{1,40}?)\s*[:：]\s*(.*)$", re.DOTALL)
_BLOCK_TAGS = "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 section article header footer table tr td"
_BLOCK = frozenset(f"{_BLOCK_TAGS} th br span time".split(" "))
_NEXT_TEXT = re.compile(r"^(?:next(?: page)?|›|»|next ›|next »|>|›› ?|»»?)$", re.IGNORECASE)
_ITEM_CLASS = re.compile(r"(?:^|\s)(?:search-result(?:-news)?|views-row|node-teaser)(?:\s|$)")


# --- parsing ---------------------------------------------------------------------------------

_CHROME_TAGS = frozenset({"nav", "aside", "footer", "header"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})


def _in_chrome(el: HtmlElement) -> bool:
    """Whether ``el`` sits in site chrome: nav, aside, footer, page header (by tag or role).

    Class names are not consulted: Drupal puts words like "sidebar" on ``<body>`` itself.
    """
    for node in (el, *el.iterancestors()):
        if node.tag in ("main", "article"):
            return False
        if node.tag in _CHROME_TAGS or node.get("role") in _CHROME_ROLES:
            return True
    return False


def _lines(el: HtmlElement) -> list[str]:
    """The element's visible text split at block boundaries, cleaned, empty lines dropped."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if node.tag in ("script", "style", "noscript", "template"):
            return
        block = node.tag in _BLOCK
        if block:
            parts.append("\n")
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")
        if block:
            parts.append("\n")

    walk(el)
    return [line for line in (clean(x) for x in "".join(parts).split("\n")) if line]


def _split_values(value: str) -> tuple[str, ...]:
    return tuple(v for v in (clean(x) for x in value.split(",")) if v)


def _href(el: HtmlElement, base: str | None) -> str | None:
    href = (el.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    url = absolute(href, base)
    return url.split("#", 1)[0] if url else None


def _base(root: HtmlElement, url: str | None) -> str | None:
    base = root.find(".//base[@href]")
    if base is not None:
        return absolute(base.get("href"), url) or url
    return url


def _title_link(item: HtmlElement, base: str | None) -> HtmlElement | None:
    for path in (
        ".//*[contains(concat(' ', normalize-space(@class), ' '), ' search-title ')]//a[@href]",
        ".//h2//a[@href]",
        ".//h3//a[@href]",
        ".//h4//a[@href]",
        ".//a[@href]",
    ):
        for link in item.xpath(path):
            if _href(link, base) and text_of(link):
                return link
    return None


def _newsroom_item(item: HtmlElement, base: str | None) -> ListingItem | None:
    link = _title_link(item, base)
    if link is None:
        return None
    url = _href(link, base)
    title = text_of(link)
    if url is None or not title:
        return None
    fields: dict[str, str] = {}
    lines = _lines(item)
    rest: list[str] = []
    pending: str | None = None
    for line in lines:
        if pending is not None:
            fields.setdefault(pending, line)
            pending = None
            continue
        labelled = _label_line(line)
        if labelled:
            name, value = labelled
            if value:
                fields.setdefault(name, value)
            else:
                pending = name
            continue
        if line != title:
            rest.append(line)
    date = parse_date(fields["date"]) if "date" in fields else None
    if date is None:
        date = _item_date(item)
    snippet = item.xpath(
        ".//*[contains(concat(' ', normalize-space(@class), ' '), ' search-snippet ')]"
    )
    teaser = text_of(snippet[0]) if snippet else (max(rest, key=len) if rest else "")
    return _item(url, title, date, fields, teaser)


def _label_line(line: str) -> tuple[str, str] | None:
    """(field, value) of a "Label: value" line whose label the site uses, else None."""
    m = _LABEL_LINE.match(line)
    if m is None:
        return None
    field = label_key(strip_label(m[1]), FIELD_LABELS, None)
    return (field, m[2].strip()) if field else None


def _item(
    url: str, title: str, date: dt.date | None, fields: dict[str, str], teaser: str | None
) -> ListingItem:
    return ListingItem(
        url=url,
        title=title,
        date=date,
        content_type=fields.get("content_type") or None,
        sources=_split_values(fields.get("sources", "")),
        fields_of_work=_split_values(fields.get("fields_of_work", "")),
        teaser=teaser or None,
    )


def _labelled(el: HtmlElement) -> bool:
    return any(_label_line(line) for line in _lines(el))


def _newsroom_items(root: HtmlElement, base: str | None) -> list[ListingItem]:
    """Items of the Newsroom markup: classed result items, or blocks carrying listing labels."""
    candidates = [
        el for el in root.iter("div", "li", "article") if _ITEM_CLASS.search(el.get("class") or "")
    ]
    chosen = set(candidates)
    candidates = [el for el in candidates if not any(a in chosen for a in el.iterancestors())]
    # Generic row classes count only with listing labels; search results count anyway.
    candidates = [
        el
        for el in candidates
        if not _in_chrome(el) and ("search-result" in (el.get("class") or "") or _labelled(el))
    ]
    items = [item for el in candidates if (item := _newsroom_item(el, base)) is not None]
    return items


def _main(root: HtmlElement) -> HtmlElement:
    for path in (
        "//main",
        "//*[@role='main']",
        "//*[@id='main-content']",
        "//*[@id='content']",
        "//*[@id='main']",
    ):
        found = root.xpath(path)
        if found:
            return found[0]
    body = root.find("body")
    return body if body is not None else root


def _item_date(container: HtmlElement) -> dt.date | None:
    for time in container.iter("time"):
        found = parse_datetime(time.get("datetime") or "") or parse_date(text_of(time))
        if found:
            return found
    for line in _lines(container):
        if len(line) <= 60 and (found := parse_date(line)):
            return found
    return None


def _release_links(scope: HtmlElement, base: str | None) -> Iterator[tuple[HtmlElement, str]]:
    for link in scope.iter("a"):
        url = _href(link, base)
        if url and is_release_url(url) and not _in_chrome(link):
            yield link, url


def _same_site(url: str, base: str | None) -> bool:
    if not base:
        return True
    host, other = urlsplit(url).netloc.lower(), urlsplit(base).netloc.lower()
    return host.removeprefix("www.") == other.removeprefix("www.")


def _container(link: HtmlElement, url: str, targets: dict[HtmlElement, str]) -> HtmlElement:
    """The largest ancestor (at most 4 up) whose release links all point to ``url``.

    ``targets`` maps every release link of the page to its URL.
    """
    best = link
    node = link.getparent()
    for _ in range(4):
        if node is None or node.tag in ("main", "body"):
            break
        if any(targets.get(a, url) != url for a in node.iter("a")):
            break
        best, node = node, node.getparent()
    return best


# Real listing pages show 10 or 50 items: a page with thousands of links is read only up to these
# caps, so a hostile page cannot make the fallback take seconds.
MAX_LINKS = 5000
MAX_ITEMS = 1000


def _link_items(root: HtmlElement, base: str | None) -> list[ListingItem]:
    """Fallback: one item per release URL linked from the main content, in page order."""
    targets = dict(itertools.islice(_release_links(_main(root), base), MAX_LINKS))
    links: dict[str, list[HtmlElement]] = {}
    for link, url in targets.items():
        if _same_site(url, base):
            links.setdefault(url, []).append(link)
    items: list[ListingItem] = []
    for url, found in itertools.islice(links.items(), MAX_ITEMS):
        title = max((text_of(link) for link in found), key=len)
        if not title:
            continue
        container = _container(found[0], url, targets)
        lines = [line for line in _lines(container) if line != title]
        date = _item_date(container)
        labelled = [(x, _label_line(x)) for x in lines]
        teaser = max((x for x, lab in labelled if len(x) > 40 and not lab), default=None, key=len)
        fields = {lab[0]: lab[1] for _, lab in labelled if lab is not None}
        items.append(_item(url, title, date, fields, teaser))
    return items


def _next_page(root: HtmlElement, base: str | None) -> str | None:
    for el in root.iter("link", "a"):
        if "next" in (el.get("rel") or "").lower().split() and (url := _href(el, base)):
            return url
    candidates: Iterable[HtmlElement] = root.xpath(
        "//li[contains(concat(' ', normalize-space(@class), ' '), ' pager-next ')]//a[@href]"
        " | //li[contains(@class, 'pager__item--next')]//a[@href]"
        " | //*[contains(@class, 'pager') or contains(@class, 'pagination')]//a[@href]"
    )
    for link in candidates:
        classes = " ".join(
            (x.get("class") or "") for x in [link, *link.iterancestors()][:3]
        ).lower()
        label = clean(text_of(link) or link.get("title") or link.get("aria-label") or "")
        is_next = "next" in classes or _NEXT_TEXT.match(label) or label.lower().startswith("next")
        if is_next and (url := _href(link, base)):
            return url
    return None


def parse_listing(html: str | bytes, url: str | None = None) -> Listing:
    """Parse a listing page into its items (absolute URLs) and the next page's URL.

    Raises :class:`~osce_parse.errors.ParseError` for input that is not HTML; a page without
    items gives an empty ``items`` tuple.
    """
    root = parse_html(html)
    base = _base(root, url)
    items = _newsroom_items(root, base) or _link_items(root, base)
    unique = list({item.url: item for item in reversed(items)}.values())[::-1]
    next_page = _next_page(root, base)
    if next_page == url:
        next_page = None
    return Listing(url=url, items=tuple(unique), next_page=next_page)
