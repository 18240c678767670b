"""Re-parsing stored releases from their raw pages (after upgrading osce_parse)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..errors import ParseError
from ..storage import Store
from .pool import parse_page

__all__ = ["reparse"]


def reparse(store: Store, progress: Callable[[int, int], None] | None = None) -> Counter[str]:
    """Parse every stored release again from its raw page; count outcomes (same/updated/failed).

    Use after upgrading osce_parse: nothing is fetched. Takes the database's crawl lock.
    """
    outcomes: Counter[str] = Counter()
    with store.exclusive("a reparse"):
        total = store.release_count()
        for index, (_, page) in enumerate(store.release_pages(), 1):  # streamed, 200 at a time
            try:
                release = parse_page(page.body, page.content_type, page.final_url)
            except ParseError:
                outcomes["failed"] += 1
            else:
                with store.transaction():
                    _, outcome = store.save_release(release, page.url)
                outcomes[outcome] += 1
            if progress is not None:
                progress(index, total)
    return outcomes
