"""Layout drift: a crawl's field coverage against the database's before it, like with like.

A crawl's releases are compared stratum by stratum (year and language, :func:`stratum_of`)
with the releases stored in the same strata when the crawl started: a backfill into older years
(whose pages lack fields newer ones have) or a partial crawl of one year is compared with what
the database had of those years, never with the whole database. Releases in strata the database
had none of are not compared (:attr:`CoverageReport.unmatched`). Crawls recorded before strata
existed are compared as a whole, as they were.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .coverage import COVERAGE_FIELDS, CoverageReport, FieldDrift, crawl_coverage

__all__ = ["drift_report", "latest_crawl_report"]

_Coverage = dict[str, float]


def _crawl_strata(db: sqlite3.Connection, crawl_id: int) -> dict[str, tuple[int, _Coverage]]:
    columns = ", ".join(f"coalesce(avg({name}), 0)" for name in COVERAGE_FIELDS)
    rows = db.execute(
        f"SELECT coalesce(stratum, '?'), count(*), {columns} FROM crawl_parses"
        " WHERE crawl_id=? GROUP BY 1",
        (crawl_id,),
    )
    return {
        row[0]: (int(row[1]), dict(zip(COVERAGE_FIELDS, map(float, row[2:]), strict=True)))
        for row in rows
    }


def _weighted(parts: list[tuple[int, _Coverage]]) -> _Coverage:
    total = sum(n for n, _ in parts)
    return {
        name: (sum(n * cover[name] for n, cover in parts) / total if total else 0.0)
        for name in COVERAGE_FIELDS
    }


def _baseline_for(stratum: str, strata: dict[str, Any]) -> tuple[list[str], _Coverage] | None:
    """The baseline a crawl's stratum is compared with: the same year and language; for pages
    without a date (the date may be the field that went missing), every year of the language.
    Returns the baseline strata used and their coverage."""
    if stratum in strata:
        return [stratum], dict(strata[stratum]["coverage"])
    year, _, language = stratum.partition("/")
    same = [key for key in strata if key.endswith(f"/{language}")]
    if year != "?" or not same:
        return None
    parts = [(int(strata[key]["releases"]), strata[key]["coverage"]) for key in same]
    return same, _weighted(parts)


def _matched(
    db: sqlite3.Connection, crawl_id: int, baseline: dict[str, Any], report: CoverageReport
) -> list[str]:
    """Fill ``report`` with the crawl's strata that the baseline has; return those strata."""
    parsed = _crawl_strata(db, crawl_id)
    bases = {s: _baseline_for(s, baseline["strata"]) for s in parsed}
    matched = [s for s in parsed if bases[s] is not None]
    report.unmatched = sum(parsed[s][0] for s in parsed if bases[s] is None)
    if not matched:  # nothing to compare with: the crawl's own coverage stays in the report
        report.baseline_releases, report.before = 0, {}
        return matched
    same = {s: base for s, base in bases.items() if base is not None}
    used = {key for keys, _ in same.values() for key in keys}
    report.releases = sum(parsed[s][0] for s in matched)
    report.baseline_releases = sum(int(baseline["strata"][key]["releases"]) for key in used)
    report.now = _weighted([parsed[s] for s in matched])
    # The database's coverage of each stratum, weighted as the crawl's releases are.
    report.before = _weighted([(parsed[s][0], same[s][1]) for s in matched])
    return matched


def drift_report(
    db: sqlite3.Connection, crawl_id: int, threshold: float, min_releases: int
) -> CoverageReport | None:
    """The crawl's coverage against its baseline (see :meth:`Store.coverage_drift`); None if the
    crawl parsed nothing."""
    releases, now = crawl_coverage(db, crawl_id)
    if not releases:
        return None
    row = db.execute("SELECT baseline FROM crawls WHERE id=?", (crawl_id,)).fetchone()
    baseline: dict[str, Any] = json.loads(row[0]) if row and row[0] else {}
    coverage: dict[str, float] = baseline.get("coverage", {})
    before = {k: float(v) for k, v in coverage.items() if k in now}
    report = CoverageReport(crawl_id, releases, int(baseline.get("releases", 0)), now, before)
    where, params = "", tuple[str, ...]()
    if "strata" in baseline:
        matched = _matched(db, crawl_id, baseline, report)
        where = f" AND coalesce(stratum, '?') IN ({', '.join('?' * len(matched))})"
        params = tuple(matched)
    report.comparable = min(report.releases, report.baseline_releases) >= max(min_releases, 1)
    if not report.comparable:
        return report
    for name in COVERAGE_FIELDS:
        if name in report.before and report.before[name] - report.now[name] > threshold:
            examples = db.execute(
                f"SELECT url FROM crawl_parses WHERE crawl_id=? AND {name}=0{where}"
                " ORDER BY rowid LIMIT 3",
                (crawl_id, *params),
            )
            urls = tuple(url for (url,) in examples)
            drop = FieldDrift(name, report.before[name], report.now[name], urls)
            report.drops.append(drop)
    return report


def latest_crawl_report(
    db: sqlite3.Connection, threshold: float, min_releases: int
) -> CoverageReport | None:
    """The drift of the latest crawl, if it parsed anything: an older crawl's alarm is stale
    once a later crawl has run (None then, and when no crawl ran)."""
    row = db.execute("SELECT max(id) FROM crawls").fetchone()
    if row is None or row[0] is None:
        return None
    return drift_report(db, int(row[0]), threshold, min_releases)
