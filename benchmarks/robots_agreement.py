"""robots.txt agreement with the reference tests of Google's parser and of protego.

Reads ``../shared/peers-data/robots_cases.json`` (446 cases: robots.txt body, user agent, URL,
expected verdict; see that folder's README) when it is there, and says so and exits 0 when it is
not. Prints, per source of the cases, how many verdicts osce_parse's :class:`RobotsRules` and
(when installed: ``pip install protego``) protego agree with, and lists our disagreements with
``--show``. The data is read in place, never copied into this repository.

    python benchmarks/robots_agreement.py [--cases PATH] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from osce_parse.crawler import RobotsRules

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = ROOT.parent / "shared" / "peers-data" / "robots_cases.json"

Verdict = Callable[[str, str, str], bool]


def ours(body: str, agent: str, url: str) -> bool:
    return RobotsRules.parse(body).can_fetch(agent, url)


def protego_verdict() -> Verdict | None:
    try:
        from protego import Protego  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None

    def verdict(body: str, agent: str, url: str) -> bool:
        return bool(Protego.parse(body).can_fetch(url, agent))

    return verdict


def agreement(cases: list[dict[str, Any]], verdict: Verdict) -> tuple[Counter[str], list[Any]]:
    """Agreeing cases per source, and the cases that disagree."""
    agree: Counter[str] = Counter()
    wrong = []
    for case in cases:
        try:
            got = verdict(case["robotstxt"], case["agent"], case["url"])
        except Exception as exc:  # a crash disagrees
            got = f"{type(exc).__name__}: {exc}"
        if got == case["allowed"]:
            agree[case["source"]] += 1
        else:
            wrong.append(case)
    return agree, wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--show", action="store_true", help="list our disagreements")
    args = parser.parse_args()
    if not args.cases.is_file():
        print(f"skipped: {args.cases} is not there (peer test data, not part of this repository)")
        return 0
    cases = json.loads(args.cases.read_text("utf-8"))
    totals = Counter(case["source"] for case in cases)
    parsers: dict[str, Verdict | None] = {"osce_parse": ours, "protego": protego_verdict()}
    wrong_ours: list[Any] = []
    print(f"{len(cases)} cases: " + ", ".join(f"{n} {src}" for src, n in totals.items()))
    for name, verdict in parsers.items():
        if verdict is None:
            print(f"{name:<11} not installed")
            continue
        agree, wrong = agreement(cases, verdict)
        if name == "osce_parse":
            wrong_ours = wrong
        parts = [
            f"{src} {agree[src]}/{n} ({100 * agree[src] / n:.1f}%)" for src, n in totals.items()
        ]
        total = sum(agree.values())
        print(
            f"{name:<11} {total}/{len(cases)} ({100 * total / len(cases):.1f}%): {', '.join(parts)}"
        )
    if args.show:
        for case in wrong_ours:
            print(json.dumps(case, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
