"""A small robots.txt reader (RFC 9309): user-agent groups, Allow/Disallow with ``*``/``$``,
Crawl-delay, Sitemap.

Written instead of using :mod:`urllib.robotparser` because that one ignores fractional
``Crawl-delay`` values and applies the first matching rule rather than the most specific one
(RFC 9309 asks for the longest match, with Allow winning ties).

What it guarantees (measured against Google's and protego's reference tests by
``benchmarks/robots_agreement.py``):

- **Linear-time matching**: a rule is split at its ``*`` wildcards into literal pieces found left
  to right with ``bytes.find`` (no regular expression, no backtracking), so a rule with hundreds
  of ``*`` costs about as much as a plain prefix. The file is read up to 512 KiB (RFC 9309's
  minimum), lines up to 16,664 bytes (Google's limit), so the rule set is bounded too.
- **Percent-encoding as RFC 9309 says**: rules and URL paths are compared after decoding their
  %-escapes, and only a *literal* ``*`` is a wildcard and a literal trailing ``$`` an end anchor:
  ``%2A`` and ``%24`` in a rule are the characters ``*`` and ``$``.
- **Groups by product token**: a group applies when its user-agent value (up to the first
  character that cannot be in a product token) equals the crawler's product token ignoring case
  (``osce-parse`` for ``osce-parse/0.1 (+https://…)``); ``User-agent: a`` is not ours. Groups
  naming the same agent are merged; the ``*`` groups apply only when no group names us.
- ``Crawl-delay`` is kept as written (any non-negative number, ``inf`` included): the
  :class:`~osce_parse.crawler.Fetcher` caps it and says so.

:meth:`RobotsRules.parse_file` also tells a file that is not a robots.txt at all (binary data, an
HTML page such as a soft 404, text without a single directive) from one that merely has odd lines:
the first raises :class:`~osce_parse.errors.ParseError`, and the usual convention is to treat the
site as having no robots.txt.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..errors import ParseError

__all__ = ["MAX_ROBOTS_BYTES", "RobotsRules", "product_token"]

MAX_ROBOTS_BYTES = 512 * 1024
"""The part of a robots.txt file that is read (RFC 9309 asks crawlers to read at least 500 KiB)."""
_MAX_LINE = 2083 * 8 - 1  # Google's parser truncates longer lines
_DIRECTIVES = frozenset({"user-agent", "allow", "disallow", "crawl-delay", "sitemap", "host"})
# Spellings real files use (Google's parser accepts the same).
_ALIASES = {
    "useragent": "user-agent",
    "user agent": "user-agent",
    "dissallow": "disallow",
    "dissalow": "disallow",
    "disalow": "disallow",
    "diasllow": "disallow",
    "disallaw": "disallow",
    "site-map": "sitemap",
}
_MARKUP = re.compile(rb"^\s*<(?:!doctype|html|head|body|\?xml|!--)", re.IGNORECASE)
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}
_TOKEN = re.compile(r"[\w-]+")
_ESCAPE = re.compile(rb"%([0-9A-Fa-f]{2})")
# Escapes kept as they are: a decoded "/", "?" or "#" would change what the path means.
_KEPT = frozenset({b"2F", b"3F", b"23"})
_LINES = re.compile(r"\r\n|\r|\n")


def product_token(user_agent: str) -> str:
    """The product token of a User-Agent (``osce-parse`` of ``osce-parse/0.1 (+…)``), lower-cased:
    the leading letters, digits, ``-`` and ``_``; empty if it starts with anything else."""
    match = _TOKEN.match(user_agent.strip())
    return match.group(0).lower() if match else ""


@dataclass(frozen=True, slots=True)
class _Rule:
    allow: bool
    length: int
    """The rule's length as written (the longest match wins)."""
    pieces: tuple[bytes, ...]
    """The literal parts between ``*`` wildcards, %-decoded."""
    anchored: bool
    needles: frozenset[bytes] = frozenset()
    """The distinct pieces: a path lacking one cannot match (checked first, cheaply)."""

    def matches(self, path: bytes) -> bool:
        """Whether the rule matches ``path`` (canonical bytes): greedy leftmost, linear time.

        A trailing ``$`` anchors the rule; a path that has the ``$`` itself matches too."""
        if not all(needle in path for needle in self.needles):
            return self.anchored and path.endswith(b"$") and self._dollar(path)
        if self.anchored and self._dollar(path):
            return True
        return self._find(path, self.pieces, self.anchored)

    def _dollar(self, path: bytes) -> bool:
        return self._find(path, (*self.pieces[:-1], self.pieces[-1] + b"$"))

    @staticmethod
    def _find(path: bytes, pieces: tuple[bytes, ...], anchored: bool = False) -> bool:
        first, *rest = pieces
        if not path.startswith(first):
            return False
        if not rest:
            return not anchored or len(path) == len(first)
        at = len(first)
        last = rest.pop() if anchored else None
        for piece in rest:
            found = path.find(piece, at)
            if found < 0:
                return False
            at = found + len(piece)
        if last is None:
            return True
        # Anchored: the last piece must end the path, after the pieces matched before it.
        return path.endswith(last) and len(path) - len(last) >= at


