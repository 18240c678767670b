"""Small hostile HTTP servers on 127.0.0.1 for the crawler's tests: each answers every request
with what a function of the request path returns (raw bytes, headers and all), or misbehaves.

Imported by the test modules: ``from tests.hostile import HostileServer, response``.
"""

from __future__ import annotations

import functools
import gzip
import socket
import socketserver
import threading
import time
import zlib
from collections.abc import Callable
from typing import Any

__all__ = ["HostileServer", "bomb", "free_port", "response", "silent_server"]

Answer = Callable[[str], bytes | None]
"""Path -> the raw bytes to send (None: say nothing and hold the connection)."""


def response(
    body: bytes = b"",
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
    **headers: str,
) -> bytes:
    """A raw HTTP/1.1 response (``Content_Encoding="gzip"`` gives ``Content-Encoding: gzip``)."""
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}"]
    lines += [f"Content-Length: {len(body)}", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self.request.recv(65536)
            if not chunk:
                return
            if not data and chunk[:1] == b"\x16":  # a TLS handshake: answer in plain HTTP
                self.request.sendall(response(status="400 Bad Request"))
                return
            data += chunk
        path = data.split(b" ", 2)[1].decode()
        self.server.paths.append(path)
        answer = self.server.answer(path)
        if answer is None:
            time.sleep(self.server.hold)
            return
        self.request.sendall(answer)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    answer: Answer
    hold: float
    paths: list[str]


class HostileServer:
    """``with HostileServer(answer) as server: server.url + "/path"``; ``paths`` logs requests."""

    def __init__(self, answer: Answer, *, hold: float = 5.0) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.answer = answer
        self._server.hold = hold
        self._server.paths = []
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    base_url = url  # as FakeSite names it

    @property
    def paths(self) -> list[str]:
        return self._server.paths

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self._server.shutdown()
        self._server.server_close()


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connections to it are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def silent_server() -> tuple[socket.socket, str]:
    """A socket that accepts connections (the kernel does) but never answers: ``(sock, url)``."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    return sock, f"http://127.0.0.1:{sock.getsockname()[1]}"


@functools.cache
def bomb(megabytes: int) -> bytes:
    """Zeros, ``megabytes`` MB of them, gzip-compressed twice (a few hundred bytes)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    inner = b"".join(packer.compress(block) for _ in range(megabytes)) + packer.flush()
    return gzip.compress(inner, 9)
