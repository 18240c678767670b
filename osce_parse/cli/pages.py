"""Commands on single pages: ``parse`` saved files, ``check`` one page field by field, save live
pages as test ``fixture``s."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..crawler import FetchConfig, Fetcher, FetchResult, decode_html, parse_page
from ..errors import FetchError, OsceParseError
from ..models import Image, Person, Quote, Release
from ..parse import decode, parse_release
from .common import Subcommands, UsageError, add_fetch_args, error, positive

__all__ = [
    "add_check",
    "add_fixture",
    "add_parse",
    "check_report",
    "fixture_name",
    "fixture_names",
]


def _cmd_parse(args: argparse.Namespace) -> int:
    if args.url and len(args.files) > 1:
        raise UsageError("--url names the one page it came from: give a single FILE with it")
    status = 0
    first = True
    if args.format == "json":
        sys.stdout.write("[")
    for name in args.files:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            release = parse_release(data, args.url)
        except OSError as exc:
            error(f"{name}: {exc.strerror or exc}")
            status = 1
            continue
        except OsceParseError as exc:
            error(f"{name}: {exc}")
            status = 1
            continue
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(release.to_dict(), ensure_ascii=False) + "\n")
        else:
            text = json.dumps(release.to_dict(), ensure_ascii=False, indent=2)
            sys.stdout.write(("\n" if first else ",\n") + "  " + text.replace("\n", "\n  "))
        first = False
        sys.stdout.flush()
    if args.format == "json":
        sys.stdout.write("]\n" if first else "\n]\n")
    return status


# --- check and fixture -------------------------------------------------------------------------


def _is_url(text: str) -> bool:
    return urlsplit(text).scheme in ("http", "https")


def _fetch_config(args: argparse.Namespace, delay: float) -> FetchConfig:
    """Fetch settings for pages named on the command line (any host; robots.txt obeyed)."""
    return FetchConfig(
        user_agent=args.user_agent,
        delay=delay,
        timeout=args.timeout,
        max_attempts=args.retries + 1,
        backoff_base=0.5,
    )


async def _fetch_each(urls: list[str], config: FetchConfig) -> list[FetchResult | FetchError]:
    """Fetch pages one after another (spaced by ``config.delay``); failures are returned."""
    results: list[FetchResult | FetchError] = []
    async with Fetcher(config) as fetcher:
        for url in urls:
            try:
                results.append(await fetcher.fetch(url))
            except FetchError as exc:
                results.append(exc)
    return results


def _shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _item(value: Any) -> str:
    """One element of a tuple field, in a few words."""
    if isinstance(value, Quote):
        return f"{value.speaker or '?'}: \u201c{value.text}\u201d"
    if isinstance(value, Person):
        return value.name + (f" ({', '.join(value.roles)})" if value.roles else "")
    if isinstance(value, Image):
        return value.url
    return str(value)


def _describe(value: Any) -> str:
    """A field's value on one line: None as "-", sequences as their count and first items."""
    if value is None or value == "" or value == () or value == {}:
        return "-"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return _shorten(f"{len(value)}: " + ", ".join(f"{k} {v}" for k, v in value.items()))
    if isinstance(value, tuple):
        return _shorten(f"{len(value)}: " + " | ".join(_item(v) for v in value))
    return _shorten(str(value))


def check_report(release: Release) -> list[str]:
    """Every field of ``release`` with its value (shortened) and provenance, then the warnings."""
    provenance: dict[str, str] = getattr(release, "provenance", None) or {}
    names = [
        f.name for f in dataclasses.fields(release) if f.name not in ("warnings", "provenance")
    ]
    width = max(len(name) for name in names)
    lines = []
    for name in names:
        line = f"{name:<{width}}  {_describe(getattr(release, name))}"
        if name in provenance:
            line += f"  [{provenance[name]}]"
        lines.append(line)
    lines.append(f"warnings ({len(release.warnings)}):" if release.warnings else "warnings: none")
    lines += [f"  - {warning}" for warning in release.warnings]
    return lines


def _cmd_check(args: argparse.Namespace) -> int:
    target: str = args.page
    if _is_url(target):
        (result,) = asyncio.run(_fetch_each([target], _fetch_config(args, 0.0)))
        if isinstance(result, FetchError):
            raise result
        release = parse_page(result.content, result.content_type, result.final_url)
        origin = (
            f"{result.final_url}: HTTP {result.status}, {result.content_type or 'no content type'},"
            f" {len(result.content)} bytes"
        )
    else:
        try:
            data = sys.stdin.buffer.read() if target == "-" else Path(target).read_bytes()
        except OSError as exc:
            raise OsceParseError(f"{target}: {exc.strerror or exc}") from None
        try:
            release = parse_release(data, args.url)
        except OsceParseError as exc:
            raise OsceParseError(f"{target}: {exc}") from None
        origin = f"{target}: {len(data)} bytes"
    print(origin)
    for line in check_report(release):
        print(line)
    return 0


def fixture_name(url: str) -> str:
    """``live_<path>``: the fixture name of a live page (path characters folded to ``_``); a
    URL with a query gets ``_<8 hex digits of the URL's SHA-1>`` too (the query changes the
    page, and folding it would lose it)."""
    parts = urlsplit(url)
    path = parts.path.strip("/") or "index"
    name = "live_" + re.sub(r"[^A-Za-z0-9]+", "_", path).strip("_")
    return f"{name}_{_digest(url)}" if parts.query else name


def _digest(url: str) -> str:
    return hashlib.sha1(url.encode()).hexdigest()[:8]


