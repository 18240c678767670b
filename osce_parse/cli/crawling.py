"""The ``crawl`` and ``reparse`` commands: fill the database from the site, or from itself."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
from typing import Any
from urllib.parse import urlsplit

from ..crawler import (
    DEFAULT_BASE_URL,
    DEFAULT_USER_AGENT,
    CrawlOptions,
    FetchConfig,
    Progress,
    crawl,
    reparse,
)
from ..crawler.reparse import reparse_workers
from ..errors import OsceParseError
from ..storage import Store
from .common import (
    EXIT_DISCOVERY,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    Subcommands,
    UsageError,
    add_db_args,
    add_drift_args,
    add_range_args,
    error,
    existing_store,
    languages,
    positive,
)
from .progress import ProgressBar, format_drift, format_summary

__all__ = ["add_crawl", "add_reparse"]


def _base_url(text: str) -> str:
    """``--base-url``: an http(s) URL with a host (else a usage error)."""
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"--base-url {text!r}: give an http(s) URL, e.g. https://www.osce.org")
    return text.rstrip("/")


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
        base_url=_base_url(args.base_url),
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
            error("interrupted; run the same command again to resume")
            return EXIT_INTERRUPTED
        print(format_summary(summary))
        report = store.coverage_drift(
            summary.crawl_id, threshold=args.drift_threshold / 100, min_releases=args.drift_min
        )
    for line in format_drift(report) if report else ():
        print(line)
    if summary.discovery_failed:
        return EXIT_DISCOVERY
    return EXIT_FAILED if summary.failed else EXIT_OK


def _reporter(args: argparse.Namespace) -> ProgressBar | None:
    if args.progress == "none":
        return None
    return ProgressBar(bar=None if args.progress == "auto" else args.progress == "bar")


def _cmd_reparse(args: argparse.Namespace) -> int:
    reporter = _reporter(args)

    def progress(done: int, total: int) -> None:
        if reporter is not None:
            reporter(Progress(done, total, "release", "", "re-parsed", 0, 0, 0))

    with existing_store(args) as store:
        try:
            outcomes = reparse(store, progress, workers=args.workers, restart=args.restart)
        except KeyboardInterrupt:
            error("interrupted; run the same command again to resume")
            return EXIT_INTERRUPTED
        finally:
            if reporter is not None:
                reporter.close()
    total = outcomes.total()
    print(
        f"re-parsed {total} releases: {outcomes['updated']} changed, {outcomes['same']} the same,"
        f" {outcomes['failed']} failed"
    )
    return EXIT_FAILED if outcomes["failed"] else EXIT_OK


def add_crawl(sub: Subcommands) -> None:
    """The ``crawl`` command."""
    p = sub.add_parser(
        "crawl",
        help="fetch new releases into the database (resumes an interrupted crawl)",
        description="Walk the date-sorted press-release listing (and optionally the sitemap), "
        "fetch and parse every new release and store it. Rerun the same command to resume "
        "after an interruption, or later to pick up new releases.",
    )
    add_db_args(p)
    add_range_args(p)
    _source_args(p)
    _scope_args(p)
    _politeness_args(p)
    p.add_argument(
        "--progress",
        choices=("auto", "bar", "log", "none"),
        default="auto",
        help="a bar on a terminal, log lines otherwise",
    )
    add_drift_args(p)
    p.set_defaults(func=_cmd_crawl)


def _source_args(p: argparse.ArgumentParser) -> None:
    """Where the crawl finds releases: the site, listing pages and filters, languages, sitemap."""
    p.add_argument(
        "--base-url", default=DEFAULT_BASE_URL, metavar="URL", help="the site, http(s)://host"
    )
    p.add_argument("--start-url", action="append", metavar="URL", help="listing page to walk")
    p.add_argument(
        "--structure", metavar="ID", help="listing filter: a structure's id (osce-parse taxonomy)"
    )
    p.add_argument(
        "--field-of-work",
        metavar="ID",
        help="listing filter: a field of work's id (osce-parse taxonomy)",
    )
    p.add_argument(
        "--languages",
        type=languages,
        metavar="CODES",
        help="crawl only these languages (e.g. en,ru) and follow each release's translations "
        "in them; each version is stored as its own release, linked by node id",
    )
    p.add_argument("--sitemap", action="store_true", help="also discover releases in sitemap.xml")
    p.add_argument("--no-listing", action="store_true", help="do not walk the listing pages")


def _scope_args(p: argparse.ArgumentParser) -> None:
    """How much of the site a run covers, and how it parses."""
    p.add_argument("--full", action="store_true", help="walk everything, re-check stored pages")
    p.add_argument(
        "--recheck-pages",
        type=positive(int),
        default=0,
        metavar="N",
        help="re-check stored releases on N listing pages past the newest stored one",
    )
    p.add_argument("--max-pages", type=positive(int), metavar="N", help="stop after N pages")
    p.add_argument(
        "--page-size", type=int, choices=(10, 50), default=50, help="listing items per page"
    )
    p.add_argument(
        "--parse-workers",
        type=positive(int),
        metavar="N",
        help="parse in N worker processes (0: in the crawling process; default: 2 for "
        "unthrottled crawls, --delay under 0.01, of 500+ pages on 2+ CPUs, else 0)",
    )


def _politeness_args(p: argparse.ArgumentParser) -> None:
    """Request spacing, concurrency, timeouts and retries, the User-Agent."""
    p.add_argument("--delay", type=positive(float), default=1.0, help="seconds between requests")
    p.add_argument("--concurrency", type=positive(int), default=2, help="requests at once")
    p.add_argument("--timeout", type=positive(float), default=30.0, help="seconds per request")
    p.add_argument("--retries", type=positive(int), default=4, help="retries per URL")
    p.add_argument("--backoff", type=positive(float), default=1.0, help="first retry wait, s")
    p.add_argument("--user-agent", default=DEFAULT_USER_AGENT, help="User-Agent header sent")


def add_reparse(sub: Subcommands) -> None:
    """The ``reparse`` command."""
    p = sub.add_parser(
        "reparse",
        help="parse the stored raw pages again (after an upgrade)",
        description="Parse every stored release again from its raw page, on every core, in "
        "key order, and store what changed (a prior version is kept). Nothing is fetched. A "
        "reparse stopped before the end (Ctrl-C, a crash) resumes where it stopped.",
    )
    add_db_args(p)
    p.add_argument(
        "--workers",
        type=positive(int),
        default=reparse_workers(),
        metavar="N",
        help="parse processes (0 or 1: parse in this process)",
    )
    p.add_argument(
        "--restart",
        action="store_true",
        help="start from the first release, not where a stopped reparse left off",
    )
    p.add_argument(
        "--progress",
        choices=("auto", "bar", "log", "none"),
        default="auto",
        help="a bar on a terminal, log lines otherwise",
    )
    p.set_defaults(func=_cmd_reparse)
