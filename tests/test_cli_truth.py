"""The command line as a new user meets it, over the fake site on 127.0.0.1 (issue 12 items 10-14):
fixture refusals and names, export formats and CSV injection, taxonomy ids, --help defaults,
usage errors, the fake site from the installed package in any directory."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from osce_parse.cli import main
from osce_parse.errors import ParseError
from osce_parse.parse import parse_release
from osce_parse.testing import FakeSite
from osce_parse.testing.markup import term_id
from tests.crawl_support import FIXTURES, fake_site

FORMULA = '=HYPERLINK("http://evil.example","x")'


def crawl(db: Path, site: FakeSite) -> int:
    args = ["crawl", "--db", str(db), "--base-url", site.base_url, "--delay", "0.01"]
    return main([*args, "--progress", "none", "--page-size", "10"])


# --- 10 and 14: fixture ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["listing_newsroom_p0.html", "listing_unknown_markup.html", "search_page"]
)
def test_fixture_refuses_listing_and_search_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    with fake_site(count=3) as site:
        if name == "search_page":
            body = (site.listing_html(0) or "").encode()
        else:
            body = (FIXTURES / name).read_bytes()
        try:
            parse_release(body)
        except ParseError as exc:
            reason = str(exc)
        else:
            pytest.fail(f"{name}: parse_release accepted a listing page")
        site.pages["/press-releases/saved"] = (body, "text/html; charset=utf-8")
        url = site.base_url + "/press-releases/saved"
        assert main(["fixture", url, "--dir", str(tmp_path), "--delay", "0"]) == 1
    err = capsys.readouterr().err
    assert err == f"osce-parse: {url}: {reason}; nothing saved\n"
    assert list(tmp_path.iterdir()) == []


def test_fixture_names_never_let_two_urls_overwrite_each_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with fake_site(count=3) as site:
        a, b, c = site.releases
        site.pages["/pc/1-2"] = (a.body, a.content_type)
        site.pages["/pc/1_2"] = (b.body, b.content_type)
        site.pages["/pc/7"] = (c.body, c.content_type)
        base = site.base_url
        hand_made = tmp_path / "live_pc_7.html"
        hand_made.write_bytes(b"<html>made by hand</html>")
        urls = [base + "/pc/1-2", base + "/pc/1_2", base + "/pc/7", base + "/pc/7?page=2"]
        assert main(["fixture", *urls, "--dir", str(tmp_path), "--delay", "0"]) == 0
        out = capsys.readouterr().out
        pages = sorted(p.name for p in tmp_path.glob("*.html"))
        assert len(pages) == 5 and hand_made.read_bytes() == b"<html>made by hand</html>"
        saved = {
            json.loads(p.with_suffix(".source.json").read_text())["url"]: p.read_bytes()
            for p in tmp_path.glob("live_*.html")
            if p.with_suffix(".source.json").exists()
        }
        assert saved == {urls[0]: a.body, urls[1]: b.body, urls[2]: c.body, urls[3]: c.body}
        assert out.count("saved ") == 4
        # The same URL again replaces its own files, and only those.
        assert main(["fixture", urls[0], "--dir", str(tmp_path), "--delay", "0"]) == 0
        assert len(list(tmp_path.glob("*.html"))) == 5
        # --name that another page's fixture has is refused before anything is fetched.
        site.reset_log()
        args = ["fixture", urls[1], "--dir", str(tmp_path), "--name", "live_pc_7"]
        assert main(args) == 2
        assert "live_pc_7.html" in capsys.readouterr().err and site.hits == []


# --- 11: export -----------------------------------------------------------------------------------


def test_export_format_from_extension_and_csv_injection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "osce.sqlite"
    with fake_site(count=4) as site:
        victim = site.listed()[0]
        title = victim.release.title
        site.pages[victim.path] = (
            victim.body.replace(title.encode(), FORMULA.encode()),
            "text/html",
        )
        assert crawl(db, site) == 0
    capsys.readouterr()
    out_csv = tmp_path / "out.csv"
    assert main(["export", "--db", str(db), "-o", str(out_csv)]) == 0
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert len(rows) == 4  # CSV, not JSON Lines
    assert [row["title"] for row in rows if "evil" in row["title"]] == ["'" + FORMULA]
    jsonl = tmp_path / "out.jsonl"
    assert main(["export", "--db", str(db), "-o", str(jsonl)]) == 0
    titles = [json.loads(line)["title"] for line in jsonl.read_text("utf-8").splitlines()]
    assert FORMULA in titles  # JSON keeps the value as it is
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "out.txt")]) == 2
    assert "give --format, or an output file ending in .csv" in capsys.readouterr().err
    parquet = tmp_path / "out.parquet"
    try:
        import pyarrow.parquet as pq
    except ImportError:
        pq = None
    if pq is not None:
        assert main(["export", "--db", str(db), "-o", str(parquet)]) == 0
        table = pq.read_table(parquet)
        assert str(table.schema.field("date").type) == "date32[day]"
        assert table.num_rows == 4
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if it were not installed
    assert main(["export", "--db", str(db), "-o", str(parquet)]) == 1
    assert "pip install 'osce-parse[parquet]'" in capsys.readouterr().err


# --- 12: taxonomy ids, --help, usage errors ----------------------------------------------------


def test_taxonomy_shows_ids_and_urls(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "osce.sqlite"
    with fake_site(count=12) as site:
        assert crawl(db, site) == 0
        labels = {v for r in site.releases for v in r.release.fields_of_work}
    capsys.readouterr()
    assert main(["taxonomy", "--db", str(db), "--format", "json"]) == 0
    table = json.loads(capsys.readouterr().out)
    fields = {row["label"]: row for row in table["fields_of_work"]}
    seen = labels & set(fields)
    assert seen  # the listing showed these fields of work, with their filter ids
    for label in seen:
        assert fields[label]["id"] == str(term_id(label))
        assert fields[label]["url"].startswith("https://www.osce.org/")
    assert main(["taxonomy", "--db", str(db), "--group", "fields_of_work"]) == 0
    out = capsys.readouterr().out
    label = sorted(seen)[0]
    assert f"  {label}  [id {term_id(label)}]  https://www.osce.org/" in out
    assert "the id is for --field-of-work" in out


def test_help_shows_defaults_and_usage_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["crawl", "--help"])
    out = " ".join(capsys.readouterr().out.split())  # help text is wrapped
    assert info.value.code == 0
    assert "seconds between requests (default: 1.0)" in out
    assert "(default: https://www.osce.org)" in out and "(default: 10.0)" in out
    page = str(FIXTURES / "current_seed_50033.html")
    assert main(["parse", page, page, "--url", "https://www.osce.org/pc/50033"]) == 2
    assert "give a single FILE" in capsys.readouterr().err


# --- 13: the fake site from the package, in any directory ----------------------------------------


def test_fake_site_serves_the_shipped_pages_from_any_directory(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "osce_parse.testing", "--port", "0", "--count", "8"]
    proc = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("serving 8 releases at http://127.0.0.1:"), line
        base = line.rsplit(" ", 1)[1].strip()
        with urllib.request.urlopen(base + "/press-releases", timeout=10) as answer:
            assert answer.status == 200 and b"search-result" in answer.read()
    finally:
        proc.terminate()
        proc.wait(10)
    assert list(tmp_path.iterdir()) == []
