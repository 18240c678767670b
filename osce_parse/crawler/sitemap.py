"""Sitemaps: ``/sitemap.xml`` indexes and URL sets, plain or gzip-compressed.

The XML parser resolves no entities and reaches no network; decompression is capped so a
gzip bomb cannot exhaust memory. ``?download`` links (file downloads) are left out. Malformed
input raises :class:`~osce_parse.errors.ParseError` saying what is wrong: not XML, not a sitemap,
truncated (gzip stream or XML cut short), entity declarations (an XML bomb), too large.
Small slips that XML recovery mends (an unescaped ``&`` in a URL) are accepted.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.etree

from ..errors import ParseError

__all__ = ["MAX_SITEMAP_BYTES", "Sitemap", "SitemapEntry", "parse_sitemap"]

MAX_SITEMAP_BYTES = 100 * 1024 * 1024
_CLOSING_TAG = re.compile(rb"</(?:[\w.-]+:)?(urlset|sitemapindex)\s*>\s*\Z", re.IGNORECASE)


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


def _gunzip(data: bytes) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, MAX_SITEMAP_BYTES)
    except zlib.error as exc:
        raise ParseError(f"sitemap is not valid gzip: {exc}") from None
    if inflater.unconsumed_tail:
        raise ParseError(f"sitemap is larger than {MAX_SITEMAP_BYTES} bytes uncompressed")
    if not inflater.eof:
        raise ParseError("sitemap gzip data is truncated")
    return out


def _lastmod(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_sitemap(content: bytes, url: str | None = None) -> Sitemap:
    """Parse a sitemap index or URL set; relative ``loc`` values are resolved against ``url``."""
    if content[:2] == b"\x1f\x8b":
        content = _gunzip(content)
    if not content.strip():
        raise ParseError("empty sitemap")
    if len(content) > MAX_SITEMAP_BYTES:
        raise ParseError(f"sitemap is larger than {MAX_SITEMAP_BYTES} bytes")
    try:
        root = lxml.etree.fromstring(content, parser=_parser())
    except lxml.etree.XMLSyntaxError as exc:
        raise ParseError(f"sitemap is not XML: {exc}") from None
    if root is None or _local(root.tag) not in ("urlset", "sitemapindex"):
        raise ParseError("not a sitemap: the root element is neither urlset nor sitemapindex")
    if root.getroottree().docinfo.internalDTD is not None and b"<!ENTITY" in content:
        raise ParseError("sitemap declares XML entities (refused: a possible entity bomb)")
    if not _CLOSING_TAG.search(content[-256:]):
        raise ParseError(f"sitemap XML is truncated: it does not end with </{_local(root.tag)}>")
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
    return Sitemap(url=url, urls=tuple(urls), sitemaps=tuple(sitemaps))
