"""The fake osce.org: :class:`FakeSite` and the releases it serves (:class:`FakeRelease`)."""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import hashlib
import html
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit

from ..models import Release
from ..parse import parse_release
from .markup import CARDS_PAGE, LISTING_PAGE, SITEMAP_INDEX, card_item, listing_item, urlset
from .server import PAGE_SIZE, Fault, Handler, Hit, Server
from .sources import FIXTURE_PATTERNS, Source, read_fixtures, release_fixtures

__all__ = ["FakeRelease", "FakeSite"]

SECTIONS = ("cio", "pc", "secretariat", "odihr", "fom", "hcnm", "kosovo", "skopje")
FIRST_NODE = 600001


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


_ALTERNATE = re.compile(r"<link\b[^>]*\bhreflang=[^>]*>[ \t]*\n?", re.IGNORECASE)


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

    PAGES: ClassVar[Path] = Path(__file__).resolve().parent / "pages"
    """The release pages shipped with osce_parse (package data): ``FakeSite(FakeSite.PAGES)``
    serves a site without the repository's fixtures."""

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
        self._sources: tuple[Source, ...] = ()
        # node id of a fixture -> language -> the first fixture of that node in that language
        self._families: dict[int, dict[str, Source]] = {}
        # path (or alias) of an unlisted translation -> (listed release, language)
        self._version_paths: dict[str, tuple[FakeRelease, str]] = {}
        self._copies: dict[int, tuple[Source, int]] = {}  # node -> (fixture, copy number)
        self._versions: dict[tuple[int, str], FakeRelease] = {}  # built on first request
        self.latency = latency
        self._server = Server((host, port), Handler)
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
        paths = release_fixtures(self.fixtures)
        stamps = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in paths)
        self._sources, self._menu = read_fixtures(stamps)
        if not self._sources:
            raise ValueError(
                f"{self.fixtures}: no release fixtures ({', '.join(FIXTURE_PATTERNS)})"
            )
        by_node: dict[int, dict[str, Source]] = {}
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

    def _family(self, source: Source) -> dict[str, Source]:
        """The fixtures served as the versions of a copy of ``source`` (itself included)."""
        node = source.release.node_id
        family = self._families.get(node) if node is not None else None
        if not family:
            return {source.language: source}
        return {**family, source.language: source}

    def _path(self, source: Source, node: int) -> str:
        """The URL path of a copy of ``source`` as node ``node``."""
        original = source.release
        canonical = original.url or ""
        if original.node_id is not None and canonical.rstrip("/").endswith(str(original.node_id)):
            return urlsplit(canonical).path.rstrip("/").rsplit("/", 1)[0] + f"/{node}"
        return f"/{SECTIONS[node % len(SECTIONS)]}/{node}"

    def _family_paths(self, source: Source, node: int) -> dict[str, str]:
        return {lang: self._path(member, node) for lang, member in self._family(source).items()}

    def _copy(
        self, source: Source, node: int, copy: int, family_of: Source | None = None
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
            cards = "\n".join(card_item(*entry) for entry in chunk)
            pager = f'<a href="/press-releases?{query}page={page - 1}" rel="prev">Previous</a>'
            if has_next:
                pager += f'\n<a href="/press-releases?{query}page={page + 1}" rel="next">Next</a>'
            return CARDS_PAGE.format(items=cards, pager=pager)
        link = '<li class="pager-{}"><a href="/press-releases?' + query + 'page={}">{}</a></li>'
        pager_items = []
        if page > 0:
            pager_items.append(link.format("previous", page - 1, "‹ previous"))
        pager_items.append(f'<li class="pager-current">{page + 1}</li>')
        if has_next:
            pager_items.append(link.format("next", page + 1, "next ›"))
        items = "\n".join(listing_item(*entry) for entry in chunk)
        return LISTING_PAGE.format(menu=self._menu, items=items, pager="".join(pager_items))

    def sitemap(self, name: str) -> bytes | None:
        """``sitemap.xml`` (an index) and its two URL sets, the second gzipped."""
        base = self.base_url
        if name == "/sitemap.xml":
            entries = "".join(
                f"<sitemap><loc>{base}{loc}</loc></sitemap>"
                for loc in ("/sitemap-1.xml", "/sitemap-2.xml.gz")
            )
            return SITEMAP_INDEX.format(entries=entries).encode()
        releases = self.listed()
        if name == "/sitemap-1.xml":
            urls = [(r.alias, r.date) for r in releases[::2]]
            urls += [("/about-us", None), ("/files/f/documents/1/2/1234.pdf", None)]
            urls += [(f"{releases[0].alias}?download=true", None)] if releases else []
            return urlset(base, urls).encode()
        if name == "/sitemap-2.xml.gz":
            urls = [(r.path, r.date) for r in releases[1::2]]
            return gzip.compress(urlset(base, urls).encode())
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

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted (Ctrl-C), then close the socket."""
        try:
            self._server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            self._server.server_close()

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
