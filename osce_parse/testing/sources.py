"""Reading release fixtures: the pages a fake site copies, parsed once, and the menu it shows."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import lxml.html

from ..errors import ParseError
from ..models import Release
from ..parse import Decoded, decode, parse_html, parse_release

__all__ = ["FIXTURE_PATTERNS", "Source", "menu_html", "read_fixtures", "release_fixtures"]

FIXTURE_PATTERNS = ("current_*.html", "newsroom_*.html", "panels_*.html", "titlefirst_*.html")


@dataclass(frozen=True, slots=True)
class Source:
    """A fixture: its file name, bytes, decoded text and the release parsed from it as saved."""

    name: str
    data: bytes
    text: Decoded
    release: Release

    @property
    def language(self) -> str:
        return self.release.language or "en"


@functools.lru_cache(maxsize=4)
def read_fixtures(stamps: tuple[tuple[str, int, int], ...]) -> tuple[tuple[Source, ...], str]:
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
        sources.append(Source(Path(name).name, data, text, original))
    return tuple(sources), menu_html(source.data for source in sources)


def release_fixtures(directory: Path) -> list[Path]:
    """The release pages of ``directory`` (:data:`FIXTURE_PATTERNS`), sorted."""
    found = {p for pattern in FIXTURE_PATTERNS for p in directory.glob(pattern)}
    return sorted(found)


def menu_html(pages: Iterable[bytes]) -> str:
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
