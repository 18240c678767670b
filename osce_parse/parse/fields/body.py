"""The body: the release's paragraphs in order.

The body container is the element whose paragraphs hold the most text outside the page chrome; a
dateline, when there is one, marks where the body starts. Captions, "Photo details", sub-headings,
contacts blocks, related/share blocks and a trailing repeat of an earlier paragraph are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lxml.html import HtmlElement

from ...lang import FIELD_LABELS, SECTION_WORDS, label_key
from ...text import strip_label
from ..dates import find_dateline
from ..document import attr, is_chrome, text_of, within
from ..page import Found, Page

__all__ = ["STRATEGIES", "Body", "extract_body"]

# Classes of blocks inside the body container that are not body text.
_NOT_BODY = re.compile(r"caption|credit|copyright|photo-?details|image-?desc|contact", re.I)
_STOP_WORDS = frozenset({"contacts", "related", "share"})
_CONTACT_LINE = re.compile(
    r"^(?:for (?:further|more) information,? (?:please )?contact|media contacts?:|contact:)", re.I
)
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "strong", "b", "ul", "ol")


@dataclass(frozen=True, slots=True)
class Body:
    """The body paragraphs; ``dropped_repeats`` counts trailing repeats left out (for a warning);
    ``how`` names the container ("container:div.text-formatted", "container:div#content"), with
    "+from-dateline" when blocks before the dateline paragraph were dropped."""

    paragraphs: tuple[str, ...]
    dropped_repeats: int = 0
    how: str | None = None


def _not_body(el: HtmlElement, stop: HtmlElement, memo: dict[HtmlElement, bool]) -> bool:
    """True if ``el`` sits in a figure, caption, credit or contacts block below ``stop``."""
    return within(el, _is_not_body_block, memo, stop)


def _is_not_body_block(node: HtmlElement) -> bool:
    return node.tag in ("figure", "figcaption") or bool(_NOT_BODY.search(attr(node, "class")))


def _container(region: HtmlElement, chrome: dict[HtmlElement, bool]) -> HtmlElement | None:
    """The element whose paragraphs (directly or one level down) carry the most text."""
    scores: dict[HtmlElement, float] = {}
    not_body: dict[HtmlElement, bool] = {}
    for p in region.iter("p"):
        length = len(text_of(p))
        if length < 25 or is_chrome(p, chrome) or _not_body(p, region, not_body):
            continue
        parent = p.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + length
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + length * 0.6
    if not scores:
        return None
    return max(scores, key=scores.__getitem__)


_GENERIC_CLASSES = frozenset({"clearfix", "row", "container", "content", "inner", "wrapper"})


def _describe(el: HtmlElement) -> str:
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


def _is_subheading(p: HtmlElement, text: str) -> bool:
    """A paragraph that is only bold text, short and without closing punctuation."""
    if len(text) > 120 or text.endswith((".", "!", "?", '"', "”", ":", ";")):
        return False
    children = [c for c in p if isinstance(c.tag, str) and c.tag != "br"]
    if len(children) != 1 or children[0].tag not in ("strong", "b", "em"):
        return False
    return not (p.text or "").strip() and not (children[0].tail or "").strip()


def _is_label_line(text: str, language: str | None) -> bool:
    head = text.split(":", 1)[0] if ":" in text[:40] else None
    return head is not None and label_key(strip_label(head), FIELD_LABELS, language) is not None


def extract_body(region: HtmlElement, language: str | None = "en") -> Body:
    """The body paragraphs in ``region`` (the module docstring says what is left out)."""
    chrome: dict[HtmlElement, bool] = {}
    container = _container(region, chrome)
    if container is None:
        return Body(())
    not_body: dict[HtmlElement, bool] = {}
    paragraphs: list[str] = []
    for el in container.iter(*_BLOCK_TAGS):
        if el.tag != "p":
            # A heading such as "Contacts" or "Related content" ends the body.
            if len(el) == 0 and _section_word(text_of(el), language) in _STOP_WORDS:
                break
            continue
        text = text_of(el)
        if not text or is_chrome(el, chrome) or _not_body(el, container, not_body):
            continue
        word = _section_word(text, language)
        if word in _STOP_WORDS:
            break
        if word == "photo" or _CONTACT_LINE.match(text) or _is_subheading(el, text):
            continue
        if _is_label_line(text, language):
            continue
        paragraphs.append(text)
    how = "container:" + _describe(container)
    start = _dateline_index(paragraphs, language)
    if start:
        paragraphs = paragraphs[start:]
        how += "+from-dateline"
    dropped = 0
    counts = Counter(paragraphs)
    while len(paragraphs) > 1 and counts[paragraphs[-1]] > 1:  # repeats an earlier paragraph
        counts[paragraphs.pop()] -= 1
        dropped += 1
    return Body(tuple(paragraphs), dropped, how if paragraphs else None)


def _dateline_index(paragraphs: list[str], language: str | None) -> int:
    """Where the dateline paragraph is among the first four (0 if none): what precedes it
    (captions, stray metadata) is not body text."""
    for index, text in enumerate(paragraphs[:4]):
        if find_dateline(text, language):
            return index
    return 0


def paragraph_container(page: Page) -> Found[Body] | None:
    """The paragraphs of the container whose ``<p>`` hold the most text ("container:<element>")."""
    body = extract_body(page.region, page.language)
    return Found(body, body.how) if body.paragraphs and body.how else None


STRATEGIES = (paragraph_container,)
"""How the body is found, in order."""
