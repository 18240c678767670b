"""The place: the first of :data:`STRATEGIES`. A labelled Place field, else the Newsroom
place-and-date line's place, else the dateline's place as written ("VIENNA/TIRANA", "QABALA,
Azerbaijan"); never a town merely mentioned in the text."""

from __future__ import annotations

from ..page import Found, Page

__all__ = ["STRATEGIES"]


def place_field(page: Page) -> Found[str] | None:
    """A labelled Place field, its values joined ("field:<markup>")."""
    field = page.fields.get("place")
    if field is None or not field.values:
        return None
    return Found(", ".join(field.values), f"field:{field.how}")


def newsroom_line(page: Page) -> Found[str] | None:
    """The place of the Newsroom place-and-date line ("MADRID 13 September 2007")."""
    line = page.place_date
    return Found(line.place, "place-date-line") if line is not None and line.place else None


def dateline(page: Page) -> Found[str] | None:
    """The place of the first paragraph's dateline."""
    line = page.dateline
    return Found(line.place, "dateline") if line is not None and line.place else None


STRATEGIES = (place_field, newsroom_line, dateline)
"""Where the place comes from, in order."""
