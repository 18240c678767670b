"""Identity: the page's canonical URL, node id, language and translations.

Each finder returns, next to its value, the name of the strategy that found it (gathered into
``Release.provenance``); the name is None when nothing was found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.etree import _Element as Element

from ...lang import text_language
from ...urls import PATH_LANGUAGES, SITE, absolute, host_of, is_release_url, path_of
from ..archive import saved_from
from ..document import attr, text_nodes, text_of

__all__ = [
    "canonical_url",
    "find_canonical",
    "head_links",
    "node_id",
    "page_language",
    "translations",
]

_NODE_IN_PATH = re.compile(r"/(\d{2,9})/?(?:[?#]|$)")


_LANG_PREFIX = re.compile(r"^/([a-z]{2})(?:-[a-z]{2,4})?/", re.IGNORECASE)


_NODE_CLASS = re.compile(r"\bpage-node-(\d+)\b")


def head_links(root: Element) -> Iterator[Element]:
    head = root.find("head")
    yield from (head if head is not None else root).iter("link", "meta")


def canonical_url(root: Element) -> str | None:
    """The page's own absolute address (the first of :data:`ADDRESS`), or None."""
    return find_canonical(root)[0]


def _head_address(root: Element) -> tuple[str | None, str | None]:
    link: str | None = None
    og: str | None = None
    for el in head_links(root):
        if el.tag == "link" and "canonical" in (el.get("rel") or "").lower().split():
            link = link or (el.get("href") or "").strip() or None
        elif el.tag == "meta" and el.get("property") == "og:url":
            og = og or (el.get("content") or "").strip() or None
    return link, og


def canonical_link(root: Element) -> str | None:
    """``<link rel=canonical>``, a relative one resolved against ``og:url`` or the site root."""
    link, og = _head_address(root)
    if link is None:
        return None
    return absolute(link, og if og and og.startswith("http") else SITE)


def og_url(root: Element) -> str | None:
    """The ``og:url`` meta tag."""
    return _head_address(root)[1]


def saved_from_comment(root: Element) -> str | None:
    """The address a browser wrote into a saved copy ("<!-- saved from url=(0040)… -->")."""
    return saved_from(root)


_RELEASE_TEXT = re.compile(r"https?://(?:www\.)?osce\.org/[^\s<>\"')\]]+", re.IGNORECASE)
_MAX_FOOTER_TEXT = 160
_INLINE = frozenset({"a", "span", "strong", "b", "em", "i", "small", "code"})


def printed_from(root: Element) -> str | None:
    """A release address written out as text, as print versions end ("Printed from
    https://www.osce.org/node/582107"): the last one in a short text of the page."""
    found = None
    for text in text_nodes(root, "//body//text()[contains(., 'osce.org/')]"):
        parent = text.getparent()
        if parent is None or parent.tag in ("script", "style") or len(text) > _MAX_FOOTER_TEXT:
            continue
        line = parent
        while line.tag in _INLINE and (up := line.getparent()) is not None:
            line = up
        if len(text_of(line)) > _MAX_FOOTER_TEXT:
            continue  # a release named in running text, not the page's own address
        for m in _RELEASE_TEXT.finditer(str(text)):
            url = m.group().rstrip(".,;:")
            if is_release_url(url):
                found = url
    return found


_SITE_NAME = re.compile(r"^(?:https?://)?(?:www\.)?osce\.org/?$", re.IGNORECASE)


def domain_link(root: Element) -> str | None:
    """The link a reading-mode copy (Firefox Reader View, Pocket, …) puts above the text: the
    site's name ("osce.org") linking to the release it shows."""
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if href and _SITE_NAME.match(text_of(a)) and is_release_url(href):
            return href
    return None


ADDRESS = (
    (canonical_link, "canonical"),
    (og_url, "og:url"),
    (saved_from_comment, "saved-from"),
    (printed_from, "printed-from"),
    (domain_link, "domain-link"),
)
"""Where the page's own address comes from when the caller gives none, in order."""


