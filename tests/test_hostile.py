"""Hostile and broken servers on 127.0.0.1: bombs, pathological robots.txt, lies, dead hosts.

Each test runs the real fetcher against a real socket; nothing of the HTTP layer is mocked.
"""

from __future__ import annotations

import asyncio
import gzip
import logging
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest

from osce_parse.crawler import Fetcher, FetchResult, RobotsRules
from osce_parse.errors import FetchError
from tests.crawl_support import fast
from tests.hostile import HostileServer, bomb, free_port, response, silent_server

T = TypeVar("T")
PAGE = b"<html><body><p>" + b"page " * 100 + b"</p></body></html>"


def run(coro_fn: Callable[[Fetcher], Awaitable[T]], **config: object) -> T:
    async def main() -> T:
        async with Fetcher(fast(**config)) as fetcher:
            return await coro_fn(fetcher)

    return asyncio.run(main())


def fetch(url: str, **config: object) -> FetchResult:
    return run(lambda f: f.fetch(url), **config)


def robots_then(text: str, page: bytes = PAGE) -> Callable[[str], bytes]:
    def answer(path: str) -> bytes:
        if path == "/robots.txt":
            return response(text.encode(), content_type="text/plain")
        return response(page)

    return answer


# --- bombs ---------------------------------------------------------------------------------------


def test_double_gzip_bomb_is_capped_in_memory_and_time() -> None:
    payload = bomb(300)  # 300 MB of zeros in two gzip layers: under 1 KB on the wire
    assert len(payload) < 1000

    def answer(path: str) -> bytes:
        if path == "/robots.txt":
            return response(status="404 Not Found")
        return response(payload, Content_Encoding="gzip, gzip")

    with HostileServer(answer) as server:
        tracemalloc.start()
        began = time.monotonic()
        try:
            with pytest.raises(FetchError, match=r"larger than 10485760 bytes \(decoded\)"):
                fetch(server.url + "/pc/1", max_bytes=10 * 1024 * 1024)
            elapsed = time.monotonic() - began
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 40 * 1024 * 1024, peak  # the cap (10 MB) and a few steps, not 300 MB
    assert elapsed < 5


def test_layered_encodings_decode_and_unknown_ones_fail() -> None:
    layered = gzip.compress(gzip.compress(PAGE))

    def answer(path: str) -> bytes:
        if path == "/robots.txt":
            return response(status="404 Not Found")
        if path == "/twice":
            return response(layered, Content_Encoding="gzip, gzip")
        return response(b"\x00\x01", Content_Encoding="br")

    with HostileServer(answer) as server:
        assert fetch(server.url + "/twice").content == PAGE
        with pytest.raises(FetchError, match="unsupported Content-Encoding br"):
            fetch(server.url + "/brotli")


# --- robots.txt ----------------------------------------------------------------------------------


def test_pathological_robots_rules_match_in_linear_time() -> None:
    stars = "Disallow: /" + "*a" * 2000 + "b\n"  # backtracking regexes took seconds per URL
    text = "User-agent: *\n" + stars * 50 + "Allow: /\n"
    rules = RobotsRules.parse(text)
    url = "https://x.org/" + "a" * 5000
    began = time.monotonic()
    for _ in range(20):
        assert rules.can_fetch("osce-parse/0.1", url)
    assert time.monotonic() - began < 1.0
    with HostileServer(robots_then(text)) as server:
        began = time.monotonic()
        assert fetch(server.url + "/" + "a" * 5000).status == 200
        assert time.monotonic() - began < 2.0


def test_huge_crawl_delay_is_capped_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    for value in ("1e9", "inf"):
        text = f"User-agent: *\nCrawl-delay: {value}\nDisallow: /private/\n"
        with HostileServer(robots_then(text)) as server:

            async def two(fetcher: Fetcher, url: str = server.url) -> tuple[float, list[str]]:
                await fetcher.fetch(url + "/a")
                began = time.monotonic()
                await fetcher.fetch(url + "/b")
                return time.monotonic() - began, [reason for _, reason in fetcher.malformed]

            elapsed, notes = run(two, max_crawl_delay=0.3)
        assert 0.25 <= elapsed < 2.0  # the capped delay, not 1e9 s
        assert notes == [f"Crawl-delay {float(value):g} s capped at 0.3 s"]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2 and all("capped at 0.3 s" in w for w in warnings)


