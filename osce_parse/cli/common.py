"""What the commands share: the program name, error lines, the database and argument types."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any, TypeAlias

from ..crawler import DEFAULT_USER_AGENT
from ..errors import OsceParseError
from ..storage import DEFAULT_BUSY_TIMEOUT, Store
from ..urls import PATH_LANGUAGES

__all__ = [
    "EXIT_BUSY",
    "EXIT_DISCOVERY",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_STORAGE",
    "EXIT_USAGE",
    "PROG",
    "HelpFormatter",
    "Parser",
    "Subcommands",
    "UsageError",
    "add_db_args",
    "add_drift_args",
    "add_fetch_args",
    "add_filter_args",
    "add_range_args",
    "date",
    "error",
    "existing_store",
    "filters",
    "languages",
    "positive",
    "share",
]

PROG = "osce-parse"

# Exit statuses of the command (README, "Exit codes"): cron and CI tell them apart.
EXIT_OK = 0
"""Everything asked for was done (pages skipped on purpose, e.g. by robots.txt, included)."""
EXIT_FAILED = 1
"""Some pages or files failed (each named with its reason); the rest was done."""
EXIT_USAGE = 2
"""The command line is wrong (argparse's own status, and checks argparse cannot make)."""
EXIT_DISCOVERY = 3
"""crawl: a start page (the first listing page, or the sitemap) gave no release: the site
moved, changed its layout, or cannot be reached. What could be crawled was."""
EXIT_STORAGE = 4
"""The database cannot be used: locked by a writer, full disk, I/O error, not ours, too new."""
EXIT_BUSY = 5
"""Another crawl or reparse holds the database (the message names its process)."""
EXIT_INTERRUPTED = 130
"""Interrupted (Ctrl-C): run the same command again to resume."""


class UsageError(OsceParseError):
    """A command-line mistake that argparse cannot see (exit status 2)."""


class HelpFormatter(argparse.HelpFormatter):
    """``--help`` that shows each option's default (when it has one worth showing)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        default = action.default
        if (
            "%(default)" in text
            or default in (None, False, argparse.SUPPRESS)
            or not action.option_strings
        ):
            return action.help
        return f"{text} (default: %(default)s)" if text else "default: %(default)s"


class Parser(argparse.ArgumentParser):
    """An argument parser whose ``--help`` shows defaults (:class:`HelpFormatter`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


Subcommands: TypeAlias = "argparse._SubParsersAction[Parser]"
"""What ``add_subparsers()`` returns: each command module adds its parsers to it."""


def error(message: str) -> None:
    """Print ``osce-parse: message`` on stderr."""
    print(f"{PROG}: {message}", file=sys.stderr)


def existing_store(args: argparse.Namespace) -> Store:
    """Open a database that must exist already (commands that only read or re-parse)."""
    path = args.db
    if not Path(path).is_file():
        raise OsceParseError(f"{path}: no such database (run 'osce-parse crawl --db {path}')")
    return Store(path, busy_timeout=args.busy_timeout)


# --- argument types ----------------------------------------------------------------------------


def date(text: str) -> dt.date:
    """An ISO date argument."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def positive(kind: type[int] | type[float]) -> Any:
    """An argument type: a number of ``kind`` that is not negative."""

    def convert(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value < 0:
            raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
        return value

    return convert


def languages(text: str) -> tuple[str, ...]:
    """Comma-separated site language codes, lower-cased, without repeats."""
    codes = [code.strip().lower() for code in text.split(",") if code.strip()]
    unknown = [code for code in codes if code not in PATH_LANGUAGES]
    if not codes or unknown:
        raise argparse.ArgumentTypeError(
            f"not language codes: {', '.join(unknown) or repr(text)}"
            f" (one of {', '.join(sorted(PATH_LANGUAGES))}, comma-separated)"
        )
    return tuple(dict.fromkeys(codes))


def share(text: str) -> float:
    """A percentage from 0 to 100."""
    value = positive(float)(text)
    if value > 100:
        raise argparse.ArgumentTypeError(f"a percentage from 0 to 100: {text!r}")
    return float(value)


# --- argument groups ---------------------------------------------------------------------------


def add_db_args(p: argparse.ArgumentParser) -> None:
    """``--db`` and ``--busy-timeout``."""
    p.add_argument("--db", required=True, metavar="PATH", help="SQLite database file")
    p.add_argument(
        "--busy-timeout",
        type=positive(float),
        default=DEFAULT_BUSY_TIMEOUT,
        metavar="SECONDS",
        help="how long to wait for another process's lock on the database",
    )


def add_range_args(p: argparse.ArgumentParser) -> None:
    """``--since`` and ``--until``."""
    p.add_argument("--since", type=date, metavar="DATE", help="releases from this date on")
    p.add_argument("--until", type=date, metavar="DATE", help="releases up to this date")


def add_filter_args(p: argparse.ArgumentParser) -> None:
    """``--language``, ``--source`` and ``--field-of-work``: which stored releases."""
    p.add_argument("--language", metavar="CODE", help="releases in this language (en, ru, ...)")
    p.add_argument("--source", metavar="NAME", help="releases from this source (its name)")
    p.add_argument(
        "--field-of-work", metavar="NAME", help="releases in this field of work (its name)"
    )


def filters(args: argparse.Namespace) -> dict[str, Any]:
    """The store's filter keywords from the options of :func:`add_range_args` and
    :func:`add_filter_args`."""
    names = ("since", "until", "language", "source", "field_of_work")
    return {name: getattr(args, name) for name in names}


def add_fetch_args(p: argparse.ArgumentParser) -> None:
    """``--timeout``, ``--retries`` and ``--user-agent`` for commands that fetch a few pages."""
    p.add_argument("--timeout", type=positive(float), default=30.0, help="seconds per request")
    p.add_argument("--retries", type=positive(int), default=2, help="retries per URL")
    p.add_argument("--user-agent", default=DEFAULT_USER_AGENT, help="User-Agent header sent")


def add_drift_args(p: argparse.ArgumentParser) -> None:
    """``--drift-threshold`` and ``--drift-min``."""
    p.add_argument(
        "--drift-threshold",
        type=share,
        default=20.0,
        metavar="POINTS",
        help="warn when a field's coverage drops by more than this many percentage points",
    )
    p.add_argument(
        "--drift-min",
        type=positive(int),
        default=10,
        metavar="N",
        help="compare coverage only with at least N releases on each side",
    )
