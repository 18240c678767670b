"""Quote extraction quality and cost over the fixtures and the golden table.

Usage: ``python benchmarks/quotes_eval.py [-v] [--runs N]``

For every ``tests/fixtures/X.html`` with a hand-written ``X.facts.json`` listing ``"quotes"``, the
page goes through ``osce_parse.parse_release`` and its ``quotes`` are matched to the facts by
paragraph and text prefix (the facts give the first words as ``starts``). The golden cases of
``tests/test_quotes.py`` are scored the same way, in all and per language. Prints precision,
recall, speaker accuracy and ``continued`` accuracy, the time of ``extract_quotes`` against
``parse_release`` per page, and the worst cases of issue 6 (50 000 names in one paragraph,
20 000 quotes), which the caps keep well under the 1 s page budget.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from osce_parse import parse_release  # noqa: E402
from osce_parse.models import Quote  # noqa: E402
from osce_parse.quotes import extract_quotes  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
_MARKS = str.maketrans({c: '"' for c in "“”„‟«»"} | {c: "'" for c in "‘’‚‛‹›"})


@dataclass(frozen=True, slots=True)
class Gold:
    """One expected quote: where it is, how it starts, who said it."""

    paragraph: int
    starts: str
    speaker: str | None
    continued: bool


@dataclass(slots=True)
class Score:
    """Running counts for one corpus."""

    predicted: int = 0
    expected: int = 0
    matched: int = 0
    speaker_ok: int = 0
    continued_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, golds: Sequence[Gold], quotes: Sequence[Quote]) -> None:
        """Match ``quotes`` to ``golds`` (paragraph + text prefix) and count."""
        self.predicted += len(quotes)
        self.expected += len(golds)
        free = list(quotes)
        for gold in golds:
            hit = next((q for q in free if _same(gold, q)), None)
            if hit is None:
                self.misses.append(f"{name}: missed p{gold.paragraph} {gold.starts!r}")
                continue
            free.remove(hit)
            self.matched += 1
            self.speaker_ok += hit.speaker == gold.speaker
            self.continued_ok += hit.continued == gold.continued
            if hit.speaker != gold.speaker or hit.continued != gold.continued:
                self.misses.append(
                    f"{name}: p{gold.paragraph} {gold.starts!r}: speaker {hit.speaker!r} "
                    f"(want {gold.speaker!r}), continued {hit.continued} (want {gold.continued})"
                )
        self.misses += [f"{name}: extra p{q.paragraph} {q.text[:50]!r}" for q in free]

    def rates(self) -> tuple[float, float, float, float]:
        """Precision, recall, speaker accuracy and continued accuracy."""
        return (
            self.matched / self.predicted if self.predicted else 1.0,
            self.matched / self.expected if self.expected else 1.0,
            self.speaker_ok / self.matched if self.matched else 1.0,
            self.continued_ok / self.matched if self.matched else 1.0,
        )

    def lines(self, label: str) -> list[str]:
        """The score as printable lines."""
        precision, recall, speaker, continued = self.rates()
        return [
            f"{label}: {self.expected} expected, {self.predicted} found, {self.matched} matched",
            f"  precision {precision:.3f}  recall {recall:.3f}  speaker accuracy {speaker:.3f}"
            f"  continued accuracy {continued:.3f}",
        ]


def _norm(text: str) -> str:
    return " ".join(text.translate(_MARKS).split()).strip(" \"'")


def _same(gold: Gold, quote: Quote) -> bool:
    if gold.paragraph != quote.paragraph:
        return False
    want, got = _norm(gold.starts), _norm(quote.text)
    return got.startswith(want) or (len(got) >= 8 and want.startswith(got))


def _fixtures() -> Iterable[tuple[Path, dict[str, Any]]]:
    for facts_path in sorted(FIXTURES.glob("*.facts.json")):
        html_path = facts_path.with_name(facts_path.name.replace(".facts.json", ".html"))
        facts = json.loads(facts_path.read_text(encoding="utf-8"))
        if html_path.exists() and isinstance(facts, dict) and "quotes" in facts:
            yield html_path, facts


def _golds(facts: dict[str, Any]) -> list[Gold]:
    return [
        Gold(
            int(q["paragraph"]),
            str(q.get("starts", "")),
            q.get("speaker"),
            bool(q.get("continued", False)),
        )
        for q in facts["quotes"]
    ]


def _median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _table_cases(score: Score, by_language: dict[str, Score]) -> None:
    try:
        cases = importlib.import_module("quote_cases").CASES
    except ImportError:  # tests not shipped: skip the golden table
        return
    for case in cases:
        golds = [Gold(p, text, speaker, cont) for p, speaker, text, _, _, cont in case.quotes]
        quotes = extract_quotes(case.paragraphs, case.language)[0]
        score.add(case.id, golds, quotes)
        by_language.setdefault(case.language, Score()).add(case.id, golds, quotes)


def _worst_cases() -> list[tuple[str, float]]:
    """CPU seconds of ``extract_quotes`` on the inputs of issue 6."""
    names = (" ".join(f"Name{i} Surname{i} said" for i in range(50_000)),)
    quotes = ("«Мы продолжим работать вместе со всеми партнёрами», – сказала она.",) * 20_000
    rows = []
    for label, paragraphs, language in (
        ("50 000 names in one 1.4 MB paragraph", names, "en"),
        ("20 000 attributed quotes", quotes, "ru"),
    ):
        started = time.process_time()
        extract_quotes(paragraphs, language)
        rows.append((label, time.process_time() - started))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    parser.add_argument("--runs", type=int, default=20, help="timing runs per page")
    args = parser.parse_args(argv)

    extract_quotes(("warm-up: loads the name dictionary",))
    fixtures, table = Score(), Score()
    by_language: dict[str, Score] = {}
    rows: list[tuple[str, float, float, int]] = []
    for html_path, facts in _fixtures():
        html = html_path.read_text(encoding="utf-8")
        url = facts.get("url")
        release = parse_release(html, url)
        quotes = release.quotes or extract_quotes(release.paragraphs, release.language)[0]
        fixtures.add(html_path.stem, _golds(facts), quotes)
        parse_time = _median_time(partial(parse_release, html, url), args.runs)
        quote_time = _median_time(
            partial(extract_quotes, release.paragraphs, release.language), args.runs * 5
        )
        rows.append((html_path.stem, parse_time, quote_time, len(release.paragraphs)))
    _table_cases(table, by_language)

    for line in fixtures.lines(f"fixtures ({len(rows)} pages)") + table.lines("golden table"):
        print(line)
    print(f"\n{'language':<9} {'quotes':>6} {'precision':>9} {'recall':>6} {'speakers':>8}")
    for language, score in sorted(by_language.items()):
        print(
            f"{language:<9} {score.expected:>6} "
            + "{:>9.3f} {:>6.3f} {:>8.3f}".format(*score.rates()[:3])
        )
    if args.verbose:
        for miss in fixtures.misses + table.misses:
            print("  -", miss)
    if rows:
        print(f"\n{'page':<40} {'paras':>5} {'parse ms':>9} {'quotes ms':>9} {'ratio':>6}")
        for name, parse_time, quote_time, paras in rows:
            print(
                f"{name:<40} {paras:>5} {parse_time * 1e3:>9.2f} {quote_time * 1e3:>9.3f} "
                f"{quote_time / parse_time:>6.1%}"
            )
        parse_med = statistics.median(r[1] for r in rows)
        quote_med = statistics.median(r[2] for r in rows)
        ratio_med = statistics.median(r[2] / r[1] for r in rows)
        print(
            f"{'median':<40} {'':>5} {parse_med * 1e3:>9.2f} {quote_med * 1e3:>9.3f} "
            f"{ratio_med:>6.1%}"
        )
    print()
    for label, seconds in _worst_cases():
        print(f"worst case: {label:<40} {seconds:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
