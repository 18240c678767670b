"""Names and noun phrases: which words can be part of a person's name, a name's gender, and what
kind of speaker a phrase is ("he", "Ambassador Lenarčič", "the Head of Mission").

Roles written around a name are read in :mod:`.roles`. Every word list comes from :mod:`.vocab`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .morph import adjectival_surname, given_name, is_common_word, nominative
from .vocab import (
    ABBREVIATIONS,
    COMMON,
    CONNECTORS,
    DETERMINERS,
    ENGLISH_MONTHS,
    FEMALE,
    FEMALE_SURNAME_ENDINGS,
    GENDERED_ROLES,
    GROUPS,
    HONORIFICS,
    MALE,
    MALE_SURNAME_ENDINGS,
    ORG_WORDS,
    PARTICLES,
    PRONOUNS,
    ROLE_NOUNS,
    SUBJECT_STOP,
    TITLES,
    UNNAMED,
    UP,
    speech_words,
)

__all__ = [
    "NAME_SEQ",
    "NounPhrase",
    "analyze_np",
    "articles_of",
    "canonical_role_word",
    "cue_gender",
    "end_of_name",
    "first_name_gender",
    "group_start",
    "has_case_ending",
    "is_abbreviation",
    "is_capitalised",
    "is_day",
    "is_name_token",
    "is_role_word",
    "is_title",
    "name_base",
    "name_span",
    "norm_word",
    "split_name",
    "surname_gender",
]


_SP = r"[ \u00a0]"


_W = r"[\w’'\-\u2011]"


_NEXT_UP = rf"(?={_SP}+[{UP}])"


_TOKEN = (  # the class comes first so that the regex engine can skip ahead quickly
    rf"[{UP}](?<!{_W}.)(?:(?:\.[{UP}])*\.{_NEXT_UP}|{_W}{{1,3}}\.{_NEXT_UP}|{_W}*)"
)


_PARTICLE_RE = "|".join(sorted(PARTICLES, key=len, reverse=True))


NAME_SEQ = re.compile(rf"{_TOKEN}(?:{_SP}+(?:(?:{_PARTICLE_RE}){_SP}+)*{_TOKEN})+")
"""A run of two or more capitalised words, with name particles ("von der") allowed between them;
short words may end with a period ("Mr.", "J.") and are split off later unless abbreviations.
Single words are found afterwards as surnames of the people these runs name."""


# --- small word helpers ---------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def norm_word(token: str) -> str:
    """Lower-case ``token`` without its possessive and surrounding punctuation."""
    low = token.strip("()[],;:").lower().replace("\u2011", "-").replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    elif low.endswith("s'"):
        low = low[:-1]
    return low


@lru_cache(maxsize=8192)
def canonical_role_word(low: str) -> str:
    """Map role-word variants to one form (chairperson, chairman, chair → chair)."""
    for variant in ("chairperson", "chairman", "chairwoman"):
        if low.startswith(variant):
            return "chair" + low[len(variant) :]
    return low.replace("coordinator", "co-ordinator")


@lru_cache(maxsize=8192)
def is_role_word(low: str) -> bool:
    """True when ``low`` names a role (head, minister, chair-in-office…), singular or plural."""
    return low in ROLE_NOUNS or low.rstrip("s") in ROLE_NOUNS or low in TITLES


def is_capitalised(token: str) -> bool:
    return bool(token) and token[0].isupper()


@lru_cache(maxsize=8192)
def is_name_token(token: str) -> bool:
    """True for a token that can be part of a personal name (not a title, org or common word)."""
    if not is_capitalised(token):
        return False
    if (
        len(token) > 1
        and not token.endswith(".")
        and (token[1].isupper() or token[1:].replace(".", "").isupper())
    ):
        return False  # an acronym such as OSCE or UNMIK, also inflected: "OEBS-a", "ЕККУнун"
    low = norm_word(token)
    return not (
        low in TITLES
        or low in ORG_WORDS
        or low in COMMON
        or low in HONORIFICS
        or low in ROLE_NOUNS
        or low.endswith("-in-office")
        or low.rsplit("-", 1)[-1] in TITLES
    )


@lru_cache(maxsize=8192)
def name_base(token: str) -> str:
    """A name token without a possessive or case ending: "Borg's", Turkish "Zannier'in" and
    Armenian "Զանիերը" (with its article) -> "Borg", "Zannier", "Զանիեր"."""
    cut = max(token.rfind("'"), token.rfind("’"))
    if cut >= 2 and 0 < len(token) - cut - 1 <= 4 and token[cut + 1 :].islower():
        return token[:cut]
    if len(token) > 2 and token[-1] == "ը" and "\u0531" <= token[-2] <= "\u0587":
        return token[:-1]
    return token


def has_case_ending(word: str) -> bool:
    """A word with a case ending after an apostrophe: "Zannier'in", "Konseyi'nde"."""
    return name_base(word) != word and not word.endswith(("'s", "’s"))


def is_abbreviation(word: str) -> bool:
    """True for "Mr.", "H.E." or an initial such as "J."."""
    core = word.rstrip(".").lower()
    return core in ABBREVIATIONS or len(core) == 1 or "." in core


@lru_cache(maxsize=8192)
def is_title(token: str) -> bool:
    """A title or role right before a name: "Ambassador", "Chief Monitor", "UNMIK-Leiter"."""
    low = norm_word(token)
    last = low.rsplit("-", 1)[-1]
    return (
        low in TITLES
        or low in HONORIFICS
        or low in ROLE_NOUNS
        or last in TITLES
        or low.endswith("-in-office")
    )


def first_name_gender(name: str, language: str | None = None) -> str | None:
    """The gender of ``name`` as a given name ("male", "female", "mostly_male", "mostly_female",
    "anyone"), or None: :func:`.morph.given_name`."""
    return given_name(name, language)


def surname_gender(surname: str) -> str | None:
    low = surname.lower()
    if low.endswith(FEMALE_SURNAME_ENDINGS):
        return FEMALE
    if low.endswith(MALE_SURNAME_ENDINGS):
        return MALE
    return None


def end_of_name(text: str, lo: int, hi: int) -> int:
    """The end of the name in the run text[lo:hi] without a trailing inflected word that is not
    part of it: "Thomas Greminger Ankara'yı" (Turkish: "… Ankara" in the accusative) ends at
    Greminger; "Lamberto Zannier'in" and "Helga Maria Schmid'in" keep the surname."""
    space = max(text.rfind(" ", lo, hi), text.rfind("\u00a0", lo, hi))
    if space < 0 or not has_case_ending(text[space + 1 : hi]):
        return hi
    before = text[lo:space].split()
    if len(before) < 2 or first_name_gender(before[-1]):
        return hi
    return space


# --- noun phrases ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """A phrase that refers to a speaker: a pronoun, a (titled) name or a role."""

    text: str
    kind: str  # "pronoun", "name", "role", "group", "unnamed" (somebody left unnamed) or
    # "thing" (a document or statement, not a person)
    name: tuple[str, ...] = ()
    role: tuple[str, ...] = ()
    gender: str | None = None

    @property
    def bare(self) -> str:
        """The speaker as written: the name, the group ("Co-Chairs"), else the phrase without a
        leading determiner."""
        if self.kind == "name":
            return " ".join(self.name)
        if self.kind == "group":
            return " ".join(w.strip(".,;:!?()") for w in self.role)
        words = self.text.split()
        while words and (words[0].lower() in DETERMINERS or norm_word(words[0]) in HONORIFICS):
            words.pop(0)
        return " ".join(words)


def split_name(tokens: Sequence[str]) -> int:
    """Return the index where the trailing personal name starts in ``tokens`` (len if none)."""
    i = len(tokens)
    while i > 0:
        if is_name_token(tokens[i - 1]):
            i -= 1
            continue
        j = i
        while j > 0 and tokens[j - 1] in PARTICLES:
            j -= 1
        if j == i or i == len(tokens) or j == 0 or not is_name_token(tokens[j - 1]):
            break
        i = j
    while i < len(tokens) and tokens[i] in PARTICLES:
        i += 1
    return i


def _name_word(token: str, language: str | None) -> bool:
    """A word that may be part of a person's name: a capitalised word that is no title, role,
    organisation, everyday word, acronym, honorific abbreviation, day or month, and that
    morphology does not know as only a common word. On a page in another language than
    English, an English title that is a given name there too counts ("Emir Hodžić")."""
    if not is_name_token(token):
        low = norm_word(token)
        code = (language or "en").split("-")[0].lower()
        foreign = code != "en" and low not in _titles_of(code)
        title = is_capitalised(token) and low in TITLES and foreign
        return title and given_name(_bare(token), language) is not None
    low = norm_word(token)
    if is_day(low) or (token.endswith(".") and is_abbreviation(token)):
        return False
    return not is_common_word(name_base(token).rstrip(".,;:"), language)


# Words that link a role to what it is of ("Minister of Foreign Affairs of Georgia").
ROLE_LINKS = CONNECTORS - DETERMINERS - {"and"}


def name_span(
    tokens: Sequence[str], language: str | None = None, linked: bool = False
) -> tuple[int, int]:
    """Where the person's name stands in a phrase, ``(start, end)`` (equal when there is none);
    ``linked``: the phrase follows a word that links a role to its object ("… of").

    The name is the last run of name words; inside it, evidence decides: from the first given
    name (the first-name dictionary or morphology) through the given names, particles ("van
    der") and one surname, two when the run ends there ("Ingibjörg Sólrún Gísladóttir" has two
    given names); without a known given name, the run's last two words. Capital letters alone never
    make a word part of a name: "Minister of Foreign Affairs of Portugal João Mendes" gives "João
    Mendes", "Emil Kovač Tuesday" gives "Emil Kovač".
    """
    ok = [_name_word(t, language) for t in tokens]
    for i in range(1, len(tokens)):  # "Андрея Соколовского": an adjectival surname after a name
        if (
            not ok[i]
            and ok[i - 1]
            and is_capitalised(tokens[i])
            and given_name(_bare(tokens[i - 1]), language)
        ):
            ok[i] = adjectival_surname(_bare(tokens[i]), language)
    end = len(tokens)
    while end > 0 and not ok[end - 1]:
        end -= 1
    start = end
    while start > 0:
        if ok[start - 1]:
            start -= 1
            continue
        k = start
        while k > 0 and tokens[k - 1] in PARTICLES:  # "von der" between name words
            k -= 1
        if k == start or k == 0 or not ok[k - 1]:
            break
        start = k - 1
    while end - start > 1 and tokens[start].lower() in articles_of(language):
        start += 1  # "Η Παπαδάκη", "Der Botschafter": an article opening the sentence
    linked = linked if start == 0 else tokens[start - 1].lower() in ROLE_LINKS
    if end - start >= 3 and linked:
        start += 1  # "Minister … of Georgia Levan Beridze": the word after "of" ends the role
    given = [ok[i] and given_name(_bare(tokens[i]), language) is not None for i in range(end)]
    first = next((i for i in range(start, end) if given[i]), None)
    if first is None:
        start = max(start, end - 2)
        while start < end and tokens[start] in PARTICLES:
            start += 1
        return start, end
    if first == end - 1 and first > start:
        return first - 1, end  # "Arbëresha Gashi": the run's last word a given name elsewhere
    i = first
    while i < end and given[i]:
        i += 1
    j = i
    while j < end and tokens[j] in PARTICLES:
        j += 1
    if j == end:
        return first, i
    stop = j + 1
    if stop + 1 == end and ok[stop] and not _oblique(tokens[stop], language):
        stop += 1  # a second surname that ends the run: "Carlos Ibáñez Ruiz"
    return first, stop


def group_start(words: Sequence[str], language: str | None) -> int | None:
    """Where a group or institution speaking as one begins at the end of ``words`` ("the OSCE
    Programme Office" -> "Programme Office"; "les coprésidents" -> "coprésidents"): the group
    noun of the language (or English) and the capitalised words right before it; None when the
    phrase does not end in one."""
    code = (language or "en").split("-")[0].lower()
    nouns = GROUPS.get(code, frozenset()) | GROUPS.get("en", frozenset())
    for size in (2, 1):
        if len(words) < size:
            continue
        tail = " ".join(w.strip(".,;:!?()") for w in words[-size:]).lower()
        if tail in nouns:
            start = len(words) - size
            while (
                start > 0
                and is_capitalised(words[start - 1])
                and words[start - 1].lower() not in DETERMINERS  # "The observers"
                and not (words[start - 1].isupper() and len(words[start - 1]) > 1)
            ):
                start -= 1
            before = [w.lower() for w in words[:start] if w.lower() not in DETERMINERS]
            if before and before[-1] in CONNECTORS:
                return None  # "the Head of Mission", "one of the participants": a person
            return start
    return None


@lru_cache(maxsize=64)
def articles_of(language: str | None) -> frozenset[str]:
    """The articles of the page's language and English's determiners, lower-case."""
    code = (language or "en").split("-")[0].lower()
    return frozenset(speech_words(code, "articles").lower().split()) | _english_determiners()


@lru_cache(maxsize=1)
def _english_determiners() -> frozenset[str]:
    return frozenset(speech_words("en", "determiners").lower().split())


@lru_cache(maxsize=64)
def _titles_of(language: str) -> frozenset[str]:
    """The titles a language's own data file lists (lower-case, "a/b" pairs split)."""
    words = " ".join(speech_words(language, k) for k in ("titles", "female", "male"))
    return frozenset(form for w in words.lower().split() for form in w.split("/"))


def _oblique(word: str, language: str | None) -> bool:
    """A word in an oblique case by its ending, in a language with such endings ("Hrvatskoj")."""
    code = (language or "en").split("-")[0].lower()
    endings = _OBLIQUE.get(code, ())
    return bool(endings) and _bare(word).lower().endswith(endings)


_OBLIQUE = {
    lang: tuple(speech_words(lang, "oblique endings").split())
    for lang in ("ru", "uk", "sr", "pl", "cs")
}


def _bare(token: str) -> str:
    return name_base(token).strip(".,;:()–—").rstrip("-")


@lru_cache(maxsize=4096)
def analyze_np(
    phrase: str, language: str | None = None, genitive: bool = False
) -> NounPhrase | None:
    """Classify a speaker phrase, or None when it cannot be a speaker ("is what the"). A name is
    put back in the nominative (``genitive``: the phrase follows "according to" in a language
    that puts it in the genitive)."""
    words = phrase.replace("\u00a0", " ").split()
    if not words or len(words) > 14:
        return None
    first = words[0].lower()
    if len(words) == 1 and first in PRONOUNS:
        return NounPhrase(first, "pronoun", gender=PRONOUNS[first])
    articles = articles_of(language)  # Italian "il" is an article, not the French pronoun
    if any(
        norm_word(w) in SUBJECT_STOP or (norm_word(w) in PRONOUNS and w.lower() not in articles)
        for w in words
    ):
        return None
    if first in DETERMINERS:
        words[0] = first
    text = " ".join(words)
    start, end = name_span(words, language)
    gender = cue_gender(words[:start])
    name = nominative(tuple(_bare(w) for w in words[start:end]), language, genitive, gender)
    role = tuple(w for w in words[:start] if norm_word(w) not in HONORIFICS)
    group = (
        group_start(words, language)
        if start == end or not any(given_name(_bare(w), language) for w in words[start:end])
        else None
    )
    if group is not None and (start == end or end <= group):
        return NounPhrase(text, "group", role=tuple(words[group:]))
    known = any(given_name(_bare(w), language) for w in words[start:end])
    if not known and any(w.lower() in CONNECTORS for w in words[:start]):
        named = _name_before_of(words, start, language, genitive)  # "Dr Amir Hadžić of the …"
        if named is not None:
            return NounPhrase(text, "name", *named)
    after_connector = start > 0 and words[start - 1].lower() in CONNECTORS and not known
    if first in DETERMINERS and end - start == 1 and end < len(words):
        known = False  # "the German Foreign Minister": a word before a role, not a name
    if (
        name
        and not after_connector
        and (first not in DETERMINERS or len(name) > 1 or known or is_title(words[start - 1]))
    ):
        return NounPhrase(text, "name", name, role, gender)
    if first in UNNAMED:
        return NounPhrase(text, "unnamed", (), tuple(words))  # "one of the participants"
    if not any(is_capitalised(w) or is_role_word(norm_word(w)) for w in words):
        kind = "thing" if first in DETERMINERS else ""  # "the statement said"
        return NounPhrase(text, kind) if kind else None
    return NounPhrase(text, "role", (), tuple(words), gender)


def _name_before_of(
    words: list[str], stop: int, language: str | None, genitive: bool = False
) -> tuple[tuple[str, ...], tuple[str, ...], str | None] | None:
    """A person named before the "of …" phrase that ends ``words[:stop]`` (name, role words,
    gender): the name must hold a known given name and stand right before a connector."""
    for cut in range(1, stop):
        if words[cut].lower() not in CONNECTORS:
            continue
        start, end = name_span(words[:cut], language)
        if end != cut:
            continue
        name = nominative(tuple(_bare(w) for w in words[start:end]), language, genitive)
        if any(given_name(w, language) for w in name):
            role = tuple(w for w in words[:start] if norm_word(w) not in HONORIFICS)
            return name, role + tuple(words[cut + 1 :]), cue_gender(words[:start])
    return None


def cue_gender(words: Iterable[str]) -> str | None:
    """Gender implied by honorifics or gendered titles among ``words`` ("Ms", "Chairwoman")."""
    gender = None
    for word in words:
        low = norm_word(word)
        gender = HONORIFICS.get(low) or GENDERED_ROLES.get(low) or gender
    return gender


def is_day(low: str) -> bool:
    """A weekday or an English month name ("Tuesday", "March"), never part of a name."""
    return low.endswith("day") or (low != "may" and low in ENGLISH_MONTHS)