def find_canonical(root: Element) -> tuple[str | None, str | None]:
    """The page's own address and how it was found (a name of :data:`ADDRESS`)."""
    for strategy, how in ADDRESS:
        found = strategy(root)
        if found:
            return found, how
    return None, None


def node_id(root: Element, url: str | None, canonical: str | None) -> tuple[int | None, str | None]:
    """The Drupal node id and its strategy: "url", "canonical", "shortlink", "body-class" (the
    ``page-node-N`` class) or "data-history-node-id" (on an ``<article>``)."""
    candidates = [(url, "url"), (canonical, "canonical")]
    candidates += [
        (el.get("href"), "shortlink") for el in head_links(root) if el.get("rel") == "shortlink"
    ]
    for candidate, how in candidates:
        if candidate:
            m = _NODE_IN_PATH.search(path_of(candidate) + "#")
            if m:
                return int(m[1]), how
    body = root.find("body")
    if body is not None:
        m = _NODE_CLASS.search(attr(body, "class"))
        if m:
            return int(m[1]), "body-class"
        for article in body.iter("article"):
            value = article.get("data-history-node-id")
            if value and value.isdigit():
                return int(value), "data-history-node-id"
    return None, None


def page_language(
    root: Element, url: str | None, canonical: str | None = None
) -> tuple[str | None, str | None]:
    """ISO 639-1 code and its strategy: ``<html lang>`` ("html-lang"), else the language prefix of
    ``url`` ("url-prefix") or ``canonical`` ("canonical-prefix"): "/ru/pc/50033", not a section
    such as "/pc/"; else the ``hreflang`` alternate that points at ``canonical`` ("hreflang"), else
    ``og:locale`` ("og:locale"); else English for an osce.org release address without a prefix
    ("unprefixed-address"); else the language whose own words the first paragraphs use most
    ("text-words", :func:`osce_parse.lang.text_language`)."""
    lang = root.get("lang") or root.get("xml:lang")
    if lang and lang[:2].isalpha():
        return str(lang[:2]).lower(), "html-lang"
    for address, how in ((url, "url-prefix"), (canonical, "canonical-prefix")):
        m = _LANG_PREFIX.match(path_of(address)) if address else None
        if m and m[1].lower() in PATH_LANGUAGES:
            return m[1].lower(), how
    if canonical:
        for el in head_links(root):
            code = (el.get("hreflang") or "").strip().lower()
            if code and code != "x-default" and absolute(el.get("href"), canonical) == canonical:
                return code[:2], "hreflang"
    for el in head_links(root):
        if el.get("property") == "og:locale" and el.get("content"):
            locale = (el.get("content") or "")[:2].lower() or None
            return locale, "og:locale" if locale else None
    for address in (url, canonical):  # the site serves English at addresses without a prefix
        if address and is_release_url(address) and _SITE_NAME.match(host_of(address)):
            return "en", "unprefixed-address"
    guess = text_language(_opening_text(root))
    return guess, "text-words" if guess else None


_OPENING_PARAGRAPHS = 12


def _opening_text(root: Element) -> str:
    """The text of the first paragraphs, for a page that names its language nowhere."""
    texts = []
    for el in root.iter("p"):
        texts.append(text_of(el))
        if len(texts) == _OPENING_PARAGRAPHS:
            break
    body = root.find("body")
    if not texts and body is not None:  # paragraphs written with <br><br>
        texts.append(text_of(body)[:_OPENING_CHARS])
    return " ".join(texts)


_OPENING_CHARS = 3000


def translations(root: Element, base: str | None, language: str | None) -> dict[str, str]:
    """Other language versions of the page, from ``hreflang`` alternates: language -> URL."""
    found: dict[str, str] = {}
    for el in head_links(root):
        lang = (el.get("hreflang") or "").strip().lower()
        href = (el.get("href") or "").strip()
        if el.tag != "link" or not lang or not href or lang == "x-default":
            continue
        code = lang[:2]
        if code != language and code not in found and (link := absolute(href, base)):
            found[code] = link
    return found
