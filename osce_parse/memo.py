"""Remembering the answers of small pure functions of one string (a word, an address), for the
strings a site repeats on every page, never for long ones: a hostile page's megabyte-long
attributes would otherwise stay in memory for the life of the process."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

__all__ = ["remember_short"]

T = TypeVar("T")


def remember_short(limit: int, maxsize: int) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Decorate a function of one string so that its answers for strings of up to ``limit``
    characters are remembered (the last ``maxsize`` of them); longer ones are computed afresh."""

    def decorate(func: Callable[[str], T]) -> Callable[[str], T]:
        remembered = functools.lru_cache(maxsize=maxsize)(func)

        @functools.wraps(func)
        def call(value: str) -> T:
            return remembered(value) if len(value) <= limit else func(value)

        return call

    return decorate