def _canonical(text: str) -> bytes:
    """``text`` as compared: UTF-8 bytes with every %-escape decoded but ``%2F``, ``%3F`` and
    ``%23`` (kept, upper-cased), so ``%7E``/``~``, ``%24``/``$`` and ``%E3%83%84``/``ツ`` are
    alike while ``/a%2Fb`` and ``/a/b`` differ."""

    def decode(match: re.Match[bytes]) -> bytes:
        code = match.group(1).upper()
        return b"%" + code if code in _KEPT else bytes.fromhex(code.decode())

    return _ESCAPE.sub(decode, text.encode("utf-8", errors="surrogateescape"))


def _rule(allow: bool, value: str) -> _Rule:
    if not value.startswith(("/", "*")):
        value = "/" + value  # "Disallow: private" means /private (as protego reads it)
    anchored = value.endswith("$")
    body = value[:-1] if anchored else value
    pieces = tuple(_canonical(piece) for piece in body.split("*"))
    return _Rule(allow, len(value), pieces, anchored, frozenset(p for p in pieces if p))


def _path_of(url: str) -> bytes:
    """The part of ``url`` rules are matched with: path, parameters and query, %-decoded."""
    if not url.startswith("/"):
        parts = urlsplit(url)
        url = parts.path + (f"?{parts.query}" if parts.query else "")
    else:
        url = url.split("#", 1)[0]
    return _canonical(url if url.startswith("/") else "/" + url)


@dataclass(slots=True)
class _Group:
    agents: list[str] = field(default_factory=list)
    rules: list[_Rule] = field(default_factory=list)
    crawl_delay: float | None = None


def _key_value(line: str) -> tuple[str, str] | None:
    """``(directive, value)`` of a line (comment already removed), or None."""
    key, colon, value = line.partition(":")
    if not colon:
        # Google's parser also takes "key value" (whitespace instead of the colon).
        words = line.split()
        if len(words) != 2:
            return None
        key, value = words
    key = " ".join(key.lower().split())
    return _ALIASES.get(key, key), value.strip()


def _crawl_delay(value: str) -> float | None:
    try:
        delay = float(value)
    except ValueError:
        return None
    return None if math.isnan(delay) or delay < 0 else delay


