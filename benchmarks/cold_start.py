"""Cold start: ``import osce_parse`` and the first ``parse_release`` in a fresh process, against
trafilatura's import and first ``bare_extraction`` in the same run.

Usage: ``python benchmarks/cold_start.py [--runs 7] [--checkout PATH]``

Each measurement is a new interpreter (so nothing is cached in memory; the given-name table in
the user's cache directory is, as on any machine after its first parse). ``--checkout`` measures
another copy of the package (an older commit checked out with ``git worktree``) in the same run,
for before/after numbers. Each copy of the package is byte-compiled first (``compileall``), as
``pip install`` does and as trafilatura's installed copy is: without it, a checkout run with
``PYTHONDONTWRITEBYTECODE=1`` (set on this project's machines) compiles every module from source
at each start, about 45 ms more. Prints medians in milliseconds and whether parsing loaded httpx,
sqlite3 or asyncio (it must not).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "tests" / "fixtures" / "current_seed_50033.html"

_OURS = """
import json, sys, time
t0 = time.perf_counter()
import osce_parse
t1 = time.perf_counter()
osce_parse.parse_release(open(sys.argv[1], "rb").read(), url="https://www.osce.org/pc/50033")
t2 = time.perf_counter()
heavy = [m for m in ("httpx", "sqlite3", "asyncio") if m in sys.modules]
print(json.dumps([t1 - t0, t2 - t1, heavy, osce_parse.__file__]))
"""

_PEER = """
import json, sys, time
t0 = time.perf_counter()
import trafilatura
t1 = time.perf_counter()
trafilatura.bare_extraction(open(sys.argv[1], encoding="utf-8").read(), with_metadata=True)
t2 = time.perf_counter()
print(json.dumps([t1 - t0, t2 - t1, [], trafilatura.__file__]))
"""


def _run(code: str, path: Path | None, runs: int) -> tuple[float, float, list[str]]:
    env = dict(os.environ)
    if path is not None:
        env["PYTHONPATH"] = str(path)
    if path is not None:  # bytecode as an installed package has it (the peer's is installed)
        compileall.compile_dir(path / "osce_parse", quiet=1)
    imports, firsts = [], []
    heavy: list[str] = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code, str(PAGE)],
            check=True,
            capture_output=True,
            text=True,
            env=env,
            cwd=path or ROOT.parent,  # "-c" puts the working directory first on sys.path
        ).stdout
        imported, first, heavy, source = json.loads(out)
        if path is not None and not source.startswith(str(path)):
            raise SystemExit(f"measured {source}, not the copy in {path}")
        imports.append(imported * 1000)
        firsts.append(first * 1000)
    return statistics.median(imports), statistics.median(firsts), heavy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--checkout", type=Path, help="another copy of the package to compare")
    args = parser.parse_args()
    rows = [("osce_parse", _run(_OURS, ROOT, args.runs))]
    if args.checkout is not None:
        rows.append((f"osce_parse at {args.checkout}", _run(_OURS, args.checkout, args.runs)))
    try:
        rows.append(("trafilatura", _run(_PEER, None, args.runs)))
    except subprocess.CalledProcessError:
        print("trafilatura not installed: pip install -e '.[bench]'")
    for name, (imported, first, heavy) in rows:
        loaded = f"  loaded {', '.join(heavy)}" if heavy else ""
        print(
            f"{name:<40} import {imported:6.1f} ms  first parse {first:6.1f} ms  "
            f"together {imported + first:6.1f} ms{loaded}"
        )


if __name__ == "__main__":
    main()
