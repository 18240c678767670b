"""Fields shown without a visible label, named only by their class: tags and chips such as
``<li class="tag tag--source"><a>Presence in Albania</a></li>`` or ``<span class="chip
chip--field-of-work">…</span>``. Read for a field the labels did not give, inside the main
content region, outside chrome, teaser cards of other releases, paragraphs, figures and
quotations ("field:class"). Like labelled fields, the tags' blocks are not body text."""

from __future__ import annotations

import functools
import re

from lxml.etree import _Element as Element

from ..document import MAX_TOKENS, is_chrome, is_element, text_of, within
from .labelled import LabelledField

__all__ = ["classed_fields"]

# A class token naming a tag of the field, as Drupal themes write them in English in every
# language: "tag--source", "field--name-field-sources", "chip--field-of-work", "term-topics"; a
# tag, chip, field or term word first, so that "image-source" or "quote-source" is not one.
_TAG = r"(?:tags?|chips?|field|terms?|taxonomy|meta)(?:[-_]+[a-z]+)*?[-_]+"
_NAMES = {
    "sources": re.compile(rf"^{_TAG}(?:sources?|where-we-are)$"),
    "fields_of_work": re.compile(rf"^{_TAG}(?:fields?-of-work|what-we-do|topics?)$"),
}
# Not tags wherever their class: text inside a paragraph, a figure, a quotation or a citation.
_INSIDE = frozenset({"p", "figure", "figcaption", "blockquote", "cite", "q"})
_ITEMS = ("a", "li")
_SPLIT = re.compile(r"\s*[,;|•·]\s*")
_MAX_VALUES = 12  # more is a navigation list, not a release's field


@functools.lru_cache(maxsize=1024)
def _field_of(classes: str) -> str | None:
    """The field a class list names, if exactly one does (remembered: pages repeat them)."""
    named = {
        key
        for token in classes.lower().split()
        for key, pattern in _NAMES.items()
        if pattern.search(token)
    }
    return named.pop() if len(named) == 1 else None


def _values(el: Element) -> list[str]:
    """One value per link or list item inside ``el``, else its text split at commas."""
    items = [text_of(item) for item in el.iter(*_ITEMS) if item is not el]
    if not items:
        items = [text_of(el)] if el.tag in _ITEMS else _SPLIT.split(text_of(el))
    return [value for value in items if value]


def classed_fields(
    region: Element, skip: frozenset[Element], wanted: set[str]
) -> dict[str, LabelledField]:
    """The ``wanted`` fields written as class-named tags in ``region``: each the values of its
    tags in page order, without duplicates (a tag inside another of the same field counts once;
    more than twelve values is a navigation list, left out)."""
    found: dict[str, list[str]] = {}
    blocks: dict[str, list[Element]] = {}
    chrome: dict[Element, bool] = {}
    skipped: dict[Element, bool] = {}
    for el in region.iter():
        classes = el.get("class") if is_element(el) else None
        key = _field_of(classes[:MAX_TOKENS]) if classes else None
        if key is None or key not in wanted:
            continue
        if any(el is b or b in el.iterancestors() for b in blocks.get(key, ())):
            continue  # inside a tag of the same field already read
        if is_chrome(el, chrome, sidebars=False) or (
            skip and within(el, skip.__contains__, skipped)
        ):
            continue
        if el.tag in _INSIDE or any(a.tag in _INSIDE for a in el.iterancestors()):
            continue
        found.setdefault(key, []).extend(_values(el))
        blocks.setdefault(key, []).append(el)
    return {
        key: LabelledField(key, tuple(dict.fromkeys(values)), (), "class", tuple(blocks[key]))
        for key, values in found.items()
        if values and len(dict.fromkeys(values)) <= _MAX_VALUES
    }
