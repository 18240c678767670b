"""The HTML and XML the fake site generates: listing pages in two markups, sitemaps."""

from __future__ import annotations

import datetime as dt
import html
import zlib
from urllib.parse import quote

from ..models import Release

__all__ = [
    "CARDS_PAGE",
    "LISTING_PAGE",
    "SITEMAP_INDEX",
    "card_item",
    "filter_link",
    "listing_item",
    "term_id",
    "urlset",
]

LISTING_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News and press releases | OSCE</title></head>
<body class="html not-front one-sidebar sidebar-first page-press-releases">
<header id="header" role="banner">{menu}</header>
<div id="page"><div class="panel-col-last panel-panel"><div class="inside">
<h1 class="page-title">News and press releases</h1>
<div class="panel-pane pane-apachesolr-result"><div class="pane-content">
<ol class="search-results apachesolr_search-results">
{items}
</ol>
<h2 class="element-invisible">Pages</h2><div class="item-list"><ul class="pager">{pager}</ul></div>
</div></div>
</div></div></div>
<footer class="site-footer"><a href="/node/1">Terms of use</a></footer>
</body></html>
"""

CARDS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Press releases | OSCE</title></head>
<body class="path-press-releases">
<header class="site-header"><nav class="site-nav"><ul><li><a href="/our-work">Our work</a></li>
<li><a href="/pc/12">Featured</a></li></ul></nav></header>
<main id="main" class="l-main">
<h1 class="page-title">Press releases</h1>
<div class="c-card-grid">
{items}
</div>
<nav class="c-pagination" aria-label="Pagination">
{pager}
</nav>
</main>
<footer class="site-footer"><ul><li><a href="/secretariat/13">Annual Report</a></li></ul></footer>
</body></html>
"""

SITEMAP_INDEX = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>\n'
)


def urlset(base: str, urls: list[tuple[str, dt.date | None]]) -> str:
    """A sitemap URL set of ``(path, lastmod)`` under ``base``."""
    body = "".join(
        f"<url><loc>{html.escape(base + loc)}</loc>"
        + (f"<lastmod>{date.isoformat()}T12:00Z</lastmod>" if date else "")
        + "</url>"
        for loc, date in urls
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>\n'
    )


def term_id(label: str) -> int:
    """The fake site's taxonomy id of a label (stable: the same label, the same id)."""
    return 1000 + zlib.crc32(label.encode()) % 9000


def filter_link(vocabulary: int, label: str) -> str:
    """A listing filter link as osce.org writes them (``im_taxonomy_vid_N:(ID)``)."""
    target = quote(f" im_taxonomy_vid_{vocabulary}:({term_id(label)})")
    return f'<a href="/press-releases?filters={target}">{html.escape(label)}</a>'


def listing_item(path: str, title: str, date: dt.date | None, release: Release | None) -> str:
    """One item of a Newsroom listing page (``release`` gives its labels and snippet)."""
    esc = html.escape
    info = []
    if date is not None:
        info.append(
            '<div class="publishing-date"><span class="label">Publishing date:</span> '
            f"{date.day} {date:%B %Y}</div>"
        )
    if release is not None and release.content_type:
        info.append(
            '<div class="content-type"><span class="label">Content type:</span> '
            f"{esc(release.content_type)}</div>"
        )
    for css, label, vocabulary, values in (
        ("where-we-are", "Where we are:", 1, release.sources if release else ()),
        ("what-we-do", "What we do:", 3, release.fields_of_work if release else ()),
    ):
        if values:
            links = ", ".join(filter_link(vocabulary, v) for v in values)
            info.append(f'<div class="{css}"><span class="label">{label}</span> {links}</div>')
    snippet = ""
    if release is not None and release.paragraphs:
        text = esc(release.paragraphs[0][:200])
        snippet = f'<div class="search-snippet-info"><p class="search-snippet">{text}...</p></div>'
    return (
        '<li class="search-result search-result-news">\n'
        f'<h3 class="search-title"><a href="{esc(path)}">{esc(title)}</a></h3>\n'
        f'<div class="search-info">{"".join(info)}</div>\n{snippet}</li>'
    )


def card_item(path: str, title: str, date: dt.date | None, release: Release | None) -> str:
    """One card of the "unknown" listing markup of later pages."""
    esc = html.escape
    when = f'<time datetime="{date.isoformat()}">{date.day} {date:%B %Y}</time>' if date else ""
    summary = esc(release.paragraphs[0][:160]) if release and release.paragraphs else ""
    return (
        f'<article class="c-card"><a class="c-card__media" href="{esc(path)}" aria-hidden="true">'
        f'<img src="/img.jpg" alt=""></a><div class="c-card__body"><h3 class="c-card__title">'
        f'<a href="{esc(path)}">{esc(title)}</a></h3>{when}<p class="c-card__summary">{summary}</p>'
        f'<a class="c-card__more" href="{esc(path)}">Read more</a></div></article>'
    )
