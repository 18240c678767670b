"""Datasette's metadata.json: every table, view and column it names exists in a new database and
in a migrated one, the canned queries run, and ``osce-parse datasette-metadata`` writes it."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from osce_parse.cli import main
from osce_parse.storage import Store
from osce_parse.storage.datasette import datasette_metadata, metadata_template
from tests.conftest import DemoDb

DATA = Path(__file__).parent / "data"


def columns(con: sqlite3.Connection) -> dict[str, set[str]]:
    names = [
        row[0]
        for row in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    ]
    return {name: {row[1] for row in con.execute(f'PRAGMA table_info("{name}")')} for name in names}


def named_columns(config: dict[str, Any]) -> set[str]:
    """Every column a table's metadata refers to."""
    found = set(config.get("columns", {}))
    for facet in config.get("facets", []):
        found |= set(facet.values()) if isinstance(facet, dict) else {facet}
    for key in ("label_column", "sort", "sort_desc", "fts_pk"):
        if key in config:
            found.add(config[key])
    found |= set(config.get("sortable_columns", []))
    return found


@pytest.fixture(params=["new", "migrated from version 3"])
def database(request: pytest.FixtureRequest, demo_db: DemoDb, tmp_path: Path) -> Path:
    path = tmp_path / "osce.sqlite"
    if request.param == "new":
        shutil.copy(demo_db.path, path)
    else:
        shutil.copy(DATA / "schema_v3.sqlite", path)
        Store(path).close()
    return path


def test_metadata_names_only_what_the_schema_has(database: Path) -> None:
    meta = metadata_template()["databases"]["*"]
    con = sqlite3.connect(database)
    schema = columns(con)
    for table, config in meta["tables"].items():
        assert table in schema, table
        assert named_columns(config) <= schema[table], (
            table,
            named_columns(config) - schema[table],
        )
        if "fts_table" in config:
            assert config["fts_table"] in schema
    user_tables = {name for name in schema if not name.startswith(("sqlite_", "release_search"))}
    assert user_tables <= set(meta["tables"])  # every table and view is described or hidden
    facets = meta["tables"]["releases"]["facets"]
    assert facets[:3] == ["language", "content_type", "year"]
    assert {"array": "sources"} in facets and {"array": "fields_of_work"} in facets
    for name, query in meta["queries"].items():  # the canned queries run
        params = {"since": "2000-01-01", "field_of_work": "Youth", "query": "OSCE"}
        rows = con.execute(query["sql"], params).fetchall()
        assert rows, name
    con.close()


def test_array_facets_read_json_arrays(demo_db: DemoDb) -> None:
    # Datasette's array facets need JSON arrays: releases.sources and fields_of_work are.
    con = sqlite3.connect(demo_db.path)
    rows = con.execute("SELECT sources, fields_of_work FROM releases").fetchall()
    con.close()
    for sources, fields in rows:
        assert isinstance(json.loads(sources), list) and isinstance(json.loads(fields), list)


def test_datasette_metadata_command(
    demo_db: DemoDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "osce-2024.sqlite"
    shutil.copy(DATA / "schema_v3.sqlite", db)
    assert main(["datasette-metadata", "--db", str(db)]) == 0  # also brings it to version 4
    printed = json.loads(capsys.readouterr().out)
    assert list(printed["databases"]) == ["osce-2024"]  # Datasette names it after the file
    assert printed == datasette_metadata(db)
    out = tmp_path / "metadata.json"
    assert main(["datasette-metadata", "--db", str(db), "-o", str(out)]) == 0
    assert json.loads(out.read_text("utf-8")) == printed
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 4
    con.close()
    assert main(["datasette-metadata", "--db", str(tmp_path / "missing.sqlite")]) == 1
