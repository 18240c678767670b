"""Parsing fetched pages, in this process or in worker processes (:class:`ParsePool`).

:func:`parse_page` and :func:`parse_listing_page` decode a response as the parser would read the
saved file (the HTTP header's charset as the declared one) and parse it; a :class:`ParsePool`
runs them in worker processes fed over socket pairs, so parsing keeps pace with a fast crawl.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import multiprocessing
import os
import pickle
import signal
import socket
import struct
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from ..errors import OsceParseError, ParseError
from ..models import Listing, Release
from ..parse import parse_listing, parse_release
from .fetch import decode_html

__all__ = [
    "ParsePool",
    "ParserCrash",
    "parse_and_pack",
    "parse_listing_page",
    "parse_page",
    "parse_stored",
]

logger = logging.getLogger(__name__)
T = TypeVar("T")


def parse_page(body: bytes, content_type: str | None, url: str) -> Release:
    """Decode and parse one fetched release page."""
    return parse_release(decode_html(body, content_type), url)


def parse_and_pack(
    body: bytes, content_type: str | None, url: str
) -> tuple[Release | None, str, bytes, str]:
    """Parse a fetched release page and compress it for storing, in one call (in a parse worker,
    both are off the crawl's event loop): ``(release or None, why not a release, the body as
    :meth:`~osce_parse.Store.save_page` stores it (zlib), its SHA-256)``."""
    packed, digest = zlib.compress(body, 1), hashlib.sha256(body).hexdigest()
    try:
        return parse_page(body, content_type, url), "", packed, digest
    except ParseError as exc:
        return None, str(exc), packed, digest


def parse_stored(packed: bytes, content_type: str | None, url: str) -> Release:
    """Decompress a page as :class:`~osce_parse.Store` keeps it and parse it (in a worker, so
    the decompression is off the calling process too)."""
    return parse_page(zlib.decompress(packed), content_type, url)


def parse_listing_page(body: bytes, content_type: str | None, url: str) -> Listing:
    """Decode and parse one fetched listing page."""
    return parse_listing(decode_html(body, content_type), url)


class ParserCrash(OsceParseError):
    """Parsing a page failed other than with :class:`ParseError`: a parser bug, or the parse
    worker process died."""


_LENGTH = struct.Struct("!i")  # the framing of multiprocessing.connection.Connection.send_bytes
_LONG_LENGTH = struct.Struct("!Q")


def _frame(data: bytes) -> bytes:
    if len(data) > 0x7FFFFFFF:
        return _LENGTH.pack(-1) + _LONG_LENGTH.pack(len(data)) + data
    return _LENGTH.pack(len(data)) + data


def _answer(job: int, function: Callable[..., Any], args: tuple[Any, ...]) -> bytes:
    try:
        answer: tuple[int, str, Any] = (job, "ok", function(*args))
    except ParseError as exc:
        answer = (job, "parse", str(exc))
    except Exception as exc:  # a parser bug: reported for this page, the worker lives on
        answer = (job, "crash", f"{type(exc).__name__}: {exc}")
    return pickle.dumps(answer, pickle.HIGHEST_PROTOCOL)


def _parse_worker(conn: Connection) -> None:
    """A worker process: run the calls sent over ``conn`` until the parent closes it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the crawling process
    with conn:
        try:
            conn.send_bytes(pickle.dumps((0, "ready", None)))
        except OSError:
            return
        while True:
            try:
                job, function, args = pickle.loads(conn.recv_bytes())
                answer = _answer(job, function, args)
                conn.send_bytes(answer)
            except (EOFError, OSError):  # the parent closed the connection (or is gone)
                return


class _WorkerLost(Exception):
    """The worker died holding this page, which did not kill it: parse the page elsewhere."""


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    jobs: dict[int, asyncio.Future[Any]] = field(default_factory=dict)
    ready: bool = False
    started: asyncio.Event = field(default_factory=asyncio.Event)  # ready, or dead
    task: asyncio.Task[None] | None = None


