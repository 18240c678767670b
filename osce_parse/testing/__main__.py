"""``python -m osce_parse.testing [DIR]``: serve a fake osce.org until interrupted."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import __doc__ as _DESCRIPTION
from .site import FakeSite

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Serve a fake osce.org until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m osce_parse.testing", description=_DESCRIPTION)
    parser.add_argument(
        "fixtures",
        type=Path,
        nargs="?",
        default=FakeSite.PAGES,
        help="directory of release fixture files (default: the pages shipped with osce_parse)",
    )
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--count", type=int, default=30, help="releases to serve")
    parser.add_argument("--crawl-delay", type=float, default=None)
    args = parser.parse_args(argv)
    site = FakeSite(args.fixtures, count=args.count, crawl_delay=args.crawl_delay, port=args.port)
    print(f"serving {len(site.releases)} releases at {site.base_url}", flush=True)
    site.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
