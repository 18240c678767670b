"""The examples: they use only the public API, and the batch-scrape demo runs offline."""

from __future__ import annotations

import ast
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import osce_parse

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.py")), ids=lambda p: p.name)
def test_examples_use_only_public_names(path: Path) -> None:
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            assert all(alias.name.split(".")[0] != "osce_parse" for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("osce_parse"):
            assert node.module == "osce_parse", f"{path.name}: from {node.module} import ..."
            names = {alias.name for alias in node.names}
            assert names <= set(osce_parse.__all__), names - set(osce_parse.__all__)


def test_batch_scrape_demo_crawls_the_shipped_pages_then_adds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    batch_scrape = load("batch_scrape")
    monkeypatch.chdir(tmp_path)
    assert batch_scrape.main(["--demo"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("demo: serving 30 releases at http://127.0.0.1:")
    assert ": 30 new releases, 0 updated, 0 unchanged (0 confirmed by 304); 3 listing" in out[1]
    assert out[-1] == "30 releases in osce-demo.sqlite and releases.jsonl"
    rows = [json.loads(line) for line in Path("releases.jsonl").read_text("utf-8").splitlines()]
    assert len({row["url"] for row in rows}) == 30
    dates = [row["date"] for row in rows]
    assert dates == sorted(dates, reverse=True)  # newest first

    # A later run on the same database fetches the first listing page only: nothing is new.
    assert batch_scrape.main(["--demo"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert ": 0 new releases" in out[1] and "1 listing pages" in out[1]
    assert out[-1] == "30 releases in osce-demo.sqlite and releases.jsonl"
