"""Release links on a listing page, and the item (card, row, list item) around each."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.etree import _Element as Element

from ...lang import CONTENT_TYPES, OTHER_TYPES, label_key
from ...urls import absolute, is_release_url
from ..dates import search_date
from ..document import is_element, text_of

__all__ = ["BLOCK", "HEADINGS", "MAX_LINKS", "Candidate", "candidates", "href", "link_text"]

# Real listing pages show 10 or 50 items: a page with thousands of links is read only up to this
# cap, so a hostile page cannot make the parser take seconds.
MAX_LINKS = 5000

BLOCK = frozenset(
    "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 section article header footer table tr td th br "
    "figure figcaption time cite blockquote address".split()
)
_CHROME_TAGS = frozenset({"nav", "aside", "footer", "header", "script", "style", "template"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CONTAINER_LEVELS = 6


@dataclass(slots=True)
class Candidate:
    """A release linked from the page: its URL, title link and container."""

    url: str
    link: Element
    container: Element


def _in_chrome(el: Element) -> bool:
    """Whether ``el`` sits in site chrome: nav, aside, footer, or a ``<header>`` outside the
    content, by tag or role.

    Class names are not consulted: Drupal puts words like "sidebar" on ``<body>`` itself.
    """
    header = False
    for node in (el, *el.iterancestors()):
        if node.tag in ("main", "article"):
            header = False
        elif node.tag == "header":
            header = True
        elif node.tag in _CHROME_TAGS or node.get("role") in _CHROME_ROLES:
            return True
    return header


def href(el: Element, base: str | None) -> str | None:
    """The absolute address a link points to, without its fragment (None for in-page links)."""
    raw = (el.get("href") or "").strip()
    if not raw or raw.startswith(("#", "javascript:", "mailto:")):
        return None
    url = absolute(raw, base)
    return url.split("#", 1)[0] if url else None


def _release_links(root: Element, base: str | None) -> dict[Element, str]:
    """Every link to a release page outside the chrome (the first MAX_LINKS), on any host: the
    caller decides which hosts it follows."""
    found: Iterator[tuple[Element, str]] = (
        (a, url) for a in root.iter("a") if (url := href(a, base)) and is_release_url(url)
    )
    return {a: url for a, url in itertools.islice(found, MAX_LINKS) if not _in_chrome(a)}


def _container(link: Element, url: str, targets: dict[Element, str]) -> Element:
    """The item around a release link: the largest ancestor (a few levels up at most) whose
    release links all point to ``url``, that is not one of a run of look-alike siblings (the
    list items of a plain list of links) and does not hold the page's ``<h1>``."""
    best = link
    node = link.getparent()
    for _ in range(_CONTAINER_LEVELS):
        if node is None or node.tag in ("main", "body", "html") or _repeats(best):
            break
        if any(targets.get(a, url) != url for a in node.iter("a")):
            break
        if any(h is not None for h in node.iter("h1")):
            break
        best, node = node, node.getparent()
    return best


def _repeats(el: Element) -> bool:
    """Whether ``el`` is one of several siblings of the same tag and class: an item of a list,
    beyond which its container does not grow."""
    parent = el.getparent()
    if parent is None or el.tag in ("a", "span", "td", "dd", "p"):
        return False
    classes = el.get("class")
    return any(
        other is not el and other.tag == el.tag and other.get("class") == classes
        for other in parent
    )


def link_text(link: Element) -> str:
    return text_of(link)


def _title_link(links: list[Element]) -> Element | None:
    """The link that carries the title: one in a heading, else the one with the longest text."""
    shown = [a for a in links if link_text(a)]
    if not shown:
        return None
    for a in shown:
        if any(node.tag in HEADINGS for node in (a, *itertools.islice(a.iterancestors(), 3))):
            return a
    return max(shown, key=lambda a: len(link_text(a)))


def _in_prose(link: Element, container: Element, language: str | None) -> bool:
    """Whether ``link`` is written inside a sentence: text precedes it in its line (a date
    alone does not: "13.06.2016 – <a>Title</a>" is a dated list item)."""
    node = link
    while node is not container:
        parent = node.getparent()
        if parent is None:
            return False
        before = [parent.text or ""]
        for sibling in parent:
            if sibling is node:
                break
            if is_element(sibling) and sibling.tag in BLOCK:
                before = []  # a block before starts a new line
            elif is_element(sibling):
                before.append(text_of(sibling))
            before.append(sibling.tail or "")
        if _words(" ".join(before), language):
            return True
        if parent.tag in BLOCK:
            return False
        node = parent
    return False


def _words(text: str, language: str | None) -> bool:
    """Whether ``text`` holds a word or number besides one date and a type label ("Press
    release 12 Jul 2023 –")."""
    found = search_date(text, language) if any(ch.isdigit() for ch in text) else None
    if found is not None:
        text = text[: found[1]] + " " + text[found[2] :]
    rest = " ".join(text.split()).strip(_MARKS)
    if is_content_type(rest, language) or is_other_type(rest, language):
        return False
    return any(ch.isalnum() for ch in rest)


_MARKS = " |·•–—-:,"


def is_content_type(text: str, language: str | None) -> bool:
    """Whether ``text`` is a release type label of the page's language or any other."""
    if len(text) > 40:
        return False
    if label_key(text, CONTENT_TYPES, language):
        return True
    return any(label_key(text, CONTENT_TYPES, code) for code in CONTENT_TYPES)


def is_other_type(text: str, language: str | None) -> bool:
    """Whether ``text`` is the type of a page that is not a release ("Document", "Event")."""
    if len(text) > 40:
        return False
    return label_key(text, OTHER_TYPES, language) is not None or any(
        label_key(text, OTHER_TYPES, code) for code in OTHER_TYPES
    )


def candidates(root: Element, base: str | None, language: str | None = None) -> list[Candidate]:
    """One candidate per container of release links, in page order."""
    targets = _release_links(root, base)
    by_container: dict[Element, list[Element]] = {}
    for link, url in targets.items():
        by_container.setdefault(_container(link, url, targets), []).append(link)
    found = []
    for container, links in by_container.items():
        title = _title_link(links)
        if title is not None and not _in_prose(title, container, language):
            found.append(Candidate(targets[title], title, container))
    return found
