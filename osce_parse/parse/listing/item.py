"""Reading one listing item: its date, type, sources, fields of work and teaser, from its text
and the hints of its markup."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from lxml.etree import _Element as Element

from ...lang import FIELD_LABELS, label_key
from ...models import ListingItem
from ...text import clean, strip_label
from ..dates import parse_date, parse_datetime, parse_day_month
from ..document import attr, is_element, is_hidden, text_of
from .links import BLOCK, HEADINGS, Candidate, is_content_type, is_other_type, link_text

__all__ = ["read_item"]

_SEPARATORS = re.compile(r"\s*[|·•]\s*")
_LABEL_LINE = re.compile(r"^([^:\n]{1,40}?)\s*[:：]\s*(.*)$", re.DOTALL)
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$|^\S+(?:\s+›\s+\S+)+$")
_TEASER_MIN = 40

# Class-name words that hint at a field ("card__type", "search-info-date", "chip--source"): the
# last word of a class name, the most specific name first, read as a hint only (a hinted date must
# still be a date). Words that name anything on their own ("field", "text") count only as the
# last word of a longer name ("chip--field", "c-teaser__text").
_CLASS_HINTS = {
    **dict.fromkeys("date time created published publishing submitted datetime".split(), "date"),
    **dict.fromkeys("type kicker eyebrow category bundle badge".split(), "content_type"),
    **dict.fromkeys("source sources structure structures owner".split(), "sources"),
    **dict.fromkeys(
        "field fields topic topics theme themes tag tags subject".split(), "fields_of_work"
    ),
    **dict.fromkeys(
        "summary snippet excerpt text body description lead intro teaser abstract standfirst "
        "dek".split(),
        "teaser",
    ),
}
_CLASS_PHRASES = (("where-we-are", "sources"), ("what-we-do", "fields_of_work"))
_AMBIGUOUS = frozenset("field text body type lead intro description".split())
# Class names made only of a CMS's generic words ("views-field", "field-content", "field-item")
# name no field.
_GENERIC = frozenset("views view field content item items label row wrapper inner".split())
_CLASS_WORD = re.compile(r"[-_]+")


@dataclass(slots=True)
class _Fields:
    """What one item's text says, field by field."""

    date: dt.date | None = None
    content_type: str | None = None
    sources: list[str] = field(default_factory=list)
    fields_of_work: list[str] = field(default_factory=list)
    teasers: list[str] = field(default_factory=list)
    labelled: bool = False
    day_month: tuple[int, int] | None = None  # a date shown without its year ("31 Aug")
    other: bool = False  # the item shows the type of a page that is not a release ("Document")

    @property
    def evidence(self) -> bool:
        """Whether the item shows what a listing item shows, beyond its title link."""
        return bool(
            self.date
            or self.day_month
            or self.content_type
            or self.labelled
            or self.sources
            or self.teasers
        )


def _hint(el: Element, language: str | None) -> str | None:
    """The field an element's own markup names: a ``title``/``aria-label`` that is a known label,
    else a class name whose last word is a field word."""
    for value in (el.get("title"), el.get("aria-label"), el.get("data-label"), _column(el)):
        if value and len(value) <= 40:
            key = label_key(strip_label(value), FIELD_LABELS, language)
            if key:
                return key
    classes = attr(el, "class").lower()
    for phrase, key in _CLASS_PHRASES:
        if phrase in classes:
            return key
    names = [_CLASS_WORD.split(name.strip("-_")) for name in classes.split()]
    for words in sorted(names, key=len, reverse=True):
        last = words[-1]
        if _GENERIC.issuperset(words):
            continue
        if last in _CLASS_HINTS and (len(words) > 1 or last not in _AMBIGUOUS):
            return _CLASS_HINTS[last]
    return None


def _column(cell: Element) -> str | None:
    """The header of a table cell's column (``<th>`` of the table's first row that has them)."""
    row = cell.getparent()
    if cell.tag != "td" or row is None or row.tag != "tr":
        return None
    table = next((a for a in row.iterancestors() if a.tag == "table"), None)
    header = (
        next((r for r in table.iter("tr") if r.find("th") is not None), None)
        if table is not None
        else None
    )
    if header is None or header is row:
        return None
    index = [c for c in row if is_element(c)].index(cell)
    heads = [c for c in header if is_element(c)]
    return text_of(heads[index]) if index < len(heads) else None


