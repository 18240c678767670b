"""The publication date: the first of :data:`STRATEGIES` that finds one.

A labelled Date field (its text, its ``<time>``'s text, or that ``<time>``'s ``datetime``); the
Newsroom place-and-date line; structured metadata (``<time datetime>`` in the content, JSON-LD
``datePublished``, ``<meta>`` publication dates, RDFa ``dc:date``), converted to Vienna time; the
dateline. Modified/updated dates are never used. ``date_source`` is the kind of evidence:
"field", "metadata" or "dateline".
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml.etree import _Element as Element

from ...lang import content_type_key
from ...text import clean, shorten
from ..dates import parse_date, parse_datetime, search_date
from ..document import attr, is_chrome, is_element, text_of
from ..page import Found, Page
from .identity import head_links
from .labelled import label_of_text

__all__ = ["STRATEGIES", "PlaceDate", "date_source", "place_date_line"]


@dataclass(frozen=True, slots=True)
class PlaceDate:
    """The Newsroom place-and-date line ("MADRID 13 September 2007", or only a date)."""

    place: str | None
    date: dt.date


_DATE_CLASS = re.compile(r"date-display|\bdate\b|submitted|published", re.IGNORECASE)
_INLINE = frozenset({"span", "time", "a", "strong", "b", "em", "i", "small", "abbr", "font"})
_MAX_DATE_MARKS = 25
_MAX_DATE_TEXT = 200
_MAX_LINE = 90
_MAX_TAIL = 12  # what may follow the date: "г.", "godine", "року", a full stop


def _reads_place_date(text: str, language: str | None) -> PlaceDate | None:
    """The place and date a line reads, if it reads only "PLACE DATE" or "DATE"."""
    if len(text) > _MAX_LINE:
        return None
    hit = search_date(text, language)
    if hit is None:
        return None
    date, start, end = hit
    tail = text[end:].strip(" .,")
    if len(tail) > _MAX_TAIL or any(ch.isdigit() or ch in "|·•(" for ch in tail):
        return None
    head = clean(text[:start]).strip(" ,;:|–—-")
    if len(head) > 60 or len(head.split()) > 6 or any(ch.isdigit() for ch in head):
        return None
    place = head or None
    if place and content_type_key(place, language):
        return None  # "Press release 12 November 2024": a type chip and a date, not a dateline
    if place and label_of_text(place, language):
        place = None  # "Date: 13 September 2007" is a labelled field, not a place
    return PlaceDate(place, date)


def place_date_line(
    region: Element, title_el: Element | None, language: str | None
) -> PlaceDate | None:
    """The place-and-date line near the title, marked by a date element such as
    ``span.date-display-single`` or ``<time>``, whose whole block reads "PLACE DATE" or "DATE"
    (the widest such block up to two levels further out).

    Only the first :data:`_MAX_DATE_MARKS` date elements outside the chrome are tried.
    """
    chrome: dict[Element, bool] = {}
    tried = 0
    for el in region.iter():
        if not is_element(el):
            continue
        if el.tag != "time" and not _DATE_CLASS.search(attr(el, "class")):
            continue
        if is_chrome(el, chrome):
            continue
        tried += 1
        if tried > _MAX_DATE_MARKS:
            break
        block: Element | None = el
        while block is not None and block.tag in _INLINE:  # the line the date stands in
            block = block.getparent()
        found = None
        for _ in range(3):
            if block is None or any(True for _ in block.iter("a")):
                break  # a line with a link is a teaser, not the release's own line
            read = _reads_place_date(text_of(block), language)
            if read is None:
                break
            found = read
            block = block.getparent()
        if found is not None:
            return found
    return None


_RDFA_DATE = re.compile(r"\bdc:(?:date|created|issued)\b|datePublished")


_MODIFIED = re.compile(r"modif|updat|changed|revis", re.IGNORECASE)


_META_DATE_NAMES = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dcterms.date",
    "dcterms.issued",
    "dc.date",
    "dc.date.issued",
    "dc:date",
    "publish-date",
    "publication_date",
    "date",
)


def _json_ld_dates(root: Element) -> Iterator[str]:
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data: Any = json.loads(script.text)
        except (ValueError, RecursionError):  # not JSON, or nested too deep for the json module
            continue
        queue = deque([data])
        while queue:
            item = queue.popleft()
            if isinstance(item, list):
                queue.extend(item)
            elif isinstance(item, dict):
                value = item.get("datePublished")
                if isinstance(value, str):
                    yield value
                graph = item.get("@graph")
                if graph is not None:
                    queue.append(graph)


def date_field(page: Page) -> Found[dt.date] | None:
    """A labelled Date field: its text ("field:text"), the text of its ``<time>``
    ("field:time"), or that ``<time>``'s ``datetime`` when the text is not a date
    ("field:datetime")."""
    field = page.fields.get("date")
    if field is None:
        return None
    shown = " ".join(field.values)
    # A date is short: a long "Date:" value is not one (and would be slow to search).
    value = parse_date(shown, page.language) if shown and len(shown) <= _MAX_DATE_TEXT else None
    how = "field:time" if field.datetimes else "field:text"
    if value is None and shown:
        page.warnings.append(f"Date field {shorten(shown)!r} is not a date")
    if value is None and field.datetimes and shown:
        value, how = parse_datetime(field.datetimes[0]), "field:datetime"
    return Found(value, how) if value is not None else None


def newsroom_line(page: Page) -> Found[dt.date] | None:
    """The Newsroom place-and-date line ("MADRID 13 September 2007")."""
    line = page.place_date
    return Found(line.date, "place-date-line") if line is not None else None


def time_element(page: Page) -> Found[dt.date] | None:
    """A ``<time datetime>`` in the content, not a modified date and not in the chrome."""
    chrome: dict[Element, bool] = {}
    for time in page.region.iter("time"):
        value = time.get("datetime")
        if value and not _is_modified(time) and not is_chrome(time, chrome):
            found = parse_datetime(value)
            if found:
                return Found(found, "metadata:time")
    return None


def json_ld(page: Page) -> Found[dt.date] | None:
    """JSON-LD ``datePublished``."""
    for value in _json_ld_dates(page.root):
        found = parse_datetime(value)
        if found:
            return Found(found, "metadata:json-ld")
    return None


def meta_tags(page: Page) -> Found[dt.date] | None:
    """A ``<meta>`` publication date, by :data:`_META_DATE_NAMES` order
    ("metadata:meta:article:published_time")."""
    metas: dict[str, str] = {}
    for el in head_links(page.root):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if name and el.get("content") and name not in metas:
            metas[name] = el.get("content") or ""
    for name in _META_DATE_NAMES:
        if name in metas:
            found = parse_datetime(metas[name])
            if found:
                return Found(found, f"metadata:meta:{name}")
    return None


def rdfa(page: Page) -> Found[dt.date] | None:
    """RDFa ``dc:date``/``dc:created``/``datePublished`` attributes in the content."""
    chrome: dict[Element, bool] = {}
    for el in page.region.iter():
        if not is_element(el):
            continue
        prop = attr(el, "property") or attr(el, "itemprop")
        if prop and el.get("content") and _RDFA_DATE.search(prop) and not is_chrome(el, chrome):
            found = parse_datetime(el.get("content") or "")
            if found:
                return Found(found, "metadata:rdfa")
    return None


def dateline(page: Page) -> Found[dt.date] | None:
    """The date of the first paragraph's dateline (a year-less one only warns)."""
    line = page.dateline
    if line is None:
        return None
    if line.date is None:
        page.warnings.append(f"dateline {line.text!r} has no year and no other date evidence")
        return None
    return Found(line.date, "dateline")


STRATEGIES = (date_field, newsroom_line, time_element, json_ld, meta_tags, rdfa, dateline)
"""Where the publication date comes from, in order of precedence."""

_SOURCES = {"field": "field", "place-date-line": "field", "metadata": "metadata"}


def date_source(how: str) -> str:
    """The kind of evidence a date strategy's ``how`` names: "field", "metadata" or "dateline"."""
    return _SOURCES.get(how.split(":", 1)[0], "dateline")


def _is_modified(el: Element) -> bool:
    for node in (el, el.getparent()):
        if node is None:
            continue
        for name in ("class", "itemprop", "property"):
            if _MODIFIED.search(attr(node, name)):
                return True
    return False
