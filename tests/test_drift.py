"""Layout drift: a crawl whose pages lose a field the database used to have warns about it.

The fake osce.org serves the seed release pages; then a "redesigned" copy of them without the
metadata list (Place, Source, Fields of work) and without datelines, as if the site's layout had
changed under the parser.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from osce_parse.cli import main
from osce_parse.testing import FakeSite
from tests.crawl_support import FIXTURES, stored_rows

PAGES = ("current_seed_50033.html", "current_seed_dl.html")  # dates from their datelines


def fixture_dirs(tmp_path: Path) -> tuple[Path, Path]:
    """The original pages, and the same pages after the simulated layout change."""
    before, after = tmp_path / "before", tmp_path / "after"
    before.mkdir()
    after.mkdir()
    for name in PAGES:
        shutil.copy(FIXTURES / name, before / name)
        html = (FIXTURES / name).read_text("utf-8")
        html, metadata = re.subn(r'<div class="node__meta">.*?</div>', "", html, flags=re.S)
        html, datelines = re.subn(r"<p>VIENNA, 4 September 2008 - ", "<p>", html)
        assert metadata == datelines == 1, name
        (after / name).write_text(html, "utf-8")
    return before, after


def crawl(db: Path, base_url: str, *extra: str) -> list[str]:
    return [
        "crawl",
        "--db",
        str(db),
        "--base-url",
        base_url,
        "--delay",
        "0.01",
        "--progress",
        "none",
        "--full",
        *extra,
    ]


def test_layout_change_warns_with_fields_and_examples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "osce.sqlite"
    before, after = fixture_dirs(tmp_path)
    with FakeSite(before, count=12) as site:
        assert main(crawl(db, site.base_url)) == 0
    out = capsys.readouterr().out
    assert "12 new releases" in out and "warning" not in out  # nothing to compare with yet

    with FakeSite(after, count=12) as site:
        assert main(crawl(db, site.base_url)) == 0
        urls = sorted(site.base_url + r.path for r in site.releases)
    out = capsys.readouterr().out
    assert "12 updated" in out and out.index("crawl #2") < out.index("warning:")
    warnings = [line for line in out.splitlines() if line.startswith("warning:")]
    fields = [line.split()[1] for line in warnings]
    assert fields == ["date", "place", "sources", "fields_of_work"]
    date = warnings[0]
    assert "date found on 0.0% of the 12 releases parsed by crawl #2" in date
    assert "against 100.0% of the 12 stored before" in date
    assert "the site's layout has probably changed" in date
    examples = date.split("without it: ")[1].split(", ")
    assert len(examples) == 3 and set(examples) <= set(urls)
    assert all(row["date"] is None for row in stored_rows(db))

    # stats compares the last crawl with the database before it, in text and JSON.
    assert main(["stats", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "layout check: crawl #2 parsed 12 releases, 12 were stored before it: 4 fields" in out
    assert [line for line in out.splitlines() if line.startswith("warning:")] == warnings
    assert main(["stats", "--db", str(db), "--json"]) == 0
    drift = json.loads(capsys.readouterr().out)["drift"]
    assert drift["crawl_id"] == 2 and drift["comparable"]
    assert drift["before"]["date"] == 1.0 and drift["now"]["date"] == 0.0
    assert [d["field"] for d in drift["drops"]] == fields
    assert drift["drops"][0]["examples"] == examples

    # Thresholds are configurable.
    assert main(["stats", "--db", str(db), "--drift-threshold", "100"]) == 0
    assert "warning" not in capsys.readouterr().out
    assert main(["stats", "--db", str(db), "--drift-min", "13"]) == 0
    assert "too few releases to compare (--drift-min 13)" in capsys.readouterr().out

    # The new layout is now what the database has: crawling it again warns no more, and
    # stats no longer repeats the alarm of the older crawl.
    with FakeSite(after, count=12) as site:
        assert main(crawl(db, site.base_url)) == 0
    assert "warning" not in capsys.readouterr().out
    assert main(["stats", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "warning" not in out and "layout check: crawl #3" in out and "no field dropped" in out


def test_backfill_into_older_years_is_not_a_layout_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Newsroom pages (2006-2018) have no content type, and some no sources or fields of work:
    # a crawl of them after one of 2019-2022 must not be taken for a layout change.
    db = tmp_path / "osce.sqlite"
    with FakeSite(FIXTURES, count=60) as site:
        assert main([*crawl(db, site.base_url), "--since", "2019-01-01"]) == 0
        first = capsys.readouterr().out
        assert main([*crawl(db, site.base_url), "--until", "2013-12-31"]) == 0
        out = capsys.readouterr().out
    assert "new releases" in first and "warning" not in out
    rows = stored_rows(db)
    old = [row for row in rows if row["date"] and row["date"] < "2014"]
    new = [row for row in rows if row["date"] and row["date"] >= "2019"]
    assert len(old) >= 10 and len(new) >= 10
    share = sum(bool(row["content_type"]) for row in old) / len(old)
    assert share < sum(bool(row["content_type"]) for row in new) / len(new) - 0.2
    assert main(["stats", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "warning" not in out
    assert "0 were stored before it: nothing to compare with" in out
    assert "more of years and languages not stored before: not compared" in out
