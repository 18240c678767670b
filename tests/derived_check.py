"""A second opinion on the normalised tables and the search indexes: worked out here from each
release's stored JSON with plain Python (not with osce_parse.storage), then compared with what
the database holds.

``derived_problems(db)`` lists every difference (empty: the tables and indexes are exactly what
the JSON says), so a test can show which rows went wrong.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Rows = set[tuple[Any, ...]]


def _expected(records: Iterable[tuple[str, int, dict[str, Any]]]) -> dict[str, Rows]:
    out: dict[str, Rows] = {
        name: set()
        for name in (
            "paragraphs",
            "sources",
            "fields",
            "people",
            "quotes",
            "names",
            "years",
            "search",
            "search_en",
        )
    }
    for key, ident, data in records:
        out["paragraphs"] |= {(key, i, text) for i, text in enumerate(data["paragraphs"])}
        out["sources"] |= {(key, i, name) for i, name in enumerate(data["sources"])}
        out["fields"] |= {(key, i, name) for i, name in enumerate(data["fields_of_work"])}
        out["people"] |= {
            (key, i, p["name"], "; ".join(p["roles"]), p["gender"])
            for i, p in enumerate(data["people"])
        }
        out["quotes"] |= {
            (key, i, q["text"], q["speaker"], q["mention"], q["verb"], q["paragraph"], q["start"],
             q["end"], int(q["continued"]), q["speaker"])
            for i, q in enumerate(data["quotes"])
        }  # fmt: skip
        out["names"] |= {("people", p["name"]) for p in data["people"]}
        out["names"] |= {("people", q["speaker"]) for q in data["quotes"] if q["speaker"]}
        out["names"] |= {("sources", name) for name in data["sources"]}
        out["names"] |= {("fields_of_work", name) for name in data["fields_of_work"]}
        year = int(data["date"][:4]) if data["date"] else None
        out["years"].add((key, year))
        entry = (ident, data["title"], "\n".join(data["paragraphs"]))
        out["search"].add(entry)
        if data["language"] == "en":
            out["search_en"].add(entry)
    return out


_ACTUAL = {
    "paragraphs": "SELECT key, idx, text FROM paragraphs",
    "sources": "SELECT l.key, l.idx, n.name FROM release_sources l JOIN sources n"
    " ON n.id = l.source_id",
    "fields": "SELECT l.key, l.idx, n.name FROM release_fields_of_work l JOIN fields_of_work n"
    " ON n.id = l.field_of_work_id",
    "people": "SELECT l.key, l.idx, n.name, l.roles, l.gender FROM release_people l"
    " JOIN people n ON n.id = l.person_id",
    "quotes": "SELECT q.key, q.idx, q.text, q.speaker, q.mention, q.verb, q.paragraph, q.start,"
    ' q."end", q.continued, p.name FROM quotes q LEFT JOIN people p ON p.id = q.person_id',
    "names": "SELECT 'people', name FROM people UNION ALL SELECT 'sources', name FROM sources"
    " UNION ALL SELECT 'fields_of_work', name FROM fields_of_work",
    "years": "SELECT key, year FROM releases",
    "search": "SELECT rowid, title, body FROM release_search",
    "search_en": "SELECT rowid, title, body FROM release_search_en",
}


def _short(rows: Rows) -> str:
    return "; ".join(repr(row)[:120] for row in sorted(rows, key=repr)[:3])


def derived_problems(db: Path | str) -> list[str]:
    """Every way the database's normalised tables and search indexes differ from its JSON."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT key, id, json FROM releases").fetchall()
        problems = []
        ids = [ident for _, ident, _ in rows]
        if None in ids or len(set(ids)) != len(ids):
            problems.append(f"release ids missing or repeated: {ids}")
        expected = _expected((key, ident, json.loads(blob)) for key, ident, blob in rows)
        for name, sql in _ACTUAL.items():
            actual_list = con.execute(sql).fetchall()
            actual = set(actual_list)
            if len(actual) != len(actual_list):
                problems.append(f"{name}: repeated rows")
            if actual != expected[name]:
                problems.append(
                    f"{name}: missing {_short(expected[name] - actual)};"
                    f" unexpected {_short(actual - expected[name])}"
                )
        problems += [f"foreign key: {row}" for row in con.execute("PRAGMA foreign_key_check")]
        return problems
    finally:
        con.close()
