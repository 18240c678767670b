"""Dates: strings and datetimes to ``datetime.date``, and the dateline at the head of a release.

Fast path first: regular expressions for the orders the site's languages write a date in (day
month year, year day month, year month day, month day year, numeric, ISO) and the month-name tables
of :mod:`osce_parse.lang`. ``dateparser`` is only the fallback, with the page's language fixed
and one parser instance per language reused. The language always comes from the caller (the
page's ``<html lang>``, URL prefix or ``hreflang``); it is never guessed from the text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from ..lang import LINK_WORDS, MONTHS, YEAR_WORDS, base_language, fold
from ..text import clean

__all__ = [
    "SITE_TZ",
    "Dateline",
    "find_dateline",
    "parse_date",
    "parse_datetime",
    "parse_day_month",
    "search_date",
]

SITE_TZ = ZoneInfo("Europe/Vienna")

# --- the fast path ---------------------------------------------------------------------------


def _alternation(words: set[str]) -> str:
    """A regex alternative of ``words``, longest first, each ending at a word boundary."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + r")(?!\w)"


# A month as written: letters, an abbreviation's dot. It starts a word: without the lookbehind a
# search would try every letter of a long word as a start (quadratic on long runs of letters).
_MONTH = r"(?<![^\W\d_])(?P<month>[^\W\d_]+\.?)"
# A day: one or two digits, a dot ("4."), an ordinal ending ("1er", "4th", "1°", "1.º", "4-го").
_DAY = r"(?<!\d)(?P<day>[0-3]?\d)(?!\d)\.?(?:°|-?[^\W\d_]{1,4}(?=[\s.,-]))?\.?"
_YEAR = r"(?<!\d)(?P<year>\d{4})(?!\d)"
# Words that link the parts: "4 de septiembre de 2008", "4th of September", "4 сентябри соли 2008".
_LINK = rf"(?:{_alternation({w for words in LINK_WORDS.values() for w in words})}\s+)?"
# What may follow a year written first: a dot, a hyphen, a year word ("2008 წლის", "2008-ci il").
_YEAR_MARK = (
    r"\.?(?:[\s-]*"
    + _alternation({w for words in YEAR_WORDS.values() for w in words})
    + r"\.?)?[\s,]*-?\s*"
)

_DMY = re.compile(rf"{_DAY}\s*-?\s*{_LINK}{_MONTH}\s*,?\s*{_LINK}{_YEAR}")
_YDM = re.compile(rf"{_YEAR}{_YEAR_MARK}{_DAY}\s*-?\s*{_MONTH}")
_YMD = re.compile(rf"{_YEAR}{_YEAR_MARK}{_MONTH}\s*(?P<day>[0-3]?\d)(?!\d)")
_MDY = re.compile(rf"{_MONTH}\s+{_DAY}\s*,?\s+{_YEAR}")
_DM = re.compile(rf"{_DAY}\s*-?\s*{_LINK}{_MONTH}")
_MD = re.compile(rf"{_MONTH}\s+(?P<day>[0-3]?\d)(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)")

_WORD_ORDERS = (_DMY, _YDM, _YMD, _MDY)


def _month(word: str, language: str) -> int | None:
    """The month ``word`` names in ``language`` (or English); inflected forms ("қыркүйекте",
    "սեպտեմբերին") by their longest known beginning."""
    key = fold(word.rstrip("."))
    table = MONTHS.get(language, {})
    found = table.get(key) or MONTHS["en"].get(key)
    if found is None and table and language != "en":
        for end in range(len(key) - 1, 2, -1):
            found = table.get(key[:end])
            if found:
                break
    return found


def _make(year: int, month: int | None, day: int) -> dt.date | None:
    if month is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _written(text: str, language: str) -> Iterator[tuple[dt.date, int, int]]:
    """Dates written with a month name, in the order of :data:`_WORD_ORDERS`, with their span."""
    for pattern in _WORD_ORDERS:
        for m in pattern.finditer(text):
            found = _make(int(m["year"]), _month(m["month"], language), int(m["day"]))
            if found:
                yield found, m.start(), m.end()


def _fast(text: str, language: str) -> tuple[dt.date, int, int] | None:
    """The first date the fast path finds in ``text`` and its span, or None."""
    if (m := _ISO.search(text)) and (found := _make(int(m[1]), int(m[2]), int(m[3]))):
        return found, m.start(), m.end()
    if any(c.isalpha() for c in text) and (hit := next(_written(text, language), None)):
        return hit
    if (m := _NUMERIC.search(text)) and (found := _make(int(m[3]), int(m[2]), int(m[1]))):
        return found, m.start(), m.end()
    return None


def search_date(text: str, language: str | None = "en") -> tuple[dt.date, int, int] | None:
    """The first date written in ``text`` and where it stands (start, end), by the fast path."""
    return _fast(text, base_language(language))


def parse_date(text: str, language: str | None = "en") -> dt.date | None:
    """The first calendar date written in ``text`` ("4 September 2008", "4 сентября 2008 г.",
    "2008 წლის 4 სექტემბერი", "2008-09-04") in ``language``, or None."""
    text = clean(text)
    if not text:
        return None
    lang = base_language(language)
    hit = _fast(text, lang)
    return hit[0] if hit else _fallback(text, lang)


