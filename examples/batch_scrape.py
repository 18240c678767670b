"""Batch-scrape OSCE press releases into SQLite and JSON Lines with the osce_parse library.

    python examples/batch_scrape.py --since 2020-01-01            # osce.org, politely
    python examples/batch_scrape.py --demo                        # offline: a local fake osce.org

The first run fetches every release since the date; later runs (weekly, say) fetch only the new
ones, and a run that was interrupted (Ctrl-C, a crash, a reboot) resumes where it stopped. Every
release ends up once in the database and in the JSON Lines file, newest first.

``--demo`` serves the release pages shipped with osce_parse as a fake osce.org on 127.0.0.1 (30
releases on listing pages, with robots.txt and a sitemap) and crawls that instead, so the whole
pipeline runs on a machine without network access, from a plain ``pip install``.

Only the public API is used: every name comes from ``osce_parse`` itself.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import sys
from pathlib import Path

from osce_parse import (
    CrawlOptions,
    CrawlSummary,
    FakeSite,
    FetchConfig,
    OsceParseError,
    Progress,
    Store,
    crawl,
    export_releases,
)


class ProgressLine:
    """The ``progress`` callback of ``crawl``: a redrawn line on a terminal, else a line a page."""

    def __init__(self) -> None:
        self.redraw = sys.stderr.isatty()

    def __call__(self, p: Progress) -> None:
        if self.redraw:
            line = f"\r{p.done}/{p.total} pages, {p.new} new, {p.failed} failed"
            print(line, end="", file=sys.stderr, flush=True)
        else:
            print(f"[{p.done}/{p.total}] {p.kind} {p.url}: {p.outcome}", file=sys.stderr)

    def close(self) -> None:
        if self.redraw:
            print(file=sys.stderr)


def describe(summary: CrawlSummary) -> str:
    """A few lines about a crawl run, from the summary's fields (as ``osce-parse crawl`` says)."""
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
    if summary.failed:
        lines.append(f"failed {len(summary.failed)}:")
        lines += [f"  {url}: {reason}" for url, reason in summary.failed]
    if summary.discovery:
        lines.append("discovery: " + "; ".join(summary.discovery))
    if summary.discovery_failed:  # a start page gave no release: the site moved or is down
        lines.append("error: discovery failed: a start page gave no release")
    if summary.pending:
        lines.append(f"{summary.pending} pages left: run the same command again to resume")
    return "\n".join(lines)


def scrape(
    db: Path, out: Path, options: CrawlOptions, since: dt.date | None
) -> tuple[CrawlSummary, int]:
    """Crawl into ``db`` (resuming or adding to it), then write its releases to ``out``."""
    with Store(db) as store:
        progress = ProgressLine()
        try:
            summary = asyncio.run(crawl(store, options, progress=progress))
        finally:
            progress.close()
        with out.open("w", encoding="utf-8") as stream:
            written = export_releases(store.releases(since=since), stream, "jsonl")
    return summary, written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--since", type=dt.date.fromisoformat, help="first date (YYYY-MM-DD)")
    parser.add_argument(
        "--db", type=Path, help="SQLite file (default: osce.sqlite; osce-demo.sqlite with --demo)"
    )
    parser.add_argument("--out", type=Path, default=Path("releases.jsonl"))
    parser.add_argument("--base-url", default="https://www.osce.org")
    parser.add_argument("--delay", type=float, default=1.0, help="seconds between requests")
    parser.add_argument("--demo", action="store_true", help="crawl a local fake osce.org")
    parser.add_argument(
        "--fixtures",
        type=Path,
        default=FakeSite.PAGES,
        help="pages for --demo (default: the ones shipped with osce_parse; the repository's"
        " tests/fixtures serve more)",
    )
    args = parser.parse_args(argv)

    with contextlib.ExitStack() as stack:
        if args.demo:
            site = stack.enter_context(FakeSite(args.fixtures, count=30, crawl_delay=0.05))
            print(f"demo: serving {len(site.releases)} releases at {site.base_url}")
            options = CrawlOptions(
                base_url=site.base_url,
                since=args.since,
                page_size=10,  # the fake site's pages: 3 listing pages for 30 releases
                fetch=FetchConfig(delay=0.02),
            )
            db = args.db or Path("osce-demo.sqlite")
        else:
            options = CrawlOptions(
                base_url=args.base_url, since=args.since, fetch=FetchConfig(delay=args.delay)
            )
            db = args.db or Path("osce.sqlite")
        try:
            summary, written = scrape(db, args.out, options, args.since)
        except OsceParseError as exc:
            print(f"batch_scrape: {exc}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("interrupted: run the same command again to resume", file=sys.stderr)
            return 130
    print(describe(summary))
    print(f"{written} releases in {db} and {args.out}")
    # The exit statuses of osce-parse crawl: 3 discovery failed, 1 some pages failed.
    if summary.discovery_failed:
        return 3
    return 1 if summary.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
