"""The data model: frozen dataclasses with JSON-ready ``to_dict()`` and ``from_dict()`` back.

Every value is immutable (tuples, not lists); ``to_dict()`` turns dates into ISO 8601 strings and
tuples into lists so the result goes straight into ``json.dumps``. ``X.from_dict(x.to_dict())``
gives ``x`` again, exactly (also after a trip through JSON): ISO strings become dates, lists
become tuples, nested dicts become the nested dataclasses. A key the class does not have is
ignored (a record written by a newer osce_parse still reads); a missing key takes the field's
default; a missing required key, or a value of the wrong type, raises ``ValueError``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

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


_R = TypeVar("_R", bound="_ToDict")
# Turns one value of a to_dict() result back into the field's value; the second argument names
# the field in error messages ("Release.quotes[2].speaker").
_Convert = Callable[[Any, str], Any]


class _ToDict:
    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the fields as JSON-ready values (ISO dates, lists, nested dicts)."""
        result: dict[str, Any] = _jsonable(self)
        return result

    @classmethod
    def from_dict(cls: type[_R], data: Mapping[str, Any]) -> _R:
        """The instance whose ``to_dict()`` is ``data`` (ISO dates or ``date`` objects, lists or
        tuples). Raises ``ValueError`` naming the field for a missing required key or a value
        of the wrong type; keys the class does not have are ignored."""
        return _build(cls, data, cls.__name__)


def _build(cls: type[_R], data: Any, where: str) -> _R:
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: expected a mapping, got {type(data).__name__}")
    values: dict[str, Any] = {}
    for name, (convert, required) in _converters(cls).items():
        if name in data:
            values[name] = convert(data[name], f"{where}.{name}")
        elif required:
            raise ValueError(f"{where}: missing {name!r}")
    return cls(**values)


_FIELDS: dict[type, dict[str, tuple[_Convert, bool]]] = {}


def _converters(cls: type) -> dict[str, tuple[_Convert, bool]]:
    """Per field of ``cls``: the converter its annotation calls for, and whether the field is
    required (worked out once per class)."""
    result = _FIELDS.get(cls)
    if result is None:
        result = {}
        for f in dataclasses.fields(cls):
            required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            result[f.name] = (_converter(str(f.type)), required)
        _FIELDS[cls] = result
    return result


def _fail(value: Any, where: str, expected: str) -> ValueError:
    return ValueError(f"{where}: expected {expected}, got {type(value).__name__} {value!r:.60}")


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise _fail(value, where, "a string")
    return value


def _int(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _fail(value, where, "an integer")
    return value


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _fail(value, where, "true or false")
    return value


def _date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(value, where, "an ISO date (YYYY-MM-DD)")


def _optional(convert: _Convert) -> _Convert:
    def optional(value: Any, where: str) -> Any:
        return None if value is None else convert(value, where)

    return optional


def _tuple_of(convert: _Convert) -> _Convert:
    def tuple_of(value: Any, where: str) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise _fail(value, where, "a list")
        return tuple(convert(item, f"{where}[{i}]") for i, item in enumerate(value))

    return tuple_of


def _str_map(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise _fail(value, where, "a mapping")
    return {_str(k, where): _str(v, f"{where}[{k!r}]") for k, v in value.items()}


def _nested(name: str) -> _Convert:
    def nested(value: Any, where: str) -> Any:
        return _build(globals()[name], value, where)

    return nested


_SIMPLE: dict[str, _Convert] = {
    "str": _str,
    "int": _int,
    "bool": _bool,
    "dt.date": _date,
    "dict[str, str]": _str_map,
}
_TUPLE = re.compile(r"tuple\[(\w+), \.\.\.\]")


def _converter(annotation: str) -> _Convert:
    """The converter of a field annotated ``annotation`` (as written in this module)."""
    if annotation.endswith(" | None"):
        return _optional(_converter(annotation.removesuffix(" | None")))
    if annotation in _SIMPLE:
        return _SIMPLE[annotation]
    tuple_match = _TUPLE.fullmatch(annotation)
    if tuple_match:
        return _tuple_of(_converter(tuple_match[1]))
    if annotation in __all__:
        return _nested(annotation)
    raise TypeError(f"from_dict: no converter for a field annotated {annotation!r}")


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
