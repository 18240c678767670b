"""Labelled metadata fields, found by meaning in any markup and anywhere on the page.

A label is a known label of the page's language (or English), in any case, with or without a
colon (``Lieu :``, NBSP, a trailing dash), that starts a line, follows a separator (``|``, ``•``,
``·``, ``;``) or is the whole text of its own element (``<dt>``, ``<th>``, ``<strong>``, ``<h4>``,
``<span class="label">``, …). Its value is what it labels: the rest of the line up to the next
label, else the short lines that follow it in the same block (``<dd>``, a table cell, list items,
a paragraph), each link or list item a value of its own, plain text split at commas.

Fields are read outside the site's frame (menus, banner, page footer, share and cookie blocks)
but anywhere else: before or after the title, after the body, in an ``<aside>``. Teaser cards of
other releases (a heading linking to another release page) are decoys, never read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml.etree import _Element as Element

from ...lang import FIELD_LABELS, base_language, fold, label_key
from ...text import clean
from ...urls import is_release_url, node_id_of
from ..document import attr, class_says, is_chrome, is_element, is_hidden, text_of

__all__ = [
    "LabelledField",
    "decoys",
    "label_of_text",
    "labelled_fields",
    "starts_with_label",
    "unread_labels",
]


@dataclass(frozen=True, slots=True)
class LabelledField:
    """A labelled metadata field: its values in page order, any ``<time datetime>`` in it, how it
    is marked up (``how``: "dl", "ul-li", "table", "label-div", "inline", "line", else the label's
    tag), and the blocks that hold it (which are not body text)."""

    key: str
    values: tuple[str, ...]
    datetimes: tuple[str, ...] = ()
    how: str = ""
    blocks: tuple[Element, ...] = ()


_BLOCK = frozenset(
    "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 section article aside header footer table tr td th "
    "tbody thead caption figure figcaption blockquote form fieldset address main nav br".split()
)
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "img", "button", "select"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_ITEM_TAGS = frozenset({"a", "time"})
_ITEM_CLASS = re.compile(r"field__item|field-item|\bitem\b|\btag\b|\bterm\b|\bchip\b|value")
_DIGIT = re.compile(r"\d")
_SEPARATOR = re.compile(r"\s*[|•·;]\s*")
_AFTER_SEPARATOR = re.compile(r"[|•·;]\s*")  # where a separator ends (no leading \s*: faster)
_LABEL_END = re.compile(r"[\s\u00a0]*(?:[:：՝]|[—–-](?=\s|$))[\s\u00a0]*")  # ՝: Armenian
_VALUE_SPLIT = re.compile(r"\s*[,;|•·]\s*")
_TRIM = ' \u00a0,;|•·:：՝—–-{}[]"'  # with JSON's marks: {"Date": "…"} chips
_MAX_LABEL_WORDS = 6
_MAX_VALUES = 12  # more values than this is a navigation list, not a release's field
_MAX_VALUE_LINES = 12
_MAX_VALUE_LINE = 160
_SHORT_LINE = 100  # a line this short that opens with a label is a metadata line


@dataclass(slots=True)
class _Seg:
    """A run of text in document order: its element, the value item around it (a link, a list
    item), whether it is the whole text of its element, and the ``datetime`` of a ``<time>``."""

    text: str
    el: Element
    item: Element | None
    whole: bool
    time: str | None


@dataclass(slots=True)
class _Line:
    """The text between two block boundaries, and the block element it sits in (``text`` is
    set when the line is complete)."""

    block: Element
    segs: list[_Seg] = field(default_factory=list)
    text: str = ""


# --- decoys ------------------------------------------------------------------------------------


def decoys(scope: Element, own: str | None, language: str | None = None) -> set[Element]:
    """Teaser cards of other releases: the blocks around a heading that links to a release page
    other than ``own`` (the page's address), up to the largest block holding only that link (no
    other numbered link: a "most read" list is a card per item) and no labelled line of its own
    beside another's (a sidebar with the release's fields above a related card)."""
    own_node = node_id_of(own) if own else None
    found: set[Element] = set()
    for link in scope.iter("a"):
        url = _release_address(link.get("href") or "")
        if url is None or (own_node is not None and node_id_of(url) == own_node):
            continue
        if not _titles(link):
            continue
        card = link
        node = link.getparent()
        for _ in range(5):
            if node is None or node.tag in ("main", "body", "article"):
                break
            if (
                sum(1 for h in node.iter(*_HEADINGS)) > 1
                or _links_beside(node, link)
                or _labels_beside(node, card, language)
            ):
                break
            card, node = node, node.getparent()
        found.add(card)
    return found


def _labels_beside(node: Element, card: Element, language: str | None) -> bool:
    """Whether ``card`` holds labelled fields and ``node`` holds more outside it: a card has one
    set of fields, so those beside it are someone else's (the page's own, in the same sidebar)."""
    return _holds_label(card, language) and any(
        _holds_label(child, language) for child in node if child is not card
    )


def _release_address(href: str) -> str | None:
    """The address a link to a release page points at (made absolute), else None."""
    if not _DIGIT.search(href):  # a release address ends in its node id
        return None
    url = href if "://" in href else "https://www.osce.org" + (href if href[:1] == "/" else "/")
    return url if is_release_url(url) else None


def _links_beside(node: Element, link: Element) -> bool:
    """Whether ``node`` holds a link to another release (another node id, however its address
    is written): a list of teasers, each its own card ("most read": three links in one list)."""
    own = _release_address(link.get("href") or "")
    node_id = node_id_of(own) if own else None
    for a in node.iter("a"):
        url = _release_address(a.get("href") or "") if a is not link else None
        if url is not None and node_id_of(url) != node_id:
            return True
    return False


def _holds_label(scope: Element, language: str | None) -> bool:
    """Whether an element's text in ``scope`` is, or opens with, a label."""
    for el in scope.iter():
        text = el.text.strip() if isinstance(el.text, str) else ""
        if text and (label_of_text(text, language) or starts_with_label(text, language)):
            return True
    return False


