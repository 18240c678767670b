"""The README's "Querying the database" recipes, read from README.md and run as they are, on the
demo database in a temporary directory; what each gives is checked against the releases
themselves (read through the typed API, counted in plain Python).

The demo's pages have no election releases since 2020, so the database gets four releases on
elections (copies of a fixture page with their dates and fields changed) before the recipes run:
the "who was quoted most" query then has an answer to check.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import shlex
import shutil
import sqlite3
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from osce_parse import Release, parse_release
from osce_parse.cli import main
from osce_parse.storage import Store
from tests.conftest import DemoDb

README = Path(__file__).resolve().parent.parent / "README.md"
FIXTURES = Path(__file__).parent / "fixtures"
_RECIPE = re.compile(r"<!-- recipe: (\S+) -->\n```(\w+)\n(.*?)```", re.DOTALL)


def recipes() -> dict[str, str]:
    found = {name: code for name, _, code in _RECIPE.findall(README.read_text("utf-8"))}
    assert set(found) == {"python", "shell", "sql", "pandas", "duckdb"}
    return found


def election_releases() -> list[Release]:
    """Releases on elections: two since 2020 quoting Jan Petersen, one quoting Teresa Ribeiro
    twice (2022), one of 2019 (before the question's date)."""
    petersen = parse_release((FIXTURES / "current_inline_labels_2019.html").read_bytes())
    ribeiro = parse_release((FIXTURES / "current_emdash_statement_2022.html").read_bytes())
    assert "Elections" in petersen.fields_of_work and petersen.date == dt.date(2019, 11, 21)
    made = []
    for node, base, date in (
        (700001, petersen, dt.date(2021, 5, 3)),
        (700002, petersen, dt.date(2023, 2, 1)),
        (700003, replace(ribeiro, fields_of_work=(*ribeiro.fields_of_work, "Elections")), None),
        (700004, petersen, None),
    ):
        made.append(
            replace(
                base, url=f"https://www.osce.org/odihr/{node}", node_id=node, date=date or base.date
            )
        )
    return made


@pytest.fixture(scope="module")
def workspace(demo_db: DemoDb, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding osce-demo.sqlite, in which the shell recipe has run."""
    folder = tmp_path_factory.mktemp("recipes")
    db = folder / "osce-demo.sqlite"
    shutil.copy(demo_db.path, db)
    with Store(db) as store, store.transaction():
        for release in election_releases():
            store.save_release(release, release.url or "")
    with contextlib.chdir(folder):
        for line in recipes()["shell"].splitlines():
            words = shlex.split(line, comments=True)
            assert words[0] == "osce-parse", line
            with (
                contextlib.redirect_stdout(io.StringIO()),
                contextlib.redirect_stderr(io.StringIO()),
            ):
                assert main(words[1:]) == 0, line
    return folder


@pytest.fixture(scope="module")
def everything(workspace: Path) -> list[Release]:
    with Store(workspace / "osce-demo.sqlite") as store:
        return list(store.releases())


def run(workspace: Path, name: str) -> dict[str, Any]:
    """Run a Python recipe in the workspace; return its variables."""
    namespace: dict[str, Any] = {"__name__": f"recipe_{name}"}
    with contextlib.chdir(workspace), contextlib.redirect_stdout(io.StringIO()) as out:
        exec(compile(recipes()[name], f"README.md:{name}", "exec"), namespace)
    assert out.getvalue().strip()
    return namespace


def test_shell_recipe_wrote_the_exports(workspace: Path, everything: list[Release]) -> None:
    lines = (workspace / "releases.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == len(everything) == 34
    english = [r for r in everything if r.language == "en"]
    assert (workspace / "releases.csv").read_text("utf-8").count("\n") > len(english)
    assert (workspace / "quotes.csv").exists()


def test_python_recipe(workspace: Path, everything: list[Release]) -> None:
    names = run(workspace, "python")
    since = dt.date(2010, 1, 1)
    assert names["recent"] == [
        r for r in everything if r.language == "en" and r.date and r.date >= since
    ]
    assert names["youth"] == [r for r in everything if "Youth" in r.fields_of_work]
    assert len(names["youth"]) == 4
    titles = {hit.title for hit in names["hits"]}
    assert titles and all("violent extremism" in title for title in titles)
    hasani = [q.text for r in everything for q in r.quotes if q.speaker == "Igli Hasani"]
    assert names["hasani"] == hasani and len(hasani) == 4
    assert names["people"][0].name == "Lamberto Zannier" and names["people"][0].quotes == 40


def test_sql_recipe_who_was_quoted_most_on_elections_since_2020(
    workspace: Path, everything: list[Release]
) -> None:
    con = sqlite3.connect(workspace / "osce-demo.sqlite")
    rows = con.execute(recipes()["sql"]).fetchall()
    con.close()
    quotes: Counter[str] = Counter()
    releases: dict[str, set[str | None]] = {}
    for r in everything:
        if "Elections" in r.fields_of_work and r.date and r.date >= dt.date(2020, 1, 1):
            for q in r.quotes:
                if q.speaker:
                    quotes[q.speaker] += 1
                    releases.setdefault(q.speaker, set()).add(r.url)
    expected = sorted(
        ((s, n, len(releases[s])) for s, n in quotes.items()), key=lambda x: (-x[1], x[0])
    )
    assert rows == expected[:10]
    assert rows == [("Jan Petersen", 2, 2), ("Teresa Ribeiro", 2, 1)]


def test_pandas_recipe(workspace: Path, everything: list[Release]) -> None:
    pytest.importorskip("pandas")  # in the dev extra: CI runs this
    names = run(workspace, "pandas")
    per_year = Counter((r.date.year, r.language) for r in everything if r.date)
    assert {(int(y), lang): int(n) for (y, lang), n in names["per_year"].items()} == per_year
    speakers = Counter(q.speaker for r in everything for q in r.quotes if q.speaker)
    top = dict(names["top_speakers"].items())
    assert all(speakers[name] == n for name, n in top.items())
    assert sorted(top.values(), reverse=True) == sorted(speakers.values(), reverse=True)[:10]
    assert len(names["from_jsonl"]) == len(everything)
    assert len(names["from_csv"]) == sum(r.language == "en" for r in everything)
    assert str(names["releases"]["date"].dtype).startswith("datetime64")


def test_duckdb_recipe(workspace: Path, everything: list[Release]) -> None:
    pytest.importorskip("duckdb")  # in the dev extra: CI runs this
    names = run(workspace, "duckdb")
    languages = Counter(r.language for r in everything)
    assert names["by_language"] == sorted(languages.items(), key=lambda x: (-x[1], x[0]))
    fields = Counter(f for r in everything for f in r.fields_of_work)
    assert names["fields"] == sorted(fields.items(), key=lambda x: (-x[1], x[0]))
    speakers = Counter(q.speaker for r in everything for q in r.quotes if q.speaker)
    assert names["quoted"] == sorted(speakers.items(), key=lambda x: (-x[1], x[0]))[:5]
    lengths = {f"{r.language}/{r.node_id}": sum(map(len, r.paragraphs)) for r in everything}
    assert names["longest"] == sorted(lengths.items(), key=lambda x: (-x[1], x[0]))[:3]
