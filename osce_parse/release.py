"""Page parsing: one release page in, one :class:`Release` out.

Data flows one way: bytes -> tree (:mod:`document`) -> fields (:mod:`metadata`, :mod:`body`,
:mod:`dates`, :mod:`quotes`) -> :class:`Release`.
Each field below names the function it comes from; each finder returns the strategy that found the
value next to the value, and :func:`parse_release` gathers them into ``Release.provenance``.
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
    structured: tuple[dt.date | None, str | None],
    dateline: Dateline | None,
    language: str | None,
    warnings: list[str],
) -> tuple[dt.date | None, str | None, str | None]:
    """Publication date, its evidence (``date_source``) and its strategy (``provenance``).

    Labelled Date field: its text ("field:text"), the text of its ``<time>`` ("field:time"), or
    that ``<time>``'s ``datetime`` when the text is not a date ("field:datetime"); else the
    place-and-date line ("place-date-line"); else structured metadata ("metadata:" and
    :func:`metadata.structured_date`'s strategy); else the dateline ("dateline").
    """
    if field is not None:
        shown = " ".join(field.values)
        # A date is short: a long "Date:" value is not one (and would be slow to search).
        value = parse_date(shown, language) if shown and len(shown) <= _MAX_DATE_TEXT else None
        how = "field:time" if field.datetimes else "field:text"
        if value is None and shown:
            warnings.append(f"Date field {_shorten(shown)!r} is not a date")
        if value is None and field.datetimes and shown:
            value, how = parse_datetime(field.datetimes[0]), "field:datetime"
        if value is not None:
            return value, "field", how
    if place_date is not None:
        return place_date.date, "field", "place-date-line"
    found, found_how = structured
    if found is not None:
        return found, "metadata", f"metadata:{found_how}"
    if dateline is not None:
        if dateline.date is not None:
            return dateline.date, "dateline", "dateline"
        warnings.append(f"dateline {dateline.text!r} has no year and no other date evidence")
    return None, None, None


def _place(
    field: metadata.LabelledField | None,
    place_date: metadata.PlaceDate | None,
    dateline: Dateline | None,
) -> tuple[str | None, str | None]:
    """The place and its strategy: labelled field ("field:<markup>") > place-and-date line
    ("place-date-line") > dateline ("dateline")."""
    if field is not None and field.values:
        return ", ".join(field.values), f"field:{field.how}"
    if place_date is not None and place_date.place:
        return place_date.place, "place-date-line"
    if dateline is not None and dateline.place:
        return dateline.place, "dateline"
    return None, None


def _values(field: metadata.LabelledField | None) -> tuple[tuple[str, ...], str | None]:
    """A labelled field's values and their strategy ("field:<markup>"); ``((), None)`` if none."""
    if field is None or not field.values:
        return (), None
    return field.values, f"field:{field.how}"


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
    canonical, canonical_how = metadata.find_canonical(root)
    language, language_how = metadata.page_language(root, url, canonical)
    base = url or canonical
    region = _region(root)

    title, title_el, title_how = metadata.title(region, root, language)
    body = extract_body(region, language)
    if not body.paragraphs and region is not root.find("body") and root.find("body") is not None:
        region = root.find("body")  # the content was outside <main>/<article>
        title, title_el, title_how = metadata.title(region, root, language)
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
    date, date_source, date_how = _date(
        fields.get("date"),
        place_date,
        metadata.structured_date(root, region),
        dateline,
        language,
        warnings,
    )
    if date is None:
        warnings.append("no publication date found")
    place, place_how = _place(fields.get("place"), place_date, dateline)

    types, type_how = _values(fields.get("content_type"))
    content_type = types[0] if types else None
    if content_type is None:
        content_type, type_how = metadata.content_type(region, title_el, language)
    node, node_how = metadata.node_id(root, url, canonical)
    sources, sources_how = _values(fields.get("sources"))
    fields_of_work, fields_how = _values(fields.get("fields_of_work"))
    images = extract_images(region, base)
    translations = metadata.translations(root, base, language)
    quotes, people = extract_quotes(body.paragraphs, language)
    provenance = {
        "url": "argument" if url else canonical_how,
        "node_id": node_how,
        "language": language_how,
        "content_type": type_how,
        "title": title_how if title else None,
        "date": date_how,
        "place": place_how,
        "sources": sources_how,
        "fields_of_work": fields_how,
        "dateline": "first-paragraph" if dateline is not None else None,
        "paragraphs": body.how,
        "quotes": "quotes" if quotes else None,
        "people": "quotes" if people else None,
        "images": "img" if images else None,
        "translations": "hreflang" if translations else None,
    }
    return Release(
        url=url or canonical,
        node_id=node,
        language=language,
        content_type=content_type,
        title=title,
        date=date,
        date_source=date_source,
        place=place,
        sources=sources,
        fields_of_work=fields_of_work,
        dateline=dateline.text if dateline is not None else None,
        paragraphs=body.paragraphs,
        images=images,
        translations=translations,
        quotes=quotes,
        people=people,
        warnings=tuple(warnings),
        provenance={name: how for name, how in provenance.items() if how},
    )
