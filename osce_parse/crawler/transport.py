"""An httpx transport on plain asyncio: httpcore's HTTP/1.1 connections on asyncio streams.

httpx's default transport runs httpcore's connection pool over anyio: the pool re-checks every
connection on each request, through anyio socket-attribute lookups, and every read goes through
cancel scopes. Together that cost ~1.6 ms of CPU a page, half as much as parsing it. httpcore's
HTTP/1.1 connections on plain asyncio streams, kept in the small pool below, cost ~0.8 ms.
"""

from __future__ import annotations

import asyncio
import functools
import socket
import ssl
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, cast

import httpcore
import httpx

__all__ = ["AsyncioTransport"]

_READ_LIMIT = 1 << 20  # StreamReader buffer before it pauses the socket


def _error(kind: type[Exception], exc: BaseException | None = None) -> Exception:
    detail = (str(exc) or type(exc).__name__) if exc is not None else kind.__name__
    return kind(detail)


class _AsyncioStream(httpcore.AsyncNetworkStream):
    """An httpcore network stream on asyncio's ``StreamReader``/``StreamWriter``."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            if timeout is None:
                return await self._reader.read(max_bytes)
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)
        except TimeoutError:
            raise _error(httpcore.ReadTimeout) from None
        except OSError as exc:
            raise _error(httpcore.ReadError, exc) from exc

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        try:
            self._writer.write(buffer)
            async with asyncio.timeout(timeout):
                await self._writer.drain()
        except TimeoutError:
            raise _error(httpcore.WriteTimeout) from None
        except OSError as exc:
            raise _error(httpcore.WriteError, exc) from exc

    async def aclose(self) -> None:
        # Not awaiting wait_closed(): a TLS peer that never answers close_notify must not stall.
        self._writer.close()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except TimeoutError:
            await self.aclose()
            raise _error(httpcore.ConnectTimeout) from None
        except OSError as exc:  # ssl.SSLError included
            await self.aclose()
            raise _error(httpcore.ConnectError, exc) from exc
        return self

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":  # an idle keep-alive connection the server closed
            return self._reader.at_eof() or self._writer.is_closing()
        names = {
            "ssl_object": "ssl_object",
            "client_addr": "sockname",
            "server_addr": "peername",
            "socket": "socket",
        }
        return self._writer.get_extra_info(names[info]) if info in names else None


class _AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Opens :class:`_AsyncioStream` connections for an httpcore pool."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        local = (local_address, 0) if local_address else None
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, local_addr=local, limit=_READ_LIMIT
                )
        except TimeoutError:
            raise _error(httpcore.ConnectTimeout) from None
        except OSError as exc:
            raise _error(httpcore.ConnectError, exc) from exc
        _set_options(writer, socket_options)
        return _AsyncioStream(reader, writer)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_unix_connection(path, limit=_READ_LIMIT)
        except TimeoutError:
            raise _error(httpcore.ConnectTimeout) from None
        except OSError as exc:
            raise _error(httpcore.ConnectError, exc) from exc
        _set_options(writer, socket_options)
        return _AsyncioStream(reader, writer)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def _set_options(writer: asyncio.StreamWriter, options: Iterable[Any] | None) -> None:
    sock = cast(socket.socket | None, writer.get_extra_info("socket"))
    if sock is not None:
        for option in options or ():
            sock.setsockopt(*option)


# httpcore's exceptions as httpx's (what httpx's own transport does); the most specific applies.
_EXCEPTIONS: dict[type[Exception], type[httpx.TransportError]] = {
    httpcore.ConnectTimeout: httpx.ConnectTimeout,
    httpcore.ReadTimeout: httpx.ReadTimeout,
    httpcore.WriteTimeout: httpx.WriteTimeout,
    httpcore.PoolTimeout: httpx.PoolTimeout,
    httpcore.TimeoutException: httpx.TimeoutException,
    httpcore.ConnectError: httpx.ConnectError,
    httpcore.ReadError: httpx.ReadError,
    httpcore.WriteError: httpx.WriteError,
    httpcore.NetworkError: httpx.NetworkError,
    httpcore.ProxyError: httpx.ProxyError,
    httpcore.UnsupportedProtocol: httpx.UnsupportedProtocol,
    httpcore.LocalProtocolError: httpx.LocalProtocolError,
    httpcore.RemoteProtocolError: httpx.RemoteProtocolError,
    httpcore.ProtocolError: httpx.ProtocolError,
}


@contextmanager
def _httpx_errors() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        for kind in type(exc).__mro__:
            mapped = _EXCEPTIONS.get(kind)
            if mapped is not None:
                raise mapped(str(exc) or type(exc).__name__) from exc
        raise


class _Body(httpx.AsyncByteStream):
    """A response body; closing it hands its connection back to the transport."""

    def __init__(self, stream: AsyncIterable[bytes], closed: Callable[[], Awaitable[None]]) -> None:
        self._stream = stream
        self._closed = closed

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _httpx_errors():
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        try:
            close = getattr(self._stream, "aclose", None)
            if close is not None:
                with _httpx_errors():
                    await close()
        finally:
            await self._closed()


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """httpx's default verifying context, built once (loading the CA bundle takes ~25 ms)."""
    return httpx.create_ssl_context()


