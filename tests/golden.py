"""Golden-file helpers: fixture discovery and a readable field-by-field diff."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"


def release_fixtures() -> list[Path]:
    """Every release page in tests/fixtures (listing pages have their own tests)."""
    return sorted(p for p in FIXTURES.glob("*.html") if not p.name.startswith("listing_"))


def facts_of(page: Path) -> dict[str, Any] | None:
    path = page.with_suffix(".facts.json")
    return json.loads(path.read_text("utf-8")) if path.exists() else None


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 160 else text[:157] + "..."


def diff(expected: Any, actual: Any, path: str = "") -> list[str]:
    """Lines naming each differing field: ``path: expected X, got Y``."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        lines: list[str] = []
        for key in list(expected) + [k for k in actual if k not in expected]:
            lines += diff(expected.get(key), actual.get(key), f"{path}.{key}" if path else key)
        return lines
    if isinstance(expected, list) and isinstance(actual, list) and expected != actual:
        lines = []
        if len(expected) != len(actual):
            lines.append(f"{path}: expected {len(expected)} items, got {len(actual)}")
        for index, (exp, act) in enumerate(zip(expected, actual, strict=False)):
            lines += diff(exp, act, f"{path}[{index}]")
        for index in range(min(len(expected), len(actual)), max(len(expected), len(actual))):
            side = expected if index < len(expected) else actual
            which = "missing" if index < len(expected) else "extra"
            lines.append(f"{path}[{index}]: {which} {_short(side[index])}")
        return lines
    if expected != actual:
        return [f"{path}: expected {_short(expected)}, got {_short(actual)}"]
    return []
