"""The hand-made seed fixture must render to exactly the text of the real page.

``fixtures/seed_50033.txt`` is a verbatim copy of the stored text rendering of the real release
node 50033 (menu included); ``fixtures/current_seed_50033.html`` is our reconstruction of that
page's HTML. This test renders the HTML to text the way the stored rendering was made and
compares line by line, so the fixture cannot drift from the real page.

Rendering rules (those of the tool that made the stored text, as far as it shows):

- block elements (``p``, ``div``, ``h1``, ``ul``, ``li`` ...) start their own line; inline text
  runs between them become one line each, with whitespace collapsed, and empty lines are dropped;
- an ``<li>`` whose content is only inline text renders as ``- text``; an ``<li>`` holding block
  content (a heading or link block plus a nested list) renders as a line ``-`` followed by its
  contents on the next lines; an ``<li>`` with no visible text renders nothing;
- ``<br>`` is a space.

Skipped, because the stored rendering did not keep them: ``<head>``, ``<script>``, ``<style>``,
``<template>``, ``<noscript>``, ``<svg>``, comments, elements with the ``hidden`` attribute,
``aria-hidden="true"`` or class ``visually-hidden``, and the page chrome in ``<footer>`` and
``<aside>`` (share block, related content).
"""

from __future__ import annotations

from pathlib import Path

import lxml.html

FIXTURES = Path(__file__).parent / "fixtures"

SKIPPED_TAGS = frozenset(
    {"head", "script", "style", "template", "noscript", "svg", "footer", "aside"}
)
BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip


def _is_skipped(el: lxml.html.HtmlElement) -> bool:
    if not isinstance(el.tag, str):  # comments, processing instructions
        return True
    return (
        el.tag in SKIPPED_TAGS
        or el.get("hidden") is not None
        or el.get("aria-hidden") == "true"
        or "visually-hidden" in (el.get("class") or "").split()
    )


def _inline_text(el: lxml.html.HtmlElement) -> str:
    if _is_skipped(el):
        return ""
    if el.tag == "br":
        return " "
    parts = [el.text or ""]
    for child in el:
        parts += [_inline_text(child), child.tail or ""]
    return "".join(parts)


def _has_block(el: lxml.html.HtmlElement) -> bool:
    return any(
        not _is_skipped(child) and (child.tag in BLOCK_TAGS or _has_block(child)) for child in el
    )


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _render(el: lxml.html.HtmlElement, lines: list[str]) -> None:
    if el.tag == "li" and not _has_block(el):
        if text := _collapse(_inline_text(el)):
            lines.append(f"- {text}")
        return
    out: list[str] = []
    run = [el.text or ""]
    for child in el:
        if not _is_skipped(child) and (child.tag in BLOCK_TAGS or _has_block(child)):
            if text := _collapse("".join(run)):
                out.append(text)
            _render(child, out)
            run = []
        else:
            run.append(_inline_text(child))
        run.append(child.tail or "")
    if text := _collapse("".join(run)):
        out.append(text)
    if el.tag == "li" and out:
        out.insert(0, "-")
    lines += out


def render_text(html: str) -> list[str]:
    """Render a page to the lines the stored text renderings show."""
    lines: list[str] = []
    _render(lxml.html.document_fromstring(html), lines)
    return lines


def _seed_html() -> str:
    return (FIXTURES / "current_seed_50033.html").read_text(encoding="utf-8")


def _seed_lines() -> list[str]:
    return (FIXTURES / "seed_50033.txt").read_text(encoding="utf-8").splitlines()


def test_seed_fixture_renders_to_the_real_page_text() -> None:
    assert render_text(_seed_html()) == _seed_lines()


def test_a_changed_paragraph_is_caught() -> None:
    html = _seed_html()
    assert "almost 800 employees" in html
    changed = html.replace("almost 800 employees", "almost 900 employees")
    assert render_text(changed) != _seed_lines()
