"""osce_parse: osce.org press releases as clean, typed data.

>>> from osce_parse import parse_release
>>> release = parse_release(html, url="https://www.osce.org/pc/50033")
>>> release.title, release.date, release.sources
"""

from __future__ import annotations

from .errors import FetchError, OsceParseError, ParseError
from .menu import parse_menu
from .models import Image, Listing, ListingItem, MenuItem, Person, Quote, Release
from .quotes import extract_quotes
from .release import parse_release

__all__ = [
    "FetchError",
    "Image",
    "Listing",
    "ListingItem",
    "MenuItem",
    "OsceParseError",
    "ParseError",
    "Person",
    "Quote",
    "Release",
    "extract_quotes",
    "parse_menu",
    "parse_release",
]

__version__ = "0.1.0"