@dataclass(slots=True)
class _Part:
    """A run of an item's text between block boundaries, with the field its markup hints at."""

    text: str
    hint: str | None
    time: str | None = None
    labelled: bool = False  # the value of a label element: ``hint`` is its field for certain
    split: bool = True  # a list value to split at commas (not one chip of several)


def _parts(container: Element, skip: Element, language: str | None) -> list[_Part]:
    """The item's text in block-level runs; an element whose markup hints at a field, and a
    ``<time>``, make runs of their own. The title link (``skip``) is left out."""
    parts: list[_Part] = []
    buffer: list[str] = []
    hints: list[str | None] = [None]

    def flush() -> None:
        text = clean("".join(buffer))
        if text:
            parts.append(_Part(text, hints[-1]))
        buffer.clear()

    def walk(node: Element) -> None:
        children = list(node)
        label: str | None = None  # the field the label element before names
        value: list[Element] = []  # the siblings after that label, up to the next label
        lead = ""  # the text right after the label ("<strong>Dónde estamos</strong> OIDDH")
        for child in children:
            key = _label_element(child, language) if is_element(child) else None
            if key is not None or label is not None:
                if key is not None:
                    if label is not None:
                        parts.extend(_labelled(label, value, lead))
                    flush()
                    label, value, lead = key, [], clean(child.tail)
                else:
                    value.append(child)
                continue
            if child is skip:
                flush()  # the title ends a run: "Press release <a>Title</a> 12 March 2021"
            elif is_element(child) and _visible(child):
                hint = _hint(child, language)
                own = hint is not None or child.tag in BLOCK
                if own:
                    flush()
                    hints.append(hint or hints[-1])
                if child.tag == "time" and child.get("datetime"):
                    parts.append(_Part(text_of(child), "date", child.get("datetime")))
                elif hint in _LISTS and (values := _chips(child)):
                    parts.extend(_Part(value, hint) for value in values)
                else:
                    buffer.append(child.text or "")
                    walk(child)
                if own:
                    flush()
                    hints.pop()
            buffer.append(child.tail or "")
        if label is not None:
            parts.extend(_labelled(label, value, lead))

    buffer.append(container.text or "")
    walk(container)
    flush()
    return parts


_LISTS = ("sources", "fields_of_work")


def _chips(el: Element, blocks: bool = False) -> list[str]:
    """The values of a list field shown as separate elements ("chips", tags, links), when the
    element holds nothing else; else nothing. Chips holding blocks count only when ``blocks``
    (else they are a label and a list of items, read part by part)."""
    return _separate([c for c in el], el.text, blocks)


def _separate(nodes: list[Element], text: str | None, blocks: bool) -> list[str]:
    """The texts of ``nodes`` as separate values, when nothing but separators lies between them
    (at least two of them); else nothing."""
    children = [c for c in nodes if is_element(c) and _visible(c)]
    if len(children) < 2 or clean(text) or any(clean(c.tail).strip(",;|·") for c in nodes):
        return []
    if not blocks and any(d.tag in BLOCK for c in children for d in c.iter()):
        return []
    values = [text_of(c) for c in children]
    return values if all(values) else []


def _labelled(key: str, value: list[Element], lead: str = "") -> list[_Part]:
    """The parts a label element's value gives: the text right after it (``lead``) and the
    siblings after it, up to the next label (a ``<dd>``; links separated by commas; a wrapper of
    chips)."""
    shown = [c for c in value if is_element(c) and _visible(c)]
    if lead:
        text = clean(" ".join([lead] + [text_of(c) + " " + (c.tail or "") for c in shown]))
        return [_Part(text, key, labelled=True)]
    time = next((t for c in shown for t in c.iter("time") if t.get("datetime")), None)
    if key == "date" and time is not None:
        return [_Part(text_of(time), "date", time.get("datetime"))]
    if len(shown) == 1 and not any(clean(c.tail).strip(",;") for c in value):
        values = _values(shown[0])
    else:
        values = _separate(value, None, True) or [
            clean(" ".join(text_of(c) + " " + (c.tail or "") for c in shown))
        ]
    split = len(values) == 1
    return [_Part(v, key, labelled=True, split=split) for v in values if v]


