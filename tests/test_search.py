"""Full-text search: the expected releases for a set of queries on the demo database, ranking and
snippets, filters, the query syntax, the command, and a Python without FTS5."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from osce_parse.cli import main
from osce_parse.storage import SearchError, Store
from osce_parse.storage.search import match_expression
from tests.conftest import DemoDb
from tests.derived_check import derived_problems
from tests.test_storage import make_release

SEED, SEED_DE, SEED_RU = "current_seed_50033", "current_de_seed_50033", "current_ru_seed_50033"
YOUTH, KOSOVO = "current_endash_multiplace_2020", "newsroom_kosovo_2012"
MADRID = "newsroom_release_madrid_2007"
BORDERS, JUDGES = "panels_secretariat_2011", "titlefirst_dateline_2012"

# query, search() options, the fixtures whose copies must be found (every copy, nothing else).
QUERIES: list[tuple[str, dict[str, object], set[str]]] = [
    ("Zannier", {}, {SEED, SEED_DE}),
    ("заньер", {}, {SEED_RU}),  # Cyrillic, case folded
    ("ЗАНЬЕР*", {}, {SEED_RU}),  # and its other case forms ("Заньера")
    ("trained", {}, {YOUTH, KOSOVO, BORDERS, JUDGES}),  # English stemmed: training, trains
    ("Ibanez", {}, {MADRID}),  # diacritics folded: Ibáñez
    ("Pristina", {}, {KOSOVO}),  # Priština
    ('"violent extremism"', {}, {YOUTH}),
    ('"extremism violent"', {}, set()),  # a phrase keeps its order
    ("co-operation", {}, {YOUTH, SEED, BORDERS, JUDGES}),  # a hyphen is not FTS5's NOT
    ("Kosovo Zannier", {}, {SEED, SEED_DE}),  # every word must occur
    ("border*", {}, {BORDERS}),
    ("Kosovo", {"since": dt.date(2010, 1, 1)}, {KOSOVO}),
    ("Kosovo", {"until": dt.date(2010, 1, 1)}, {SEED, SEED_DE}),
    ("Kosovo", {"language": "de"}, {SEED_DE}),
    ("OSCE", {"language": "ru"}, set()),  # the Russian pages say ОБСЕ
    ("ОБСЕ", {}, {SEED_RU}),
    ("OSCE", {"source": "OSCE Mission in Kosovo"}, {KOSOVO}),
    ("young", {"field_of_work": "youth"}, {YOUTH}),
    ("Zannier OR Madrid", {"raw": True}, {SEED, SEED_DE, MADRID}),
    ("Kosovo NOT Zannier", {"raw": True}, {KOSOVO}),
    ("title: Madrid", {"raw": True}, {MADRID}),
    ("NEAR(Lamberto told, 3)", {"raw": True}, {SEED}),
]


@pytest.mark.parametrize(("query", "options", "fixtures"), QUERIES, ids=[q[0] for q in QUERIES])
def test_search_finds_the_expected_releases_of_the_demo_database(
    demo_db: DemoDb, query: str, options: dict[str, object], fixtures: set[str]
) -> None:
    with Store(demo_db.path) as store:
        hits = store.search(query, limit=100, **options)  # type: ignore[arg-type]
    found = [hit.key for hit in hits]
    assert len(found) == len(set(found))
    assert set(found) == demo_db.keys_of(*fixtures)
    assert [hit.rank for hit in hits] == sorted(hit.rank for hit in hits)  # best first


def test_hits_carry_the_release_and_a_snippet(demo_db: DemoDb) -> None:
    with Store(demo_db.path) as store:
        hits = store.search("Zannier", language="en", limit=2)
        assert len(hits) == 2 and all(hit.language == "en" for hit in hits)
        hit = hits[0]
        release = store.release(hit.key)
    assert release is not None and hit.title == release.title and hit.url == release.url
    assert hit.date == release.date == dt.date(2008, 9, 4)
    assert "UNMIK head Lamberto [Zannier] told the OSCE Permanent Council" in hit.snippet
    with Store(demo_db.path) as store:
        marked = store.search("Zannier", language="de", limit=1, highlight=("<b>", "</b>"))
    assert "Lamberto <b>Zannier</b> heute" in marked[0].snippet


def test_a_title_match_outranks_a_body_match(tmp_path: Path) -> None:
    with Store(tmp_path / "osce.sqlite") as store, store.transaction():
        store.save_release(make_release(1, title="Elections observed"), "a")
        body = ("VIENNA - The mission observed the elections.", "Other words.")
        store.save_release(make_release(2, title="Mission statement", paragraphs=body), "b")
        store.save_release(make_release(3, title="Unrelated"), "c")
        hits = store.search("election")  # stemmed: elections
    assert [hit.key for hit in hits] == ["en/1", "en/2"]


def test_the_index_follows_updates(tmp_path: Path) -> None:
    path = tmp_path / "osce.sqlite"
    with Store(path) as store:
        with store.transaction():
            store.save_release(make_release(1, paragraphs=("Sofia hosted the meeting.",)), "a")
        assert [hit.key for hit in store.search("Sofia")] == ["en/1"]
        moved = make_release(1, paragraphs=("Skopje hosted the meeting.",), language="en")
        with store.transaction():
            assert store.save_release(moved, "a")[1] == "updated"
        assert store.search("Sofia") == []
        assert [hit.key for hit in store.search("skopje")] == ["en/1"]
        # Another language moves it from the stemmed English index to the plain one.
        with store.transaction():
            store.save_release(replace(moved, url="https://www.osce.org/pc/1"), "a")
            store.save_release(make_release(2, language="fr", paragraphs=("Skopje.",)), "b")
        assert {hit.key for hit in store.search("Skopje")} == {"en/1", "fr/2"}
    assert derived_problems(path) == []


def test_plain_queries_are_never_fts5_syntax() -> None:
    assert match_expression('Kosovo "human rights"  elect*') == '"Kosovo" "human rights" "elect"*'
    assert match_expression('NOT OR - : ( say "hi') == '"NOT" "OR" "-" ":" "(" "say" """hi"'
    assert match_expression("a*b **") == '"a*b" "**"'
    with pytest.raises(SearchError, match="empty search") as info:
        match_expression('  "" ')
    assert info.value.kind == "query"


