"""The next page of a listing: a ``rel="next"`` link, else the same listing's next page number."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from lxml.etree import _Element as Element

from .links import href as _href

__all__ = ["next_page"]


def _page_number(url: str) -> tuple[str, int]:
    """The path of a listing address and its page number (0 without one, -1 if unreadable)."""
    try:
        parts = urlsplit(url)
    except ValueError:  # an unbalanced "[" in the host
        return "", -1
    page = dict(parse_qsl(parts.query, keep_blank_values=True)).get("page", "0")
    return parts.path.rstrip("/"), int(page) if page.isdigit() and len(page) < 7 else -1


def next_page(root: Element, base: str | None, url: str | None) -> str | None:
    """The next page of this listing, never another listing: a ``rel="next"`` link, else the link
    to the same path with the next page number (``?page=N+1``). Links in the footer or a sidebar
    are not pagers. Without the page's own address, any ``rel="next"`` link."""
    marked: list[Element] = []  # rel="next"
    paged: list[Element] = []  # links to some page of some listing
    for el in root.iter("a", "link"):
        raw = el.get("href") or ""
        if "next" in (el.get("rel") or "").lower().split():
            marked.append(el)
        elif el.tag == "a" and "page=" in raw:
            paged.append(el)
    path, number = _page_number(url) if url else ("", -1)
    for el in marked:
        href = _href(el, base)
        if href and (el.tag == "link" or _may_be_pager(el)) and (not url or _path(href) == path):
            return href
    for el in paged if url else ():
        href = _href(el, base)
        if href and _page_number(href) == (path, number + 1) and _may_be_pager(el):
            return href
    return None


def _path(url: str) -> str:
    return _page_number(url)[0]


def _may_be_pager(el: Element) -> bool:
    """Whether a link may be a pager link: anywhere but the site's footer and sidebars."""
    return not any(
        node.tag in ("footer", "aside") or node.get("role") in ("contentinfo", "complementary")
        for node in (el, *el.iterancestors())
    )
