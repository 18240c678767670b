"""The fake site's HTTP side: the request handler, injectable faults and the request log."""

from __future__ import annotations

import datetime as dt
import email.utils
import socket
import struct
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    from .site import FakeSite

__all__ = ["FAULT_KINDS", "PAGE_SIZE", "Fault", "Handler", "Hit", "Server"]

PAGE_SIZE = 10
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


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64
    site: FakeSite

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: clients of a fault-injecting server drop connections on purpose."""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeOSCE/1.0"
    disable_nagle_algorithm = True  # headers and body go out as separate writes
    counted = False

    @property
    def site(self) -> FakeSite:
        assert isinstance(self.server, Server)
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
