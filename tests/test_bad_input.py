"""Bad input gets a clear ParseError or a documented partial result, never a deep traceback."""

from __future__ import annotations

import codecs

import pytest

from osce_parse import ParseError, parse_menu, parse_release

RELEASE = """<html lang="en"><head><title>Title here | OSCE</title></head><body><main>
<h1>Title here</h1>
<p>VIENNA, 4 September 2008 - The OSCE Chairperson welcomed the agreement today.</p>
<p>The second paragraph says something else entirely about the Organization.</p>
</main></body></html>"""


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        ("   \n\t ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (bytes(range(256)) * 4, "binary"),
        ('{"title": "not html"}', "JSON"),
        ("[1, 2, 3]", "JSON"),
        (
            '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
            "<lolz>&lol2;</lolz>",
            "entities",
        ),
        ("<html><body><h1>Only a title</h1></body></html>", "no body"),
        ("<html><body><nav><ul><li>Menu</li></ul></nav></body></html>", "not a release"),
        ("just some words, no markup at all", "no HTML markup"),
    ],
)
def test_bad_input_raises_parse_error(data: str | bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_release(data)


def test_parse_error_is_a_value_error() -> None:
    assert issubclass(ParseError, ValueError)


def test_wrong_type_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="str or bytes"):
        parse_release(12345)


def test_missing_fields_give_warnings_not_errors() -> None:
    release = parse_release(
        "<html><body><h1>A title</h1><p>Text of the body without any date at all here.</p>"
        "</body></html>"
    )
    assert release.title == "A title"
    assert release.date is None and release.place is None
    assert "no publication date found" in release.warnings


@pytest.mark.parametrize(
    ("encoding", "word"),
    [
        ("utf-8", "Déjà"),
        ("utf-8-sig", "Prishtinë/Priština"),
        ("utf-16", "Šimonović"),
        ("cp1252", "Déjà"),
        ("iso-8859-2", "Šimonović"),
        ("cp1251", "ОБСЕ"),
    ],
)
def test_declared_charsets_decode(encoding: str, word: str) -> None:
    text = RELEASE.replace("The OSCE", f"The {word} OSCE")
    head = "" if encoding.startswith("utf-16") else f'<meta charset="{encoding}">'
    data = text.replace("<head>", "<head>" + head).encode(encoding)
    assert word in parse_release(data).paragraphs[0]


def test_bom_wins_over_a_wrong_declaration() -> None:
    data = codecs.BOM_UTF8 + RELEASE.replace("<head>", '<head><meta charset="cp1251">').replace(
        "The OSCE", "Prishtinë OSCE"
    ).encode("utf-8")
    assert "Prishtinë" in parse_release(data).paragraphs[0]


def test_wrong_declaration_falls_back() -> None:
    # Declared as UTF-8 but really cp1252: the strict decode fails, the fallback still reads it.
    data = (
        RELEASE.replace("<head>", '<head><meta charset="utf-8">')
        .replace("The OSCE", "The Déjà OSCE")
        .encode("cp1252")
    )
    release = parse_release(data)
    assert "OSCE Chairperson welcomed" in release.paragraphs[0]


def test_undeclared_utf8_decodes() -> None:
    data = RELEASE.replace("The OSCE", "Prishtinë/Priština OSCE").encode("utf-8")
    assert "Prishtinë/Priština" in parse_release(data).paragraphs[0]


def test_no_network_no_entities() -> None:
    page = RELEASE.replace(
        "<html", '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/never.dtd"><html'
    ).replace("welcomed", "welcomed &amp; &copy;")
    release = parse_release(page)
    assert "welcomed & ©" in release.paragraphs[0]


def test_menu_of_a_page_without_menu_is_empty() -> None:
    assert parse_menu(RELEASE) == ()


def test_menu_rejects_bad_input() -> None:
    with pytest.raises(ParseError):
        parse_menu(b"")
