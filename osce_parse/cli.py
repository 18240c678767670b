"""The ``osce-parse`` command: parse files, crawl osce.org into SQLite, export, re-parse, stats,
check one page, save live pages as test fixtures.

Expected failures (unreadable files, pages that are not releases, a database of another program,
a database locked by another process, a full disk) end in a one-line ``osce-parse: …`` message
on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import dataclasses
import datetime as dt
import json
import re
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from .crawler import (
    DEFAULT_BASE_URL,
    DEFAULT_USER_AGENT,
    CrawlOptions,
    CrawlSummary,
    FetchConfig,
    Fetcher,
    FetchResult,
    Progress,
    crawl,
    decode_html,
    parse_page,
    reparse,
)
from .errors import FetchError, OsceParseError
from .models import Image, Person, Quote, Release
from .parse import decode, parse_release
from .storage import DEFAULT_BUSY_TIMEOUT, CoverageReport, Store, taxonomy_groups
from .urls import PATH_LANGUAGES

__all__ = [
    "ProgressBar",
    "check_report",
    "export_releases",
    "format_drift",
    "format_summary",
    "main",
]

PROG = "osce-parse"
CSV_COLUMNS = (
    "url",
    "node_id",
    "language",
    "content_type",
    "title",
    "date",
    "date_source",
    "place",
    "dateline",
    "sources",
    "fields_of_work",
    "quotes",
    "people",
    "text",
    "warnings",
)
QUOTE_COLUMNS = ("url", "date", "speaker", "verb", "text", "paragraph", "continued")


# --- progress ----------------------------------------------------------------------------------


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class ProgressBar:
    """Crawl progress on ``stream``: a redrawn bar with rate and ETA on a terminal, else log lines.

    Pass an instance as the ``progress`` callback of :func:`osce_parse.crawl`.
    """

    def __init__(self, stream: TextIO | None = None, *, bar: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.bar = self.stream.isatty() if bar is None else bar
        self._start = time.monotonic()
        self._count = 0
        self._drawn = 0.0
        self._width = 0

    def __call__(self, progress: Progress) -> None:
        self._count += 1
        if not self.bar:
            self.stream.write(
                f"[{progress.done}/{progress.total}] {progress.kind} {progress.url}: "
                f"{progress.outcome}\n"
            )
            self.stream.flush()
            return
        now = time.monotonic()
        if now - self._drawn < 0.1 and progress.done < progress.total:
            return
        self._drawn = now
        elapsed = max(now - self._start, 1e-6)
        rate = self._count / elapsed
        left = max(progress.total - progress.done, 0)
        eta = _duration(left / rate) if rate > 0 else "?"
        columns = shutil.get_terminal_size((100, 20)).columns
        stats = (
            f" {progress.done}/{progress.total} {rate:.1f} pages/s ETA {eta}"
            f" new {progress.new} failed {progress.failed}"
        )
        size = max(10, min(40, columns - len(stats) - 3))
        filled = int(size * progress.done / progress.total) if progress.total else 0
        line = f"[{'#' * filled}{'.' * (size - filled)}]{stats}"[: columns - 1]
        self.stream.write("\r" + line.ljust(self._width))
        self._width = len(line)
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line (a no-op for log lines)."""
        if self.bar and self._width:
            self.stream.write("\n")
            self.stream.flush()
            self._width = 0


def format_summary(summary: CrawlSummary) -> str:
    """A few human-readable lines about a crawl run."""
    releases = summary.releases
    state = summary.status + (" (resumed)" if summary.resumed else "")
    lines = [
        f"crawl #{summary.crawl_id} {state} in {summary.elapsed:.1f} s: "
        f"{releases['new']} new releases, {releases['updated']} updated, "
        f"{releases['same'] + releases['unchanged']} unchanged "
        f"({releases['unchanged']} confirmed by 304); {summary.listing_pages} listing pages",
        f"this run: {summary.run_fetched} pages fetched, {summary.run_unchanged} not modified, "
        f"{summary.run_parsed} parsed; {summary.run_requests} requests, "
        f"{summary.run_retries} retries",
    ]
    if summary.skipped:
        reasons = ", ".join(f"{reason} ({n})" for reason, n in summary.skipped.most_common())
        lines.append(f"skipped {summary.skipped.total()}: {reasons}")
    if summary.failed:
        lines.append(f"failed {len(summary.failed)}:")
        lines += [f"  {url}: {reason}" for url, reason in summary.failed]
    failed = {url for url, _ in summary.failed}
    ignored = [(url, why) for url, why in summary.bad_sources if url not in failed]
    if ignored:  # an unreadable robots.txt, an empty listing page
        lines.append(f"ignored {len(ignored)}:")
        lines += [f"  {url}: {reason}" for url, reason in ignored]
    if summary.pending:
        lines.append(f"{summary.pending} pages left: run the same command again to resume")
    return "\n".join(lines)


