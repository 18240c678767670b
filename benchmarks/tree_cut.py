"""What parsing only ``<head>`` and ``<main>`` would buy, and what it would lose (issue 13).

For every saved release page with exactly one ``<main>`` (fixtures and blind sets), builds a
cut-down page of ``<head>``, the ``<main>`` element and the JSON-LD scripts, parses both with
``parse_release`` and prints:

- how many pages give a different result, and in which fields (fields written outside
  ``<main>``, which the parser reads anywhere on the page, are lost);
- pages/s on the current-generation fixtures, whole page vs cut, against trafilatura's
  ``bare_extraction(with_metadata=True)`` and the bare lxml tree of the whole page, in one run.

    pip install -e '.[bench]'
    python benchmarks/tree_cut.py [--repeat 10]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

import lxml.etree
from parse_speed import rate  # this folder: run as a script

from osce_parse import ParseError, parse_release

TESTS = Path(__file__).resolve().parent.parent / "tests"
_LD_JSON = re.compile(r"<script[^>]*ld\+json.*?</script\s*>", re.S | re.I)
_HTML_OPEN = re.compile(r"(?s).*?<html[^>]*>")


def cut(html: str) -> str | None:
    """``<head>`` + the one ``<main>`` + JSON-LD, or None when the page has not exactly one
    ``<main>`` (lower-case tags, as the site writes them)."""
    if html.count("<main") != 1:
        return None
    head, head_end = html.find("<head"), html.find("</head>")
    main, main_end = html.find("<main"), html.find("</main>")
    if min(head, head_end, main, main_end) < 0:
        return None
    scripts = "".join(_LD_JSON.findall(html, head_end))
    opening = _HTML_OPEN.match(html)
    return (
        (opening.group() if opening else "<html>")
        + html[head : head_end + 7]
        + "<body>"
        + html[main : main_end + 7]
        + scripts
        + "</body></html>"
    )


def _fields(html: str) -> dict[str, Any] | str:
    try:
        record = parse_release(html).to_dict()
    except ParseError as exc:
        return f"ParseError: {exc}"
    record.pop("provenance", None)
    record.pop("warnings", None)
    return record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    import trafilatura

    pages = [
        p
        for p in sorted(TESTS.rglob("*.html"))
        if "listing" not in p.name and "listings" not in p.parts
    ]
    cuttable = changed = 0
    lost: Counter[str] = Counter()
    for path in pages:
        html = path.read_text("utf-8", errors="replace")
        small = cut(html)
        if small is None:
            continue
        cuttable += 1
        whole, part = _fields(html), _fields(small)
        if whole != part:
            changed += 1
            if isinstance(whole, dict) and isinstance(part, dict):
                lost.update(k for k in whole if whole[k] != part.get(k))
            else:
                lost["parse error"] += 1
    print(
        f"{len(pages)} release pages, {cuttable} with one <main>: the cut changes {changed} "
        f"({dict(lost.most_common())})"
    )
    current = [p.read_text("utf-8") for p in sorted((TESTS / "fixtures").glob("current_*.html"))]
    small_pages = [cut(html) or html for html in current]
    whole = rate(parse_release, current, args.repeat)
    part = rate(parse_release, small_pages, args.repeat)
    peer = rate(partial(trafilatura.bare_extraction, with_metadata=True), current, 3)
    tree = rate(partial(lxml.etree.fromstring, parser=lxml.etree.HTMLParser()), current, 20)
    print(
        f"current generation ({len(current)} pages): whole page {1000 / whole:.2f} ms "
        f"({whole / peer:.1f}x trafilatura), head+main {1000 / part:.2f} ms "
        f"({part / peer:.1f}x), trafilatura {1000 / peer:.1f} ms, lxml tree of the whole page "
        f"alone {1000 / tree:.2f} ms ({tree / peer:.1f}x): 20x trafilatura is "
        f"{1000 / (20 * peer):.2f} ms a page"
    )


if __name__ == "__main__":
    main()
