"""How ``tests/data/schema_v3.sqlite`` was made: with the schema-3 code (commit 0d860e9), run from
the repository root as ``python tests/data/make_schema_v3.py tests/data/schema_v3.sqlite``.

12 releases (7 en, 3 ru, 2 de; 37 quotes) crawled from the fake site, then a full re-crawl in
which the site changed one release (its version 2, "changed") and served a maintenance page for
another (kept aside in ``bad_responses``), then a reparse. It only runs on schema version 3: a
later osce_parse would write its own schema, which is not what the migration test needs.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, ".")

from osce_parse.crawler import reparse
from osce_parse.storage import SCHEMA_VERSION, Store
from tests.crawl_support import fake_site, options, run_crawl

CHECKS = (
    "SELECT user_version FROM pragma_user_version",
    "SELECT count(*), sum(n_quotes) FROM releases",
    "SELECT language, count(*) FROM releases GROUP BY 1",
    "SELECT reason, count(*) FROM release_versions GROUP BY 1",
    "SELECT count(*) FROM pages",
    "SELECT count(*) FROM bad_responses",
)


def make(out: Path) -> None:
    assert SCHEMA_VERSION == 3, "run this with the schema-3 code"
    out.unlink(missing_ok=True)
    languages = ("en", "ru", "de")
    with fake_site(count=9) as site, Store(out) as store:
        print("crawl 1", dict(run_crawl(store, options(site, languages=languages)).releases))
        changed, broken = site.listed()[:2]
        title = changed.release.title.encode()
        body = changed.body.replace(title, title + b" (corrected)")
        site.pages[changed.path] = (body, changed.content_type)
        maintenance = b"<html><body><h1>Site maintenance</h1></body></html>"
        site.pages[broken.path] = (maintenance, "text/html")
        summary = run_crawl(store, options(site, languages=languages, full=True))
        print("crawl 2", dict(summary.releases), summary.failed)
        print("reparse", dict(reparse(store, workers=0)))
    con = sqlite3.connect(out)
    for query in CHECKS:
        print(query, con.execute(query).fetchall())
    con.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
    con.execute("VACUUM")
    con.close()
    Path(f"{out}.lock").unlink(missing_ok=True)


if __name__ == "__main__":
    make(Path(sys.argv[1]))
