"""Bytes or text in, a safe lxml tree out (the first step of every parse).

Decoding order for bytes: byte-order mark, then the page's own ``<meta charset>`` (checked by a
strict decode), then UTF-8, then :class:`bs4.UnicodeDammit`'s guess. The lxml parser never resolves
entities or touches the network; input that is not HTML raises :class:`ParseError`.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from .errors import ParseError

__all__ = ["Decoded", "decode", "parse_html"]

_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)
_HTML_HINT = re.compile(r"<\s*(?:html|head|body|div|p|h1|article|main|title|!doctype)\b", re.I)


class Decoded(str):
    """Decoded text; ``encoding`` names the codec, ``guessed`` is True if no declaration held."""

    encoding: str
    guessed: bool

    def __new__(cls, text: str, encoding: str, guessed: bool = False) -> Decoded:
        obj = super().__new__(cls, text)
        obj.encoding = encoding
        obj.guessed = guessed
        return obj


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode page bytes: BOM, ``declared`` (an HTTP header), meta charset, UTF-8, then a guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(encoding, "replace"), encoding)
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    match = _META_CHARSET.search(data, 0, 4096)
    if match:
        candidates.append(match.group(1).decode("ascii"))
    candidates.append("utf-8")
    for name in candidates:
        codec = _codec(name)
        if codec is None:
            continue
        # Browsers read pages labelled latin-1 or ASCII as cp1252.
        encoding = "cp1252" if codec in ("iso8859-1", "ascii") else codec
        try:
            return Decoded(data.decode(encoding), encoding, guessed=name == "utf-8" and not match)
        except UnicodeDecodeError:
            continue
    from bs4 import UnicodeDammit  # only for bytes no declaration could decode

    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is None:
        return Decoded(data.decode("utf-8", "replace"), "utf-8", guessed=True)
    return Decoded(dammit.unicode_markup, dammit.original_encoding or "unknown", guessed=True)


def _as_text(html: Any) -> str:
    if isinstance(html, bytes | bytearray | memoryview):
        return decode(bytes(html))
    if isinstance(html, str):
        return html
    if type(html).__module__.startswith("bs4"):  # a BeautifulSoup object or Tag
        return str(html)
    raise ParseError(f"expected HTML as str or bytes, got {type(html).__name__}")


def parse_html(html: Any) -> HtmlElement:
    """Return the root ``<html>`` element of ``html`` (str, bytes or a BeautifulSoup object).

    Raises :class:`ParseError` for empty, binary, JSON or entity-declaring input.
    """
    text = _as_text(html)
    head = text[:2048].lstrip()
    if not head:
        raise ParseError("empty input: no HTML to parse")
    if "\x00" in head or head.startswith("%PDF"):
        kind = "a PDF file" if head.startswith("%PDF") else "binary data"
        raise ParseError(f"input is {kind}, not HTML")
    if head[0] in "{[":
        raise ParseError("input looks like JSON, not HTML")
    if _ENTITY_DECL.search(text, 0, 65536):
        raise ParseError("input declares XML entities (possible entity-expansion bomb); refused")
    if not _HTML_HINT.search(head) and "<" not in text[:65536]:
        raise ParseError("input has no HTML markup")
    text = _XML_DECL.sub("", text, count=1)
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise ParseError(f"HTML could not be parsed: {exc}") from None
    if root is None:
        raise ParseError("HTML could not be parsed: empty document")
    return root


# --- tree helpers shared by the field extractors -------------------------------------------

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


def _names_chrome(tokens: str) -> bool:
    return any(
        _CHROME_WORD.search(token) and not _MODIFIER.match(token) for token in tokens.split()
    )


_CONTENT_TAGS = frozenset({"main", "article"})
_PAGE_TAGS = frozenset({"body", "html"})


def is_chrome(el: HtmlElement) -> bool:
    """True if ``el`` sits in navigation, banner, footer, sidebar, share or related chrome."""
    node: HtmlElement | None = el
    header_seen = False
    while node is not None:
        tag = node.tag
        if tag in _CHROME_TAGS:
            return True
        if tag in _PAGE_TAGS:  # layout classes on <body> ("one-sidebar") say nothing about el
            return header_seen
        if tag in _CONTENT_TAGS:
            header_seen = False
        elif tag == "header":
            header_seen = True
        get = node.get
        if get("role") in _CHROME_ROLES or get("hidden") is not None:
            return True
        if get("aria-hidden") == "true":
            return True
        classes = get("class")
        if classes and _names_chrome(classes):
            return True
        ident = get("id")
        if ident and _names_chrome(ident):
            return True
        node = node.getparent()
    return header_seen  # a <header> outside <main>/<article> is the site's banner


def text_of(el: HtmlElement) -> str:
    """Visible text of ``el``, whitespace-normalised (scripts and styles left out)."""
    from .text import clean

    if len(el) == 0:
        return clean(el.text)
    parts: list[str] = []
    _collect(el, parts)
    return clean("".join(parts))


_INVISIBLE_TAGS = frozenset({"script", "style", "template", "noscript"})
_INVISIBLE_CLASS = re.compile(r"visually-hidden|sr-only|element-invisible|screen-reader")


def _collect(el: HtmlElement, parts: list[str]) -> None:
    if el.text:
        parts.append(el.text)
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _INVISIBLE_TAGS:
            classes = child.get("class")
            if not (classes and _INVISIBLE_CLASS.search(classes)):
                _collect(child, parts)
        if child.tail:
            parts.append(child.tail)


def prepare(root: HtmlElement) -> None:
    """Make line breaks and glued links visible as spaces in the text (mutates ``root``)."""
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for a in root.iter("a"):
        text = a.text or ""
        if text.startswith(("www.", "http")):
            prev = a.getprevious()
            before = (prev.tail if prev is not None else a.getparent().text) or ""
            if before and not before[-1].isspace():
                a.text = " " + text
