"""The working records of quote building: a quote being built and the attribution found for it."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Quote
from .names import NounPhrase
from .vocab import Key

__all__ = ["Attribution", "Draft"]


@dataclass(slots=True)
class Attribution:
    """Who a quote's own attribution names: the phrase, the verb, where the phrase stands and
    where the attribution ends; ``colon`` for 'X said: \"…'; ``named`` for an apposition
    ('said the Head of Mission, Ambassador X'); ``naming`` for a naming verb ('called the
    agreement "…"')."""

    np: NounPhrase
    verb: str | None
    key: Key
    end: int
    colon: bool = False
    named: NounPhrase | None = None
    naming: bool = False  # the verb describes something with the quoted words ("called it “…”")


@dataclass(slots=True)
class Draft:
    """A quote being built: its span, attribution and what has been decided about it."""

    para: int
    start: int
    end: int
    open: int
    attribution: Attribution | None
    speaker: str | None = None
    mention: str | None = None
    verb: str | None = None
    continued: bool = False
    chain: int = -1

    def quote(self, text: str) -> Quote:
        return Quote(
            text[self.start : self.end],
            self.speaker,
            self.mention,
            self.verb,
            self.para,
            self.start,
            self.end,
            self.continued,
        )
