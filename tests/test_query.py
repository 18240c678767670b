"""Reading the database back: typed releases with filters, quotes, people, the views; the
normalised tables kept in step with every write (crawl, update, reparse on several cores)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from osce_parse import Person, Quote, Release
from osce_parse.crawler import reparse
from osce_parse.storage import Store
from tests.conftest import DemoDb
from tests.derived_check import derived_problems
from tests.test_storage import make_release


@pytest.fixture(scope="module")
def everything(demo_db: DemoDb) -> list[Release]:
    with Store(demo_db.path) as store:
        return list(store.releases())


def test_a_crawled_database_has_its_tables_in_step(demo_db: DemoDb) -> None:
    assert derived_problems(demo_db.path) == []


def test_releases_are_typed_newest_first_and_what_is_stored(
    demo_db: DemoDb, everything: list[Release]
) -> None:
    assert len(everything) == 30 and all(isinstance(r, Release) for r in everything)
    dates = [r.date for r in everything]
    assert None not in dates and dates == sorted(dates, reverse=True)  # type: ignore[type-var]
    con = sqlite3.connect(demo_db.path)
    stored = {key: json.loads(blob) for key, blob in con.execute("SELECT key, json FROM releases")}
    con.close()
    with Store(demo_db.path) as store:
        for key, data in stored.items():
            release = store.release(key)
            assert release is not None and release.to_dict() == data
            assert release in everything
        assert store.release("en/1") is None
        assert list(store.release_dicts()) == [r.to_dict() for r in everything]


@pytest.mark.parametrize(
    ("filters", "keep"),
    [
        ({"language": "ru"}, lambda r: r.language == "ru"),
        ({"source": "permanent council"}, lambda r: "Permanent Council" in r.sources),
        ({"source": "OSCE Chairmanship"}, lambda r: "OSCE Chairmanship" in r.sources),
        ({"field_of_work": "Youth"}, lambda r: "Youth" in r.fields_of_work),
        ({"since": "2011-10-14"}, lambda r: str(r.date) >= "2011-10-14"),
        ({"until": "2008-09-04", "language": "en"}, lambda r: str(r.date) <= "2008-09-04"
         and r.language == "en"),
        ({"source": "Nobody"}, lambda r: False),
    ],
)  # fmt: skip
def test_release_filters(
    demo_db: DemoDb,
    everything: list[Release],
    filters: dict[str, str],
    keep: Callable[[Release], bool],
) -> None:
    options = {
        k: dt.date.fromisoformat(v) if k in ("since", "until") else v for k, v in filters.items()
    }
    with Store(demo_db.path) as store:
        found = list(store.releases(**options))
    expected = [r for r in everything if keep(r)]
    assert found == expected
    assert expected or filters == {"source": "Nobody"}


def test_quotes_with_their_releases(demo_db: DemoDb, everything: list[Release]) -> None:
    with Store(demo_db.path) as store:
        every = list(store.quotes())
        zannier = list(store.quotes("lamberto zannier"))
        russian = list(store.quotes(language="ru"))
    assert len(every) == sum(len(r.quotes) for r in everything)
    by_key = {f"{r.language}/{r.node_id}": r for r in everything}
    for stored in every:
        release = by_key[stored.key]
        assert isinstance(stored.quote, Quote) and stored.quote in release.quotes
        assert (stored.url, stored.date, stored.title) == (release.url, release.date, release.title)
    expected = [q for r in everything for q in r.quotes if q.speaker == "Lamberto Zannier"]
    assert [s.quote for s in zannier] == expected and len(expected) == 40  # en and de
    assert {s.quote.speaker for s in russian} == {"Ламберто Заньер"}


def test_people_count_what_the_releases_say(demo_db: DemoDb, everything: list[Release]) -> None:
    with Store(demo_db.path) as store:
        people = store.people()
        since_2010 = store.people(since=everything[0].date.replace(year=2010))  # type: ignore[union-attr]
    quoted = Counter(q.speaker for r in everything for q in r.quotes if q.speaker)
    named: dict[str, set[str | None]] = {}
    for r in everything:
        for name in {p.name for p in r.people} | {q.speaker for q in r.quotes if q.speaker}:
            named.setdefault(name, set()).add(r.url)
    assert {p.name for p in people} == set(named)
    for person in people:
        assert person.quotes == quoted[person.name], person.name
        assert person.releases == len(named[person.name]), person.name
    assert [p.quotes for p in people] == sorted((p.quotes for p in people), reverse=True)
    zannier = next(p for p in people if p.name == "Lamberto Zannier")
    assert zannier.roles == ("UNMIK head",) and zannier.gender == "male"
    assert str(zannier.first_date) == str(zannier.last_date) == "2008-09-04"
    assert "Lamberto Zannier" not in {p.name for p in since_2010}
    assert "Igli Hasani" in {p.name for p in since_2010}


def test_the_views_answer_the_common_questions(demo_db: DemoDb, everything: list[Release]) -> None:
    con = sqlite3.connect(demo_db.path)
    by_speaker = con.execute("SELECT speaker, quotes, releases FROM quotes_by_speaker").fetchall()
    per_field = con.execute(
        "SELECT field_of_work, year, releases, language_versions"
        " FROM releases_per_field_of_work_per_year"
    ).fetchall()
    per_source = con.execute("SELECT source, year, releases FROM releases_per_source_per_year")
    sources = set(per_source.fetchall())
    quotes = con.execute("SELECT count(*) FROM release_quotes").fetchone()[0]
    con.close()
    counted = Counter(q.speaker for r in everything for q in r.quotes if q.speaker)
    assert {(s, n) for s, n, _ in by_speaker} == set(counted.items())
    assert [n for _, n, _ in by_speaker] == sorted(counted.values(), reverse=True)
    fields = Counter((f, r.date.year) for r in everything for f in r.fields_of_work if r.date)
    assert {(f, y, n) for f, y, n, _ in per_field} == {(f, y, n) for (f, y), n in fields.items()}
    assert all(n == v for _, _, n, v in per_field)  # one language version a node here
    assert ("Permanent Council", 2008, 4) in sources
    assert quotes == sum(len(r.quotes) for r in everything)


def test_names_nobody_refers_to_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "osce.sqlite"
    people = (Person("Ann Lee", ("Head of Mission",), "female"), Person("Bo Berg"))
    first = make_release(1, people=people, sources=("Mission A", "Mission B"))
    with Store(path) as store:
        with store.transaction():
            store.save_release(first, "a")
            store.save_release(make_release(2, sources=("Mission B",)), "b")
        fewer = replace(first, people=people[:1], sources=("Mission A",), quotes=())
        with store.transaction():
            assert store.save_release(fewer, "a")[1] == "updated"
        names = {p.name for p in store.people()}
    assert names == {"Ann Lee", "Zannier"}  # Zannier is still quoted in release 2
    con = sqlite3.connect(path)
    assert {n for (n,) in con.execute("SELECT name FROM people")} == names
    assert {n for (n,) in con.execute("SELECT name FROM sources")} == {"Mission A", "Mission B"}
    con.close()
    assert derived_problems(path) == []


def test_a_reparse_on_two_cores_puts_tables_and_index_right(
    demo_db: DemoDb, tmp_path: Path
) -> None:
    path = tmp_path / "osce.sqlite"
    shutil.copy(demo_db.path, path)
    with Store(path) as store:  # every release changed through the API: tables and index follow
        damaged = [
            replace(r, title="OLD " + r.title, paragraphs=(*r.paragraphs, "zzdamaged"),
                    people=(Person("Nobody Real"),), sources=("Wrong source",))
            for r in store.releases()
        ]  # fmt: skip
        with store.transaction():
            for release in damaged:
                assert store.save_release(release, release.url or "")[1] == "updated"
        assert len(store.search("zzdamaged", limit=100)) == 30
    assert derived_problems(path) == []
    with Store(path) as store:
        assert reparse(store, workers=2) == {"updated": 30}
        assert store.search("zzdamaged") == []
        assert "Nobody Real" not in {p.name for p in store.people()}
    assert derived_problems(path) == []
    assert tables(path) == tables(demo_db.path)  # as if it had never been damaged


def tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """The normalised tables and the indexes, with names instead of name ids."""
    queries = {
        "paragraphs": "SELECT * FROM paragraphs",
        "quotes": "SELECT q.*, p.name FROM quotes q LEFT JOIN people p ON p.id = q.person_id",
        "people": "SELECT l.key, l.idx, p.name, l.roles, l.gender FROM release_people l"
        " JOIN people p ON p.id = l.person_id",
        "sources": "SELECT l.key, l.idx, s.name FROM release_sources l"
        " JOIN sources s ON s.id = l.source_id",
        "fields": "SELECT l.key, l.idx, f.name FROM release_fields_of_work l"
        " JOIN fields_of_work f ON f.id = l.field_of_work_id",
        "search": "SELECT rowid, * FROM release_search",
        "search_en": "SELECT rowid, * FROM release_search_en",
    }
    con = sqlite3.connect(path)
    try:
        return {
            name: sorted(
                (row[:-2] + row[-1:] if name == "quotes" else row for row in con.execute(sql)),
                key=repr,
            )
            for name, sql in queries.items()
        }
    finally:
        con.close()