_DEFAULT_PORTS = {b"http": 80, b"https": 443}
_Origin = tuple[bytes, bytes, int]  # scheme, host, port


class AsyncioTransport(httpx.AsyncBaseTransport):
    """An httpx transport: HTTP/1.1 keep-alive connections (httpcore's) on asyncio streams.

    A deliberately small pool: idle connections are kept per origin (at most
    ``limits.max_keepalive_connections`` each, for ``limits.keepalive_expiry`` seconds) and
    reused last-in first-out; it does not cap the connections in use, which the
    :class:`~osce_parse.crawler.fetch.Fetcher`'s per-host request cap does.
    """

    def __init__(self, limits: httpx.Limits | None = None) -> None:
        limits = limits or httpx.Limits()
        self._max_idle = limits.max_keepalive_connections or 10
        self._expiry = limits.keepalive_expiry
        self._backend = _AsyncioBackend()
        self._idle: dict[_Origin, list[httpcore.AsyncHTTPConnection]] = {}
        self._closed = False

    async def _connection(self, origin: _Origin) -> httpcore.AsyncHTTPConnection:
        idle = self._idle.get(origin)
        while idle:
            connection = idle.pop()
            if connection.is_available() and not connection.has_expired():
                return connection
            await connection.aclose()
        return httpcore.AsyncHTTPConnection(
            httpcore.Origin(*origin),
            ssl_context=_ssl_context(),
            keepalive_expiry=self._expiry,
            http1=True,
            http2=False,
            network_backend=self._backend,
        )

    async def _done(self, origin: _Origin, connection: httpcore.AsyncHTTPConnection) -> None:
        """The response is closed: keep its connection for the next request, or close it."""
        idle = self._idle.setdefault(origin, [])
        if not self._closed and connection.is_available() and len(idle) < self._max_idle:
            idle.append(connection)
        else:
            await connection.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` on an idle or new connection; the body streams as it is read."""
        url = request.url
        port = url.port or _DEFAULT_PORTS.get(url.raw_scheme, 80)
        origin = (url.raw_scheme, url.raw_host, port)
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
            ),
            headers=request.headers.raw,
            content=cast(AsyncIterable[bytes], request.stream),
            extensions=request.extensions,
        )
        connection = await self._connection(origin)
        try:
            with _httpx_errors():
                answer = await connection.handle_async_request(core)
        except BaseException:
            await connection.aclose()
            raise
        stream = cast(AsyncIterable[bytes], answer.stream)
        return httpx.Response(
            status_code=answer.status,
            headers=answer.headers,
            stream=_Body(stream, lambda: self._done(origin, connection)),
            extensions=answer.extensions,
        )

    async def aclose(self) -> None:
        """Close the idle connections (those in use close with their responses)."""
        self._closed = True
        idle, self._idle = self._idle, {}
        for connections in idle.values():
            for connection in connections:
                await connection.aclose()