def test_bad_raw_queries_are_query_errors(demo_db: DemoDb) -> None:
    with Store(demo_db.path) as store:
        for query in ("Zannier OR", '"open', "nosuchcolumn: x", "  "):
            with pytest.raises(SearchError) as info:
                store.search(query, raw=True)
            assert info.value.kind == "query", query
        assert store.search('NOT OR - : ( "open') == []  # the same characters, plain: text


# -- the command ----------------------------------------------------------------------------------


def test_search_command_formats(demo_db: DemoDb, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_db.path)
    assert main(["search", "Zannier", "--db", db, "--language", "en", "--limit", "1"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 3 and lines[0].startswith("  1. 2008-09-04  en  UNMIK downsizing")
    assert lines[1].strip().startswith("http://127.0.0.1:") and "[Zannier]" in lines[2]
    assert err == "osce-parse: 1 release found\n"
    assert main(["search", "Madrid", "--db", db, "--format", "json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert {hit["key"] for hit in hits} == demo_db.keys_of(MADRID)
    assert set(hits[0]) == {"key", "url", "title", "date", "language", "rank", "snippet"}
    assert (
        main(["search", "border*", "--db", db, "--format", "jsonl", "--since", "2011-01-01"]) == 0
    )
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {row["key"] for row in rows} == demo_db.keys_of(BORDERS)


def test_search_command_errors(
    demo_db: DemoDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "Zannier OR", "--raw", "--db", str(demo_db.path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("osce-parse: cannot read the search 'Zannier OR': fts5: syntax error")
    assert main(["search", "x", "--db", str(tmp_path / "none.sqlite")]) == 1
    assert "no such database" in capsys.readouterr().err


# -- without FTS5 ---------------------------------------------------------------------------------


def test_without_fts5_the_database_works_and_is_indexed_later(
    demo_db: DemoDb,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copy(demo_db.path, old)
    new = tmp_path / "new.sqlite"
    monkeypatch.setattr("osce_parse.storage.store.fts5_available", lambda db: False)
    for path in (old, new):  # one indexed before, one created without an index
        with Store(path) as store:
            with store.transaction():
                store.save_release(make_release(7, paragraphs=("Ashgabat hosted it.",)), "x")
            with pytest.raises(SearchError, match="needs SQLite with FTS5") as info:
                store.search("Ashgabat")
            assert info.value.kind == "unavailable"
            assert store.release_count() in (1, 31)
    assert main(["search", "Ashgabat", "--db", str(new)]) == 4
    assert "full-text search needs SQLite with FTS5" in capsys.readouterr().err
    con = sqlite3.connect(new)
    assert not con.execute(
        "SELECT 1 FROM sqlite_master WHERE name LIKE 'release_search%'"
    ).fetchall()
    con.close()
    monkeypatch.undo()
    for path in (old, new):  # an SQLite with FTS5 opens it: the index is (re)built
        with Store(path) as store:
            assert [hit.key for hit in store.search("Ashgabat")] == ["en/7"]
        assert derived_problems(path) == []
    with Store(old) as store:
        assert {hit.key for hit in store.search("Zannier", limit=50)} == demo_db.keys_of(
            SEED, SEED_DE
        )
