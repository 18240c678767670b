"""Page parsing: one release page in, one :class:`Release` out.

Data flows one way: bytes -> tree (:mod:`document`) -> fields (:mod:`metadata`, :mod:`body`,
:mod:`dates`, :mod:`quotes`) -> :class:`Release`.
Each field below names the function it comes from.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from lxml.html import HtmlElement

from . import metadata
from .body import extract_body, extract_images
from .dates import Dateline, find_dateline, parse_date, parse_datetime
from .document import parse_html, prepare
from .errors import ParseError
from .labels import has_labels
from .models import Release
from .quotes import extract_quotes

__all__ = ["parse_release"]


def _region(root: HtmlElement) -> HtmlElement:
    """The main content: ``<main>``, ``role=main``, the first ``<article>``, or ``<body>``."""
    for path in ("//main", "//*[@role='main']", "//article", "//*[@id='content']"):
        found = root.xpath(path)
        if found:
            return found[0]
    body = root.find("body")
    return body if body is not None else root


_MAX_DATE_TEXT = 200


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _date(
    field: metadata.LabelledField | None,
    place_date: metadata.PlaceDate | None,
    structured: dt.date | None,
    dateline: Dateline | None,
    language: str | None,
    warnings: list[str],
) -> tuple[dt.date | None, str | None]:
    """Publication date and its evidence: labelled field > structured metadata > dateline."""
    if field is not None:
        shown = " ".join(field.values)
        # A date is short: a long "Date:" value is not one (and would be slow to search).
        value = parse_date(shown, language) if shown and len(shown) <= _MAX_DATE_TEXT else None
        if value is None and shown:
            warnings.append(f"Date field {_shorten(shown)!r} is not a date")
        if value is None and field.datetimes and shown:
            value = parse_datetime(field.datetimes[0])
        if value is not None:
            return value, "field"
    if place_date is not None:
        return place_date.date, "field"
    if structured is not None:
        return structured, "metadata"
    if dateline is not None:
        if dateline.date is not None:
            return dateline.date, "dateline"
        warnings.append(f"dateline {dateline.text!r} has no year and no other date evidence")
    return None, None


def parse_release(html: str | bytes | Any, url: str | None = None) -> Release:
    """Parse one osce.org release page.

    ``html`` is the page as ``str``, ``bytes`` (charset detected) or a BeautifulSoup object; ``url``
    is where it came from (used for the node id, language prefix and absolute links). Fields that
    cannot be found are None/empty and listed in ``warnings``. Raises :class:`ParseError` if the
    input is not HTML or not a release page.
    """
    root = parse_html(html)
    prepare(root)
    warnings: list[str] = []
    canonical = metadata.canonical_url(root)
    language = metadata.page_language(root, url, canonical)
    base = url or canonical
    region = _region(root)

    title, title_el = metadata.title(region, root, language)
    body = extract_body(region, language)
    if not body.paragraphs and region is not root.find("body") and root.find("body") is not None:
        region = root.find("body")  # the content was outside <main>/<article>
        title, title_el = metadata.title(region, root, language)
        body = extract_body(region, language)
    if not title and not body.paragraphs:
        raise ParseError("not a release page: no title and no body text found")
    if not body.paragraphs:
        shown = _shorten(title)
        raise ParseError(f"not a release page: no body paragraphs found (title {shown!r})")
    if not title:
        warnings.append("no title found")
    elif title_el is None:
        warnings.append("no title heading; title taken from <title>/og:title")
    if body.dropped_repeats:
        warnings.append("dropped a trailing paragraph that repeats an earlier one")

    fields = metadata.labelled_fields(region, language)
    if language and not has_labels(language):
        unread = metadata.unread_labels(region, language)
        if unread:
            warnings.append(f"no label table for language {language!r}; not read: {unread}")
    dateline = find_dateline(body.paragraphs[0], language)
    place_date = None if "date" in fields else metadata.place_date_line(region, title_el, language)
    date, date_source = _date(
        fields.get("date"),
        place_date,
        metadata.structured_date(root, region),
        dateline,
        language,
        warnings,
    )
    if date is None:
        warnings.append("no publication date found")

    place_field = fields.get("place")
    if place_field is not None and place_field.values:
        place: str | None = ", ".join(place_field.values)
    elif place_date is not None and place_date.place:
        place = place_date.place
    elif dateline is not None:
        place = dateline.place
    else:
        place = None

    type_field = fields.get("content_type")
    content_type = (
        type_field.values[0]
        if type_field is not None and type_field.values
        else metadata.content_type(region, title_el, language)
    )
    quotes, people = extract_quotes(body.paragraphs, language)
    return Release(
        url=url or canonical,
        node_id=metadata.node_id(root, url, canonical),
        language=language,
        content_type=content_type,
        title=title,
        date=date,
        date_source=date_source,
        place=place,
        sources=fields["sources"].values if "sources" in fields else (),
        fields_of_work=fields["fields_of_work"].values if "fields_of_work" in fields else (),
        dateline=dateline.text if dateline is not None else None,
        paragraphs=body.paragraphs,
        images=extract_images(region, base),
        translations=metadata.translations(root, base, language),
        quotes=quotes,
        people=people,
        warnings=tuple(warnings),
    )
