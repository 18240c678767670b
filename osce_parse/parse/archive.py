"""Copies of a page made by others, read as the page itself.

A Wayback Machine capture has the archive's toolbar injected at the top of ``<body>`` and every
link, image and canonical address rewritten to ``web.archive.org/web/<timestamp>/<original>``: the
toolbar is removed and every address put back to the original
(:func:`osce_parse.urls.original_url`).
A page saved by a browser ("Save page as") carries the address it was saved from in a comment,
which the parser would drop: it is kept on the root element as :data:`SAVED_FROM`.
"""

from __future__ import annotations

import re

import lxml.etree
from lxml.etree import _Element as Element

from ..urls import original_url

__all__ = ["SAVED_FROM", "restore", "saved_from"]

SAVED_FROM = "data-osce-parse-saved-from"
"""Root attribute holding the address a browser-saved page came from."""

# The ids the Wayback Machine gives its injected toolbar and its pieces.
_TOOLBAR_IDS = ("wm-ipp-base", "wm-ipp", "wm-ipp-print", "donato")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_ADDRESS_ATTRIBUTES = ("href", "src", "data-src", "action")


def saved_from(root: Element) -> str | None:
    """The address a browser-saved page says it was saved from, or None."""
    value: str | None = root.get(SAVED_FROM)
    return value


def _drop(el: Element) -> None:
    """Remove ``el`` and what it holds, keeping the text after it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def restore(text: str, root: Element) -> None:
    """Undo what archiving did to the page ``text`` parsed into ``root`` (mutates ``root``)."""
    head = text[:4096]
    m = _SAVED_FROM.search(head)
    if m and m[1].startswith(("http://", "https://")):
        root.set(SAVED_FROM, m[1])
    if "/web/" not in text:
        return
    for el in [el for el in root.iter() if el.get("id") in _TOOLBAR_IDS]:
        _drop(el)
    for el in root.iter(lxml.etree.Element):  # elements only, no comments
        for name in _ADDRESS_ATTRIBUTES:
            value = el.get(name)
            if value and "/web/" in value:
                el.set(name, original_url(value))
        if el.tag == "meta":
            content = el.get("content")
            if content and "/web/" in content:
                el.set("content", original_url(content))
