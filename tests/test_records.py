"""``from_dict()``: the exact way back from ``to_dict()`` for every dataclass of the model, on
every fixture and on generated values (also through JSON), and its errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from osce_parse import (
    Image,
    Listing,
    ListingItem,
    MenuItem,
    Person,
    Quote,
    Release,
    parse_listing,
    parse_menu,
    parse_release,
)

from .golden import FIXTURES, release_fixtures

PAGES = release_fixtures()
LISTINGS = sorted(FIXTURES.glob("listing_*.html"))
MODEL = (Image, Listing, ListingItem, MenuItem, Person, Quote, Release)


def through_json(value: Any) -> Any:
    return json.loads(json.dumps(value.to_dict()))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_every_fixture_release_round_trips(page: Path) -> None:
    release = parse_release(page.read_bytes())
    assert Release.from_dict(release.to_dict()) == release
    assert Release.from_dict(through_json(release)) == release
    # And from the other side: the checked-in golden is a to_dict() that reads back unchanged.
    golden = json.loads(page.with_suffix(".json").read_text("utf-8"))
    assert Release.from_dict(golden).to_dict() == golden
    for item in parse_menu(page.read_bytes()):
        assert MenuItem.from_dict(through_json(item)) == item


@pytest.mark.parametrize("page", LISTINGS, ids=[p.stem for p in LISTINGS])
def test_every_fixture_listing_round_trips(page: Path) -> None:
    listing = parse_listing(page.read_text("utf-8"))
    assert listing.items
    assert Listing.from_dict(through_json(listing)) == listing


# -- generated values ----------------------------------------------------------------------------

texts = st.text(max_size=30)
maybe_texts = st.none() | texts
string_tuples = st.lists(texts, max_size=4).map(tuple)
string_maps = st.dictionaries(texts, texts, max_size=4)
maybe_dates = st.none() | st.dates()
maybe_ints = st.none() | st.integers()

images = st.builds(Image, url=texts, caption=maybe_texts, credit=maybe_texts)
quotes = st.builds(
    Quote,
    text=texts,
    speaker=maybe_texts,
    mention=maybe_texts,
    verb=maybe_texts,
    paragraph=st.integers(),
    start=st.integers(),
    end=st.integers(),
    continued=st.booleans(),
)
people = st.builds(Person, name=texts, roles=string_tuples, gender=maybe_texts)
menus: st.SearchStrategy[MenuItem] = st.deferred(
    lambda: st.builds(
        MenuItem,
        label=texts,
        url=maybe_texts,
        children=st.lists(menus, max_size=3).map(tuple),
    )
)
releases = st.builds(
    Release,
    url=maybe_texts,
    node_id=maybe_ints,
    language=maybe_texts,
    content_type=maybe_texts,
    title=texts,
    date=maybe_dates,
    date_source=maybe_texts,
    place=maybe_texts,
    sources=string_tuples,
    fields_of_work=string_tuples,
    dateline=maybe_texts,
    paragraphs=string_tuples,
    quotes=st.lists(quotes, max_size=3).map(tuple),
    people=st.lists(people, max_size=3).map(tuple),
    images=st.lists(images, max_size=2).map(tuple),
    translations=string_maps,
    warnings=string_tuples,
    provenance=string_maps,
)
listing_items = st.builds(
    ListingItem,
    url=texts,
    title=texts,
    date=maybe_dates,
    content_type=maybe_texts,
    sources=string_tuples,
    fields_of_work=string_tuples,
    teaser=maybe_texts,
)
listings = st.builds(
    Listing,
    url=maybe_texts,
    items=st.lists(listing_items, max_size=3).map(tuple),
    next_page=maybe_texts,
    warnings=string_tuples,
)


@settings(max_examples=300, derandomize=True)
@given(st.one_of(releases, listings, menus, images, quotes, people, listing_items))
def test_generated_values_round_trip(value: Any) -> None:
    cls = type(value)
    assert cls.from_dict(value.to_dict()) == value
    assert cls.from_dict(through_json(value)) == value


def test_the_strategies_cover_every_field_of_the_model() -> None:
    # A field added to the model without a strategy here would make the property test blind to
    # it: st.builds leaves fields with defaults at their default.
    covered = {
        Release: releases,
        Listing: listings,
        ListingItem: listing_items,
        Image: images,
        Quote: quotes,
        Person: people,
    }
    for cls, strategy in covered.items():
        names = {f.name for f in dataclasses.fields(cls)}
        assert names <= set(repr(strategy).replace("=", " ").replace(",", " ").split()), cls
    assert set(MODEL) == {*covered, MenuItem}


# -- what from_dict accepts and refuses -----------------------------------------------------------


def test_missing_optional_keys_take_defaults_and_unknown_keys_are_ignored() -> None:
    quote = Quote.from_dict({"text": "Words", "future_field": 1})
    assert quote == Quote("Words")
    data = {
        "url": None,
        "node_id": None,
        "language": "en",
        "content_type": None,
        "title": "T",
        "date": dt.date(2020, 1, 2),  # a date object is taken as it is
        "date_source": None,
        "place": None,
        "sources": ("A",),  # tuples as well as lists
        "fields_of_work": [],
        "dateline": None,
        "paragraphs": ["P"],
    }
    release = Release.from_dict(data)
    assert release.date == dt.date(2020, 1, 2) and release.sources == ("A",)
    assert release.quotes == () and release.translations == {} and release.provenance == {}


@pytest.mark.parametrize(
    ("cls", "data", "message"),
    [
        (Quote, {}, "Quote: missing 'text'"),
        (Quote, {"text": 1}, "Quote.text: expected a string, got int"),
        (Quote, {"text": "x", "paragraph": True}, "Quote.paragraph: expected an integer"),
        (Quote, {"text": "x", "continued": 1}, "Quote.continued: expected true or false"),
        (Person, {"name": "X", "roles": "chair"}, "Person.roles: expected a list"),
        (Person, {"name": "X", "roles": ["a", 2]}, r"Person.roles\[1\]: expected a string"),
        (MenuItem, {"label": "A", "children": [{"url": "u"}]}, r"children\[0\]: missing 'label'"),
        (ListingItem, {"url": "u", "title": "t", "date": "9 May"}, "date: expected an ISO date"),
        (Listing, {"url": None, "items": [3]}, r"Listing.items\[0\]: expected a mapping"),
        (Image, [], "Image: expected a mapping, got list"),
    ],
)
def test_bad_values_raise_value_errors_naming_the_field(cls: Any, data: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        cls.from_dict(data)


def test_a_datetime_is_not_a_date() -> None:
    with pytest.raises(ValueError, match=r"ListingItem\.date"):
        ListingItem.from_dict({"url": "u", "title": "t", "date": dt.datetime(2020, 1, 1, 12)})
    release = parse_release((FIXTURES / "current_seed_50033.html").read_bytes())
    data = release.to_dict()
    data["translations"] = {"ru": 5}
    with pytest.raises(ValueError, match=r"Release.translations\['ru'\]: expected a string"):
        Release.from_dict(data)