class ParsePool:
    """Worker processes that parse release pages, fed from the event loop over socket pairs.

    Unlike a ``ProcessPoolExecutor`` it runs no helper threads in the crawling process (they
    contend with the event loop for the GIL and leave the workers waiting for work). A worker
    that dies fails the page it was parsing (:class:`ParserCrash`) and is replaced; its other
    pages go to another worker. Until a worker is ready (importing osce_parse takes a moment), and
    if none can start at all (say, a script that spawns processes without an
    ``if __name__ == "__main__":`` guard), pages are parsed in this process. Bound to the event
    loop it starts in:

        async with ParsePool(1) as pool:
            release = await pool.parse(body, content_type, url)
    """

    def __init__(self, workers: int = 1) -> None:
        self.size = max(1, workers)
        self._workers: list[_Worker] = []
        self._jobs = 0
        self._closed = False
        self._broken = False  # a worker failed to start: parse in this process
        self._retired: list[BaseProcess] = []  # closed early, reaped by aclose()
        # Every worker's receiver: one whose worker died may still be reporting it (and
        # reaping the process) after the worker left _workers; aclose() waits for them all.
        self._receivers: list[asyncio.Task[None]] = []
        self._context = multiprocessing.get_context("spawn")  # no fork of a threaded process

    async def __aenter__(self) -> ParsePool:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    @property
    def pids(self) -> list[int]:
        """Process ids of the running workers."""
        return [w.process.pid for w in self._workers if w.process.pid is not None]

    async def start(self) -> None:
        """Start the worker processes (they import osce_parse while the crawl goes on)."""
        while len(self._workers) < self.size and not (self._closed or self._broken):
            await self._add_worker()

    async def _add_worker(self) -> None:
        try:
            self._workers.append(await self._spawn())
        except OSError as exc:  # no more processes or file descriptors
            if not self._workers:
                self._broken = True
            logger.warning("could not start a parse worker (%s); parsing goes on without it", exc)

    async def wait_ready(self) -> None:
        """Wait until every worker has started (or failed to: then pages are parsed here)."""
        while waiting := [w for w in self._workers if not w.started.is_set()]:
            await waiting[0].started.wait()

    async def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()  # a socket pair on POSIX
        process = self._context.Process(
            target=_parse_worker, args=(child,), name="osce-parse parser", daemon=True
        )
        try:
            process.start()
            sock = socket.socket(fileno=os.dup(parent.fileno()))
            reader, writer = await asyncio.open_connection(sock=sock, limit=1 << 20)
        except OSError:
            if process.pid is not None:
                process.terminate()
            raise
        finally:
            child.close()
            parent.close()
        worker = _Worker(process, reader, writer)
        worker.task = asyncio.get_running_loop().create_task(self._receive(worker))
        self._receivers.append(worker.task)
        return worker

    async def parse(self, body: bytes, content_type: str | None, url: str) -> Release:
        """Parse a page in the least busy worker; raises ParseError or :class:`ParserCrash`."""
        return await self.call(parse_page, body, content_type, url)

    async def call(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in the least busy worker: a module-level function, picklable
        arguments and result. Raises ParseError as such, any other exception as
        :class:`ParserCrash`."""
        if self._closed:
            raise RuntimeError("the parse pool is closed")
        while workers := [w for w in self._workers if w.ready]:
            worker = min(workers, key=lambda w: len(w.jobs))
            self._jobs += 1
            job = self._jobs
            future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            worker.jobs[job] = future
            data = pickle.dumps((job, function, args), pickle.HIGHEST_PROTOCOL)
            try:
                worker.writer.write(_frame(data))
                await worker.writer.drain()
            except ConnectionError:
                pass  # the worker is gone: its receiver settles the job
            try:
                result: T = await future
                return result
            except _WorkerLost:
                continue
            finally:
                worker.jobs.pop(job, None)
        # No worker yet (they take a moment to start) or none at all: run it here.
        return function(*args)

    async def _receive(self, worker: _Worker) -> None:
        reader = worker.reader
        try:
            while True:
                (size,) = _LENGTH.unpack(await reader.readexactly(_LENGTH.size))
                if size == -1:
                    (size,) = _LONG_LENGTH.unpack(await reader.readexactly(_LONG_LENGTH.size))
                job, kind, value = pickle.loads(await reader.readexactly(size))
                future = worker.jobs.pop(job, None)
                if kind == "ready":
                    worker.ready = True
                    worker.started.set()
                elif future is None or future.done():
                    continue
                elif kind == "ok":
                    future.set_result(value)
                elif kind == "parse":
                    future.set_exception(ParseError(value))
                else:
                    future.set_exception(ParserCrash(value))
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        await self._lost(worker)

    async def _lost(self, worker: _Worker) -> None:
        """The worker's connection ended: settle its pages, replace it (unless closing)."""
        worker.writer.close()
        worker.started.set()
        if self._closed or self._broken or worker not in self._workers:
            self._settle(worker, None)
            return  # aclose() waits for the process
        self._workers.remove(worker)
        await _reap(worker.process, 1.0)
        pid, code = worker.process.pid, worker.process.exitcode
        if not worker.ready:  # it died starting: so will the others
            self._broken = True
            logger.warning(
                "parse worker %s could not start (exit code %s); parsing in this process",
                pid,
                code,
            )
            others, self._workers = self._workers, []
            for other in others:
                other.writer.close()
                self._retired.append(other.process)
            self._settle(worker, None)
            return
        logger.warning("parse worker %s died (exit code %s); starting another", pid, code)
        await self._add_worker()
        culprit = next(iter(worker.jobs), None)  # a worker parses its pages in order
        self._settle(worker, culprit)

    def _settle(self, worker: _Worker, culprit: int | None) -> None:
        for job, future in worker.jobs.items():
            if not future.done():
                if job == culprit:
                    future.set_exception(ParserCrash("the parse worker died on this page"))
                else:
                    future.set_exception(_WorkerLost())
        worker.jobs.clear()

    async def aclose(self) -> None:
        """Stop the workers (they exit when their connection closes) and wait for them."""
        self._closed = True
        workers, self._workers = self._workers, []
        for worker in workers:
            worker.writer.close()
        tasks = list(self._receivers)
        await asyncio.gather(*tasks, return_exceptions=True)
        for process in [w.process for w in workers] + self._retired:
            await _reap(process, 5.0)


async def _reap(process: BaseProcess, timeout: float) -> None:
    """Wait up to ``timeout`` seconds for ``process`` to end, then terminate it."""
    deadline = time.monotonic() + timeout
    while process.is_alive() and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    if process.is_alive():
        process.terminate()
        process.join(1.0)
