"""What every field finder reads: the page being parsed, and the shape of a strategy.

A field comes from one ordered tuple of strategies (``STRATEGIES`` in its module under
``parse/fields/``), tried in order by :func:`first`: each strategy is a small function that takes
the :class:`Page` and returns a :class:`Found` (the value and how it was found, which goes into
``Release.provenance``) or None to let the next one try.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from lxml.etree import _Element as Element

from .dates import Dateline

if TYPE_CHECKING:
    from .fields.date import PlaceDate
    from .fields.labelled import LabelledField

__all__ = ["Found", "Page", "Strategy", "first"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Found(Generic[T]):
    """A value and the name of the strategy that found it ("field:dl", "metadata:json-ld")."""

    value: T
    how: str


@dataclass(slots=True)
class Page:
    """One page as the field finders see it, filled in by :func:`~.release.parse_release` in
    pipeline order: identity, then title and body, then the labelled fields, the dateline and the
    Newsroom place-and-date line.

    ``region`` is the main content (``<main>``, ``<article>``, …, else ``<body>``); ``warnings``
    collects what the finders could not read.
    """

    root: Element
    url: str | None
    canonical: str | None
    language: str | None
    region: Element
    warnings: list[str] = field(default_factory=list)
    title_el: Element | None = None
    fields: dict[str, LabelledField] = field(default_factory=dict)
    dateline: Dateline | None = None
    place_date: PlaceDate | None = None
    decoys: frozenset[Element] = frozenset()

    @property
    def base(self) -> str | None:
        """The address relative links resolve against."""
        return self.url or self.canonical


Strategy = Callable[[Page], "Found[T] | None"]


def first(strategies: Sequence[Callable[[Page], Found[T] | None]], page: Page) -> Found[T] | None:
    """The first strategy's finding that is not None, or None when none finds anything."""
    for strategy in strategies:
        found = strategy(page)
        if found is not None:
            return found
    return None
