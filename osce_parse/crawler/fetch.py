"""Polite, fault-tolerant HTTP fetching on one shared :class:`httpx.AsyncClient`.

Per host: robots.txt (rules and Crawl-delay), a minimum spacing between request starts, a cap on
concurrent requests and a host-wide pause when the server sends ``Retry-After``. Per URL: retries
with exponential backoff and jitter on connection errors, timeouts, 429 and 5xx, within a budget of
attempts; redirects followed only inside the allowed hosts; a size cap on the decoded body (every
Content-Encoding layer counted, :mod:`.encoding`) and a content-type check; conditional GET with a
stored ETag / Last-Modified (a 304 to a request without them is an error). Failures raise
:class:`FetchError` with a short reason naming the real cause (:mod:`.causes`: DNS, refused,
reset, timeout, TLS, HTTP status), never a traceback-worthy exception.

robots.txt: a 4xx means no rules; a 5xx or 429 (after retries) means every path is disallowed,
as RFC 9309 says, and the reason says so; a network failure is a network failure: the pages of
that host fail with it (robots.txt is tried again after ``robots_retry`` seconds). A Crawl-delay
over ``max_crawl_delay`` (60 s) is capped, with a warning.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import FetchError, ParseError
from ..urls import host_of
from .causes import cause_of
from .encoding import SUPPORTED, BoundedDecoder, DecodeError, TooLarge
from .headers import charset_of, decode_html, media_type, parse_retry_after
from .robots import RobotsRules
from .transport import AsyncioTransport

__all__ = [
    "DEFAULT_USER_AGENT",
    "HTML_TYPES",
    "PROJECT_URL",
    "XML_TYPES",
    "FetchConfig",
    "FetchResult",
    "FetchStats",
    "Fetcher",
    "HttpStatusError",
    "charset_of",
    "decode_html",
    "parse_retry_after",
]

PROJECT_URL = "https://github.com/osce-parse/osce-parse"
DEFAULT_USER_AGENT = f"osce-parse/0.1 (+{PROJECT_URL})"
HTML_TYPES: frozenset[str] = frozenset({"text/html", "application/xhtml+xml"})
XML_TYPES: frozenset[str] = frozenset(
    {
        "application/xml",
        "text/xml",
        "application/gzip",
        "application/x-gzip",
        "application/octet-stream",
        "text/plain",
    }
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})

logger = logging.getLogger(__name__)


class HttpStatusError(FetchError):
    """The server answered with an HTTP error status: one not worth retrying, or a 429/5xx that
    persisted through every attempt (``reason`` then says how many)."""

    def __init__(self, url: str, status: int, reason: str | None = None) -> None:
        super().__init__(url, reason or f"HTTP {status}")
        self.status = status


class _Retryable(Exception):
    def __init__(
        self, reason: str, retry_after: float | None = None, status: int | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
        self.status = status


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    headers: httpx.Headers
    content: bytes


@dataclass(frozen=True, slots=True)
class FetchConfig:
    """Politeness and safety settings; every delay and timeout is in seconds."""

    user_agent: str = DEFAULT_USER_AGENT
    delay: float = 1.0
    concurrency: int = 2
    timeout: float = 30.0
    max_attempts: int = 5
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    max_retry_after: float = 300.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    obey_robots: bool = True
    allowed_hosts: frozenset[str] | None = None
    """Hosts (``host`` or ``host:port``) that may be requested; None allows any host."""
    max_crawl_delay: float = 60.0
    """A robots.txt Crawl-delay above this is capped to it (and a warning says so)."""
    robots_retry: float = 30.0
    """After robots.txt could not be fetched (network error), the host's pages fail at once with
    that cause for this many seconds; then robots.txt is tried again."""


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A successful response (200) or a confirmation that the stored copy is current (304)."""

    url: str
    final_url: str
    status: int
    content: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    attempts: int

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional request: ``content`` is empty."""
        return self.status == 304


@dataclass(slots=True)
class FetchStats:
    """Counters over the fetcher's lifetime."""

    requests: int = 0
    retries: int = 0
    bytes: int = 0
    statuses: Counter[int] = field(default_factory=Counter)


@dataclass(slots=True)
class _Host:
    slots: asyncio.Semaphore
    gate: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_start: float = 0.0
    delay: float = 0.0
    robots: RobotsRules | None = None
    robots_note: str = ""
    """Why every path is disallowed when robots.txt answered with a server error."""
    robots_error: FetchError | None = None
    robots_failed_at: float = 0.0


def _backoff(config: FetchConfig, attempt: int) -> float:
    ceiling = min(config.backoff_max, config.backoff_base * 2.0 ** (attempt - 1))
    return ceiling / 2 + random.uniform(0, ceiling / 2)


