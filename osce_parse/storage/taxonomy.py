"""The site's menu taxonomy: fields of work, countries and structures, and the release values
it does not know."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from ..models import MenuItem

__all__ = ["menu_from", "norm", "taxonomy_groups", "unknown_values"]


def menu_from(data: Any) -> MenuItem:
    """A menu item (and its children) from its stored JSON form (``MenuItem.to_dict()``)."""
    return MenuItem(
        label=data["label"],
        url=data.get("url"),
        children=tuple(menu_from(child) for child in data.get("children", ())),
    )


def norm(value: str) -> str:
    """A label folded for comparison: case, spacing and en dashes ignored."""
    return " ".join(value.replace("\u2013", "-").casefold().split())


_GROUPS = {
    "fields_of_work": ("fields of work", "what we do", "topics"),
    "countries": ("participating states", "countries", "where we are"),
    "structures": ("structures and institutions", "structures", "institutions"),
}


def _walk(items: Iterable[MenuItem]) -> Iterator[MenuItem]:
    for item in items:
        yield item
        yield from _walk(item.children)


def _leaves(item: MenuItem) -> list[str]:
    if not item.children:
        return [item.label]
    return [label for child in item.children for label in [child.label, *_leaves(child)]]


def taxonomy_groups(menu: Iterable[MenuItem]) -> dict[str, list[str]]:
    """Fields of work, countries and structures named by a menu tree (matched by heading).

    Headings are matched loosely because the menu's wording changes; each group lists its labels in
    menu order without duplicates. A group whose heading is missing is empty.
    """
    items = list(_walk(menu))
    groups: dict[str, list[str]] = {}
    for group, headings in _GROUPS.items():
        labels: list[str] = []
        for heading in headings:
            for item in items:
                if item.children and norm(item.label) == heading:
                    labels.extend(_leaves(item))
            if labels:
                break
        groups[group] = list({norm(x): x for x in reversed(labels)}.values())[::-1]
    return groups


def unknown_values(db: sqlite3.Connection, menu: Iterable[MenuItem]) -> dict[str, Counter[str]]:
    """Stored release values the menu does not name: fields of work, and sources (structures
    and countries); nothing is flagged in a group the menu lacks."""
    groups = taxonomy_groups(menu)
    known_fields = {norm(x) for x in groups["fields_of_work"]}
    known_sources = {norm(x) for x in groups["structures"] + groups["countries"]}
    unknown: dict[str, Counter[str]] = {"fields_of_work": Counter(), "sources": Counter()}
    if known_fields or known_sources:
        for fields, sources in db.execute("SELECT fields_of_work, sources FROM releases"):
            for value in json.loads(fields):
                if known_fields and norm(value) not in known_fields:
                    unknown["fields_of_work"][value] += 1
            for value in json.loads(sources):
                if known_sources and not _known_source(value, known_sources):
                    unknown["sources"][value] += 1
    return unknown


def _known_source(value: str, known: set[str]) -> bool:
    # Menu labels drop the "OSCE" prefix and the "(closed)" suffix that release sources carry.
    folded = norm(value)
    variants = {folded, folded.removesuffix(" (closed)"), folded.removeprefix("osce ")}
    variants |= {v.removeprefix("osce ").removesuffix(" (closed)") for v in variants}
    return bool(variants & known)
