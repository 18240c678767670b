"""Progress and summaries on the terminal: the crawl's progress bar, its summary, drift warnings."""

from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO

from ..crawler import CrawlSummary, Progress
from ..storage import CoverageReport

__all__ = ["ProgressBar", "format_drift", "format_summary", "percent"]


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class ProgressBar:
    """Crawl progress on ``stream``: a redrawn bar with rate and ETA on a terminal, else log lines.

    Pass an instance as the ``progress`` callback of :func:`osce_parse.crawl`.
    """

    def __init__(self, stream: TextIO | None = None, *, bar: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.bar = self.stream.isatty() if bar is None else bar
        self._start = time.monotonic()
        self._count = 0
        self._drawn = 0.0
        self._width = 0

    def __call__(self, progress: Progress) -> None:
        self._count += 1
        if not self.bar:
            self.stream.write(
                f"[{progress.done}/{progress.total}] {progress.kind} {progress.url}: "
                f"{progress.outcome}\n"
            )
            self.stream.flush()
            return
        now = time.monotonic()
        if now - self._drawn < 0.1 and progress.done < progress.total:
            return
        self._drawn = now
        elapsed = max(now - self._start, 1e-6)
        rate = self._count / elapsed
        left = max(progress.total - progress.done, 0)
        eta = _duration(left / rate) if rate > 0 else "?"
        columns = shutil.get_terminal_size((100, 20)).columns
        stats = (
            f" {progress.done}/{progress.total} {rate:.1f} pages/s ETA {eta}"
            f" new {progress.new} failed {progress.failed}"
        )
        size = max(10, min(40, columns - len(stats) - 3))
        filled = int(size * progress.done / progress.total) if progress.total else 0
        line = f"[{'#' * filled}{'.' * (size - filled)}]{stats}"[: columns - 1]
        self.stream.write("\r" + line.ljust(self._width))
        self._width = len(line)
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line (a no-op for log lines)."""
        if self.bar and self._width:
            self.stream.write("\n")
            self.stream.flush()
            self._width = 0


def format_summary(summary: CrawlSummary) -> str:
    """A few human-readable lines about a crawl run."""
    releases = summary.releases
    state = summary.status + (" (resumed)" if summary.resumed else "")
    lines = [
        f"crawl #{summary.crawl_id} {state} in {summary.elapsed:.1f} s: "
        f"{releases['new']} new releases, {releases['updated']} updated, "
        f"{releases['same'] + releases['unchanged']} unchanged "
        f"({releases['unchanged']} confirmed by 304); {summary.listing_pages} listing pages",
        f"this run: {summary.run_fetched} pages fetched, {summary.run_unchanged} not modified, "
        f"{summary.run_parsed} parsed; {summary.run_requests} requests, "
        f"{summary.run_retries} retries",
    ]
    if summary.skipped:
        reasons = ", ".join(f"{reason} ({n})" for reason, n in summary.skipped.most_common())
        lines.append(f"skipped {summary.skipped.total()}: {reasons}")
    if summary.failed:
        lines.append(f"failed {len(summary.failed)}:")
        lines += [f"  {url}: {reason}" for url, reason in summary.failed]
    failed = {url for url, _ in summary.failed}
    ignored = [(url, why) for url, why in summary.bad_sources if url not in failed]
    if ignored:  # an unreadable robots.txt, an empty listing page
        lines.append(f"ignored {len(ignored)}:")
        lines += [f"  {url}: {reason}" for url, reason in ignored]
    if summary.kept:
        lines.append(
            f"kept {len(summary.kept)} stored releases whose re-fetch did not parse"
            " (the responses are in the bad_responses table)"
        )
    if summary.discovery:
        lines.append("discovery: " + "; ".join(summary.discovery))
    if summary.discovery_failed:
        lines.append("error: discovery failed: a start page gave no release (see above)")
    if summary.pending:
        lines.append(f"{summary.pending} pages left: run the same command again to resume")
    return "\n".join(lines)


def percent(share: float) -> str:
    """A share (0 to 1) as a percentage with one decimal."""
    return f"{100 * share:.1f}%"


def format_drift(report: CoverageReport) -> list[str]:
    """One warning line per field whose coverage dropped (see :meth:`Store.coverage_drift`)."""
    return [
        f"warning: {drop.field} found on {percent(drop.now)} of the {report.releases} releases"
        f" parsed by crawl #{report.crawl_id}, against {percent(drop.before)} of the"
        f" {report.baseline_releases} stored before: the site's layout has probably changed;"
        f" without it: {', '.join(drop.examples)}"
        for drop in report.drops
    ]
