"""Parser quality: per-field accuracy over the fixtures, held above pinned floors; and provenance,
the strategy each field was found by.

Accuracy is measured against the hand-written ``X.facts.json`` (never against the goldens, which
are parser output): per field, the share of fixtures whose parsed value equals the facts;
paragraphs count when their number and the openings of the first and last agree; quotes are
matched by paragraph and first five words (precision and recall over all quotes); speakers are the
share of matched quotes with the right speaker. Facts keys starting with "_" are ignored; a page
without a facts file is skipped.

The floors are in ``tests/quality_floors.json``. ``pytest --update-golden`` raises them to the
measured accuracy, never lowers them; ``pytest --lower-floors`` sets them to the measured accuracy
even where that is lower. ``python tests/test_quality.py`` prints the accuracy table.
"""

from __future__ import annotations

import functools
import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from osce_parse import Quote, Release, parse_release

try:
    from .golden import FIXTURES, facts_of, release_fixtures
except ImportError:  # run as a script: python tests/test_quality.py
    from golden import FIXTURES, facts_of, release_fixtures  # type: ignore[import-not-found,no-redef]

FLOORS = Path(__file__).parent / "quality_floors.json"
EXACT_FIELDS = ("title", "date", "place", "sources", "fields_of_work")  # compared as to_dict()
MEASURES = (*EXACT_FIELDS, "paragraphs", "quotes.precision", "quotes.recall", "speakers")


# --- accuracy --------------------------------------------------------------------------------


@dataclass
class Score:
    """Hits out of a total (fixtures, or quotes), and the fixtures that missed some."""

    hits: int = 0
    total: int = 0
    failed: list[str] = field(default_factory=list)

    def add(self, hits: int, total: int, fixture: str) -> None:
        self.hits += hits
        self.total += total
        if hits < total:
            self.failed.append(fixture)

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


@functools.cache
def _parse(page: Path, url: str | None = None) -> Release:
    return parse_release(page.read_bytes(), url)


def _five(text: str) -> str:
    return " ".join(text.split()[:5])


def _paragraphs_right(paragraphs: tuple[str, ...], facts: dict[str, Any]) -> bool:
    return (
        len(paragraphs) == facts["paragraph_count"]
        and bool(paragraphs)
        and paragraphs[0].startswith(facts.get("first_paragraph_starts", ""))
        and paragraphs[-1].startswith(facts.get("last_paragraph_starts", ""))
    )


def _score_quotes(
    parsed: tuple[Quote, ...], expected: list[dict[str, Any]], name: str, scores: dict[str, Score]
) -> None:
    """Match quotes by (paragraph, first five words); score precision, recall and speakers."""
    pool: dict[tuple[int, str], list[str | None]] = defaultdict(list)
    for quote in parsed:
        pool[quote.paragraph, _five(quote.text)].append(quote.speaker)
    pairs: list[tuple[str | None, str | None]] = []  # (expected speaker, parsed speaker)
    for fact in expected:
        candidates = pool.get((fact["paragraph"], _five(fact["starts"])))
        if candidates:
            pairs.append((fact["speaker"], candidates.pop(0)))
    scores["quotes.precision"].add(len(pairs), len(parsed), name)
    scores["quotes.recall"].add(len(pairs), len(expected), name)
    scores["speakers"].add(sum(want == got for want, got in pairs), len(pairs), name)


def measure(pages: list[Path]) -> dict[str, Score]:
    """The accuracy of every measure in :data:`MEASURES` over ``pages`` that have facts."""
    scores = {name: Score() for name in MEASURES}
    for page in pages:
        facts = facts_of(page)
        if facts is None:
            continue
        facts = {k: v for k, v in facts.items() if not k.startswith("_")}
        release = _parse(page)
        data = release.to_dict()
        for key in EXACT_FIELDS:
            if key in facts:
                scores[key].add(int(data[key] == facts[key]), 1, page.stem)
        if "paragraph_count" in facts:
            right = _paragraphs_right(release.paragraphs, facts)
            scores["paragraphs"].add(int(right), 1, page.stem)
        if "quotes" in facts:
            _score_quotes(release.quotes, facts["quotes"], page.stem, scores)
    return scores


def read_floors() -> dict[str, float]:
    return json.loads(FLOORS.read_text("utf-8")) if FLOORS.exists() else {}


def new_floors(
    measured: dict[str, float], floors: dict[str, float], *, lower: bool
) -> dict[str, float]:
    """The floors raised to ``measured`` (rounded down to 4 places); lowered only if ``lower``."""
    result = dict(floors)
    for name, value in measured.items():
        value = math.floor(value * 10_000) / 10_000
        if name not in floors or value > floors[name] or lower:
            result[name] = value
    return {name: result[name] for name in sorted(result, key=_measure_order)}