class Fetcher:
    """Fetches URLs politely; use as ``async with Fetcher(config) as fetcher``.

    ``on_request(url)`` is called as each HTTP request starts (robots.txt included).
    ``malformed`` lists ``(url, reason)`` of robots.txt files that were not robots.txt files, or
    that a server error or a capped Crawl-delay made us read otherwise than written (each also
    logged as a warning).
    """

    def __init__(
        self,
        config: FetchConfig | None = None,
        *,
        client: httpx.AsyncClient | None = None,
        on_request: Callable[[str], None] | None = None,
    ) -> None:
        self.config = config or FetchConfig()
        self.stats = FetchStats()
        self.malformed: list[tuple[str, str]] = []
        self._hosts: dict[str, _Host] = {}
        self._on_request = on_request
        self._own_client = client is None
        # Requests are capped per host (concurrency): no more idle connections are worth keeping.
        connections = max(2, self.config.concurrency)
        limits = httpx.Limits(
            max_connections=connections * 4, max_keepalive_connections=connections
        )
        self._client = client or httpx.AsyncClient(
            headers={"User-Agent": self.config.user_agent, "Accept-Encoding": ", ".join(SUPPORTED)},
            follow_redirects=False,
            timeout=httpx.Timeout(self.config.timeout),
            limits=limits,
            transport=AsyncioTransport(limits),
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP client if this fetcher created it."""
        if self._own_client:
            await self._client.aclose()

    def _malformed(self, url: str, reason: str) -> None:
        logger.warning("robots.txt %s: %s", url, reason)
        self.malformed.append((url, reason))

    def host_allowed(self, url: str) -> bool:
        """Whether ``url`` is http(s) on one of the allowed hosts."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return False
        allowed = self.config.allowed_hosts
        return allowed is None or parts.netloc.lower() in allowed

    def _host(self, url: str) -> _Host:
        key = host_of(url)
        host = self._hosts.get(key)
        if host is None:
            host = _Host(slots=asyncio.Semaphore(max(1, self.config.concurrency)))
            host.delay = self.config.delay
            self._hosts[key] = host
        return host

    async def robots(self, url: str) -> RobotsRules:
        """The robots.txt rules of ``url``'s host, fetched once and cached.

        Raises :class:`FetchError` ("robots.txt unreachable: <cause>") when it could not be
        fetched for a network reason: not knowing the rules is not a rule.
        """
        host = self._host(url)
        if host.robots is not None:
            return host.robots
        async with host.robots_lock:
            if host.robots is None:
                failed = host.robots_error
                if failed is not None:
                    if time.monotonic() - host.robots_failed_at < self.config.robots_retry:
                        raise FetchError(url, failed.reason)
                    host.robots_error = None
                host.robots = await self._load_robots(url, host)
        return host.robots

    async def _load_robots(self, url: str, host: _Host) -> RobotsRules:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        try:
            result = await self._fetch(robots_url, {}, None, check_robots=False)
            rules = RobotsRules.parse_file(result.content, result.content_type)
        except ParseError as exc:
            # The usual convention: an unreadable file is no file (the delay stays).
            rules = RobotsRules.allow_all()
            self._malformed(robots_url, f"not a robots.txt ({exc}): every path allowed")
        except HttpStatusError as exc:
            if 400 <= exc.status < 500 and exc.status != 429:
                rules = RobotsRules.allow_all()  # no robots.txt: no rules
            else:  # RFC 9309: a server error means complete disallow, until it answers
                rules = RobotsRules.disallow_all()
                host.robots_note = f"robots.txt answered {exc.reason}: every path disallowed"
                self._malformed(robots_url, host.robots_note)
        except FetchError as exc:
            host.robots_error = FetchError(url, f"robots.txt unreachable: {exc.reason}")
            host.robots_failed_at = time.monotonic()
            raise host.robots_error from None
        self._apply_crawl_delay(robots_url, host, rules)
        return rules

    def _apply_crawl_delay(self, robots_url: str, host: _Host, rules: RobotsRules) -> None:
        crawl_delay = rules.crawl_delay(self.config.user_agent)
        if crawl_delay is None:
            return
        limit = self.config.max_crawl_delay
        if crawl_delay > limit:
            self._malformed(robots_url, f"Crawl-delay {crawl_delay:g} s capped at {limit:g} s")
            crawl_delay = limit
        if crawl_delay > host.delay:
            # The robots.txt request itself was spaced with the smaller delay.
            host.next_start += crawl_delay - host.delay
            host.delay = crawl_delay

    async def allowed(self, url: str) -> bool:
        """Whether ``url`` may be fetched: allowed host, and robots.txt permits it."""
        if not self.host_allowed(url):
            return False
        if not self.config.obey_robots:
            return True
        rules = await self.robots(url)
        return rules.can_fetch(self.config.user_agent, url)

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: Collection[str] | None = HTML_TYPES,
    ) -> FetchResult:
        """GET ``url``; a 304 comes back as a result with ``not_modified`` set.

        ``accept`` lists the media types taken (None takes any). Raises :class:`FetchError`
        when the URL is not allowed, the retry budget is spent or the answer is unusable.
        """
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return await self._fetch(url, headers, accept, check_robots=self.config.obey_robots)

    async def _fetch(
        self,
        url: str,
        headers: dict[str, str],
        accept: Collection[str] | None,
        *,
        check_robots: bool,
    ) -> FetchResult:
        current = url
        attempts = 0
        redirects = 0
        while True:
            if not self.host_allowed(current):
                what = "redirect to a host" if current != url else "host"
                raise FetchError(url, f"{what} not allowed: {host_of(current) or current}")
            if check_robots and not await self._robots_allow(url, current):
                raise FetchError(url, self.disallowed_reason(current))
            attempts += 1
            try:
                outcome = await self._attempt(url, current, headers, accept)
            except _Retryable as exc:
                if attempts >= self.config.max_attempts:
                    reason = f"{exc.reason} (gave up after {attempts} attempts)"
                    raise _final(url, exc, reason) from None
                if exc.retry_after is not None and exc.retry_after > self.config.max_retry_after:
                    reason = f"{exc.reason}, Retry-After {exc.retry_after:.0f} s is too long"
                    raise _final(url, exc, reason) from None
                self.stats.retries += 1
                if exc.retry_after is not None:
                    # The pause applies to the whole host; the host gate enforces it.
                    host = self._host(current)
                    host.next_start = max(host.next_start, time.monotonic() + exc.retry_after)
                else:
                    await asyncio.sleep(_backoff(self.config, attempts))
                continue
            if isinstance(outcome, str):
                redirects += 1
                if redirects > self.config.max_redirects:
                    raise FetchError(url, f"more than {self.config.max_redirects} redirects")
                current = outcome
                continue
            return FetchResult(
                url=url,
                final_url=current,
                status=outcome.status,
                content=outcome.content,
                content_type=outcome.headers.get("content-type"),
                etag=outcome.headers.get("etag"),
                last_modified=outcome.headers.get("last-modified"),
                attempts=attempts,
            )

    async def _robots_allow(self, url: str, current: str) -> bool:
        try:
            rules = await self.robots(current)
        except FetchError as exc:
            raise FetchError(url, exc.reason) from None
        return rules.can_fetch(self.config.user_agent, current)

    def disallowed_reason(self, url: str) -> str:
        """Why robots.txt keeps ``url`` from being fetched ("disallowed by robots.txt", and the
        server error that made every path disallowed, if that is why)."""
        note = self._host(url).robots_note
        return f"disallowed by robots.txt ({note})" if note else "disallowed by robots.txt"

    async def _wait_turn(self, host: _Host) -> None:
        async with host.gate:
            while (wait := host.next_start - time.monotonic()) > 0:
                await asyncio.sleep(wait)
            host.next_start = time.monotonic() + host.delay

    async def _attempt(
        self,
        url: str,
        current: str,
        headers: dict[str, str],
        accept: Collection[str] | None,
    ) -> _Answer | str:
        """One request: a full response, a redirect target (str), or an exception."""
        host = self._host(current)
        async with host.slots:
            await self._wait_turn(host)
            self.stats.requests += 1
            if self._on_request is not None:
                self._on_request(current)
            try:
                async with asyncio.timeout(self.config.timeout):
                    return await self._request(url, current, headers, accept)
            except (TimeoutError, httpx.TransportError) as exc:
                cause = cause_of(exc, host_of(current) or current, self.config.timeout)
                raise _Retryable(cause) from exc

    async def _request(
        self,
        url: str,
        current: str,
        headers: dict[str, str],
        accept: Collection[str] | None,
    ) -> _Answer | str:
        async with self._client.stream("GET", current, headers=headers) as response:
            status = response.status_code
            self.stats.statuses[status] += 1
            if status == 429 or status >= 500 or status == 408:
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                raise _Retryable(f"HTTP {status}", retry_after, status)
            if status in _REDIRECTS and "location" in response.headers:
                return urljoin(current, response.headers["location"])
            if status == 304:
                if not headers:  # nothing was asked about: "not modified" since when?
                    raise FetchError(url, "HTTP 304 to a request without validators")
                return _Answer(status, response.headers, b"")
            if status != 200:
                raise HttpStatusError(url, status)
            media = media_type(response.headers.get("content-type"))
            if accept is not None and media is not None and media not in accept:
                raise FetchError(url, f"unexpected content type {media}")
            body = await self._body(url, response)
        return _Answer(status, response.headers, body)

    async def _body(self, url: str, response: httpx.Response) -> bytes:
        """The body, decoded from its Content-Encoding within ``max_bytes`` (every layer)."""
        limit = self.config.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(url, f"response larger than {limit} bytes")
        try:
            decoder = BoundedDecoder(response.headers.get("content-encoding"), limit)
            size = 0
            async for chunk in response.aiter_raw():
                size += len(chunk)
                if size > limit:
                    raise TooLarge
                decoder.feed(chunk)
            body = decoder.finish()
        except TooLarge:
            raise FetchError(url, f"response larger than {limit} bytes (decoded)") from None
        except DecodeError as exc:
            raise FetchError(url, str(exc)) from None
        self.stats.bytes += size
        return body


def _final(url: str, exc: _Retryable, reason: str) -> FetchError:
    """The error for a retryable failure that persisted (an HTTP status keeps its code)."""
    return HttpStatusError(url, exc.status, reason) if exc.status else FetchError(url, reason)
