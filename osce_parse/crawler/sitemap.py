"""Sitemaps: ``/sitemap.xml`` indexes and URL sets, plain or gzip-compressed.

The XML parser resolves no entities and reaches no network; decompression (up to three nested
gzip layers) is capped in total, step by step, so a gzip bomb cannot exhaust memory.
``?download`` links (file downloads) are left out. Malformed input raises
:class:`~osce_parse.errors.ParseError` saying what is wrong: not XML, not a sitemap, entity
declarations (an XML bomb), too large. A sitemap cut short (its gzip stream or its XML) keeps the
entries complete before the cut, and says so (:attr:`Sitemap.truncated`). Small slips that XML
recovery mends (an unescaped ``&`` in a URL) are accepted.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.etree

from ..errors import ParseError
from .encoding import BoundedDecoder, DecodeError, TooLarge

__all__ = ["MAX_SITEMAP_BYTES", "Sitemap", "SitemapEntry", "parse_sitemap"]

MAX_SITEMAP_BYTES = 50 * 1024 * 1024
"""The most a sitemap may hold uncompressed (the sitemaps.org protocol's limit)."""
_CLOSING_TAG = re.compile(rb"</(?:[\w.-]+:)?(urlset|sitemapindex)\s*>\s*\Z", re.IGNORECASE)
_ENTRY_END = re.compile(rb"</(?:[\w.-]+:)?(?:url|sitemap)\s*>", re.IGNORECASE)
_GZIP_LAYERS = 3


def _parser() -> lxml.etree.XMLParser:
    # A parser per call: lxml parsers must not be shared between threads.
    return lxml.etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        recover=True,
        remove_comments=True,
        load_dtd=False,
    )


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    """One ``<url>`` or ``<sitemap>`` entry: its absolute ``loc`` and ``lastmod`` date."""

    url: str
    lastmod: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Sitemap:
    """A parsed sitemap: page ``urls`` (a URL set) and child ``sitemaps`` (an index)."""

    url: str | None
    urls: tuple[SitemapEntry, ...] = ()
    sitemaps: tuple[SitemapEntry, ...] = ()
    truncated: str = ""
    """Why the sitemap is incomplete ("gzip data cut short", "XML cut short"), if it is: the
    entries are those complete before the cut."""


def _gunzip(data: bytes, limit: int) -> tuple[bytes, str]:
    """``data`` with its gzip layers removed, and "gzip data cut short" if a layer was cut."""
    cut = ""
    for _ in range(_GZIP_LAYERS):
        if data[:2] != b"\x1f\x8b":
            return data, cut
        decoder = BoundedDecoder("gzip", limit)
        try:
            decoder.feed(data)
            data = decoder.finish()
        except TooLarge:
            raise ParseError(f"sitemap is larger than {limit} bytes uncompressed") from None
        except DecodeError as exc:
            if not decoder.partial():
                raise ParseError(f"sitemap is not valid gzip: {exc}") from None
            data, cut = decoder.partial(), "gzip data cut short"
    if data[:2] == b"\x1f\x8b":
        raise ParseError(f"sitemap has more than {_GZIP_LAYERS} gzip layers")
    return data, cut


def _lastmod(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_sitemap(
    content: bytes, url: str | None = None, *, max_bytes: int | None = None
) -> Sitemap:
    """Parse a sitemap index or URL set; relative ``loc`` values are resolved against ``url``.

    ``max_bytes`` (default :data:`MAX_SITEMAP_BYTES`) caps the size after decompression, each
    gzip layer counted."""
    max_bytes = MAX_SITEMAP_BYTES if max_bytes is None else max_bytes
    content, cut = _gunzip(content, max_bytes)
    if not content.strip():
        raise ParseError("empty sitemap")
    if len(content) > max_bytes:
        raise ParseError(f"sitemap is larger than {max_bytes} bytes")
    root = _root(content)
    if _CLOSING_TAG.search(content[-256:]):
        urls, sitemaps = _entries(root, url)
    else:
        # Cut short: keep the entries closed before the cut (a half-written <loc> is no URL).
        cut = cut or f"XML cut short (it does not end with </{_local(root.tag)}>)"
        ends = list(_ENTRY_END.finditer(content))
        urls, sitemaps = _entries(_root(content[: ends[-1].end()]), url) if ends else ([], [])
    return Sitemap(url=url, urls=tuple(urls), sitemaps=tuple(sitemaps), truncated=cut)


def _root(content: bytes) -> lxml.etree._Element:
    try:
        root = lxml.etree.fromstring(content, parser=_parser())
    except lxml.etree.XMLSyntaxError as exc:
        raise ParseError(f"sitemap is not XML: {exc}") from None
    if root is None or _local(root.tag) not in ("urlset", "sitemapindex"):
        raise ParseError("not a sitemap: the root element is neither urlset nor sitemapindex")
    if root.getroottree().docinfo.internalDTD is not None and b"<!ENTITY" in content:
        raise ParseError("sitemap declares XML entities (refused: a possible entity bomb)")
    return root


def _entries(
    root: lxml.etree._Element, url: str | None
) -> tuple[list[SitemapEntry], list[SitemapEntry]]:
    """The ``<url>`` and ``<sitemap>`` entries of a sitemap, absolute, without repeats."""
    urls: list[SitemapEntry] = []
    sitemaps: list[SitemapEntry] = []
    seen: set[str] = set()
    for entry in root:
        kind = _local(entry.tag)
        if kind not in ("url", "sitemap"):
            continue
        loc = lastmod = None
        for child in entry:
            name = _local(child.tag)
            if name == "loc":
                loc = (child.text or "").strip()
            elif name == "lastmod":
                lastmod = child.text
        if not loc:
            continue
        absolute = urljoin(url, loc) if url else loc
        if "download" in urlsplit(absolute).query or absolute in seen:
            continue
        seen.add(absolute)
        target = urls if kind == "url" else sitemaps
        target.append(SitemapEntry(absolute, _lastmod(lastmod)))
    return urls, sitemaps