def _measure_order(name: str) -> int:
    return MEASURES.index(name) if name in MEASURES else len(MEASURES)


def table(scores: dict[str, Score], floors: dict[str, float]) -> str:
    """The accuracy table: measure, accuracy, floor, hits/total, fixtures that missed."""
    lines = [f"{'measure':<18}{'accuracy':>9}{'floor':>8}{'hits':>10}  missed in"]
    for name, score in scores.items():
        value = "n/a" if score.value is None else f"{score.value:.3f}"
        floor = f"{floors[name]:.3f}" if name in floors else "-"
        hits = f"{score.hits}/{score.total}"
        lines.append(
            f"{name:<18}{value:>9}{floor:>8}{hits:>10}  {', '.join(score.failed)}".rstrip()
        )
    return "\n".join(lines)


def test_accuracy_floors(update_golden: bool, lower_floors: bool) -> None:
    scores = measure(release_fixtures())
    measured = {name: s.value for name, s in scores.items() if s.value is not None}
    floors = read_floors()
    if update_golden or lower_floors:
        updated = new_floors(measured, floors, lower=lower_floors)
        if updated != floors:
            FLOORS.write_text(json.dumps(updated, indent=2) + "\n", "utf-8")
        floors = updated
    problems = []
    for name, value in measured.items():
        if name not in floors:
            problems.append(f"{name}: no floor in {FLOORS.name}; run pytest --update-golden")
        elif value < floors[name]:
            missed = ", ".join(scores[name].failed)
            problems.append(
                f"{name}: accuracy {value:.4f} is below its floor {floors[name]:.4f}"
                f" (missed in: {missed or 'none'}); fix the parser, or lower the floor with"
                " pytest --lower-floors"
            )
    assert not problems, "\n".join(problems) + "\n\n" + table(scores, floors)


def test_measure_counts_misses(tmp_path: Path) -> None:
    """A wrong title, a missed quote and a wrong speaker are counted against the right fixture."""
    source = FIXTURES / "current_seed_50033.html"
    page = tmp_path / "tampered.html"
    page.write_bytes(source.read_bytes())
    facts = facts_of(source)
    assert facts is not None and len(facts["quotes"]) == 5
    facts["title"] = "Another title"
    facts["quotes"][0]["speaker"] = "Someone Else"
    facts["quotes"][1]["starts"] = "Words the release never quotes"
    facts["_ignored"] = "keys starting with _ are not measured"
    page.with_suffix(".facts.json").write_text(json.dumps(facts), "utf-8")
    scores = measure([page, tmp_path / "no_facts.html"])
    assert (scores["title"].hits, scores["title"].total, scores["title"].failed) == (
        0,
        1,
        ["tampered"],
    )
    assert (scores["date"].value, scores["paragraphs"].value) == (1.0, 1.0)
    assert (scores["quotes.precision"].hits, scores["quotes.precision"].total) == (4, 5)
    assert (scores["quotes.recall"].hits, scores["quotes.recall"].total) == (4, 5)
    assert (scores["speakers"].hits, scores["speakers"].total) == (3, 4)


def test_new_floors_rise_but_only_fall_when_asked() -> None:
    floors = {"title": 0.9, "date": 0.8}
    measured = {"title": 0.95, "date": 0.7, "place": 2 / 3}
    assert new_floors(measured, floors, lower=False) == {
        "title": 0.95,
        "date": 0.8,
        "place": 0.6666,
    }
    assert new_floors(measured, floors, lower=True) == {"title": 0.95, "date": 0.7, "place": 0.6666}


# --- provenance ------------------------------------------------------------------------------

_MARKUP = ("field:dl", "field:ul-li", "field:label-div", "field:inline", "field:*")
# Every strategy name per field (fnmatch patterns); "field:*" is the label's own tag as fallback.
STRATEGIES: dict[str, tuple[str, ...]] = {
    "url": ("argument", "canonical", "og:url"),
    "node_id": ("url", "canonical", "shortlink", "body-class", "data-history-node-id"),
    "language": ("html-lang", "url-prefix", "canonical-prefix", "hreflang", "og:locale"),
    "content_type": (*_MARKUP, "content-type-label"),
    "title": ("h1+title-match", "h2+title-match", "h1", "og:title", "title-tag"),
    "date": (
        "field:text",
        "field:time",
        "field:datetime",
        "place-date-line",
        "metadata:time",
        "metadata:json-ld",
        "metadata:meta:*",
        "metadata:rdfa",
        "dateline",
    ),
    "place": (*_MARKUP, "place-date-line", "dateline"),
    "sources": _MARKUP,
    "fields_of_work": _MARKUP,
    "dateline": ("first-paragraph",),
    "paragraphs": ("container:*", "container:*+from-dateline"),
    "quotes": ("quotes",),
    "people": ("quotes",),
    "images": ("img",),
    "translations": ("hreflang",),
}

