"""People named in release paragraphs: fullest names, attached roles and gender.

``Registry`` scans the paragraphs once for person names (title + name, given name + surname, or a
capitalised name in a speaking position), merges surname-only and title + surname mentions into the
fullest name, and answers the three look-ups quote attribution needs: by name, by role ("the
Minister") and by pronoun ("he" = the last person of that gender named before a position).
Gender comes from honorifics and gendered titles, the gender-guesser first-name dictionary, the
his/her pronouns near a mention, and Slavic/Baltic surname endings, in that order of trust.
Titles, honorifics and pronouns of the other languages come from ``labels.SPEECH_WORDS``; role
phrases are recognised in English only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain, islice
from typing import Protocol

from .labels import SPEECH_WORDS
from .models import Person

__all__ = [
    "ANYONE",
    "MAX_MENTIONS",
    "NounPhrase",
    "PersonEntry",
    "Registry",
    "alternation",
    "analyze_np",
    "first_name_gender",
    "gendered",
    "has_case_ending",
    "is_abbreviation",
    "is_name_token",
    "name_base",
    "speech_words",
    "wordset",
]

Key = tuple[int, int]
"""A position in the release: (paragraph index, character offset)."""

MALE, FEMALE = "male", "female"
ANYONE = "anyone"
"""The gender of a word that refers to a person of either gender ("ő", "ол", a bare "dedi")."""


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set (for the vocabularies below)."""
    return frozenset(text.split())


def speech_words(language: str, kind: str) -> str:
    """One kind of ``labels.SPEECH_WORDS`` for ``language`` ("" when it has none)."""
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


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases``, longest first; a space matches a run of spaces and an
    apostrophe its look-alikes ("ta'kidladi" = "taʼkidladi")."""
    unique = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    return "|".join(
        r"[ \u00a0]+".join(re.escape(w).replace("'", "['’ʼʻ‘]") for w in p.split()) for p in unique
    )


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


# --- vocabulary -----------------------------------------------------------------------------------

HONORIFICS: dict[str, str | None] = {
    "mr": MALE,
    "mister": MALE,
    "sir": MALE,
    "lord": MALE,
    "monsieur": MALE,
    "herr": MALE,
    "mrs": FEMALE,
    "ms": FEMALE,
    "miss": FEMALE,
    "madam": FEMALE,
    "madame": FEMALE,
    "mme": FEMALE,
    "dame": FEMALE,
    "lady": FEMALE,
    "frau": FEMALE,
    "baroness": FEMALE,
    "dr": None,
    "prof": None,
    "h.e.": None,
    "excellency": None,
    "hon": None,
    "honourable": None,
    "honorable": None,
    "rev": None,
    "his": None,
    "her": None,
} | {
    word: (None if gender == ANYONE else gender)
    for lang in SPEECH_WORDS
    for word, gender in gendered(speech_words(lang, "honorifics").split()).items()
}
"""Words dropped from a speaker's name; the value is the gender they imply."""

GENDERED_ROLES: dict[str, str] = (
    {
        "chairman": MALE,
        "spokesman": MALE,
        "congressman": MALE,
        "ombudsman": MALE,
        "king": MALE,
        "prince": MALE,
        "baron": MALE,
        "duke": MALE,
        "count": MALE,
        "emperor": MALE,
        "chairwoman": FEMALE,
        "spokeswoman": FEMALE,
        "congresswoman": FEMALE,
        "queen": FEMALE,
        "princess": FEMALE,
        "duchess": FEMALE,
        "countess": FEMALE,
        "empress": FEMALE,
        "ambassadress": FEMALE,
        "businesswoman": FEMALE,
        "businessman": MALE,
    }
    | dict.fromkeys(_other_words("female"), FEMALE)
    | dict.fromkeys(_other_words("male"), MALE)
)

FOREIGN_TITLES = _other_words("titles", "female", "male")
"""Titles in the other languages of osce.org (``labels.SPEECH_WORDS``), lower-cased: Russian
writes them in lower case before a name ("посол Игли Хасани")."""

