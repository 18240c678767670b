"""The ``search`` and ``datasette-metadata`` commands: asking the database questions."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..storage import SearchError, SearchHit
from ..storage.datasette import datasette_metadata
from .common import (
    PROG,
    Subcommands,
    UsageError,
    add_db_args,
    add_filter_args,
    add_range_args,
    existing_store,
    filters,
    positive,
)

__all__ = ["add_datasette_metadata", "add_search", "hit_dict"]

_BOLD = ("\x1b[1m", "\x1b[0m")


def hit_dict(hit: SearchHit) -> dict[str, Any]:
    """A search hit as JSON-ready values."""
    return {
        "key": hit.key,
        "url": hit.url,
        "title": hit.title,
        "date": hit.date.isoformat() if hit.date else None,
        "language": hit.language,
        "rank": hit.rank,
        "snippet": hit.snippet,
    }


def _print_text(hits: list[SearchHit]) -> None:
    for number, hit in enumerate(hits, 1):
        date = hit.date.isoformat() if hit.date else "----------"
        print(f"{number:>3}. {date}  {hit.language or '?'}  {hit.title}")
        print(f"     {hit.url}")
        print(f"     {' '.join(hit.snippet.split())}")


def _cmd_search(args: argparse.Namespace) -> int:
    fmt = args.format
    highlight = _BOLD if fmt == "text" and sys.stdout.isatty() else ("[", "]")
    with existing_store(args) as store:
        try:
            hits = store.search(
                args.query,
                **filters(args),
                limit=args.limit,
                raw=args.raw,
                highlight=highlight,
            )
        except SearchError as exc:
            if exc.kind == "query":
                raise UsageError(str(exc)) from None
            raise
    if fmt == "json":
        print(json.dumps([hit_dict(hit) for hit in hits], ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for hit in hits:
            print(json.dumps(hit_dict(hit), ensure_ascii=False))
    else:
        _print_text(hits)
    print(f"{PROG}: {len(hits)} release{'' if len(hits) == 1 else 's'} found", file=sys.stderr)
    return 0


def add_search(sub: Subcommands) -> None:
    """The ``search`` command."""
    p = sub.add_parser(
        "search",
        help="full-text search of the stored releases, best first, with snippets",
        description="Search the titles and bodies of the stored releases (SQLite FTS5), best "
        "match first (bm25; a title match counts three times a body match). Every word must "
        'occur; "quoted words" are a phrase, word* matches words starting with it. Case and '
        "diacritics are ignored (Zurich finds Zürich); English words are stemmed (elections "
        "finds election), words of other languages match as written. --raw takes FTS5's own "
        "syntax: OR, NOT, NEAR(a b, 5), title: word.",
    )
    p.add_argument("query", help="the words to look for")
    add_db_args(p)
    add_range_args(p)
    add_filter_args(p)
    p.add_argument("--limit", type=positive(int), default=20, help="at most this many hits")
    p.add_argument("--raw", action="store_true", help="the query is FTS5 syntax as it is")
    p.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        default="text",
        help="text: date, language, title, URL, snippet ([matched] words) a hit",
    )
    p.set_defaults(func=_cmd_search)


def _cmd_datasette_metadata(args: argparse.Namespace) -> int:
    with existing_store(args):  # brings an older database to the schema the metadata names
        pass
    text = json.dumps(datasette_metadata(args.db), ensure_ascii=False, indent=2) + "\n"
    if args.output in (None, "-"):
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(text)
    return 0


def add_datasette_metadata(sub: Subcommands) -> None:
    """The ``datasette-metadata`` command."""
    p = sub.add_parser(
        "datasette-metadata",
        help="write Datasette's metadata.json for the database (facets, labels, search)",
        description="Write the metadata.json that makes the database browse well in "
        "Datasette: facets on language, content type, year, sources and fields of work, "
        "names for the foreign keys, the search box on releases, canned queries; the "
        "crawler's own tables hidden. Then: datasette DB --metadata metadata.json",
    )
    add_db_args(p)
    p.add_argument("--output", "-o", metavar="FILE", help="output file (default: stdout)")
    p.set_defaults(func=_cmd_datasette_metadata)
