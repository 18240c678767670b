"""Parsing: page bytes in, typed data out. Never imports the crawler, the store or httpx.

bytes -> :mod:`.decode` (text) -> :mod:`.document` (a safe lxml tree) -> the field finders
(:mod:`.fields`) -> :class:`Release` (:func:`parse_release`), :class:`Listing`
(:func:`parse_listing`) or the menu (:func:`parse_menu`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .decode import Decoded, decode
from .document import parse_html
from .release import parse_release

if TYPE_CHECKING:
    from .listing import parse_listing
    from .menu import parse_menu

_LAZY = {"parse_listing": ".listing", "parse_menu": ".menu"}  # loaded on first use


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = ["Decoded", "decode", "parse_html", "parse_listing", "parse_menu", "parse_release"]
