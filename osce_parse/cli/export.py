"""Exporting stored releases: JSON Lines and CSV (streamed), Parquet; the ``export`` command.

The format is ``--format``, else the output file's extension (``.csv``, ``.jsonl``/``.json``,
``.parquet``/``.pq``), else JSON Lines. CSV cells that start with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return are prefixed with ``'`` so a spreadsheet shows them as text instead of
running them as formulas (CSV injection); JSON Lines and Parquet keep every value as it is.
Parquet stores ``date`` as a date column.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from ..errors import OsceParseError
from ..models import Release
from .common import (
    PROG,
    Subcommands,
    UsageError,
    add_db_args,
    add_filter_args,
    add_range_args,
    existing_store,
    filters,
)

__all__ = ["CSV_COLUMNS", "FORMATS", "QUOTE_COLUMNS", "add_export", "export_releases", "safe_cell"]

FORMATS = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
"""Output file extensions and the format each means (when ``--format`` is not given)."""
_FORMULA = ("=", "+", "-", "@", "\t", "\r")

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


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run as a formula: text starting with ``= + - @``, a tab
    or a carriage return gets a leading ``'`` (numbers and other values pass unchanged)."""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


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
    releases: Iterable[Release | dict[str, Any]],
    out: TextIO,
    fmt: str = "jsonl",
    *,
    quotes: bool = False,
) -> int:
    """Write releases (:class:`Release` objects, or their ``to_dict()`` dicts, e.g. from
    ``Store.release_dicts()``) as JSON Lines or CSV; return the row count.

    With ``quotes``, one row per quote instead of one per release.
    """
    dicts = (r.to_dict() if isinstance(r, Release) else r for r in releases)
    rows: Iterable[dict[str, Any]] = _quote_rows(dicts) if quotes else dicts
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
        cells = row if quotes else _csv_row(row)
        writer.writerow({name: safe_cell(value) for name, value in cells.items()})
        count += 1
    return count


def _export_parquet(rows: list[dict[str, Any]], path: str) -> None:
    try:
        import pyarrow as pa  # type: ignore[import-not-found, import-untyped, unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError:
        raise OsceParseError(
            "Parquet export needs pyarrow: pip install 'osce-parse[parquet]'"
        ) from None
    for row in rows:  # dates as dates, not text
        if isinstance(row.get("date"), str):
            row["date"] = dt.date.fromisoformat(row["date"])
    pq.write_table(pa.Table.from_pylist(rows), path)


def _format(args: argparse.Namespace) -> str:
    """``--format``, else the one the output file's extension names, else JSON Lines."""
    if args.format:
        return str(args.format)
    if args.output in (None, "-"):
        return "jsonl"
    suffix = Path(args.output).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        raise UsageError(f"{args.output}: give --format, or an output file ending in {known}")
    return FORMATS[suffix]


def _cmd_export(args: argparse.Namespace) -> int:
    fmt = _format(args)
    with existing_store(args) as store:
        releases = store.release_dicts(**filters(args))
        if fmt == "parquet":
            if args.output in (None, "-"):
                raise OsceParseError("Parquet export needs --output FILE")
            rows = list(_quote_rows(releases)) if args.quotes else list(releases)
            _export_parquet(rows, args.output)
            count = len(rows)
        elif args.output in (None, "-"):
            count = export_releases(releases, sys.stdout, fmt, quotes=args.quotes)
        else:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                count = export_releases(releases, out, fmt, quotes=args.quotes)
    print(f"{PROG}: exported {count} {'quotes' if args.quotes else 'releases'}", file=sys.stderr)
    return 0


def add_export(sub: Subcommands) -> None:
    """The ``export`` command."""
    p = sub.add_parser(
        "export",
        help="write stored releases as JSON Lines, CSV or Parquet",
        description="Write stored releases, newest first. The format is --format, else the "
        "output file's extension (.csv, .jsonl, .json, .parquet, .pq), else JSON Lines. CSV "
        "cells starting with = + - @ (formulas in a spreadsheet) get a leading '.",
    )
    add_db_args(p)
    add_range_args(p)
    p.add_argument(
        "--format",
        choices=("jsonl", "csv", "parquet"),
        help="output format (default: from the --output extension, else jsonl)",
    )
    p.add_argument("--output", "-o", metavar="FILE", help="output file (default: stdout)")
    add_filter_args(p)
    p.add_argument("--quotes", action="store_true", help="one row per quote")
    p.set_defaults(func=_cmd_export)
