"""Direct-speech quotes and their speakers, found in a release's body paragraphs.

``extract_quotes(paragraphs)`` works in three passes, each linear in the text:

1. :mod:`.marks` pairs quote marks per paragraph by their context;
2. :class:`.people.Registry` collects the people the release names (:mod:`.names` tells name
   words, :mod:`.roles` the roles around them, :mod:`.person` assembles each person, :mod:`.morph`
   puts inflected names back in the nominative), with roles and gender;
3. :class:`.builder.Builder` keeps the spans that are direct speech, finds each one's attribution
   (:mod:`.attribution`) and resolves it to a person; quotes without their own attribution inherit
   a speaker by the ordered rules of :data:`.inherit.INHERITANCE`.

The words of attribution (speech verbs, pronouns, titles, and how each language orders them) are
data, the ``SPEECH`` tables of ``lang/*.py``; a language missing there gets the quotes without
speakers. Work is capped (``MAX_QUOTES``, ``people.MAX_MENTIONS``) so that no page, however many
quotes or names it holds, takes long.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..models import Person, Quote
from .builder import Builder
from .language import language_code, language_for
from .marks import MAX_QUOTES, Zones, scan_marks
from .people import MAX_MENTIONS, Registry

__all__ = ["MAX_MENTIONS", "MAX_QUOTES", "extract_quotes"]


def extract_quotes(
    paragraphs: Sequence[str],
    language: str | None = "en",
    blockquotes: Mapping[int, int] | None = None,
) -> tuple[tuple[Quote, ...], tuple[Person, ...]]:
    """Return the direct-speech quotes of ``paragraphs`` and the people the text names.

    Each ``Quote`` has its words (``paragraphs[q.paragraph][q.start:q.end] == q.text``), the
    resolved ``speaker`` (fullest name, else the role phrase, else None), the ``mention`` and
    ``verb`` of its own attribution, and ``continued`` when it carries on a quote from the previous
    paragraph. ``language`` (a code such as "uk" or "sr-Latn") selects the words of attribution
    in ``labels.SPEECH_WORDS``; for a language missing there only the marks are used.
    ``blockquotes`` maps the indexes of paragraphs set as a quotation (an HTML ``<blockquote>``)
    to the number of their blockquote: such a paragraph is a quote without marks, its speaker
    named on a "— Name, role" line after it.
    Never raises on any strings; time is linear in the text, and only the first ``MAX_QUOTES``
    quote-mark pairs and ``people.MAX_MENTIONS`` names are examined.
    """
    if isinstance(paragraphs, str):
        paragraphs = (paragraphs,)
    originals = tuple(p if isinstance(p, str) else "" for p in paragraphs)
    paras = tuple(p.replace("\u0589", ".") if "\u0589" in p else p for p in originals)
    raws = []
    left = MAX_QUOTES
    for text in paras:
        raws.append(scan_marks(text, left) if left > 0 else [])
        left -= len(raws[-1])
    zones = Zones(raws)
    lang = language_for(language_code(language))
    registry = Registry(
        paras, zones.contains, lang.after_name if lang else None, lang.code if lang else None
    )
    quotes = Builder(paras, raws, registry, lang, blockquotes or {}).run(originals)
    return quotes, registry.people()