TITLES = (
    wordset(
        """ambassador minister president vice-president prime secretary general secretary-general
    director director-general colonel lieutenant major captain commander admiral brigadier judge
    justice prosecutor commissioner representative rapporteur envoy chair chairperson
    chair-in-office chairperson-in-office chairman-in-office co-chair co-ordinator coordinator
    head chief deputy special senior foreign interior defence defense mayor governor senator
    mp spokesperson adviser advisor officer counsellor counselor consul attaché chargé
    high member president-elect patriarch bishop archbishop pope sheikh emir premier chancellor
    professor ombudsperson delegate undersecretary under-secretary vice first executive permanent
    personal acting outgoing incoming former new principal assistant associate auditor
    superintendent inspector sergeant corporal marshal general-major major-general
    lieutenant-general lieutenant-colonel co-rapporteur speaker"""
    )
    | frozenset(GENDERED_ROLES)
    | FOREIGN_TITLES
)
"""Words that precede a name as a title or role ("Foreign Minister Ian Borg")."""

RANKS = wordset(
    """ambassador colonel lieutenant major captain commander admiral brigadier judge professor
    sergeant corporal marshal inspector superintendent senator"""
)
"""Titles kept as a role of their own when a longer role precedes them."""

ROLE_NOUNS = (
    wordset(
        """minister ambassador head chief director president secretary representative commissioner
    coordinator co-ordinator chair chairperson chairman chairwoman chair-in-office
    chairperson-in-office chairman-in-office spokesperson spokesman spokeswoman official officer
    envoy expert adviser advisor rapporteur judge prosecutor mayor governor deputy leader member
    delegate ombudsman ombudsperson premier chancellor counsellor counselor consul diplomat
    observer monitor trainer participant journalist activist lawyer professor researcher analyst
    manager moderator secretary-general director-general co-chair colonel general commander
    captain officer specialist consultant chairs heads ministers ambassadors representatives
    experts officials participants co-ordinators coordinators mediator negotiator facilitator
    speaker president-elect parliamentarian politician senator mp mps legislator author victim
    witness survivor student teacher citizen resident founder attorney patriarch bishop
    superintendent inspector sergeant rector dean auditor undersecretary under-secretary"""
    )
    | frozenset(GENDERED_ROLES)
    | FOREIGN_TITLES
)
"""Nouns naming what a person is: they make a phrase a role ("the Head of Mission")."""

ROLE_ADJECTIVES = wordset(
    """new former outgoing incoming acting interim current first principal permanent personal
    executive assistant associate vice deputy special senior chief foreign prime national
    regional local international federal state lead leading top"""
)

ORG_WORDS = wordset(
    """council mission office organization organisation assembly committee commission union nations
    republic ministry government parliament centre center department group forum conference
    presence programme program project court agency institute university secretariat chairmanship
    chairpersonship federation states kingdom police service association network foundation
    initiative platform unit division section bureau board directorate administration authority
    academy school college party coalition alliance partnership fund bank institution delegation
    embassy team force forces army navy declaration document act law code strategy plan agreement
    convention treaty charter report statement resolution decision summit meeting session
    dialogue process talks award prize festival street square city region province district
    municipality river lake sea mountains media press news radio television club company
    corporation cabinet senate congress house assembly network commissioner's community
    communities people parliaments centres offices missions governments organizations ministries
    day week month year women men youth children girls boys international national european
    regional federal central eastern western northern southern united human rights democratic
    independent joint global annual public civil civic economic environmental social political
    military security peace"""
) | _other_words("orgs")
"""Words that end a personal name: an organisation, document, place or date follows."""

COMMON = wordset(
    """the a an in on at by for from with as after before during while when where he she it they
    we i you his her its their our my your this that these those today yesterday tomorrow
    meanwhile also both each every all some many such speaking according following addressing
    welcoming opening closing but and or however moreover furthermore there here under over
    between among since until through to of if although though despite dear thank thanks
    participants several other another most more only then later earlier now thus therefore
    not no yes please what who which how why whose whom one two three"""
)
"""Everyday words that are capitalised only because they start a sentence."""

PARTICLES = wordset(
    """von van der den de del della di da du dos das la le bin ibn al el zu ter ten"""
)
CONNECTORS = wordset("of for to in on and the")
DETERMINERS = wordset("the a an")
PRONOUNS: dict[str, str | None] = {"they": None, "it": None} | {
    word: gender
    for lang in ("en", "de", "fr", "ru", "it", "es", "hu")
    for word, gender in gendered(speech_words(lang, "pronouns").split()).items()
}
"""Subject pronouns known in every language, with their gender (None: not a person). Those of
the other languages ("on", "o", "u", "el") are words elsewhere: ``quotes`` looks them up in the
release's language only."""
SUBJECT_STOP = wordset(
    """is are was were be been being has have had will would can could should may might must that
    which who whom whose this these those it its they we i you our their not as if but so than
    what when where while because although also"""
)

