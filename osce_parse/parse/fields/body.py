"""The body: the release's paragraphs in order, however they are written.

A paragraph is what a reader sees as one: a ``<p>``, a list item, a paragraph of a blockquote, or a
run of text inside a ``<div>`` (or a cell, a section) that ``<br><br>`` or a block element ends.
The body container is chosen by evidence: the element whose paragraphs carry the most text, text
in links counting little, text before the title half, and the paragraph that opens with a dateline
three times, so that a cookie banner or a list of links never wins over the release. Text split
over several blocks of one article (one ``text-formatted`` block per Drupal paragraph) is one body:
their common parent gathers their weight.

Left out: page chrome, teaser cards of other releases, figures, captions, credits and "Photo
details", labelled metadata lines, sub-headings, a contact line and anything after a "Contacts",
"Related" or "Share" heading, blocks before the dateline paragraph, and a trailing repeat of an
earlier paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml.etree import _Element as Element

from ...lang import SECTION_WORDS, fold, label_key, section_phrases
from ...text import clean, strip_label
from ..dates import find_dateline
from ..document import attr, class_says, is_chrome, is_element, is_hidden, text_of, within
from ..page import Found, Page
from .labelled import starts_with_label

__all__ = ["STRATEGIES", "Body", "extract_body"]

# Classes of blocks that are not body text.
_NOT_BODY = re.compile(r"caption|credit|copyright|photo-?details|image-?desc|contact", re.I)
# A highlight or pull quote is body text unless it repeats a paragraph of the body.
_HIGHLIGHT = re.compile(r"highlight|pull-?quote", re.I)
_STOP_WORDS = frozenset({"contacts", "related", "share"})
_BLOCKS = frozenset(
    "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 section article aside header footer table tbody "
    "thead tfoot tr td th blockquote figure figcaption form address main nav pre details "
    "summary hr".split()
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BOLD = frozenset({"strong", "b", "em"})
_LISTS = frozenset({"ul", "ol", "dl"})
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "button", "select", "img"})
_MIN_TEXT = 25  # a paragraph shorter than this does not vote for its container
_GENERIC_CLASSES = frozenset({"clearfix", "row", "container", "content", "inner", "wrapper"})


@dataclass(frozen=True, slots=True)
class Body:
    """The body paragraphs; ``dropped_repeats`` counts trailing repeats left out (for a warning);
    ``how`` names the container ("container:div.text-formatted", "container:div#content"), with
    "+from-dateline" when blocks before the dateline paragraph were dropped."""

    paragraphs: tuple[str, ...]
    dropped_repeats: int = 0
    how: str | None = None
    container: Element | None = None
    quoted: tuple[tuple[int, int], ...] = ()  # (paragraph, blockquote number) of quoted text


@dataclass(slots=True)
class _Para:
    """One paragraph as a reader sees it: its text, the block it is written in, how much of it is
    link text, and whether it comes before the title."""

    text: str
    block: Element
    links: int = 0
    before_title: bool = False
    bold_only: bool = False
    blockquote: int = -1  # the number of the <blockquote> it stands in, -1 outside any


@dataclass(slots=True)
class _Walk:
    """The state of one walk over the content: the paragraphs so far and the one being read."""

    skip: Callable[[Element], bool]
    title: Element | None
    paras: list[_Para] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    block: Element | None = None
    links: int = 0
    in_link: int = 0
    breaks: int = 0
    seen_title: bool = False
    plain: bool = False  # text outside bold elements (a bold-only paragraph has none)
    blockquote: int = -1
    blockquotes: int = 0

    def flush(self) -> None:
        text = clean("".join(self.parts))
        if text and self.block is not None:
            before = self.title is not None and not self.seen_title
            self.paras.append(
                _Para(text, self.block, self.links, before, not self.plain, self.blockquote)
            )
        self.parts.clear()
        self.links = 0
        self.breaks = 0
        self.plain = False

    def add(self, text: str | None, inline: bool = False) -> None:
        if not text:
            return
        self.parts.append(text)
        if text.strip():
            self.breaks = 0
            if self.in_link:
                self.links += len(text.strip())
            if not inline:
                self.plain = True


def _visit(walk: _Walk, el: Element, inline: bool) -> None:
    for child in el:
        if not is_element(child):
            walk.add(child.tail, inline)
            continue
        tag = child.tag
        if child is walk.title:
            walk.flush()
            walk.seen_title = True
        elif tag == "br":
            walk.breaks += 1
            if walk.breaks >= 2 and walk.block is not None and walk.block.tag != "p":
                walk.flush()  # <br><br>: a paragraph break in a block of text
            else:
                walk.parts.append("\n")
        elif tag in _SKIP or walk.skip(child):
            pass
        elif tag in _BLOCKS:
            outer, quote = walk.block, walk.blockquote
            walk.flush()
            walk.block = child
            if tag == "blockquote":
                walk.blockquote, walk.blockquotes = walk.blockquotes, walk.blockquotes + 1
            walk.add(child.text)
            _visit(walk, child, False)
            walk.flush()
            walk.block, walk.blockquote = outer, quote
        else:
            bold = inline or tag in _BOLD
            walk.in_link += tag == "a"
            walk.add(child.text, bold)
            _visit(walk, child, bold)
            walk.in_link -= tag == "a"
        walk.add(child.tail, inline)


def _paragraphs(
    region: Element, title: Element | None, skip: Callable[[Element], bool]
) -> list[_Para]:
    """Every paragraph of ``region`` in document order, the ``skip`` subtrees left out."""
    walk = _Walk(skip, title, block=region)
    walk.add(region.text)
    _visit(walk, region, False)
    walk.flush()
    return walk.paras


def _holder(block: Element) -> Element:
    """The element a paragraph votes for: the parent of a ``<p>``, a list item (above its list)
    or any block without blocks inside (a ``<div>`` used as a paragraph); the block itself for
    text written straight into a ``<div>`` that holds other blocks too."""
    if block.tag in ("p", "li", "dd", "dt", "h2", "h3", "h4", "h5", "h6") or _leaf(block):
        parent = block.getparent()
        while parent is not None and parent.tag in _LISTS:
            parent = parent.getparent()
        return parent if parent is not None else block
    return block


def _leaf(block: Element) -> bool:
    return not any(is_element(c) and c.tag in _BLOCKS for c in block.iterdescendants())


def _weight(para: _Para, language: str | None, look_for_dateline: bool) -> float:
    if len(para.text) < _MIN_TEXT or para.block.tag in _HEADINGS:
        return 0.0
    weight = float(len(para.text) - para.links) + 0.1 * para.links
    if para.before_title:
        weight *= 0.5
    if look_for_dateline and find_dateline(para.text, language) is not None:
        weight *= 3
    return weight


_DATELINE_CANDIDATES = 40  # paragraphs searched for a dateline: it opens a release, not its end


def _container(paras: list[_Para], language: str | None) -> Element | None:
    """The element whose paragraphs (directly, or one level down) weigh most."""
    scores: dict[Element, float] = {}
    for index, para in enumerate(paras):
        weight = _weight(para, language, index < _DATELINE_CANDIDATES)
        if not weight:
            continue
        holder = _holder(para.block)
        scores[holder] = scores.get(holder, 0.0) + weight
        parent = holder.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + weight * 0.6
    if not scores:
        return None
    return max(scores, key=scores.__getitem__)


def _blocks(container: Element) -> tuple[Element, ...]:
    """The container and its look-alike siblings (same tag, a class in common), each alone in
    its wrapper or not: one body split over several text blocks of an article ("text-formatted"
    blocks with figures between, some inside a Drupal paragraph entity's wrapper)."""
    classes = set(attr(container, "class").split()) - _GENERIC_CLASSES
    unit, unit_depth = _wrapper(container)
    parent = unit.getparent()
    if parent is None or not classes:
        return (container,)

    def alike(el: Element) -> bool:
        return el.tag == container.tag and bool(classes & set(attr(el, "class").split()))

    found: list[Element] = []
    for sibling in parent:
        node: Element | None = sibling
        for depth in range(_WRAPPERS + 1):
            if node is None or not is_element(node):
                break
            if node is unit:
                found.append(container)
            elif alike(node) and (depth == unit_depth == 0 or len(text_of(node)) >= _MIN_TEXT):
                found.append(node)  # through wrappers: a block with text only (not a print link)
            else:
                node = _only_child(node)
                continue
            break
    return tuple(found)


_WRAPPERS = 3  # levels of wrappers (an element holding one element only) looked through


def _only_child(el: Element) -> Element | None:
    children = [c for c in el if is_element(c)]
    return children[0] if len(children) == 1 and not (el.text or "").strip() else None


def _wrapper(block: Element) -> tuple[Element, int]:
    """The outermost element around ``block`` that holds nothing else (up to three levels), and
    how many levels up it is."""
    unit, depth = block, 0
    for _ in range(_WRAPPERS):
        parent = unit.getparent()
        if (
            parent is None
            or parent.tag in ("main", "article", "body")
            or _only_child(parent) is None
        ):
            break
        unit, depth = parent, depth + 1
    return unit, depth


def _inside(el: Element, holders: tuple[Element, ...]) -> bool:
    node: Element | None = el
    while node is not None:
        if node in holders:
            return True
        node = node.getparent()
    return False


def _describe(el: Element) -> str:
    """``tag#id``, else ``tag.class`` with the first class that says more than "clearfix"."""
    ident = (el.get("id") or "").strip()
    if ident:
        return f"{el.tag}#{ident}"
    classes = attr(el, "class").split()
    named = next((c for c in classes if c.lower() not in _GENERIC_CLASSES), None)
    name = named or (classes[0] if classes else None)
    return f"{el.tag}.{name}" if name else str(el.tag)


def _section_word(text: str, language: str | None) -> str | None:
    if len(text) > 40:
        return None
    return label_key(strip_label(text), SECTION_WORDS, language)


_CONTACT_DETAIL = re.compile(r"@|:\s*$|:\s*\n|\+?\d[\d ./-]{6,}\d")


def _is_contact_line(text: str, language: str | None) -> bool:
    """A press contact: a line that opens with "For further information" (in the page's language)
    and gives an address, a phone number or a colon before the contact's name."""
    head = fold(text[:80])
    if not any(head.startswith(phrase) for phrase in section_phrases("contact line", language)):
        return False
    return bool(_CONTACT_DETAIL.search(text[:400]))


def _keep(para: _Para, language: str | None) -> bool | None:
    """Whether a paragraph of the container is body text; None when it ends the body."""
    text = para.text
    word = _section_word(text, language)
    if word in _STOP_WORDS and (para.block.tag in _HEADINGS or para.bold_only or len(text) < 40):
        return None
    if para.block.tag in _HEADINGS or (para.bold_only and _subheading(text)):
        return False
    if word == "photo" or _is_contact_line(text, language):
        return False
    return not starts_with_label(text, language)


def _subheading(text: str) -> bool:
    """A bold-only line reads as a sub-heading: short, without closing punctuation."""
    return len(text) <= 120 and not text.endswith((".", "!", "?", '"', "”", ":", ";", "»", "“"))


def _not_body_block(node: Element) -> bool:
    if node.tag == "table":
        return _data_table(node)
    return node.tag in ("figure", "figcaption") or bool(_NOT_BODY.search(attr(node, "class")))


_DATA_CELL = 60  # characters: cells of figures are this short on average; a layout table's
# cells hold whole paragraphs


def _data_table(table: Element) -> bool:
    """A table of figures (with a caption or header cells, and short cells) is not body text;
    a layout table that holds the release's paragraphs is."""
    if table.find(".//caption") is None and table.find(".//th") is None:
        return False
    cells = [text_of(cell) for cell in table.iter("td", "th")]
    return bool(cells) and sum(len(c) for c in cells) / len(cells) < _DATA_CELL


def extract_body(
    region: Element,
    language: str | None = "en",
    title: Element | None = None,
    exclude: frozenset[Element] = frozenset(),
) -> Body:
    """The body paragraphs in ``region`` (the module docstring says what is left out); ``title``
    is the title's element, ``exclude`` blocks known to hold something else (metadata fields,
    teaser cards)."""
    chrome: dict[Element, bool] = {}
    holds_title = set(title.iterancestors()) if title is not None else set()

    def skip(el: Element) -> bool:
        return (
            el in exclude
            or _not_body_block(el)
            or is_hidden(el)
            or (is_chrome(el, chrome) and el not in holds_title)
        )

    paras = _paragraphs(region, title, skip)
    container = _container(paras, language)
    if container is None:
        return Body(())
    blocks = _blocks(container)
    kept: list[str] = []
    quoted: list[int] = []
    highlights: list[int] = []  # kept paragraphs standing in a highlight or pull quote
    highlighted: dict[Element, bool] = {}
    for para in paras:
        if not _inside(para.block, blocks):
            continue
        verdict = _keep(para, language)
        if verdict is None:
            break
        if verdict:
            if within(para.block, _is_highlight, highlighted, container):
                highlights.append(len(kept))
            kept.append(para.text)
            quoted.append(para.blockquote)
    for index in reversed(highlights):
        if _repeats(kept, index):
            del kept[index], quoted[index]
    how = "container:" + _describe(container)
    start = _dateline_index(kept, language)
    if start:
        kept, quoted = kept[start:], quoted[start:]
        how += "+from-dateline"
    dropped = 0
    counts = Counter(kept)
    while len(kept) > 1 and counts[kept[-1]] > 1:  # repeats an earlier paragraph
        counts[kept.pop()] -= 1
        dropped += 1
    marks = tuple((i, q) for i, q in enumerate(quoted[: len(kept)]) if q >= 0)
    return Body(tuple(kept), dropped, how if kept else None, container, marks)


def _is_highlight(node: Element) -> bool:
    return class_says(_HIGHLIGHT, node.get("class"))


def _repeats(paragraphs: list[str], index: int) -> bool:
    """Whether paragraph ``index`` repeats another paragraph's words: a highlight that quotes
    the body, its pieces cut at an ellipsis each found in one other paragraph, punctuation and
    quote marks aside ("Independent courts … we will keep supporting them.")."""
    pieces = [p for p in (_words(part) for part in _ELLIPSIS.split(paragraphs[index])) if p]
    if sum(len(p.split()) for p in pieces) < 4:
        return False
    return any(
        all(piece in words for piece in pieces)
        for i, words in enumerate(_words(other) for other in paragraphs)
        if i != index
    )


_ELLIPSIS = re.compile(r"…|\.\.\.|\[…\]|\(…\)")
_WORD_RUN = re.compile(r"\w+(?:['’-]\w+)*")


def _words(text: str) -> str:
    """The words of ``text``, lower-case, one space apart (with spaces at both ends, so that a
    piece matches whole words only)."""
    return " " + " ".join(_WORD_RUN.findall(text.casefold())) + " " if text.strip() else ""


def _dateline_index(paragraphs: list[str], language: str | None) -> int:
    """Where the dateline paragraph is among the first four (0 if none): what precedes it
    (captions, stray metadata, a standfirst) is not body text."""
    for index, text in enumerate(paragraphs[:4]):
        if find_dateline(text, language):
            return index
    return 0


def paragraph_container(page: Page) -> Found[Body] | None:
    """The paragraphs of the container that weighs most ("container:<element>")."""
    exclude = frozenset(block for found in page.fields.values() for block in found.blocks)
    exclude |= page.decoys
    body = extract_body(page.region, page.language, page.title_el, exclude)
    return Found(body, body.how) if body.paragraphs and body.how else None


STRATEGIES = (paragraph_container,)
"""How the body is found, in order."""