class RobotsRules:
    """Parsed robots.txt rules for one host.

    ``RobotsRules.allow_all()`` and ``RobotsRules.disallow_all()`` stand in when the file is
    missing (4xx) or the server fails (5xx: RFC 9309's "unreachable").
    """

    def __init__(self, groups: list[_Group], sitemaps: tuple[str, ...] = ()) -> None:
        self._groups = groups
        self.sitemaps = sitemaps

    @classmethod
    def parse(cls, text: str) -> RobotsRules:
        """Parse the text of a robots.txt file (unknown lines are ignored)."""
        groups: list[_Group] = []
        sitemaps: list[str] = []
        current: _Group | None = None
        in_agents = False
        for raw in _LINES.split(text[:MAX_ROBOTS_BYTES]):
            pair = _key_value(raw[:_MAX_LINE].split("#", 1)[0].strip())
            if pair is None:
                continue
            key, value = pair
            if key == "user-agent":
                if current is None or not in_agents:
                    current = _Group()
                    groups.append(current)
                token = "*" if value.startswith("*") else product_token(value)
                if token:
                    current.agents.append(token)
                in_agents = True
                continue
            if key == "sitemap":
                if value:
                    sitemaps.append(value)
                continue
            in_agents = False  # any other directive ends the group's user-agent lines
            if key not in ("allow", "disallow", "crawl-delay"):
                continue
            if current is None:
                continue
            if key == "crawl-delay":
                delay = _crawl_delay(value)
                if delay is not None:
                    current.crawl_delay = delay
            elif value:  # "Disallow:" with no path allows everything
                current.rules.append(_rule(key == "allow", value))
                if key == "allow" and value.endswith(("/index.htm", "/index.html")):
                    # Allowing a directory's index page allows the directory (as Google does).
                    directory = value[: value.rindex("/") + 1] + "$"
                    current.rules.append(_rule(True, directory))
        return cls(groups, tuple(sitemaps))

    @classmethod
    def parse_file(cls, content: bytes, content_type: str | None = None) -> RobotsRules:
        """Parse a fetched robots.txt, or raise ParseError if it is not one.

        Not one: binary data (NUL or other control bytes), an HTML or XML page, or text in which
        no line is a directive. An empty file, or one of comments only, allows everything.
        """
        head = content[:4096].removeprefix(b"\xef\xbb\xbf")
        if head and sum(byte in _CONTROL for byte in head) > len(head) // 100:
            raise ParseError("binary data, not text")
        if _MARKUP.match(head):
            media = (content_type or "").split(";", 1)[0].strip().lower() or "markup"
            raise ParseError(f"an HTML/XML page ({media}), not a robots.txt")
        text = content[:MAX_ROBOTS_BYTES].decode("utf-8-sig", errors="replace")
        lines = [line.split("#", 1)[0].strip() for line in text.splitlines()]
        lines = [line for line in lines if line]
        keys = {pair[0] for line in lines if (pair := _key_value(line)) is not None}
        if lines and not keys & _DIRECTIVES:
            raise ParseError("no robots.txt directive in it")
        return cls.parse(text)

    @classmethod
    def allow_all(cls) -> RobotsRules:
        """Rules that allow every path (no robots.txt)."""
        return cls([])

    @classmethod
    def disallow_all(cls) -> RobotsRules:
        """Rules that forbid every path (the server fails to give robots.txt: RFC 9309 says
        to assume complete disallow)."""
        return cls([_Group(agents=["*"], rules=[_rule(False, "/")])])

    def _group(self, user_agent: str) -> _Group | None:
        """Our rules: the groups naming our product token merged, else the ``*`` groups."""
        token = product_token(user_agent)
        ours = [g for g in self._groups if token and token in g.agents]
        if not ours:
            ours = [g for g in self._groups if "*" in g.agents]
        if not ours:
            return None
        if len(ours) == 1:
            return ours[0]
        delays = [g.crawl_delay for g in ours if g.crawl_delay is not None]
        return _Group(
            agents=[token],
            rules=[rule for g in ours for rule in g.rules],
            crawl_delay=delays[0] if delays else None,
        )

    def can_fetch(self, user_agent: str, url: str) -> bool:
        """Whether ``user_agent`` may fetch ``url`` (most specific rule wins, Allow on ties)."""
        if urlsplit(url).path == "/robots.txt":
            return True
        group = self._group(user_agent)
        if group is None:
            return True
        path = _path_of(url)
        verdict, length = True, -1
        for rule in group.rules:
            if rule.length < length or (rule.length == length and not rule.allow):
                continue  # it could not change the verdict
            if rule.matches(path):
                verdict, length = rule.allow, rule.length
        return verdict

    def crawl_delay(self, user_agent: str) -> float | None:
        """The Crawl-delay in seconds for ``user_agent``, if the file sets one (uncapped)."""
        group = self._group(user_agent)
        return None if group is None else group.crawl_delay
