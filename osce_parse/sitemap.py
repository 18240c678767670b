"""Sitemaps: ``/sitemap.xml`` indexes and URL sets, plain or gzip-compressed.

The XML parser resolves no entities and reaches no network; decompression is capped so a
gzip bomb cannot exhaust memory. ``?download`` links (file downloads) are left out.
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.etree

from .errors import ParseError

__all__ = ["MAX_SITEMAP_BYTES", "Sitemap", "SitemapEntry", "parse_sitemap"]

MAX_SITEMAP_BYTES = 100 * 1024 * 1024
_PARSER = lxml.etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, recover=True, remove_comments=True
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
    try:
        root = lxml.etree.fromstring(content, parser=_PARSER)
    except lxml.etree.XMLSyntaxError as exc:
        raise ParseError(f"sitemap is not XML: {exc}") from None
    if root is None or _local(root.tag) not in ("urlset", "sitemapindex"):
        raise ParseError("not a sitemap: the root element is neither urlset nor sitemapindex")
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
