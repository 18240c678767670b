"""Worst-case inputs: how long the parsers take on the nastiest pages we can construct.

Builds a catalogue of adversarial pages (deep nesting, huge pages and attributes, entity bombs,
unmatched quote marks, NUL bytes, wrong charsets, thousands of labels, dates, images and menus,
and inputs aimed at every regular expression in the parser), runs ``parse_release``,
``parse_menu`` and ``parse_listing`` on each, and prints the slowest with their times and outcome.
The rule: no page over 1 s, the 20 MB ones included (refused by the input size limit). Exits 1 if
a page breaks the rule or a parser raises anything but ``ParseError``.

    python benchmarks/worst_case.py [--top 25] [--repeat 1] [--only SUBSTRING]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from osce_parse import ParseError, parse_menu, parse_release

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
LISTING_URL = "https://www.osce.org/newsroom"
LIMIT = 1.0  # seconds, for every page but the 20 MB ones
BIG_LIMIT = 1.0  # the 20 MB pages too: refused by the size limit before parsing
MB = 1 << 20


def _parsers() -> dict[str, Callable[[bytes | str], object]]:
    parsers: dict[str, Callable[[bytes | str], object]] = {
        "release": parse_release,
        "menu": parse_menu,
    }
    try:
        from osce_parse.parse.listing import parse_listing
    except ImportError:
        return parsers
    parsers["listing"] = lambda html: parse_listing(html, LISTING_URL)
    return parsers


def _seed() -> str:
    return (FIXTURES / "current_seed_50033.html").read_text("utf-8")


def _page(body: str, head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A title | OSCE</title>'
        f"{head}</head><body><main><h1>A title</h1>"
        "<p>VIENNA, 4 September 2008 - The OSCE Chairperson welcomed the agreement today.</p>"
        f"{body}</main></body></html>"
    )


def _in_seed(extra: str) -> str:
    """The seed page with ``extra`` after its first body paragraph."""
    seed = _seed()
    at = seed.index("</p>", seed.index("<p>VIENNA, 4 September 2008")) + 4
    return seed[:at] + extra + seed[at:]


def cases() -> Iterator[tuple[str, bytes | str]]:
    """(name, page) for every adversarial input; names starting with "20MB" get 5 s."""
    seed = _seed()
    rng = random.Random(6)
    para = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>\n"
    # --- deep nesting (libxml2 stops at 256 levels: ParseError, not a silently cut page)
    for tag in ("div", "span", "b", "table", "blockquote"):
        yield f"deep_{tag}_100k", f"<html><body>{f'<{tag}>' * 100_000}<p>x</p></body></html>"
    yield "deep_ul_li_100k", "<html><body><nav>" + "<ul><li><a href='/a'>a</a>" * 100_000
    yield "deep_misnested_b_i", "<html><body>" + "<b><i>x</b></i>" * 50_000
    yield "deep_250_many_p", _page("<div>" * 250 + para * 20_000)
    yield "deep_250_many_labels", _page("<div>" * 250 + "<span>Place:</span> Vienna " * 20_000)
    yield (
        "deep_120_menu",
        "<html><body><nav>"
        + "<ul><li><a href='/a'>a</a>" * 120
        + ("<li><a href='/b'>b</a></li>" * 50_000),
    )
    # --- size
    long_para = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 70 + "</p>\n"
    yield "20MB_long_paragraphs", _in_seed(long_para * (20 * MB // len(long_para)))
    yield "20MB_short_paragraphs", _in_seed(para * (20 * MB // len(para)))
    yield "20MB_one_text_node", _in_seed("<p>" + "word " * (4 * MB) + "</p>")
    yield "20MB_scripts", _in_seed(("<script>var x = '" + "a" * MB + "';</script>") * 20)
    yield "20MB_tiny_elements", _in_seed("<i>a</i>" * (20 * MB // 8))
    yield "20MB_one_attribute", _in_seed('<p class="' + "a" * (20 * MB) + '">x</p>')
    yield "2MB_short_paragraphs", _in_seed(para * (2 * MB // len(para)))
    yield "2MB_tiny_elements", _in_seed("<i>a</i>" * (2 * MB // 8))
    yield "2MB_empty_paragraphs", _in_seed("<p></p>" * (2 * MB // 7))
    yield "2MB_identical_paragraphs_at_end", _in_seed(para * 25_000)
    # --- entity bombs and external entities
    lol = "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' if i else '<!ENTITY lol0 "lol">'
        for i in range(10)
    )
    yield "billion_laughs", f'<?xml version="1.0"?><!DOCTYPE x [{lol}]><html><p>&lol9;</p></html>'
    yield "billion_laughs_after_64KB", " " * 70_000 + f"<!DOCTYPE x [{lol}]><html><p>&lol9;</p>"
    yield (
        "quadratic_blowup",
        (f'<!DOCTYPE x [<!ENTITY a "{"a" * 100_000}">]><html><body><p>{"&a;" * 100_000}</p>'),
    )
    yield (
        "external_entity",
        _page("<p>&xxe; text</p>", head="").replace(
            "<!DOCTYPE html>", '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        ),
    )
    yield (
        "doctype_system_url",
        _page("").replace("<!DOCTYPE html>", '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/x.dtd">'),
    )
    # --- quote marks
    for name, mark in (("straight", '"'), ("curly", "“"), ("guillemet", "«"), ("low", "„")):
        yield f"quotes_{name}_20k", _in_seed(f"<p>{mark * 20_000}</p>")
        yield f"quotes_{name}_words", _in_seed(f"<p>{f'said {mark}Word ' * 5_000}</p>")
    yield (
        "quotes_said_5000_paragraphs",
        _in_seed(
            "<p>Ambassador John Smith said: “We will work” and added that “it” matters.</p>" * 5000
        ),
    )
    yield (
        "names_50k_one_paragraph",
        _in_seed("<p>" + " ".join(f"Name{i} Surname{i} said" for i in range(50_000)) + "</p>"),
    )
    yield "quotes_1000_paragraphs", _in_seed("<p>He said “we will ” “ « » „ ‘ ’ ' \"</p>" * 1000)
    # --- huge attributes
    yield "huge_class_on_main", seed.replace("<main", '<main class="' + "a" * (9 * MB) + '"', 1)
    yield "huge_class_tokens", seed.replace("<main", '<main class="' + "menu-x " * MB + '"', 1)
    yield "huge_id_on_body", seed.replace("<body", '<body id="' + "a-" * (4 * MB) + '"', 1)
    yield "huge_lang", seed.replace("<html", '<html lang="' + "e" * (5 * MB) + '"', 1)
    yield (
        "huge_href_canonical",
        seed.replace("</head>", '<link rel="canonical" href="/' + "1/" * (4 * MB) + '"></head>', 1),
    )
    yield "huge_img_src", _in_seed('<img src="' + "a" * (9 * MB) + '">')
    yield (
        "huge_title_many_h2",
        _page("<h2>Heading text</h2>" * 20_000).replace("A title | OSCE", "T" * MB),
    )
    yield "huge_og_title", _page("", head='<meta property="og:title" content="' + "x " * MB + '">')
    # --- NUL and control bytes
    raw = seed.encode()
    yield "nul_middle", raw[: len(raw) // 2] + b"\x00" * 1000 + raw[len(raw) // 2 :]
    yield "nul_every_100", b"\x00".join(raw[i : i + 100] for i in range(0, len(raw), 100))
    yield "controls_in_text", _in_seed("<p>" + "a\x01\x02\x0b\x1f" * 50_000 + "</p>")
    yield "lone_surrogates_str", seed.replace("the", "th\ud800e")
    # --- labels
    yield "labels_10k_spans", _in_seed("<div><span>Place:</span> VIENNA</div>" * 10_000)
    yield "labels_10k_dl", _in_seed("<dl>" + "<dt>Source</dt><dd>x</dd>" * 10_000 + "</dl>")
    yield "labels_10k_chrome", _in_seed("<nav>" + "<span>Date:</span> 1 May 2008 " * 10_000)
    yield "labels_one_huge_value", _page("<div><span>Sources:</span> " + "a, " * MB + "</div>")
    yield (
        "labels_nested_items",
        _page(
            "<div><span>Sources:</span><ul>" + "<li>a<ul>" * 120 + "<li>x</li>" * 50_000 + "</ul>"
        ),
    )
    # --- dates and datelines (regex worst cases)
    yield "date_field_letters_100k", _page("<div><span>Date:</span> " + "a" * 100_000 + "</div>")
    yield "date_field_mixed", _page("<div><span>Date:</span> " + "September " * 20_000 + "</div>")
    for name, run in (
        ("letters", "a" * 150),
        ("commas", "a," * 75),
        ("spaces", "A" + " " * 149),
        ("words_commas", "Aaaa, " * 25),
        ("dashes", "- " * 75),
        ("digits", "1 " * 75),
        ("month_words", "September " * 15),
    ):
        yield f"dateline_{name}", _page(f"<p>{run} - The OSCE said something long enough.</p>" * 4)
    yield "date_marks_5k", _in_seed('<span class="date">1 Foo 2000</span>' * 5_000)
    yield "time_elements_50k", _in_seed('<time datetime="not a date">x</time>' * 50_000)
    yield "rdfa_dates_50k", _in_seed('<span property="dc:date" content="x">y</span>' * 50_000)
    yield (
        "json_ld_deep",
        _page('<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"),
    )
    yield (
        "json_ld_wide",
        _page('<script type="application/ld+json">[' + "{}," * 500_000 + "{}]</script>"),
    )
    # --- many of one thing
    yield (
        "images_20k_one_div",
        _in_seed(
            "<div>" + '<img src="/i{0}.jpg"><span class="caption">c</span>' * 20_000 + "</div>"
        ),
    )
    yield (
        "images_20k_distinct",
        _in_seed(
            "<div>" + "".join(f'<img src="/i{i}.jpg" class="caption">' for i in range(20_000))
        ),
    )
    yield (
        "menus_20k_nested",
        "<html><body>"
        + '<ul class="menu"><li>' * 120
        + ('<ul class="menu"><li><a href="/x">x</a></li></ul>' * 20_000),
    )
    yield "navs_20k", "<html><body>" + "<nav><ul><li><a href='/a'>a</a></li></ul></nav>" * 20_000
    yield "h1_20k", _page("<h1>Newsroom</h1>" * 20_000)
    yield "content_types_20k", _page("<span>Press release</span>" * 20_000)
    yield (
        "release_links_20k",
        _page("<div>" + "".join(f'<a href="/en/x/{i}">Item {i}</a>' for i in range(100, 20_100))),
    )
    yield (
        "listing_items_5k",
        _page(
            '<div class="item"><a href="/en/x/123">T</a> Publishing date: 1 May 2008</div>' * 5_000
        ),
    )
    yield (
        "listing_nested_items",
        _page('<div class="item">' * 200 + '<a href="/en/x/123">T</a> Date: 1 May 2008'),
    )
    yield (
        "listing_search_results_5k",
        _page(
            "".join(
                f'<li class="search-result"><h3><a href="/en/x/{i}">T</a></h3>'
                "<p>Publishing date: 1 May 2008</p></li>"
                for i in range(100, 5100)
            )
        ),
    )
    yield (
        "listing_long_time_text",
        _page(
            '<div class="search-result"><a href="/en/x/1">T</a><time>' + "a" * 20_000 + "</time>"
        ),
    )
    yield (
        "malformed_urls",
        _page(
            "<img src='http://[x/a.jpg'><nav><ul><li><a href='http://[::1/en/x/1'>M</a></li></ul></nav>"
        ).replace("</head>", "<link rel='canonical' href='//[x'></head>"),
    )
    yield "extreme_datetime", _page('<time datetime="9999-12-31T23:59:59-05:00">x</time>')
    yield "controls_after_br", _in_seed("<p>a<br>\x08\x1f b</p>")
    yield "br_200k", _in_seed("<p>" + "a<br>" * 200_000 + "</p>")
    yield "links_glued_50k", _in_seed("<p>" + "x<a href='/a'>www.osce.org</a>" * 50_000 + "</p>")
    yield "one_word_1MB", _in_seed("<p>" + "a" * MB + "</p>")
    yield "whitespace_1MB", _in_seed("<p>a" + " \u00a0\u200b\t" * (MB // 4) + "b</p>")
    # --- charsets
    cyrillic = "Председатель ОБСЕ приветствовал соглашение, подписанное сегодня в Вене. " * 3
    ru = _page(f"<p>{cyrillic}</p>").replace('lang="en"', 'lang="ru"')
    yield "cp1251_declared_utf8", ru.encode("cp1251")
    yield "koi8r_declared_utf8", ru.encode("koi8-r")
    yield "utf8_declared_cp1251", ru.replace("utf-8", "windows-1251").encode("utf-8")
    yield "utf16_without_bom", ru.encode("utf-16-le")
    yield "cp1251_2MB", _in_seed(f"<p>{cyrillic}</p>" * 3_000).encode("cp1251", "replace")
    yield "random_high_bytes", b"<html><body><p>" + rng.randbytes(MB) + b"</p></body></html>"
    # --- random bytes and truncations
    yield "random_1MB", rng.randbytes(MB)
    for cut in (1, 100, 1000, 10_000, len(raw) // 2, len(raw) - 5):
        yield f"truncated_at_{cut}", raw[:cut]


def _run(func: Callable[[bytes | str], object], page: bytes | str) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        func(page)
        outcome = "ok"
    except ParseError as exc:
        outcome = f"ParseError: {str(exc)[:60]}"
    except Exception as exc:  # the bug this script exists to find: report it, keep going
        outcome = f"CRASH {type(exc).__name__}: {str(exc)[:60]}"
    return time.perf_counter() - start, outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=25, help="how many of the slowest to print")
    parser.add_argument("--repeat", type=int, default=1, help="runs per input (the max counts)")
    parser.add_argument("--only", default="", help="only the inputs whose name contains this")
    args = parser.parse_args()
    parsers = _parsers()
    for func in parsers.values():  # warm-up: imports, dateparser's first call
        _run(func, _seed())
        _run(func, _page("<div><span>Date:</span> 4 Foo 2008</div>"))
    results: list[tuple[float, str, str, str, int]] = []
    for name, page in cases():
        if args.only not in name:
            continue
        for kind, func in parsers.items():
            runs = [_run(func, page) for _ in range(args.repeat)]
            elapsed = max(t for t, _ in runs)
            results.append((elapsed, name, kind, runs[-1][1], len(page)))
    results.sort(reverse=True)
    bad = 0
    print(f"{'seconds':>8}  {'input':34} {'parser':8} {'size':>9}  outcome")
    for i, (elapsed, name, kind, outcome, size) in enumerate(results):
        limit = BIG_LIMIT if name.startswith("20MB") else LIMIT
        flag = ""
        if elapsed > limit or outcome.startswith("CRASH"):
            flag = "  <-- OVER LIMIT" if elapsed > limit else "  <-- CRASH"
            bad += 1
        if i < args.top or flag:
            print(f"{elapsed:8.3f}  {name:34} {kind:8} {size:9d}  {outcome}{flag}")
    print(f"{len(results)} runs; slowest {results[0][0]:.3f} s ({results[0][1]}, {results[0][2]})")
    print(f"{bad} over the limit or crashed" if bad else "all within limits, no crash")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