def _titles(link: Element) -> bool:
    """Whether a link carries a title: it stands in a heading or a ``*title*`` element, holds
    one, or its text is a title's length (four words or more)."""
    node: Element | None = link
    for _ in range(3):
        if node is None:
            break
        if node.tag in _HEADINGS or "title" in attr(node, "class"):
            return True
        node = node.getparent()
    if any(el.tag in _HEADINGS or "title" in attr(el, "class") for el in link.iter()):
        return True
    return len(text_of(link).split()) >= 4


# --- lines -------------------------------------------------------------------------------------


def _lines(scope: Element, skip: set[Element]) -> list[_Line]:
    """The scope's text as lines (block boundaries and ``<br>`` end a line), leaving out the
    site's frame, hidden text and the ``skip`` subtrees."""
    lines: list[_Line] = []
    frame: dict[Element, bool] = {}
    current = _Line(scope)

    def new_line(block: Element) -> None:
        nonlocal current
        if current.segs:
            current.text = "".join(s.text for s in current.segs)
            if current.text.strip():
                lines.append(current)
        current = _Line(block)

    def walk(el: Element, block: Element, item: Element | None, time: str | None) -> None:
        whole = len(el) == 0
        if el.text:
            current.segs.append(_Seg(el.text, el, item, whole, time))
        for child in el:
            tag = child.tag
            if (
                isinstance(tag, str)
                and tag not in _SKIP
                and child not in skip
                and not is_hidden(child)
                and not is_chrome(child, frame, sidebars=False)
            ):
                _visit(child, block, item, time)
            elif child.get("aria-hidden") == "true" and _SEPARATOR.fullmatch(child.text or ""):
                current.segs.append(_Seg(child.text or "", child, item, True, time))  # a visible
                # separator hidden from screen readers: "Date: … <span aria-hidden>|</span> …"
            if child.tail:
                current.segs.append(_Seg(child.tail, el, item, False, time))

    def _visit(child: Element, block: Element, item: Element | None, time: str | None) -> None:
        is_block = child.tag in _BLOCK
        if is_block:
            new_line(child)
        if child.tag == "br":
            return
        if child.tag in _ITEM_TAGS or class_says(_ITEM_CLASS, child.get("class")):
            item = child
        if child.tag == "time" and child.get("datetime"):
            time = child.get("datetime")
        walk(child, child if is_block else block, item, time)
        if is_block:
            new_line(block)

    if not is_chrome(scope, frame, sidebars=False):
        walk(scope, scope, None, None)
    new_line(scope)
    return lines