def _percent(share: float) -> str:
    return f"{100 * share:.1f}%"


def format_drift(report: CoverageReport) -> list[str]:
    """One warning line per field whose coverage dropped (see :meth:`Store.coverage_drift`)."""
    return [
        f"warning: {drop.field} found on {_percent(drop.now)} of the {report.releases} releases"
        f" parsed by crawl #{report.crawl_id}, against {_percent(drop.before)} of the"
        f" {report.baseline_releases} stored before: the site's layout has probably changed;"
        f" without it: {', '.join(drop.examples)}"
        for drop in report.drops
    ]


# --- export ------------------------------------------------------------------------------------


def _csv_row(data: dict[str, Any]) -> dict[str, Any]:
    row = {name: data.get(name) for name in CSV_COLUMNS}
    row["sources"] = "; ".join(data.get("sources") or ())
    row["fields_of_work"] = "; ".join(data.get("fields_of_work") or ())
    row["quotes"] = len(data.get("quotes") or ())
    row["people"] = "; ".join(person["name"] for person in data.get("people") or ())
    row["text"] = "\n\n".join(data.get("paragraphs") or ())
    row["warnings"] = "; ".join(data.get("warnings") or ())
    return row


def _quote_rows(releases: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for data in releases:
        for quote in data.get("quotes") or ():
            yield {
                "url": data.get("url"),
                "date": data.get("date"),
                **{name: quote.get(name) for name in QUOTE_COLUMNS[2:]},
            }


def export_releases(
    releases: Iterable[dict[str, Any]], out: TextIO, fmt: str = "jsonl", *, quotes: bool = False
) -> int:
    """Write release dicts (``Release.to_dict()``) as JSON Lines or CSV; return the row count.

    With ``quotes``, one row per quote instead of one per release.
    """
    rows: Iterable[dict[str, Any]] = _quote_rows(releases) if quotes else releases
    count = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    columns = QUOTE_COLUMNS if quotes else CSV_COLUMNS
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row if quotes else _csv_row(row))
        count += 1
    return count


def _export_parquet(rows: list[dict[str, Any]], path: str) -> None:
    try:
        import pyarrow as pa  # type: ignore[import-not-found, unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        raise OsceParseError("Parquet export needs pyarrow: pip install pyarrow") from None
    pq.write_table(pa.Table.from_pylist(rows), path)


# --- commands ----------------------------------------------------------------------------------


