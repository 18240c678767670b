"""The site's languages: one data file per language, and the look-up tables built from them.

Each ``lang/xx.py`` holds the words osce.org's pages in language ``xx`` use, as plain data, in any
of these tables (a language may lack some; ``tests/test_lang.py`` names what each one lacks):

``LABELS``         field name -> its metadata labels, "|"-separated ("Date | Publishing date").
``CONTENT_TYPES``  canonical English type -> the names the site gives it ("Пресс-релиз").
``OTHER_TYPES``    the types of pages that are not releases ("Document | Event"), "|"-separated:
                   a listing item showing one is not a release (optional).
``SECTIONS``       kind of non-body block -> headings that open it ("contacts": "Contacts").
``MONTHS``         twelve entries, January first, each the month's forms separated by spaces:
                   nominative, genitive or other case forms a date uses, abbreviations (no dot).
``YEAR_WORDS``     words written next to a year that comes first ("2008 წლის 4 სექტემბერი").
``LINK_WORDS``     words between a date's parts ("4 de septiembre de 2008").
``SPEECH``         the words of direct speech and of the people in it, by kind:
    "verbs"        speech verbs as written next to a quote, before it ("X said: «…»") and after it
                   ("«…», said X"); "after" and "before" hold those written on one side only.
    "lead"         words that may open an attribution after a quote ("deyə X bildirib").
    "according"    "according to" before a speaker's name.
    "according after"  "according to" written after the name ("X'e göre", "X'in ifadesiyle"), the
                   name's case suffix after an apostrophe left out.
    "name suffixes"  case suffixes glued to a name before such a postposition ("Вальднердің"),
                   left out to find the name.
    "head words"   words that name or mark an institution's head ("jefa", "encabezada"): a role
                   "la Jefa de la Presencia" finds "la Presencia …, encabezada por X".
    "with words"   words after which a name is an object, not the sentence's subject ("with",
                   "by"): a colon lead-in naming a person so does not make them the speaker.
    "naming verbs" verbs that describe something with the quoted words ("called the agreement
                   “a milestone”"): with an object before the quote, the subject speaks.
    "as"           "as X said" written verb first, the name after it in the nominative ("как
                   сообщила X, «…»", "kako je istakla X, „…“").
    "pronouns"     subject pronouns; one alone refers to anyone.
    "titles"       words written before a name as a title or role (lower-case; case forms listed).
    "female", "male"  titles that tell the holder's gender (they count as titles too).
    "honorifics"   words dropped from a name ("пан", "gospođa"); "male honorifics" and
                   "female honorifics" list those that tell a gender on their own ("Mr", "Ms").
    "orgs"         words of institutions that end a name ("Misije", "Biura"), lower-case.
    "aux"          auxiliaries and adverbs between a speaker and the verb ("je", "також").
    "title stems"  for a script without capitals: a title is any word starting with one of these.
    "traits"       "drop": an attribution may leave out its subject ("„…“, rekla je.");
                   "verb-final": the speaker is often named before the quote and the verb after
                   it ("X, “…” dedi."); "caseless": the script has no capital letters;
                   "genitive-according": "according to" takes the genitive ("по словам").
    "female surname endings", "male surname endings"  endings that tell a surname's gender.
    "genitive endings"  how a name in the genitive goes back to the nominative, as "gen>nom"
                   rules tried in order: "fg:y>a" (a woman's given name), "m:a>_" (a man's
                   name, the ending dropped); read after a genitive "according to".
    "name cases"   the same rules for the other cases of a name ("fg:ą>a": "Eleną" → "Elena"),
                   tried when the given name as written is not one the dictionary knows.
    "oblique endings"  endings of words in a case other than the nominative ("Hrvatskoj",
                   "Укрінформу"): such a word does not end a name as its second surname.
    English also holds the grammar words the name and quote rules read ("role nouns",
    "connectors", "naming cues", …; see ``lang/en.py``).
  "verbs", "after", "before", "lead", "according", "according after", "as", "naming verbs"
  and "adverbs" are "|"-separated phrases; the other kinds are space-separated words. "a/b"
  gives a man's and a woman's form: a past-tense verb or a pronoun that shows the speaker's
  gender ("сказав/сказала", "on/ona").

Adding a language: write ``lang/xx.py`` and add its code to :data:`LANGUAGES`. The tables below map
the :func:`fold`-ed word to its meaning, so every look-up is one dict access; no other module
hard-codes a word of a language.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections import Counter
from types import ModuleType
from typing import Any, TypeVar

from ..memo import remember_short

__all__ = [
    "ALIASES",
    "CONTENT_TYPES",
    "FIELD_LABELS",
    "LABEL_LANGUAGES",
    "LANGUAGES",
    "LINK_WORDS",
    "MONTHS",
    "OPTIONAL_TABLES",
    "OTHER_TYPES",
    "SECTION_WORDS",
    "SPEECH_WORDS",
    "TABLES",
    "YEAR_WORDS",
    "base_language",
    "content_type_key",
    "fold",
    "has_labels",
    "label_key",
    "letters",
    "missing_tables",
    "section_phrases",
    "text_language",
]

# The languages with a data file, in the order their words are merged where order matters.
_CODES = "en de fr ru it es hu uk sr pl mk ro sq tr az kk ky tg uz ka hy hr cs el"
LANGUAGES: tuple[str, ...] = tuple(_CODES.split(" "))
TABLES = ("LABELS", "CONTENT_TYPES", "SECTIONS", "MONTHS", "YEAR_WORDS", "LINK_WORDS", "SPEECH")
# Tables a language may leave out without a gap being reported.
OPTIONAL_TABLES = ("OTHER_TYPES",)

_MODULES: dict[str, ModuleType] = {
    code: importlib.import_module(f".{code}", __name__) for code in LANGUAGES
}

# Spelling variants a page may use for one word: Turkish dotted/dotless i, Romanian s/t with
# cedilla or comma, apostrophe look-alikes (Ukrainian ʼ, Uzbek ʻ, typographic ’).
_FOLD = str.maketrans(
    {"\u0307": None, "ı": "i", "ş": "ș", "ţ": "ț", "’": "'", "ʼ": "'", "ʻ": "'", "‘": "'"}
)


@remember_short(64, 8192)  # words, not longer text
def fold(word: str) -> str:
    """The look-up form of ``word``: case-folded, spelling variants merged."""
    folded = word.casefold()
    return folded if folded.isascii() else folded.translate(_FOLD)


# Languages read with another language's tables: Bosnian and Montenegrin with Serbian's.
ALIASES = {"bs": "sr", "me": "sr", "cnr": "sr"}


@functools.lru_cache(maxsize=256)
def base_language(language: str | None) -> str:
    """The data file a language tag reads: ``"sr-Latn"``, ``"RU"``, ``"bs"``, None -> ``"sr"``,
    ``"ru"``, ``"sr"``, ``"en"``."""
    if not language:
        return "en"
    code = language.replace("_", "-").split("-", 1)[0].lower()
    return ALIASES.get(code, code)


def missing_tables(code: str) -> tuple[str, ...]:
    """The tables (of :data:`TABLES`) the data file of language ``code`` does not have."""
    module = _MODULES[code]
    return tuple(name for name in TABLES if not getattr(module, name, None))


_T = TypeVar("_T")


def _collect(table: str) -> dict[str, Any]:
    """One table of every language that has it, by language code."""
    return {code: getattr(m, table) for code, m in _MODULES.items() if getattr(m, table, None)}


def _keys(word: str) -> set[str]:
    """The look-up keys of one written word: folded, and plainly case-folded for callers that
    only case-fold."""
    return {fold(word), word.casefold()}


def _add(table: dict[str, _T], word: str, meaning: _T) -> None:
    for key in _keys(word):
        if table.setdefault(key, meaning) != meaning:
            raise ValueError(f"{word!r} means both {table[key]!r} and {meaning!r}")


def _invert(words: dict[str, str]) -> dict[str, str]:
    """``{meaning: "A | B"}`` -> ``{key(A): meaning, key(B): meaning}``."""
    table: dict[str, str] = {}
    for meaning, written in words.items():
        for word in written.split("|"):
            _add(table, word.strip(), meaning)
    return table


def _months(names: tuple[str, ...]) -> dict[str, int]:
    """Twelve ``"form form …"`` entries -> ``{key(form): month number}``."""
    if len(names) != 12:
        raise ValueError(f"a MONTHS table has 12 entries, not {len(names)}")
    table: dict[str, int] = {}
    for number, forms in enumerate(names, start=1):
        for form in forms.split():
            _add(table, form, number)
    return table


# Metadata label (folded, no colon) -> field name.
_LABELS: dict[str, dict[str, str]] = _collect("LABELS")
FIELD_LABELS: dict[str, dict[str, str]] = {code: _invert(w) for code, w in _LABELS.items()}
# Content type as shown (folded) -> canonical English type ("пресс-релиз" -> "press release").
_TYPES: dict[str, dict[str, str]] = _collect("CONTENT_TYPES")
CONTENT_TYPES: dict[str, dict[str, str]] = {code: _invert(w) for code, w in _TYPES.items()}
# Type of a page that is not a release, as shown (folded) -> "other".
_OTHER: dict[str, str] = _collect("OTHER_TYPES")
OTHER_TYPES: dict[str, dict[str, str]] = {c: _invert({"other": w}) for c, w in _OTHER.items()}
# Word that opens a block that is not body text -> "contacts", "related", "share", "photo", ...
_SECTIONS: dict[str, dict[str, str]] = _collect("SECTIONS")
SECTION_WORDS: dict[str, dict[str, str]] = {code: _invert(w) for code, w in _SECTIONS.items()}
# Month name or abbreviation (folded, no dot) -> month number.
_MONTH_FORMS: dict[str, tuple[str, ...]] = _collect("MONTHS")
MONTHS: dict[str, dict[str, int]] = {code: _months(n) for code, n in _MONTH_FORMS.items()}
YEAR_WORDS: dict[str, tuple[str, ...]] = _collect("YEAR_WORDS")
LINK_WORDS: dict[str, tuple[str, ...]] = _collect("LINK_WORDS")
# The words of direct speech, per language and kind (see the module docstring).
SPEECH_WORDS: dict[str, dict[str, str]] = _collect("SPEECH")
# Languages whose metadata labels we can read.
LABEL_LANGUAGES: frozenset[str] = frozenset(FIELD_LABELS)


def has_labels(language: str | None) -> bool:
    """True if the labels of ``language`` are known (False: only structure can be read)."""
    return base_language(language) in LABEL_LANGUAGES


def label_key(word: str, table: dict[str, dict[str, str]], language: str | None) -> str | None:
    """Look ``word`` (colon stripped) up in ``table`` for ``language``, falling back to
    English."""
    key = fold(word)
    lang = base_language(language)
    found = table.get(lang, {}).get(key)
    if found is None and lang != "en":
        found = table["en"].get(key)
    return found


@functools.cache
def letters(language: str | None) -> frozenset[str]:
    """The letters beyond ASCII that the words of a language's data file use ("čřšžěáíé…" for
    Czech): a sample of its alphabet, for telling legacy charsets apart. Empty without a file."""
    module = _MODULES.get(base_language(language))
    if module is None:
        return frozenset()
    found: set[str] = set()
    for name in TABLES:
        _gather(getattr(module, name, None), found)
    return frozenset(ch for ch in found if not ch.isascii() and ch.isalpha())


def _gather(value: Any, found: set[str]) -> None:
    if isinstance(value, str):
        found.update(value.lower())
    elif isinstance(value, dict):
        for item in value.values():
            _gather(item, found)
    elif isinstance(value, tuple | list):
        for item in value:
            _gather(item, found)


_WORD_RUN = re.compile(r"[^\W\d_]{3,}")
_VOCABULARY_PARTS = ("verbs", "according", "pronouns", "titles")


@functools.cache
def _vocabulary() -> dict[str, frozenset[str]]:
    """Each language's own words, folded: full month names and their case forms, year words,
    speech verbs, "according to", pronouns and titles (abbreviations and short words left out:
    they are shared across languages)."""
    found: dict[str, frozenset[str]] = {}
    for code in LANGUAGES:
        words: set[str] = set()
        for forms in _MONTH_FORMS.get(code, ()):
            words.update(forms.split())
        words.update(YEAR_WORDS.get(code, ()))
        speech = SPEECH_WORDS.get(code, {})
        for part in _VOCABULARY_PARTS:
            words.update(_WORD_RUN.findall(speech.get(part, "")))
        found[code] = frozenset(fold(w) for w in words if len(w) > 3)
    return found


def text_language(text: str) -> str | None:
    """The site language whose own words (:func:`_vocabulary`) occur most often in ``text``:
    at least two occurrences and more than any other language's, else None (a guess from the
    words of the language files, for pages that name no language)."""
    counts = Counter(fold(w) for w in _WORD_RUN.findall(text))
    scores = sorted(
        (
            (sum(n for w, n in counts.items() if w in words), code)
            for code, words in _vocabulary().items()
        ),
        reverse=True,
    )
    (best, code), (second, _) = scores[0], scores[1]
    return code if best >= 2 and best > second else None


def section_phrases(kind: str, language: str | None) -> tuple[str, ...]:
    """The folded ``SECTIONS`` phrases of one kind ("contact line") in ``language`` and English,
    for matching the start of a text."""
    return _section_phrases(kind, base_language(language))


@functools.cache
def _section_phrases(kind: str, language: str) -> tuple[str, ...]:
    found = []
    for code in dict.fromkeys((language, "en")):
        written = _SECTIONS.get(code, {}).get(kind, "")
        found += [fold(p.strip()) for p in written.split("|") if p.strip()]
    return tuple(found)


def content_type_key(text: str, language: str | None) -> str | None:
    """The canonical type of a content-type label as shown ("Пресс-релиз" -> "press release")."""
    return label_key(text.strip(), CONTENT_TYPES, language)
