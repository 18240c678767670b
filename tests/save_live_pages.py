"""Save real osce.org pages as fixtures, to refresh the reconstructed ones from the live site.

    python tests/save_live_pages.py https://www.osce.org/pc/50033 [URL ...]
    python -m pytest --update-golden -k live_      # write their goldens, then review the diff

Each page is saved as ``tests/fixtures/live_<section>_<node>.html`` exactly as served, with a
``.source.json`` beside it (URL, final URL, fetch time, status, content type). Requests are spaced
two seconds apart and identify the project in the User-Agent.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from pathlib import Path

import httpx

FIXTURES = Path(__file__).parent / "fixtures"
USER_AGENT = "osce_parse fixture refresher (+https://github.com/osce-parse/osce-parse)"


def _name(url: str) -> str:
    path = httpx.URL(url).path.strip("/") or "index"
    return "live_" + re.sub(r"[^A-Za-z0-9]+", "_", path).strip("_")


def main(urls: list[str]) -> int:
    if not urls:
        print(__doc__)
        return 2
    with httpx.Client(headers={"User-Agent": USER_AGENT}, follow_redirects=True, timeout=30) as c:
        for index, url in enumerate(urls):
            if index:
                time.sleep(2)
            response = c.get(url)
            response.raise_for_status()
            target = FIXTURES / f"{_name(url)}.html"
            target.write_bytes(response.content)
            source = {
                "url": url,
                "final_url": str(response.url),
                "fetched": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "status": response.status_code,
                "content_type": response.headers.get("content-type"),
            }
            target.with_suffix(".source.json").write_text(json.dumps(source, indent=2) + "\n")
            print(f"saved {target} ({len(response.content)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
