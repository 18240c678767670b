"""The body: the release's paragraphs in order, and the images shown with it.

The body container is the element whose paragraphs hold the most text outside the page chrome; a
dateline, when there is one, marks where the body starts. Captions, "Photo details", sub-headings,
contacts blocks, related/share blocks and a trailing repeat of an earlier paragraph are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from lxml.html import HtmlElement

from .dates import find_dateline
from .document import attr, is_chrome, text_of, within
from .labels import FIELD_LABELS, SECTION_WORDS, label_key
from .models import Image
from .text import strip_label
from .urls import absolute

__all__ = ["Body", "extract_body", "extract_images"]

# Classes of blocks inside the body container that are not body text.
_NOT_BODY = re.compile(r"caption|credit|copyright|photo-?details|image-?desc|contact", re.I)
_CAPTION = re.compile(r"caption|image-?desc", re.I)
_CREDIT = re.compile(r"credit|copyright|author|photographer", re.I)
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


# --- images ----------------------------------------------------------------------------------

_MAX_URL = 8192
_SKIP_IMG = re.compile(r"logo|icon|sprite|flag|avatar|pixel|spacer", re.I)
_CREDIT_TAIL = re.compile(r"\s*\((?:Photo:\s*)?((?:OSCE|©|Photo)[^()]{0,80})\)\s*$")
_CREDIT_PREFIX = re.compile(r"^(?:Photo|Credit|©)\s*:?\s*", re.I)


def _credit(text: str) -> str | None:
    """A photo credit as plain text: "(Photo: OSCE/Micky Kroell)" -> "OSCE/Micky Kroell"."""
    return _CREDIT_PREFIX.sub("", text.strip().strip("()").strip()).strip() or None


_PHOTO_DETAILS = re.compile(r"\s*Photo details\s*$", re.I)


def _figure_of(img: HtmlElement, captioned: dict[HtmlElement, bool]) -> HtmlElement:
    """The ``<figure>`` or the nearest ancestor (4 up at most) with a caption-classed child."""
    node = img
    for _ in range(4):
        parent = node.getparent()
        if parent is None:
            break
        node = parent
        if node.tag == "figure":
            return node
        if node not in captioned:
            captioned[node] = any(_CAPTION.search(attr(c, "class")) for c in node)
        if captioned[node]:
            return node
    return img.getparent() if img.getparent() is not None else img


_Marks = tuple[list[tuple[HtmlElement, str | None]], list[tuple[HtmlElement, str]]]


def _marks(figure: HtmlElement) -> _Marks:
    """The credits (text or None) and non-empty captions inside ``figure``, in page order."""
    credits: list[tuple[HtmlElement, str | None]] = []
    captions: list[tuple[HtmlElement, str]] = []
    for el in figure.iter():
        if not isinstance(el.tag, str):
            continue
        classes = attr(el, "class")
        if _CREDIT.search(classes):
            credits.append((el, _credit(text_of(el))))
        elif el.tag == "figcaption" or _CAPTION.search(classes):
            text = text_of(el)
            if text:
                captions.append((el, text))
    return credits, captions


_T = TypeVar("_T")


def _last(found: Sequence[tuple[object, _T]], skip: object) -> _T | None:
    """The value of the last entry of ``found`` that is not ``skip`` itself (None if none)."""
    for el, value in reversed(found):
        if el is not skip:
            return value
    return None


def extract_images(region: HtmlElement, base: str | None) -> tuple[Image, ...]:
    """Content images with caption and credit (logos, icons and chrome left out)."""
    found: dict[str, Image] = {}
    chrome: dict[HtmlElement, bool] = {}
    captioned: dict[HtmlElement, bool] = {}
    marks: dict[HtmlElement, _Marks] = {}  # per figure: shared by the images inside it
    for img in region.iter("img"):
        src = (img.get("src") or img.get("data-src") or "").strip()
        if not src or src.startswith("data:") or len(src) > _MAX_URL:  # inline data or garbage
            continue
        if _SKIP_IMG.search(src + attr(img, "class")):
            continue
        if is_chrome(img, chrome):
            continue
        url = absolute(src, base)
        if url is None or url in found:
            continue
        figure = _figure_of(img, captioned)
        if figure not in marks:
            marks[figure] = _marks(figure)
        credits, captions = marks[figure]
        credit = _last(credits, img)
        caption = _last(captions, img)
        if caption:
            caption = _PHOTO_DETAILS.sub("", caption).strip()
            if credit:  # the caption may repeat the credit at its end: "… (OSCE/Micky Kroell)"
                tail = re.search(rf"\s*\(?(?:Photo:\s*)?{re.escape(credit)}\)?$", caption)
                if tail:
                    caption = caption[: tail.start()].strip() or None
            else:
                m = _CREDIT_TAIL.search(caption)
                if m:
                    credit = _credit(m[1])
                    caption = caption[: m.start()].strip() or None
        if caption is None:
            caption = (img.get("alt") or "").strip() or None
        found[url] = Image(url=url, caption=caption or None, credit=credit)
    return tuple(found.values())
