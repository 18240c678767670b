"""Per-field accuracy on pages written blind (by people who never read the parser's rules).

Usage: ``python benchmarks/pages_blind.py [-v] [DIR ...]`` (default: ``tests/blind/pages`` and
``tests/blind/listings``).

Each release page ``X.html`` has ``X.facts.json`` with the values its author decided before any
run (format: ``tests/blind/FACTS.md``); each listing page ``listing_X.html`` has its expected items
and next page. Strings are compared with whitespace collapsed (NBSP as a space); lists exactly, in
order. Paragraphs count as right when their number and the openings of the first and last agree.
Quotes are matched by paragraph and opening words. Listing items are matched by URL; each item
field is then scored over the matched items, and recall/precision over items.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from osce_parse import ParseError, parse_listing, parse_release  # noqa: E402

BLIND = ROOT / "tests" / "blind"
DEFAULT = [
    BLIND / "pages",
    BLIND / "listings",
    BLIND / "round2" / "pages",
    BLIND / "round2" / "listings",
    BLIND / "round3" / "pages",
    BLIND / "round3" / "listings",
    BLIND / "round5" / "pages",
    BLIND / "round5" / "listings",
]
RELEASE_FIELDS = (
    "url",
    "node_id",
    "language",
    "content_type",
    "title",
    "date",
    "date_source",
    "place",
    "sources",
    "fields_of_work",
    "dateline",
)
ITEM_FIELDS = ("title", "date", "content_type", "sources", "fields_of_work", "teaser_starts")
_MARKS = str.maketrans({c: '"' for c in "“”„‟«»"} | {c: "'" for c in "‘’‚‛‹›"})


def norm(value: Any) -> Any:
    """Whitespace collapsed and look-alike characters plain in strings (also inside lists), as the
    facts' conventions say (NBSP and U+2011 as space and hyphen); other values as they are."""
    if isinstance(value, str):
        return " ".join(value.replace("\u00a0", " ").replace("\u2011", "-").split())
    if isinstance(value, list):
        return [norm(v) for v in value]
    return value


class Table:
    """Hits and totals per field, and the misses for ``-v``."""

    def __init__(self) -> None:
        self.hits: dict[str, int] = defaultdict(int)
        self.total: dict[str, int] = defaultdict(int)
        self.misses: list[str] = []

    def add(self, name: str, ok: bool, page: str, detail: str = "") -> None:
        self.total[name] += 1
        self.hits[name] += ok
        if not ok:
            self.misses.append(f"{page}: {name}: {detail}")

    def print(self, title: str) -> None:
        print(f"-- {title}")
        for name in self.total:
            share = self.hits[name] / self.total[name]
            print(f"{name:<22} {share:.3f}  ({self.hits[name]}/{self.total[name]})")


def _starts(text: str, prefix: str) -> bool:
    return bool(norm(text).translate(_MARKS).startswith(norm(prefix).translate(_MARKS)))


def score_release(page: Path, facts: dict[str, Any], table: Table) -> None:
    """Score one release page against its facts."""
    name = page.name
    try:
        release = parse_release(page.read_bytes())
    except ParseError as exc:
        for key in (*RELEASE_FIELDS, "paragraphs"):
            if key in facts:
                table.add(key, False, name, f"ParseError {exc}")
        return
    data = release.to_dict()
    for key in RELEASE_FIELDS:
        if key in facts:
            want, got = norm(facts[key]), norm(data[key])
            table.add(key, want == got, name, f"want {want!r}, got {got!r}")
    if "paragraph_count" in facts:
        paras = release.paragraphs
        ok = (
            len(paras) == facts["paragraph_count"]
            and bool(paras)
            and _starts(paras[0], facts.get("first_paragraph_starts", ""))
            and _starts(paras[-1], facts.get("last_paragraph_starts", ""))
        )
        got = (
            f"{len(paras)} paragraphs, {paras[0][:40]!r} … {paras[-1][:40]!r}" if paras else "none"
        )
        table.add("paragraphs", ok, name, f"want {facts['paragraph_count']}, got {got}")
    if "images" in facts:
        table.add("images", len(release.images) == facts["images"], name, str(len(release.images)))
    _score_quotes(release, facts.get("quotes"), name, table)


def _score_quotes(release: Any, expected: list[dict[str, Any]] | None, name: str, t: Table) -> None:
    if expected is None:
        return
    free = list(release.quotes)
    for gold in expected:
        hit = next(
            (
                q
                for q in free
                if q.paragraph == gold["paragraph"]
                and _starts(q.text, " ".join(gold["starts"].split()[:4]))
            ),
            None,
        )
        t.add(
            "quotes.recall",
            hit is not None,
            name,
            f"missed p{gold['paragraph']} {gold['starts']!r}",
        )
        if hit is not None:
            free.remove(hit)
            ok = (gold.get("speaker") or "").casefold() == (hit.speaker or "").casefold()
            t.add("quotes.speaker", ok, name, f"want {gold.get('speaker')!r}, got {hit.speaker!r}")
    for q in free:
        t.add("quotes.precision", False, name, f"extra p{q.paragraph} {q.text[:50]!r}")
    matched = len(release.quotes) - len(free)
    for _ in range(matched):
        t.add("quotes.precision", True, name)


def score_listing(page: Path, facts: dict[str, Any], table: Table) -> None:
    """Score one listing page: items by URL, then each field of the matched items."""
    name = page.name
    listing = parse_listing(page.read_bytes(), facts.get("page_url"))
    got = {item.url: item for item in listing.items}
    want_urls = [item["url"] for item in facts["items"]]
    for item in facts["items"]:
        hit = got.get(item["url"])
        table.add("items.recall", hit is not None, name, f"missed {item['url']}")
        if hit is None:
            continue
        data = hit.to_dict()
        data["teaser_starts"] = data.pop("teaser")
        for key in ITEM_FIELDS:
            want, have = norm(item.get(key)), norm(data.get(key))
            if key == "teaser_starts":
                ok = (want is None and have is None) or (
                    want is not None and have is not None and _starts(have, want)
                )
            else:
                ok = want == have
            table.add(f"item.{key}", ok, name, f"{item['url']}: want {want!r}, got {have!r}")
    for url in got:
        table.add("items.precision", url in want_urls, name, f"extra {url}")
    want_next, got_next = facts.get("next_page"), listing.next_page
    table.add("next_page", want_next == got_next, name, f"want {want_next!r}, got {got_next!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    releases, listings = Table(), Table()
    counts = [0, 0]
    for directory in args.dirs:
        for facts_path in sorted(directory.glob("*.facts.json")):
            page = facts_path.with_name(facts_path.name.replace(".facts.json", ".html"))
            facts = {k: v for k, v in json.loads(facts_path.read_text("utf-8")).items()}
            if "items" in facts:
                counts[1] += 1
                score_listing(page, facts, listings)
            else:
                counts[0] += 1
                score_release(page, facts, releases)
    print(f"{counts[0]} release pages, {counts[1]} listing pages")
    releases.print("release fields")
    listings.print("listing fields")
    if args.verbose:
        print("-- misses")
        print("\n".join(releases.misses + listings.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
