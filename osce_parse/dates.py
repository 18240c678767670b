"""Dates: strings and datetimes to ``datetime.date``, and the dateline at the head of a release.

Fast path first (regular expressions and month-name tables), ``dateparser`` only as the fallback,
with the language fixed and one parser instance per language reused.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from .labels import MONTHS
from .text import clean

__all__ = ["SITE_TZ", "Dateline", "find_dateline", "parse_date", "parse_datetime"]

SITE_TZ = ZoneInfo("Europe/Vienna")

_WORD = r"[^\W\d_][^\W\d_.]*\.?"
_DMY = re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+({_WORD})\s*,?\s+(\d{{4}})(?!\d)")
_MDY = re.compile(rf"({_WORD})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})(?!\d)")
_DM = re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+({_WORD})")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)")


def _month(word: str, language: str | None) -> int | None:
    key = word.rstrip(".").casefold()
    table = MONTHS.get(language or "en") or MONTHS["en"]
    month = table.get(key)
    if month is None and language not in (None, "en"):
        month = MONTHS["en"].get(key)
    return month


def _make(year: int, month: int | None, day: int) -> dt.date | None:
    if month is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, language: str | None = "en") -> dt.date | None:
    """The first calendar date written in ``text`` ("4 September 2008", "2008-09-04"), or None."""
    text = clean(text)
    if not text:
        return None
    if m := _ISO.search(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.search(text):
        found = _make(int(m[3]), _month(m[2], language), int(m[1]))
        if found:
            return found
    if m := _MDY.search(text):
        found = _make(int(m[3]), _month(m[1], language), int(m[2]))
        if found:
            return found
    if m := _NUMERIC.search(text):
        return _make(int(m[3]), int(m[2]), int(m[1]))
    return _fallback(text, language)


def parse_day_month(text: str, language: str | None = "en") -> tuple[int, int] | None:
    """Return (day, month) from a date written without a year ("12 July"), or None."""
    m = _DM.search(clean(text))
    if not m:
        return None
    month = _month(m[2], language)
    return (int(m[1]), month) if month else None


@lru_cache(maxsize=32)
def _dateparser(language: str) -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=[language],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"},
    )


def _fallback(text: str, language: str | None) -> dt.date | None:
    if len(text) > 80 or not any(c.isdigit() for c in text):
        return None
    try:
        data = _dateparser(language or "en").get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    value = getattr(data, "date_obj", None)
    return value.date() if isinstance(value, dt.datetime) else None


def parse_datetime(value: str) -> dt.date | None:
    """Return the site-local (Europe/Vienna) calendar date of an ISO 8601 date or datetime."""
    value = value.strip()
    if not value:
        return None
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00", 1))
    except ValueError:
        m = _ISO.search(value)
        return _make(int(m[1]), int(m[2]), int(m[3])) if m else None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(SITE_TZ)
    return stamp.date()


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place-and-date opening of a release: ``text`` as written (without the dash)."""

    text: str
    place: str
    date: dt.date | None
    day_month: tuple[int, int] | None
    end: int  # offset in the paragraph where the body text after the dash starts


_DATELINE = re.compile(
    r"""^(?P<place>[^\W\d_][^\d,]{0,60}(?:,\s*[^\W\d_][^\d,]{0,40}){0,3}?)
        \s*,\s*
        (?P<date>(?:\d{1,2}\.?\s+[^\W\d_]+\.?(?:\s*,?\s*\d{4})?
                  |[^\W\d_]+\.?\s+\d{1,2}(?:\s*,\s*\d{4})?))
        (?:\s*г\.)?
        \s*(?P<dash>[-‐‑‒–—―])\s*""",
    re.VERBOSE,
)


def find_dateline(paragraph: str, language: str | None = "en") -> Dateline | None:
    """Return the dateline that opens ``paragraph`` ("VIENNA, 4 September 2008 - …"), or None."""
    m = _DATELINE.match(paragraph[:160])
    if not m:
        return None
    place, written = m["place"].strip(), m["date"].strip()
    if len(place.split()) > 8:
        return None
    date = parse_date(written, language) if re.search(r"\d{4}", written) else None
    day_month = None if date else parse_day_month(written, language)
    if date is None and day_month is None:
        return None  # the "date" was not a date: an ordinary sentence with a comma
    text = paragraph[: m.start("dash")].rstrip()
    return Dateline(text=text, place=place, date=date, day_month=day_month, end=m.end())
