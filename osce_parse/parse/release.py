"""``parse_release``: one release page in, one :class:`Release` out. The pipeline only.

Data flows one way: bytes -> tree (:mod:`.document`) -> :class:`.page.Page` -> fields -> Release.
Where each field comes from, in one hop:

=================  ========================================================================
url, node_id,      :mod:`.fields.identity` (argument, canonical link, og:url, shortlink, …)
language
title              :data:`.fields.title.STRATEGIES`
paragraphs         :data:`.fields.body.STRATEGIES`
content_type       :data:`.fields.content_type.STRATEGIES`
date, date_source  :data:`.fields.date.STRATEGIES`
place              :data:`.fields.place.STRATEGIES`
sources,           :func:`.fields.labelled.labelled_fields` (labels by meaning, any markup),
fields_of_work     else :func:`.fields.classed.classed_fields` (tags named by their class)
dateline           :func:`.dates.find_dateline` on the first paragraph
quotes, people     :func:`osce_parse.quotes.extract_quotes` on the paragraphs
images             :func:`.fields.images.extract_images`
translations       :func:`.fields.identity.translations` (hreflang)
=================  ========================================================================

Each strategy returns its value with how it found it; ``Release.provenance`` collects the hows.
"""

from __future__ import annotations

from typing import Any

from lxml.etree import _Element as Element

from ..errors import ParseError
from ..lang import has_labels
from ..models import Release
from ..quotes import extract_quotes
from ..text import shorten
from .dates import find_dateline
from .document import elements, parse_html, prepare
from .fields import body, classed, content_type, date, identity, images, labelled, place, title
from .page import Found, Page, first

__all__ = ["parse_release"]

_REGIONS = ("//main", "//*[@role='main']", "//article", "//*[@id='content']")


def _region(root: Element) -> Element:
    """The main content: ``<main>``, ``role=main``, the first ``<article>``, or ``<body>``."""
    for path in _REGIONS:
        found = elements(root, path)
        if found:
            return found[0]
    page_body = root.find("body")
    return page_body if page_body is not None else root


def _read_page(html: Any, url: str | None) -> tuple[Page, str | None, str | None]:
    """The tree and identity of a page: the :class:`Page`, and how its URL and language were
    found."""
    root = parse_html(html)
    prepare(root)
    canonical, canonical_how = identity.find_canonical(root)
    language, language_how = identity.page_language(root, url, canonical)
    page = Page(root, url, canonical, language, _region(root))
    return page, "argument" if url else canonical_how, language_how


def _title_and_body(
    page: Page,
) -> tuple[Found[title.Title] | None, Found[body.Body] | None]:
    """Title and body from the main region; from the whole ``<body>`` when the region holds no
    body text (the content was outside ``<main>``/``<article>``)."""
    found_title, found_body = _read_title_and_body(page)
    page_body = page.root.find("body")
    if found_body is None and page_body is not None and page.region is not page_body:
        page.region = page_body
        found_title, found_body = _read_title_and_body(page)
    return found_title, found_body


def _read_title_and_body(
    page: Page,
) -> tuple[Found[title.Title] | None, Found[body.Body] | None]:
    found_title = first(title.STRATEGIES, page)
    page.title_el = found_title.value[1] if found_title else None
    return found_title, first(body.STRATEGIES, page)


def _check_title_and_body(
    page: Page, found_title: Found[title.Title] | None, found_body: Found[body.Body] | None
) -> tuple[str, tuple[str, ...]]:
    """The title text and the paragraphs; ParseError when the page is not a release."""
    text = found_title.value[0] if found_title else ""
    if found_body is None:
        if not text:
            raise ParseError("not a release page: no title and no body text found")
        raise ParseError(f"not a release page: no body paragraphs found (title {shorten(text)!r})")
    if not text:
        page.warnings.append("no title found")
    elif found_title is not None and found_title.value[1] is None:
        page.warnings.append("no title heading; title taken from <title>/og:title")
    if found_body.value.dropped_repeats:
        page.warnings.append("dropped a trailing paragraph that repeats an earlier one")
    return text, found_body.value.paragraphs


_THIN_BODY = 800  # characters: a release without a dateline that is this short may be a listing


def _not_a_listing(page: Page, body_found: body.Body) -> None:
    """Raise ParseError for a listing or search page: a list of release teasers around which the
    "body" is only a teaser's snippet, or a thin text without a dateline on a page that does not
    name a node of its own (a short news item beside a "latest news" list is a release)."""
    paragraphs = body_found.paragraphs
    thin = sum(len(p) for p in paragraphs) < _THIN_BODY
    if not thin and len(paragraphs) > 3:
        return
    from .listing import listing_items  # imported here: most releases never get this far

    items = listing_items(page.root, page.base, page.language)
    if len(items) < 2:
        return
    container = body_found.container
    in_item = container is not None and any(
        c is container or c in container.iterancestors() for _, c in items
    )
    own_node = identity.node_id(page.root, None, page.canonical)[0] is not None
    if in_item or (thin and not own_node and find_dateline(paragraphs[0], page.language) is None):
        raise ParseError(
            f"listing page ({len(items)} release teasers, no release text): use parse_listing"
        )


