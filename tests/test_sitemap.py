"""Sitemaps: index and URL set, gzip, download links, hostile input."""

from __future__ import annotations

import datetime as dt
import gzip
import time

import pytest

from osce_parse.crawler import SitemapEntry, parse_sitemap
from osce_parse.crawler import sitemap as sitemap_module
from osce_parse.errors import ParseError

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


def test_entity_declarations_are_refused() -> None:
    external = (
        b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b"<urlset><url><loc>https://x.org/&e;</loc></url></urlset>"
    )
    laughs = b"".join(
        b'<!ENTITY l%d "%s">' % (i, b"&l%d;" % (i - 1) * 10 if i else b"lol") for i in range(10)
    )
    bomb = (
        b"<!DOCTYPE u [" + laughs + b"]><urlset><url><loc>https://x.org/&l9;</loc></url></urlset>"
    )
    for data in (external, bomb, gzip.compress(bomb)):
        began = time.monotonic()
        with pytest.raises(ParseError, match="entities"):
            parse_sitemap(data)
        assert time.monotonic() - began < 1.0
    # A DOCTYPE without entities is harmless.
    plain = f"<!DOCTYPE urlset><urlset {NS}><url><loc>https://x.org/pc/1</loc></url></urlset>"
    assert parse_sitemap(plain.encode()).urls == (SitemapEntry("https://x.org/pc/1"),)


def test_truncated_sitemaps_keep_the_entries_before_the_cut() -> None:
    xml = f"<urlset {NS}>" + "".join(f"<url><loc>/pc/{i}</loc></url>" for i in range(500))
    xml += "</urlset>\n"
    whole = parse_sitemap(xml.encode(), "https://x.org/sitemap.xml")
    assert len(whole.urls) == 500 and whole.truncated == ""
    packed = gzip.compress(xml.encode())
    cut_gzip = parse_sitemap(packed[: len(packed) // 2], "https://x.org/")
    assert cut_gzip.truncated == "gzip data cut short"
    cut_xml = parse_sitemap(xml[: len(xml) // 2].encode(), "https://x.org/")
    assert "XML cut short" in cut_xml.truncated
    for cut in (cut_gzip, cut_xml):
        # Only whole entries, in order: a <loc> cut mid-URL ("/pc/12" of "/pc/123") is dropped.
        assert 0 < len(cut.urls) < 500
        assert [e.url for e in cut.urls] == [f"https://x.org/pc/{i}" for i in range(len(cut.urls))]
    unclosed = parse_sitemap(xml.replace("</urlset>", "").encode(), "https://x.org/")
    assert len(unclosed.urls) == 500 and "cut short" in unclosed.truncated
    # XML recovery still mends small slips, such as an unescaped ampersand.
    slip = xml.replace("/pc/7<", "/pc/7?a=1&b=2<").encode()
    assert len(parse_sitemap(slip, "https://x.org/").urls) == 500


def test_not_a_sitemap() -> None:
    junk = bytes(range(256)) * 40
    for data in (b"", b"<html><body>hi</body></html>", b"\x1f\x8bnot gzip", b"{}", junk):
        with pytest.raises(ParseError):
            parse_sitemap(data)


def test_gzip_bomb_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sitemap_module, "MAX_SITEMAP_BYTES", 1000)
    bomb = gzip.compress(b"<urlset>" + b" " * 10_000 + b"</urlset>")
    with pytest.raises(ParseError, match="larger than"):
        parse_sitemap(bomb)


def test_nested_gzip_layers_are_capped_in_total() -> None:
    xml = f"<urlset {NS}><url><loc>https://x.org/pc/1</loc></url></urlset>".encode()
    twice = gzip.compress(gzip.compress(xml))
    assert parse_sitemap(twice).urls == (SitemapEntry("https://x.org/pc/1"),)
    with pytest.raises(ParseError, match="more than 3 gzip layers"):
        parse_sitemap(gzip.compress(gzip.compress(twice)))
    bomb = gzip.compress(gzip.compress(b"<urlset>" + b" " * 50_000_000 + b"</urlset>"))
    began = time.monotonic()
    with pytest.raises(ParseError, match="larger than 1000000 bytes"):
        parse_sitemap(bomb, max_bytes=1_000_000)
    assert time.monotonic() - began < 1.0
