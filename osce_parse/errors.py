"""The exceptions osce_parse raises on purpose."""

from __future__ import annotations

__all__ = ["FetchError", "OsceParseError", "ParseError"]


class OsceParseError(Exception):
    """Base class of every error osce_parse raises deliberately."""


class ParseError(OsceParseError, ValueError):
    """The input is not a page osce_parse can read; the message says what is missing or wrong."""


class FetchError(OsceParseError):
    """A page could not be fetched (after retries); ``url`` and ``reason`` say which and why."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
