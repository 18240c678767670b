"""Parsing: page bytes in, typed data out. Never imports the crawler, the store or httpx.

bytes -> :mod:`.decode` (text) -> :mod:`.document` (a safe lxml tree) -> the field finders
(:mod:`.fields`) -> :class:`Release` (:func:`parse_release`), :class:`Listing`
(:func:`parse_listing`) or the menu (:func:`parse_menu`).
"""

from __future__ import annotations

from .decode import Decoded, decode
from .document import parse_html
from .listing import parse_listing
from .menu import parse_menu
from .release import parse_release

__all__ = ["Decoded", "decode", "parse_html", "parse_listing", "parse_menu", "parse_release"]
