"""The title and the content type.

The title is the first of :data:`STRATEGIES` that finds one: the heading that the page's
``<title>``/``og:title`` confirms, else the first ``<h1>`` that is not a section name such as
"Newsroom", else the ``og:title`` or ``<title>`` text itself.
"""

from __future__ import annotations

import re

from lxml.etree import _Element as Element

from ...lang import SECTION_WORDS, content_type_key, label_key
from ...text import clean
from ..document import is_chrome, text_of
from ..page import Found, Page
from .identity import head_links

__all__ = ["STRATEGIES", "Title", "is_section_word"]

_SITE_SUFFIX = re.compile(
    r"\s*[|–—-]\s*(?:OSCE|Organization for Security and Co-operation in Europe)\s*$"
)


def _page_title(root: Element) -> tuple[str, str]:
    """The ``og:title`` or else the ``<title>`` text, and which of the two it is."""
    for el in head_links(root):
        if el.tag == "meta" and el.get("property") == "og:title" and el.get("content"):
            return clean(el.get("content")), "og:title"
    found = root.find(".//title")
    text = (
        _SITE_SUFFIX.sub("", clean("".join(str(t) for t in found.itertext())))
        if found is not None
        else ""
    )
    return text, "title-tag"


_MAX_TITLE = 1000  # a <title> longer than this is not a title: only its start is compared


Title = tuple[str, Element | None]
"""A title and the heading element that shows it (None when it comes from ``<head>``)."""


def _headings(page: Page) -> list[Element]:
    """The ``<h1>`` and ``<h2>`` headings of the content region, outside the chrome."""
    chrome: dict[Element, bool] = {}
    return [h for h in page.region.iter("h1", "h2") if text_of(h) and not is_chrome(h, chrome)]


def confirmed_heading(page: Page) -> Found[Title] | None:
    """The heading whose text the ``<title>``/``og:title`` contains ("h1+title-match"); of
    several, the longest: a section heading "ODIHR" is also in "ODIHR opens … | OSCE"."""
    folded = _page_title(page.root)[0][:_MAX_TITLE].casefold()
    if not folded:
        return None
    best: tuple[str, Element] | None = None
    for heading in _headings(page):
        text = text_of(heading)
        if (
            text.casefold() in folded
            and len(text) > 3
            and (best is None or len(text) > len(best[0]))
        ):
            best = text, heading
    return Found(best, f"{best[1].tag}+title-match") if best else None


def first_h1(page: Page) -> Found[Title] | None:
    """The first ``<h1>`` that is not a section name such as "Newsroom" or "Press release"."""
    for heading in _headings(page):
        text = text_of(heading)
        if heading.tag == "h1" and not is_section_word(text.casefold(), page.language):
            return Found((text, heading), "h1")
    return None


def head_title(page: Page) -> Found[Title] | None:
    """The ``og:title``, else the ``<title>`` text without the site's name."""
    text, how = _page_title(page.root)
    return Found((text, None), how) if text else None


STRATEGIES = (confirmed_heading, first_h1, head_title)
"""Where the title comes from, in order."""


def is_section_word(key: str, language: str | None) -> bool:
    return (
        label_key(key, SECTION_WORDS, language) is not None
        or content_type_key(key, language) is not None
    )
