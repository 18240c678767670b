"""Reading response headers: ``Retry-After``, the media type and charset of ``Content-Type``, and
a page decoded with the header's charset as the declared one."""

from __future__ import annotations

import email.utils
import time

from ..parse import decode

__all__ = ["charset_of", "decode_html", "media_type", "parse_retry_after"]


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date form)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def media_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, if any."""
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def decode_html(content: bytes, content_type: str | None) -> str:
    """Decode a page as the parser does, with the HTTP header's charset as the declared one."""
    return decode(content, charset_of(content_type))
