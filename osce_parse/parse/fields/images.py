"""The images shown with a release: content images with their captions and credits (logos,
icons and chrome left out)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from lxml.etree import _Element as Element

from ...models import Image
from ...urls import absolute
from ..document import attr, is_chrome, is_element, text_of, within

__all__ = ["extract_images"]

_CAPTION = re.compile(r"caption|image-?desc", re.I)
_CREDIT = re.compile(r"credit|copyright|author|photographer", re.I)


_MAX_URL = 8192
_SKIP_IMG = re.compile(r"logo|icon|sprite|flag|avatar|pixel|spacer", re.I)
_CREDIT_TAIL = re.compile(r"\s*\((?:Photo:\s*)?((?:OSCE|©|Photo)[^()]{0,80})\)\s*$")
_CREDIT_PREFIX = re.compile(r"^(?:Photo|Credit|©)\s*:?\s*", re.I)


# A link to a social network, a share or print action, or mail: the image in it is its button.
_SHARE_LINK = re.compile(
    r"^(?:mailto:|javascript:)|(?:twitter|facebook|x|linkedin|vk|t|telegram|whatsapp|instagram|"
    r"youtube|flickr|reddit|pinterest|addtoany)\.(?:com|me|ru|org)/|share|sharer|/print/",
    re.I,
)


def _shares(img: Element) -> bool:
    """Whether ``img`` is the button of a share, print or social link (two levels up at most)."""
    node = img.getparent()
    for _ in range(2):
        if node is None:
            return False
        if node.tag == "a":
            return bool(_SHARE_LINK.search(attr(node, "href")))
        node = node.getparent()
    return False


def _credit(text: str) -> str | None:
    """A photo credit as plain text: "(Photo: OSCE/Micky Kroell)" -> "OSCE/Micky Kroell"."""
    return _CREDIT_PREFIX.sub("", text.strip().strip("()").strip()).strip() or None


_PHOTO_DETAILS = re.compile(r"\s*Photo details\s*$", re.I)


def _figure_of(img: Element, captioned: dict[Element, bool]) -> Element:
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
    parent = img.getparent()
    return parent if parent is not None else img


_Marks = tuple[list[tuple[Element, str | None]], list[tuple[Element, str]]]


def _marks(figure: Element) -> _Marks:
    """The credits (text or None) and non-empty captions inside ``figure``, in page order."""
    credits: list[tuple[Element, str | None]] = []
    captions: list[tuple[Element, str]] = []
    for el in figure.iter():
        if not is_element(el):
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


_LAZY = ("src", "data-src", "data-original", "data-lazy-src")


def _source(img: Element) -> str:
    """The image's address: ``src``, else the address a lazy loader swaps in for a placeholder
    (``data-src`` beside ``src="data:image/gif;…"``); "" for inline data only."""
    for name in _LAZY:
        value = (img.get(name) or "").strip()
        if value and not value.startswith("data:"):
            return value
    return ""


def extract_images(
    region: Element, base: str | None, skip: frozenset[Element] = frozenset()
) -> tuple[Image, ...]:
    """Content images with caption and credit (logos, icons, chrome and the ``skip`` subtrees,
    teaser cards of other releases, left out)."""
    found: dict[str, Image] = {}
    chrome: dict[Element, bool] = {}
    skipped: dict[Element, bool] = {}
    captioned: dict[Element, bool] = {}
    marks: dict[Element, _Marks] = {}  # per figure: shared by the images inside it
    for img in region.iter("img"):
        src = _source(img)
        if not src or len(src) > _MAX_URL:  # inline data only, or garbage
            continue
        if _SKIP_IMG.search(src + attr(img, "class") + attr(img, "alt")) or _shares(img):
            continue
        if is_chrome(img, chrome) or (skip and within(img, skip.__contains__, skipped)):
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
