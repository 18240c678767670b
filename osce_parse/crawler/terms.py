"""Taxonomy ids from listing pages: osce.org's listings link every structure, country and field
of work to its filter (``/press-releases?filters= im_taxonomy_vid_1:(377)``), which is where the
ids that ``--structure`` and ``--field-of-work`` take come from."""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

__all__ = ["filter_terms"]

_LINK = re.compile(
    r"<a\b[^>]*?href\s*=\s*[\"']([^\"']*im_taxonomy_vid[^\"']*)[\"'][^>]*>(.*?)</a\s*>",
    re.IGNORECASE | re.DOTALL,
)
_FILTER = re.compile(r"im_taxonomy_vid_(\d+):\((\d+)\)")
_TAG = re.compile(r"<[^>]+>")


def filter_terms(page: str) -> list[tuple[int, str, str]]:
    """``(vocabulary, id, label)`` of every single-term filter link of a listing page."""
    found: dict[tuple[int, str], str] = {}
    for href, text in _LINK.findall(page):
        filters = _FILTER.findall(unquote(html.unescape(href)))
        label = " ".join(html.unescape(_TAG.sub(" ", text)).split())
        if len(filters) == 1 and label:
            vocabulary, term = filters[0]
            found[int(vocabulary), term] = label
    return [(vocabulary, term, label) for (vocabulary, term), label in found.items()]