_FEMALE_SURNAME_ENDINGS = (
    "ova",
    "eva",
    "ová",
    "ská",
    "cká",
    "skaya",
    "ienė",
    "aitė",
    "ytė",
    "ūtė",
    "ovna",
    "evna",
    "yova",
    "ska",
    "ова",
    "ева",
    "ёва",
    "ская",
    "цкая",
    "ська",
    "цька",
    "айте",
    "овна",
)
_MALE_SURNAME_ENDINGS = (
    "ov",
    "ev",
    "ský",
    "cký",
    "skiy",
    "skii",
    "ovich",
    "evich",
    "ski",
    "ов",
    "ев",
    "ёв",
    "ский",
    "цкий",
    "ський",
    "цький",
    "ович",
    "евич",
)


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

_SP = r"[ \u00a0]"
ABBREVIATIONS = wordset(
    "mr mrs ms dr prof st amb gen col lt maj capt sen rep gov hon rev jr sr mme mlle no vs e.g i.e "
    "h.e u.s u.n"
)
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

SPEECH_VERBS = alternation(
    form for kind in ("verbs", "after") for form in speech_words("en", kind).split("|")
)
"""English verbs of saying, in the forms that attribute a quote (a regex alternation)."""

_AFTER_SPEECH = re.compile(rf",?{_SP}+(?:also{_SP}+|further{_SP}+|then{_SP}+)?(?:{SPEECH_VERBS})\b")
_ROLE_REF = re.compile(
    rf"[Tt]he{_SP}+[{UP}][\w’'\-\u2011]*(?:{_SP}+(?:(?:of|for|on|in|to|and|the){_SP}+)*"
    rf"[{UP}][\w’'\-\u2011]*){{0,6}}"
)
_CAP_WORD = re.compile(rf"[{UP}][\w\-\u2011]*")
_NOUN_SUFFIXES = (
    "tion",
    "tions",
    "sion",
    "sions",
    "ment",
    "ments",
    "ness",
    "ities",
    "ance",
    "ances",
    "ence",
    "ences",
    "ism",
    "isms",
    "ship",
    "ships",
)
_BEFORE_SPEECH = re.compile(rf"(?:\b(?:{SPEECH_VERBS})|\baccording to|\bby){_SP}+$")
_APPOSITIVE = re.compile(
    rf",{_SP}+(?P<role>[^,.;:!?\"“”„«»]{{2,150}}?)(?=[,.;:!?]|{_SP}+(?:{SPEECH_VERBS})\b|$)"
)
_STOP_CHARS = frozenset(',;:.!?()"“”«»')
_WORDS = re.compile(r"[^ \u00a0]+")
_PRONOUN_RE = re.compile(  # "her" only as a possessive after a preposition ("in her speech")
    r"\b(?:(he|his|himself)|(she|hers|herself|(?:(?<=in )|(?<=of )|(?<=for )|(?<=with )|"
    r"(?<=at )|(?<=on )|(?<=to )|(?<=by )|(?<=from )|(?<=during )|(?<=about ))her))\b",
    re.IGNORECASE,
)
_LOOKBACK = 300
_LONGEST_RUN = 10  # words of a capitalised run that can hold a name and the titles before it
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[\"“”„«»]")


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


def _is_capitalised(token: str) -> bool:
    return bool(token) and token[0].isupper()


@lru_cache(maxsize=8192)
def is_name_token(token: str) -> bool:
    """True for a token that can be part of a personal name (not a title, org or common word)."""
    if not _is_capitalised(token):
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


def _end_of_name(text: str, lo: int, hi: int) -> int:
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


@cache
def _detector() -> object:
    # Imported on first use: reading the name dictionary takes about 0.2 s.
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


@lru_cache(maxsize=8192)
def first_name_gender(name: str) -> str | None:
    """Return "male", "female", "mostly_male", "mostly_female" or None for a given name;
    every part of a hyphenated name must be a given name ("Frank-Walter", not "Anti-Semitic")."""
    if len(name) < 2 or name.endswith("."):
        return None
    genders = [_detector().get_gender(part) for part in name.split("-")]  # type: ignore[attr-defined]
    known = (MALE, FEMALE, "mostly_male", "mostly_female", "andy")
    if not all(g in known for g in genders):
        return None
    return genders[0] if genders[0] != "andy" else None


def _surname_gender(surname: str) -> str | None:
    low = surname.lower()
    if low.endswith(_FEMALE_SURNAME_ENDINGS):
        return FEMALE
    if low.endswith(_MALE_SURNAME_ENDINGS):
        return MALE
    return None


