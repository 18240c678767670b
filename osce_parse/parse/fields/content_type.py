"""The content type ("Press release", "Пресс-релиз", "News"): the first of :data:`STRATEGIES`."""

from __future__ import annotations

import re

from lxml.etree import _Element as Element

from ...lang import content_type_key
from ...text import clean
from ..document import attr, is_chrome, is_element, text_nodes
from ..page import Found, Page

__all__ = ["STRATEGIES"]


def labelled(page: Page) -> Found[str] | None:
    """A labelled "Content type:" field ("field:<markup>")."""
    field = page.fields.get("content_type")
    if field is None or not field.values:
        return None
    return Found(field.values[0], f"field:{field.how}")


def label_before_title(page: Page) -> Found[str] | None:
    """The type label the page shows before its title (the active tab where there are several:
    "content-type-label")."""
    found: str | None = None
    active: str | None = None
    chrome: dict[Element, bool] = {}
    for el in page.region.iter():
        if el is page.title_el:
            break
        text = el.text
        if not text or len(text) > 40 or not is_element(el) or len(el):
            continue
        text = clean(text)
        if content_type_key(text, page.language) and not is_chrome(el, chrome, sidebars=False):
            found = text
            if _is_active(el):
                active = text
    found = active or found
    return Found(found, "content-type-label") if found else None


def _is_active(el: Element) -> bool:
    for node in (el, el.getparent()):
        if node is not None and re.search(r"\b(?:is-)?active\b|\bselected\b", attr(node, "class")):
            return True
    return False


_NEAREST = (
    "(preceding::text()[normalize-space()])[last()]",
    "(following::text()[normalize-space()])[1]",
)
_SEPARATORS = " /|›»>:–—-·•"


def beside_title(page: Page) -> Found[str] | None:
    """A type label written right before or after the title, even in a breadcrumb or a badge
    ("Home / News / <span>Spot report</span>", "<h1>…</h1><span class=badge>Press release</span>"):
    the nearest text on either side of the title ("beside-title")."""
    if page.title_el is None:
        return None
    for path in _NEAREST:
        for node in text_nodes(page.title_el, path):
            parent = node.getparent()
            if parent is None or parent.tag in ("script", "style", "title"):
                continue
            text = clean(str(node)).strip(_SEPARATORS)
            if text and len(text) <= 40 and content_type_key(text, page.language):
                return Found(text, "beside-title")
    return None


STRATEGIES = (labelled, label_before_title, beside_title)
"""Where the content type comes from, in order."""
