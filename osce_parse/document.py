"""Bytes or text in, a safe lxml tree out (the first step of every parse).

Decoding order for bytes: byte-order mark, then the HTTP header's or the page's own ``<meta
charset>`` (checked by a strict decode; valid UTF-8 wins over a declared single-byte legacy
charset), then UTF-8, then the most plausible of a few legacy charsets (:func:`decode`). The lxml
parser never resolves entities or touches the network; input that is not HTML, or that libxml2 would
only read in part (nesting over 256 levels, a text or attribute over 10 MB), raises
:class:`ParseError`.
"""

from __future__ import annotations

import codecs
import re
import threading
import unicodedata
from collections.abc import Callable
from typing import Any, cast

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from .errors import ParseError
from .text import clean

__all__ = ["MAX_ELEMENTS", "MAX_TOKENS", "Decoded", "attr", "decode", "parse_html"]

_LOCAL = threading.local()  # one parser per thread: a parser and its error log are not shared


def _parser() -> lxml.html.HTMLParser:
    parser: lxml.html.HTMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = lxml.html.HTMLParser(
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
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACE = re.compile(r"\s*")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")  # C0 controls other than whitespace


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
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Browsers read pages labelled latin-1 or ASCII as cp1252.
    return "cp1252" if codec in ("iso8859-1", "ascii") else codec


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode page bytes: BOM, ``declared`` (an HTTP header), meta charset, UTF-8, then a guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(encoding, "replace"), encoding)
    named: list[str | None] = [_codec(declared)] if declared else []
    match = _META_CHARSET.search(data, 0, 4096)
    if match:
        meta = _codec(match.group(1).decode("ascii"))
        # A page cannot declare UTF-16 in its own ASCII markup; browsers read UTF-8 then.
        named.append("utf-8" if meta and meta.startswith(("utf-16", "utf-32")) else meta)
    declarations = [name for name in named if name]
    if not match and (utf16 := _utf16_without_bom(data)):
        return Decoded(data.decode(utf16, "replace"), utf16, guessed=True)
    # Legacy text is practically never valid UTF-8 by accident, so valid UTF-8 with non-ASCII
    # bytes is UTF-8 whatever a single-byte declaration says.
    unicode = [name for name in declarations if name.startswith("utf")]
    legacy = [name for name in declarations if not name.startswith("utf")]
    order = [*unicode, *(() if data.isascii() else ("utf-8",)), *legacy, "utf-8"]
    for encoding in dict.fromkeys(order):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return Decoded(text, encoding, guessed=encoding not in declarations)
    encoding = _most_plausible(data, declarations)
    return Decoded(data.decode(encoding, "replace"), encoding, guessed=True)


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 codec if ``data`` opens like ASCII markup in UTF-16 (``<\\x00h\\x00``)."""
    head = data[:512]
    if len(head) < 16 or b"\x00" not in head[:4]:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > len(head) * 0.15 and even * 10 <= odd:  # ASCII in UTF-16-LE: "<", 0, "h", 0
        return "utf-16-le"
    if even > len(head) * 0.15 and odd * 10 <= even:
        return "utf-16-be"
    return None


# The charsets osce.org's languages were written in before UTF-8; a tie goes to the earlier one.
_LEGACY = ("cp1252", "cp1251", "cp1250", "koi8-r", "koi8-u", "iso8859-2", "cp1254")
# Words holding a non-ASCII byte (matches start only at a word's first byte: linear time).
_NON_ASCII_WORD = re.compile(
    rb"(?<![A-Za-z\x80-\xff])[A-Za-z\x80-\xff]*[\x80-\xff][A-Za-z\x80-\xff]*"
)
_RARE_LETTERS = frozenset("æÆðÐþÞýÝ")  # common in mis-decoded text, rare in the site's languages


def _most_plausible(data: bytes, declared: list[str]) -> str:
    """The codec (declared ones first, then UTF-8, then :data:`_LEGACY`) whose reading of the
    page's first non-ASCII words looks most like text: fewest undecodable bytes, symbols inside
    words, scripts or case mixed within a word, and runs of accented Latin letters."""
    words = []
    for m in _NON_ASCII_WORD.finditer(data):
        words.append(m.group())
        if len(words) == 300:
            break
    sample = b" ".join(words)
    best, best_cost = "utf-8", -1
    for encoding in dict.fromkeys([*declared, "utf-8", *_LEGACY]):
        cost = _implausibility(sample.decode(encoding, "replace"))
        if best_cost < 0 or cost < best_cost:
            best, best_cost = encoding, cost
            if cost == 0:
                break
    return best


def _script(ch: str) -> int:
    if ch < "\u0250" or "\u1e00" <= ch <= "\u1eff":
        return 1  # Latin
    return 2 if "\u0400" <= ch <= "\u052f" else 3  # Cyrillic, other


def _is_symbol(ch: str) -> bool:
    return ch >= "\x80" and unicodedata.category(ch)[0] in "SN"


def _implausibility(text: str) -> int:
    """How unlike real words ``text`` is: a weighted count of mojibake signs (0 = plausible)."""
    cost = 0
    prev = " "
    for ch in text:
        if ch < "\x80" and prev < "\x80":
            prev = ch
            continue
        if ch == "\ufffd":
            cost += 8
        elif ch.isalpha():
            if prev.isalpha():
                if _script(prev) != _script(ch):
                    cost += 4  # "Dйjа": Latin and Cyrillic inside one word
                elif prev.islower() and ch.isupper():
                    cost += 2  # "пПЕДЯ": case flips inside a word
                elif prev >= "\x80" and ch >= "\x80" and _script(ch) == 1:
                    cost += 1  # "Ïðåäñ": runs of accented Latin letters
            elif _is_symbol(prev):
                cost += 3  # "Ã©t": a symbol glued to a letter
            if ch in _RARE_LETTERS:
                cost += 1
        elif ch >= "\x80":
            category = unicodedata.category(ch)
            if category[0] == "C":
                cost += 8  # C1 controls, unassigned code points
            elif category[0] in "SN" and prev.isalpha():
                cost += 3
        prev = ch
    return cost


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


def _parse(text: str) -> HtmlElement:
    """Parse with this thread's parser. A fatal libxml2 error means it stopped early and dropped
    the rest of the page: that is a ParseError, not a silently shortened tree."""
    parser = _parser()
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
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


def parse_html(html: Any) -> HtmlElement:
    """Return the root ``<html>`` element of ``html`` (str, bytes or a BeautifulSoup object).

    Raises :class:`ParseError` for empty, binary, JSON or entity-declaring input, for markup
    libxml2 cannot read to the end (nested over 256 levels, a text or attribute over 10 MB), for
    input over :data:`MAX_INPUT` bytes or characters, and for pages of more than
    :data:`MAX_ELEMENTS` elements.
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
    return _parse(_XML_DECL.sub("", text, count=1))


