"""Bytes or text in, a safe lxml tree out (the first step of every parse), and the tree helpers
every field finder shares: visible text, attributes, and the one test of what is page chrome.

Bytes are decoded by :func:`.decode.decode`. The lxml parser never resolves entities or touches
the network; input that is not HTML, or that libxml2 would only read in part (nesting over 256
levels, a text or attribute over 10 MB), raises :class:`ParseError`.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable
from typing import Any, cast

import lxml.etree
from lxml.etree import _Element as Element

from ..errors import ParseError
from ..text import clean
from .archive import restore
from .decode import decode

__all__ = [
    "MAX_ELEMENTS",
    "MAX_TOKENS",
    "attr",
    "class_says",
    "elements",
    "is_chrome",
    "is_element",
    "is_hidden",
    "parse_html",
    "prepare",
    "text_nodes",
    "text_of",
    "within",
]

_LOCAL = threading.local()  # one parser per thread: a parser and its error log are not shared


def _parser() -> lxml.etree.HTMLParser:
    """lxml's plain HTML parser: its elements are lxml's own C classes, without the per-element
    Python class look-up of ``lxml.html`` (a tenth of a parse); nothing here uses its methods."""
    parser: lxml.etree.HTMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = lxml.etree.HTMLParser(
            remove_comments=True, remove_pis=True, no_network=True
        )
    return parser


# A site page has about a thousand elements; this many is an attack or a dump, and every field
# extractor walks the tree, so a page with more is refused rather than parsed for seconds.
MAX_ELEMENTS = 50_000
# Larger input is refused before decoding: it cannot be a release page, and parsing it would
# take seconds.
MAX_INPUT = 10_000_000
_COUNT_ELEMENTS = lxml.etree.XPath("count(//*)")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)
_HTML_HINT = re.compile(r"<\s*(?:html|head|body|div|p|h1|article|main|title|!doctype)\b", re.I)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACE = re.compile(r"\s*")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")  # C0 controls other than whitespace


def _as_text(html: Any) -> str:
    if isinstance(html, bytes | bytearray | memoryview):
        return decode(bytes(html))
    if isinstance(html, str):
        return html
    if type(html).__module__.startswith("bs4"):  # a BeautifulSoup object or Tag
        return str(html)
    raise ParseError(f"expected HTML as str or bytes, got {type(html).__name__}")


_ErrorTypes = lxml.etree.ErrorTypes
_LIMITS = {
    "depth": "nesting limit (256 levels)",
    "size": "size limit for one text, comment or attribute value (10 MB)",
}


def _parse(text: str) -> Element:
    """Parse with this thread's parser. A fatal libxml2 error means it stopped early and dropped
    the rest of the page: that is a ParseError, not a silently shortened tree."""
    parser = _parser()
    try:
        root = lxml.etree.fromstring(text, parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise ParseError(f"HTML could not be parsed: {exc}") from None
    fatal = parser.error_log.filter_from_fatals()
    if fatal:
        error = fatal[0]
        if error.type == _ErrorTypes.ERR_INVALID_ENCODING and _LONE_SURROGATE.search(text):
            return _parse(_LONE_SURROGATE.sub("\ufffd", text))  # str from a lossy decode
        if error.type == _ErrorTypes.ERR_RESOURCE_LIMIT:
            limit = "depth" if "depth" in error.message else "size"
            raise ParseError(f"page exceeds the HTML parser's {_LIMITS[limit]}; refused") from None
        raise ParseError(f"HTML could not be read to the end: {error.message}") from None
    if root is None:
        raise ParseError("HTML could not be parsed: empty document")
    count = int(cast(float, _COUNT_ELEMENTS(root)))
    if count > MAX_ELEMENTS:
        raise ParseError(f"page has {count} elements, more than the {MAX_ELEMENTS} allowed")
    return root


def parse_html(html: Any) -> Element:
    """Return the root ``<html>`` element of ``html`` (str, bytes or a BeautifulSoup object).

    Raises :class:`ParseError` for empty, binary, JSON or entity-declaring input, for markup
    libxml2 cannot read to the end (nested over 256 levels, a text or attribute over 10 MB), for
    input over :data:`MAX_INPUT` bytes or characters, and for pages of more than
    :data:`MAX_ELEMENTS` elements. An archived copy is read as the original page
    (:func:`.archive.restore`).
    """
    if isinstance(html, str | bytes | bytearray | memoryview) and len(html) > MAX_INPUT:
        raise ParseError(
            f"page is {len(html) / 1e6:.1f} MB, over the {MAX_INPUT // 1_000_000} MB size limit "
            "(release pages are well under 1 MB); refused"
        )
    text = _as_text(html)
    space = _SPACE.match(text)  # leading whitespace, however long
    start = space.end() if space else 0
    head = text[start : start + 2048]
    if not head:
        raise ParseError("empty input: no HTML to parse")
    if head.startswith("%PDF") or len(_CONTROL.findall(head)) * 64 > len(head):
        kind = "a PDF file" if head.startswith("%PDF") else "binary data"
        raise ParseError(f"input is {kind}, not HTML")
    if head[0] in "{[":
        raise ParseError("input looks like JSON, not HTML")
    if _ENTITY_DECL.search(text, start, start + 65536):
        raise ParseError("input declares XML entities (possible entity-expansion bomb); refused")
    if not _HTML_HINT.search(head) and text.find("<", start, start + 65536) < 0:
        raise ParseError("input has no HTML markup")
    if "\x00" in text:  # stray NULs: browsers ignore them, libxml2 would make them U+FFFD
        text = text.replace("\x00", "")
    root = _parse(_XML_DECL.sub("", text, count=1))
    restore(text, root)
    return root


# --- tree helpers shared by the field extractors -------------------------------------------

# Class lists, ids and other token attributes are read up to this length: no real one is longer,
# and every regular expression run over a 10 MB one would take a good part of a second.
MAX_TOKENS = 2000


def is_element(node: Element) -> bool:
    """True for an element, False for a comment or processing instruction in a tree a caller
    built (their tag is not a string)."""
    return isinstance(node.tag, str)


def elements(node: Element, path: str) -> list[Element]:
    """The elements an XPath expression selects (text and attribute results left out)."""
    found = node.xpath(path)
    return [el for el in found if isinstance(el, Element)] if isinstance(found, list) else []


def text_nodes(node: Element, path: str) -> list[lxml.etree._ElementUnicodeResult]:
    """The text nodes an XPath expression selects, each knowing its element (``getparent``)."""
    found = node.xpath(path)
    if not isinstance(found, list):
        return []
    return [t for t in found if isinstance(t, lxml.etree._ElementUnicodeResult)]


def attr(el: Element, name: str) -> str:
    """Attribute ``name`` of ``el`` ("" if absent), cut to :data:`MAX_TOKENS` characters."""
    value = el.get(name)
    return value[:MAX_TOKENS] if value else ""


_CHROME_TAGS = frozenset({"nav", "footer", "aside", "script", "style", "noscript", "template"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
# A class or id token naming chrome ("menu", "block-menu", "region-sidebar-left", "share-links"),
# unless it is a layout modifier that merely mentions it ("with-navbar", "one-sidebar").
_CHROME_WORD = re.compile(
    r"(?:^|[_-])(?:menu|navbar|nav|navigation|breadcrumbs?|footer|sidebar|related|teasers?|"
    r"share|sharing|social|pager|skip-link|visually-hidden|sr-only|cookie)(?=$|[_-])",
    re.IGNORECASE,
)
_MODIFIER = re.compile(r"^(?:with|has|no|one|two|three|is|not|page|layout)-", re.IGNORECASE)


_CONTENT_TAGS = frozenset({"main", "article"})
_PAGE_TAGS = frozenset({"body", "html"})


def within(
    el: Element | None,
    test: Callable[[Element], bool],
    memo: dict[Element, bool],
    stop: Element | None = None,
) -> bool:
    """True if ``el`` or one of its ancestors below ``stop`` passes ``test``.

    ``memo`` (one dict per test and stop, shared across one tree) remembers the verdict of every
    node walked through, so each ancestor is tested once rather than once per element below it.
    """
    walked: list[Element] = []
    verdict = False
    node = el
    while node is not None and node is not stop:
        known = memo.get(node)
        if known is not None:
            verdict = known
            break
        walked.append(node)
        if test(node):
            verdict = True
            break
        node = node.getparent()
    for seen in walked:
        memo[seen] = verdict
    return verdict


def is_chrome(
    el: Element, memo: dict[Element, bool] | None = None, *, sidebars: bool = True
) -> bool:
    """True if ``el`` sits in navigation, banner, footer, sidebar, share or related chrome.

    With ``sidebars=False`` only the site's own frame counts (navigation, menus, the page's
    banner and footer, share and cookie blocks): an ``<aside>``, a sidebar or a related block may
    hold a release's metadata, and a ``<header>`` or ``<footer>`` inside the article is the
    article's own. Pass the same ``memo`` dict for many elements of one tree (one per value of
    ``sidebars``): ancestors' verdicts are remembered, so each is looked at once.
    """
    walked: list[Element] = []  # reached before any <header>: their verdict is el's
    verdict = _chrome_walk(el, memo, walked, sidebars)
    if memo is not None:
        for node in walked:
            memo[node] = verdict
    return verdict


_FRAME_TAGS = frozenset({"nav", "script", "style", "noscript", "template"})
_FRAME_ROLES = frozenset({"navigation", "banner", "search"})
_FRAME_WORD = re.compile(
    r"(?:^|[_-])(?:menu|navbar|nav|navigation|breadcrumbs?|share|sharing|social|pager|"
    r"skip-link|visually-hidden|sr-only|cookie)(?=$|[_-])",
    re.IGNORECASE,
)


_CHROME_HINT = re.compile(
    r"menu|nav|breadcrumb|footer|sidebar|related|teaser|shar|social|pager|skip-link|hidden|sr-only|"
    r"cookie",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)
def _names(pattern: re.Pattern[str], tokens: str) -> bool:
    """Whether a class or id token names chrome: "block-menu", "region-sidebar-left",
    "block--share"; not a layout modifier that merely mentions it ("with-navbar", "one-sidebar",
    "grid--sidebar-left": a grid with a sidebar, the chrome word only part of a modifier).
    Remembered: a page repeats a few class lists on hundreds of elements."""
    if not _CHROME_HINT.search(tokens, 0, MAX_TOKENS):
        return False  # no chrome word anywhere: most class lists
    for token in tokens[:MAX_TOKENS].split():
        if _MODIFIER.match(token):
            continue
        block, _, modifier = token.partition("--")
        if pattern.search(block) or (modifier and pattern.fullmatch(modifier)):
            return True
    return False


def _chrome_walk(
    el: Element, memo: dict[Element, bool] | None, walked: list[Element], strict: bool
) -> bool:
    tags, roles, words = (
        (_CHROME_TAGS, _CHROME_ROLES, _CHROME_WORD)
        if strict
        else (_FRAME_TAGS, _FRAME_ROLES, _FRAME_WORD)
    )
    node: Element | None = el
    header_seen = False  # a <header> (or, when not strict, a <footer>) below the content
    while node is not None:
        if memo is not None and not header_seen:
            known = memo.get(node)
            if known is not None:
                return known
            walked.append(node)
        tag = node.tag
        if tag in tags:
            return True
        if tag in _PAGE_TAGS:  # layout classes on <body> ("one-sidebar") say nothing about el
            return header_seen
        if tag in _CONTENT_TAGS:
            header_seen = False
        elif tag == "header" or (not strict and tag == "footer"):
            header_seen = True
        get = node.get
        role = get("role")
        if role in roles or get("hidden") is not None or get("aria-hidden") == "true":
            return True
        if not strict and role == "contentinfo":
            header_seen = True
        classes = get("class")
        if classes and _names(words, classes[:MAX_TOKENS]):  # cut: the verdicts are remembered
            return True
        ident = get("id")
        if ident and _names(words, ident[:MAX_TOKENS]):
            return True
        node = node.getparent()
    return header_seen  # a <header> outside <main>/<article> is the site's banner


def text_of(el: Element) -> str:
    """Visible text of ``el``, whitespace-normalised (scripts and styles left out)."""
    if len(el) == 0:
        return clean(el.text)
    parts: list[str] = []
    _collect(el, parts)
    return clean("".join(parts))


_INVISIBLE_TAGS = frozenset({"script", "style", "template", "noscript"})
_HIDDEN_CLASS = re.compile(r"visually-hidden|sr-only|element-invisible|screen-reader", re.I)


def class_says(pattern: re.Pattern[str], classes: str | None) -> bool:
    """Whether a class list matches ``pattern`` (read up to :data:`MAX_TOKENS` characters);
    remembered, as a page repeats a few class lists on hundreds of elements."""
    if not classes:
        return False
    return _class_says(pattern, classes[:MAX_TOKENS])


@functools.lru_cache(maxsize=1024)
def _class_says(pattern: re.Pattern[str], classes: str) -> bool:
    return pattern.search(classes) is not None


def is_hidden(el: Element) -> bool:
    """Whether ``el`` is classed as text for screen readers only ("visually-hidden", …)."""
    return class_says(_HIDDEN_CLASS, el.get("class"))


def _collect(el: Element, parts: list[str]) -> None:
    if el.text:
        parts.append(el.text)
    for child in el:
        if is_element(child) and child.tag not in _INVISIBLE_TAGS and not is_hidden(child):
            _collect(child, parts)
        if child.tail:
            parts.append(child.tail)


def prepare(root: Element) -> None:
    """Make line breaks and glued links visible as spaces in the text (mutates ``root``)."""
    for br in root.iter("br"):
        _write(br, "tail", "\n" + (br.tail or ""))
    for a in root.iter("a"):
        text = a.text or ""
        if text.startswith(("www.", "http")):
            prev = a.getprevious()
            parent = a.getparent()
            before = (
                prev.tail if prev is not None else parent.text if parent is not None else ""
            ) or ""
            if before and not before[-1].isspace():
                _write(a, "text", " " + text)


# Characters the parser keeps as read but lxml refuses to write into a tree.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _write(el: Element, field: str, value: str) -> None:
    """Set ``el.text`` or ``el.tail``, without the control characters lxml will not store."""
    try:
        setattr(el, field, value)
    except ValueError:
        setattr(el, field, _NOT_XML.sub("", value))