def _read_labels(page: Page) -> None:
    """The labelled fields of the whole page (they may stand outside the main region), and the
    teaser cards of other releases, which no field finder reads."""
    found = page.root.find("body")
    scope = found if found is not None else page.root
    page.decoys = frozenset(labelled.decoys(scope, page.base, page.language))
    page.fields = labelled.labelled_fields(scope, page.language, page.decoys)
    unlabelled = {"sources", "fields_of_work"} - set(page.fields)
    if unlabelled:  # tags named only by their class ("tag--source")
        page.fields |= classed.classed_fields(page.region, page.decoys, unlabelled)


def _warn_unread_labels(page: Page) -> None:
    """A warning naming the labels of a language without a label table."""
    if page.language and not has_labels(page.language):
        unread = labelled.unread_labels(page.region, page.language)
        if unread:
            note = f"no label table for language {page.language!r}; not read: {unread}"
            page.warnings.append(note)


def _values(field: labelled.LabelledField | None) -> Found[tuple[str, ...]] | None:
    """A labelled field's values ("field:<markup>"), or None."""
    if field is None or not field.values:
        return None
    return Found(field.values, f"field:{field.how}")


def _how(found: Found[Any] | None) -> str | None:
    return found.how if found is not None else None


def _fields(page: Page, paragraphs: tuple[str, ...]) -> dict[str, Found[Any] | None]:
    """The fields read after title and body, each with how it was found, by ``Release`` name."""
    _warn_unread_labels(page)
    page.dateline = find_dateline(paragraphs[0], page.language)
    if "date" not in page.fields:
        page.place_date = date.place_date_line(page.region, page.title_el, page.language)
    found: dict[str, Found[Any] | None] = {"date": first(date.STRATEGIES, page)}
    if found["date"] is None:
        page.warnings.append("no publication date found")
    found["place"] = first(place.STRATEGIES, page)
    found["content_type"] = first(content_type.STRATEGIES, page)
    found["sources"] = _values(page.fields.get("sources"))
    found["fields_of_work"] = _values(page.fields.get("fields_of_work"))
    if page.dateline is not None:
        found["dateline"] = Found(page.dateline.text, "first-paragraph")
    images_ = images.extract_images(page.region, page.base, page.decoys)
    found["images"] = Found(images_, "img") if images_ else None
    translations = identity.translations(page.root, page.base, page.language)
    found["translations"] = Found(translations, "hreflang") if translations else None
    return found


def _value(found: Found[Any] | None, default: Any = None) -> Any:
    return found.value if found is not None else default


def parse_release(html: str | bytes | Any, url: str | None = None) -> Release:
    """Parse one osce.org release page.

    ``html`` is the page as ``str``, ``bytes`` (charset detected) or a BeautifulSoup object; ``url``
    is where it came from (used for the node id, language prefix and absolute links). Fields that
    cannot be found are None/empty and listed in ``warnings``. Raises :class:`ParseError` if the
    input is not HTML or not a release page.
    """
    page, url_how, language_how = _read_page(html, url)
    _read_labels(page)
    found_title, found_body = _title_and_body(page)
    title_text, paragraphs = _check_title_and_body(page, found_title, found_body)
    if found_body is not None:
        _not_a_listing(page, found_body.value)
    found = _fields(page, paragraphs)
    node, node_how = identity.node_id(page.root, url, page.canonical)
    quoted = dict(found_body.value.quoted) if found_body is not None else {}
    quotes, people = extract_quotes(paragraphs, page.language, quoted)
    found_date = found["date"]
    hows = {
        "url": url_how,
        "node_id": node_how,
        "language": language_how,
        "content_type": _how(found["content_type"]),
        "title": _how(found_title) if title_text else None,
        "date": _how(found_date),
        "place": _how(found["place"]),
        "sources": _how(found["sources"]),
        "fields_of_work": _how(found["fields_of_work"]),
        "dateline": _how(found.get("dateline")),
        "paragraphs": _how(found_body),
        "quotes": "quotes" if quotes else None,
        "people": "quotes" if people else None,
        "images": _how(found["images"]),
        "translations": _how(found["translations"]),
    }
    return Release(
        url=url or page.canonical,
        node_id=node,
        language=page.language,
        content_type=_value(found["content_type"]),
        title=title_text,
        date=_value(found_date),
        date_source=date.date_source(found_date.how) if found_date else None,
        place=_value(found["place"]),
        sources=_value(found["sources"], ()),
        fields_of_work=_value(found["fields_of_work"], ()),
        dateline=_value(found.get("dateline")),
        paragraphs=paragraphs,
        images=_value(found["images"], ()),
        translations=_value(found["translations"], {}),
        quotes=quotes,
        people=people,
        warnings=tuple(page.warnings),
        provenance={name: how for name, how in hows.items() if how},
    )