def _error(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _existing(args: argparse.Namespace) -> Store:
    """Open a database that must exist already (commands that only read or re-parse)."""
    path = args.db
    if not Path(path).is_file():
        raise OsceParseError(f"{path}: no such database (run 'osce-parse crawl --db {path}')")
    return Store(path, busy_timeout=args.busy_timeout)


def _cmd_parse(args: argparse.Namespace) -> int:
    status = 0
    first = True
    if args.format == "json":
        sys.stdout.write("[")
    for name in args.files:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            release = parse_release(data, args.url)
        except OSError as exc:
            _error(f"{name}: {exc.strerror or exc}")
            status = 1
            continue
        except OsceParseError as exc:
            _error(f"{name}: {exc}")
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


def _options(args: argparse.Namespace) -> CrawlOptions:
    fetch = FetchConfig(
        user_agent=args.user_agent,
        delay=args.delay,
        concurrency=args.concurrency,
        timeout=args.timeout,
        max_attempts=args.retries + 1,
        backoff_base=args.backoff,
    )
    extra: dict[str, Any] = {}
    if args.languages is not None:
        if "languages" not in {f.name for f in dataclasses.fields(CrawlOptions)}:
            raise OsceParseError(
                "--languages: this osce_parse's crawler cannot follow translations"
            )
        extra["languages"] = args.languages
    if args.parse_workers is not None:  # else the crawler's default
        extra["parse_workers"] = args.parse_workers
    return CrawlOptions(
        **extra,
        base_url=args.base_url.rstrip("/"),
        start_urls=tuple(args.start_url or ()),
        structure=args.structure,
        field_of_work=args.field_of_work,
        listing=not args.no_listing,
        sitemap=args.sitemap,
        since=args.since,
        until=args.until,
        full=args.full,
        recheck_pages=args.recheck_pages,
        max_pages=args.max_pages,
        page_size=args.page_size,
        fetch=fetch,
    )


def _cmd_crawl(args: argparse.Namespace) -> int:
    options = _options(args)
    bar = None if args.progress == "auto" else args.progress == "bar"
    reporter = ProgressBar(bar=bar) if args.progress != "none" else None
    with Store(args.db, busy_timeout=args.busy_timeout) as store:
        try:
            summary = asyncio.run(crawl(store, options, progress=reporter))
        except KeyboardInterrupt:
            summary = None
        finally:
            if reporter is not None:
                reporter.close()
        if summary is None:
            _error("interrupted; run the same command again to resume")
            return 130
        print(format_summary(summary))
        report = store.coverage_drift(
            summary.crawl_id, threshold=args.drift_threshold / 100, min_releases=args.drift_min
        )
    for line in format_drift(report) if report else ():
        print(line)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    with _existing(args) as store:
        releases = store.releases(args.since, args.until)
        if args.format == "parquet":
            if args.output in (None, "-"):
                raise OsceParseError("Parquet export needs --output FILE")
            rows = list(_quote_rows(releases)) if args.quotes else list(releases)
            _export_parquet(rows, args.output)
            count = len(rows)
        elif args.output in (None, "-"):
            count = export_releases(releases, sys.stdout, args.format, quotes=args.quotes)
        else:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                count = export_releases(releases, out, args.format, quotes=args.quotes)
    print(f"{PROG}: exported {count} {'quotes' if args.quotes else 'releases'}", file=sys.stderr)
    return 0


def _cmd_reparse(args: argparse.Namespace) -> int:
    with _existing(args) as store:
        outcomes = reparse(store)
    total = outcomes.total()
    print(
        f"re-parsed {total} releases: {outcomes['updated']} changed, {outcomes['same']} the same,"
        f" {outcomes['failed']} failed"
    )
    return 1 if outcomes["failed"] else 0


def _cmd_stats(args: argparse.Namespace) -> int:
    with _existing(args) as store:
        stats = store.stats()
        report = store.coverage_drift(
            threshold=args.drift_threshold / 100, min_releases=args.drift_min
        )
    if args.json:
        data = {
            "releases": stats.releases,
            "pages": stats.pages,
            "quotes": stats.quotes,
            "crawls": stats.crawls,
            "first_date": stats.first_date,
            "last_date": stats.last_date,
            "coverage": stats.coverage,
            "content_types": dict(stats.content_types),
            "unknown": {k: dict(v) for k, v in stats.unknown.items()},
            "last_crawl": stats.last_crawl,
            "drift": report.to_dict() if report else None,
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(
        f"releases: {stats.releases} (raw pages {stats.pages}, quotes {stats.quotes}, "
        f"crawls {stats.crawls})"
    )
    print(f"dates: {stats.first_date or '-'} .. {stats.last_date or '-'}")
    if stats.coverage:
        cover = ", ".join(f"{k.replace('_', ' ')} {_percent(v)}" for k, v in stats.coverage.items())
        print(f"coverage: {cover}")
    if stats.content_types:
        kinds = ", ".join(f"{k} {n}" for k, n in stats.content_types.most_common())
        print(f"content types: {kinds}")
    for group, counter in stats.unknown.items():
        if counter:
            values = ", ".join(f"{k} ({n})" for k, n in counter.most_common())
            print(f"{group.replace('_', ' ')} not in the site menu: {values}")
    if stats.last_crawl:
        crawl_row = stats.last_crawl
        summary = crawl_row["summary"] or {}
        print(
            f"last crawl: #{crawl_row['id']} {crawl_row['status']}, started "
            f"{crawl_row['started_at']}, new {summary.get('releases', {}).get('new', 0)}, "
            f"failed {len(summary.get('failed', []))}"
        )
    if report is not None:
        if report.comparable:
            verdict = f"{len(report.drops)} fields dropped" if report.drops else "no field dropped"
        elif not report.baseline_releases:
            verdict = "nothing to compare with"
        else:
            verdict = f"too few releases to compare (--drift-min {args.drift_min})"
        print(
            f"layout check: crawl #{report.crawl_id} parsed {report.releases} releases, "
            f"{report.baseline_releases} were stored before it: {verdict}"
        )
        for line in format_drift(report):
            print(line)
    return 0


def _cmd_taxonomy(args: argparse.Namespace) -> int:
    with _existing(args) as store:
        menu = store.taxonomy()
    if not menu:
        _error(f"{args.db}: no crawl has stored the site menu yet")
        return 1
    groups = taxonomy_groups(menu)
    for group in [args.group] if args.group else list(groups):
        print(f"{group.replace('_', ' ')} ({len(groups[group])}):")
        for label in groups[group]:
            print(f"  {label}")
    return 0


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
    """``live_<path>``: the fixture name of a live page (path characters folded to ``_``)."""
    path = urlsplit(url).path.strip("/") or "index"
    return "live_" + re.sub(r"[^A-Za-z0-9]+", "_", path).strip("_")


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
        raise OsceParseError("--name needs exactly one URL")
    status = 0
    results = asyncio.run(_fetch_each(urls, _fetch_config(args, args.delay)))
    for url, result in zip(urls, results, strict=True):
        if isinstance(result, FetchError):
            _error(str(result))
            status = 1
            continue
        name = args.name or fixture_name(url)
        try:
            print(_save_fixture(result, directory, name))
        except OsceParseError as exc:
            _error(f"{url}: {exc}; nothing saved")
            status = 1
        except OSError as exc:
            _error(f"{directory}: {exc.strerror or exc}")
            status = 1
    if status == 0:
        print("review the goldens, write a .facts.json for each page by hand, then commit")
    return status


# --- argument parsing --------------------------------------------------------------------------


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _positive(kind: type[int] | type[float]) -> Any:
    def convert(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value < 0:
            raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
        return value

    return convert


def _languages(text: str) -> tuple[str, ...]:
    codes = [code.strip().lower() for code in text.split(",") if code.strip()]
    unknown = [code for code in codes if code not in PATH_LANGUAGES]
    if not codes or unknown:
        raise argparse.ArgumentTypeError(
            f"not language codes: {', '.join(unknown) or repr(text)}"
            f" (one of {', '.join(sorted(PATH_LANGUAGES))}, comma-separated)"
        )
    return tuple(dict.fromkeys(codes))


def _share(text: str) -> float:
    value = _positive(float)(text)
    if value > 100:
        raise argparse.ArgumentTypeError(f"a percentage from 0 to 100: {text!r}")
    return float(value)


def _fetch_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--timeout", type=_positive(float), default=30.0, help="seconds per request")
    p.add_argument("--retries", type=_positive(int), default=2, help="retries per URL")
    p.add_argument("--user-agent", default=DEFAULT_USER_AGENT)


def _drift_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--drift-threshold",
        type=_share,
        default=20.0,
        metavar="POINTS",
        help="warn when a field's coverage drops by more than this many percentage points (20)",
    )
    p.add_argument(
        "--drift-min",
        type=_positive(int),
        default=10,
        metavar="N",
        help="compare coverage only with at least N releases on each side (10)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``osce-parse`` command."""
    parser = argparse.ArgumentParser(
        prog=PROG, description="Scrape osce.org press releases into clean, typed data."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse saved release pages and print them as JSON")
    p.add_argument("files", nargs="+", metavar="FILE", help="HTML files ('-' reads stdin)")
    p.add_argument("--format", choices=("json", "jsonl"), default="json")
    p.add_argument("--url", help="the URL the page(s) came from (node id, language, links)")
    p.set_defaults(func=_cmd_parse)

    def db_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", required=True, metavar="PATH", help="SQLite database file")
        p.add_argument(
            "--busy-timeout",
            type=_positive(float),
            default=DEFAULT_BUSY_TIMEOUT,
            metavar="SECONDS",
            help="how long to wait for another process's lock on the database "
            f"({DEFAULT_BUSY_TIMEOUT:g})",
        )

    def range_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("--since", type=_date, metavar="DATE", help="releases from this date on")
        p.add_argument("--until", type=_date, metavar="DATE", help="releases up to this date")

    p = sub.add_parser(
        "crawl",
        help="fetch new releases into the database (resumes an interrupted crawl)",
        description="Walk the date-sorted press-release listing (and optionally the sitemap), "
        "fetch and parse every new release and store it. Rerun the same command to resume "
        "after an interruption, or later to pick up new releases.",
    )
    db_arg(p)
    range_args(p)
    p.add_argument("--base-url", default=DEFAULT_BASE_URL, metavar="URL")
    p.add_argument("--start-url", action="append", metavar="URL", help="listing page to walk")
    p.add_argument("--structure", metavar="ID", help="listing filter: structure taxonomy id")
    p.add_argument("--field-of-work", metavar="ID", help="listing filter: field of work id")
    p.add_argument(
        "--languages",
        type=_languages,
        metavar="CODES",
        help="crawl only these languages (e.g. en,ru) and follow each release's translations "
        "in them; each version is stored as its own release, linked by node id",
    )
    p.add_argument("--sitemap", action="store_true", help="also discover releases in sitemap.xml")
    p.add_argument("--no-listing", action="store_true", help="do not walk the listing pages")
    p.add_argument("--full", action="store_true", help="walk everything, re-check stored pages")
    p.add_argument(
        "--recheck-pages",
        type=_positive(int),
        default=0,
        metavar="N",
        help="re-check stored releases on N listing pages past the newest stored one",
    )
    p.add_argument("--max-pages", type=_positive(int), metavar="N", help="stop after N pages")
    p.add_argument(
        "--page-size", type=int, choices=(10, 50), default=50, help="listing items per page"
    )
    p.add_argument(
        "--parse-workers",
        type=_positive(int),
        metavar="N",
        help="parse in N worker processes (0: in the crawling process; default: 2 for "
        "unthrottled crawls, --delay under 0.01, of 500+ pages on 2+ CPUs, else 0)",
    )
    p.add_argument("--delay", type=_positive(float), default=1.0, help="seconds between requests")
    p.add_argument("--concurrency", type=_positive(int), default=2, help="requests at once")
    p.add_argument("--timeout", type=_positive(float), default=30.0, help="seconds per request")
    p.add_argument("--retries", type=_positive(int), default=4, help="retries per URL")
    p.add_argument("--backoff", type=_positive(float), default=1.0, help="first retry wait, s")
    p.add_argument("--user-agent", default=DEFAULT_USER_AGENT)
    p.add_argument(
        "--progress",
        choices=("auto", "bar", "log", "none"),
        default="auto",
        help="a bar on a terminal, log lines otherwise (auto)",
    )
    _drift_args(p)
    p.set_defaults(func=_cmd_crawl)

    p = sub.add_parser("export", help="write stored releases as JSON Lines, CSV or Parquet")
    db_arg(p)
    range_args(p)
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    p.add_argument("--output", "-o", metavar="FILE", help="output file (default: stdout)")
    p.add_argument("--quotes", action="store_true", help="one row per quote")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("reparse", help="parse the stored raw pages again (after an upgrade)")
    db_arg(p)
    p.set_defaults(func=_cmd_reparse)

    p = sub.add_parser("stats", help="counts, date range and field coverage of the database")
    db_arg(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    _drift_args(p)
    p.set_defaults(func=_cmd_stats)

    p = sub.add_parser("taxonomy", help="list the site's fields of work, countries, structures")
    db_arg(p)
    p.add_argument("--group", choices=("fields_of_work", "countries", "structures"))
    p.set_defaults(func=_cmd_taxonomy)

    p = sub.add_parser(
        "check",
        help="parse one page and show every field with where it came from, and the warnings",
        description="Debug a page layout: fetch a URL (or read a file) and print each field, its "
        "value, the strategy that found it and the parser's warnings.",
    )
    p.add_argument("page", metavar="URL-or-FILE", help="a release URL, an HTML file, or '-'")
    p.add_argument("--url", help="for a file: the URL it came from")
    _fetch_args(p)
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser(
        "fixture",
        help="save live pages as test fixtures with their goldens",
        description="Fetch each URL and save it into the fixtures directory as served "
        "(live_<path>.html), with live_<path>.source.json (URL, final URL, fetch time, status, "
        "content type) and the golden live_<path>.json. Pages that are not releases are not "
        "saved.",
    )
    p.add_argument("urls", nargs="+", metavar="URL")
    p.add_argument("--dir", default="tests/fixtures", help="fixtures directory (tests/fixtures)")
    p.add_argument("--name", help="file name stem instead of live_<path> (one URL only)")
    p.add_argument(
        "--delay", type=_positive(float), default=2.0, help="seconds between requests (2)"
    )
    _fetch_args(p)
    p.set_defaults(func=_cmd_fixture)
    return parser


def _expected_error(group: BaseExceptionGroup[BaseException]) -> OsceParseError | None:
    """The first deliberate osce_parse error in an exception group (from the crawl's tasks)."""
    for exc in group.exceptions:
        if isinstance(exc, OsceParseError):
            return exc
        if isinstance(exc, BaseExceptionGroup):
            found = _expected_error(exc)
            if found is not None:
                return found
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    if getattr(args, "concurrency", 1) == 0:
        _error("--concurrency must be at least 1")
        return 2
    try:
        return int(args.func(args))
    except OsceParseError as exc:
        _error(str(exc))
        return 1
    except BaseExceptionGroup as group:
        found = _expected_error(group)
        if found is None:
            raise
        _error(str(found))
        return 1
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