# --- tree helpers shared by the field extractors -------------------------------------------

# Class lists, ids and other token attributes are read up to this length: no real one is longer,
# and every regular expression run over a 10 MB one would take a good part of a second.
MAX_TOKENS = 2000


def attr(el: HtmlElement, name: str) -> str:
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


def _names_chrome(tokens: str) -> bool:
    return any(
        _CHROME_WORD.search(token) and not _MODIFIER.match(token)
        for token in tokens[:MAX_TOKENS].split()
    )


_CONTENT_TAGS = frozenset({"main", "article"})
_PAGE_TAGS = frozenset({"body", "html"})


def within(
    el: HtmlElement | None,
    test: Callable[[HtmlElement], bool],
    memo: dict[HtmlElement, bool],
    stop: HtmlElement | None = None,
) -> bool:
    """True if ``el`` or one of its ancestors below ``stop`` passes ``test``.

    ``memo`` (one dict per test and stop, shared across one tree) remembers the verdict of every
    node walked through, so each ancestor is tested once rather than once per element below it.
    """
    walked: list[HtmlElement] = []
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


def is_chrome(el: HtmlElement, memo: dict[HtmlElement, bool] | None = None) -> bool:
    """True if ``el`` sits in navigation, banner, footer, sidebar, share or related chrome.

    Pass the same ``memo`` dict for many elements of one tree: ancestors' verdicts are remembered,
    so each ancestor is looked at once rather than once per element below it.
    """
    walked: list[HtmlElement] = []  # reached before any <header>: their verdict is el's
    verdict = _chrome_walk(el, memo, walked)
    if memo is not None:
        for node in walked:
            memo[node] = verdict
    return verdict


def _chrome_walk(
    el: HtmlElement, memo: dict[HtmlElement, bool] | None, walked: list[HtmlElement]
) -> bool:
    node: HtmlElement | None = el
    header_seen = False
    while node is not None:
        if memo is not None and not header_seen:
            known = memo.get(node)
            if known is not None:
                return known
            walked.append(node)
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
            classes = attr(child, "class")
            if not (classes and _INVISIBLE_CLASS.search(classes)):
                _collect(child, parts)
        if child.tail:
            parts.append(child.tail)


def prepare(root: HtmlElement) -> None:
    """Make line breaks and glued links visible as spaces in the text (mutates ``root``)."""
    for br in root.iter("br"):
        _write(br, "tail", "\n" + (br.tail or ""))
    for a in root.iter("a"):
        text = a.text or ""
        if text.startswith(("www.", "http")):
            prev = a.getprevious()
            before = (prev.tail if prev is not None else a.getparent().text) or ""
            if before and not before[-1].isspace():
                _write(a, "text", " " + text)


# Characters the parser keeps as read but lxml refuses to write into a tree.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _write(el: HtmlElement, field: str, value: str) -> None:
    """Set ``el.text`` or ``el.tail``, without the control characters lxml will not store."""
    try:
        setattr(el, field, value)
    except ValueError:
        setattr(el, field, _NOT_XML.sub("", value))
