"""A fake osce.org on 127.0.0.1, built from saved release pages, for offline crawls and tests.

:class:`FakeSite` serves the release fixtures of a directory (``current_*.html``,
``newsroom_*.html``, ``panels_*.html``, ``titlefirst_*.html``) in turn, each under its own node
URL, until ``count`` releases are served (a fixture served again gets a new node id and a numbered
title, so every URL is a distinct release). Around them it generates what a crawler meets on the
real site: date-sorted listing pages (10 items a page, or ``rows=50``; Newsroom markup with pager
"next" links, then an unknown card markup with ``rel="next"``), ``/node/{id}`` aliases
(``/{language}/node/{id}`` for translations), ``/robots.txt`` (a disallowed ``/private/`` path and
a Crawl-delay), a ``/sitemap.xml`` index with a plain and a gzipped URL set, ETag / Last-Modified
with 304 answers, and injectable faults (:class:`Fault`).

Translations: fixtures of one node in several languages (``current_seed_50033`` in English,
``current_ru_seed_50033``, ``current_de_seed_50033``) form a family. A release copied from a
family member is served in every language of the family under the same new node id
(``/pc/600001``, ``/ru/pc/600001``, ``/de/pc/600001``), only the copied fixture's version being
listed; every version's ``hreflang`` alternates name exactly the versions served. Other fixtures
keep only their own language's alternate, so no link points at a page the site does not have.

Every request is logged (:attr:`FakeSite.hits`) with its timing, and the highest number of
requests in progress at once is kept (:attr:`FakeSite.max_in_flight`).

Run ``python -m osce_parse.fakesite tests/fixtures`` to serve one by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import functools
import gzip
import hashlib
import html
import re
import socket
import struct
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import lxml.html

from .errors import ParseError
from .models import Release
from .parse import Decoded, decode, parse_html, parse_release

__all__ = ["FAULT_KINDS", "FakeRelease", "FakeSite", "Fault", "Hit", "main"]

FIXTURE_PATTERNS = ("current_*.html", "newsroom_*.html", "panels_*.html", "titlefirst_*.html")
SECTIONS = ("cio", "pc", "secretariat", "odihr", "fom", "hcnm", "kosovo", "skopje")
PAGE_SIZE = 10
FIRST_NODE = 600001
FAULT_KINDS = (
    "status",  # answer with ``status`` (e.g. 503, 404)
    "retry_after",  # 429 (or ``status``) with a Retry-After of ``seconds``
    "slow",  # wait ``seconds`` before answering
    "reset",  # close the connection with a TCP reset, no answer
    "truncate",  # announce the full length, send half the body, close
    "content_type",  # serve the body as ``content_type`` (a PDF by default)
    "redirect",  # 301 to ``location``
)
_LAST_MODIFIED = email.utils.formatdate(
    dt.datetime(2024, 1, 15, 9, 30, tzinfo=dt.UTC).timestamp(), usegmt=True
)


@dataclass(slots=True)
class Fault:
    """A misbehaviour for one path: applies to the next ``times`` requests (0: to all of them)."""

    kind: str
    times: int = 1
    status: int | None = None  # default: 503 for "status", 429 for "retry_after"
    seconds: float = 0.0
    location: str = ""
    content_type: str = "application/pdf"

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; one of {', '.join(FAULT_KINDS)}")


@dataclass(frozen=True, slots=True)
class Hit:
    """One request the site received; times are ``time.monotonic()`` values."""

    path: str
    start: float
    end: float
    status: int
    conditional: bool
    user_agent: str


@dataclass(frozen=True, slots=True)
class FakeRelease:
    """A release the site serves: its URL path, source fixture, page bytes and parsed truth."""

    path: str
    node_id: int
    fixture: str
    body: bytes
    content_type: str
    etag: str
    release: Release

    @property
    def alias(self) -> str:
        """The page's ``/node/{id}`` path (with the language prefix of a translation)."""
        language = self.release.language
        prefix = f"/{language}" if language and language != "en" else ""
        return f"{prefix}/node/{self.node_id}"

    @property
    def date(self) -> dt.date | None:
        """The release date its page gives (what the listing is sorted by)."""
        return self.release.date

    @property
    def language(self) -> str:
        """The page's language ("en" if the page does not say)."""
        return self.release.language or "en"


