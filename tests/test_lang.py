"""The language data files: every file registered, every table well formed, every gap named."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

import osce_parse.lang as lang
from osce_parse import parse_release
from osce_parse.lang import LANGUAGES, OPTIONAL_TABLES, TABLES, missing_tables

LANG_DIR = Path(lang.__file__).parent
ROOT = Path(__file__).resolve().parent.parent

# What each language's data file does not have (yet). A new language, or a table removed from one,
# shows up here: fill the table, or name the gap on purpose.
KNOWN_GAPS = {
    "en": ("YEAR_WORDS",),
    "de": ("YEAR_WORDS", "LINK_WORDS"),
    "fr": ("YEAR_WORDS", "LINK_WORDS"),
    "ru": ("LINK_WORDS",),
    "it": ("YEAR_WORDS", "LINK_WORDS"),
    "es": ("YEAR_WORDS",),
    "hu": ("YEAR_WORDS", "LINK_WORDS"),
    "uk": ("LINK_WORDS",),
    "sr": ("LINK_WORDS",),
    "pl": ("LINK_WORDS",),
    "mk": ("LINK_WORDS",),
    "ro": ("YEAR_WORDS", "LINK_WORDS"),
    "sq": ("YEAR_WORDS", "LINK_WORDS"),
    "tr": ("LINK_WORDS",),
    "az": ("LINK_WORDS",),
    "kk": ("LINK_WORDS",),
    "ky": ("LINK_WORDS",),
    "tg": (),
    "uz": ("LINK_WORDS",),
    "ka": ("LINK_WORDS",),
    "hy": ("LINK_WORDS",),
    "hr": ("LINK_WORDS", "SPEECH"),  # direct speech: Serbian's words (quotes/language.py)
    "cs": ("YEAR_WORDS", "LINK_WORDS"),
    "el": ("YEAR_WORDS", "LINK_WORDS"),
}


def test_every_data_file_is_registered() -> None:
    files = {p.stem for p in LANG_DIR.glob("*.py") if p.stem != "__init__"}
    assert files == set(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_missing_tables_are_named(code: str) -> None:
    assert missing_tables(code) == KNOWN_GAPS[code], (
        f"lang/{code}.py lacks {missing_tables(code)}; update KNOWN_GAPS if that is intended"
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_tables_are_well_formed(code: str) -> None:
    module = importlib.import_module(f"osce_parse.lang.{code}")
    allowed = set(TABLES) | set(OPTIONAL_TABLES) | {"annotations"}
    public = {name for name in vars(module) if name.isupper() or name == "annotations"}
    assert public <= allowed, f"lang/{code}.py has unknown tables: {public - allowed}"
    labels = getattr(module, "LABELS", {})
    assert set(labels) <= {"date", "place", "sources", "fields_of_work", "content_type"}
    months = getattr(module, "MONTHS", None)
    assert months is None or len(months) == 12
    speech = getattr(module, "SPEECH", {})
    if speech:
        assert speech.get("verbs"), f"lang/{code}.py SPEECH has no speech verbs"


def _anonymous(path: Path) -> bytes:
    """The page with every statement of its language and address removed: no ``lang``,
    canonical, alternate, ``og:`` or base element, no archive header."""
    import lxml.html

    root = lxml.html.fromstring(path.read_bytes())
    for el in root.iter():
        for name in ("lang", "xml:lang", "hreflang"):
            el.attrib.pop(name, None)
    for el in root.xpath("//link | //meta[starts-with(@property, 'og:')] | //base"):
        el.getparent().remove(el)
    return lxml.html.tostring(root, encoding="utf-8")


PAGES = sorted(
    p for p in (ROOT / "tests" / "fixtures").glob("*.html") if not p.name.startswith("listing_")
)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_language_from_the_words_when_the_page_names_none(path: Path) -> None:
    expected = json.loads(path.with_suffix(".facts.json").read_text(encoding="utf-8"))["language"]
    release = parse_release(_anonymous(path))
    assert release.language == expected
    assert release.provenance["language"] in ("text-words", "unprefixed-address")
