"""A small robots.txt reader: user-agent groups, Allow/Disallow with ``*``/``$``, Crawl-delay.

Written instead of using :mod:`urllib.robotparser` because that one ignores fractional
``Crawl-delay`` values and applies the first matching rule rather than the most specific one
(RFC 9309 asks for the longest match, with Allow winning ties).

:meth:`RobotsRules.parse_file` also tells a file that is not a robots.txt at all (binary data, an
HTML page such as a soft 404, text without a single directive) from one that merely has odd lines:
the first raises :class:`~osce_parse.errors.ParseError`, and the usual convention is to treat the
site as having no robots.txt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from ..errors import ParseError

__all__ = ["RobotsRules"]

_DIRECTIVES = frozenset({"user-agent", "allow", "disallow", "crawl-delay", "sitemap", "host"})
_MARKUP = re.compile(rb"^\s*<(?:!doctype|html|head|body|\?xml|!--)", re.IGNORECASE)
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


@dataclass(frozen=True, slots=True)
class _Rule:
    allow: bool
    path: str
    pattern: re.Pattern[str]


@dataclass(slots=True)
class _Group:
    agents: list[str] = field(default_factory=list)
    rules: list[_Rule] = field(default_factory=list)
    crawl_delay: float | None = None


def _compile(path: str) -> re.Pattern[str]:
    anchored = path.endswith("$")
    body = path[:-1] if anchored else path
    regex = ".*".join(re.escape(part) for part in body.split("*"))
    return re.compile(regex + ("$" if anchored else ""))


def _normalise(path: str) -> str:
    # Compare paths in decoded form so "%7E" and "~" match alike.
    return unquote(path)


class RobotsRules:
    """Parsed robots.txt rules for one host.

    ``RobotsRules.allow_all()`` and ``RobotsRules.disallow_all()`` stand in when the file is
    missing (4xx) or could not be fetched (5xx, network error).
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
        for raw in text.splitlines():
            line = raw.split("#", 1)[0].strip()
            if ":" not in line:
                continue
            key, _, value = line.partition(":")
            key, value = key.strip().lower(), value.strip()
            if key == "user-agent":
                if current is None or not in_agents:
                    current = _Group()
                    groups.append(current)
                current.agents.append(value.lower())
                in_agents = True
                continue
            if key == "sitemap":
                if value:
                    sitemaps.append(value)
                continue
            in_agents = False
            if current is None:
                continue
            if key in ("allow", "disallow"):
                if value:  # "Disallow:" with no path allows everything
                    path = _normalise(value)
                    current.rules.append(_Rule(key == "allow", path, _compile(path)))
            elif key == "crawl-delay":
                try:
                    delay = float(value)
                except ValueError:
                    continue
                if delay >= 0:
                    current.crawl_delay = delay
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
        text = content.decode("utf-8-sig", errors="replace")
        lines = [line.split("#", 1)[0].strip() for line in text.splitlines()]
        lines = [line for line in lines if line]
        keys = {line.partition(":")[0].strip().lower() for line in lines if ":" in line}
        if lines and not keys & _DIRECTIVES:
            raise ParseError("no robots.txt directive in it")
        return cls.parse(text)

    @classmethod
    def allow_all(cls) -> RobotsRules:
        """Rules that allow every path (no robots.txt)."""
        return cls([])

    @classmethod
    def disallow_all(cls) -> RobotsRules:
        """Rules that forbid every path (robots.txt unreachable: be conservative)."""
        return cls([_Group(agents=["*"], rules=[_Rule(False, "/", _compile("/"))])])

    def _group(self, user_agent: str) -> _Group | None:
        token = user_agent.split("/", 1)[0].strip().lower()
        best: _Group | None = None
        best_len = -1
        for group in self._groups:
            for agent in group.agents:
                if agent == "*" and best_len < 0:
                    best, best_len = group, 0
                elif agent != "*" and agent in token and len(agent) > best_len:
                    best, best_len = group, len(agent)
        return best

    def can_fetch(self, user_agent: str, url: str) -> bool:
        """Whether ``user_agent`` may fetch ``url`` (most specific rule wins, Allow on ties)."""
        if url.rstrip("/").endswith("/robots.txt"):
            return True
        group = self._group(user_agent)
        if group is None:
            return True
        parts = urlsplit(url)
        path = _normalise(parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        verdict, length = True, -1
        for rule in group.rules:
            if rule.pattern.match(path):
                size = len(rule.path)
                if size > length or (size == length and rule.allow):
                    verdict, length = rule.allow, size
        return verdict

    def crawl_delay(self, user_agent: str) -> float | None:
        """The Crawl-delay in seconds for ``user_agent``, if the file sets one."""
        group = self._group(user_agent)
        return None if group is None else group.crawl_delay
