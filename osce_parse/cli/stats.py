"""The ``stats`` and ``taxonomy`` commands: what the database holds."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from typing import Any

from ..models import MenuItem
from ..storage import CoverageReport, StoredStats, taxonomy_groups
from ..storage.taxonomy import norm
from .common import Subcommands, add_db_args, add_drift_args, error, existing_store
from .progress import format_drift, percent

__all__ = ["add_stats", "add_taxonomy"]


def _cmd_stats(args: argparse.Namespace) -> int:
    with existing_store(args) as store:
        stats = store.stats()
        report = store.coverage_drift(
            threshold=args.drift_threshold / 100, min_releases=args.drift_min
        )
    if args.json:
        print(json.dumps(_stats_dict(stats, report), ensure_ascii=False, indent=2))
        return 0
    _print_stats(stats)
    if report is not None:
        _print_layout_check(report, args.drift_min)
    return 0


def _stats_dict(stats: StoredStats, report: CoverageReport | None) -> dict[str, Any]:
    """``stats --json``."""
    return {
        "releases": stats.releases,
        "pages": stats.pages,
        "quotes": stats.quotes,
        "crawls": stats.crawls,
        "versions": stats.versions,
        "changed_releases": stats.changed_releases,
        "first_date": stats.first_date,
        "last_date": stats.last_date,
        "coverage": stats.coverage,
        "content_types": dict(stats.content_types),
        "unknown": {k: dict(v) for k, v in stats.unknown.items()},
        "last_crawl": stats.last_crawl,
        "drift": report.to_dict() if report else None,
    }


def _print_stats(stats: StoredStats) -> None:
    """Counts, dates, coverage, content types, unknown values and the last crawl."""
    print(
        f"releases: {stats.releases} (raw pages {stats.pages}, quotes {stats.quotes}, "
        f"crawls {stats.crawls})"
    )
    print(f"dates: {stats.first_date or '-'} .. {stats.last_date or '-'}")
    if stats.versions:
        changed = stats.changed_releases
        print(
            f"versions: {stats.versions} kept, {changed} release{'' if changed == 1 else 's'}"
            " changed by the site (prior versions: Store.versions(key))"
        )
    if stats.coverage:
        cover = ", ".join(f"{k.replace('_', ' ')} {percent(v)}" for k, v in stats.coverage.items())
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


def _print_layout_check(report: CoverageReport, drift_min: int) -> None:
    """The latest crawl's coverage against the database before it, and the drift warnings."""
    if report.comparable:
        verdict = f"{len(report.drops)} fields dropped" if report.drops else "no field dropped"
    elif not report.baseline_releases:
        verdict = "nothing to compare with"
    else:
        verdict = f"too few releases to compare (--drift-min {drift_min})"
    other = (
        f" ({report.unmatched} more of years and languages not stored before: not compared)"
        if report.unmatched
        else ""
    )
    print(
        f"layout check: crawl #{report.crawl_id} parsed {report.releases} releases, "
        f"{report.baseline_releases} were stored before it: {verdict}{other}"
    )
    for line in format_drift(report):
        print(line)


# Listing filter vocabularies: which ids a group's labels take.
_VOCABULARY = {"fields_of_work": 3, "countries": 1, "structures": 1}


def _menu_urls(items: Iterable[MenuItem]) -> dict[str, str]:
    urls: dict[str, str] = {}
    for item in items:
        if item.url:
            urls.setdefault(norm(item.label), item.url)
        urls |= {k: v for k, v in _menu_urls(item.children).items() if k not in urls}
    return urls


def taxonomy_table(
    menu: tuple[MenuItem, ...], terms: list[tuple[int, str, str]]
) -> dict[str, list[dict[str, str | None]]]:
    """Each menu group's labels with their filter id (from listing pages; None if no listing
    showed it) and menu URL: ``{group: [{"label", "id", "url"}]}``."""
    ids = {(vocabulary, norm(label)): term for vocabulary, term, label in terms}
    for vocabulary, term, label in terms:  # "OSCE Mission to Skopje" is "Mission to Skopje"
        ids.setdefault((vocabulary, norm(label).removeprefix("osce ")), term)
    urls = _menu_urls(menu)
    return {
        group: [
            {
                "label": label,
                "id": ids.get((_VOCABULARY[group], norm(label))),
                "url": urls.get(norm(label)),
            }
            for label in labels
        ]
        for group, labels in taxonomy_groups(menu).items()
    }


def _cmd_taxonomy(args: argparse.Namespace) -> int:
    with existing_store(args) as store:
        menu = store.taxonomy()
        terms = store.terms()
    if not menu:
        error(f"{args.db}: no crawl has stored the site menu yet")
        return 1
    table = taxonomy_table(menu, terms)
    groups = [args.group] if args.group else list(table)
    if args.format == "json":
        print(json.dumps({g: table[g] for g in groups}, ensure_ascii=False, indent=2))
        return 0
    for group in groups:
        option = "--field-of-work" if group == "fields_of_work" else "--structure"
        print(f"{group.replace('_', ' ')} ({len(table[group])}; the id is for {option}):")
        for row in table[group]:
            term = f"id {row['id']}" if row["id"] else "id ?"
            print(f"  {row['label']}  [{term}]  {row['url'] or '-'}")
    if not terms:
        print("(ids come from listing pages' filter links: run a crawl to collect them)")
    return 0


def add_stats(sub: Subcommands) -> None:
    """The ``stats`` command."""
    p = sub.add_parser("stats", help="counts, date range and field coverage of the database")
    add_db_args(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_drift_args(p)
    p.set_defaults(func=_cmd_stats)


def add_taxonomy(sub: Subcommands) -> None:
    """The ``taxonomy`` command."""
    p = sub.add_parser(
        "taxonomy",
        help="list the site's fields of work, countries, structures with ids and URLs",
        description="The site menu's fields of work, countries and structures, each with the "
        "id that crawl --field-of-work / --structure takes (collected from the listing pages' "
        "filter links; '?' until a listing showed it) and its page URL.",
    )
    add_db_args(p)
    p.add_argument("--group", choices=("fields_of_work", "countries", "structures"))
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=_cmd_taxonomy)
