"""Generated variants: the same facts written in many markups, positions and languages.

Each test draws a way of writing a page (or a listing) with hypothesis and asserts that the parser
reads the same facts from it: a rule must hold across variants, not on one fixture. Labels come
from the language data files (the first label of each field), so every site language with a label
table is exercised.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osce_parse import parse_listing, parse_release
from osce_parse.lang import _LABELS as LABELS  # the written labels, per language and field
from osce_parse.lang import CONTENT_TYPES, LABEL_LANGUAGES

SETTINGS = settings(
    max_examples=200, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
)
LANGUAGES = sorted(LABEL_LANGUAGES)
DATE = dt.date(2021, 3, 4)
TITLE = "OSCE trains border officials on detecting forged documents"
PARAGRAPHS = (
    "VIENNA, 4 March 2021 – The OSCE today concluded a five-day training course for forty border "
    "officials on detecting forged travel documents.",
    "The course combined lectures with practical exercises at a simulated border crossing point, "
    "where participants examined more than two hundred documents.",
    "The training was organized within an extra-budgetary project funded by Germany and Austria.",
)
SOURCES = ("OSCE Secretariat", "Transnational Threats Department")
FIELDS = ("Border management", "Countering terrorism")
PLACE = "VIENNA"
DATES = ("2021-03-04", "04.03.2021", "4 March 2021", "March 4, 2021")


def label(language: str, key: str) -> str:
    """The first label a language's data file gives a field ("Place", "Место", "Lieu")."""
    return LABELS[language][key].split("|")[0].strip()


@dataclass(frozen=True)
class Style:
    """How the metadata block is written."""

    form: str  # "ul", "dl", "table", "headings", "strong", "spans", "fielddivs", "line", "lines"
    colon: str  # what follows a label
    upper: bool
    separator: str  # between fields on one line
    values: str  # "links", "text", "items"
    position: str  # "before-title", "after-title", "after-body", "aside", "article-footer"
    related: bool  # a related release's card, with fields of its own, right after the metadata
    most_read: bool  # a "most read" list of three other releases right after the metadata


STYLES = st.builds(
    Style,
    form=st.sampled_from(
        ("ul", "dl", "table", "headings", "strong", "spans", "fielddivs", "line", "lines")
    ),
    colon=st.sampled_from((":", " :", "\u00a0:", "", " —", "：")),
    upper=st.booleans(),
    separator=st.sampled_from((" | ", " · ", " • ", "; ")),
    values=st.sampled_from(("links", "text", "items")),
    position=st.sampled_from(
        ("before-title", "after-title", "after-body", "aside", "article-footer")
    ),
    related=st.booleans(),
    most_read=st.booleans(),
)


def _values(values: tuple[str, ...], how: str) -> str:
    if how == "links":
        return ", ".join(f'<a href="/x/{i}">{html.escape(v)}</a>' for i, v in enumerate(values))
    if how == "items":
        return "".join(f'<span class="field__item">{html.escape(v)}</span>' for v in values)
    return html.escape(", ".join(values))


def metadata(style: Style, language: str, date_text: str) -> str:
    """The metadata block of a page, in ``style``."""
    fields = [
        ("date", (date_text,)),
        ("place", (PLACE,)),
        ("sources", SOURCES),
        ("fields_of_work", FIELDS),
    ]
    pairs = []
    for key, values in fields:
        name = label(language, key)
        name = name.upper() if style.upper else name
        mark = style.colon if style.form not in ("line",) or style.colon else ":"
        written = _values(values, style.values if key in ("sources", "fields_of_work") else "text")
        pairs.append((html.escape(name), mark, written))
    return _render(style, pairs)


