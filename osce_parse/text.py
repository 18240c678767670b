"""Text hygiene: one place that decides what a clean string looks like."""

from __future__ import annotations

import re

__all__ = ["clean", "shorten", "strip_label"]

# Characters that look like a space or a hyphen but break search: mapped to plain ones;
# invisible ones (zero-width, soft hyphen, BOM) removed.
_TRANSLATE = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",  # thin space
        "\u200a": " ",  # hair space
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,  # word joiner
        "\ufeff": None,  # BOM / zero-width no-break space
    }
)


def clean(text: str | None) -> str:
    """Return ``text`` with look-alike spaces and hyphens made plain and whitespace collapsed."""
    if not text:
        return ""
    if not text.isascii():  # ASCII has nothing to translate
        text = text.translate(_TRANSLATE)
    return " ".join(text.split())


_LABEL_END = re.compile(r"\s*[:：]\s*$")


def strip_label(text: str) -> str:
    """Return a label's text without its trailing colon, lower-cased, for table look-ups."""
    return _LABEL_END.sub("", clean(text)).casefold()


def shorten(text: str, limit: int = 80) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