SEED_URL = "https://www.osce.org/pc/50033"
NO_CANONICAL = (f'<link rel="canonical" href="{SEED_URL}" />', "")
NO_OG_URL = (f'<meta property="og:url" content="{SEED_URL}" />', "")
NO_SHORTLINK = ('<link rel="shortlink" href="https://www.osce.org/node/50033" />', "")
NO_LANG = ('<html lang="en"', "<html")
NO_HREFLANG = (f'<link rel="alternate" hreflang="en" href="{SEED_URL}" />', "")
NO_JSON_LD = ('<script type="application/ld+json">', '<script type="text/plain">')
NO_META_DATE = ('property="article:published_time"', 'property="article:section"')
BAKU = "OSCE Office in Baku holds training course for judges in Qabala on freedom of assembly cases"
VIENNA_H1 = (
    "Safety of journalists covering elections discussed at OSCE expert meeting in Vienna</h1>"
)


class Case(NamedTuple):
    """A fixture page (optionally edited, optionally with its URL) and the strategy expected to
    find one field."""

    fixture: str
    field: str
    expected: str
    edits: tuple[tuple[str, str], ...] = ()
    url: str | None = None


CASES = [
    Case("current_seed_50033", "url", "argument", url=SEED_URL),
    Case("current_seed_50033", "url", "canonical"),
    Case("current_seed_50033", "url", "og:url", (NO_CANONICAL,)),
    Case("current_seed_50033", "node_id", "url", url=SEED_URL),
    Case("current_seed_50033", "node_id", "canonical"),
    Case("current_seed_50033", "node_id", "shortlink", (NO_CANONICAL, NO_OG_URL)),
    Case(
        "current_seed_50033",
        "node_id",
        "data-history-node-id",
        (NO_CANONICAL, NO_OG_URL, NO_SHORTLINK),
    ),
    Case(
        "newsroom_abbrev_2012",
        "node_id",
        "body-class",
        (
            ('<link rel="canonical" href="/skopje/89976" />', ""),
            ('<link rel="shortlink" href="https://www.osce.org/node/89976" />', ""),
            ('<meta property="og:url" content="https://www.osce.org/skopje/89976" />', ""),
        ),
    ),
    Case("current_seed_50033", "language", "html-lang"),
    Case(
        "current_ru_seed_50033",
        "language",
        "url-prefix",
        (('<html lang="ru"', "<html"),),
        url="https://www.osce.org/ru/pc/50033",
    ),
    Case("current_ru_seed_50033", "language", "canonical-prefix", (('<html lang="ru"', "<html"),)),
    Case("current_seed_50033", "language", "hreflang", (NO_LANG,)),
    Case("current_seed_50033", "language", "og:locale", (NO_LANG, NO_HREFLANG)),
    Case("current_seed_50033", "content_type", "content-type-label"),
    Case(
        "current_seed_50033",
        "content_type",
        "field:ul-li",
        (
            (
                '<li class="meta-list__label">Place:</li>',
                '<li class="meta-list__label">Content type:</li>'
                '<li class="meta-list__value">Press release</li>'
                '<li class="meta-list__label">Place:</li>',
            ),
        ),
    ),
    Case("current_seed_50033", "title", "h1+title-match"),
    Case("titlefirst_dateline_2012", "title", "h2+title-match", (("h1>", "h2>"),)),
    Case(
        "titlefirst_dateline_2012",
        "title",
        "h1",
        ((f"<title>{BAKU}</title>", "<title>OSCE</title>"),),
    ),
    Case(
        "titlefirst_dateline_2012", "title", "title-tag", (("<h1>", "<div>"), ("</h1>", "</div>"))
    ),
    Case(
        "current_seed_50033",
        "title",
        "og:title",
        (('<h1 class="page-title">', "<div>"), ("</span></h1>", "</span></div>")),
    ),
    Case("current_field_vs_dateline_2012", "date", "field:text"),
    Case("current_seed_fielddivs_colon", "date", "field:time"),
    Case(
        "current_seed_fielddivs_colon",
        "date",
        "field:datetime",
        ((">4 September 2008</time>", ">to be confirmed</time>"),),
    ),
    Case("newsroom_release_madrid_2007", "date", "place-date-line"),
    Case("newsroom_news_2022", "date", "place-date-line"),
    Case(
        "titlefirst_metadata_2016",
        "date",
        "metadata:time",
        ((VIENNA_H1, VIENNA_H1 + '<time datetime="2016-06-14T08:00:00Z"></time>'),),
    ),
    Case("titlefirst_metadata_2016", "date", "metadata:json-ld"),
    Case("titlefirst_metadata_2016", "date", "metadata:meta:article:published_time", (NO_JSON_LD,)),
    Case("current_emdash_statement_2022", "date", "metadata:meta:article:published_time"),
    Case(
        "titlefirst_metadata_2016",
        "date",
        "metadata:rdfa",
        (
            NO_JSON_LD,
            NO_META_DATE,
            (VIENNA_H1, VIENNA_H1 + '<span property="dc:date" content="2016-06-14"></span>'),
        ),
    ),
    Case("current_seed_50033", "date", "dateline"),
    Case("current_seed_50033", "place", "field:ul-li"),
    Case("current_seed_dl", "place", "field:dl"),
    Case("current_seed_fielddivs", "place", "field:label-div"),
    Case("current_inline_labels_2019", "place", "field:inline"),
    Case("newsroom_release_madrid_2007", "place", "place-date-line"),
    Case("current_endash_multiplace_2020", "place", "dateline"),
    Case("current_seed_50033", "sources", "field:ul-li"),
    Case("current_seed_dl", "sources", "field:dl"),
    Case("current_seed_fielddivs_colon", "sources", "field:label-div"),
    Case("newsroom_kosovo_2012", "sources", "field:label-div"),
    Case("current_inline_labels_2019", "sources", "field:inline"),
    Case(
        "current_seed_dl",
        "sources",
        "field:div",
        (
            ("<dt>Source:</dt><dd>", "<div>Source:</div><div>"),
            ("</dd>\n<dt>Fields", "</div>\n<dt>Fields"),
        ),
    ),
    Case("current_seed_dl", "fields_of_work", "field:dl"),
    Case("current_de_fielddivs_2021", "fields_of_work", "field:label-div"),
    Case("current_seed_50033", "dateline", "first-paragraph"),
    Case("current_seed_50033", "paragraphs", "container:div.text-formatted"),
    Case("newsroom_release_madrid_2007", "paragraphs", "container:div.field-item"),
    Case("titlefirst_metadata_2016", "paragraphs", "container:article.reader"),
    Case(
        "current_seed_50033",
        "paragraphs",
        "container:div.text-formatted+from-dateline",
        (
            (
                "<p>VIENNA, 4 September",
                "<p>A stray line of text above the dateline.</p><p>VIENNA, 4 September",
            ),
        ),
    ),
    Case("current_seed_50033", "quotes", "quotes"),
    Case("current_seed_50033", "people", "quotes"),
    Case("current_endash_multiplace_2020", "images", "img"),
    Case("current_de_fielddivs_2021", "translations", "hreflang"),
]