# --- noun phrases ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """A phrase that refers to a speaker: a pronoun, a (titled) name or a role."""

    text: str
    kind: str  # "pronoun", "name", "role" or "thing" (a document or statement, not a person)
    name: tuple[str, ...] = ()
    role: tuple[str, ...] = ()
    gender: str | None = None

    @property
    def bare(self) -> str:
        """The speaker as written: the name, else the phrase without a leading determiner."""
        if self.kind == "name":
            return " ".join(self.name)
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


@lru_cache(maxsize=4096)
def analyze_np(phrase: str) -> NounPhrase | None:
    """Classify a speaker phrase, or None when it cannot be a speaker ("is what the")."""
    words = phrase.replace("\u00a0", " ").split()
    if not words or len(words) > 14:
        return None
    first = words[0].lower()
    if len(words) == 1 and first in PRONOUNS:
        return NounPhrase(first, "pronoun", gender=PRONOUNS[first])
    if any(norm_word(w) in SUBJECT_STOP or norm_word(w) in PRONOUNS for w in words):
        return None
    if first in DETERMINERS:
        words[0] = first
    text = " ".join(words)
    cut = split_name(words)
    name = tuple(name_base(w) for w in words[cut:])
    role = tuple(w for w in words[:cut] if norm_word(w) not in HONORIFICS)
    gender = _cue_gender(words[:cut])
    after_connector = cut > 0 and words[cut - 1].lower() in CONNECTORS  # "Office in Tajikistan"
    if (
        name
        and not after_connector
        and (first not in DETERMINERS or len(name) > 1 or _is_title(words[cut - 1]))
    ):
        return NounPhrase(text, "name", name, role, gender)
    if not any(_is_capitalised(w) or is_role_word(norm_word(w)) for w in words):
        kind = "thing" if first in DETERMINERS else ""  # "the statement said"
        return NounPhrase(text, kind) if kind else None
    return NounPhrase(text, "role", (), tuple(words), gender)


def _cue_gender(words: Iterable[str]) -> str | None:
    """Gender implied by honorifics or gendered titles among ``words`` ("Ms", "Chairwoman")."""
    gender = None
    for word in words:
        low = norm_word(word)
        gender = HONORIFICS.get(low) or GENDERED_ROLES.get(low) or gender
    return gender


# --- the registry ---------------------------------------------------------------------------------


@dataclass(eq=False, slots=True)
class PersonEntry:
    """A person being assembled from mentions; ``person()`` freezes it."""

    tokens: tuple[str, ...]
    first: Key
    roles: list[str] = field(default_factory=list)
    cue_gender: str | None = None
    votes: list[int] = field(default_factory=lambda: [0, 0])
    role_words: frozenset[str] = frozenset()

    @property
    def name(self) -> str:
        """The fullest name given."""
        return " ".join(self.tokens)

    def add_role(self, role: str) -> None:
        """Attach ``role`` (without a leading determiner) unless already known."""
        words = role.split()
        while words and words[0].lower() in DETERMINERS:
            words.pop(0)
        role = " ".join(words).strip(" ,")
        if role and role.lower() not in (r.lower() for r in self.roles):
            self.roles.append(role)
            self.role_words = self.role_words | {
                canonical_role_word(norm_word(w)) for w in words if not w.isupper()
            }

    @property
    def gender(self) -> str | None:
        """Gender from honorifics/titles, then the name dictionary, pronouns, surname ending."""
        if self.cue_gender:
            return self.cue_gender
        given = first_name_gender(self.tokens[0]) if len(self.tokens) > 1 else None
        if given in (MALE, FEMALE):
            return given
        male, female = self.votes
        if male != female:
            return MALE if male > female else FEMALE
        if given:
            return MALE if given == "mostly_male" else FEMALE
        return _surname_gender(self.tokens[-1])

    def person(self) -> Person:
        """The frozen ``Person``."""
        return Person(self.name, tuple(self.roles), self.gender)


def _given_gender(entry: PersonEntry) -> bool:
    """True when the first-name dictionary is sure of the person's gender."""
    return len(entry.tokens) > 1 and first_name_gender(entry.tokens[0]) in (MALE, FEMALE)


@dataclass(slots=True)
class _Mention:
    key: Key
    end: int
    entry: PersonEntry


class _Spans(Protocol):
    def __call__(self, para: int, pos: int) -> bool: ...


MAX_MENTIONS = 2000
"""Most name runs, surname mentions and role mentions examined per release. A long release names
a few dozen people; each run costs some 40 µs, so a page of 50 000 names would take seconds:
past the cap the rest of the page is not searched for people."""


