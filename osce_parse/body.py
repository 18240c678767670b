"""The body: the release's paragraphs in order, and the images shown with it.

The body container is the element whose paragraphs hold the most text outside the page chrome; a
dateline, when there is one, marks where the body starts. Captions, "Photo details", sub-headings,
contacts blocks, related/share blocks and a trailing repeat of an earlier paragraph are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from .dates import find_dateline
from .document import is_chrome, text_of
from .labels import FIELD_LABELS, SECTION_WORDS, label_key
from .models import Image
from .text import strip_label

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
    """The body paragraphs; ``dropped_repeats`` counts trailing repeats left out (for a warning)."""

    paragraphs: tuple[str, ...]
    dropped_repeats: int = 0


def _not_body(el: HtmlElement, stop: HtmlElement) -> bool:
    """True if ``el`` sits in a figure, caption, credit or contacts block below ``stop``."""
    node: HtmlElement | None = el
    while node is not None and node is not stop:
        if node.tag in ("figure", "figcaption") or _NOT_BODY.search(node.get("class") or ""):
            return True
        node = node.getparent()
    return False


def _candidates(region: HtmlElement) -> Iterator[HtmlElement]:
    for p in region.iter("p"):
        if not is_chrome(p) and not _not_body(p, region):
            yield p


def _container(region: HtmlElement) -> HtmlElement | None:
    """The element whose paragraphs (directly or one level down) carry the most text."""
    scores: dict[HtmlElement, float] = {}
    for p in _candidates(region):
        length = len(text_of(p))
        if length < 25:
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
    container = _container(region)
    if container is None:
        return Body(())
    paragraphs: list[str] = []
    for el in container.iter(*_BLOCK_TAGS):
        if el.tag != "p":
            # A heading such as "Contacts" or "Related content" ends the body.
            if len(el) == 0 and _section_word(text_of(el), language) in _STOP_WORDS:
                break
            continue
        text = text_of(el)
        if not text or is_chrome(el) or _not_body(el, container):
            continue
        word = _section_word(text, language)
        if word in _STOP_WORDS:
            break
        if word == "photo" or _CONTACT_LINE.match(text) or _is_subheading(el, text):
            continue
        if _is_label_line(text, language):
            continue
        paragraphs.append(text)
    paragraphs = _from_dateline(paragraphs, language)
    dropped = 0
    while len(paragraphs) > 1 and paragraphs[-1] in paragraphs[:-1]:
        paragraphs.pop()
        dropped += 1
    return Body(tuple(paragraphs), dropped)


def _from_dateline(paragraphs: list[str], language: str | None) -> list[str]:
    """Drop what precedes the dateline paragraph (captions, stray metadata) when one is found."""
    for index, text in enumerate(paragraphs[:4]):
        if find_dateline(text, language):
            return paragraphs[index:]
    return paragraphs


# --- images ----------------------------------------------------------------------------------

_SKIP_IMG = re.compile(r"logo|icon|sprite|flag|avatar|pixel|spacer", re.I)
_CREDIT_TAIL = re.compile(r"\s*\((?:Photo:\s*)?((?:OSCE|©|Photo)[^()]{0,80})\)\s*$")
_CREDIT_PREFIX = re.compile(r"^(?:Photo|Credit|©)\s*:?\s*", re.I)
_PHOTO_DETAILS = re.compile(r"\s*Photo details\s*$", re.I)


def _figure_of(img: HtmlElement) -> HtmlElement:
    node = img
    for _ in range(4):
        parent = node.getparent()
        if parent is None:
            break
        node = parent
        if node.tag == "figure" or _CAPTION.search(" ".join(c.get("class") or "" for c in node)):
            return node
    return img.getparent() if img.getparent() is not None else img


def extract_images(region: HtmlElement, base: str | None) -> tuple[Image, ...]:
    """Content images with caption and credit (logos, icons and chrome left out)."""
    from urllib.parse import urljoin

    found: dict[str, Image] = {}
    for img in region.iter("img"):
        src = (img.get("src") or img.get("data-src") or "").strip()
        if not src or src.startswith("data:") or _SKIP_IMG.search(src + (img.get("class") or "")):
            continue
        if is_chrome(img):
            continue
        url = urljoin(base, src) if base else src
        if url in found:
            continue
        figure = _figure_of(img)
        caption = credit = None
        for el in figure.iter():
            if el is img or not isinstance(el.tag, str):
                continue
            classes = el.get("class") or ""
            if _CREDIT.search(classes):
                credit = _CREDIT_PREFIX.sub("", text_of(el)) or None
            elif el.tag == "figcaption" or _CAPTION.search(classes):
                caption = text_of(el) or caption
        if caption:
            caption = _PHOTO_DETAILS.sub("", caption).strip()
            if credit:
                caption = caption.replace(credit, "").strip(" ()") or None
            else:
                m = _CREDIT_TAIL.search(caption)
                if m:
                    credit = _CREDIT_PREFIX.sub("", m[1]).strip()
                    caption = caption[: m.start()].strip() or None
        if caption is None:
            caption = (img.get("alt") or "").strip() or None
        found[url] = Image(url=url, caption=caption or None, credit=credit)
    return tuple(found.values())