def _case_release(case: Case) -> Release:
    page = FIXTURES / f"{case.fixture}.html"
    if not case.edits:
        return _parse(page, case.url)
    html = page.read_text("utf-8")
    for old, new in case.edits:
        assert old in html, f"{case.fixture}: edit target {old!r} not found"
        html = html.replace(old, new)
    return parse_release(html, case.url)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.fixture}-{c.field}-{c.expected}" for c in CASES])
def test_provenance(case: Case) -> None:
    release = _case_release(case)
    assert release.provenance.get(case.field) == case.expected, release.provenance


def test_every_strategy_has_a_case() -> None:
    """Each strategy name fires in at least one case (a markup name in any labelled field)."""
    patterns = {pattern for names in STRATEGIES.values() for pattern in names}
    missing = [
        pattern
        for pattern in sorted(patterns)
        if not any(
            fnmatchcase(c.expected, pattern) and pattern in STRATEGIES[c.field] for c in CASES
        )
    ]
    assert not missing, f"strategies without a provenance case: {missing}"


_UNTRACKED = frozenset({"date_source", "warnings", "provenance"})


@pytest.mark.parametrize("page", release_fixtures(), ids=lambda p: p.stem)
def test_provenance_names_every_value(page: Path) -> None:
    """Every field with a value has a known strategy; a field without one has none."""
    release = _parse(page)
    data = release.to_dict()
    with_value = {k for k, v in data.items() if k not in _UNTRACKED and v not in (None, "", [], {})}
    assert set(release.provenance) == with_value
    for name, how in release.provenance.items():
        assert any(fnmatchcase(how, p) for p in STRATEGIES[name]), f"{name}: unknown {how!r}"


if __name__ == "__main__":
    print(table(measure(release_fixtures()), read_floors()))
