"""Shared pytest options: ``--update-golden`` rewrites the golden files instead of comparing (and
raises the quality floors to the measured accuracy); ``--lower-floors`` lets the quality floors
go down to the measured accuracy. The ``demo_db`` fixture: the demo database, crawled once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/fixtures/*.json goldens from the current parser output and raise "
        "tests/quality_floors.json to the measured accuracy",
    )
    parser.addoption(
        "--lower-floors",
        action="store_true",
        default=False,
        help="set tests/quality_floors.json to the measured accuracy even where that is lower",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def lower_floors(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--lower-floors"))


@dataclass(frozen=True)
class DemoDb:
    """The demo database (what ``examples/batch_scrape.py --demo`` crawls: the pages shipped with
    osce_parse served as 30 releases) and which fixture each release key was copied from."""

    path: Path
    fixtures: dict[str, str]

    def keys_of(self, *names: str) -> set[str]:
        """The keys of every copy of the fixtures ``names``."""
        return {key for key, fixture in self.fixtures.items() if fixture in names}


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> DemoDb:
    """Crawled once per test run; copy it before writing to it."""
    from osce_parse.storage import Store
    from osce_parse.testing import FakeSite
    from tests.crawl_support import options, run_crawl

    path = tmp_path_factory.mktemp("demo") / "osce-demo.sqlite"
    with FakeSite(FakeSite.PAGES, count=30) as site, Store(path) as store:
        assert run_crawl(store, options(site)).releases["new"] == 30
        fixtures = {f"{r.language}/{r.node_id}": Path(r.fixture).stem for r in site.releases}
    return DemoDb(path, fixtures)