def parse_day_month(text: str, language: str | None = "en") -> tuple[int, int] | None:
    """Return (day, month) from a date written without a year ("12 July", "12. Juli"), or None."""
    hit = _day_month(clean(text), base_language(language))
    return hit[0] if hit else None


def _day_month(text: str, language: str) -> tuple[tuple[int, int], int, int] | None:
    for pattern in (_DM, _MD):
        for m in pattern.finditer(text):
            month, day = _month(m["month"], language), int(m["day"])
            if month and _make(2000, month, day):  # 2000: a leap year, so 29 February passes
                return (day, month), m.start(), m.end()
    return None


# --- the fallback ----------------------------------------------------------------------------

# dateparser's names for a language whose pages may be in two scripts.
_DATEPARSER_CODES = {"sr": ("sr", "sr-Latn"), "uz": ("uz", "uz-Cyrl"), "az": ("az", "az-Cyrl")}


@lru_cache(maxsize=64)
def _dateparser(language: str) -> Any | None:
    """One reusable dateparser instance per language; None if dateparser lacks the language."""
    from dateparser.date import DateDataParser

    try:
        return DateDataParser(
            languages=list(_DATEPARSER_CODES.get(language, (language,))),
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"},
        )
    except ValueError:  # an unknown language code
        return None


_PLAUSIBLE_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _fallback(text: str, language: str) -> dt.date | None:
    """dateparser, only for short text with a plausible year (it costs ~0.3 ms a call)."""
    if len(text) > 80 or not _PLAUSIBLE_YEAR.search(text):
        return None
    parser = _dateparser(language)
    if parser is None:
        return None
    try:
        data = parser.get_date_data(text)
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
        try:
            stamp = stamp.astimezone(SITE_TZ)
        except OverflowError:  # "0001-01-01T00:00+05:00", "9999-12-31T23:00-05:00"
            return None
    return stamp.date()


# --- datelines -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place-and-date opening of a release: ``text`` as written (without the dash)."""

    text: str
    place: str
    date: dt.date | None
    day_month: tuple[int, int] | None
    end: int  # offset in the paragraph where the body text after the dash starts


# The dash that ends a dateline: any dash with a space on either side, an en or em dash, or a
# hyphen glued to the first word of the body ("2006-The"; "2008-ci il" and "4-сентябрь" are not).
_BREAK = re.compile(r"\s*[‒–—―]\s*|\s+[-‐‑]\s*|[-‐‑]\s+|[-‐‑](?=\S)")
# "PLACE[, PLACE…], DATE": the date starts with a digit, or with a month and then a day.
_PLACE_DATE = re.compile(
    r"""(?P<place>[^\W\d_][^\d,]{0,60}?(?:,\s*[^\W\d_][^\d,]{0,40}?){0,3}?)
        \s*,\s*
        (?P<date>(?:\d|[^\W\d_]+\.?\s+\d).{0,40})""",
    re.VERBOSE,
)
_MAX_PLACE_WORDS = 8
_MAX_DATE_EXTRA = 12  # characters a date may carry beyond its match ("г.", "-ci il", "godine")


def _breaks(head: str) -> Iterator[re.Match[str]]:
    for m in _BREAK.finditer(head):
        glued = not m[0][0].isspace() and not m[0][-1].isspace() and m[0][0] in "-‐‑"
        if glued and not head[m.end() : m.end() + 1].isupper():
            continue
        yield m


def _date_of(written: str, language: str) -> tuple[dt.date | None, tuple[int, int] | None] | None:
    """The (date, day_month) that ``written`` is, if it is only a date; else None."""
    if re.search(r"\d{4}", written):
        hit = _fast(written, language)
        if hit is None:
            found = _fallback(written, language)
            return (found, None) if found else None
        date, start, end = hit
        return (date, None) if start == 0 and len(written) - end <= _MAX_DATE_EXTRA else None
    dm = _day_month(written, language)
    if dm is None or dm[1] != 0 or len(written) - dm[2] > _MAX_DATE_EXTRA:
        return None
    return None, dm[0]


def find_dateline(paragraph: str, language: str | None = "en") -> Dateline | None:
    """Return the dateline that opens ``paragraph`` ("VIENNA, 4 September 2008 - …",
    "ВЕНА, 4 сентября 2008 г. – …", "WIEN, 4. September 2008 – …"), or None."""
    head = paragraph[:160]
    lang = base_language(language)
    for dash in _breaks(head):
        text = head[: dash.start()].rstrip()
        m = _PLACE_DATE.fullmatch(text)
        if m is None:
            continue
        place = m["place"].strip()
        if len(place.split()) > _MAX_PLACE_WORDS:
            continue
        found = _date_of(m["date"].strip(), lang)
        if found is None:
            continue
        date, day_month = found
        return Dateline(text=text, place=place, date=date, day_month=day_month, end=dash.end())
    return None
