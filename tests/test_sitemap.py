"""Sitemaps: index and URL set, gzip, download links, hostile input."""

from __future__ import annotations

import datetime as dt
import gzip

import pytest

from osce_parse import sitemap as sitemap_module
from osce_parse.errors import ParseError
from osce_parse.sitemap import SitemapEntry, parse_sitemap

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def test_index() -> None:
    xml = (
        f"<?xml version='1.0'?><sitemapindex {NS}><sitemap><loc>https://www.osce.org/sitemap.xml"
        "?page=1</loc><lastmod>2024-01-02T10:00:00+01:00</lastmod></sitemap>"
        "<sitemap><loc>/sitemap.xml?page=2</loc></sitemap></sitemapindex>"
    ).encode()
    result = parse_sitemap(xml, "https://www.osce.org/sitemap.xml")
    assert result.urls == ()
    assert result.sitemaps == (
        SitemapEntry("https://www.osce.org/sitemap.xml?page=1", dt.date(2024, 1, 2)),
        SitemapEntry("https://www.osce.org/sitemap.xml?page=2", None),
    )


def test_urlset_gzip_and_download_links() -> None:
    xml = (
        f"<urlset {NS}><url><loc>https://www.osce.org/pc/50033</loc><lastmod>2008-09-04</lastmod>"
        "</url><url><loc> https://www.osce.org/files/f/documents/1/2/3.pdf?download=true </loc>"
        "</url><url><loc>https://www.osce.org/pc/50033</loc></url><url><lastmod>2020-01-01"
        "</lastmod></url><url><loc>https://www.osce.org/node/1</loc><lastmod>bad</lastmod></url>"
        "</urlset>"
    ).encode()
    for data in (xml, gzip.compress(xml)):
        result = parse_sitemap(data, "https://www.osce.org/sitemap.xml")
        assert result.urls == (
            SitemapEntry("https://www.osce.org/pc/50033", dt.date(2008, 9, 4)),
            SitemapEntry("https://www.osce.org/node/1", None),
        )


def test_entities_are_not_resolved() -> None:
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b"<urlset><url><loc>https://x.org/&e;</loc></url></urlset>"
    )
    result = parse_sitemap(xml)
    assert all("root:" not in entry.url for entry in result.urls)


def test_not_a_sitemap() -> None:
    for data in (b"", b"<html><body>hi</body></html>", b"\x1f\x8bnot gzip", b"{}"):
        with pytest.raises(ParseError):
            parse_sitemap(data)


def test_gzip_bomb_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sitemap_module, "MAX_SITEMAP_BYTES", 1000)
    bomb = gzip.compress(b"<urlset>" + b" " * 10_000 + b"</urlset>")
    with pytest.raises(ParseError, match="larger than"):
        parse_sitemap(bomb)
