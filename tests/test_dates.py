"""The date layer: written dates, ISO datetimes in Vienna time, and every dateline form."""

from __future__ import annotations

import datetime as dt

import pytest

from osce_parse.parse.dates import find_dateline, parse_date, parse_datetime

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 September 2008", D(2008, 9, 4)),
        ("Publishing date: 9 October 2020", D(2020, 10, 9)),
        ("9 Apr 2012", D(2012, 4, 9)),
        ("9 Sept. 2012", D(2012, 9, 9)),
        ("September 4, 2008", D(2008, 9, 4)),
        ("2008-09-04", D(2008, 9, 4)),
        ("04.09.2008", D(2008, 9, 4)),
        ("4th of September 2008", D(2008, 9, 4)),
        ("31 February 2008", None),
        ("4 Mayors 2008", None),  # inflected month forms are read only for inflecting languages
        ("2008-13-45, 4 September 2008", D(2008, 9, 4)),  # an impossible ISO date is passed over
        ("no date here", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-03-01T23:30:00+00:00", D(2022, 3, 2)),  # after midnight in Vienna (CET, +1)
        ("2016-06-13T22:30:00Z", D(2016, 6, 14)),  # CEST, +2
        ("2016-06-13T21:30:00Z", D(2016, 6, 13)),
        ("2017-07-12T09:00:00+02:00", D(2017, 7, 12)),
        ("2008-09-04", D(2008, 9, 4)),
        ("2008-09-04 10:00", D(2008, 9, 4)),
        ("not a date", None),
    ],
)
def test_parse_datetime_is_vienna_local(value: str, expected: dt.date | None) -> None:
    assert parse_datetime(value) == expected


@pytest.mark.parametrize(
    ("paragraph", "text", "place", "date"),
    [
        (
            "VIENNA, 4 September 2008 - The reconfiguration",
            "VIENNA, 4 September 2008",
            "VIENNA",
            D(2008, 9, 4),
        ),
        ("OSH, 14 March 2006- The OSCE Centre", "OSH, 14 March 2006", "OSH", D(2006, 3, 14)),
        ("OSH, 14 March 2006-The OSCE Centre", "OSH, 14 March 2006", "OSH", D(2006, 3, 14)),
        ("VIENNA, 12 May 2011 – The OSCE", "VIENNA, 12 May 2011", "VIENNA", D(2011, 5, 12)),
        ("VIENNA, 2 March 2022 — The OSCE", "VIENNA, 2 March 2022", "VIENNA", D(2022, 3, 2)),
        (
            "VIENNA/TIRANA, 9 October 2020 – The",
            "VIENNA/TIRANA, 9 October 2020",
            "VIENNA/TIRANA",
            D(2020, 10, 9),
        ),
        (
            "VIENNA / BERLIN, 13 June 2016 – The",
            "VIENNA / BERLIN, 13 June 2016",
            "VIENNA / BERLIN",
            D(2016, 6, 13),
        ),
        (
            "VIENNA, BRUSSELS, GENEVA, 26 February 2018- The",
            "VIENNA, BRUSSELS, GENEVA, 26 February 2018",
            "VIENNA, BRUSSELS, GENEVA",
            D(2018, 2, 26),
        ),
        (
            "QABALA, Azerbaijan, 24 September 2012 – The",
            "QABALA, Azerbaijan, 24 September 2012",
            "QABALA, Azerbaijan",
            D(2012, 9, 24),
        ),
        (
            "Prishtinë/Priština, 13 April 2012 – The",
            "Prishtinë/Priština, 13 April 2012",
            "Prishtinë/Priština",
            D(2012, 4, 13),
        ),
        ("BISHKEK, 9 Apr 2012 – The", "BISHKEK, 9 Apr 2012", "BISHKEK", D(2012, 4, 9)),
        ("VALLETTA/VIENNA, 12 July – The", "VALLETTA/VIENNA, 12 July", "VALLETTA/VIENNA", None),
        ("VALLETTA/VIENNA, July 12 – The", "VALLETTA/VIENNA, July 12", "VALLETTA/VIENNA", None),
        (
            "WASHINGTON, September 4, 2008 - The",
            "WASHINGTON, September 4, 2008",
            "WASHINGTON",
            D(2008, 9, 4),
        ),
        (
            "Ust-Kamenogorsk, 4 March 2010 – The",
            "Ust-Kamenogorsk, 4 March 2010",
            "Ust-Kamenogorsk",
            D(2010, 3, 4),
        ),
    ],
)
def test_dateline_forms(paragraph: str, text: str, place: str, date: dt.date | None) -> None:
    found = find_dateline(paragraph)
    assert found is not None
    assert (found.text, found.place, found.date) == (text, place, date)
    assert paragraph[found.end :].startswith("The")


@pytest.mark.parametrize(
    "paragraph",
    [
        "On 22 July 2022, the OSCE Mission to Serbia organized a workshop.",
        "The OSCE Chairperson-in-Office, Foreign Minister X, said today - in Vienna - that",
        "In 2008, 57 States agreed - after long talks - on the text.",
        "Ambassador Smith, 12 May 2008 meeting chair – said the talks went well.",
        "",
    ],
)
def test_not_a_dateline(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def test_yearless_dateline_keeps_day_and_month() -> None:
    found = find_dateline("VALLETTA/VIENNA, 12 July – Malta's Foreign Minister")
    assert found is not None and found.day_month == (12, 7)


def test_hyphen_inside_a_date_is_not_the_dash() -> None:
    found = find_dateline("BAKI, 4 sentyabr 2008-ci il – ATƏT", "az")
    assert found is not None and found.text == "BAKI, 4 sentyabr 2008-ci il"
    found = find_dateline("OSH, 14 March 2006-The OSCE")
    assert found is not None and found.text == "OSH, 14 March 2006"
