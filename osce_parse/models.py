"""The data model: frozen dataclasses with JSON-ready ``to_dict()``.

Every value is immutable (tuples, not lists); ``to_dict()`` turns dates into ISO 8601 strings and
tuples into lists so the result goes straight into ``json.dumps``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Image",
    "Listing",
    "ListingItem",
    "MenuItem",
    "Person",
    "Quote",
    "Release",
]


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


class _ToDict:
    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the fields as JSON-ready values (ISO dates, lists, nested dicts)."""
        result: dict[str, Any] = _jsonable(self)
        return result


@dataclass(frozen=True, slots=True)
class Image(_ToDict):
    """An image shown with the release."""

    url: str
    caption: str | None = None
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Quote(_ToDict):
    """One span of direct speech inside ``Release.paragraphs``.

    ``start``/``end`` are character offsets of the quoted words in ``paragraphs[paragraph]``.
    """

    text: str
    speaker: str | None = None
    mention: str | None = None
    verb: str | None = None
    paragraph: int = 0
    start: int = 0
    end: int = 0
    continued: bool = False


@dataclass(frozen=True, slots=True)
class Person(_ToDict):
    """A person the release names: the fullest name given and the roles attached to it."""

    name: str
    roles: tuple[str, ...] = ()
    gender: str | None = None


@dataclass(frozen=True, slots=True)
class MenuItem(_ToDict):
    """One entry of the site's navigation menu; ``children`` make the taxonomy a tree."""

    label: str
    url: str | None = None
    children: tuple[MenuItem, ...] = ()


@dataclass(frozen=True, slots=True)
class Release(_ToDict):
    """One parsed release page.

    ``date_source`` is "field", "metadata", "dateline" or None; ``warnings`` list what could not be
    found or looked wrong, so a partial result is never silent. ``provenance`` names, for each
    field that has a value, the strategy that found it ("title": "h1+title-match", "date":
    "metadata:json-ld", "sources": "field:dl", ...), so a value can be audited.
    """

    url: str | None
    node_id: int | None
    language: str | None
    content_type: str | None
    title: str
    date: dt.date | None
    date_source: str | None
    place: str | None
    sources: tuple[str, ...]
    fields_of_work: tuple[str, ...]
    dateline: str | None
    paragraphs: tuple[str, ...]
    quotes: tuple[Quote, ...] = ()
    people: tuple[Person, ...] = ()
    images: tuple[Image, ...] = ()
    translations: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    provenance: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListingItem(_ToDict):
    """One teaser on a listing page."""

    url: str
    title: str
    date: dt.date | None = None
    content_type: str | None = None
    sources: tuple[str, ...] = ()
    fields_of_work: tuple[str, ...] = ()
    teaser: str | None = None


@dataclass(frozen=True, slots=True)
class Listing(_ToDict):
    """A listing page: its items in page order, the absolute URL of the next page, if any, and
    ``warnings`` when no items could be told apart (never a wrong item instead)."""

    url: str | None
    items: tuple[ListingItem, ...]
    next_page: str | None = None
    warnings: tuple[str, ...] = ()
