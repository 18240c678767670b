"""Parser speed against a peer, measured in the same run.

Parses every fixture page N times with ``osce_parse.parse_release`` and with
``trafilatura.bare_extraction(..., with_metadata=True)`` and prints pages/s for both and the ratio,
for the current-generation pages and for all pages; and, as the floor no parser of the whole page
can go below, the time lxml takes to build the page's tree and nothing else.

    pip install -e '.[bench]'
    python benchmarks/parse_speed.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import lxml.etree

from osce_parse import parse_release

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def _pages() -> dict[str, list[tuple[str, str]]]:
    pages = [
        (p.name, p.read_text("utf-8"))
        for p in sorted(FIXTURES.glob("*.html"))
        if not p.name.startswith("listing_")
    ]
    return {
        "current generation": [page for page in pages if page[0].startswith("current_")],
        "all fixtures": pages,
    }


def rate(func: Callable[[str], object], pages: list[str], repeat: int) -> float:
    """Pages per second: the median over ``repeat`` rounds of parsing every page once."""
    for html in pages:  # warm-up: imports, caches, regex compilation
        func(html)
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for html in pages:
            func(html)
        rounds.append(time.perf_counter() - start)
    return len(pages) / statistics.median(rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    try:
        import trafilatura
    except ImportError:
        raise SystemExit(
            "trafilatura is needed for the comparison: pip install -e '.[bench]'"
        ) from None

    def peer(html: str) -> object:
        return trafilatura.bare_extraction(html, with_metadata=True)

    for group, pages in _pages().items():
        if not pages:
            continue
        size = statistics.median(len(html.encode()) for _, html in pages) / 1024
        texts = [html for _, html in pages]
        ours = rate(parse_release, texts, args.repeat)
        theirs = rate(peer, texts, max(3, args.repeat // 5))
        tree = rate(partial(lxml.etree.fromstring, parser=lxml.etree.HTMLParser()), texts, 20)
        print(
            f"{group}: {len(pages)} pages, median {size:.0f} KB | osce_parse {ours:.0f} pages/s "
            f"({1000 / ours:.2f} ms/page) | trafilatura {theirs:.1f} pages/s "
            f"({1000 / theirs:.1f} ms/page) | ratio {ours / theirs:.1f}x | lxml tree only "
            f"{1000 / tree:.2f} ms/page ({tree / ours:.1f}x osce_parse's rate)"
        )


if __name__ == "__main__":
    main()
