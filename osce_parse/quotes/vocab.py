"""The word sets the name and quote rules read, built from the language files (``lang/*.py``).

No word is written here: English grammar words ("role nouns", "connectors", "naming cues", …) live
in ``lang/en.py``, the other languages' titles, honorifics, pronouns and institutions in their own
files; this module only turns them into the sets and patterns the rules look words up in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..lang import SPEECH_WORDS
from ..lang.en import MONTHS as _ENGLISH_MONTH_FORMS

__all__ = [
    "ABBREVIATIONS",
    "ADVERBS",
    "ADVERB_WORDS",
    "ANYONE",
    "COMMON",
    "CONNECTORS",
    "DETERMINERS",
    "ENGLISH_MONTHS",
    "FEMALE",
    "FEMALE_SURNAME_ENDINGS",
    "FOREIGN_TITLES",
    "GENDERED_ROLES",
    "GROUP",
    "GROUPS",
    "GROUP_WORDS",
    "HONORIFICS",
    "MALE",
    "MALE_SURNAME_ENDINGS",
    "NAMING_CUES",
    "NOUN_SUFFIXES",
    "ORG_WORDS",
    "PARTICLES",
    "PRONOUNS",
    "QUANTIFIERS",
    "RANKS",
    "ROLE_ADJECTIVES",
    "ROLE_NOUNS",
    "SPEECH_VERBS",
    "SUBJECT_STOP",
    "TITLES",
    "UNNAMED",
    "UP",
    "Key",
    "alternation",
    "gendered",
    "group_pronouns",
    "speech_words",
    "without_suffix",
    "wordset",
]

Key = tuple[int, int]
"""A position in the release: (paragraph index, character offset)."""

MALE, FEMALE = "male", "female"
ANYONE = "anyone"
GROUP = "group"
"""The "gender" of a pronoun that refers to a group speaking as one ("they", "они")."""
"""The gender of a word that refers to a person of either gender ("ő", "ол", a bare "dedi")."""


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set."""
    return frozenset(text.split())


def speech_words(language: str, kind: str) -> str:
    """One kind of ``lang.SPEECH_WORDS`` for ``language`` ("" when it has none)."""
    return SPEECH_WORDS.get(language, {}).get(kind, "")


def gendered(words: Iterable[str]) -> dict[str, str]:
    """``["on/ona", "ő"]`` -> ``{"on": MALE, "ona": FEMALE, "ő": ANYONE}``, lower-cased."""
    table: dict[str, str] = {}
    for word in words:
        forms = word.strip().lower().split("/")
        if len(forms) == 2:
            table[forms[0]], table[forms[1]] = MALE, FEMALE
        elif forms[0]:
            table[forms[0]] = ANYONE
    return table


def without_suffix(phrase: str, suffixes: Iterable[str]) -> str:
    """A name without the case suffix its language glues to it before a postposition
    ("Вальднердің айтуынша" -> "Вальднер")."""
    for suffix in suffixes:
        if phrase.endswith(suffix) and len(phrase) > len(suffix) + 2:
            return phrase[: -len(suffix)]
    return phrase


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases``, longest first; a space matches a run of spaces and an
    apostrophe its look-alikes ("ta'kidladi" = "taʼkidladi")."""
    unique = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    return "|".join(
        r"[ \u00a0]+".join(re.escape(w).replace("'", "['’ʼʻ‘]") for w in p.split()) for p in unique
    )


def _english(kind: str) -> frozenset[str]:
    return wordset(speech_words("en", kind))


def _other_words(*kinds: str) -> frozenset[str]:
    """The words of ``kinds`` in every language but English, lower-cased, "a/b" pairs split."""
    return frozenset(
        form
        for lang in SPEECH_WORDS
        if lang != "en"
        for kind in kinds
        for word in speech_words(lang, kind).lower().split()
        for form in word.split("/")
    )


def _honorifics() -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    for gender, kind in ((MALE, "male honorifics"), (FEMALE, "female honorifics")):
        table |= dict.fromkeys(_english(kind), gender)
    table |= dict.fromkeys(_english("honorifics"), None)
    for lang in SPEECH_WORDS:
        if lang != "en":
            words = gendered(speech_words(lang, "honorifics").split())
            table |= {w: (None if g == ANYONE else g) for w, g in words.items()}
    return table


HONORIFICS: dict[str, str | None] = _honorifics()
"""Words dropped from a speaker's name; the value is the gender they imply."""

GENDERED_ROLES: dict[str, str] = (
    dict.fromkeys(_english("male"), MALE)
    | dict.fromkeys(_english("female"), FEMALE)
    | dict.fromkeys(_other_words("female"), FEMALE)
    | dict.fromkeys(_other_words("male"), MALE)
)
"""Titles and role nouns that tell their holder's gender ("chairwoman", "ambasadorka")."""

FOREIGN_TITLES = _other_words("titles", "female", "male")
"""Titles in the other languages of osce.org, lower-cased: Russian writes them in lower case
before a name ("посол Игли Хасани")."""

