"""The real cause of a failed request, in a few words: DNS, refused, reset, timeout, TLS.

httpx and httpcore wrap the operating system's error two or three times; :func:`cause_of` walks
the chain of causes to the one that says what happened, so a failure reads "DNS lookup failed for
www.osce.org" or "connection refused" rather than "ConnectError: All connection attempts failed"
(or, worse, "disallowed by robots.txt").
"""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import Iterator

import httpx

__all__ = ["cause_of"]


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _os_cause(exc: OSError, host: str) -> str | None:
    if isinstance(exc, socket.gaierror):
        return f"DNS lookup failed for {host} ({exc.strerror or exc})"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS certificate not accepted: {exc.verify_message or exc.reason or exc}"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error: {exc.reason or exc}"
    if isinstance(exc, ConnectionRefusedError) or exc.errno == errno.ECONNREFUSED:
        return f"connection refused by {host}"
    if "Connect call failed" in str(exc) and f"[Errno {errno.ECONNREFUSED}]" in str(exc):
        return f"connection refused by {host}"  # every address of the host refused
    if isinstance(exc, ConnectionResetError) or exc.errno == errno.ECONNRESET:
        return "connection reset by the server"
    if exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return f"network unreachable ({host}): {exc.strerror}"
    return None


def cause_of(exc: BaseException, host: str, timeout: float) -> str:
    """A short reason for a failed request to ``host`` (``timeout``: the configured seconds)."""
    for link in _chain(exc):
        if isinstance(link, OSError) and not isinstance(link, TimeoutError):
            found = _os_cause(link, host)
            if found is not None:
                return found
    for link in _chain(exc):
        if isinstance(link, httpx.ConnectTimeout):
            return f"timeout connecting to {host} after {timeout:g} s"
        if isinstance(link, httpx.TimeoutException | TimeoutError):
            return f"timeout after {timeout:g} s"
        if isinstance(link, httpx.RemoteProtocolError):
            return f"broken response: {link}"
    detail = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {detail}"
