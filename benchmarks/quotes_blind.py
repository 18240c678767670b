"""Quote and speaker accuracy on cases written blind (by people who never read the quote rules).

Usage: ``python benchmarks/quotes_blind.py [-v] [CASES.json ...]`` (default: every
``tests/blind/quotes_*.json``).

A case gives ``paragraphs`` (plain text, run through :func:`osce_parse.extract_quotes`) or ``html``
(a body fragment, wrapped in a minimal release page and run through :func:`parse_release`), its
``language``, and the expected ``quotes`` (paragraph, first words, speaker, continued), decided by
the case's author before any run. A predicted quote matches an expected one in the same paragraph
whose text starts with the expected words (quote marks and spaces normalised). Prints precision,
recall and speaker accuracy (over matched quotes) per language group, language and kind.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from osce_parse import Quote, extract_quotes, parse_release  # noqa: E402

DEFAULT = sorted((ROOT / "tests" / "blind").glob("quotes_*.json"))
_MARKS = str.maketrans({c: '"' for c in "“”„‟«»"} | {c: "'" for c in "‘’‚‛‹›"})
GROUPS = {"en": "English", "ru": "Russian and Ukrainian", "uk": "Russian and Ukrainian"}
PAGE = (
    "<!DOCTYPE html><html lang='{lang}'><head><title>{title}</title></head><body><main><article>"
    "<h1>{title}</h1><div class='text-formatted'>{html}</div></article></main></body></html>"
)


def _norm(text: str) -> str:
    return " ".join(text.translate(_MARKS).replace("\u00a0", " ").split()).casefold()


@dataclass(slots=True)
class Score:
    """Counts for one slice of the cases."""

    predicted: int = 0
    expected: int = 0
    matched: int = 0
    speaker_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        p = self.matched / self.predicted if self.predicted else 1.0
        r = self.matched / self.expected if self.expected else 1.0
        s = self.speaker_ok / self.matched if self.matched else 1.0
        return (
            f"{name:<26} quotes {self.expected:>4}  precision {p:.3f}  recall {r:.3f}  "
            f"speaker {s:.3f} ({self.speaker_ok}/{self.matched})"
        )


def predict(case: dict[str, Any]) -> tuple[Quote, ...]:
    """The quotes the library finds in one case."""
    language = case.get("language", "en")
    if "html" in case:
        page = PAGE.format(lang=language, title="Blind case " + case["id"], html=case["html"])
        return parse_release(page).quotes
    return extract_quotes(case["paragraphs"], language)[0]


def score(case: dict[str, Any], quotes: Iterable[Quote], slices: list[Score]) -> None:
    """Match ``quotes`` to the case's expected quotes and count into every score of ``slices``."""
    free = list(quotes)
    lines: list[str] = []
    matched = speaker_ok = 0
    for gold in case["quotes"]:
        starts = _norm(gold["starts"])
        hit = next(
            (
                q
                for q in free
                if q.paragraph == gold["paragraph"] and _norm(q.text).startswith(starts)
            ),
            None,
        )
        if hit is None:
            lines.append(f"  missed p{gold['paragraph']} {gold['starts']!r}")
            continue
        free.remove(hit)
        matched += 1
        want, got = gold.get("speaker"), hit.speaker
        if (want or "").casefold() == (got or "").casefold():
            speaker_ok += 1
        else:
            lines.append(
                f"  p{gold['paragraph']} {gold['starts']!r}: speaker {got!r}, want {want!r}"
            )
    lines += [f"  extra p{q.paragraph} {q.text[:60]!r} ({q.speaker!r})" for q in free]
    for s in slices:
        s.predicted += matched + len(free)
        s.expected += len(case["quotes"])
        s.matched += matched
        s.speaker_ok += speaker_ok
        if lines:
            s.misses.append(f"{case['id']} [{case.get('language', 'en')}]\n" + "\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    cases = [c for path in args.files for c in json.loads(path.read_text("utf-8"))]
    total = Score()
    groups: dict[str, Score] = defaultdict(Score)
    languages: dict[str, Score] = defaultdict(Score)
    kinds: dict[str, Score] = defaultdict(Score)
    for case in cases:
        language = case.get("language", "en")
        slices = [
            total,
            groups[GROUPS.get(language, "other languages")],
            languages[language],
            kinds[f"{(language == 'en' and 'en') or 'xx'}:{case.get('kind', '?')}"],
        ]
        score(case, predict(case), slices)
    print(f"{len(cases)} cases from {', '.join(str(p) for p in args.files)}")
    print(total.line("all"))
    for title, table in (("groups", groups), ("languages", languages), ("kinds", kinds)):
        print(f"-- {title}")
        for name in sorted(table):
            print(table[name].line(name))
    if args.verbose:
        print("-- misses")
        print("\n".join(total.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
