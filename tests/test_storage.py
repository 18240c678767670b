"""SQLite storage: schema, atomic writes, release identity, taxonomy and statistics."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from osce_parse.models import MenuItem, Quote, Release
from osce_parse.storage import SCHEMA_VERSION, StorageError, Store, taxonomy_groups
from tests.derived_check import derived_problems

DATA = Path(__file__).parent / "data"
NO_HEADERS: dict[str, None] = {"content_type": None, "etag": None, "last_modified": None}


def make_release(node: int = 50033, **changes: object) -> Release:
    release = Release(
        url=f"https://www.osce.org/pc/{node}",
        node_id=node,
        language="en",
        content_type="Press release",
        title=f"Release {node}",
        date=dt.date(2020, 10, 9),
        date_source="field",
        place="VIENNA",
        sources=("Permanent Council", "OSCE Chairpersonship"),
        fields_of_work=("Rule of law",),
        dateline="VIENNA, 9 October 2020",
        paragraphs=("VIENNA, 9 October 2020 - Text.", '"Quoted words," he said.'),
        quotes=(
            Quote("Quoted words,", speaker="Zannier", verb="said", paragraph=1, start=1, end=14),
        ),
    )
    return replace(release, **changes)  # type: ignore[arg-type]


MENU = (
    MenuItem(
        "Our work",
        children=(
            MenuItem("Fields of work", children=(MenuItem("Rule of law"), MenuItem("Elections"))),
        ),
    ),
    MenuItem(
        "Countries",
        children=(MenuItem("Participating States", children=(MenuItem("Albania"),)),),
    ),
    MenuItem(
        "Structures and institutions",
        children=(
            MenuItem("Chairpersonship"),
            MenuItem("Secretariat", children=(MenuItem("Secretary General"),)),
        ),
    ),
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "osce.sqlite")


def test_schema_version_and_wal(tmp_path: Path, store: Store) -> None:
    store.close()
    con = sqlite3.connect(tmp_path / "osce.sqlite")
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
    Store(tmp_path / "osce.sqlite").close()  # reopening an existing database works


def test_refuses_foreign_or_newer_databases(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(StorageError, match="not an osce-parse database"):
        Store(other)
    newer = tmp_path / "newer.sqlite"
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StorageError, match="newer"):
        Store(newer)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StorageError):
        Store(junk)


def test_release_upsert_is_keyed_by_node(store: Store) -> None:
    release = make_release()
    with store.transaction():
        assert store.save_release(release, release.url or "")[1] == "new"
    with store.transaction():
        assert store.save_release(release, release.url or "")[1] == "same"
    # The same node under another section URL is the same release.
    alias = replace(release, url="https://www.osce.org/node/50033", title="Better title")
    with store.transaction():
        key, outcome = store.save_release(alias, "https://www.osce.org/node/50033")
    assert (key, outcome) == ("en/50033", "updated")
    assert store.release_count() == 1
    assert [r.title for r in store.releases()] == ["Better title"]
    assert store.has_release("en/50033")
    assert store.has_release("x", "https://www.osce.org/pc/50033")
    translated = replace(release, url="https://www.osce.org/ru/pc/50033", language="ru")
    with store.transaction():
        store.save_release(translated, translated.url or "")
    assert store.release_count() == 2


def test_quotes_are_replaced_not_duplicated(store: Store) -> None:
    release = make_release()
    with store.transaction():
        store.save_release(release, "u")
    two = replace(release, quotes=(*release.quotes, Quote("More,", paragraph=1)))
    with store.transaction():
        store.save_release(two, "u")
    assert store.stats().quotes == 2


def test_transaction_rolls_back_everything(store: Store) -> None:
    crawl = store.start_crawl({"a": 1})
    with pytest.raises(RuntimeError), store.transaction():
        store.enqueue(crawl, [("k", "https://x.org/pc/1", "release")])
        store.save_release(make_release(), "https://x.org/pc/1")
        raise RuntimeError("killed mid-page")
    assert store.release_count() == 0
    assert store.pending(crawl) == []


def test_pages_compressed_and_validators(store: Store) -> None:
    body = b"<html>" + b"x" * 10_000 + b"</html>"
    store.save_page("u", "u2", 200, body, content_type="text/html", etag='"e"', last_modified="L")
    raw = store.raw_page("u")
    assert raw is not None and raw.body == body and raw.final_url == "u2"
    assert store.validators("u") == ('"e"', "L")
    assert store.validators("missing") == (None, None)
    store.save_page("u", "u2", 304, b"", content_type=None, etag=None, last_modified=None)
    assert store.validators("u") == ('"e"', "L")
    size = store._db.execute("SELECT length(body) FROM pages").fetchone()[0]
    assert size < 1000


def test_journal_and_resume(store: Store) -> None:
    options = {"base_url": "x"}
    crawl = store.start_crawl(options)
    added = store.enqueue(crawl, [("a", "ua", "listing"), ("b", "ub", "release")])
    assert [e.key for e in added] == ["a", "b"]
    assert store.enqueue(crawl, [("b", "ub2", "release")]) == []  # same key: ignored
    store.mark(crawl, "a", "done", "10 items")
    assert [e.key for e in store.pending(crawl)] == ["b"]
    assert store.resumable_crawl(options) == crawl
    assert store.resumable_crawl({"base_url": "y"}) is None
    store.mark(crawl, "b", "failed", "HTTP 503 (gave up after 5 attempts)")
    # Killed after its last page but before it was marked finished: nothing left to resume.
    assert store.resumable_crawl(options) is None
    store.set_crawl_status(crawl, "finished", {})
    assert store.resumable_crawl(options) is None
    assert store.failures(crawl) == [("ub", "HTTP 503 (gave up after 5 attempts)")]
    second = store.start_crawl(options)
    assert store.earlier_failures(second) == [("b", "ub", "release")]


def test_taxonomy_groups_and_stats(store: Store) -> None:
    groups = taxonomy_groups(MENU)
    assert groups == {
        "fields_of_work": ["Rule of law", "Elections"],
        "countries": ["Albania"],
        "structures": ["Chairpersonship", "Secretariat", "Secretary General"],
    }
    crawl = store.start_crawl({})
    store.save_taxonomy(crawl, "https://www.osce.org/", MENU)
    assert store.taxonomy() == MENU
    with store.transaction():
        store.save_release(make_release(1, fields_of_work=("Rule of law", "Cyber")), "a")
        store.save_release(make_release(2, place=None, quotes=(), date=None), "b")
    stats = store.stats()
    assert stats.releases == 2
    assert stats.coverage["date"] == 0.5 and stats.coverage["place"] == 0.5
    assert stats.coverage["quotes"] == 0.5 and stats.coverage["sources"] == 1.0
    assert stats.first_date == stats.last_date == "2020-10-09"
    assert dict(stats.unknown["fields_of_work"]) == {"Cyber": 1}
    # "OSCE Chairpersonship" matches the menu's "Chairpersonship"; the Permanent Council does not.
    assert dict(stats.unknown["sources"]) == {"Permanent Council": 2}


# -- locks, full disks, migration -----------------------------------------------------------------


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def test_locked_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "osce.sqlite"
    Store(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing
    try:
        store = Store(path, busy_timeout=0.05)  # reading is fine: WAL readers never wait
        with pytest.raises(StorageError, match="database is locked by another process") as info:
            store.start_crawl({})
        assert info.value.kind == "locked" and "gave up after 0.05 s" in str(info.value)
        with pytest.raises(StorageError, match="locked"), store.transaction():
            pass
        assert store.release_count() == 0
    finally:
        other.execute("ROLLBACK")
        other.close()
    store.start_crawl({})  # the lock is gone: the same store works again
    store.close()
    # A process holding the file exclusively: even opening reports the lock, not "not ours".
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match=r"^database is locked by another process"):
            Store(path, busy_timeout=0.05)
    finally:
        holder.close()


def test_full_disk_keeps_what_was_stored(tmp_path: Path) -> None:
    path = tmp_path / "osce.sqlite"
    store = Store(path)
    crawl = store.start_crawl({})
    with store.transaction():
        store.save_release(make_release(1), "https://www.osce.org/pc/1", crawl)
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    # SQLITE_FULL, the error a full disk gives, once the file would outgrow a few more pages.
    store._db.execute(f"PRAGMA max_page_count={pages + 6}")
    saved = [1]
    with pytest.raises(StorageError, match=r"database or disk is full \(") as info:
        for node in range(2, 200):
            with store.transaction():
                store.save_page(
                    f"u{node}",
                    f"u{node}",
                    200,
                    bytes(range(256)) * 40,
                    content_type="text/html",
                    etag=None,
                    last_modified=None,
                )
                store.save_release(make_release(node), f"u{node}", crawl)
            saved.append(node)
    assert info.value.kind == "full" and "nothing committed before is lost" in str(info.value)
    assert 1 < len(saved) < 199
    # The failed page was rolled back as a whole; the store is still usable for reading.
    assert store.release_count() == len(saved)
    assert store._db.execute("SELECT count(*) FROM pages").fetchone()[0] == len(saved) - 1
    assert not store._db.in_transaction
    store.close()
    assert integrity(path) == "ok"
    with Store(path) as again:
        assert sorted(r.node_id for r in again.releases()) == saved
        with again.transaction():  # no limit on a new connection: writing works again
            again.save_release(make_release(500), "u500")
        assert again.release_count() == len(saved) + 1


def test_migrates_version_1_databases(tmp_path: Path) -> None:
    # A version-3 database made by the version-3 code, taken back to version 1 by hand.
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema_v3.sqlite", path)
    con = sqlite3.connect(path)
    keys = [key for (key,) in con.execute("SELECT key FROM releases ORDER BY key")]
    con.executescript(
        """
        DROP TABLE release_versions;
        DROP TABLE bad_responses;
        DROP TABLE taxonomy_terms;
        DROP TABLE reparse_runs;
        ALTER TABLE journal DROP COLUMN depth;
        DROP TABLE crawl_parses;
        CREATE TABLE crawls_v1 (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL,
            finished_at TEXT, status TEXT NOT NULL, options TEXT NOT NULL, summary TEXT);
        INSERT INTO crawls_v1 SELECT id, started_at, finished_at, status, options, summary
            FROM crawls;
        DROP TABLE crawls;
        ALTER TABLE crawls_v1 RENAME TO crawls;
        PRAGMA user_version=1;
        """
    )
    con.close()
    with Store(path) as store:
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
        assert store.release_count() == len(keys) == 12
        for key in keys:
            assert [v.reason for v in store.versions(key)] == ["new"]
        crawl = store.start_crawl({})
        assert store.crawl_row(crawl)["baseline"]["releases"] == 12
        assert store.crawl_row(1)["baseline"] is None
        assert store.coverage_drift() is None  # nothing parsed by a crawl yet
        assert [hit.key for hit in store.search("Zannier")] == ["en/600002", "de/600002"]
    assert derived_problems(path) == []


def test_migrates_a_version_2_database_made_by_the_previous_code(tmp_path: Path) -> None:
    # tests/data/schema_v2.sqlite: 6 releases crawled from the fake site by osce_parse at schema
    # version 2 (the code before prior versions were kept), copied as that code left it.
    path = tmp_path / "v2.sqlite"
    shutil.copy(DATA / "schema_v2.sqlite", path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 2
    before = con.execute("SELECT key, json, page_url FROM releases ORDER BY key").fetchall()
    pages = dict(con.execute("SELECT url, sha256 FROM pages").fetchall())
    con.close()
    assert len(before) == 6
    rows = table_rows(path)
    assert len(rows) == 8 and len(rows["journal"][1]) > 6
    with Store(path) as store:
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.release_count() == 6  # nothing lost
        for key, blob, page_url in before:
            [version] = store.versions(key)  # each release is its own version 1
            assert version.reason == "new" and version.version == 1
            assert version.data == json.loads(blob) and version.sha256 == pages[page_url]
            assert version.fetched_at and version.crawl_id == 1
        assert store.pending(1) == [] and store.crawl_row(1)["status"] == "finished"
        assert store.stats().versions == 6 and store.stats().changed_releases == 0
        # The migrated database takes new versions.
        key, blob, page_url = before[0]
        data = json.loads(blob)
        changed = make_release(data["node_id"], url=data["url"], language=data["language"])
        with store.transaction():
            store.save_page(page_url, page_url, 200, b"<html>new</html>", **NO_HEADERS)
            assert store.save_release(changed, page_url)[1] == "updated"
        assert [v.reason for v in store.versions(key)] == ["new", "changed"]
        assert store.stats().changed_releases == 1
    assert derived_problems(path) == []
    after = table_rows(path, {table: names for table, (names, _) in rows.items()})
    changed = {before[0][0]}  # the release (and its quotes) updated above
    for table, (names, kept) in rows.items():
        if "key" in names:
            column = names.index("key")
            kept = [row for row in kept if row[column] not in changed]
            after[table] = (names, [row for row in after[table][1] if row[column] not in changed])
        if table == "pages":
            kept = [row for row in kept if row[0] != before[0][2]]
            after[table] = (names, [row for row in after[table][1] if row[0] != before[0][2]])
        assert set(kept) <= set(after[table][1]), table  # every version-2 row is still there


def test_release_pages_streams_in_batches(store: Store) -> None:
    for node in range(1, 6):
        store.save_page(
            f"u{node}",
            f"u{node}",
            200,
            b"<p>x</p>",
            content_type=None,
            etag=None,
            last_modified=None,
        )
        with store.transaction():
            store.save_release(make_release(node), f"u{node}")
    seen = []
    for key, page in store.release_pages(batch=2):
        seen.append(key)
        with store.transaction():  # updating while iterating is safe
            store.save_release(make_release(int(key.split("/")[1]), title="changed"), page.url)
    assert seen == sorted(f"en/{n}" for n in range(1, 6))


# -- coverage drift -------------------------------------------------------------------------------


def test_coverage_drift_names_fields_and_examples(store: Store) -> None:
    first = store.start_crawl({})
    with store.transaction():
        for node in range(1, 13):
            store.save_release(make_release(node), f"https://www.osce.org/pc/{node}", first)
    assert store.crawl_row(first)["baseline"] == {
        "releases": 0,
        "coverage": dict.fromkeys(
            (
                "title",
                "date",
                "place",
                "sources",
                "fields_of_work",
                "paragraphs",
                "quotes",
                "content_type",
            ),
            0.0,
        ),
        "strata": {},  # coverage per year/language: nothing stored yet
    }
    report = store.coverage_drift()
    assert report is not None and report.crawl_id == first and not report.comparable
    assert report.releases == 12 and report.now["date"] == 1.0 and report.drops == []

    second = store.start_crawl({"full": True})
    assert store.crawl_row(second)["baseline"]["coverage"]["date"] == 1.0
    assert store.crawl_row(second)["baseline"]["strata"]["2020/en"]["releases"] == 12
    with store.transaction():
        for node in range(1, 13):
            lost = {"date": None, "place": None} if node > 2 else {}
            release = make_release(node, **lost)
            store.save_release(release, f"https://www.osce.org/pc/{node}", second)
    report = store.coverage_drift()
    assert report is not None and report.crawl_id == second and report.comparable
    assert [d.field for d in report.drops] == ["date", "place"]
    date = report.drops[0]
    assert date.before == 1.0 and round(date.now, 3) == round(2 / 12, 3)
    assert date.examples == tuple(f"https://www.osce.org/pc/{n}" for n in (3, 4, 5))
    assert store.coverage_drift(second, threshold=0.9).drops == []  # type: ignore[union-attr]
    few = store.coverage_drift(second, min_releases=13)
    assert few is not None and not few.comparable and few.drops == []
    assert report.to_dict()["drops"][1]["field"] == "place"
    # Releases parsed without a crawl (reparse) are not counted as a crawl's.
    with store.transaction():
        store.save_release(make_release(99), "x")
    assert store.crawl_coverage(second)[0] == 12
    # A later crawl (that parsed nothing: every page 304) makes the old alarm stale.
    store.start_crawl({"full": True})
    assert store.coverage_drift() is None
    assert store.coverage_drift(second) is not None  # still there when asked for by id


# -- version 3 -> 4 -------------------------------------------------------------------------------

V3_TABLES = (
    "bad_responses",
    "crawl_parses",
    "crawls",
    "journal",
    "pages",
    "quotes",
    "release_urls",
    "release_versions",
    "releases",
    "reparse_runs",
    "taxonomy",
    "taxonomy_terms",
)


def table_rows(path: Path, columns_of: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """Every row of every table (only the tables and columns ``columns_of`` names, if given)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found: dict[str, Any] = {}
        tables = list(columns_of or ()) or [
            name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            names = (columns_of or {}).get(table) or [
                row[1] for row in con.execute(f"PRAGMA table_info({table})")
            ]
            quoted = ", ".join(f'"{name}"' for name in names)
            found[table] = (names, sorted(con.execute(f"SELECT {quoted} FROM {table}"), key=repr))
        return found
    finally:
        con.close()


def stored_json(rows: dict[str, Any]) -> dict[str, str]:
    """Release key -> stored JSON, from :func:`table_rows`."""
    names, releases = rows["releases"]
    key, blob = names.index("key"), names.index("json")
    return {row[key]: row[blob] for row in releases}


def test_migrates_a_version_3_database_made_by_the_previous_code(tmp_path: Path) -> None:
    # tests/data/schema_v3.sqlite (made by tests/data/make_schema_v3.py with the version-3 code):
    # 12 releases in 3 languages, a changed release, a bad response, two crawls and a reparse.
    path = tmp_path / "v3.sqlite"
    shutil.copy(DATA / "schema_v3.sqlite", path)
    before = table_rows(path)
    assert set(before) == set(V3_TABLES)
    assert sum(len(rows) for _, rows in before.values()) > 100
    assert len(before["releases"][1]) == 12 and len(before["quotes"][1]) == 37
    with Store(path) as store:
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
        assert store.release_count() == 12
        releases = list(store.releases())
    after = table_rows(path, {table: names for table, (names, _) in before.items()})
    for table, (_, rows) in before.items():  # every row of every table, every column
        assert after[table][1] == rows, table
    assert derived_problems(path) == []  # the new tables say what the JSON says
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM paragraphs").fetchone()[0] == sum(
        len(r.paragraphs) for r in releases
    )
    years = con.execute("SELECT count(*) FROM releases WHERE year = 0 + substr(date, 1, 4)")
    assert years.fetchone()[0] == 12
    con.close()
    # Round trip: what the typed API gives back is what the JSON holds.
    stored = {json.loads(blob)["url"]: json.loads(blob) for blob in stored_json(before).values()}
    assert sorted(stored) == sorted(r.url or "" for r in releases)
    assert all(stored[r.url or ""] == r.to_dict() for r in releases)


def test_a_migration_that_fails_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v3.sqlite"
    shutil.copy(DATA / "schema_v3.sqlite", path)
    before = table_rows(path)

    def fail_halfway(db: sqlite3.Connection) -> None:
        db.execute("UPDATE releases SET title = 'half migrated'")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("osce_parse.storage.migrate.fill_derived", fail_halfway)
    with pytest.raises(StorageError, match="disk I/O error"):
        Store(path)
    monkeypatch.undo()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 3
    assert not con.execute("SELECT 1 FROM sqlite_master WHERE name='paragraphs'").fetchall()
    # A record the migration cannot read: refused, named, and nothing changed either.
    con.execute("UPDATE releases SET json = '{\"title\": 3}' WHERE key = 'en/600004'")
    con.commit()
    con.close()
    with pytest.raises(StorageError, match="release en/600004: stored JSON cannot be read"):
        Store(path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 3
    original = stored_json(before)["en/600004"]
    con.execute("UPDATE releases SET json = ? WHERE key = 'en/600004'", (original,))
    con.commit()
    con.close()
    assert table_rows(path) == before
    with Store(path) as store:  # the same file migrates once the cause is gone
        assert store.release_count() == 12
    assert derived_problems(path) == []
