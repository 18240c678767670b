"""The blind sets (``tests/blind``): per-field accuracy held above the floors in ``floors.json``.

The scoring lives in the benchmark scripts (``benchmarks/pages_blind.py``,
``benchmarks/quotes_blind.py``), which print the full tables and the misses.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import pages_blind  # noqa: E402
import quotes_blind  # noqa: E402

BLIND = ROOT / "tests" / "blind"
FLOORS = json.loads((BLIND / "floors.json").read_text("utf-8"))


# Each round of blind pages is scored on its own: "page.title" is round 1, "round2.page.title"
# round 2 (pages written later, by another helper, after round 1 had been tuned), "round3." the
# third helper's pages (after rounds 1 and 2 had been tuned), "round5." the fifth helper's (round
# 4 was quote cases only).
ROUNDS = {
    "": BLIND,
    "round2.": BLIND / "round2",
    "round3.": BLIND / "round3",
    "round5.": BLIND / "round5",
}


def _pages() -> dict[str, float]:
    shares: dict[str, float] = {}
    for prefix, root in ROUNDS.items():
        releases, listings = pages_blind.Table(), pages_blind.Table()
        for directory in (root / "pages", root / "listings"):
            for facts_path in sorted(directory.glob("*.facts.json")):
                page = facts_path.with_name(facts_path.name.replace(".facts.json", ".html"))
                facts = json.loads(facts_path.read_text("utf-8"))
                if "items" in facts:
                    pages_blind.score_listing(page, facts, listings)
                else:
                    pages_blind.score_release(page, facts, releases)
        shares |= {
            f"{prefix}page.{k}": releases.hits[k] / releases.total[k] for k in releases.total
        }
        shares |= {
            f"{prefix}listing.{k}": listings.hits[k] / listings.total[k] for k in listings.total
        }
    return shares


def _quotes() -> dict[str, float]:
    shares = {}
    for path in sorted(BLIND.glob("quotes_*.json")):
        groups: dict[str, quotes_blind.Score] = {}
        for case in json.loads(path.read_text("utf-8")):
            language = case.get("language", "en")
            group = quotes_blind.GROUPS.get(language, "other languages")
            score = groups.setdefault(group, quotes_blind.Score())
            quotes_blind.score(case, quotes_blind.predict(case), [score])
        for group, s in groups.items():
            key = f"{path.stem}.{group}"
            shares[f"{key}.precision"] = s.matched / s.predicted if s.predicted else 1.0
            shares[f"{key}.recall"] = s.matched / s.expected if s.expected else 1.0
            shares[f"{key}.speaker"] = s.speaker_ok / s.matched if s.matched else 1.0
    return shares


@pytest.fixture(scope="module")
def measured() -> dict[str, float]:
    return _pages() | _quotes()


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_blind_accuracy_above_its_floor(measure: str, measured: dict[str, float]) -> None:
    assert measured[measure] >= FLOORS[measure] - 1e-9, (
        f"{measure}: {measured[measure]:.3f} below its floor {FLOORS[measure]:.3f}"
    )


def test_every_measure_has_a_floor(measured: dict[str, float]) -> None:
    assert sorted(measured) == sorted(FLOORS)


if __name__ == "__main__":  # print the measures, to set or raise floors
    floors = {k: math.floor(v * 1000) / 1000 for k, v in sorted((_pages() | _quotes()).items())}
    print(json.dumps(floors, indent=2))