def _saved_from(directory: Path, name: str) -> str | None:
    """The URL a fixture of this name was saved from ("" for a page not saved by ``fixture``,
    such as a hand-made one; None if there is no such fixture)."""
    if not (directory / f"{name}.html").exists():
        return None
    try:
        source = json.loads((directory / f"{name}.source.json").read_text("utf-8"))
    except (OSError, ValueError):
        return ""
    return str(source.get("url", "")) if isinstance(source, dict) else ""


def fixture_names(urls: list[str], directory: Path, name: str | None = None) -> list[str]:
    """A file name stem for each URL such that no two URLs share one and no fixture saved from
    another URL (or made by hand) is overwritten: a clash adds ``_<8 hex digits>`` of the URL.
    Raises :class:`UsageError` if ``name`` (``--name``) is taken by another URL's fixture."""
    stems = [name or fixture_name(url) for url in urls]
    names = []
    for url, stem in zip(urls, stems, strict=True):
        owner = _saved_from(directory, stem)
        if name is None and _saved_from(directory, f"{stem}_{_digest(url)}") == url:
            stem = f"{stem}_{_digest(url)}"  # saved under its long name before: keep it
        elif stems.count(stem) > 1 or owner not in (None, url):
            if name is not None:
                raise UsageError(f"--name {name}: {name}.html in {directory} is another page's")
            stem = f"{stem}_{_digest(url)}"
            if _saved_from(directory, stem) not in (None, url):
                raise UsageError(f"{url}: {stem}.html in {directory} is another page's")
        names.append(stem)
    return names


def _save_fixture(result: FetchResult, directory: Path, name: str) -> str:
    """Write the page as served, its source record and its golden; return a report line.

    The golden is ``parse_release`` of the saved bytes alone (no URL, no HTTP header), exactly
    what ``tests/test_golden.py`` compares it with. A page that is not a release is not saved.
    """
    golden = parse_release(result.content).to_dict()  # ParseError: nothing written
    page = directory / f"{name}.html"
    source = {
        "url": result.url,
        "final_url": result.final_url,
        "fetched": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "status": result.status,
        "content_type": result.content_type,
    }
    page.write_bytes(result.content)
    (directory / f"{name}.source.json").write_text(json.dumps(source, indent=2) + "\n", "utf-8")
    text = json.dumps(golden, indent=2, ensure_ascii=False) + "\n"
    (directory / f"{name}.json").write_text(text, "utf-8")
    line = f"saved {page} ({len(result.content)} bytes), {name}.source.json and golden {name}.json"
    if str(decode_html(result.content, result.content_type)) != str(decode(result.content)):
        line += (
            "; warning: the page's charset comes only from the HTTP header, the saved file"
            " decodes differently"
        )
    return line


def _cmd_fixture(args: argparse.Namespace) -> int:
    directory = Path(args.dir)
    if not directory.is_dir():
        raise OsceParseError(f"{directory}: no such directory (run from the repository or --dir)")
    urls: list[str] = args.urls
    for url in urls:
        if not _is_url(url):
            raise OsceParseError(f"{url}: not an http(s) URL")
    if args.name and len(urls) > 1:
        raise UsageError("--name needs exactly one URL")
    status = 0
    names = fixture_names(urls, directory, args.name)
    results = asyncio.run(_fetch_each(urls, _fetch_config(args, args.delay)))
    for url, result, name in zip(urls, results, names, strict=True):
        if isinstance(result, FetchError):
            error(str(result))
            status = 1
            continue
        try:
            print(_save_fixture(result, directory, name))
        except OsceParseError as exc:
            error(f"{url}: {exc}; nothing saved")
            status = 1
        except OSError as exc:
            error(f"{directory}: {exc.strerror or exc}")
            status = 1
    if status == 0:
        print("review the goldens, write a .facts.json for each page by hand, then commit")
    return status


def add_parse(sub: Subcommands) -> None:
    """The ``parse`` command."""
    p = sub.add_parser("parse", help="parse saved release pages and print them as JSON")
    p.add_argument("files", nargs="+", metavar="FILE", help="HTML files ('-' reads stdin)")
    p.add_argument("--format", choices=("json", "jsonl"), default="json")
    p.add_argument("--url", help="the URL the page(s) came from (node id, language, links)")
    p.set_defaults(func=_cmd_parse)


def add_check(sub: Subcommands) -> None:
    """The ``check`` command."""
    p = sub.add_parser(
        "check",
        help="parse one page and show every field with where it came from, and the warnings",
        description="Debug a page layout: fetch a URL (or read a file) and print each field, its "
        "value, the strategy that found it and the parser's warnings.",
    )
    p.add_argument("page", metavar="URL-or-FILE", help="a release URL, an HTML file, or '-'")
    p.add_argument("--url", help="for a file: the URL it came from")
    add_fetch_args(p)
    p.set_defaults(func=_cmd_check)


def add_fixture(sub: Subcommands) -> None:
    """The ``fixture`` command."""
    p = sub.add_parser(
        "fixture",
        help="save live pages as test fixtures with their goldens",
        description="Fetch each URL and save it into the fixtures directory as served "
        "(live_<path>.html), with live_<path>.source.json (URL, final URL, fetch time, status, "
        "content type) and the golden live_<path>.json. Pages that are not releases (listing "
        "and search pages included) are not saved, with the reason. Two URLs never share a "
        "name: a URL with a query, or whose name is taken by another page's fixture, gets "
        "_<8 hex digits of its SHA-1> added; saving the same URL again replaces its files.",
    )
    p.add_argument("urls", nargs="+", metavar="URL")
    p.add_argument("--dir", default="tests/fixtures", help="fixtures directory")
    p.add_argument("--name", help="file name stem instead of live_<path> (one URL only)")
    p.add_argument("--delay", type=positive(float), default=2.0, help="seconds between requests")
    add_fetch_args(p)
    p.set_defaults(func=_cmd_fixture)
