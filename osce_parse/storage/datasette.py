"""Datasette's ``metadata.json`` for an osce-parse database: facets (language, content type,
year, sources, fields of work), labels for the foreign keys, the search box on ``releases``,
canned queries, descriptions, and the crawler's own tables hidden.

The metadata is shipped as package data (``datasette.json``) with the database's name as
``"*"``: Datasette names a database after its file (``osce.sqlite`` is ``osce``), so
:func:`datasette_metadata` puts the name in.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["datasette_metadata", "metadata_template"]


def metadata_template() -> dict[str, Any]:
    """The shipped metadata, the database named ``"*"``."""
    text = resources.files(__package__).joinpath("datasette.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def datasette_metadata(database: str | Path) -> dict[str, Any]:
    """The metadata for the database file ``database`` (named as Datasette names it: the file
    name without its suffix)."""
    data = metadata_template()
    data["databases"] = {Path(database).stem: data["databases"]["*"]}
    return data
