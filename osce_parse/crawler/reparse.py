"""Re-parsing stored releases from their raw pages (after upgrading osce_parse), on every core.

Releases are handed out in key order, 64 at a time, to a :class:`ParsePool` of worker processes
(the compressed page goes to the worker, which decompresses and parses it); the results are
written back in the same order, a batch per transaction, together with how far the run got.
The next batch is already being parsed while one is written. A reparse stopped at any moment
(Ctrl-C, ``kill -9``) resumes after the last batch it committed; one crawl or reparse at a time
holds the database (:meth:`Store.exclusive`).
"""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from collections.abc import Callable, Coroutine
from typing import Any

from ..errors import ParseError
from ..models import Release
from ..storage import Store, StoredPage
from .pool import ParsePool, ParserCrash, parse_stored

__all__ = ["reparse", "reparse_workers"]

_BATCH = 64

Job = Coroutine[Any, Any, Release | None]


def reparse_workers() -> int:
    """The worker processes a reparse uses by default: one per usable CPU."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def reparse(
    store: Store,
    progress: Callable[[int, int], None] | None = None,
    *,
    workers: int | None = None,
    restart: bool = False,
) -> Counter[str]:
    """Parse every stored release again from its raw page; count outcomes (same, updated,
    failed) over the whole run, a resumed one included.

    Use after upgrading osce_parse: nothing is fetched. ``workers`` parse processes (default:
    one per CPU; 0 or 1: parse in this process). ``progress(done, total)`` after each batch.
    A run stopped before the end is resumed unless ``restart``. Takes the crawl lock.
    """
    count = reparse_workers() if workers is None else max(0, workers)
    with store.exclusive("a reparse"):
        return asyncio.run(_reparse(store, progress, count, restart))


async def _parse(pool: ParsePool | None, page: StoredPage) -> Release | None:
    args = (page.body, page.content_type, page.final_url)
    try:
        if pool is not None:
            return await pool.call(parse_stored, *args)
        return parse_stored(*args)
    except (ParseError, ParserCrash):
        return None


def _submit(pool: ParsePool | None, pages: list[StoredPage]) -> list[Job]:
    """Start parsing ``pages`` in the workers now (in this process: when awaited)."""
    jobs: list[Job] = [_parse(pool, page) for page in pages]
    if pool is None:
        return jobs
    tasks = [asyncio.ensure_future(job) for job in jobs]
    return [_wait(task) for task in tasks]


async def _wait(task: asyncio.Future[Release | None]) -> Release | None:
    return await task


async def _reparse(
    store: Store, progress: Callable[[int, int], None] | None, workers: int, restart: bool
) -> Counter[str]:
    run, after, counts = store.start_reparse(restart)
    outcomes: Counter[str] = Counter(counts)
    total = store.release_count()
    pool = ParsePool(workers) if workers > 1 else None
    if pool is not None:
        await pool.start()
        await pool.wait_ready()
    try:
        pages = store.stored_pages(after, _BATCH)
        jobs = _submit(pool, pages)
        while pages:
            following = store.stored_pages(pages[-1].key, _BATCH)
            queued = _submit(pool, following)  # parsed while this batch is written
            with store.transaction():
                for page, job in zip(pages, jobs, strict=True):
                    release = await job
                    if release is None:
                        outcomes["failed"] += 1
                    else:
                        outcomes[store.save_release(release, page.url)[1]] += 1
                store.reparse_position(run, pages[-1].key, dict(outcomes))
            if progress is not None:
                progress(min(outcomes.total(), total), total)
            pages, jobs = following, queued
        store.finish_reparse(run)
    finally:
        if pool is not None:
            await pool.aclose()
    return outcomes
