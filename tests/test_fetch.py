"""The fetch layer over real HTTP on 127.0.0.1: politeness, retries, limits, conditional GET."""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import pytest

from osce_parse.crawler import (
    AsyncioTransport,
    FetchConfig,
    Fetcher,
    FetchResult,
    HttpStatusError,
    RobotsRules,
    charset_of,
    decode_html,
    parse_retry_after,
)
from osce_parse.errors import FetchError, ParseError
from osce_parse.testing import FakeSite, Fault
from tests.crawl_support import fake_site, fast, min_gap

T = TypeVar("T")


def run(coro_fn: Callable[[Fetcher], Awaitable[T]], config: FetchConfig) -> T:
    async def main() -> T:
        async with Fetcher(config) as fetcher:
            return await coro_fn(fetcher)

    return asyncio.run(main())


def get(site: FakeSite, path: str, config: FetchConfig, **kwargs: Any) -> FetchResult:
    return run(lambda f: f.fetch(site.base_url + path, **kwargs), config)


@pytest.fixture(scope="module")
def site() -> Any:
    with fake_site(count=12) as site:
        yield site


@pytest.fixture(autouse=True)
def _fresh_log(site: FakeSite) -> None:
    site.reset_log()


# --- robots.txt ------------------------------------------------------------------------------


def test_robots_longest_match_wins_and_allow_breaks_ties() -> None:
    rules = RobotsRules.parse(
        "User-agent: *\nDisallow: /private/\nAllow: /private/open/\nDisallow: /*.pdf$\n"
        "Crawl-delay: 0.25\n\nUser-agent: osce-parse\nDisallow: /only-us/\n"
    )
    ua_other = "SomeBot/1.0"
    assert not rules.can_fetch(ua_other, "https://x.org/private/a")
    assert rules.can_fetch(ua_other, "https://x.org/private/open/a")
    assert not rules.can_fetch(ua_other, "https://x.org/files/a.pdf")
    assert rules.can_fetch(ua_other, "https://x.org/files/a.pdf?x=1")
    assert rules.crawl_delay(ua_other) == 0.25
    # A group naming the agent replaces the * group entirely.
    ours = "osce-parse/0.1 (+https://example.org)"
    assert not rules.can_fetch(ours, "https://x.org/only-us/1")
    assert rules.can_fetch(ours, "https://x.org/private/a")
    assert rules.crawl_delay(ours) is None
    assert rules.can_fetch(ua_other, "https://x.org/robots.txt")


def test_robots_fallbacks() -> None:
    assert RobotsRules.allow_all().can_fetch("a", "https://x.org/anything")
    assert not RobotsRules.disallow_all().can_fetch("a", "https://x.org/anything")
    assert RobotsRules.parse("User-agent: *\nDisallow:\n").can_fetch("a", "https://x.org/a")
    assert RobotsRules.parse("garbage\n\x00\nCrawl-delay: x").can_fetch("a", "https://x.org/")


