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

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from lxml.etree import _Element as Element

from ..lang import CONTENT_TYPES, FIELD_LABELS, label_key
from ..models import Listing, ListingItem
from ..text import clean, strip_label
from ..urls import SITE, absolute, is_release_url
from .dates import parse_date, parse_datetime
from .document import attr, is_element, parse_html, text_of
from .fields.identity import find_canonical, page_language

__all__ = ["MAX_ITEMS", "MAX_LINKS", "listing_items", "parse_listing"]

# Real listing pages show 10 or 50 items: a page with thousands of links is read only up to these
# caps, so a hostile page cannot make the parser take seconds.
MAX_LINKS = 5000
MAX_ITEMS = 1000

_BLOCK = frozenset(
    "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 section article header footer table tr td th br "
    "figure figcaption time cite blockquote address".split()
)
_CHROME_TAGS = frozenset({"nav", "aside", "footer", "header", "script", "style", "template"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_INVISIBLE = re.compile(r"visually-hidden|sr-only|element-invisible|screen-reader", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*[|·•]\s*")
_LABEL_LINE = re.compile(r"^([^:\n]{1,40}?)\s*[:：]\s*(.*)$", re.DOTALL)
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$|^\S+(?:\s+›\s+\S+)+$")
_CONTAINER_LEVELS = 6
_TEASER_MIN = 40

# Class-name words that hint at a field ("card__type", "search-info-date", "chip--source"): the
# last word of a class name, the most specific name first, read as a hint only (a hinted date must
# still be a date). Words that name anything on their own ("field", "text") count only as the
# last word of a longer name ("chip--field", "c-teaser__text").
_CLASS_HINTS = {
    **dict.fromkeys("date time created published publishing submitted datetime".split(), "date"),
    **dict.fromkeys("type kicker eyebrow category bundle".split(), "content_type"),
    **dict.fromkeys("source sources structure structures owner".split(), "sources"),
    **dict.fromkeys(
        "field fields topic topics theme themes tag tags subject".split(), "fields_of_work"
    ),
    **dict.fromkeys("summary snippet excerpt text body description lead intro".split(), "teaser"),
}
_CLASS_PHRASES = (("where-we-are", "sources"), ("what-we-do", "fields_of_work"))
_AMBIGUOUS = frozenset("field text body type lead intro description".split())
_CLASS_WORD = re.compile(r"[-_]+")


@dataclass(slots=True)
class _Candidate:
    """A release linked from the page: its URL, title link and container."""

    url: str
    link: Element
    container: Element


@dataclass(slots=True)
class _Fields:
    """What one item's text says, field by field."""

    date: dt.date | None = None
    content_type: str | None = None
    sources: list[str] = field(default_factory=list)
    fields_of_work: list[str] = field(default_factory=list)
    teasers: list[str] = field(default_factory=list)
    labelled: bool = False

    @property
    def evidence(self) -> bool:
        """Whether the item shows what a listing item shows, beyond its title link."""
        return bool(self.date or self.content_type or self.labelled or self.sources or self.teasers)


# --- links and containers ----------------------------------------------------------------------


def _in_chrome(el: Element) -> bool:
    """Whether ``el`` sits in site chrome: nav, aside, footer, or a ``<header>`` outside the
    content, by tag or role.

    Class names are not consulted: Drupal puts words like "sidebar" on ``<body>`` itself.
    """
    header = False
    for node in (el, *el.iterancestors()):
        if node.tag in ("main", "article"):
            header = False
        elif node.tag == "header":
            header = True
        elif node.tag in _CHROME_TAGS or node.get("role") in _CHROME_ROLES:
            return True
    return header


def _href(el: Element, base: str | None) -> str | None:
    href = (el.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    url = absolute(href, base)
    return url.split("#", 1)[0] if url else None


def _release_links(root: Element, base: str | None) -> dict[Element, str]:
    """Every link to a release page outside the chrome (the first MAX_LINKS), on any host: the
    caller decides which hosts it follows."""
    found: Iterator[tuple[Element, str]] = (
        (a, url) for a in root.iter("a") if (url := _href(a, base)) and is_release_url(url)
    )
    return {a: url for a, url in itertools.islice(found, MAX_LINKS) if not _in_chrome(a)}


def _container(link: Element, url: str, targets: dict[Element, str]) -> Element:
    """The item around a release link: the largest ancestor (a few levels up at most) whose
    release links all point to ``url``, that is not one of a run of look-alike siblings (the
    list items of a plain list of links) and does not hold the page's ``<h1>``."""
    best = link
    node = link.getparent()
    for _ in range(_CONTAINER_LEVELS):
        if node is None or node.tag in ("main", "body", "html") or _repeats(best):
            break
        if any(targets.get(a, url) != url for a in node.iter("a")):
            break
        if any(h is not None for h in node.iter("h1")):
            break
        best, node = node, node.getparent()
    return best


def _repeats(el: Element) -> bool:
    """Whether ``el`` is one of several siblings of the same tag and class: an item of a list,
    beyond which its container does not grow."""
    parent = el.getparent()
    if parent is None or el.tag in ("a", "span", "td", "dd", "p"):
        return False
    classes = el.get("class")
    return any(
        other is not el and other.tag == el.tag and other.get("class") == classes
        for other in parent
    )


def _link_text(link: Element) -> str:
    return text_of(link)


def _title_link(links: list[Element]) -> Element | None:
    """The link that carries the title: one in a heading, else the one with the longest text."""
    shown = [a for a in links if _link_text(a)]
    if not shown:
        return None
    for a in shown:
        if any(node.tag in _HEADINGS for node in (a, *itertools.islice(a.iterancestors(), 3))):
            return a
    return max(shown, key=lambda a: len(_link_text(a)))


def _in_prose(link: Element, container: Element) -> bool:
    """Whether ``link`` is written inside a sentence: text precedes it in its line."""
    node = link
    while node is not container:
        parent = node.getparent()
        if parent is None:
            return False
        before = [parent.text or ""]
        for sibling in parent:
            if sibling is node:
                break
            if is_element(sibling) and sibling.tag in _BLOCK:
                before = []  # a block before starts a new line
            elif is_element(sibling):
                before.append(text_of(sibling))
            before.append(sibling.tail or "")
        if any(ch.isalnum() for ch in "".join(before)):
            return True
        if parent.tag in _BLOCK:
            return False
        node = parent
    return False


def _candidates(root: Element, base: str | None) -> list[_Candidate]:
    """One candidate per container of release links, in page order."""
    targets = _release_links(root, base)
    by_container: dict[Element, list[Element]] = {}
    for link, url in targets.items():
        by_container.setdefault(_container(link, url, targets), []).append(link)
    found = []
    for container, links in by_container.items():
        title = _title_link(links)
        if title is not None and not _in_prose(title, container):
            found.append(_Candidate(targets[title], title, container))
    return found


# --- reading one item ----------------------------------------------------------------------------


def _hint(el: Element, language: str | None) -> str | None:
    """The field an element's own markup names: a ``title``/``aria-label`` that is a known label,
    else a class name whose last word is a field word."""
    for name in ("title", "aria-label"):
        value = el.get(name)
        if value and len(value) <= 40:
            key = label_key(strip_label(value), FIELD_LABELS, language)
            if key:
                return key
    classes = attr(el, "class").lower()
    for phrase, key in _CLASS_PHRASES:
        if phrase in classes:
            return key
    names = [_CLASS_WORD.split(name.strip("-_")) for name in classes.split()]
    for words in sorted(names, key=len, reverse=True):
        last = words[-1]
        if last in _CLASS_HINTS and (len(words) > 1 or last not in _AMBIGUOUS):
            return _CLASS_HINTS[last]
    return None


@dataclass(slots=True)
class _Part:
    """A run of an item's text between block boundaries, with the field its markup hints at."""

    text: str
    hint: str | None
    time: str | None = None


def _parts(container: Element, skip: Element, language: str | None) -> list[_Part]:
    """The item's text in block-level runs; an element whose markup hints at a field, and a
    ``<time>``, make runs of their own. The title link (``skip``) is left out."""
    parts: list[_Part] = []
    buffer: list[str] = []
    hints: list[str | None] = [None]

    def flush() -> None:
        text = clean("".join(buffer))
        if text:
            parts.append(_Part(text, hints[-1]))
        buffer.clear()

    def walk(node: Element) -> None:
        for child in node:
            if is_element(child) and child is not skip and _visible(child):
                hint = _hint(child, language)
                own = hint is not None or child.tag in _BLOCK
                if own:
                    flush()
                    hints.append(hint or hints[-1])
                if child.tag == "time" and child.get("datetime"):
                    parts.append(_Part(text_of(child), "date", child.get("datetime")))
                elif hint in _LISTS and (values := _chips(child)):
                    parts.extend(_Part(value, hint) for value in values)
                else:
                    buffer.append(child.text or "")
                    walk(child)
                if own:
                    flush()
                    hints.pop()
            buffer.append(child.tail or "")

    buffer.append(container.text or "")
    walk(container)
    flush()
    return parts


_LISTS = ("sources", "fields_of_work")


def _chips(el: Element) -> list[str]:
    """The values of a list field shown as separate elements ("chips", tags, links), when the
    element holds nothing else; else nothing."""
    children = [c for c in el if is_element(c) and _visible(c)]
    if len(children) < 2 or clean(el.text) or any(clean(c.tail).strip(",;") for c in children):
        return []
    if any(d.tag in _BLOCK for c in children for d in c.iter()):
        return []  # blocks of their own: a label and a list of items, read part by part
    values = [text_of(c) for c in children]
    return values if all(values) else []


def _visible(el: Element) -> bool:
    if el.tag in ("script", "style", "template", "noscript", "img", "svg"):
        return False
    return not _INVISIBLE.search(attr(el, "class"))


def _split(value: str) -> list[str]:
    return [v for v in (clean(x).strip(" ,;") for x in value.split(",")) if v]


def _content_type(text: str, language: str | None) -> bool:
    if len(text) > 40:
        return False
    if label_key(text, CONTENT_TYPES, language):
        return True
    return any(label_key(text, CONTENT_TYPES, code) for code in CONTENT_TYPES)


def _date_of(text: str, language: str | None) -> dt.date | None:
    """The date ``text`` is, if it is only a date (a short run that parses)."""
    return parse_date(text, language) if len(text) <= 40 else None


def _label(text: str, language: str | None) -> tuple[str, str] | None:
    """(field, value) of a "Label: value" run whose label the site uses, else None."""
    m = _LABEL_LINE.match(text)
    if m is None:
        return None
    key = label_key(strip_label(m[1]), FIELD_LABELS, language)
    return (key, m[2].strip()) if key else None


def _label_only(text: str, language: str | None) -> str | None:
    """The field a run names when it is only a label ("Source", "Ort:")."""
    return label_key(strip_label(text), FIELD_LABELS, language) if len(text) <= 40 else None


def _read(fields: _Fields, key: str, value: str, language: str | None) -> None:
    """Put ``value`` into the field ``key`` (a date must parse; a list value is split)."""
    if key == "date":
        fields.date = fields.date or _date_of(value, language) or parse_date(value, language)
    elif key == "content_type":
        fields.content_type = fields.content_type or value
    elif key in ("sources", "fields_of_work"):
        target = fields.sources if key == "sources" else fields.fields_of_work
        target.extend(v for v in _split(value) if v not in target)
    elif key == "teaser":
        fields.teasers.append(value)


def _item_fields(candidate: _Candidate, title: str, language: str | None) -> _Fields:
    """Everything the item's text and markup say besides its title."""
    fields = _Fields()
    pending: str | None = None
    for part in _parts(candidate.container, candidate.link, language):
        if part.time is not None:
            fields.date = fields.date or parse_datetime(part.time) or _date_of(part.text, language)
            continue
        if pending is not None:
            _read(fields, pending, part.text, language)
            fields.labelled, pending = True, None
            continue
        key = _label_only(part.text, language)
        if key is not None:
            pending = key
            continue
        for piece in _pieces(part.text):
            _read_piece(fields, piece, part.hint, title, language)
    return fields


def _pieces(text: str) -> list[str]:
    """A run split at the separators a meta line uses ("Press release | 9 Oct 2020")."""
    if len(text) > 120:
        return [text]
    return [p for p in (clean(x) for x in _SEPARATORS.split(text)) if p]


def _read_piece(
    fields: _Fields, piece: str, hint: str | None, title: str, lang: str | None
) -> None:
    labelled = _label(piece, lang)
    if labelled is not None:
        key, value = labelled
        if value:
            _read(fields, key, value, lang)
            fields.labelled = True
        return
    if piece == title or _URL_LINE.match(piece):
        return
    if hint in ("sources", "fields_of_work"):
        _read(fields, hint, piece, lang)
    elif hint == "content_type" or (hint != "teaser" and _content_type(piece, lang)):
        if len(piece) <= 40 and not _date_of(piece, lang):
            fields.content_type = fields.content_type or piece
    elif (date := _date_of(piece, lang)) is not None and hint in (None, "date"):
        fields.date = fields.date or date
    elif len(piece) >= _TEASER_MIN or hint == "teaser":
        fields.teasers.append(piece)


def _item(candidate: _Candidate, language: str | None) -> tuple[ListingItem, bool] | None:
    """The listing item of one candidate, and whether it shows listing evidence."""
    title = _link_text(candidate.link)
    if not title:
        return None
    fields = _item_fields(candidate, title, language)
    teaser = max(fields.teasers, key=len) if fields.teasers else None
    hinted = [t for t in fields.teasers if len(t) >= _TEASER_MIN]
    item = ListingItem(
        url=candidate.url,
        title=title,
        date=fields.date,
        content_type=fields.content_type,
        sources=tuple(fields.sources),
        fields_of_work=tuple(fields.fields_of_work),
        teaser=(hinted[0] if hinted else teaser) or None,
    )
    return item, fields.evidence


# --- the page ------------------------------------------------------------------------------------


def _groups(candidates: list[_Candidate]) -> list[list[_Candidate]]:
    """Candidates grouped by the element that holds their containers, largest group first."""
    groups: dict[Element | None, list[_Candidate]] = {}
    for c in candidates:
        groups.setdefault(c.container.getparent(), []).append(c)
    return sorted(groups.values(), key=len, reverse=True)


def listing_items(
    root: Element, base: str | None, language: str | None
) -> list[tuple[ListingItem, Element]]:
    """The items of the page's main list with their containers (empty if no group shows listing
    evidence). Relative links resolve against ``base``, else the site."""
    for group in _groups(_candidates(root, base or SITE)):
        read = [
            (r[0], r[1], c.container)
            for c in group[:MAX_ITEMS]
            if (r := _item(c, language)) is not None
        ]
        if read and sum(evidence for _, evidence, _ in read) * 2 >= len(read):
            unique: dict[str, tuple[ListingItem, Element]] = {}
            for item, _, container in read:
                unique.setdefault(item.url, (item, container))
            return list(unique.values())
    return []


def _page_number(url: str) -> tuple[str, int]:
    """The path of a listing address and its page number (0 without one, -1 if unreadable)."""
    try:
        parts = urlsplit(url)
    except ValueError:  # an unbalanced "[" in the host
        return "", -1
    page = dict(parse_qsl(parts.query, keep_blank_values=True)).get("page", "0")
    return parts.path.rstrip("/"), int(page) if page.isdigit() and len(page) < 7 else -1


def _next_page(root: Element, base: str | None, url: str | None) -> str | None:
    """The next page of this listing, never another listing: a ``rel="next"`` link, else the link
    to the same path with the next page number (``?page=N+1``). Links in the footer or a sidebar
    are not pagers. Without the page's own address, any ``rel="next"`` link."""
    marked: list[Element] = []  # rel="next"
    paged: list[Element] = []  # links to some page of some listing
    for el in root.iter("a", "link"):
        raw = el.get("href") or ""
        if "next" in (el.get("rel") or "").lower().split():
            marked.append(el)
        elif el.tag == "a" and "page=" in raw:
            paged.append(el)
    path, number = _page_number(url) if url else ("", -1)
    for el in marked:
        href = _href(el, base)
        if href and (el.tag == "link" or _may_be_pager(el)) and (not url or _path(href) == path):
            return href
    for el in paged if url else ():
        href = _href(el, base)
        if href and _page_number(href) == (path, number + 1) and _may_be_pager(el):
            return href
    return None


def _path(url: str) -> str:
    return _page_number(url)[0]


def _may_be_pager(el: Element) -> bool:
    """Whether a link may be a pager link: anywhere but the site's footer and sidebars."""
    return not any(
        node.tag in ("footer", "aside") or node.get("role") in ("contentinfo", "complementary")
        for node in (el, *el.iterancestors())
    )


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