@dataclass(frozen=True, slots=True)
class _Source:
    """A fixture: its file name, bytes, decoded text and the release parsed from it as saved."""

    name: str
    data: bytes
    text: Decoded
    release: Release

    @property
    def language(self) -> str:
        return self.release.language or "en"


_ALTERNATE = re.compile(r"<link\b[^>]*\bhreflang=[^>]*>[ \t]*\n?", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _read_fixtures(stamps: tuple[tuple[str, int, int], ...]) -> tuple[tuple[_Source, ...], str]:
    """The release fixtures (path, mtime, size) as parsed sources, and the menu HTML.

    Cached: every site of a test session serves the same, unchanged fixtures.
    """
    sources = []
    for name, _, _ in stamps:
        data = Path(name).read_bytes()
        text = decode(data)
        try:
            original = parse_release(text)
        except ParseError:
            continue
        sources.append(_Source(Path(name).name, data, text, original))
    return tuple(sources), _menu_html(source.data for source in sources)


def _release_fixtures(directory: Path) -> list[Path]:
    found = {p for pattern in FIXTURE_PATTERNS for p in directory.glob(pattern)}
    return sorted(found)


def _menu_html(pages: Iterable[bytes]) -> str:
    """The largest ``<nav>`` of the first English page that has one, as HTML (for listings)."""
    for body in pages:
        try:
            root = parse_html(body)
        except ParseError:
            continue
        if (root.get("lang") or "en")[:2] != "en":
            continue
        navs = sorted(root.iter("nav"), key=lambda nav: len(nav.findall(".//li")), reverse=True)
        if navs and len(navs[0].findall(".//li")) >= 10:
            return str(lxml.html.tostring(navs[0], encoding="unicode"))
    return ""


class FakeSite:
    """A local HTTP server playing osce.org; use as a context manager or ``start()``/``stop()``.

    ``fixtures`` is the directory of release pages (None: a site with no releases); ``count`` the
    number of releases served; ``crawl_delay`` goes into robots.txt; ``latency`` delays every
    release page by that many seconds (to make requests overlap). ``extra_items`` are
    ``(url, title, date)`` teasers listed among the first page's items without a page behind
    them (links that robots.txt forbids, links to other hosts). ``pages`` maps more paths to
    ``(body, content type)``, served as they are (e.g. a page that is not a release); they take
    precedence over generated pages, so they can also replace robots.txt, a sitemap or a listing
    page (a key with a query string matches only that query).
    """

    def __init__(
        self,
        fixtures: str | Path | None = None,
        *,
        count: int = 30,
        crawl_delay: float | None = None,
        latency: float = 0.0,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.fixtures = Path(fixtures) if fixtures is not None else None
        self.count = count
        self.crawl_delay = crawl_delay
        self.releases: list[FakeRelease] = []
        self.extra_items: list[tuple[str, str, dt.date | None]] = []
        self.pages: dict[str, tuple[bytes, str]] = {}
        self.max_in_flight = 0
        self._hits: list[Hit] = []
        self._in_flight = 0
        self._active = 0  # handlers that have not logged their hit yet
        self._idle = threading.Condition()
        self._faults: dict[str, list[Fault]] = {}
        self._lock = threading.Lock()
        self._menu = ""
        self._sources: tuple[_Source, ...] = ()
        # node id of a fixture -> language -> the first fixture of that node in that language
        self._families: dict[int, dict[str, _Source]] = {}
        # path (or alias) of an unlisted translation -> (listed release, language)
        self._version_paths: dict[str, tuple[FakeRelease, str]] = {}
        self._copies: dict[int, tuple[_Source, int]] = {}  # node -> (fixture, copy number)
        self._versions: dict[tuple[int, str], FakeRelease] = {}  # built on first request
        self.latency = latency
        self._server = _Server((host, port), _Handler)
        self._server.site = self
        self._thread: threading.Thread | None = None
        if self.fixtures is not None:
            self._load()

    # -- content --------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` of this site."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def _load(self) -> None:
        assert self.fixtures is not None
        paths = _release_fixtures(self.fixtures)
        stamps = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in paths)
        self._sources, self._menu = _read_fixtures(stamps)
        if not self._sources:
            raise ValueError(
                f"{self.fixtures}: no release fixtures ({', '.join(FIXTURE_PATTERNS)})"
            )
        by_node: dict[int, dict[str, _Source]] = {}
        for source in self._sources:
            if source.release.node_id is not None:
                by_node.setdefault(source.release.node_id, {}).setdefault(source.language, source)
        self._families = {node: family for node, family in by_node.items() if len(family) > 1}
        for _ in range(self.count):
            self.add_release()

    def add_release(self, fixture: str | None = None) -> FakeRelease:
        """Serve one more release (a copy of a fixture under a new node id) and list it.

        Without ``fixture``, the fixtures are taken in turn.
        """
        with self._lock:
            count = len(self.releases)
            sources = [s for s in self._sources if fixture in (None, s.name)]
            if not sources:
                raise ValueError(f"no release fixture named {fixture!r}")
            source = sources[count % len(sources)]
            copy = sum(r.fixture == source.name for r in self.releases)
            release = self._copy(source, FIRST_NODE + count, copy)
            self.releases.append(release)
            self._copies[release.node_id] = (source, copy)
            for language, path in self._family_paths(source, release.node_id).items():
                if language != release.language:
                    alias = f"/node/{release.node_id}"
                    alias = alias if language == "en" else f"/{language}{alias}"
                    self._version_paths[path] = self._version_paths[alias] = (release, language)
            return release

    def _family(self, source: _Source) -> dict[str, _Source]:
        """The fixtures served as the versions of a copy of ``source`` (itself included)."""
        node = source.release.node_id
        family = self._families.get(node) if node is not None else None
        if not family:
            return {source.language: source}
        return {**family, source.language: source}

    def _path(self, source: _Source, node: int) -> str:
        """The URL path of a copy of ``source`` as node ``node``."""
        original = source.release
        canonical = original.url or ""
        if original.node_id is not None and canonical.rstrip("/").endswith(str(original.node_id)):
            return urlsplit(canonical).path.rstrip("/").rsplit("/", 1)[0] + f"/{node}"
        return f"/{SECTIONS[node % len(SECTIONS)]}/{node}"

    def _family_paths(self, source: _Source, node: int) -> dict[str, str]:
        return {lang: self._path(member, node) for lang, member in self._family(source).items()}

    def _copy(
        self, source: _Source, node: int, copy: int, family_of: _Source | None = None
    ) -> FakeRelease:
        """``source`` served as node ``node`` (``copy``: how many copies of it came before).

        ``family_of``: the listed fixture when ``source`` is the version of another language.
        """
        text, original = source.text, source.release
        path = self._path(source, node)
        paths = self._family_paths(family_of or source, node)
        page = text.replace("https://www.osce.org", self.base_url).replace(
            "http://www.osce.org", self.base_url
        )
        if original.node_id is not None:
            page = re.sub(rf"(?<=[/-]){original.node_id}(?!\d)", str(node), page)
        head_end = page.find("</head>")
        if head_end > 0:  # hreflang alternates: exactly the versions served
            links = "".join(
                f'<link rel="alternate" hreflang="{lang}" href="{self.base_url}{target}" />\n'
                for lang, target in sorted(paths.items())
            )
            head = _ALTERNATE.sub("", page[:head_end])
            page = head + links + page[head_end:]
        if copy and original.title:
            numbered = f"{original.title} ({copy + 1})"
            escaped = html.escape(original.title, quote=False)
            page = page.replace(escaped, html.escape(numbered, quote=False))
            if escaped != original.title:
                page = page.replace(original.title, numbered)
        body = page.encode(text.encoding, errors="xmlcharrefreplace")
        url = self.base_url + path
        release = parse_release(body, url)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        content_type = f"text/html; charset={text.encoding}"
        return FakeRelease(path, node, source.name, body, content_type, etag, release)

    def translations(self, release: FakeRelease) -> dict[str, FakeRelease]:
        """The unlisted versions of a listed release in other languages: language -> page."""
        with self._lock:
            languages = {lang for listed, lang in self._version_paths.values() if listed is release}
        return {lang: self._version(release, lang) for lang in sorted(languages)}

    def _version(self, listed: FakeRelease, language: str) -> FakeRelease:
        """The version of ``listed`` in ``language``, built when first asked for."""
        with self._lock:
            version = self._versions.get((listed.node_id, language))
            if version is None:
                source, copy = self._copies[listed.node_id]
                member = self._family(source)[language]
                version = self._copy(member, listed.node_id, copy, family_of=source)
                self._versions[listed.node_id, language] = version
            return version

    def add_fault(self, path: str, *faults: Fault) -> None:
        """Make the next requests for ``path`` misbehave, in order."""
        with self._lock:
            self._faults.setdefault(path, []).extend(faults)

    def clear_faults(self, path: str | None = None) -> None:
        """Drop the faults still pending for ``path`` (for every path if None)."""
        with self._lock:
            if path is None:
                self._faults.clear()
            else:
                self._faults.pop(path, None)

    def listed(self) -> list[FakeRelease]:
        """The releases in listing order: newest date first, then highest node id."""
        with self._lock:
            releases = list(self.releases)
        return sorted(releases, key=lambda r: (r.date or dt.date.min, r.node_id), reverse=True)

    def release_at(self, path: str) -> FakeRelease | None:
        """The release served at ``path`` (aliases and translations included)."""
        with self._lock:
            for release in self.releases:
                if path in (release.path, release.alias):
                    return release
            found = self._version_paths.get(path)
        return self._version(*found) if found is not None else None

    def settle(self, timeout: float = 5.0) -> None:
        """Wait until every request received so far has been answered and logged."""
        with self._idle:
            self._idle.wait_for(lambda: self._active == 0, timeout)

    @property
    def hits(self) -> list[Hit]:
        """The requests received so far, in the order they were answered (after :meth:`settle`)."""
        self.settle()
        with self._lock:
            return list(self._hits)

    def hits_for(self, path: str) -> list[Hit]:
        """The requests received for ``path`` (query string included in the comparison)."""
        return [hit for hit in self.hits if hit.path == path]

    def reset_log(self) -> None:
        """Forget the requests received so far."""
        self.settle()
        with self._lock:
            self._hits.clear()
            self.max_in_flight = 0

    # -- pages ----------------------------------------------------------------------------------

    def robots_txt(self) -> str:
        """The robots.txt text: /private/ disallowed, Crawl-delay if set, the sitemap."""
        lines = ["User-agent: *", "Disallow: /private/"]
        if self.crawl_delay is not None:
            lines.append(f"Crawl-delay: {self.crawl_delay:g}")
        lines += [
            "",
            "User-agent: BadBot",
            "Disallow: /",
            "",
            f"Sitemap: {self.base_url}/sitemap.xml",
        ]
        return "\n".join(lines) + "\n"

    def listing_html(self, page: int, rows: int = PAGE_SIZE) -> str | None:
        """Listing page ``page`` (0-based, ``rows`` items a page), or None past the last page.

        Pages 0 and 1 use the Newsroom markup; later pages use an unknown "card" markup with a
        ``rel="next"`` link, so a crawl needs both listing readers.
        """
        entries: list[tuple[str, str, dt.date | None, Release | None]] = [
            (r.path, r.release.title, r.date, r.release) for r in self.listed()
        ]
        entries[3:3] = [(url, title, date, None) for url, title, date in self.extra_items]
        pages = max(1, -(-len(entries) // rows))
        if page >= pages:
            return None
        chunk = entries[page * rows : (page + 1) * rows]
        has_next = page + 1 < pages
        query = "" if rows == PAGE_SIZE else f"rows={rows}&"
        if page >= 2:
            cards = "\n".join(_card_item(*entry) for entry in chunk)
            pager = f'<a href="/press-releases?{query}page={page - 1}" rel="prev">Previous</a>'
            if has_next:
                pager += f'\n<a href="/press-releases?{query}page={page + 1}" rel="next">Next</a>'
            return _CARDS.format(items=cards, pager=pager)
        link = '<li class="pager-{}"><a href="/press-releases?' + query + 'page={}">{}</a></li>'
        pager_items = []
        if page > 0:
            pager_items.append(link.format("previous", page - 1, "‹ previous"))
        pager_items.append(f'<li class="pager-current">{page + 1}</li>')
        if has_next:
            pager_items.append(link.format("next", page + 1, "next ›"))
        items = "\n".join(_listing_item(*entry) for entry in chunk)
        return _LISTING.format(menu=self._menu, items=items, pager="".join(pager_items))

    def sitemap(self, name: str) -> bytes | None:
        """``sitemap.xml`` (an index) and its two URL sets, the second gzipped."""
        base = self.base_url
        if name == "/sitemap.xml":
            entries = "".join(
                f"<sitemap><loc>{base}{loc}</loc></sitemap>"
                for loc in ("/sitemap-1.xml", "/sitemap-2.xml.gz")
            )
            return _SITEMAP_INDEX.format(entries=entries).encode()
        releases = self.listed()
        if name == "/sitemap-1.xml":
            urls = [(r.alias, r.date) for r in releases[::2]]
            urls += [("/about-us", None), ("/files/f/documents/1/2/1234.pdf", None)]
            urls += [(f"{releases[0].alias}?download=true", None)] if releases else []
            return _urlset(base, urls).encode()
        if name == "/sitemap-2.xml.gz":
            urls = [(r.path, r.date) for r in releases[1::2]]
            return gzip.compress(_urlset(base, urls).encode())
        return None

    # -- server ---------------------------------------------------------------------------------

    def start(self) -> FakeSite:
        """Serve in a background thread."""
        # A short poll interval: stop() waits for the serving loop to notice.
        serve = functools.partial(self._server.serve_forever, poll_interval=0.05)
        self._thread = threading.Thread(target=serve, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeSite:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            faults = self._faults.get(path)
            if not faults:
                return None
            fault = faults[0]
            if fault.times > 0:
                fault.times -= 1
                if fault.times == 0:
                    faults.pop(0)
            return fault

    def _enter(self) -> None:
        with self._idle:
            self._active += 1
        with self._lock:
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)

    def _leave(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def _log(self, hit: Hit) -> None:
        with self._lock:
            self._hits.append(hit)
        with self._idle:
            self._active -= 1
            self._idle.notify_all()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64
    site: FakeSite

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: clients of a fault-injecting server drop connections on purpose."""


_LISTING = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News and press releases | OSCE</title></head>
<body class="html not-front one-sidebar sidebar-first page-press-releases">
<header id="header" role="banner">{menu}</header>
<div id="page"><div class="panel-col-last panel-panel"><div class="inside">
<h1 class="page-title">News and press releases</h1>
<div class="panel-pane pane-apachesolr-result"><div class="pane-content">
<ol class="search-results apachesolr_search-results">
{items}
</ol>
<h2 class="element-invisible">Pages</h2><div class="item-list"><ul class="pager">{pager}</ul></div>
</div></div>
</div></div></div>
<footer class="site-footer"><a href="/node/1">Terms of use</a></footer>
</body></html>
"""

_CARDS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Press releases | OSCE</title></head>
<body class="path-press-releases">
<header class="site-header"><nav class="site-nav"><ul><li><a href="/our-work">Our work</a></li>
<li><a href="/pc/12">Featured</a></li></ul></nav></header>
<main id="main" class="l-main">
<h1 class="page-title">Press releases</h1>
<div class="c-card-grid">
{items}
</div>
<nav class="c-pagination" aria-label="Pagination">
{pager}
</nav>
</main>
<footer class="site-footer"><ul><li><a href="/secretariat/13">Annual Report</a></li></ul></footer>
</body></html>
"""

_SITEMAP_INDEX = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>\n'
)


def _urlset(base: str, urls: list[tuple[str, dt.date | None]]) -> str:
    body = "".join(
        f"<url><loc>{html.escape(base + loc)}</loc>"
        + (f"<lastmod>{date.isoformat()}T12:00Z</lastmod>" if date else "")
        + "</url>"
        for loc, date in urls
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>\n'
    )


def _listing_item(path: str, title: str, date: dt.date | None, release: Release | None) -> str:
    esc = html.escape
    info = []
    if date is not None:
        info.append(
            '<div class="publishing-date"><span class="label">Publishing date:</span> '
            f"{date.day} {date:%B %Y}</div>"
        )
    if release is not None and release.content_type:
        info.append(
            '<div class="content-type"><span class="label">Content type:</span> '
            f"{esc(release.content_type)}</div>"
        )
    for css, label, values in (
        ("where-we-are", "Where we are:", release.sources if release else ()),
        ("what-we-do", "What we do:", release.fields_of_work if release else ()),
    ):
        if values:
            links = ", ".join(f'<a href="/press-releases?filters=x">{esc(v)}</a>' for v in values)
            info.append(f'<div class="{css}"><span class="label">{label}</span> {links}</div>')
    snippet = ""
    if release is not None and release.paragraphs:
        text = esc(release.paragraphs[0][:200])
        snippet = f'<div class="search-snippet-info"><p class="search-snippet">{text}...</p></div>'
    return (
        '<li class="search-result search-result-news">\n'
        f'<h3 class="search-title"><a href="{esc(path)}">{esc(title)}</a></h3>\n'
        f'<div class="search-info">{"".join(info)}</div>\n{snippet}</li>'
    )


def _card_item(path: str, title: str, date: dt.date | None, release: Release | None) -> str:
    esc = html.escape
    when = f'<time datetime="{date.isoformat()}">{date.day} {date:%B %Y}</time>' if date else ""
    summary = esc(release.paragraphs[0][:160]) if release and release.paragraphs else ""
    return (
        f'<article class="c-card"><a class="c-card__media" href="{esc(path)}" aria-hidden="true">'
        f'<img src="/img.jpg" alt=""></a><div class="c-card__body"><h3 class="c-card__title">'
        f'<a href="{esc(path)}">{esc(title)}</a></h3>{when}<p class="c-card__summary">{summary}</p>'
        f'<a class="c-card__more" href="{esc(path)}">Read more</a></div></article>'
    )


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeOSCE/1.0"
    disable_nagle_algorithm = True  # headers and body go out as separate writes
    counted = False

    @property
    def site(self) -> FakeSite:
        assert isinstance(self.server, _Server)
        return self.server.site

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the site keeps its own log in ``hits``."""

    def do_GET(self) -> None:
        site = self.site
        start = time.monotonic()
        site._enter()
        self.counted = True
        status = 0
        try:
            status = self._answer(site)
        except OSError:
            status = -1  # the client went away (e.g. after its timeout)
            self.close_connection = True
        finally:
            if self.counted:
                site._leave()
            site._log(
                Hit(
                    path=self.path,
                    start=start,
                    end=time.monotonic(),
                    status=status,
                    conditional="If-None-Match" in self.headers
                    or "If-Modified-Since" in self.headers,
                    user_agent=self.headers.get("User-Agent", ""),
                )
            )

    def _send(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> int:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        return status

    def _answer(self, site: FakeSite) -> int:
        parts = urlsplit(self.path)
        fault = site._take_fault(parts.path) or site._take_fault(self.path)
        page = self._page(site, parts.path, parts.query)
        if fault is not None:
            result = self._fault(site, fault, page)
            if result is not None:
                return result
        if page is None:
            return self._send(
                404, b"<html><body><h1>Page not found</h1></body></html>", "text/html"
            )
        status, body, content_type, headers = page
        etag = headers.get("ETag")
        if etag is not None and self._fresh(etag, headers.get("Last-Modified")):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return 304
        return self._send(status, body, content_type, headers)

    def _fresh(self, etag: str, last_modified: str | None) -> bool:
        """Whether the client's conditional headers match the current version."""
        if "If-None-Match" in self.headers:
            return self.headers["If-None-Match"] == etag
        return last_modified is not None and self.headers.get("If-Modified-Since") == last_modified

    def _page(
        self, site: FakeSite, path: str, query: str
    ) -> tuple[int, bytes, str, dict[str, str]] | None:
        given = site.pages.get(f"{path}?{query}" if query else path) or site.pages.get(path)
        if given is not None:
            return 200, given[0], given[1], {}
        if path == "/robots.txt":
            return 200, site.robots_txt().encode(), "text/plain; charset=utf-8", {}
        if path == "/press-releases":
            params = parse_qs(query)
            number = params.get("page", ["0"])[0]
            rows = 50 if params.get("rows") == ["50"] else PAGE_SIZE
            listing = site.listing_html(int(number), rows) if number.isdigit() else None
            if listing is None:
                return None
            return 200, listing.encode(), "text/html; charset=utf-8", {}
        if path.startswith("/sitemap"):
            data = site.sitemap(path)
            if data is None:
                return None
            kind = "application/gzip" if path.endswith(".gz") else "application/xml"
            return 200, data, kind, {}
        release = site.release_at(path)
        if release is None:
            return None
        if site.latency:
            time.sleep(site.latency)
        headers = {"ETag": release.etag, "Last-Modified": _LAST_MODIFIED}
        return 200, release.body, release.content_type, headers

    def _fault(
        self, site: FakeSite, fault: Fault, page: tuple[int, bytes, str, dict[str, str]] | None
    ) -> int | None:
        body = page[1] if page else b"<html><body>error</body></html>"
        if fault.kind == "status":
            status = fault.status or 503
            return self._send(status, b"<html><body>error</body></html>", "text/html")
        if fault.kind == "retry_after":
            status = fault.status or 429
            headers = {"Retry-After": f"{fault.seconds:g}"}
            return self._send(status, b"<html><body>slow down</body></html>", "text/html", headers)
        if fault.kind == "slow":
            # The client gives up at its timeout: stop counting this request as in flight.
            site._leave()
            self.counted = False
            time.sleep(fault.seconds)
            return self._send(200, body, "text/html; charset=utf-8")
        if fault.kind == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return 0
        if fault.kind == "truncate":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return 200
        if fault.kind == "content_type":
            return self._send(200, b"%PDF-1.4\n%fake\n", fault.content_type)
        if fault.kind == "redirect":
            return self._send(301, b"", "text/html", {"Location": fault.location})
        return None


def main(argv: list[str] | None = None) -> int:
    """Serve a fake osce.org until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m osce_parse.fakesite", description=__doc__)
    parser.add_argument("fixtures", type=Path, help="directory of release fixture files")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--count", type=int, default=30, help="releases to serve")
    parser.add_argument("--crawl-delay", type=float, default=None)
    args = parser.parse_args(argv)
    site = FakeSite(args.fixtures, count=args.count, crawl_delay=args.crawl_delay, port=args.port)
    print(f"serving {len(site.releases)} releases at {site.base_url}", flush=True)
    try:
        site._server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        site._server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
