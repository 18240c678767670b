"""``python -m osce_parse.cli``: the ``osce-parse`` command."""

from __future__ import annotations

from . import main

if __name__ == "__main__":
    raise SystemExit(main())
