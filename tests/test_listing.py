"""Listing pages: the Newsroom markup, the link-driven fallback, and the URL helpers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from osce_parse.errors import ParseError
from osce_parse.models import ListingItem
from osce_parse.parse.listing import parse_listing
from osce_parse.urls import is_release_url, listing_url, node_id_of, release_key, url_language
from tests.crawl_support import FIXTURES, fake_site

BASE = "https://www.osce.org/press-releases"
LISTINGS = sorted(FIXTURES.glob("listing_*.html"))


def _facts(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.with_suffix(".facts.json").read_text("utf-8"))
    return data


@pytest.mark.parametrize("path", LISTINGS, ids=lambda p: p.stem)
def test_listing_fixtures_match_their_facts(path: Path) -> None:
    facts = _facts(path)
    listing = parse_listing(path.read_bytes(), facts.get("page_url", BASE))
    assert listing.next_page == facts["next_page"]
    assert [item.url for item in listing.items] == [item["url"] for item in facts["items"]]
    for item, expected in zip(listing.items, facts["items"], strict=True):
        assert item.title == expected["title"]
        assert (item.date.isoformat() if item.date else None) == expected["date"]
        assert item.content_type == expected["content_type"]
        assert list(item.sources) == expected["sources"]
        assert list(item.fields_of_work) == expected["fields_of_work"]
        if expected.get("teaser_starts"):
            assert (item.teaser or "").startswith(expected["teaser_starts"])


def test_newsroom_item_fields() -> None:
    listing = parse_listing((FIXTURES / "listing_newsroom_p0.html").read_bytes(), BASE)
    first = listing.items[0]
    assert first.url == "https://www.osce.org/chairmanship/466959"
    assert first.date == dt.date(2020, 10, 9)
    assert first.content_type == "Press release"
    assert first.sources == ("OSCE Chairmanship",)
    assert listing.next_page == f"{BASE}?solrsort=ds_date%20desc&page=1"
    # Sidebar features (".views-row" in an <aside>) are not listing items.
    assert all("/stories/" not in item.url for item in listing.items)


def test_fallback_reads_unknown_markup() -> None:
    listing = parse_listing((FIXTURES / "listing_unknown_markup.html").read_bytes(), BASE)
    urls = [item.url for item in listing.items]
    assert "https://www.osce.org/chairpersonship/583001" not in urls  # header promo
    assert "https://www.osce.org/secretariat/580123" not in urls  # footer link
    assert len(urls) == len(set(urls))  # image, title and "Read more" links collapse
    assert all(item.title != "Read more" for item in listing.items)
    assert listing.next_page == f"{BASE}?page=2"


def test_fallback_pager_without_rel() -> None:
    html = """<html><body><div id="content">
      <ul><li><a href="/pc/123456">First release title</a> <span>3 March 2021</span></li>
          <li><a href="/odihr/123455">Second release title</a> <span>2 March 2021</span></li>
          <li><a href="/files/f/documents/1/2/3.pdf?download=true">PDF</a></li></ul>
      <ul class="pagination"><li><a href="?page=0">1</a></li><li class="next">
      <a href="?page=1">Next page</a></li></ul></div></body></html>"""
    listing = parse_listing(html, "https://www.osce.org/news")
    assert [(i.url, i.title, i.date) for i in listing.items] == [
        ("https://www.osce.org/pc/123456", "First release title", dt.date(2021, 3, 3)),
        ("https://www.osce.org/odihr/123455", "Second release title", dt.date(2021, 3, 2)),
    ]
    assert listing.next_page == "https://www.osce.org/news?page=1"


def test_last_page_and_empty_page() -> None:
    assert parse_listing("<html><body><p>No results</p></body></html>", BASE).items == ()
    assert parse_listing("<html><body><p>x</p></body></html>", BASE).next_page is None
    with pytest.raises(ParseError):
        parse_listing(b"", BASE)


def test_fake_site_listing_pages_round_trip() -> None:
    with fake_site(count=25) as site:
        import httpx

        listed = site.listed()
        url: str | None = site.base_url + "/press-releases"
        seen: list[ListingItem] = []
        while url:
            listing = parse_listing(httpx.get(url).content, url)
            seen += listing.items
            url = listing.next_page
        assert [item.url for item in seen] == [site.base_url + r.path for r in listed]
        assert [item.date for item in seen] == [r.date for r in listed]
        assert [item.title for item in seen] == [r.release.title for r in listed]
        newsroom = seen[:20]
        assert [item.sources for item in newsroom] == [r.release.sources for r in listed[:20]]


def test_url_helpers() -> None:
    assert node_id_of("https://www.osce.org/pc/50033") == 50033
    assert node_id_of("https://www.osce.org/odihr/elections/53804/") == 53804
    assert node_id_of("https://www.osce.org/files/f/documents/1/2/53804.pdf") is None
    assert node_id_of("https://www.osce.org/press-releases") is None
    assert is_release_url("https://www.osce.org/node/50033")
    assert not is_release_url("https://www.osce.org/node/50033?download=true")
    assert not is_release_url("mailto:press@osce.org")
    same = {
        release_key(u) for u in ("https://www.osce.org/cio/49472", "http://osce.org/node/49472")
    }
    assert same == {"en/49472"}
    assert release_key("https://www.osce.org/ru/pc/49472") == "ru/49472"
    assert release_key("https://www.osce.org/sg/49472") == "en/49472"  # "sg" is a section
    assert release_key("https://www.osce.org/about?x=1") == "https://www.osce.org/about"
    # The parsed page knows better: /node/1 may serve the German page.
    assert release_key("https://www.osce.org/node/1", 1, "de") == "de/1"
    assert release_key("https://www.osce.org/pc/1", 1, "pc") == "en/1"  # a section, not a language
    assert url_language("https://www.osce.org/ru/pc/1") == "ru"
    assert url_language("https://www.osce.org/pc/1") == "en"
    assert url_language("https://www.osce.org/sg/1") == "en"  # a section
    assert url_language("https://www.osce.org/de/node/1") == "de"
    assert listing_url("https://www.osce.org") == (
        "https://www.osce.org/press-releases?solrsort=ds_date+desc&rows=10"
    )
    filtered = listing_url("https://www.osce.org", field_of_work="900", page=2)
    assert "filters=+im_taxonomy_vid_3:(900)" in filtered and filtered.endswith("page=2")


def test_a_page_with_thousands_of_links_is_read_up_to_the_caps() -> None:
    from osce_parse.parse.listing import MAX_ITEMS

    links = "".join(
        f'<p><a href="/pc/{i}">Release number {i}</a> 9 October 2020</p>' for i in range(100, 20100)
    )
    listing = parse_listing(
        f"<html><body><main><div>{links}</div></main></body></html>",
        "https://www.osce.org/press-releases",
    )
    assert len(listing.items) == MAX_ITEMS
    assert listing.items[0].url == "https://www.osce.org/pc/100"


@pytest.mark.parametrize("path", LISTINGS, ids=lambda p: p.stem)
def test_a_listing_page_is_not_a_release(path: Path) -> None:
    from osce_parse import parse_release

    with pytest.raises(ParseError, match=r"listing page .* use parse_listing"):
        parse_release(path.read_bytes(), _facts(path).get("page_url", BASE))


def test_a_page_of_bare_links_gives_no_items_and_a_warning() -> None:
    html = """<html><body><main><h1>Page not found</h1><p>Try one of these:</p><ul>
      <li><a href="/pc/123456">Decision-making bodies</a></li>
      <li><a href="/odihr/123457">Election observation</a></li></ul></main></body></html>"""
    listing = parse_listing(html, "https://www.osce.org/missing")
    assert listing.items == ()
    assert listing.warnings and "no listing items" in listing.warnings[0]


@pytest.mark.parametrize(
    ("language", "kind"), [("en", "Document"), ("de", "Veranstaltung"), ("ru", "Документ")]
)
def test_items_showing_a_type_that_is_not_a_release_are_left_out(language: str, kind: str) -> None:
    """Search results mix releases with documents and events on node-shaped addresses: an item
    that shows such a type is not a release."""
    rows = "".join(
        f"<li><span class='result__type'>{shown}</span><h3><a href='/odihr/{node}'>Title "
        f"number {node} of a result</a></h3><p>4 March 2024</p></li>"
        for node, shown in ((566001, "Press release"), (566002, kind), (566003, "News"))
    )
    page = f"<html lang='{language}'><body><main><ol class='r'>{rows}</ol></main></body></html>"
    listing = parse_listing(page, f"https://www.osce.org/{language}/search?keys=x")
    assert [item.url.rsplit("/", 1)[1] for item in listing.items] == ["566001", "566003"]