TITLES = _english("titles") | frozenset(GENDERED_ROLES) | FOREIGN_TITLES
"""Words that precede a name as a title or role ("Foreign Minister Ian Borg")."""

RANKS = _english("ranks")
"""Titles kept as a role of their own when a longer role precedes them."""

ROLE_NOUNS = _english("role nouns") | frozenset(GENDERED_ROLES) | FOREIGN_TITLES
"""Nouns naming what a person is: they make a phrase a role ("the Head of Mission")."""

ROLE_ADJECTIVES = _english("role adjectives")
ORG_WORDS = _english("orgs") | _other_words("orgs")
"""Words that end a personal name: an organisation, document, place or date follows."""

COMMON = _english("common")
"""Everyday words that are capitalised only because they start a sentence."""

PARTICLES = _english("particles")
CONNECTORS = _english("connectors") | frozenset(
    w for lang in SPEECH_WORDS if lang != "en" for w in speech_words(lang, "connectors").split()
)
"""Words that join a name to what follows it ("of", Polish "z"): English's and each language's."""
DETERMINERS = _english("determiners") | frozenset(
    w for lang in SPEECH_WORDS for w in speech_words(lang, "articles").lower().split()
)
"""Articles that may open a speaker phrase: "the", and "die", "les", "el", … of the others."""
UNNAMED = frozenset(
    w for lang in SPEECH_WORDS for w in speech_words(lang, "unnamed").lower().split()
)
"""Words that open a phrase for somebody left unnamed ("one of the participants", "a
spokesperson", "un participant"): such a speaker stays None."""
SUBJECT_STOP = _english("subject stop")
ABBREVIATIONS = _english("abbreviations")
NAMING_CUES = _english("naming cues")
QUANTIFIERS = _english("quantifiers")
NOUN_SUFFIXES = tuple(speech_words("en", "noun suffixes").split())
ENGLISH_MONTHS = frozenset(forms.split()[0] for forms in _ENGLISH_MONTH_FORMS)
"""English month names in full ("january"), which are not part of a person's name."""

_ADVERB_PHRASES = [p.strip() for p in speech_words("en", "adverbs").split("|") if p.strip()]
ADVERBS = "(?:" + "|".join(_ADVERB_PHRASES) + ")"
"""Adverbs between a speaker and a speech verb ("he also said"), as a regex group."""
ADVERB_WORDS = frozenset(w for p in _ADVERB_PHRASES for w in p.split())

PRONOUNS: dict[str, str | None] = dict.fromkeys(_english("group pronouns")) | {
    word: gender
    for lang in ("en", "de", "fr", "ru", "it", "es", "hu")
    for word, gender in gendered(speech_words(lang, "pronouns").split()).items()
}
"""Subject pronouns known in every language, with their gender (None: not one person; ANYONE:
a person of either gender). Those of the other languages ("on", "o", "u", "el") are words
elsewhere: the quote rules look them up in the release's language only."""

FEMALE_SURNAME_ENDINGS = tuple(
    e for lang in SPEECH_WORDS for e in speech_words(lang, "female surname endings").split()
)
MALE_SURNAME_ENDINGS = tuple(
    e for lang in SPEECH_WORDS for e in speech_words(lang, "male surname endings").split()
)


def _group_phrases() -> dict[str, frozenset[str]]:
    return {
        lang: frozenset(
            " ".join(p.lower().split())
            for p in speech_words(lang, "groups").split("|")
            if p.strip()
        )
        for lang in SPEECH_WORDS
    }


GROUPS: dict[str, frozenset[str]] = _group_phrases()
"""Nouns that name a group or an institution speaking as one ("observers", "the Mission",
"сопредседатели"), per language, lower-case."""
GROUP_WORDS = frozenset(w for phrases in GROUPS.values() for p in phrases for w in p.split())
"""Every word of those nouns, in any language."""


def group_pronouns(language: str) -> frozenset[str]:
    """The pronouns that refer to a group in ``language`` ("they", "они"), lower-case."""
    return wordset(speech_words(language, "group pronouns").lower())


SPEECH_VERBS = alternation(
    form for kind in ("verbs", "after") for form in speech_words("en", kind).split("|")
)
"""English verbs of saying, in the forms that attribute a quote (a regex alternation)."""


def _char_class(predicate: Callable[[str], bool], ranges: Iterable[tuple[int, int]]) -> str:
    """Return a regex character-class body for the code points in ``ranges`` that pass."""
    codes = [c for lo, hi in ranges for c in range(lo, hi) if predicate(chr(c))]
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "".join(parts)


_SCRIPT_RANGES = ((0x41, 0x250), (0x370, 0x590), (0x10A0, 0x10D0), (0x1E00, 0x1F00))
UP = _char_class(lambda c: c.isupper() or c.istitle(), _SCRIPT_RANGES)
"""Regex class body of upper-case letters (Latin, Greek, Cyrillic, Armenian, old Georgian)."""