def _render(style: Style, pairs: list[tuple[str, str, str]]) -> str:
    if style.form == "ul":
        return "<ul class='meta'>" + "".join(f"<li>{n}{c} {v}</li>" for n, c, v in pairs) + "</ul>"
    if style.form == "dl":
        return "<dl>" + "".join(f"<dt>{n}{c}</dt><dd>{v}</dd>" for n, c, v in pairs) + "</dl>"
    if style.form == "table":
        rows = "".join(f"<tr><th>{n}{c}</th><td>{v}</td></tr>" for n, c, v in pairs)
        return f"<table class='meta'>{rows}</table>"
    if style.form == "headings":
        return (
            "<div class='facts'>"
            + "".join(f"<h4>{n}</h4><p>{v}</p>" for n, _, v in pairs)
            + "</div>"
        )
    if style.form == "strong":
        return (
            "<p class='meta'>"
            + "<br>".join(f"<strong>{n}{c}</strong> {v}" for n, c, v in pairs)
            + "</p>"
        )
    if style.form == "spans":
        return "".join(
            f"<div class='row'><span class='label'>{n}{c}</span> "
            f"<span class='value'>{v}</span></div>"
            for n, c, v in pairs
        )
    if style.form == "fielddivs":
        return "".join(
            f"<div class='field'><div class='field__label'>{n}</div>"
            f"<div class='field__items'>{v}</div></div>"
            for n, _, v in pairs
        )
    if style.form == "line":
        colon = ":" if not style.colon.strip() else style.colon
        return (
            "<p class='meta-line'>"
            + style.separator.join(f"{n}{colon} {v}" for n, _, v in pairs)
            + "</p>"
        )
    colon = ":" if not style.colon.strip() else style.colon
    return (
        "<div class='meta'>" + "".join(f"<div>{n}{colon} {v}</div>" for n, _, v in pairs) + "</div>"
    )


def related_card(language: str) -> str:
    """A related release's teaser with its own date and place (other values than the page's)."""
    return (
        "<div class='related'><h2>Related</h2><div class='teaser'>"
        "<a href='/mission-to-serbia/400001'>Youth forum in Belgrade discusses media literacy</a>"
        f"<table><tr><th>{html.escape(label(language, 'date'))}</th><td>2019-05-02</td></tr>"
        f"<tr><th>{html.escape(label(language, 'place'))}</th><td>BELGRADE</td></tr></table>"
        "</div></div>"
    )


MOST_READ = (  # three teasers in one list, without fields: each link is a card of its own
    "<section class='most-read'><h2>Most read</h2><ol>"
    "<li><a href='/secretariat/400101'>Secretary General visits Central Asia</a> 05.03.2021</li>"
    "<li><a href='/odihr/400102'>ODIHR publishes hate crime data</a> 22.02.2021</li>"
    "<li><a href='/fom/400103'>Media freedom representative condemns attack</a> 12.02.2021</li>"
    "</ol></section>"
)


def page(style: Style, language: str, date_text: str, body_form: str = "p") -> str:
    meta = metadata(style, language, date_text)
    if style.related:
        meta += related_card(language)
    if style.most_read:
        meta += MOST_READ
    title = f"<h1>{TITLE}</h1>"
    body = body_html(body_form)
    parts = {
        "before-title": [meta, title, body],
        "after-title": [title, meta, body],
        "after-body": [title, body, meta],
        "article-footer": [title, body, f"<footer class='article-footer'>{meta}</footer>"],
    }.get(style.position)
    article = "".join(parts) if parts else title + body
    aside = f"<aside class='sidebar'>{meta}</aside>" if style.position == "aside" else ""
    return (
        f"<!DOCTYPE html><html lang='{language}'><head><title>{TITLE} | OSCE</title>"
        "<link rel='canonical' href='https://www.osce.org/secretariat/500123'></head><body>"
        "<header><nav><ul><li><a href='/fields'>Fields of work</a><ul>"
        "<li><a href='/youth'>Youth</a></li><li><a href='/elections'>Elections</a></li></ul></li>"
        "</ul></nav></header>"
        f"<main><div class='layout'><article>{article}</article>{aside}</div></main>"
        "<footer><p>OSCE Secretariat, Wallnerstrasse 6, 1010 Vienna</p></footer></body></html>"
    )


def body_html(form: str) -> str:
    """The three paragraphs written as ``form``."""
    esc = [html.escape(p) for p in PARAGRAPHS]
    if form == "p":
        return "<div class='text-formatted'>" + "".join(f"<p>{p}</p>" for p in esc) + "</div>"
    if form == "brbr":
        return "<div class='body'>" + "<br><br>".join(esc) + "</div>"
    if form == "divs":
        return "<div class='body'>" + "".join(f"<div>{p}</div>" for p in esc) + "</div>"
    if form == "blocks":
        return "".join(f"<div class='text-formatted field'><p>{p}</p></div>" for p in esc)
    if form == "figure-between":
        return (
            f"<div class='text-formatted a'><p>{esc[0]}</p></div>"
            "<figure><img src='/files/a.jpg'>"
            "<figcaption>Participants at the course (OSCE)</figcaption></figure>"
            f"<div class='text-formatted a'><p>{esc[1]}</p><p>{esc[2]}</p></div>"
        )
    if form == "entity-wrapped":  # Drupal paragraph entities: some blocks inside a wrapper
        return (
            f"<div class='text-formatted field'><p>{esc[0]}</p></div>"
            "<figure><img src='/files/b.jpg'><figcaption>The course (OSCE)</figcaption></figure>"
            f"<div class='paragraph paragraph--type--text'><div class='text-formatted'><p>{esc[1]}"
            f"</p></div></div><div class='paragraph'><div><div class='text-formatted'><p>{esc[2]}"
            "</p></div></div></div>"
        )
    if form == "entities":
        return "".join(
            f"<div class='paragraph'><div class='text-formatted'><p>{p}</p></div></div>"
            for p in esc
        )
    return f"<p>{esc[0]}</p><ul><li>{esc[1]}</li><li>{esc[2]}</li></ul>"  # "list"