# --- labels ------------------------------------------------------------------------------------


def _label_at(text: str, start: int, language: str | None) -> tuple[str, int, bool] | None:
    """The label starting at ``text[start:]``: (field, end of the label and its separator,
    whether a colon or dash marks it), or None. The longest label of up to six words wins."""
    words = list(_WORD.finditer(text, start, start + 120))[:_MAX_LABEL_WORDS]
    if not words or fold(words[0].group().strip(_TRIM)) not in _first_words(language):
        return None  # no label starts with this word: most runs stop here
    for count in range(len(words), 0, -1):
        end = words[count - 1].end()
        written = text[start:end]
        key = _label_key(written, language)
        if key is None:
            continue
        mark = _LABEL_END.match(text, end)
        marked = written.rstrip(' "').endswith((":", "：", "՝", "—", "–")) or (
            mark is not None and mark.group().strip()
        )
        if not marked and count < len(words) and words[count].group().endswith((":", "：", "՝")):
            return None  # "Source URL:" is another label, longer than the one it starts with
        return key, mark.end() if mark else end, bool(marked)
    return None


_WORD = re.compile(r"\S+")


@functools.cache
def _first_words(language: str | None) -> frozenset[str]:
    """The first words of the labels of ``language`` and English, folded."""
    tables = (FIELD_LABELS.get(base_language(language), {}), FIELD_LABELS["en"])
    return frozenset(key.split()[0].strip(_TRIM) for table in tables for key in table if key)


def _label_key(written: str, language: str | None) -> str | None:
    word = written.strip(_TRIM)
    if not word or len(word) > 40:
        return None
    return label_key(fold(word), FIELD_LABELS, language)


@dataclass(slots=True)
class _Label:
    key: str
    line: int
    start: int
    value_start: int
    seg: _Seg | None  # the element that is only the label, if any


def _labels(lines: list[_Line], language: str | None) -> Iterator[_Label]:
    """Every label on the lines, in order: elements whose whole text is a label, and labels at
    the start of a line or after a separator that a colon or dash marks, that stand alone, or
    that open a short line."""
    for index, line in enumerate(lines):
        text = line.text
        offsets = _seg_offsets(line)
        found: dict[int, _Label] = {}
        for offset, seg in offsets:
            key = _whole_label(seg, language)
            if key is not None:
                end = offset + len(seg.text.strip())
                mark = _LABEL_END.match(text, end)
                found[offset] = _Label(key, index, offset, mark.end() if mark else end, seg)
        starts = {len(text) - len(text.lstrip())} | {
            m.end() for m in _AFTER_SEPARATOR.finditer(text)
        }
        starts |= _item_starts(offsets)
        for start in sorted(starts - set(found)):
            hit = _label_at(text, start, language) if start < len(text) else None
            if hit is None or _linked(_seg_at(offsets, start)):
                continue
            key, value_start, marked = hit
            opens = not text[:start].strip(_TRIM)
            alone = opens and not text[value_start:].strip(_TRIM)
            # An unmarked label may open a short line of its own ("<li>Place VIENNA</li>"), not
            # a sentence that introduces what follows ("Themen des Workshops waren:").
            short = (
                opens
                and len(text.strip()) <= _SHORT_LINE
                and line.block.tag not in _HEADINGS
                and not text.rstrip().endswith((":", "："))
            )
            if marked or alone or short:
                found[start] = _Label(key, index, start, value_start, None)
        yield from (found[start] for start in sorted(found))


def _whole_label(seg: _Seg, language: str | None) -> str | None:
    """The field an element whose whole text is a label names; an abbreviated label is read
    from its ``<abbr title>`` ("<abbr title='Ημερομηνία'>Ημ/νία</abbr>")."""
    if not seg.whole or _linked(seg):
        return None
    key = _label_key(seg.text, language)
    if key is None and seg.el.tag == "abbr":
        key = _label_key(seg.el.get("title") or "", language)
    return key


