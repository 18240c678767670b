"""The public API: every name in ``__all__`` importable, and parsing loads no crawler modules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import osce_parse

FIXTURE = Path(__file__).parent / "fixtures" / "current_seed_50033.html"


def test_every_public_name_is_importable() -> None:
    for name in osce_parse.__all__:
        assert getattr(osce_parse, name) is not None, name
    assert sorted(osce_parse.__all__) == osce_parse.__all__
    assert set(osce_parse.__all__) <= set(dir(osce_parse))


def test_parsing_loads_no_http_or_database_module() -> None:
    code = (
        "import sys, osce_parse\n"
        f"release = osce_parse.parse_release(open({str(FIXTURE)!r}, 'rb').read())\n"
        "osce_parse.parse_listing('<html><body><main><a href=/pc/1>A</a></main></body></html>')\n"
        "assert release.title\n"
        "loaded = ('httpx', 'httpcore', 'sqlite3', 'asyncio')\n"
        "print(sorted(m for m in loaded if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_crawler_names_load_on_first_use() -> None:
    code = "import osce_parse\nprint(osce_parse.Store.__name__, callable(osce_parse.crawl))\n"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "Store True"
