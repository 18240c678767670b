"""Querying a database: search latency, typed reading, what the normalised tables and the search
index cost when storing and on disk, and how long the version 3 -> 4 migration takes.

Crawls N releases (default 2,000) from a local fake osce.org on the test fixtures into a new
database, then:

- search: each query of QUERIES run --repeat times (limit 20), median and slowest per query;
- reading: releases() (typed), release_dicts(), quotes(), people() over the whole database;
- storing: save_release() of N parsed releases into a new database, with and without the
  normalised tables and the search index (both written by the same call);
- size: pages of each table group (dbstat);
- migration: tests/data/schema_v3.sqlite grown to about N releases (its rows copied under new
  keys) and opened, i.e. migrated to version 4.

    python benchmarks/query_speed.py [--releases 2000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

from reparse_speed import build  # the same crawl of the fake site into a new database

from osce_parse.storage import Store

ROOT = Path(__file__).resolve().parent.parent
V3 = ROOT / "tests" / "data" / "schema_v3.sqlite"
QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("Zannier", {}),
    ("OSCE", {}),  # in nearly every release
    ("trained", {"language": "en"}),
    ('"violent extremism"', {}),
    ("border*", {}),
    ("Kosovo", {"language": "de"}),
    ("Zannier OR Madrid", {"raw": True}),
]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def search_latency(db: Path, repeat: int) -> None:
    with Store(db) as store:
        for query, options in QUERIES:
            hits = store.search(query, **options)
            times = [timed(lambda q=query, o=options: store.search(q, **o)) for _ in range(repeat)]
            print(
                f"  search {query!r} {options or ''}: {len(hits)} hits,"
                f" median {ms(statistics.median(times))}, slowest {ms(max(times))}"
            )


def reading(db: Path) -> None:
    with Store(db) as store:
        for name, run in (
            ("releases() (Release objects)", lambda: sum(1 for _ in store.releases())),
            ("release_dicts()", lambda: sum(1 for _ in store.release_dicts())),
            ("quotes()", lambda: sum(1 for _ in store.quotes())),
            ("people()", lambda: len(store.people())),
        ):
            start = time.perf_counter()
            count = run()
            print(f"  {name}: {count} in {ms(time.perf_counter() - start)}")


def storing(db: Path, count: int, tmp: Path) -> None:
    with Store(db) as store:
        releases = list(store.releases())[:count]
    for label, patches in (
        ("with tables and index", []),
        (
            "release row only",
            [
                mock.patch("osce_parse.storage.releases.write_derived"),
                mock.patch("osce_parse.storage.releases.index_release"),
            ],
        ),
    ):
        target = tmp / f"store-{len(patches)}.sqlite"
        with Store(target) as store:
            for patch in patches:
                patch.start()
            try:
                start = time.perf_counter()
                for release in releases:
                    with store.transaction():
                        store.save_release(release, release.url or "")
                elapsed = time.perf_counter() - start
            finally:
                for patch in patches:
                    patch.stop()
        print(f"  save_release {label}: {ms(elapsed / len(releases))} a release")


GROUPS = {
    "raw pages": ("pages", "bad_responses"),
    "release rows and versions": ("releases", "release_versions", "release_urls"),
    "normalised tables": (
        "paragraphs",
        "quotes",
        "people",
        "release_people",
        "sources",
        "release_sources",
        "fields_of_work",
        "release_fields_of_work",
    ),
    "search index": ("release_search", "release_search_en"),
}


def sizes(db: Path) -> None:
    con = sqlite3.connect(db)
    rows = con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    con.close()
    total = sum(size for _, size in rows)
    for group, tables in GROUPS.items():
        size = sum(s for name, s in rows if any(_belongs(name, t) for t in tables))
        print(f"  {group}: {size / 1e6:.1f} MB ({size / total:.0%})")
    print(f"  all: {total / 1e6:.1f} MB")


def _belongs(name: str, table: str) -> bool:
    if table.startswith("release_search"):
        return name == table or (name.startswith(table + "_") and "_en" not in name[len(table) :])
    return name == table or name.startswith(f"sqlite_autoindex_{table}_")


def _copies(con: sqlite3.Connection, times: int) -> Iterator[tuple[Any, ...]]:
    columns = [row[1] for row in con.execute("PRAGMA table_info(releases)")]
    rows = con.execute("SELECT * FROM releases").fetchall()
    key = columns.index("key")
    for n in range(1, times):
        for row in rows:
            yield tuple(f"{v}-{n}" if i == key else v for i, v in enumerate(row))


def migration(tmp: Path, count: int) -> None:
    db = tmp / "v3.sqlite"
    shutil.copy(V3, db)
    con = sqlite3.connect(db)
    stored = con.execute("SELECT count(*) FROM releases").fetchone()[0]
    width = len(con.execute("SELECT * FROM releases LIMIT 1").fetchone())
    marks = ", ".join("?" * width)
    con.executemany(f"INSERT INTO releases VALUES ({marks})", _copies(con, max(1, count // stored)))
    con.commit()
    releases = con.execute("SELECT count(*) FROM releases").fetchone()[0]
    con.close()
    start = time.perf_counter()
    Store(db).close()
    print(f"  version 3 -> 4, {releases} releases: {time.perf_counter() - start:.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--releases", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        db = tmp / "osce.sqlite"
        start = time.perf_counter()
        build(db, args.releases)
        print(f"crawled {args.releases} releases in {time.perf_counter() - start:.1f} s")
        print(f"search ({sqlite3.sqlite_version}):")
        search_latency(db, args.repeat)
        print("reading:")
        reading(db)
        print("storing:")
        storing(db, min(args.releases, 500), tmp)
        print("size:")
        sizes(db)
        print("migration:")
        migration(tmp, args.releases)
    return 0


if __name__ == "__main__":
    sys.exit(main())
