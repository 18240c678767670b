"""osce.org addresses: absolute links, language prefixes, node ids, release keys, listing URLs.

Pure string functions on URLs (no tree, no network), shared by the parser and the crawler.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

from .memo import remember_short

__all__ = [
    "PATH_LANGUAGES",
    "SITE",
    "absolute",
    "host_of",
    "is_release_url",
    "listing_url",
    "node_id_of",
    "original_url",
    "path_of",
    "release_key",
    "url_language",
]

SITE = "https://www.osce.org/"

# The language prefixes an osce.org path may carry ("/ru/pc/50033"): the languages of the OSCE
# area. Two-letter section names ("pc", "sg", "mg") are deliberately not here.
_PATH_LANGUAGE_CODES = (
    "az be bg bs cnr cs da de el en es et fi fr hr hu hy is it ka kk ky lt lv me mk mn nl no"
    " pl pt ro ru sk sl sq sr sv tg tk tr uk uz"
)
PATH_LANGUAGES: frozenset[str] = frozenset(_PATH_LANGUAGE_CODES.split(" "))
_NODE_PATH = re.compile(r"^(?:/[a-z]{2,3})?(?:/[\w.-]+)+/(\d{2,9})/?$")
_NOT_RELEASE = re.compile(
    r"^/(?:[a-z]{2,3}/)?(?:files|sites|system|sitemap|user|search|taxonomy|comment)/"
)


def absolute(url: str | None, base: str | None) -> str | None:
    """``url`` resolved against ``base`` (None stays None); None too if either is malformed
    (urllib refuses a host with an unbalanced "[", for one)."""
    if not url:
        return None
    if "[" not in url and not _SPECIAL.search(url):  # the common cases without urllib's cost
        if url.startswith(("https://", "http://")):
            return url
        origin = _origin(base) if base and url[0] == "/" and url[1:2] != "/" else None
        if origin is not None:
            return origin + url
    try:
        joined = urljoin(base, url) if base else url
        urlsplit(joined)  # urllib refuses some hosts ("http://[x"): such a link is none
    except ValueError:
        return None
    return joined


_SPECIAL = re.compile(r"[\s\\]|/\.|\.\.?$")  # what urljoin would clean or resolve


@lru_cache(maxsize=64)
def _origin(base: str) -> str | None:
    """``scheme://host`` of ``base`` when it is a well-formed absolute address, else None."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc or "[" in parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


# A Wayback Machine capture address: "https://web.archive.org/web/20200101123456/https://…",
# "/web/20200101123456im_/http://…" (relative, with a resource flag), "//web.archive.org/web/…".
_ARCHIVED = re.compile(
    r"^(?:(?:https?:)?//(?:web\.)?archive\.org)?/web/\d{4,14}(?:[a-z]{2}_)?/"
    r"(?P<url>(?:(?:https?:)?/{1,2})?[\w.-]+\.[a-z]{2,}(?:[:/?#].*)?)$",
    re.IGNORECASE | re.DOTALL,
)


def original_url(url: str) -> str:
    """The address an archived copy's link stands for: a Wayback Machine capture address
    ("https://web.archive.org/web/2020…/https://www.osce.org/pc/1") gives the captured address
    ("https://www.osce.org/pc/1"); any other ``url`` is returned as it is."""
    if "/web/" not in url:
        return url
    m = _ARCHIVED.match(url.strip())
    if m is None:
        return url
    found = m["url"]
    scheme, sep, rest = found.partition(":")
    if sep and scheme.lower() in ("http", "https"):
        return f"{scheme.lower()}://{rest.lstrip('/')}"
    return "https://" + found.lstrip("/")


def path_of(url: str) -> str:
    """The path of ``url`` ("" if urllib cannot split it)."""
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


def host_of(url: str) -> str:
    """The lower-cased ``host[:port]`` of ``url``."""
    return urlsplit(url).netloc.lower()


def _language_and_path(path: str) -> tuple[str, str]:
    first, _, rest = path.lstrip("/").partition("/")
    if first.lower() in PATH_LANGUAGES and rest:
        return first.lower(), "/" + rest
    return "en", path


def url_language(url: str) -> str:
    """The language a URL's path names (``/ru/pc/1`` -> "ru"); English without a prefix."""
    return _language_and_path(urlsplit(url).path)[0]


_REMEMBERED = 512  # addresses up to this long have their verdicts remembered (site links are)


@remember_short(_REMEMBERED, 2048)
def node_id_of(url: str) -> int | None:
    """The node id a release URL ends in (``/pc/50033``, ``/ru/node/1``), or None."""
    path = path_of(url)
    if _NOT_RELEASE.match(path):
        return None
    m = _NODE_PATH.match(path)
    return int(m[1]) if m else None


@remember_short(_REMEMBERED, 2048)  # pages link the same menu addresses
def is_release_url(url: str) -> bool:
    """Whether ``url`` looks like a release page: ``/{section}/{node id}``, no download query."""
    try:
        parts = urlsplit(url)
    except ValueError:  # an unbalanced "[" in the host
        return False
    if parts.scheme not in ("http", "https") or "download" in parts.query:
        return False
    return node_id_of(url) is not None


def release_key(url: str, node_id: int | None = None, language: str | None = None) -> str:
    """The identity of a release: ``"{language}/{node id}"``, else the URL without query.

    The same node under several section URLs (``/cio/1``, ``/pc/1``, ``/node/1``) gets one key;
    translations (``/ru/pc/1``) get their own. ``node_id`` and ``language`` come from the parsed
    page when known; otherwise from the URL (its language prefix, English without one).
    """
    parts = urlsplit(url)
    if language not in PATH_LANGUAGES:  # unknown, or a section name taken for one
        language, _ = _language_and_path(parts.path)
    node = node_id if node_id is not None else node_id_of(url)
    if node is not None:
        return f"{language}/{node}"
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/"), "", ""))


def listing_url(
    base_url: str,
    *,
    page: int = 0,
    rows: int = 10,
    structure: str | None = None,
    field_of_work: str | None = None,
    path: str = "/press-releases",
) -> str:
    """A date-sorted Newsroom listing URL, optionally filtered by structure or field of work ids."""
    filters = []
    if structure:
        filters.append(f"im_taxonomy_vid_1:({structure})")
    if field_of_work:
        filters.append(f"im_taxonomy_vid_3:({field_of_work})")
    query: dict[str, str | int] = {}
    if filters:
        query["filters"] = " " + " ".join(filters)
    query |= {"solrsort": "ds_date desc", "rows": rows}
    if page:
        query["page"] = page
    return urljoin(base_url, path) + "?" + urlencode(query, safe="():")
