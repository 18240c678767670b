"""Labelled metadata fields, found by meaning: an element whose own text is a known label
("Place:", ``<dt>Source</dt>``, ``<div class="field__label">Fields of work</div>``) and the values
that follow it, whatever the markup."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from ...lang import FIELD_LABELS, label_key
from ...text import clean, strip_label
from ..document import attr, is_chrome, text_of

__all__ = ["LabelledField", "label_of_text", "labelled_fields", "unread_labels"]


@dataclass(frozen=True, slots=True)
class LabelledField:
    """A labelled metadata field: its values in page order, any ``<time datetime>`` in it, and how
    it is marked up (``how``: "dl", "ul-li", "label-div", "inline", else the label's tag)."""

    key: str
    values: tuple[str, ...]
    datetimes: tuple[str, ...] = ()
    how: str = ""


_ITEM_TAGS = frozenset({"a", "li", "dd"})


_ITEM_CLASS = re.compile(r"field__item|field-item|\bitem\b|\btag\b|\bterm\b")


_LABEL_TAGS = frozenset({"dt", "th", "label"})


_INLINE_TAGS = frozenset({"span", "strong", "b", "em", "i", "label", "small"})


_SPLIT = re.compile(r"\s*[,;]\s*")


def _label_of(el: HtmlElement, language: str | None) -> str | None:
    """The field key if ``el``'s own text is a metadata label, else None."""
    text = el.text
    if not text or len(text) > 40:
        return None
    raw = clean(text)
    if not raw:
        return None
    marked = raw.endswith((":", "：")) or el.tag in _LABEL_TAGS or "label" in attr(el, "class")
    if not marked:
        return None
    return label_key(strip_label(raw), FIELD_LABELS, language)


def unread_labels(region: HtmlElement, language: str | None) -> list[str]:
    """Texts the markup marks as labels (``dt``, ``th``, a ``*label*`` class) that no label table
    reads: on a page in a language without a label table, the fields left unread."""
    found: list[str] = []
    for el in region.iter():
        if not isinstance(el.tag, str) or not (
            el.tag in _LABEL_TAGS or "label" in attr(el, "class")
        ):
            continue
        text = clean(el.text)
        if text and len(text) <= 40 and _label_of(el, language) is None and not is_chrome(el):
            found.append(text)
    return found


def _is_item(el: HtmlElement) -> bool:
    return el.tag in _ITEM_TAGS or bool(_ITEM_CLASS.search(attr(el, "class")))


def _values(node: HtmlElement, values: list[tuple[str, bool]], times: list[str]) -> None:
    """Append ``node``'s values: one per item-like child, else its whole text (to be split)."""
    for time in node.iter("time"):
        if time.get("datetime"):
            times.append(time.get("datetime") or "")
    items = [child for child in node.iter() if child is not node and _is_item(child)]
    leaves = [item for item in items if not any(_is_item(c) for c in item.iter() if c is not item)]
    if len(leaves) > 1 or (leaves and node.tag not in _ITEM_TAGS):
        for leaf in leaves:
            values.append((text_of(leaf), False))
        rest = clean(node.text)
        if rest:
            values.append((rest, True))
    else:
        values.append((text_of(node), True))


def _field_values(
    label: HtmlElement, language: str | None
) -> tuple[list[tuple[str, bool]], list[str], str]:
    """The values and datetimes that follow ``label``, and how the field is marked up."""
    values: list[tuple[str, bool]] = []
    times: list[str] = []
    inline = False
    for _ in range(3):  # climb out of wrappers that hold only the label
        tail = clean(label.tail).lstrip(":： ")
        if tail:
            values.append((tail, True))
            inline = True
        for sibling in label.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if _starts_with_label(sibling, language):
                break
            _values(sibling, values, times)
            if sibling.tail and clean(sibling.tail).strip(",; "):
                values.append((clean(sibling.tail), True))
        if values or times:
            break
        parent = label.getparent()
        if parent is None or clean(parent.text) or len(parent) != 1:
            break
        label = parent
    return values, times, _markup(label, inline)


def _markup(label: HtmlElement, inline: bool) -> str:
    """How a field is marked up: label and value in one element ("inline": "<li><b>Place:</b>
    VIENNA</li>"), ``dt``/``dd`` ("dl"), label and value as list items ("ul-li"), a
    ``*label*``-classed block ("label-div"), else the label's tag."""
    if inline or label.tag in _INLINE_TAGS:
        return "inline"
    if label.tag == "dt":
        return "dl"
    if label.tag == "li":
        return "ul-li"
    return "label-div" if "label" in attr(label, "class") else str(label.tag)


def _starts_with_label(el: HtmlElement, language: str | None) -> bool:
    node: HtmlElement | None = el
    for _ in range(3):
        if node is None:
            return False
        if _label_of(node, language):
            return True
        if clean(node.text):
            return False
        node = node[0] if len(node) else None
    return False


def _split(values: list[tuple[str, bool]]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for text, splittable in values:
        parts = _SPLIT.split(text) if splittable else [text]
        for part in parts:
            part = part.strip(" ,;")
            if part and part not in seen:
                seen[part] = None
    return tuple(seen)


def labelled_fields(region: HtmlElement, language: str | None) -> dict[str, LabelledField]:
    """Every labelled metadata field in ``region`` (first occurrence of each), by field name."""
    found: dict[str, LabelledField] = {}
    chrome: dict[HtmlElement, bool] = {}
    for el in region.iter():
        if not isinstance(el.tag, str):
            continue
        key = _label_of(el, language)
        if key is None or key in found or is_chrome(el, chrome):
            continue
        # A label inside its own value's element ("<li>Place: VIENNA</li>"): value is the rest.
        values, times, how = _field_values(el, language)
        found[key] = LabelledField(key, _split(values), tuple(times), how)
    return found


def label_of_text(text: str, language: str | None) -> bool:
    return label_key(strip_label(text), FIELD_LABELS, language) is not None