class Registry:
    """The people of one release, with the order in which they are named.

    ``after_speech`` matches the speech verbs that may follow a name ("Ian Borg said"), which
    show that an untitled name is a person's; English by default.
    """

    def __init__(
        self,
        paragraphs: Sequence[str],
        in_quote: _Spans,
        after_speech: re.Pattern[str] | None = None,
    ) -> None:
        self._paragraphs = paragraphs
        self._after_speech = after_speech or _AFTER_SPEECH
        self._entries: list[PersonEntry] = []
        self._by_full: dict[str, PersonEntry] = {}
        self._by_last: dict[str, list[PersonEntry]] = {}
        self._mentions: list[_Mention] = []
        self._mentioned: set[int] = set()
        self._by_role_word: dict[str, set[PersonEntry]] = {}
        self._runs: dict[str, tuple[Key, int, tuple[str, ...]]] = {}
        self._keys: list[Key] = []
        self._scan(in_quote)

    # building

    def _scan(self, in_quote: _Spans) -> None:
        found = self._names()
        found.sort(key=lambda f: len(f[2]) < 2)  # full names first, then "Ambassador Lenarčič"
        for key, end, name, roles, gender in found:
            self._record(self._entry_for(name, key), key, end, roles, gender)
        covered = sorted((m.key, m.end) for m in self._mentions)
        for key, end, token in self._surname_mentions():
            i = bisect.bisect(covered, (key, end)) - 1
            if i < 0 or covered[i][0][0] != key[0] or covered[i][1] < key[1]:
                self._record(self._entry_for((token,), key), key, end, [], None)
        self._mentions.sort(key=lambda m: m.key)
        self._keys = [m.key for m in self._mentions]
        self._role_mentions()
        self._vote_pronouns(in_quote)
        self._mentions = [m for m in self._mentions if not in_quote(*m.key)]
        self._keys = [m.key for m in self._mentions]

    def _names(self) -> list[tuple[Key, int, tuple[str, ...], list[str], str | None]]:
        """The names in the first ``MAX_MENTIONS`` capitalised runs, with (key, end, name, roles,
        gender); runs without evidence that they name a person are kept aside in ``_runs``."""
        found: list[tuple[Key, int, tuple[str, ...], list[str], str | None]] = []
        examined = 0
        for p, text in enumerate(self._paragraphs):
            for m in NAME_SEQ.finditer(text):
                examined += 1
                if examined > MAX_MENTIONS:
                    return found
                spans = _sentences(text, *m.span()) if "." in m.group() else (m.span(),)
                for lo, hi in spans:
                    if hi - lo > 200:  # a name and its titles are a few words: the last ones
                        lo = _last_words(text, lo, hi, _LONGEST_RUN)
                    hi = _end_of_name(text, lo, hi)
                    candidate = self._candidate(text, lo, hi) if " " in text[lo:hi] else None
                    if candidate is None:
                        continue
                    start, name, roles, gender = candidate
                    if roles is None:
                        self._runs[name[-1]] = ((p, start), hi, name)
                    else:
                        found.append(((p, start), hi, name, roles, gender))
        return found

    def _matches(self, pattern: re.Pattern[str]) -> Iterator[tuple[int, re.Match[str]]]:
        """The first ``MAX_MENTIONS`` matches of ``pattern`` in the paragraphs, with their
        paragraph index."""
        found = ((p, m) for p, text in enumerate(self._paragraphs) for m in pattern.finditer(text))
        return islice(found, MAX_MENTIONS)

    def _role_mentions(self) -> None:
        """Count "the Secretary General" as a mention of the person introduced with that role."""
        if not any(e.roles for e in self._entries):
            return
        found = []
        for p, m in self._matches(_ROLE_REF):
            np = analyze_np(m.group())
            entry = self.by_role(np.role, (p, m.start())) if np and np.kind == "role" else None
            if entry is not None:
                found.append(_Mention((p, m.start()), m.end(), entry))
        if found:
            self._mentions = sorted(self._mentions + found, key=lambda m: m.key)
            self._keys = [m.key for m in self._mentions]

    def _surname_mentions(self) -> list[tuple[Key, int, str]]:
        """Every standalone occurrence of a known surname ("Zannier said", "Zannier's"), up to
        ``MAX_MENTIONS``."""
        tokens = sorted(self._by_last, key=len, reverse=True)
        found = []
        for p, text in enumerate(self._paragraphs):
            hits: Iterable[tuple[int, str]]
            if len(tokens) <= 12:  # a few str.find calls beat a regex pass
                hits = _find_all(text, tokens)
            else:
                hits = (
                    (m.start(), m.group())
                    for m in _CAP_WORD.finditer(text)
                    if m.group() in self._by_last
                )
            for i, token in hits:
                j = i + len(token)
                if _is_word_at(text, i, j):
                    found.append(((p, i), j, token))
                    if len(found) >= MAX_MENTIONS:
                        return found
        return found

    def _candidate(
        self, text: str, lo: int, hi: int
    ) -> tuple[int, tuple[str, ...], list[str] | None, str | None] | None:
        """Return (name start, name, roles, cue gender) when a capitalised run ends in a name;
        roles is None when nothing shows that the name is a person's."""
        if not is_name_token(text[max(lo, text.rfind(" ", lo, hi) + 1) : hi]):
            return None  # "OSCE Permanent Council": a name must come last
        tokens = text[lo:hi].split()
        for i in range(len(tokens) - 2, -1, -1):
            if tokens[i].endswith(("'s", "’s")):  # "Malta's Foreign Minister Ian Borg"
                tokens = tokens[i + 1 :]
                break
        cut = _given_name_start(tokens, split_name(tokens))
        name = tuple(name_base(t) for t in tokens[cut:])
        titled = cut > 0 and _is_title(tokens[cut - 1])
        gender = _cue_gender(tokens[:cut])
        if not titled and all(t.isupper() or _is_title(t) for t in tokens[:cut]):
            before = text[max(0, lo - 30) : lo].split()  # "глава МООНК Ламберто Заньер"
            titled = bool(before) and before[-1].islower() and _is_title(before[-1])
            if titled and gender is None:
                gender = _cue_gender(before[-1:])  # "заступниця Олена Коваль"
        if not name or (len(name) == 1 and not titled):
            return None
        start = hi
        for token in reversed(name):
            start = max(lo, text.rfind(token, lo, start))
        roles_after = _roles_after(text, hi)
        if not titled and not _looks_personal(
            text, start, hi, name, bool(roles_after), self._after_speech
        ):
            return start, name, None, None
        return start, name, _roles_before(text, start) + roles_after, gender

    def _entry_for(self, name: tuple[str, ...], key: Key) -> PersonEntry:
        """The person ``name`` refers to, created if new; a fuller name replaces a shorter one."""
        entry = self.find(name, key)
        if entry is None:
            entry = PersonEntry(name, key)
            self._entries.append(entry)
        elif len(name) <= len(entry.tokens):
            return entry
        entry.tokens = name
        self._by_full[entry.name] = entry
        for token in name[1:] if len(name) > 1 else name:  # any later token can be the surname
            if token not in PARTICLES and entry not in self._by_last.setdefault(token, []):
                self._by_last[token].append(entry)
        return entry

    def _record(
        self, entry: PersonEntry, key: Key, end: int, roles: list[str], gender: str | None
    ) -> None:
        self._mentions.append(_Mention(key, end, entry))
        self._mentioned.add(id(entry))
        entry.first = min(entry.first, key)
        for role in roles:
            entry.add_role(role)
        for word in entry.role_words:
            self._by_role_word.setdefault(word, set()).add(entry)
        if gender:
            entry.cue_gender = gender

    def _vote_pronouns(self, in_quote: _Spans) -> None:
        """Count he/his vs she/her after a mention, up to the sentence end or the next person."""
        for i, mention in enumerate(self._mentions):
            p, pos = mention.key
            if mention.entry.cue_gender or _given_gender(mention.entry) or in_quote(p, pos):
                continue
            text = self._paragraphs[p]
            limit = min(len(text), mention.end + 200)
            if i + 1 < len(self._mentions) and self._mentions[i + 1].key[0] == p:
                limit = min(limit, self._mentions[i + 1].key[1])
            stop = _SENTENCE_END.search(text, mention.end, limit)
            if stop:
                limit = stop.start()
            for v in _PRONOUN_RE.finditer(text, mention.end, limit):
                mention.entry.votes[0 if v.group(1) else 1] += 1

    def add_speaker(self, name: tuple[str, ...], key: Key) -> PersonEntry:
        """Register a speaker first named in an attribution ("…," said Smith); a surname
        completes to a name seen earlier without other evidence ("Harlem Désir, a condamné")."""
        if len(name) == 1 and name[0] in self._runs and self._runs[name[0]][0] < key:
            key, _, name = self._runs[name[0]]
        entry = self._entry_for(name, key)
        if id(entry) not in self._mentioned:
            self._mentioned.add(id(entry))
            i = bisect.bisect(self._keys, key)
            self._mentions.insert(i, _Mention(key, key[1], entry))
            self._keys.insert(i, key)
        return entry

    # look-ups

    def find(self, name: Sequence[str], key: Key) -> PersonEntry | None:
        """The person a (partial) name refers to: exact, else by surname, nearest before ``key``."""
        full = " ".join(name)
        if full in self._by_full:
            return self._by_full[full]
        candidates = [e for e in self._by_last.get(name[-1], ()) if _contains(e.tokens, name)]
        if not candidates:
            return None
        before = [e for e in candidates if e.first <= key]
        return max(before, key=lambda e: e.first) if before else candidates[0]

    def by_pronoun(self, gender: str | None, key: Key) -> PersonEntry | None:
        """The last person of ``gender`` named before ``key`` (else the last of unknown gender);
        for ``ANYONE``, the last person named."""
        if gender is None:
            return None
        fallback = None
        last = bisect.bisect_left(self._keys, key) - 1
        if gender == ANYONE:
            return self._mentions[last].entry if last >= 0 else None
        for i in range(last, max(-1, last - _LOOKBACK), -1):
            entry_gender = self._mentions[i].entry.gender
            if entry_gender == gender:
                return self._mentions[i].entry
            if entry_gender is None and fallback is None:
                fallback = self._mentions[i].entry
        return fallback

    def by_role(self, words: Sequence[str], key: Key) -> PersonEntry | None:
        """The person introduced with a role matching ``words`` ("the Minister"), nearest first."""
        wanted = _role_key(tuple(words))
        if not wanted:
            return None
        holders: set[PersonEntry] = set.intersection(
            *(self._by_role_word.get(w, set()) for w in wanted)
        )
        if not holders:
            return None
        i = bisect.bisect_left(self._keys, key)
        before = range(i - 1, max(-1, i - 1 - _LOOKBACK), -1)
        after = range(i, min(len(self._mentions), i + _LOOKBACK))
        for j in chain(before, after):
            if self._mentions[j].entry in holders:
                return self._mentions[j].entry
        return None

    def people(self) -> tuple[Person, ...]:
        """Every person named, in order of first mention."""
        return tuple(e.person() for e in sorted(self._entries, key=lambda e: e.first))


