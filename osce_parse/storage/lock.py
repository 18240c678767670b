"""One crawl (or reparse) at a time per database: an exclusive lock on ``<db>.lock``.

The lock is the operating system's (``flock``), so it goes away with its process, however that
process ends (``kill -9`` included): no stale lock to clean up. The file also says who holds it
(process id, host, command, start time), for the error the second process gives. Where ``flock``
does not exist (Windows) no lock is taken.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import StorageError

if sys.platform != "win32":
    import fcntl

__all__ = ["exclusive"]


def _holder(handle: IO[str]) -> str:
    handle.seek(0)
    try:
        info = json.loads(handle.read() or "{}")
    except ValueError:
        info = {}
    if not info:
        return "another process"
    return (
        f"{info.get('what', 'a crawl')} (pid {info.get('pid', '?')} on {info.get('host', '?')},"
        f" since {info.get('started', '?')})"
    )


@contextlib.contextmanager
def exclusive(db_path: Path, what: str) -> Iterator[None]:
    """Hold the database's crawl lock while the block runs; raise :class:`StorageError` (kind
    "busy") naming the holder if another process has it."""
    if sys.platform == "win32":  # pragma: no cover
        yield
        return
    path = db_path.with_name(db_path.name + ".lock")
    try:
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the block
    except OSError as exc:
        raise StorageError(f"{path}: cannot create the lock file: {exc.strerror}", "open") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise StorageError(
                f"{db_path}: in use by {_holder(handle)}; wait for it to end, or stop it",
                "busy",
            ) from None
        try:
            info = {
                "what": what,
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            }
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(info) + "\n")
            handle.flush()
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