@pytest.mark.parametrize(
    ("content", "content_type", "reason"),
    [
        (bytes(range(256)) * 8, "text/plain", "binary"),
        ("User-agent: *\nDisallow: /".encode("utf-16"), "text/plain", "binary"),
        (b"\n<!DOCTYPE html><html><body>Disallow: /</body></html>", "text/html", "HTML"),
        (b"<?xml version='1.0'?><error>no</error>", "application/xml", "HTML/XML"),
        (b"Welcome to our site!\nNothing to see here.\n", "text/plain", "no robots.txt directive"),
    ],
    ids=["binary", "utf-16", "html", "xml", "prose"],
)
def test_robots_file_that_is_not_one(content: bytes, content_type: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        RobotsRules.parse_file(content, content_type)


def test_robots_file_that_is_one() -> None:
    for empty in (b"", b"\n\n", b"# nothing to say\n", b"\xef\xbb\xbf"):
        assert RobotsRules.parse_file(empty).can_fetch("a", "https://x.org/a")
    # Served as HTML by a misconfigured server, or with odd lines: still a robots.txt.
    text = b"\xef\xbb\xbfUser-agent: *\nDisallow: /private/\nnonsense here\nCrawl-delay: 2\n"
    rules = RobotsRules.parse_file(text, "text/html")
    assert not rules.can_fetch("a", "https://x.org/private/1")
    assert rules.crawl_delay("a") == 2.0


# --- header helpers --------------------------------------------------------------------------


def test_retry_after_forms() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(" 0.5 ") == 0.5
    assert parse_retry_after("-3") == 0.0
    now = time.time()
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert 28 <= (parse_retry_after(date, now=now) or 0) <= 31
    past = email.utils.formatdate(now - 300, usegmt=True)
    assert parse_retry_after(past, now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_header_charset_decides_decoding() -> None:
    body = "Zürich – Prishtinë".encode("cp1252")
    assert charset_of('text/html; charset="windows-1252"') == "windows-1252"
    assert charset_of("text/html") is None
    assert decode_html(b"<p>" + body + b"</p>", "text/html; charset=windows-1252").endswith(
        "Zürich – Prishtinë</p>"
    )
    utf8 = "<meta charset='utf-8'><p>Prishtinë</p>".encode()
    assert "Prishtinë" in decode_html(utf8, "text/html")


# --- politeness ------------------------------------------------------------------------------


def test_user_agent_and_robots_disallow(site: FakeSite) -> None:
    config = fast()
    with pytest.raises(FetchError, match=r"disallowed by robots\.txt"):
        get(site, "/private/600001", config)
    result = get(site, site.releases[0].path, config)
    assert result.status == 200
    assert site.hits_for("/private/600001") == []
    agents = {hit.user_agent for hit in site.hits}
    assert agents == {config.user_agent}
    assert "osce-parse" in config.user_agent and "https://" in config.user_agent


def test_spacing_and_concurrency_cap() -> None:
    with fake_site(count=12, crawl_delay=0.08, latency=0.25) as site:
        starts: list[float] = []
        config = fast(delay=0.03, concurrency=2)

        async def many(fetcher: Fetcher) -> None:
            fetcher._on_request = lambda url: starts.append(time.monotonic())
            paths = [r.path for r in site.releases[:8]]
            await asyncio.gather(*(fetcher.fetch(site.base_url + p) for p in paths))

        run(many, config)
        assert len(starts) == 9  # robots.txt and 8 pages
        assert min_gap(starts) >= 0.08  # Crawl-delay beats the smaller configured delay
        assert min_gap([hit.start for hit in site.hits]) >= 0.08 - 0.03
        # 0.25 s responses 0.08 s apart would overlap three deep without the cap.
        assert site.max_in_flight == 2


# --- faults and retries ----------------------------------------------------------------------


def test_503_then_success(site: FakeSite) -> None:
    path = site.releases[1].path
    site.add_fault(path, Fault("status", times=2, status=503))
    result = get(site, path, fast())
    assert result.status == 200 and result.attempts == 3
    assert [hit.status for hit in site.hits_for(path)] == [503, 503, 200]


def test_retry_after_is_waited(site: FakeSite) -> None:
    path = site.releases[2].path
    site.add_fault(path, Fault("retry_after", seconds=0.6))
    result = get(site, path, fast())
    assert result.status == 200
    first, second = site.hits_for(path)
    assert first.status == 429
    assert second.start - first.end >= 0.6 - 0.02


def test_retry_after_too_long_fails_at_once(site: FakeSite) -> None:
    path = site.releases[3].path
    site.add_fault(path, Fault("retry_after", seconds=3600))
    with pytest.raises(FetchError, match="Retry-After"):
        get(site, path, fast(max_retry_after=60))
    assert len(site.hits_for(path)) == 1


def test_slow_response_times_out_then_succeeds(site: FakeSite) -> None:
    path = site.releases[4].path
    site.add_fault(path, Fault("slow", seconds=1.0))
    began = time.monotonic()
    result = get(site, path, fast(timeout=0.3))
    assert result.status == 200 and result.attempts == 2
    assert time.monotonic() - began < 1.0


def test_connection_reset_is_retried(site: FakeSite) -> None:
    path = site.releases[5].path
    site.add_fault(path, Fault("reset"))
    result = get(site, path, fast())
    assert result.status == 200 and result.attempts == 2


def test_truncated_body_is_retried(site: FakeSite) -> None:
    release = site.releases[6]
    site.add_fault(release.path, Fault("truncate"))
    result = get(site, release.path, fast())
    assert result.attempts == 2
    assert result.content == release.body


def test_retry_budget_then_recorded_failure(site: FakeSite) -> None:
    path = site.releases[7].path
    site.add_fault(path, Fault("status", times=0, status=500))
    with pytest.raises(FetchError) as info:
        get(site, path, fast(max_attempts=3))
    assert "HTTP 500" in info.value.reason and "3 attempts" in info.value.reason
    assert len(site.hits_for(path)) == 3
    site.clear_faults(path)


def test_404_and_wrong_content_type_are_not_retried(site: FakeSite) -> None:
    with pytest.raises(HttpStatusError) as info:
        get(site, "/pc/1", fast())
    assert info.value.status == 404 and len(site.hits_for("/pc/1")) == 1
    path = site.releases[8].path
    site.add_fault(path, Fault("content_type"))
    with pytest.raises(FetchError, match="unexpected content type application/pdf"):
        get(site, path, fast())
    assert len(site.hits_for(path)) == 1


def test_redirects_stay_on_allowed_hosts(site: FakeSite) -> None:
    with fake_site(count=1) as other:
        target = other.base_url + other.releases[0].path
        path = site.releases[9].path
        site.add_fault(path, Fault("redirect", location=target))
        config = fast(allowed_hosts=frozenset({site.base_url.split("//")[1]}))
        with pytest.raises(FetchError, match="redirect to a host not allowed"):
            get(site, path, config)
        assert other.hits == []
        # A redirect within the host is followed.
        inside = site.releases[10]
        site.add_fault(path, Fault("redirect", location=inside.path))
        result = get(site, path, config)
        assert result.final_url == site.base_url + inside.path
        assert result.content == inside.body


def test_size_cap(site: FakeSite) -> None:
    with pytest.raises(FetchError, match="larger than 1000 bytes"):
        get(site, site.releases[0].path, fast(max_bytes=1000))


def test_conditional_get(site: FakeSite) -> None:
    release = site.releases[11]
    first = get(site, release.path, fast())
    assert first.etag == release.etag and first.last_modified
    again = get(site, release.path, fast(), etag=first.etag)
    assert again.not_modified and again.content == b""
    by_date = get(site, release.path, fast(), last_modified=first.last_modified)
    assert by_date.not_modified
    changed = get(site, release.path, fast(), etag='"old"')
    assert changed.status == 200
    assert [hit.conditional for hit in site.hits_for(release.path)] == [False, True, True, True]


def test_robots_unreachable_means_disallow_all() -> None:
    with fake_site(count=2) as site:
        site.add_fault("/robots.txt", Fault("status", times=0, status=503))
        with pytest.raises(FetchError, match="robots"):
            get(site, site.releases[0].path, fast(max_attempts=2))
        assert site.hits_for(site.releases[0].path) == []


def test_robots_missing_means_allow_all() -> None:
    with fake_site(count=2) as site:
        site.add_fault("/robots.txt", Fault("status", times=0, status=404))
        assert get(site, site.releases[0].path, fast()).status == 200


def test_robots_unreadable_means_allow_all_and_is_reported(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with fake_site(count=2, crawl_delay=5) as site:
        site.pages["/robots.txt"] = (b"\x00\x01\x02" * 100, "text/plain")
        config = fast(delay=0.02)

        async def twice(fetcher: Fetcher) -> list[tuple[str, str]]:
            for release in site.releases:
                await fetcher.fetch(site.base_url + release.path)
            assert fetcher._host(site.base_url).delay == 0.02  # the default delay stays
            return fetcher.malformed

        malformed = run(twice, config)
        assert [url for url, _ in malformed] == [site.base_url + "/robots.txt"]
        assert "binary data" in malformed[0][1]
        assert [r.levelname for r in caplog.records] == ["WARNING"]
        assert len(site.hits_for("/robots.txt")) == 1


def test_transport_reuses_connections_and_maps_errors(site: FakeSite) -> None:
    async def main() -> tuple[int, type[Exception] | None]:
        transport = AsyncioTransport(httpx.Limits(max_keepalive_connections=2))
        async with httpx.AsyncClient(transport=transport) as client:
            for release in site.releases[:4]:
                response = await client.get(site.base_url + release.path)
                assert response.content == release.body
            idle = sum(len(v) for v in transport._idle.values())
            site.add_fault(site.releases[0].path, Fault("reset"))
            try:
                await client.get(site.base_url + site.releases[0].path)
            except httpx.TransportError as exc:
                return idle, type(exc)
        return idle, None

    idle, error = asyncio.run(main())
    assert idle == 1  # one keep-alive connection served the four requests
    assert error is not None and issubclass(error, httpx.TransportError)