@SETTINGS
@given(style=STYLES, language=st.sampled_from(LANGUAGES), date_text=st.sampled_from(DATES))
def test_labelled_fields_in_any_markup_position_and_language(
    style: Style, language: str, date_text: str
) -> None:
    if date_text == "March 4, 2021" and language != "en":
        date_text = "2021-03-04"
    release = parse_release(page(style, language, date_text))
    assert release.title == TITLE
    assert release.date == DATE and release.date_source == "field"
    assert release.place == PLACE
    assert release.sources == SOURCES
    assert release.fields_of_work == FIELDS
    assert release.paragraphs == PARAGRAPHS


BODY_FORMS = (
    "p",
    "brbr",
    "divs",
    "blocks",
    "figure-between",
    "entity-wrapped",
    "entities",
    "list",
)


@SETTINGS
@given(style=STYLES, form=st.sampled_from(BODY_FORMS), language=st.sampled_from(LANGUAGES))
def test_body_in_any_form(style: Style, form: str, language: str) -> None:
    release = parse_release(page(style, language, "2021-03-04", form))
    assert release.paragraphs == PARAGRAPHS
    assert release.dateline == "VIENNA, 4 March 2021"


# --- listings --------------------------------------------------------------------------------

ITEMS = [
    (
        f"/secretariat/{500100 + i}",
        f"OSCE event number {i} on border security and documents",
        dt.date(2021 - i // 3, 3, 20 - i),
    )
    for i in range(6)
]


@dataclass(frozen=True)
class ItemStyle:
    layout: str  # "newsroom", "cards", "table", "search"
    date_form: str  # "written", "numeric", "iso", "time"
    type_form: str  # "label", "kicker", "meta-line", "none"
    language: str
    meta_form: str = "paragraph"  # how sources and fields of work are shown: see _meta


ITEM_STYLES = st.builds(
    ItemStyle,
    layout=st.sampled_from(
        ("newsroom", "cards", "table", "search", "timeline", "dated-lines", "typed-lines")
    ),
    date_form=st.sampled_from(("written", "numeric", "iso", "time")),
    type_form=st.sampled_from(("label", "kicker", "meta-line", "none")),
    language=st.sampled_from(LANGUAGES),
    meta_form=st.sampled_from(("paragraph", "dl", "label-span", "inline", "chips", "strong-tail")),
)

SOURCES = ("OSCE Secretariat", "ODIHR")
FIELDS = ("Elections",)


def _meta(style: ItemStyle) -> str:
    """The item's sources and fields of work, in one of the ways a listing shows labelled
    values: a "Label: a, b" paragraph, a definition list of chips, a label element followed by
    comma-separated links, two labels on one line, or a list of chips after a hidden label."""
    src = html.escape(label(style.language, "sources"))
    fow = html.escape(label(style.language, "fields_of_work"))
    links = ", ".join(f"<a href='/t/{i}'>{v}</a>" for i, v in enumerate(SOURCES))
    chips = "".join(f"<li>{v}</li>" for v in SOURCES)
    return {
        "paragraph": f"<p>{src}: {', '.join(SOURCES)}</p><p>{fow}: {FIELDS[0]}</p>",
        "dl": f"<dl><div><dt>{src}</dt><dd><ul>{chips}</ul></dd></div>"
        f"<div><dt>{fow}</dt><dd>{FIELDS[0]}</dd></div></dl>",
        "label-span": f"<div><span class='views-label'>{src}: </span> {links}</div>"
        f"<div><label>{fow}:</label> <span>{FIELDS[0]}</span></div>",
        "inline": f"<p><em>{src}:</em> {', '.join(SOURCES)} <em>{fow}:</em> {FIELDS[0]}</p>",
        "chips": f"<ul class='chips' aria-label='{src}'><li class='sr-only'>{src}:</li>"
        f"{chips}</ul><p>{fow}: {FIELDS[0]}</p>",
        "strong-tail": f"<p><strong>{src}</strong> {'; '.join(SOURCES)}</p>"
        f"<p><strong>{fow}</strong> {FIELDS[0]}</p>",
    }[style.meta_form]


def _type_name(language: str) -> str:
    table = CONTENT_TYPES[language]
    return next(word for word, key in table.items() if key == "press release").title()


def _date(day: dt.date, form: str) -> str:
    if form == "numeric":
        return day.strftime("%d.%m.%Y")
    if form == "time":
        return f"<time datetime='{day.isoformat()}'>{day.day} March {day.year}</time>"
    return day.isoformat() if form == "iso" else f"{day.day} March {day.year}"


def listing_page(style: ItemStyle) -> str:
    kind = html.escape(_type_name(style.language))
    rows = []
    for path, title, day in ITEMS:
        date = _date(day, style.date_form)
        link = f"<a href='{path}'>{html.escape(title)}</a>"
        typed = {
            "label": f"<div class='card__type'>{kind}</div>",
            "kicker": f"<span class='kicker'>{kind}</span>",
            "meta-line": "",
            "none": "",
        }[style.type_form]
        meta = f"{kind} | {date}" if style.type_form == "meta-line" else date
        source = _meta(style)
        if style.layout == "timeline":
            rows.append(
                f"<li class='event'><span class='day'>{day.day} Mar</span>{typed}<h3>{link}</h3>"
                f"{source}</li>"
            )
        elif style.layout == "table":
            rows.append(
                f"<tr><td>{date}</td><td>{link}</td><td>{kind}</td><td>{', '.join(SOURCES)}</td>"
                "</tr>"
            )
        elif style.layout == "dated-lines":  # "13.06.2016 – Title", the fields below it
            rows.append(f"<li><span>{date}</span> – {link}<br>{source}</li>")
        elif style.layout == "typed-lines":  # "Press release Title 12 March 2021"
            rows.append(
                f"<li class='r'><span>{kind}</span> {link} <span>{date}</span>{source}</li>"
            )
        elif style.layout == "search":
            rows.append(
                f"<li class='result'><h3>{link}</h3><cite>https://www.osce.org{path}</cite>"
                f"<div class='meta'>{meta}</div>{source}</li>"
            )
        else:
            tag = (
                "div class='search-result-news'"
                if style.layout == "newsroom"
                else "article class='card'"
            )
            rows.append(
                f"<{tag}>{typed}<h3>{link}</h3><div class='date'>{meta}</div>{source}"
                "<p>The OSCE held a meeting today with experts from twenty countries on the "
                "topic.</p>"
                f"</{tag.split()[0]}>"
            )
    inner = (
        "".join(
            f"<section><h2>{year}</h2><ol class='events'>{''.join(rows[i : i + 3])}</ol></section>"
            for i, year in ((0, 2021), (3, 2020))
        )
        if style.layout == "timeline"
        else f"<table><thead><tr><th>{html.escape(label(style.language, 'date'))}</th><th></th>"
        f"<th></th><th>{html.escape(label(style.language, 'sources'))}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        if style.layout == "table"
        else f"<ul>{''.join(rows)}</ul>"
        if style.layout in ("search", "dated-lines", "typed-lines")
        else "".join(rows)
    )
    return (
        f"<!DOCTYPE html><html lang='{style.language}'><head><title>News</title></head><body>"
        "<nav><a href='/pc/1234'>A release in the menu</a></nav>"
        f"<main><h1>News</h1><div class='list'>{inner}</div>"
        "<a href='/press-releases?page=2'>2</a></main>"
        "<aside><h2>Most read</h2><ul><li><a href='/pc/777777'>A popular release title here</a>"
        "</li></ul></aside></body></html>"
    )


def _shows_type(style: ItemStyle) -> bool:
    """Whether the rendered items show their type (a table always has a type column)."""
    if style.layout in ("table", "typed-lines"):
        return True
    if style.type_form == "meta-line" and style.layout not in ("timeline", "dated-lines"):
        return True
    layouts = ("newsroom", "cards", "timeline")
    return style.type_form in ("label", "kicker") and style.layout in layouts


@SETTINGS
@given(style=ITEM_STYLES)
def test_listing_items_in_any_layout(style: ItemStyle) -> None:
    listing = parse_listing(listing_page(style), "https://www.osce.org/press-releases?page=1")
    assert [item.url for item in listing.items] == [
        f"https://www.osce.org{path}" for path, _, _ in ITEMS
    ]
    for item, (_, title, day) in zip(listing.items, ITEMS, strict=True):
        assert item.title == title
        assert item.date == day
        assert item.content_type == (_type_name(style.language) if _shows_type(style) else None)
        if style.layout == "table":  # a column of sources, none of fields of work
            assert (item.sources, item.fields_of_work) == (SOURCES, ())
        else:
            assert (item.sources, item.fields_of_work) == (SOURCES, FIELDS)
    assert listing.next_page == "https://www.osce.org/press-releases?page=2"


ABOUT = (
    "The Representative on Freedom of the Media observes media developments in all "
    "participating States and provides early warning on violations of freedom of expression. "
)


@SETTINGS
@given(
    count=st.integers(1, 3),
    about=st.integers(2, 4),
    box=st.sampled_from(("ul", "div", "aside")),
    language=st.sampled_from(LANGUAGES),
)
def test_a_news_box_on_a_page_about_something_is_not_a_listing(
    count: int, about: int, box: str, language: str
) -> None:
    items = "".join(
        f"<li><a href='{path}'>{html.escape(title)}</a> {_date(day, 'numeric')}</li>"
        for path, title, day in ITEMS[:count]
    )
    wrapped = {
        "ul": f"<h2>Latest news</h2><ul>{items}</ul>",
        "div": f"<div class='latest'><h2>News</h2><ul>{items}</ul></div>",
        "aside": f"<aside><h2>News</h2><ul>{items}</ul></aside>",
    }[box]
    page = (
        f"<html lang='{language}'><body><main><h1>Representative on Freedom of the Media</h1>"
        + "".join(f"<p>{ABOUT}</p>" for _ in range(about))
        + f"{wrapped}</main></body></html>"
    )
    listing = parse_listing(page, "https://www.osce.org/fom")
    assert listing.items == () and listing.warnings


# Fields shown without a visible label, named only by their class ("tag--source"), in any markup,
# position and language; read when no label gives them.
_TAG_CLASSES = {
    "sources": ("tag tag--source", "field--name-field-sources", "chip chip--where-we-are"),
    "fields_of_work": ("tag tag--field-of-work", "field--name-field-topics", "chip chip--topic"),
}


def _tags(key: str, values: tuple[str, ...], form: str, name: int) -> str:
    classes = _TAG_CLASSES[key][name]
    links = [f"<a href='/x/{i}'>{html.escape(v)}</a>" for i, v in enumerate(values)]
    if form == "li":
        return "".join(f"<li class='{classes}'>{link}</li>" for link in links)
    if form == "span":
        return "".join(f"<span class='{classes}'>{link}</span>" for link in links)
    return f"<div class='{classes}'>{', '.join(html.escape(v) for v in values)}</div>"  # "text"


@SETTINGS
@given(
    form=st.sampled_from(("li", "span", "text")),
    name=st.integers(0, 2),
    position=st.sampled_from(("before-title", "after-title", "after-body")),
    language=st.sampled_from(LANGUAGES),
)
def test_fields_named_by_their_class_without_labels(
    form: str, name: int, position: str, language: str
) -> None:
    tags = _tags("sources", SOURCES, form, name) + _tags("fields_of_work", FIELDS, form, name)
    tags = f"<ul class='tags'>{tags}</ul>" if form == "li" else f"<div class='chips'>{tags}</div>"
    title, body = f"<h1>{TITLE}</h1>", body_html("p")
    article = {
        "before-title": tags + title + body,
        "after-title": title + tags + body,
        "after-body": title + body + tags,
    }[position]
    release = parse_release(
        f"<html lang='{language}'><body><main><article>{article}</article></main></body></html>"
    )
    assert release.sources == SOURCES
    assert release.fields_of_work == FIELDS
    assert release.provenance["sources"] == "field:class"
    assert release.paragraphs == PARAGRAPHS


# A type chip and a date chip above the title are not a Newsroom place-and-date line: no place
# from the type, and the date is the <time>'s.
@SETTINGS
@given(language=st.sampled_from(sorted(CONTENT_TYPES)))
def test_a_type_and_date_chip_line_is_not_a_place(language: str) -> None:
    kind = next(
        written for written, key in CONTENT_TYPES[language].items() if key == "press release"
    )
    release = parse_release(
        f"<html lang='{language}'><body><main><article><div class='chips'>"
        f"<span class='chip chip--type'>{html.escape(kind)}</span> "
        "<time class='chip chip--date' datetime='2021-03-04T09:30:00+01:00'>04.03.2021</time>"
        f"</div><h1>{TITLE}</h1>{body_html('p')}</article></main></body></html>"
    )
    assert release.place == PLACE  # from the dateline, not the type chip
    assert (release.date, release.date_source) == (DATE, "metadata")


# A sentence that opens with a label word and introduces a list ("Themen des Workshops waren
# unter anderem:") is body text, not a field.
@SETTINGS
@given(language=st.sampled_from(LANGUAGES))
def test_an_unmarked_label_opening_an_introducing_sentence_is_not_a_field(language: str) -> None:
    word = label(language, "fields_of_work")
    intro = f"{word} of the workshop included, among others:"
    body = body_html("p").replace("</div>", f"<p>{html.escape(intro)}</p></div>")
    release = parse_release(
        f"<html lang='{language}'><body><main><article><h1>{TITLE}</h1>{body}"
        "</article></main></body></html>"
    )
    assert release.fields_of_work == ()
    assert release.paragraphs == (*PARAGRAPHS, intro)


@SETTINGS
@given(
    lazy=st.sampled_from(("data-src", "data-original", "data-lazy-src")),
    placeholder=st.sampled_from(("data:image/gif;base64,R0lGODlhAQABAAAAACw=", "")),
)
def test_a_lazy_loaded_image_is_read_from_its_real_address(lazy: str, placeholder: str) -> None:
    src = f" src='{placeholder}'" if placeholder else ""
    release = parse_release(
        f"<html><body><main><article><h1>{TITLE}</h1><figure><img{src} {lazy}='/files/a.jpg'>"
        f"<figcaption>Participants at the course</figcaption></figure>{body_html('p')}"
        "</article></main></body></html>",
        "https://www.osce.org/secretariat/500123",
    )
    assert [(i.url, i.caption) for i in release.images] == [
        ("https://www.osce.org/files/a.jpg", "Participants at the course")
    ]


# A card that is one link around its type and its heading: the heading is the title, the type a
# field ("<a class='teaser__link'><span>Прес-реліз</span><h2>Title</h2></a>").
@SETTINGS
@given(language=st.sampled_from(sorted(CONTENT_TYPES)), heading=st.sampled_from(("h2", "h3")))
def test_a_card_link_around_type_and_heading(language: str, heading: str) -> None:
    kind = next(written for written, key in CONTENT_TYPES[language].items() if key == "news")
    cards = "".join(
        f"<article class='teaser'><a class='teaser__link' href='{path}'>"
        f"<span class='teaser__type'>{html.escape(kind)}</span>"
        f"<{heading}>{html.escape(title)}</{heading}></a>"
        f"<time datetime='{day.isoformat()}'>{day:%d.%m.%Y}</time></article>"
        for path, title, day in ITEMS
    )
    listing = parse_listing(
        f"<html lang='{language}'><body><main><h1>News</h1>{cards}</main></body></html>",
        "https://www.osce.org/newsroom",
    )
    assert [(i.title, i.content_type, i.date) for i in listing.items] == [
        (title, kind, day) for _, title, day in ITEMS
    ]


# A highlight or pull quote is body text unless it repeats a paragraph of the body.
@SETTINGS
@given(
    classes=st.sampled_from(("pullquote", "pull-quote", "field field-name-field-highlight")),
    tag=st.sampled_from(("blockquote", "div")),
    repeated=st.booleans(),
)
def test_a_pull_quote_is_body_unless_it_repeats_the_body(
    classes: str, tag: str, repeated: bool
) -> None:
    said = (
        PARAGRAPHS[1]
        if repeated
        else "“We will extend the course to two more border crossings next year,” she said."
    )
    body = (
        f"<div class='text-formatted'><p>{html.escape(PARAGRAPHS[0])}</p>"
        f"<p>{html.escape(PARAGRAPHS[1])}</p><{tag} class='{classes}'><p>{html.escape(said)}</p>"
        f"</{tag}><p>{html.escape(PARAGRAPHS[2])}</p></div>"
    )
    release = parse_release(
        f"<html><body><main><article><h1>{TITLE}</h1>{body}</article></main></body></html>"
    )
    expected = PARAGRAPHS if repeated else (*PARAGRAPHS[:2], said, PARAGRAPHS[2])
    assert release.paragraphs == expected
