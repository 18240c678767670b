"""The menu taxonomy of the seed page, and menus in other markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from osce_parse import MenuItem, parse_menu

SEED = Path(__file__).parent / "fixtures" / "current_seed_50033.html"


def _find(items: tuple[MenuItem, ...], *path: str) -> MenuItem:
    for label in path:
        matches = [item for item in items if item.label == label]
        assert matches, f"no menu item {label!r} among {[i.label for i in items]}"
        item = matches[0]
        items = item.children
    return item


@pytest.fixture(scope="module")
def menu() -> tuple[MenuItem, ...]:
    return parse_menu(SEED.read_bytes())


def test_fields_of_work(menu: tuple[MenuItem, ...]) -> None:
    fields = _find(menu, "Our work", "Fields of work").children
    assert len(fields) == 23
    assert fields[0].label == "Arms control" and fields[-1].label == "Youth"
    assert all(f.url and f.url.startswith("https://www.osce.org/") for f in fields)


def test_participating_states(menu: tuple[MenuItem, ...]) -> None:
    states = _find(menu, "Countries", "Participating States").children
    assert len(states) == 57
    assert states[0].label == "Albania" and states[-1].label == "Uzbekistan"
    assert "Finland – OSCE Chairpersonship 2025" in [s.label for s in states]


def test_structures(menu: tuple[MenuItem, ...]) -> None:
    secretariat = _find(menu, "Structures and institutions", "Secretariat")
    assert secretariat.children[0].label == "Secretary General"
    assert "Transnational Threats Department" in [c.label for c in secretariat.children]
    operations = _find(menu, "Structures and institutions", "Field operations").children
    assert len(operations) == 13
    assert operations[-1].label == "Closed field activities"
    assert operations[0].label == "Presence in Albania"


def test_meetings(menu: tuple[MenuItem, ...]) -> None:
    meetings = _find(menu, "Our work", "Meetings and conferences").children
    assert meetings[0].label == "Summit meetings"
    assert len(meetings) == 16


def test_to_dict_is_json_ready(menu: tuple[MenuItem, ...]) -> None:
    import json

    tree = [item.to_dict() for item in menu]
    assert json.loads(json.dumps(tree)) == tree


def test_menu_in_other_markup() -> None:
    html = """<html><body><div id="block-main-menu"><ul class="menu">
      <li class="expanded"><a href="/what">What we do</a>
        <div class="dropdown"><ul class="menu">
          <li><a href="/elections">Elections</a></li>
          <li><a href="/policing">Policing</a></li>
        </ul></div></li>
      <li><a href="/where">Where we are</a></li>
    </ul></div>
    <main><h1>Title</h1><p>Body text of a page that is long enough to matter.</p></main>
    </body></html>"""
    menu = parse_menu(html)
    assert [i.label for i in menu] == ["What we do", "Where we are"]
    assert [c.label for c in menu[0].children] == ["Elections", "Policing"]
    assert menu[0].children[0].url == "/elections"  # no canonical URL: left relative