@lru_cache(maxsize=4096)
def _role_key(words: tuple[str, ...]) -> frozenset[str]:
    """The role words a phrase asks for ("the Head of Mission" → head, mission), or nothing."""
    wanted = frozenset(
        canonical_role_word(norm_word(w))
        for w in words
        if not w.isupper() and norm_word(w) not in CONNECTORS | DETERMINERS
    )
    return wanted if any(is_role_word(w) for w in wanted) else frozenset()


def _given_name_start(tokens: Sequence[str], cut: int) -> int:
    """Move the start of a long name to its given name: "Minorities Lamberto Zannier"."""
    if len(tokens) - cut < 3 or first_name_gender(tokens[cut]):
        return cut
    for i in range(cut + 1, len(tokens) - 1):
        if first_name_gender(tokens[i]):
            return i
    return cut


def _looks_personal(
    text: str,
    lo: int,
    hi: int,
    name: tuple[str, ...],
    has_role: bool,
    after_speech: re.Pattern[str],
) -> bool:
    """An untitled run is a person if it opens with a given name and does not look like an
    institution, or sits in a speaking slot (a speech verb after or before it) or before a role,
    not after "of"/"for"."""
    if any(norm_word(t) in ORG_WORDS or t.lower().endswith(_NOUN_SUFFIXES) for t in name):
        return False
    if first_name_gender(name[0]):
        return True
    before = text[max(0, lo - 5) : lo].split()
    if before and before[-1] in CONNECTORS:  # "the Court of Human Rights"
        return False
    if has_role or after_speech.match(text, hi):
        return True
    return bool(_BEFORE_SPEECH.search(text, max(0, lo - 40), lo))