def test_user_agent_groups_match_by_product_token() -> None:
    text = (
        "User-agent: a\nDisallow: /\n\nUser-agent: osce\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    )
    with HostileServer(robots_then(text)) as server:
        # "a" and "osce" are substrings of our agent but not its product token.
        assert fetch(server.url + "/pc/1").status == 200
    ours = "User-agent: OSCE-Parse\nDisallow: /pc/\n\nUser-agent: *\nAllow: /\n"
    with (
        HostileServer(robots_then(ours)) as server,
        pytest.raises(FetchError, match=r"disallowed by robots\.txt"),
    ):
        fetch(server.url + "/pc/1")


def test_percent_encoded_rules_as_rfc_9309_says() -> None:
    rules = RobotsRules.parse(
        "User-agent: *\nDisallow: /a%24\nDisallow: /b%2Ax\nDisallow: /c$\nDisallow: /%7Ejoe/\n"
        "Disallow: /d%2Fe\n"
    )
    ua = "osce-parse/0.1"
    assert not rules.can_fetch(ua, "https://x.org/a$/more")  # %24 is a "$", not an anchor
    assert rules.can_fetch(ua, "https://x.org/bzzx")  # %2A is a "*", not a wildcard
    assert not rules.can_fetch(ua, "https://x.org/b*x")
    assert not rules.can_fetch(ua, "https://x.org/c") and rules.can_fetch(ua, "https://x.org/cd")
    assert not rules.can_fetch(ua, "https://x.org/~joe/page")
    assert rules.can_fetch(ua, "https://x.org/d/e")  # an encoded "/" is not a path separator


def test_unreachable_robots_txt_is_a_network_error_not_disallow_all() -> None:
    url = f"http://127.0.0.1:{free_port()}/pc/1"
    with pytest.raises(FetchError) as info:
        fetch(url, max_attempts=2)
    assert "robots.txt unreachable: connection refused by 127.0.0.1" in info.value.reason
    assert "disallowed" not in info.value.reason

    with (
        HostileServer(lambda path: response(status="503 Service Unavailable")) as server,
        pytest.raises(FetchError) as info,
    ):
        fetch(server.url + "/pc/1", max_attempts=2)
    # A server error is RFC 9309's "unreachable": complete disallow, and the reason says why.
    assert info.value.reason == (
        "disallowed by robots.txt (robots.txt answered HTTP 503 (gave up after 2 attempts):"
        " every path disallowed)"
    )
    assert server.paths == ["/robots.txt", "/robots.txt"]


# --- lies and dead hosts -------------------------------------------------------------------------


def test_304_to_a_request_without_validators_is_an_error() -> None:
    def answer(path: str) -> bytes:
        if path == "/robots.txt":
            return response(status="404 Not Found")
        return response(status="304 Not Modified")

    with HostileServer(answer) as server:
        with pytest.raises(FetchError, match="HTTP 304 to a request without validators"):
            fetch(server.url + "/pc/1")
        result = run(lambda f: f.fetch(server.url + "/pc/1", etag='"x"'))
        assert result.not_modified


def test_failures_name_their_real_cause() -> None:
    refused = f"http://127.0.0.1:{free_port()}"
    sock, silent = silent_server()
    with sock, HostileServer(lambda path: response(status="404 Not Found")) as plain:
        tls = plain.url.replace("http://", "https://")
        cases = {
            "http://does-not-exist.invalid/pc/1": "DNS lookup failed for does-not-exist.invalid",
            refused + "/pc/1": "connection refused by 127.0.0.1",
            silent + "/pc/1": "timeout after 0.3 s",
            tls + "/pc/1": "TLS error",
            plain.url + "/pc/1": "HTTP 404",
        }
        for url, cause in cases.items():
            with pytest.raises(FetchError) as info:
                fetch(url, max_attempts=1, timeout=0.3, obey_robots=False)
            assert cause in info.value.reason, (url, info.value.reason)
