"""What a plain (non-editable) install gives: the pages the fake osce.org serves ship in the
wheel, and ``examples/batch_scrape.py --demo`` runs from the installed package in any directory.

By hand, the same check (from the repository)::

    python -m venv /tmp/v && /tmp/v/bin/pip install . && cd /tmp && \\
        /tmp/v/bin/python ~/osce-parse/examples/batch_scrape.py --demo
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from osce_parse import FakeSite
from tests.crawl_support import FIXTURES

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "osce_parse" / "testing" / "pages"
SUBPACKAGES = ("parse", "crawler", "storage", "cli", "testing")


def run(
    command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=cwd, env=env)
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result


def test_shipped_pages_are_fixture_copies_that_the_site_serves() -> None:
    names = sorted(page.name for page in PAGES.glob("*.html"))
    assert FakeSite.PAGES.resolve() == PAGES.resolve()
    assert len(names) >= 5
    for name in names:  # one source of truth: refresh a copy when its fixture changes
        assert (PAGES / name).read_bytes() == (FIXTURES / name).read_bytes(), (
            f"osce_parse/testing/pages/{name} differs from tests/fixtures/{name}: copy it again"
        )
    with FakeSite(FakeSite.PAGES, count=len(names)) as site:
        assert sorted(release.fixture for release in site.releases) == names  # all are releases
        listing = site.listing_html(0, rows=50)
        assert listing is not None and "<nav" in listing  # the menu, from an English page


@pytest.mark.slow  # a wheel built with the venv's setuptools (the test extra), ~4 s
def test_demo_runs_from_a_plain_install_in_another_directory(tmp_path: Path) -> None:
    # Build from a copy of the sources, so the repository gets no build/ or egg-info.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "osce_parse", source / "osce_parse", ignore=ignore)
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(source)])
    (wheel,) = wheels.glob("osce_parse-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"osce_parse/{name}/__init__.py" for name in SUBPACKAGES} <= names
    assert {f"osce_parse/testing/pages/{p.name}" for p in PAGES.glob("*.html")} <= names
    assert "osce_parse/storage/datasette.json" in names

    target = tmp_path / "installed"
    run([*pip, "install", "--no-deps", "--no-index", "--target", str(target), str(wheel)])
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(ROOT / "examples" / "batch_scrape.py", elsewhere)
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = run(
        [sys.executable, "-c", "import osce_parse; print(osce_parse.__file__)"],
        cwd=elsewhere,
        env=env,
    )
    assert where.stdout.strip().startswith(str(target))  # the installed copy, not the repository

    demo = run([sys.executable, "batch_scrape.py", "--demo"], cwd=elsewhere, env=env)
    lines = demo.stdout.strip().splitlines()
    assert lines[0].startswith("demo: serving 30 releases at http://127.0.0.1:")
    assert ": 30 new releases, 0 updated, 0 unchanged (0 confirmed by 304); 3 listing" in lines[1]
    assert lines[-1] == "30 releases in osce-demo.sqlite and releases.jsonl"
    assert len((elsewhere / "releases.jsonl").read_text("utf-8").splitlines()) == 30
    # The installed package's search and Datasette metadata (package data) on that database.
    cli = [sys.executable, "-m", "osce_parse.cli"]
    found = run([*cli, "search", "Zannier", "--db", "osce-demo.sqlite"], cwd=elsewhere, env=env)
    assert "[Zannier]" in found.stdout and "8 releases found" in found.stderr
    meta = run([*cli, "datasette-metadata", "--db", "osce-demo.sqlite"], cwd=elsewhere, env=env)
    assert '"osce-demo": {' in meta.stdout