def _last_words(text: str, lo: int, hi: int, count: int) -> int:
    """The start of the last ``count`` words of text[lo:hi] (``lo`` if it has fewer)."""
    for _ in range(count):
        space = max(text.rfind(" ", lo, hi), text.rfind("\u00a0", lo, hi))
        if space < 0:
            return lo
        hi = space
    return hi + 1


def _find_all(text: str, tokens: Sequence[str]) -> Iterator[tuple[int, str]]:
    for token in tokens:
        i = text.find(token)
        while i >= 0:
            yield i, token
            i = text.find(token, i + len(token))


def _is_word_at(text: str, i: int, j: int) -> bool:
    """True when text[i:j] is a whole word (a possessive "'s" may follow)."""
    before = text[i - 1] if i else " "
    after = text[j] if j < len(text) else " "
    if before.isalnum() or before in "-\u2011'’":
        return False
    return not (after.isalnum() or after in "-\u2011")


def _sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Split a capitalised run at words ending a sentence ("Oslo. The") but not at "Mr." or "J."."""
    parts = []
    for t in _WORDS.finditer(text, lo, hi):
        word = t.group()
        if word.endswith(".") and not is_abbreviation(word):
            parts.append((lo, t.end() - 1))
            lo = t.end() + 1
    if lo < hi:
        parts.append((lo, hi))
    return [(a, b) for a, b in parts if a < b]


def is_abbreviation(word: str) -> bool:
    """True for "Mr.", "H.E." or an initial such as "J."."""
    core = word.rstrip(".").lower()
    return core in ABBREVIATIONS or len(core) == 1 or "." in core


def _contains(known: Sequence[str], name: Sequence[str]) -> bool:
    """True when ``name`` can be a shorter or longer form of ``known`` (same surname, given name
    equal or an initial of it)."""
    if len(name) == 1 or len(known) == 1:
        return True
    a, b = known[0].rstrip("."), name[0].rstrip(".")
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


@lru_cache(maxsize=8192)
def _is_title(token: str) -> bool:
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


# --- roles ----------------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _roleish(token: str) -> bool:
    low = norm_word(token)
    if not low or (low in COMMON and low not in CONNECTORS) or _is_day(low):
        return False
    if _is_capitalised(token):
        return True
    return is_role_word(low) or low in ROLE_ADJECTIVES or low in ORG_WORDS


def _is_day(low: str) -> bool:
    return low.endswith("day") or low in {
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }


def _walk_back(words: list[str]) -> list[str]:
    """The role-like words at the end of ``words`` (stopping at punctuation or plain words)."""
    taken: list[str] = []
    for word in reversed(words):
        if not word or word[-1] in _STOP_CHARS:
            break
        if not (_roleish(word) or word.lower() in CONNECTORS):
            break
        taken.append(word)
    taken.reverse()
    while taken and taken[0].lower() in CONNECTORS - {"the"}:
        taken.pop(0)
    return taken


def _clean_role(words: list[str]) -> list[str]:
    """Split ``words`` into roles: honorifics dropped, a trailing rank kept as a role of its own."""
    while words and norm_word(words[-1]) in HONORIFICS:
        words.pop()
    if not any(is_role_word(norm_word(w)) or norm_word(w).endswith("-in-office") for w in words):
        return []
    if (
        len(words) > 1
        and norm_word(words[-1]) in RANKS
        and any(is_role_word(norm_word(w)) and norm_word(w) not in RANKS for w in words[:-1])
    ):
        return [*_clean_role(words[:-1]), words[-1]]
    return [" ".join(words)]


def _roles_before(text: str, start: int) -> list[str]:
    """Roles written before a name: "UNMIK head", "Malta's Foreign Minister and …, Ian Borg"."""
    words = text[max(0, start - 160) : start].split(" ")
    if start > 160:
        words = words[1:]
    taken = _walk_back(words[:-1] if words and not words[-1] else words)
    roles = _clean_role(list(taken))
    rest = words[: len(words) - len(taken) - (1 if words and not words[-1] else 0)]
    rest = [w for w in rest if w]
    if rest and rest[-1].endswith(",") and (not roles or all(norm_word(r) in RANKS for r in roles)):
        before = _walk_back([*rest[:-1], rest[-1][:-1]])
        if before and not _ends_with_name(before):
            roles = _clean_role(before) + roles
    return roles


def _ends_with_name(words: list[str]) -> bool:
    cut = split_name(words)
    return cut < len(words) and cut > 0 and _is_title(words[cut - 1])


def _roles_after(text: str, end: int) -> list[str]:
    """A role in apposition after a name: "Lamberto Zannier, the head of UNMIK, said"."""
    m = _APPOSITIVE.match(text, end)
    if not m:
        return []
    words = m.group("role").split()
    body = words[1:] if words and words[0].lower() in DETERMINERS else words
    if not body or not _roleish(body[0]) or norm_word(body[0]) in SUBJECT_STOP:
        return []
    if not any(is_role_word(norm_word(w)) or norm_word(w).endswith("-in-office") for w in body):
        return []
    if split_name(body) == 0:
        return []
    return [" ".join(body)]
