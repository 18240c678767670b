"""Pass 1: pairing quote marks per paragraph by their context (a mark glued to the word after it
opens, one glued to the word before it closes), so straight, curly, mixed, German and French marks
all pair; single marks inside a double quote, and „…“ inside «…», are nested quotes and stay in
its text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .language import english

__all__ = [
    "MAX_QUOTES",
    "WINDOW",
    "Raw",
    "Zones",
    "at_sentence_start",
    "opens",
    "scan_marks",
    "trim",
]

_DOUBLE = '"“”„‟«»'


_MARKS = re.compile(r"[\"“”„‟«»'‘’‚‛‹›]+")


_GUILLEMETS = "«»"


_SINGLE = re.compile(r"['‘’‚‛‹›]")


_LEADING_SPACE = re.compile(r"\s*")


_DOUBLE_MARK = re.compile(r"[\"“”„‟«»]")


_SPACES = frozenset(
    " \t\n\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


_FREE_BEFORE = _SPACES | frozenset("([{<—–-/\u2011")


_FREE_AFTER = _SPACES | frozenset(".,;:!?)]}>…")


_SENTENCE_GAP = re.compile(r"[.!?;:]\s")


WINDOW = 400


MAX_QUOTES = 1000
"""Most quote-mark pairs examined per release: a long release has a few dozen quotes, and each
costs some 40 µs, so a page of tens of thousands would take seconds; later ones are dropped."""


@dataclass(slots=True)
class Raw:
    """A quote-mark pair in one paragraph; ``close`` is None when no closing mark was found."""

    open: int
    close: int | None
    limit: int
    dialogue: bool = False  # marked with dashes: direct speech only with its attribution after


def _mark_role(text: str, a: int, b: int) -> str:
    """Role of the marks text[a:b]: "open" (glued to the word after), "close" (glued to the word
    before), "both" (glued on both sides), "loose" (spaces on both sides) or "end" (free, at the
    paragraph end or before punctuation)."""
    free_before = a == 0 or text[a - 1] in _FREE_BEFORE
    free_after = b == len(text) or text[b] in _FREE_AFTER
    if free_before:
        if not free_after:
            return "open"
        return "loose" if b < len(text) and text[b] in _SPACES else "end"
    return "close" if free_after else "both"


# Dialogue written with dashes ("— Текст, — заявил X. …"): a paragraph that opens with a dash,
# the words up to a dash after a comma (or !, ?, …) that a lower-case word (the attribution)
# follows.
_DIALOGUE_OPEN = re.compile(r"\s*[—–]\s")
_DIALOGUE_CLOSE = re.compile(r"(?<=[,!?…])\s+([—–])\s+(?=[^\W\d_])")


def _dialogue(text: str) -> Raw | None:
    """The dash-marked quote a paragraph opens with, or None."""
    opening = _DIALOGUE_OPEN.match(text)
    if opening is None:
        return None
    closing = _DIALOGUE_CLOSE.search(text, opening.end())
    if closing is None or not text[closing.end()].islower():
        return None
    dash = closing.start(1)
    if _DOUBLE_MARK.search(text, opening.end(), dash):
        return None  # quote marks inside: read as marks
    return Raw(opening.end() - 2, dash, dash, dialogue=True)


def scan_marks(text: str, limit: int = MAX_QUOTES) -> list[Raw]:
    """Pair the quote marks of one paragraph, left to right, in one pass (``limit`` pairs at
    most: the scan stops there).

    Adjacent marks act as one (``'front line'"`` closes the outer quote after the nested one).
    A second opening mark inside an open quote starts a nested quote when nothing between the
    two looks like the end of the first (a sentence end or an attribution); otherwise the first
    quote lost its closing mark and a new one starts.
    """
    spans: list[Raw] = []
    dialogue = _dialogue(text) if limit > 0 else None
    scan_from = 0
    if dialogue is not None:
        spans.append(dialogue)
        scan_from = dialogue.limit + 1
        if len(spans) >= limit:
            return spans
    open_at = -1
    open_family = ""  # "d" for ", “, ”, „; "g" for guillemets; "s" for single marks
    single_closes = False  # an open single quote has a closing mark later in the paragraph
    last_close = _LastSingleClose()
    nested = False
    for m in _MARKS.finditer(text, scan_from):
        a, b = m.span()
        first, last = _doubles(text, a, b)
        family = ("g" if text[first] in _GUILLEMETS else "d") if first >= 0 else "s"
        if family == "s":
            if b - a == 1 and _is_apostrophe(text, a):
                continue
            first, last = a, b - 1
        if open_at >= 0 and family != open_family and (open_family != "s" or single_closes):
            continue  # 'nested' single quotes, „inner“ marks inside «guillemets», or "inner"
            # double marks inside a British 'single' quote that closes later
        role = _mark_role(text, a, b)
        if open_at < 0:
            if role in ("open", "both", "loose"):
                open_at, open_family = last, family
                single_closes = family == "s" and b <= last_close(text)
        elif family == open_family and role in ("close", "both", "loose", "end"):
            if nested:
                nested = False
                continue
            spans.append(Raw(open_at, first, first))
            open_at = -1
            if len(spans) >= limit:
                return spans
        elif role == "open" or (family != "s" and role in ("both", "loose")):
            if family == open_family != "s" and not nested and _nests(text, open_at, a):
                nested = True
                continue
            if open_family != "s" and text.find(",", open_at, a) >= 0:  # may end in attribution
                spans.append(Raw(open_at, None, a))  # never closed: a new quote starts here
                if len(spans) >= limit:
                    return spans
            open_at, open_family, nested = last, family, False
            single_closes = family == "s" and b <= last_close(text)
    if open_at >= 0 and open_family != "s" and len(spans) < limit:
        spans.append(Raw(open_at, None, len(text)))
    return spans


def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark between two letters ("don't", "Côte d’Ivoire"), after the s of a plural
    before a lower-case word ("the teachers' commitment") or before the two digits of a decade
    or year ("the '90s") is not a quote mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1 : i + 4]
    if before.isalnum() and after[:1].isalnum():
        return True
    if before == "s" and after[:1] == " " and after[1:2].islower():
        return True
    return before in _SPACES and after[:2].isdigit() and not after[2:3].isdigit()


class _LastSingleClose:
    """Where the paragraph's last single mark that can close a quote (glued to the word before
    it) is, found once per paragraph; -1 when there is none."""

    __slots__ = ("at",)

    def __init__(self) -> None:
        self.at: int | None = None

    def __call__(self, text: str) -> int:
        if self.at is None:
            self.at = -1
            for m in reversed(list(_SINGLE.finditer(text))):
                i = m.start()
                if not _is_apostrophe(text, i) and _mark_role(text, i, i + 1) in ("close", "end"):
                    self.at = i
                    break
        return self.at


def _doubles(text: str, a: int, b: int) -> tuple[int, int]:
    """The first and last double mark in text[a:b], or (-1, -1)."""
    if b - a == 1:
        return (a, a) if text[a] in _DOUBLE else (-1, -1)
    m = _DOUBLE_MARK.search(text, a, b)
    if m is None:
        return -1, -1
    last = b - 1
    while text[last] not in _DOUBLE:  # ends at m.start() at the latest
        last -= 1
    return m.start(), last


def _nests(text: str, outer: int, inner: int) -> bool:
    """True when the mark at ``inner`` can open a quote nested in the one opened at ``outer``."""
    if inner - outer > WINDOW:
        return False
    between = text[outer + 1 : inner]
    return _SENTENCE_GAP.search(between) is None and english().inner.search(between) is None


class Zones:
    """Which positions lie inside a paired quote (names there are not pronoun antecedents)."""

    def __init__(self, raws: Sequence[Sequence[Raw]]) -> None:
        self._starts = [[r.open for r in spans if r.close is not None] for spans in raws]
        self._ends = [[r.close for r in spans if r.close is not None] for spans in raws]

    def contains(self, para: int, pos: int) -> bool:
        starts = self._starts[para]
        i = bisect.bisect(starts, pos) - 1
        end = self._ends[para][i] if i >= 0 else None
        return end is not None and pos < end


def opens(text: str, i: int) -> bool:
    """True when only spaces come before ``i``: the mark opens the paragraph."""
    spaces = _LEADING_SPACE.match(text)
    return spaces is not None and spaces.end() >= i


def at_sentence_start(text: str, i: int) -> bool:
    """True when the mark at ``i`` starts the paragraph, a sentence or follows a colon."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j < 0 or text[j] in ".!?:;" or text[j] in _DOUBLE


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding spaces and a trailing comma."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end