def _label_element(el: Element, language: str | None) -> str | None:
    """The field an element names when it is only a label whose value is the next element
    (``<dt>Source</dt><dd>…</dd>``, ``<span class="views-label">Where we are:</span><span>…``)."""
    if len(el) > 1 or len(clean(el.tail)) > _MAX_TAIL or el.tag == "a" or not _visible(el):
        return None
    text = text_of(el)
    return _label_only(text, language) if text else None


_MAX_TAIL = 160  # a label's value written right after it is this short at most


def _values(el: Element) -> list[str]:
    """The values a label's value element shows: its chips, else its text (through wrappers
    such as ``<dd><ul><li>…``)."""
    while len(el) == 1 and not clean(el.text) and not clean(el[0].tail) and is_element(el[0]):
        el = el[0]
    chips = _chips(el, blocks=True)
    return chips if chips else [text] if (text := text_of(el)) else []


def _visible(el: Element) -> bool:
    if el.tag in ("script", "style", "template", "noscript", "img", "svg", "button"):
        return False
    return not is_hidden(el)


def _split(value: str) -> list[str]:
    return [v for v in (clean(x).strip(" ,;") for x in _LIST_SPLIT.split(value)) if v]


_LIST_SPLIT = re.compile(r"[,;]")


def _date_of(text: str, language: str | None) -> dt.date | None:
    """The date ``text`` is, if it is only a date (a short run that parses)."""
    return parse_date(text, language) if len(text) <= 40 else None


def _label(text: str, language: str | None) -> tuple[str, str] | None:
    """(field, value) of a "Label: value" run whose label the site uses, else None."""
    m = _LABEL_LINE.match(text)
    if m is None:
        return None
    key = label_key(strip_label(m[1]), FIELD_LABELS, language)
    return (key, m[2].strip()) if key else None


def _labels(text: str, language: str | None) -> list[tuple[str, str]]:
    """The (field, value) pairs of a run of "Label: value" pairs written on one line ("Date: 30
    November 2007 Type: Press release Where we are: Chairmanship"), else []."""
    first = _label(text, language)
    if first is None:
        return []
    if not first[1]:
        return []
    found: list[tuple[str, str]] = []
    key, rest = first
    while (cut := _next_label(rest, language)) is not None:
        start, colon, next_key = cut
        if rest[:start].strip():
            found.append((key, rest[:start].strip()))
        key, rest = next_key, rest[colon + 1 :]
    if rest.strip():
        found.append((key, rest.strip()))
    return found


_COLON = re.compile(r"[:：]")
_WORD_START = re.compile(r"(?<!\S)\S")


def _next_label(text: str, language: str | None) -> tuple[int, int, str] | None:
    """Where the next "Label:" starts in ``text``, its colon and its field: the longest run of
    up to four words before a colon that is a label the site uses."""
    for colon in (m.start() for m in _COLON.finditer(text)):
        starts = [m.start() for m in _WORD_START.finditer(text, 0, colon)][-4:]
        for start in starts:
            key = label_key(strip_label(text[start:colon]), FIELD_LABELS, language)
            if key:
                return start, colon, key
    return None


def _label_only(text: str, language: str | None) -> str | None:
    """The field a run names when it is only a label ("Source", "Ort:")."""
    return label_key(strip_label(text), FIELD_LABELS, language) if len(text) <= 40 else None


def _read(fields: _Fields, key: str, value: str, language: str | None, split: bool = True) -> None:
    """Put ``value`` into the field ``key`` (a date must parse; a list value is split at commas
    unless it is one chip)."""
    if key == "date":
        fields.date = fields.date or _date_of(value, language) or parse_date(value, language)
    elif key == "content_type":
        fields.other = fields.other or is_other_type(value, language)
        fields.content_type = fields.content_type or value
    elif key in ("sources", "fields_of_work"):
        target = fields.sources if key == "sources" else fields.fields_of_work
        target.extend(v for v in (_split(value) if split else [value]) if v not in target)
    elif key == "teaser":
        fields.teasers.append(value)


