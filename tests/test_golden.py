"""Golden files: every fixture page parses to its checked-in ``<name>.json``, and to the
hand-written ground truth in ``<name>.facts.json``.

``pytest --update-golden`` rewrites the ``.json`` goldens; the facts files are only ever edited by
hand, so a golden can never silently drift away from what the page says.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from osce_parse import Release, parse_release

from .golden import diff, facts_of, release_fixtures

PAGES = release_fixtures()


def _parse(page: Path) -> Release:
    return parse_release(page.read_bytes())


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_golden(page: Path, update_golden: bool) -> None:
    actual = _parse(page).to_dict()
    golden = page.with_suffix(".json")
    if update_golden or not golden.exists():
        golden.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", "utf-8")
        if not update_golden:
            pytest.fail(f"{golden.name} did not exist; written, review and commit it")
        return
    lines = diff(json.loads(golden.read_text("utf-8")), actual)
    assert not lines, f"{page.name} differs from {golden.name}:\n" + "\n".join(lines)


def _facts_view(release: Release, facts: dict[str, Any]) -> dict[str, Any]:
    """The parsed release in the shape of a facts file (only the keys the facts file has)."""
    paragraphs = release.paragraphs
    view: dict[str, Any] = {
        **{k: v for k, v in release.to_dict().items() if k in facts},
        "paragraph_count": len(paragraphs),
        "first_paragraph_starts": paragraphs[0][: len(facts.get("first_paragraph_starts", ""))],
        "last_paragraph_starts": paragraphs[-1][: len(facts.get("last_paragraph_starts", ""))],
        "images": len(release.images),
        "quotes": [
            {
                "paragraph": q.paragraph,
                "speaker": q.speaker,
                "starts": " ".join(q.text.split()[:5]),
                "continued": q.continued,
            }
            for q in release.quotes
        ],
    }
    return {k: view[k] for k in facts if k in view}


FACT_PAGES = [p for p in PAGES if facts_of(p) is not None]


@pytest.mark.parametrize("page", FACT_PAGES, ids=[p.stem for p in FACT_PAGES])
def test_facts(page: Path) -> None:
    facts = facts_of(page)
    assert facts is not None
    facts = {k: v for k, v in facts.items() if not k.startswith("_")}
    for quote in facts.get("quotes", []):  # compare quote openings word by word
        quote["starts"] = " ".join(quote["starts"].split()[:5])
    lines = diff(facts, _facts_view(_parse(page), facts))
    assert not lines, f"{page.name} disagrees with its facts file:\n" + "\n".join(lines)


def test_enough_fixtures() -> None:
    assert len(FACT_PAGES) >= 15, "the issue asks for at least 15 fixture pages"
