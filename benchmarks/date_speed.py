"""Date parsing speed: our fast path against plain ``dateparser.parse``, in the same run.

Parses the same strings (the date forms of every language the site publishes in) with
``osce_parse.parse.dates.parse_date(text, language)`` and with ``dateparser.parse(text)`` (language
detected, as a caller without our tables would use it), and, for reference, with
``dateparser.parse(text, languages=[...])``. Prints calls/s for each, the ratio, the fast path's
time per call in µs, and how many strings each got right.

    python benchmarks/date_speed.py [--rounds 200] [--peer-rounds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable

from osce_parse.parse.dates import parse_date

D = dt.date
SEPT_4 = D(2008, 9, 4)

# (language, text, expected): the forms the fast path is built for, in every table language.
CASES: list[tuple[str, str, dt.date]] = [
    ("en", "4 September 2008", SEPT_4),
    ("en", "September 4, 2008", SEPT_4),
    ("en", "9 Apr 2012", D(2012, 4, 9)),
    ("ru", "4 сентября 2008 г.", SEPT_4),
    ("ru", "4 сент. 2008 г.", SEPT_4),
    ("de", "4. September 2008", SEPT_4),
    ("de", "12. Jänner 2009", D(2009, 1, 12)),
    ("fr", "4 septembre 2008", SEPT_4),
    ("fr", "1er octobre 2019", D(2019, 10, 1)),
    ("it", "4 settembre 2008", SEPT_4),
    ("es", "4 de septiembre de 2008", SEPT_4),
    ("uk", "4 вересня 2008 р.", SEPT_4),
    ("sr", "4. septembra 2008.", SEPT_4),
    ("sr", "4. септембар 2008.", SEPT_4),
    ("sq", "4 shtator 2008", SEPT_4),
    ("mk", "4 септември 2008", SEPT_4),
    ("ro", "4 septembrie 2008", SEPT_4),
    ("ka", "4 სექტემბერი 2008", SEPT_4),
    ("ka", "2008 წლის 4 სექტემბერი", SEPT_4),
    ("hy", "4 սեպտեմբերի 2008 թ.", SEPT_4),
    ("hy", "2008 թ. սեպտեմբերի 4", SEPT_4),
    ("az", "4 sentyabr 2008-ci il", SEPT_4),
    ("kk", "2008 жылғы 4 қыркүйек", SEPT_4),
    ("ky", "2008-жылдын 4-сентябры", SEPT_4),
    ("tg", "4 сентябри соли 2008", SEPT_4),
    ("uz", "2008-yil 4-sentabr", SEPT_4),
    ("uz", "4 сентябрь 2008 йил", SEPT_4),
    ("tr", "4 Eylül 2008", SEPT_4),
    ("pl", "4 września 2008 r.", SEPT_4),
    ("en", "2008-09-04", SEPT_4),
    ("ru", "04.09.2008", SEPT_4),
]

# dateparser's codes for our languages where they differ (None: dateparser has no data for it).
_PEER_CODES: dict[str, list[str] | None] = {
    "sr": ["sr", "sr-Latn"],
    "uz": ["uz", "uz-Cyrl"],
    "tg": None,
}


def _rate(func: Callable[[str, str], object], rounds: int) -> float:
    """Calls per second: the median over ``rounds`` of parsing every case once."""
    for language, text, _ in CASES:  # warm-up: imports, caches, language data
        func(text, language)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for language, text, _ in CASES:
            func(text, language)
        times.append(time.perf_counter() - start)
    return len(CASES) / statistics.median(times)


def _right(func: Callable[[str, str], object]) -> int:
    def as_date(value: object) -> object:
        return value.date() if isinstance(value, dt.datetime) else value

    return sum(as_date(func(text, language)) == expected for language, text, expected in CASES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=200, help="rounds for the fast path")
    parser.add_argument("--peer-rounds", type=int, default=3, help="rounds for dateparser")
    args = parser.parse_args()
    import dateparser

    def ours(text: str, language: str) -> object:
        return parse_date(text, language)

    def plain(text: str, language: str) -> object:
        return dateparser.parse(text)

    def hinted(text: str, language: str) -> object:
        codes = _PEER_CODES.get(language, [language])
        return dateparser.parse(text, languages=codes) if codes else None

    fast = _rate(ours, args.rounds)
    slow = _rate(plain, args.peer_rounds)
    hint = _rate(hinted, args.peer_rounds)
    print(f"{len(CASES)} date strings, {len({c[0] for c in CASES})} languages")
    for name, func, rate in (
        ("fast path (parse_date)", ours, fast),
        ("dateparser.parse (plain)", plain, slow),
        ("dateparser.parse (language fixed)", hinted, hint),
    ):
        print(f"{name:35} {rate:12,.0f} calls/s  {_right(func)}/{len(CASES)} right")
    print(f"ratio fast / plain dateparser: {fast / slow:,.0f}x")
    print(f"ratio fast / language-fixed dateparser: {fast / hint:,.0f}x")
    print(f"fast path per call: {1e6 / fast:.1f} µs")


if __name__ == "__main__":
    main()
