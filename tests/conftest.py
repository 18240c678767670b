"""Shared pytest options: ``--update-golden`` rewrites the golden files instead of comparing (and
raises the quality floors to the measured accuracy); ``--lower-floors`` lets the quality floors
go down to the measured accuracy."""

from __future__ import annotations

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
