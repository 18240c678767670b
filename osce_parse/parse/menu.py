"""The site's navigation menu as a taxonomy tree (fields of work, countries, structures, …).

The main menu is the navigation block with the most items; its nesting of list items, whatever
wrappers sit between them, becomes the tree.
"""

from __future__ import annotations

import re
from typing import Any

from lxml.etree import _Element as Element

from ..models import MenuItem
from ..text import clean
from ..urls import absolute
from .document import attr, is_element, parse_html, text_of, within
from .fields.identity import canonical_url

__all__ = ["parse_menu"]

_MENU_CLASS = re.compile(r"(?:^|[\s_-])(?:menu|nav|navigation)(?:$|[\s_-])", re.I)
_LISTS = ("ul", "ol")


def _menus(root: Element) -> list[Element]:
    """Navigation blocks: ``<nav>``, ``role=navigation``, or lists classed as menus (outermost)."""
    found = []
    for el in root.iter("nav", "div", "ul", "section"):
        if (
            el.tag == "nav"
            or el.get("role") == "navigation"
            or (el.tag == "ul" and _MENU_CLASS.search(attr(el, "class")))
        ):
            found.append(el)
    blocks = set(found)
    inside: dict[Element, bool] = {}
    return [el for el in found if not within(el.getparent(), blocks.__contains__, inside)]


def _label(li: Element) -> tuple[str, str | None]:
    """An item's own label and link: its text outside nested lists, and the first link's href."""
    parts = [li.text or ""]
    href = None
    for child in li:
        if not is_element(child):
            continue
        if child.tag in _LISTS or child.find(".//li") is not None:
            if child.tag not in _LISTS:  # a wrapper holding the label and the sub-list
                for sub in child:
                    if is_element(sub) and sub.tag not in _LISTS and sub.find(".//li") is None:
                        parts.append(text_of(sub) + " ")
                        if href is None:
                            href = _href(sub)
            parts.append(child.tail or "")
            continue
        parts.append(text_of(child) + " ")
        parts.append(child.tail or "")
        if href is None:
            href = _href(child)
    return clean("".join(parts)), href


def _href(el: Element) -> str | None:
    link = el if el.tag == "a" else el.find(".//a")
    if link is None:
        return None
    href = (link.get("href") or "").strip()
    return href if href and not href.startswith(("#", "javascript:")) else None


def _tree(container: Element, base: str | None) -> tuple[MenuItem, ...]:
    children: dict[Element | None, list[Element]] = {}
    for li in container.iter("li"):
        owner = None  # the nearest <li> above ``li`` inside the container
        for ancestor in li.iterancestors():
            if ancestor is container:
                break
            if ancestor.tag == "li":
                owner = ancestor
                break
        children.setdefault(owner, []).append(li)

    def build(owner: Element | None) -> tuple[MenuItem, ...]:
        items = []
        for li in children.get(owner, ()):
            label, href = _label(li)
            sub = build(li)
            if not label and not sub:
                continue
            url = absolute(href, base)
            items.append(MenuItem(label=label, url=url, children=sub))
        return tuple(items)

    return build(None)


def parse_menu(html: Any) -> tuple[MenuItem, ...]:
    """The site's main navigation menu as a tree of :class:`MenuItem` (empty if the page has none).

    Relative links are resolved against the page's canonical URL when it has one.
    """
    root = parse_html(html) if not isinstance(html, Element) else html
    menus = _menus(root)
    if not menus:
        return ()
    main = max(menus, key=lambda el: sum(1 for _ in el.iter("li")))
    return _tree(main, canonical_url(root))
