"""Storage errors: every SQLite failure as a :class:`StorageError` with a one-line message, and
the decorators that turn a :class:`Store` method's SQLite errors into it."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from ..errors import OsceParseError

__all__ = ["SearchError", "StorageError", "guarded", "guarded_iter", "storage_error"]


class StorageError(OsceParseError):
    """The database cannot be used: locked, disk full, I/O error, newer schema, not ours.

    ``kind`` names the cause for programs: "locked", "full", "io", "readonly", "corrupt",
    "open", "schema" or "other".
    """

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind


class SearchError(StorageError):
    """A search that cannot run: ``kind`` "query" (empty, or FTS5 cannot read it: the message
    quotes FTS5's reason) or "unavailable" (this Python's SQLite has no FTS5)."""


# SQLite primary result codes (https://sqlite.org/rescode.html) -> (kind, message).
_SQLITE_ERRORS = {
    5: ("locked", "database is locked by another process"),  # SQLITE_BUSY
    6: ("locked", "database is locked by another process"),  # SQLITE_LOCKED
    8: ("readonly", "database is read-only"),  # SQLITE_READONLY
    10: ("io", "disk I/O error"),  # SQLITE_IOERR
    11: ("corrupt", "database file is corrupt"),  # SQLITE_CORRUPT
    13: ("full", "database or disk is full"),  # SQLITE_FULL
    14: ("open", "cannot open the database file"),  # SQLITE_CANTOPEN
    26: ("corrupt", "not an osce-parse database"),  # SQLITE_NOTADB
}


def storage_error(path: Path, exc: sqlite3.Error, timeout: float) -> StorageError:
    """A one-line :class:`StorageError` for a failed SQLite call."""
    code = getattr(exc, "sqlite_errorcode", None)
    kind, message = _SQLITE_ERRORS.get((code or 0) & 0xFF, ("other", ""))
    if not message:  # no result code (older Python, or raised by the module itself)
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            kind, message = _SQLITE_ERRORS[5]
        elif "full" in text:
            kind, message = _SQLITE_ERRORS[13]
        else:
            message = f"database error: {exc}"
    if kind == "locked":
        return StorageError(f"{message} ({path}; gave up after {timeout:g} s)", kind)
    if kind == "full":
        detail = "nothing committed before is lost; free some space and run the command again"
        return StorageError(f"{message} ({path}): {detail}", kind)
    if kind == "io" and str(exc) != message:
        message = f"{message}: {exc}"
    return StorageError(f"{message} ({path})", kind)


class _Guarded(Protocol):
    def _error(self, exc: sqlite3.Error) -> StorageError: ...


_S = TypeVar("_S", bound=_Guarded)
_P = ParamSpec("_P")
_R = TypeVar("_R")
_T = TypeVar("_T")


def guarded(method: Callable[Concatenate[_S, _P], _R]) -> Callable[Concatenate[_S, _P], _R]:
    """Turn SQLite errors raised by a :class:`Store` method into :class:`StorageError`
    (the store's ``_error`` says which; integrity and programming errors are bugs and pass)."""

    @functools.wraps(method)
    def wrapper(self: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise  # a bug, not a condition of the database
            raise self._error(exc) from exc

    return wrapper


def guarded_iter(
    method: Callable[Concatenate[_S, _P], Iterator[_T]],
) -> Callable[Concatenate[_S, _P], Iterator[_T]]:
    """:func:`guarded` for generator methods (their SQL runs while they are iterated)."""

    @functools.wraps(method)
    def wrapper(self: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> Iterator[_T]:
        try:
            yield from method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise
            raise self._error(exc) from exc

    return wrapper
