"""Inheritance: where a quote without its own attribution gets its speaker.

:data:`INHERITANCE` is the ordered list of rules; the first that applies decides. Adding a rule is
one function and one line in the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .drafts import Draft
from .phrases import is_gap, sentence_start

if TYPE_CHECKING:
    from .builder import Builder

__all__ = ["INHERITANCE", "Inherited", "Where"]


@dataclass(frozen=True, slots=True)
class Where:
    """A quote without attribution and its neighbours: the paragraph's text, the quote before it
    in the paragraph (``last``), the last quote of the previous paragraph, and whether the quote
    opens its paragraph."""

    draft: Draft
    text: str
    last: Draft | None
    previous: Draft | None
    opens_paragraph: bool


@dataclass(frozen=True, slots=True)
class Inherited:
    """The speaker a rule gives (None: the rule applies, but names nobody), with the mention and
    verb it carries over and the quote it continues, if any."""

    speaker: str | None
    mention: str | None = None
    verb: str | None = None
    continues: Draft | None = None


def _split_off(b: Builder, w: Where) -> Inherited | None:
    """The second part of a split quote: '"A," he said. "B."' gives B the speaker of A."""
    last = w.last
    if last is None or last.attribution is None:
        return None
    if not is_gap(w.text, last.attribution.end, w.draft.open):
        return None
    return Inherited(last.speaker, last.mention, last.verb)


def _speech_before_in_paragraph(b: Builder, w: Where) -> Inherited | None:
    """Reported speech earlier in the paragraph: 'X warned that … "…"'."""
    if b.lang is None:
        return None
    floor = (w.last.end + 1) if w.last is not None else 0
    act = b.speech_act(w.text, w.draft.para, floor, w.draft.open)
    if act is None:
        return None
    return Inherited(b.resolve(act, (w.draft.para, w.draft.open)))


def _earlier_quote_in_paragraph(b: Builder, w: Where) -> Inherited | None:
    """Another quote earlier in the same paragraph: the same speaker goes on."""
    return Inherited(w.last.speaker) if w.last is not None else None


def _continues_previous_paragraph(b: Builder, w: Where) -> Inherited | None:
    """A paragraph that opens with a quote after one that held a quote continues it."""
    if w.previous is None or not w.opens_paragraph:
        return None
    return Inherited(w.previous.speaker, continues=w.previous)


def _named_after(b: Builder, w: Where) -> Inherited | None:
    """A quote standing alone, its speaker named in the sentence after it: '"We will not give
    up." These were the words of X, …', or in the paragraph after a quote-only paragraph: "X,
    the Head of …, made the remarks at …". The sentence must speak of speech (a speech verb or a
    word such as "words", "remarks", "message")."""
    if b.lang is None or w.last is not None:
        return None
    text = w.text
    close = w.draft.end
    while close < len(text) and not text[close].isspace():
        close += 1
    rest = text[close:].strip()
    para, lo = w.draft.para, close
    if not rest.strip(" .,;:!?)”\"'’»"):  # the quote ends its paragraph: the next one opens
        if not w.opens_paragraph or para + 1 >= len(b.paras):
            return None
        para, lo = para + 1, 0
    hi = b.sentence_end(para, lo)
    if not b.speaks_of_speech(para, lo, hi):
        return None
    entry = b.registry.first_in(para, lo, hi)
    return Inherited(entry.name) if entry is not None else None


def _lead_in_before(b: Builder, w: Where) -> Inherited | None:
    """A quote right after a colon, at the end of the paragraph before or in its own sentence:
    the one person the colon's sentence names introduces it ("…, Ms X, issued the following
    statement:", "Arben Hoxha, the mayor, shared his experience: „…“"). None when that sentence
    names nobody or several people, or names them after "with" or "by" ("launched, together with
    Minister X, a campaign with the slogan: “…”"): then someone else is its subject."""
    if w.opens_paragraph:
        p = w.draft.para - 1
        before = b.paras[p].rstrip() if p >= 0 else ""
    else:
        p, before = w.draft.para, w.text[: w.draft.open].rstrip()
    if not before.endswith((":", "：")):
        return None
    start = sentence_start(before, 0, len(before))
    named = b.registry.named_in(p, start, len(before))
    if len(named) != 1:
        return None
    ((entry, at),) = named.items()
    return None if b.companion(b.paras[p], at) else Inherited(entry.name)


def _speech_in_previous_paragraph(b: Builder, w: Where) -> Inherited | None:
    """A quote-only paragraph after reported speech: 'X said that …' then '"…"'."""
    p = w.draft.para - 1
    if b.lang is None or not w.opens_paragraph or p < 0:
        return None
    before = b.paras[p]
    act = b.speech_act(before, p, 0, len(before))
    return Inherited(b.resolve(act, (w.draft.para, w.draft.open))) if act else None


def _subject_of_sentence_before(b: Builder, w: Where) -> Inherited | None:
    """The known person who is the subject of the sentence before the quote."""
    p = w.draft.para - 1 if w.opens_paragraph else w.draft.para
    if b.lang is None or p < 0:
        return None
    end = len(b.paras[p]) if w.opens_paragraph else w.draft.open
    return Inherited(b.sentence_subject(b.paras[p], p, end))


_Rule = Callable[["Builder", Where], "Inherited | None"]
INHERITANCE: tuple[_Rule, ...] = (
    _split_off,
    _speech_before_in_paragraph,
    _earlier_quote_in_paragraph,
    _continues_previous_paragraph,
    _named_after,
    _lead_in_before,
    _speech_in_previous_paragraph,
    _subject_of_sentence_before,
)
"""Where a quote without its own attribution gets its speaker, in order: the first rule that
applies decides (adding a rule is one function and one line here)."""