def _item_starts(offsets: list[tuple[int, _Seg]]) -> set[int]:
    """Where each item of a line (a chip, a tag, a link) starts: a label may open any of them
    ('<span class="chip">{"Date": "…"}</span> <span class="chip">{"Place": "…"}</span>')."""
    starts = set()
    previous: Element | None = None
    for offset, seg in offsets:
        if seg.item is not None and seg.item is not previous and seg.text.strip():
            starts.add(offset)
        previous = seg.item
    return starts


def _linked(seg: _Seg | None) -> bool:
    """Whether a label's text is (in) a link: a menu entry or a link to a topic page ("Fields of
    work" over a submenu of every field) names a page, it does not label a value."""
    node = seg.el if seg is not None else None
    for _ in range(3):
        if node is None:
            return False
        if node.tag == "a" and node.get("href"):
            return True
        node = node.getparent()
    return False


def _seg_at(offsets: list[tuple[int, _Seg]], start: int) -> _Seg | None:
    """The segment holding position ``start`` of the line."""
    found = None
    for offset, seg in offsets:
        if offset > start:
            break
        found = seg
    return found


def _seg_offsets(line: _Line) -> list[tuple[int, _Seg]]:
    offsets = []
    position = 0
    for seg in line.segs:
        lead = len(seg.text) - len(seg.text.lstrip())
        offsets.append((position + lead, seg))
        position += len(seg.text)
    return offsets


# --- values ------------------------------------------------------------------------------------


def _segs_between(line: _Line, start: int, end: int) -> list[tuple[str, _Seg]]:
    """The parts of the line's segments that fall in ``[start, end)``."""
    parts = []
    position = 0
    for seg in line.segs:
        lo, hi = max(start, position), min(end, position + len(seg.text))
        if lo < hi:
            parts.append((seg.text[lo - position : hi - position], seg))
        position += len(seg.text)
    return parts


def _values(parts: list[tuple[str, _Seg]]) -> tuple[list[str], list[str]]:
    """Values of a run of segments: one per item element (a link, a list item) when the items
    are separated only by punctuation, else the text split at commas; and their datetimes."""
    times = [seg.time for _, seg in parts if seg.time]
    items: dict[Element, list[str]] = {}
    loose = []
    for text, seg in parts:
        if seg.item is not None:
            items.setdefault(seg.item, []).append(text)
        elif text.strip(_TRIM):
            loose.append(text)
    values: list[str] = []
    if items and not loose:
        for item, texts in items.items():
            text = clean("".join(texts))
            # A link is one value; a value block ("<dd class=value>A, B</dd>") may hold several.
            values += [text] if item.tag in ("a", "time") else _VALUE_SPLIT.split(text)
    else:
        values = _VALUE_SPLIT.split(clean("".join(text for text, _ in parts)))
    return [v for v in (v.strip(_TRIM) for v in values) if v], list(dict.fromkeys(times))


def _block_value(
    lines: list[_Line], label: _Label, stop: set[int]
) -> tuple[list[str], list[str], list[Element]]:
    """The value of a label that stands alone: the short lines after it in the same block, up to
    the next label."""
    holder = lines[label.line].block.getparent()
    values: list[str] = []
    times: list[str] = []
    blocks = []
    for index in range(label.line + 1, min(len(lines), label.line + 1 + _MAX_VALUE_LINES)):
        line = lines[index]
        if index in stop or line.block.tag in _HEADINGS or len(line.text) > _MAX_VALUE_LINE:
            break
        if holder is not None and not _inside(line.block, holder):
            break
        found, found_times = _values(_segs_between(line, 0, len(line.text)))
        values += found
        times += found_times
        if _only(line):
            blocks.append(line.block)
    return values, times, blocks


