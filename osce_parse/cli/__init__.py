"""The ``osce-parse`` command: parse files, crawl osce.org into SQLite, export, search, re-parse,
stats, Datasette metadata, check one page, save live pages as test fixtures.

Expected failures (unreadable files, pages that are not releases, a database of another program,
a database locked by another process, a full disk) end in a one-line ``osce-parse: …`` message
on stderr and a non-zero exit status, never a traceback. The statuses are documented in
:mod:`.common` (``EXIT_*``) and the README: 0 ok, 1 some pages failed, 2 usage, 3 discovery
failed, 4 storage, 5 database busy with another crawl, 130 interrupted.

Module by module: ``common.py`` (shared arguments, errors), ``pages.py`` (parse, check,
fixture), ``crawling.py`` (crawl, reparse), ``export.py`` (export, and :func:`export_releases`),
``query.py`` (search, datasette-metadata), ``stats.py`` (stats, taxonomy), ``progress.py`` (the
progress bar and summaries). A command is
an ``add_<command>(sub)`` function that adds its parser (with ``func`` set to the function that
runs it), listed in :data:`COMMANDS` in the order ``--help`` shows.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .. import __version__
from ..errors import OsceParseError
from ..storage import StorageError
from .common import (
    EXIT_BUSY,
    EXIT_FAILED,
    EXIT_STORAGE,
    EXIT_USAGE,
    PROG,
    Parser,
    Subcommands,
    UsageError,
    error,
)
from .crawling import add_crawl, add_reparse
from .export import add_export, export_releases
from .pages import add_check, add_fixture, add_parse, check_report
from .progress import ProgressBar, format_drift, format_summary
from .query import add_datasette_metadata, add_search
from .stats import add_stats, add_taxonomy

__all__ = [
    "ProgressBar",
    "check_report",
    "export_releases",
    "format_drift",
    "format_summary",
    "main",
]

COMMANDS: tuple[Callable[[Subcommands], None], ...] = (
    add_parse,
    add_crawl,
    add_export,
    add_search,
    add_reparse,
    add_stats,
    add_taxonomy,
    add_datasette_metadata,
    add_check,
    add_fixture,
)
"""The commands, in the order ``osce-parse --help`` lists them."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``osce-parse`` command."""
    parser = Parser(
        prog=PROG,
        description="Scrape osce.org press releases into clean, typed data.",
        epilog="exit status: 0 ok, 1 some pages or files failed, 2 usage error, 3 discovery "
        "failed (crawl), 4 database error, 5 database busy with another crawl, 130 interrupted",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=Parser
    )
    for add in COMMANDS:
        add(sub)
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


def _status(exc: OsceParseError) -> int:
    """The exit status of an expected error (see :mod:`.common`)."""
    if isinstance(exc, UsageError):
        return EXIT_USAGE
    if isinstance(exc, StorageError):
        return EXIT_BUSY if exc.kind == "busy" else EXIT_STORAGE
    return EXIT_FAILED


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    if getattr(args, "concurrency", 1) == 0:
        error("--concurrency must be at least 1")
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except OsceParseError as exc:
        error(str(exc))
        return _status(exc)
    except BaseExceptionGroup as group:
        found = _expected_error(group)
        if found is None:
            raise
        error(str(found))
        return _status(found)
