"""Metadata: identity (node id, language, URL), title, content type, labelled fields, and
structured publication dates.

Labelled fields are found by meaning: an element whose own text is a known label ("Place:",
``<dt>Source</dt>``, ``<div class="field__label">Fields of work</div>``) and the values that follow
it, whatever the markup. Structured dates come from ``<time datetime>``, JSON-LD, ``<meta>`` and
RDFa, in that order; modified/updated dates are never used.

Each finder returns, next to its value, the name of the strategy that found it (gathered into
``Release.provenance``); the name is None when nothing was found.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml.html import HtmlElement

from .dates import parse_date, parse_datetime
from .document import attr, is_chrome, text_of
from .labels import (
    FIELD_LABELS,
    SECTION_WORDS,
    content_type_key,
    label_key,
)
from .text import clean, strip_label
from .urls import PATH_LANGUAGES, SITE, absolute
from .urls import path_of as _path

__all__ = [
    "LabelledField",
    "PlaceDate",
    "canonical_url",
    "content_type",
    "find_canonical",
    "labelled_fields",
    "node_id",
    "page_language",
    "place_date_line",
    "structured_date",
    "title",
    "translations",
]

# --- identity --------------------------------------------------------------------------------

_NODE_IN_PATH = re.compile(r"/(\d{2,9})/?(?:[?#]|$)")
_LANG_PREFIX = re.compile(r"^/([a-z]{2})(?:-[a-z]{2,4})?/", re.IGNORECASE)
_NODE_CLASS = re.compile(r"\bpage-node-(\d+)\b")


def _head_links(root: HtmlElement) -> Iterator[HtmlElement]:
    head = root.find("head")
    yield from (head if head is not None else root).iter("link", "meta")


def canonical_url(root: HtmlElement) -> str | None:
    """The page's absolute canonical URL (``<link rel=canonical>``, else ``og:url``), or None.

    A relative canonical link is resolved against ``og:url``, else against the site root.
    """
    return find_canonical(root)[0]


def find_canonical(root: HtmlElement) -> tuple[str | None, str | None]:
    """:func:`canonical_url` and its strategy: "canonical" or "og:url"."""
    link: str | None = None
    og: str | None = None
    for el in _head_links(root):
        if el.tag == "link" and "canonical" in (el.get("rel") or "").lower().split():
            link = link or (el.get("href") or "").strip() or None
        elif el.tag == "meta" and el.get("property") == "og:url":
            og = og or (el.get("content") or "").strip() or None
    if link is None:
        return og, "og:url" if og else None
    found = absolute(link, og if og and og.startswith("http") else SITE)
    return found, "canonical" if found else None


def node_id(
    root: HtmlElement, url: str | None, canonical: str | None
) -> tuple[int | None, str | None]:
    """The Drupal node id and its strategy: "url", "canonical", "shortlink", "body-class" (the
    ``page-node-N`` class) or "data-history-node-id" (on an ``<article>``)."""
    candidates = [(url, "url"), (canonical, "canonical")]
    candidates += [
        (el.get("href"), "shortlink") for el in _head_links(root) if el.get("rel") == "shortlink"
    ]
    for candidate, how in candidates:
        if candidate:
            m = _NODE_IN_PATH.search(_path(candidate) + "#")
            if m:
                return int(m[1]), how
    body = root.find("body")
    if body is not None:
        m = _NODE_CLASS.search(attr(body, "class"))
        if m:
            return int(m[1]), "body-class"
        for article in body.iter("article"):
            value = article.get("data-history-node-id")
            if value and value.isdigit():
                return int(value), "data-history-node-id"
    return None, None


def page_language(
    root: HtmlElement, url: str | None, canonical: str | None = None
) -> tuple[str | None, str | None]:
    """ISO 639-1 code and its strategy: ``<html lang>`` ("html-lang"), else the language prefix of
    ``url`` ("url-prefix") or ``canonical`` ("canonical-prefix"): "/ru/pc/50033", not a section
    such as "/pc/"; else the ``hreflang`` alternate that points at ``canonical`` ("hreflang"), else
    ``og:locale`` ("og:locale")."""
    lang = root.get("lang") or root.get("xml:lang")
    if lang and lang[:2].isalpha():
        return str(lang[:2]).lower(), "html-lang"
    for address, how in ((url, "url-prefix"), (canonical, "canonical-prefix")):
        m = _LANG_PREFIX.match(_path(address)) if address else None
        if m and m[1].lower() in PATH_LANGUAGES:
            return m[1].lower(), how
    if canonical:
        for el in _head_links(root):
            code = (el.get("hreflang") or "").strip().lower()
            if code and code != "x-default" and absolute(el.get("href"), canonical) == canonical:
                return code[:2], "hreflang"
    for el in _head_links(root):
        if el.get("property") == "og:locale" and el.get("content"):
            code = (el.get("content") or "")[:2].lower() or None
            return code, "og:locale" if code else None
    return None, None


def translations(root: HtmlElement, base: str | None, language: str | None) -> dict[str, str]:
    """Other language versions of the page, from ``hreflang`` alternates: language -> URL."""
    found: dict[str, str] = {}
    for el in _head_links(root):
        lang = (el.get("hreflang") or "").strip().lower()
        href = (el.get("href") or "").strip()
        if el.tag != "link" or not lang or not href or lang == "x-default":
            continue
        code = lang[:2]
        if code != language and code not in found and (link := absolute(href, base)):
            found[code] = link
    return found


# --- title and content type ------------------------------------------------------------------

_SITE_SUFFIX = re.compile(
    r"\s*[|–—-]\s*(?:OSCE|Organization for Security and Co-operation in Europe)\s*$"
)


def _page_title(root: HtmlElement) -> tuple[str, str]:
    """The ``og:title`` or else the ``<title>`` text, and which of the two it is."""
    for el in _head_links(root):
        if el.tag == "meta" and el.get("property") == "og:title" and el.get("content"):
            return clean(el.get("content")), "og:title"
    found = root.find(".//title")
    text = _SITE_SUFFIX.sub("", clean(found.text_content())) if found is not None else ""
    return text, "title-tag"


_MAX_TITLE = 1000  # a <title> longer than this is not a title: only its start is compared


def title(
    region: HtmlElement, root: HtmlElement, language: str | None
) -> tuple[str, HtmlElement | None, str | None]:
    """The release title, its heading element and its strategy.

    The heading that the page's ``<title>``/``og:title`` confirms wins ("h1+title-match", or
    "h2+title-match"); else the first ``<h1>`` that is not a section name such as "Newsroom" ("h1");
    else the ``og:title`` or ``<title>`` text itself ("og:title", "title-tag"; element None).
    """
    page_title, page_how = _page_title(root)
    folded = page_title[:_MAX_TITLE].casefold()
    first: tuple[str, HtmlElement, str] | None = None
    chrome: dict[HtmlElement, bool] = {}
    for heading in region.iter("h1", "h2"):
        text = text_of(heading)
        if not text or is_chrome(heading, chrome):
            continue
        if folded and text.casefold() in folded and len(text) > 3:
            return text, heading, f"{heading.tag}+title-match"
        key = text.casefold()
        if first is None and heading.tag == "h1" and not _is_section_word(key, language):
            first = (text, heading, "h1")
    if first is not None:
        return first
    return page_title, None, page_how if page_title else None


def _is_section_word(key: str, language: str | None) -> bool:
    return (
        label_key(key, SECTION_WORDS, language) is not None
        or content_type_key(key, language) is not None
    )


def content_type(
    region: HtmlElement, title_el: HtmlElement | None, language: str | None
) -> tuple[str | None, str | None]:
    """The content-type label the page shows before its title ("Press release"), or None, and its
    strategy ("content-type-label")."""
    found: str | None = None
    active: str | None = None
    chrome: dict[HtmlElement, bool] = {}
    for el in region.iter():
        if el is title_el:
            break
        text = el.text
        if not text or len(text) > 40 or not isinstance(el.tag, str) or len(el):
            continue
        text = clean(text)
        if content_type_key(text, language) and not is_chrome(el, chrome):
            found = text
            if _is_active(el):
                active = text
    found = active or found
    return found, "content-type-label" if found else None


def _is_active(el: HtmlElement) -> bool:
    for node in (el, el.getparent()):
        if node is not None and re.search(r"\b(?:is-)?active\b|\bselected\b", attr(node, "class")):
            return True
    return False


# --- labelled fields -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LabelledField:
    """A labelled metadata field: its values in page order, any ``<time datetime>`` in it, and how
    it is marked up (``how``: "dl", "ul-li", "label-div", "inline", else the label's tag)."""

    key: str
    values: tuple[str, ...]
    datetimes: tuple[str, ...] = ()
    how: str = ""


_ITEM_TAGS = frozenset({"a", "li", "dd"})
_ITEM_CLASS = re.compile(r"field__item|field-item|\bitem\b|\btag\b|\bterm\b")
_LABEL_TAGS = frozenset({"dt", "th", "label"})
_INLINE_TAGS = frozenset({"span", "strong", "b", "em", "i", "label", "small"})
_SPLIT = re.compile(r"\s*[,;]\s*")


def _label_of(el: HtmlElement, language: str | None) -> str | None:
    """The field key if ``el``'s own text is a metadata label, else None."""
    text = el.text
    if not text or len(text) > 40:
        return None
    raw = clean(text)
    if not raw:
        return None
    marked = raw.endswith((":", "：")) or el.tag in _LABEL_TAGS or "label" in attr(el, "class")
    if not marked:
        return None
    return label_key(strip_label(raw), FIELD_LABELS, language)


def unread_labels(region: HtmlElement, language: str | None) -> list[str]:
    """Texts the markup marks as labels (``dt``, ``th``, a ``*label*`` class) that no label table
    reads: on a page in a language without a label table, the fields left unread."""
    found: list[str] = []
    for el in region.iter():
        if not isinstance(el.tag, str) or not (
            el.tag in _LABEL_TAGS or "label" in attr(el, "class")
        ):
            continue
        text = clean(el.text)
        if text and len(text) <= 40 and _label_of(el, language) is None and not is_chrome(el):
            found.append(text)
    return found


def _is_item(el: HtmlElement) -> bool:
    return el.tag in _ITEM_TAGS or bool(_ITEM_CLASS.search(attr(el, "class")))


def _values(node: HtmlElement, values: list[tuple[str, bool]], times: list[str]) -> None:
    """Append ``node``'s values: one per item-like child, else its whole text (to be split)."""
    for time in node.iter("time"):
        if time.get("datetime"):
            times.append(time.get("datetime") or "")
    items = [child for child in node.iter() if child is not node and _is_item(child)]
    leaves = [item for item in items if not any(_is_item(c) for c in item.iter() if c is not item)]
    if len(leaves) > 1 or (leaves and node.tag not in _ITEM_TAGS):
        for leaf in leaves:
            values.append((text_of(leaf), False))
        rest = clean(node.text)
        if rest:
            values.append((rest, True))
    else:
        values.append((text_of(node), True))


def _field_values(
    label: HtmlElement, language: str | None
) -> tuple[list[tuple[str, bool]], list[str], str]:
    """The values and datetimes that follow ``label``, and how the field is marked up."""
    values: list[tuple[str, bool]] = []
    times: list[str] = []
    inline = False
    for _ in range(3):  # climb out of wrappers that hold only the label
        tail = clean(label.tail).lstrip(":： ")
        if tail:
            values.append((tail, True))
            inline = True
        for sibling in label.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if _starts_with_label(sibling, language):
                break
            _values(sibling, values, times)
            if sibling.tail and clean(sibling.tail).strip(",; "):
                values.append((clean(sibling.tail), True))
        if values or times:
            break
        parent = label.getparent()
        if parent is None or clean(parent.text) or len(parent) != 1:
            break
        label = parent
    return values, times, _markup(label, inline)


def _markup(label: HtmlElement, inline: bool) -> str:
    """How a field is marked up: label and value in one element ("inline": "<li><b>Place:</b>
    VIENNA</li>"), ``dt``/``dd`` ("dl"), label and value as list items ("ul-li"), a
    ``*label*``-classed block ("label-div"), else the label's tag."""
    if inline or label.tag in _INLINE_TAGS:
        return "inline"
    if label.tag == "dt":
        return "dl"
    if label.tag == "li":
        return "ul-li"
    return "label-div" if "label" in attr(label, "class") else str(label.tag)


def _starts_with_label(el: HtmlElement, language: str | None) -> bool:
    node: HtmlElement | None = el
    for _ in range(3):
        if node is None:
            return False
        if _label_of(node, language):
            return True
        if clean(node.text):
            return False
        node = node[0] if len(node) else None
    return False


def _split(values: list[tuple[str, bool]]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for text, splittable in values:
        parts = _SPLIT.split(text) if splittable else [text]
        for part in parts:
            part = part.strip(" ,;")
            if part and part not in seen:
                seen[part] = None
    return tuple(seen)


def labelled_fields(region: HtmlElement, language: str | None) -> dict[str, LabelledField]:
    """Every labelled metadata field in ``region`` (first occurrence of each), by field name."""
    found: dict[str, LabelledField] = {}
    chrome: dict[HtmlElement, bool] = {}
    for el in region.iter():
        if not isinstance(el.tag, str):
            continue
        key = _label_of(el, language)
        if key is None or key in found or is_chrome(el, chrome):
            continue
        # A label inside its own value's element ("<li>Place: VIENNA</li>"): value is the rest.
        values, times, how = _field_values(el, language)
        found[key] = LabelledField(key, _split(values), tuple(times), how)
    return found


# --- publication dates -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlaceDate:
    """The Newsroom place-and-date line ("MADRID 13 September 2007", or only a date)."""

    place: str | None
    date: dt.date


_MONTH_WORD = r"[^\W\d_]{3,}\.?"
_PLACE_DATE = re.compile(
    rf"^(?:(?P<place>[^\W\d_][^\d]{{0,60}}?)\s*,?\s+)?(?P<date>\d{{1,2}}\.?\s+{_MONTH_WORD}\s+\d{{4}})$"
)
_DATE_CLASS = re.compile(r"date-display|\bdate\b|submitted|published", re.IGNORECASE)
_MAX_DATE_MARKS = 25


def place_date_line(
    region: HtmlElement, title_el: HtmlElement | None, language: str | None
) -> PlaceDate | None:
    """The place-and-date line near the title, marked by a date element such as
    ``span.date-display-single`` or ``<time>``, whose whole block reads "PLACE DATE" or "DATE".

    Only the first :data:`_MAX_DATE_MARKS` date elements outside the chrome are tried (each may
    cost a ``dateparser`` call).
    """
    chrome: dict[HtmlElement, bool] = {}
    tried = 0
    for el in region.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag != "time" and not _DATE_CLASS.search(attr(el, "class")):
            continue
        if is_chrome(el, chrome):
            continue
        tried += 1
        if tried > _MAX_DATE_MARKS:
            break
        found: PlaceDate | None = None
        block: HtmlElement | None = el
        for _ in range(3):  # the widest block that still reads "PLACE DATE" (or "DATE")
            if block is None:
                break
            text = text_of(block)
            m = _PLACE_DATE.match(text) if len(text) <= 90 else None
            date = parse_date(m["date"], language) if m else None
            if m is None or date is None:
                break
            place = clean(m["place"]) or None
            if place and _label_of_text(place, language):
                place = None
            found = PlaceDate(place, date)
            block = block.getparent()
        if found is not None:
            return found
    return None


def _label_of_text(text: str, language: str | None) -> bool:
    return label_key(strip_label(text), FIELD_LABELS, language) is not None


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


def _json_ld_dates(root: HtmlElement) -> Iterator[str]:
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


def structured_date(root: HtmlElement, region: HtmlElement) -> tuple[dt.date | None, str | None]:
    """The publication date from structured data, converted to Vienna time, and its strategy.

    Order: ``<time datetime>`` in the content ("time"), JSON-LD ``datePublished`` ("json-ld"),
    ``<meta>`` publication dates ("meta:" and the name, e.g. "meta:article:published_time"), RDFa
    ``dc:date``/``dc:created`` attributes ("rdfa"). ``(None, None)`` if there is none.
    """
    chrome: dict[HtmlElement, bool] = {}
    for time in region.iter("time"):
        value = time.get("datetime")
        if value and not _is_modified(time) and not is_chrome(time, chrome):
            found = parse_datetime(value)
            if found:
                return found, "time"
    for value in _json_ld_dates(root):
        found = parse_datetime(value)
        if found:
            return found, "json-ld"
    metas: dict[str, str] = {}
    for el in _head_links(root):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if name and el.get("content") and name not in metas:
            metas[name] = el.get("content") or ""
    for name in _META_DATE_NAMES:
        if name in metas:
            found = parse_datetime(metas[name])
            if found:
                return found, f"meta:{name}"
    for el in region.iter():
        if not isinstance(el.tag, str):
            continue
        prop = attr(el, "property") or attr(el, "itemprop")
        if prop and el.get("content") and _RDFA_DATE.search(prop) and not is_chrome(el, chrome):
            found = parse_datetime(el.get("content") or "")
            if found:
                return found, "rdfa"
    return None, None


def _is_modified(el: HtmlElement) -> bool:
    for node in (el, el.getparent()):
        if node is None:
            continue
        for name in ("class", "itemprop", "property"):
            if _MODIFIED.search(attr(node, name)):
                return True
    return False