def _label_holders(lines: list[_Line], label_lines: set[int]) -> dict[int, Element]:
    """Blocks whose lines (``<br>`` separates them) are all label lines, by line index: a
    metadata paragraph, which the body must not take for text."""
    by_holder: dict[Element, list[int]] = {}
    for index, line in enumerate(lines):
        holder = line.block.getparent() if line.block.tag == "br" else line.block
        if holder is not None and line.text.strip():
            by_holder.setdefault(holder, []).append(index)
    return {
        index: holder
        for holder, indexes in by_holder.items()
        if len(indexes) > 1 and all(index in label_lines for index in indexes)
        for index in indexes
    }


def _only(line: _Line) -> bool:
    """Whether the line is all the text of its block (so the block holds nothing else)."""
    return len(clean(text_of(line.block))) <= len(clean(line.text)) + 2


def _inside(el: Element, holder: Element) -> bool:
    node: Element | None = el
    while node is not None:
        if node is holder:
            return True
        node = node.getparent()
    return False


def _how(lines: list[_Line], label: _Label, inline: bool) -> str:
    """How a field is marked up, for provenance."""
    block = lines[label.line].block
    el = label.seg.el if label.seg is not None else block
    if el.tag == "dt":
        return "dl"
    if el.tag == "th" or block.tag in ("th", "td"):
        return "table"
    if inline and el.tag in ("span", "strong", "b", "em", "i", "label", "small"):
        return "inline"
    if block.tag == "li" and not inline:
        return "ul-li"
    if "label" in attr(el, "class"):
        return "label-div"
    if inline:
        return "inline" if label.seg is not None or block.tag == "li" else "line"
    return str(el.tag)


# --- fields ------------------------------------------------------------------------------------


def labelled_fields(
    scope: Element, language: str | None, skip: set[Element] | frozenset[Element]
) -> dict[str, LabelledField]:
    """Every labelled metadata field in ``scope`` (the first of each), by field name; the
    ``skip`` subtrees (teaser cards of other releases, see :func:`decoys`) are not read."""
    lines = _lines(scope, set(skip))
    labels = list(_labels(lines, language))
    starts: dict[int, list[int]] = {}
    for label in labels:
        starts.setdefault(label.line, []).append(label.start)
    label_lines = {label.line for label in labels if label.start == 0 or label.seg is not None}
    holders = _label_holders(lines, label_lines)
    found: dict[str, LabelledField] = {}
    for label in labels:
        if label.key in found:
            continue
        line = lines[label.line]
        after = [s for s in starts[label.line] if s > label.start]
        end = after[0] if after else len(line.text)
        values, times = _values(_segs_between(line, label.value_start, end))
        blocks = [line.block] if _only(line) else []
        if label.line in holders:
            blocks.append(holders[label.line])
        inline = bool(values or times)
        if not inline and not after:
            values, times, more = _block_value(lines, label, label_lines)
            blocks += more
        if len(values) > _MAX_VALUES:
            continue
        found[label.key] = LabelledField(
            label.key,
            tuple(dict.fromkeys(values)),
            tuple(times),
            _how(lines, label, inline),
            tuple(blocks),
        )
    return found


def starts_with_label(text: str, language: str | None) -> bool:
    """Whether ``text`` opens with a metadata label marked by a colon or dash ("Place: VIENNA"),
    or is only a label: a metadata line, not body text."""
    hit = _label_at(text, len(text) - len(text.lstrip()), language)
    return hit is not None and (hit[2] or not text[hit[1] :].strip(_TRIM))


def label_of_text(text: str, language: str | None) -> bool:
    """Whether ``text`` (a colon allowed) is a metadata label of ``language`` or English."""
    return _label_key(text, language) is not None


def unread_labels(region: Element, language: str | None) -> list[str]:
    """Texts the markup marks as labels (``dt``, ``th``, a ``*label*`` class) that no label table
    reads: on a page in a language without a label table, the fields left unread."""
    found: list[str] = []
    chrome: dict[Element, bool] = {}
    lang = base_language(language)
    for el in region.iter():
        if not is_element(el) or not (
            el.tag in ("dt", "th", "label") or "label" in attr(el, "class")
        ):
            continue
        text = clean(el.text)
        if text and len(text) <= 40 and not label_of_text(text, lang) and not is_chrome(el, chrome):
            found.append(text)
    return found