def _heading_inside(link: Element) -> Element | None:
    """The heading inside a link that wraps a whole card ("<a><span>Press release</span><h2>
    Title</h2></a>"): the title, the rest of the link's text being the card's fields. A heading
    shorter than the rest is a kicker over the title, not the title."""
    whole = len(link_text(link))
    for el in link.iter(*HEADINGS):
        heading = len(text_of(el)) if el is not link else 0
        if whole > heading >= whole / 2:  # the title, not a kicker ("<h4>Press release</h4>")
            return el
    return None


def _item_fields(
    candidate: Candidate, title: str, language: str | None, heading: Element | None = None
) -> _Fields:
    """Everything the item's text and markup say besides its title (the title link, or the
    ``heading`` inside it)."""
    fields = _Fields()
    pending: str | None = None
    skip = heading if heading is not None else candidate.link
    for part in _parts(candidate.container, skip, language):
        if part.time is not None:
            fields.date = fields.date or parse_datetime(part.time) or _date_of(part.text, language)
            continue
        if part.labelled and part.hint is not None:
            _read(fields, part.hint, part.text, language, split=part.split)
            fields.labelled = True
            continue
        if pending is not None:
            _read(fields, pending, part.text, language)
            fields.labelled, pending = True, None
            continue
        key = _label_only(part.text, language)
        if key is not None:
            pending = key
            continue
        for piece in _pieces(part.text):
            _read_piece(fields, piece, part.hint, title, language)
    return fields


def _pieces(text: str) -> list[str]:
    """A run split at the separators a meta line uses ("Press release | 9 Oct 2020")."""
    if len(text) > 120:
        return [text]
    return [p for p in (clean(x) for x in _SEPARATORS.split(text)) if p]


def _read_piece(
    fields: _Fields, piece: str, hint: str | None, title: str, lang: str | None
) -> None:
    labelled = _labels(piece, lang)
    if labelled:
        for key, value in labelled:
            _read(fields, key, value, lang)
        fields.labelled = True
        return
    if piece == title or _URL_LINE.match(piece):
        return
    if hint in ("sources", "fields_of_work"):
        _read(fields, hint, piece, lang)
    elif is_other_type(piece, lang):
        fields.other = True
    elif hint == "content_type" or (hint != "teaser" and is_content_type(piece, lang)):
        if len(piece) <= 40 and not _date_of(piece, lang):
            fields.content_type = fields.content_type or piece
    elif (date := _date_of(piece, lang)) is not None and hint in (None, "date"):
        fields.date = fields.date or date
    elif len(piece) <= 20 and hint in (None, "date") and (dm := parse_day_month(piece, lang)):
        fields.day_month = fields.day_month or dm
    elif len(piece) >= _TEASER_MIN or hint == "teaser":
        fields.teasers.append(piece)


def read_item(candidate: Candidate, language: str | None) -> tuple[ListingItem, bool] | None:
    """The listing item of one candidate, and whether it shows listing evidence."""
    heading = _heading_inside(candidate.link)
    title = text_of(heading) if heading is not None else link_text(candidate.link)
    if not title:
        return None
    fields = _item_fields(candidate, title, language, heading)
    if fields.other:
        return None
    teaser = max(fields.teasers, key=len) if fields.teasers else None
    hinted = [t for t in fields.teasers if len(t) >= _TEASER_MIN]
    item = ListingItem(
        url=candidate.url,
        title=title,
        date=fields.date or _dated(fields.day_month, candidate.container),
        content_type=fields.content_type,
        sources=tuple(fields.sources),
        fields_of_work=tuple(fields.fields_of_work),
        teaser=(hinted[0] if hinted else teaser) or None,
    )
    return item, fields.evidence


_YEAR = re.compile(r"(?:19|20)\d\d")


def _dated(day_month: tuple[int, int] | None, container: Element) -> dt.date | None:
    """A date shown without its year, dated by the year heading the list is filed under (a
    timeline's "2017" above "31 Aug"): the nearest heading before the item's list that is only a
    year."""
    if day_month is None:
        return None
    for node in itertools.islice(container.iterancestors(), 4):
        for sibling in node.itersiblings(preceding=True):
            if is_element(sibling) and sibling.tag in HEADINGS:
                year = text_of(sibling)
                if _YEAR.fullmatch(year):
                    try:
                        return dt.date(int(year), day_month[1], day_month[0])
                    except ValueError:
                        return None
                break
    return None
