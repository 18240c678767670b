"""Morphology of names: which words are given names, and the nominative of an inflected name.

Evidence, cheapest first: the first-name dictionary behind gender-guesser (Latin script;
Cyrillic and Greek names are looked up in a Latin transliteration), then, for Russian and
Ukrainian, pymorphy3's dictionaries, which tag given names, surnames and patronymics and put any
case back in the nominative. Polish, Serbian, Croatian, Bosnian and Czech names after a genitive
cue ("według", "prema riječima", "podle") are put back by the ending rules in their data files,
checked against the first-name dictionary. Dictionaries load on first use, so a page that never
needs them does not pay for them.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..lang import SPEECH_WORDS, base_language

__all__ = ["adjectival_surname", "given_name", "is_common_word", "nominative"]

MALE, FEMALE = "male", "female"
_MORPHOLOGY = ("ru", "uk")
_CYRILLIC = "абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюяђјљњћџѓќѕәғқңөұүһҳӣӯҷ"
_ROMAN = (
    "a b v g g d e yo ye zh z i i yi y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya dj j lj"
    " nj c dz gj kj dz a g k n o u u h h i u j"
).split()
_GREEK = "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ"
_GREEK_ROMAN = (
    "a v g d e z i th i k l m n x o p r s s t y f ch ps o a e i i o y o i y i y"
).split()
_LATIN = str.maketrans(
    {c: r.replace("-", "") for c, r in zip(_CYRILLIC, _ROMAN, strict=True)}
    | dict(zip(_GREEK, _GREEK_ROMAN, strict=True))
)
_TRANSLITERATED = frozenset(_CYRILLIC + _GREEK) - frozenset("ъыь")  # letters a name may start with


_GENDERS = ("male", "female", "mostly_male", "mostly_female", "andy")
_TABLE_FORMAT = 1


@cache
def _given_names() -> dict[str, str]:
    """Every given name of gender-guesser's dictionary (lower-case) -> its most likely gender.

    Reading the dictionary takes some 0.15 s, so its verdicts are kept as a compact table in the
    user's cache directory (:envvar:`OSCE_PARSE_CACHE_DIR`, else ``$XDG_CACHE_HOME/osce_parse``)
    and read from there in a few milliseconds by every later process; the table is rebuilt when
    the dictionary file changes, and kept in memory only when the directory is not writable.
    """
    source = _dictionary_file()
    path = _cache_dir() / f"given-names-{_TABLE_FORMAT}-{_stamp(source)}.tsv"
    try:
        return _read_table(path.read_text("utf-8"))
    except (OSError, ValueError):
        pass
    table = _build_table()
    lines = "".join(
        f"{gender}\t{' '.join(n for n, g in table.items() if g == gender)}\n" for gender in _GENDERS
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(lines, "utf-8")
        os.replace(partial, path)  # readers see the whole table or none
    except OSError:
        pass
    return table


def _read_table(text: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in text.splitlines():
        gender, _, names = line.partition("\t")
        if gender not in _GENDERS:
            raise ValueError(f"not a given-name table line: {line[:40]!r}")
        table.update(dict.fromkeys(names.split(" "), gender))
    table.pop("", None)
    if not table:
        raise ValueError("empty given-name table")
    return table


def _build_table() -> dict[str, str]:
    import gender_guesser.detector as gd

    detector = gd.Detector(case_sensitive=False)
    table = {}
    for name in detector.names:
        gender = detector.get_gender(name)
        if gender in _GENDERS and " " not in name:
            table[name] = gender
    return table


def _dictionary_file() -> Path | None:
    spec = importlib.util.find_spec("gender_guesser")
    folders = spec.submodule_search_locations if spec is not None else None
    return Path(next(iter(folders))) / "data" / "nam_dict.txt" if folders else None


def _stamp(source: Path | None) -> str:
    """Size and modification time of the dictionary file: a new version gets a new table."""
    if source is None:
        return "none"
    try:
        info = source.stat()
    except OSError:
        return "none"
    return f"{info.st_size}-{info.st_mtime_ns}"


def _cache_dir() -> Path:
    folder = os.environ.get("OSCE_PARSE_CACHE_DIR")
    if folder:
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "osce_parse"


@cache
def _analyzer(language: str) -> Any | None:
    """pymorphy3's analyser for Russian or Ukrainian, or None when it is not installed."""
    try:
        import pymorphy3
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        return pymorphy3.MorphAnalyzer(lang=language)
    except (ValueError, OSError):  # pragma: no cover - a dictionary package missing
        return None


def _dictionary_gender(word: str) -> str | None:
    if len(word) < 2 or word.endswith("."):
        return None
    parts = word.split("-")
    table = _given_names()
    genders = [table.get(part.lower()) for part in parts]
    if not all(genders):
        return None
    first = genders[0]
    assert first is not None
    return "anyone" if first == "andy" else first


@lru_cache(maxsize=8192)
def given_name(word: str, language: str | None = None) -> str | None:
    """The gender of ``word`` as a given name ("male", "female", "mostly_male", "mostly_female",
    "anyone"), or None when no dictionary knows it as one."""
    found = _dictionary_gender(word)
    if found is None and not word.isascii() and word[:1].lower() in _TRANSLITERATED:
        found = _dictionary_gender(word.lower().translate(_LATIN))
    if found is None and base_language(language) in _MORPHOLOGY:
        found = _morph_gender(word, base_language(language), "Name")
    return found


def _morph_gender(word: str, language: str, tag: str) -> str | None:
    analyzer = _analyzer(language)
    if analyzer is None:
        return None
    for parse in analyzer.parse(word):
        if tag in parse.tag and parse.score >= 0.1:
            gender: str = {"masc": MALE, "femn": FEMALE}.get(str(parse.tag.gender), "anyone")
            return gender
    return None


@lru_cache(maxsize=8192)
def is_common_word(word: str, language: str | None) -> bool:
    """Whether morphology knows ``word`` only as an adjective, participle or verb, never a name:
    "Национальному", "Украинской". Nouns are not ruled out: many surnames are nouns too
    ("Мельник", "Коваль"); nor are words the dictionary does not know. False when it cannot
    tell."""
    lang = base_language(language)
    analyzer = _analyzer(lang) if lang in _MORPHOLOGY else None
    if analyzer is None or not analyzer.word_is_known(word.lower()):
        return False
    parses = [p for p in analyzer.parse(word) if p.score >= 0.05]
    verbal = ("ADJF", "PRTF", "VERB", "INFN", "GRND")
    return bool(parses) and all(p.tag.POS in verbal for p in parses)


@lru_cache(maxsize=4096)
def adjectival_surname(word: str, language: str | None) -> bool:
    """Whether ``word`` may be a surname declined like an adjective ("Соколовского",
    "Ковальської"): morphology reads it as an adjective whose dictionary form ends in a male
    surname ending of the language ("-ский", "-ський"). Only as the word after a given name is
    that evidence enough ("Андрея Соколовского", not "Российской Федерации")."""
    lang = base_language(language)
    analyzer = _analyzer(lang) if lang in _MORPHOLOGY else None
    if analyzer is None:
        return False
    endings = _adjectival_endings(lang)
    return any(
        p.tag.POS == "ADJF" and p.normal_form.endswith(endings) for p in analyzer.parse(word)
    )


@cache
def _adjectival_endings(language: str) -> tuple[str, ...]:
    words = SPEECH_WORDS.get(language, {}).get("male surname endings", "").split()
    return tuple(w for w in words if w.endswith(("ий", "ой", "ый")))


def nominative(
    tokens: Sequence[str], language: str | None, genitive: bool = False, gender: str | None = None
) -> tuple[str, ...]:
    """The name ``tokens`` back in the nominative (the dictionary form), where the language's
    morphology or ending rules can tell; ``genitive`` says the words stand in the genitive
    ("по словам Ивана Горбенко", "według Katarzyny Nowak"); ``gender``, when a title before
    the name tells it, rules out the other gender's endings."""
    lang = base_language(language)
    if lang in _MORPHOLOGY and (analyzer := _analyzer(lang)) is not None:
        return _morph_nominative(tokens, analyzer, genitive, lang)
    if genitive:
        return _ending_nominative(tokens, lang, gender=gender)
    if tokens and given_name(tokens[0]) is None and SPEECH_WORDS.get(lang, {}).get("name cases"):
        return _ending_nominative(tokens, lang, "name cases", keep=False, gender=gender)
    return tuple(tokens)


_CASES = ("nomn", "gent", "datv", "ablt", "accs", "loct", "voct")


def _morph_nominative(
    tokens: Sequence[str], analyzer: Any, genitive: bool, language: str
) -> tuple[str, ...]:
    """Choose one gender and case that every word of the name can stand in (the genitive first
    when the context asks for it, else the nominative), and put each word in the nominative. A
    name that reads as nominative stays as written ("Игли Хасани"); no other case is read as a
    plural (one person speaks: "Саидов" is not the genitive of "Саиды"), nor a given name ever."""
    parses = [analyzer.parse(t) for t in tokens]
    endings = _adjectival_endings(language) if len(tokens) > 1 else ()
    order = ("gent", *(c for c in _CASES if c != "gent")) if genitive else _CASES
    for case in order:
        for gender in ("masc", "femn"):
            chosen = []
            for index, (token, options) in enumerate(zip(tokens, parses, strict=True)):
                hit = next(
                    (
                        p
                        for p in options
                        if case in p.tag
                        and ("plur" not in p.tag or _plural_allowed(p, case, index))
                        and _names_person(p, endings)
                        and (p.tag.gender in (gender, None) or _any_gender(p))
                    ),
                    None,
                )
                if hit is None and not any(_names_person(p, endings) for p in options):
                    chosen.append(token)  # a word morphology does not know: left as written
                    continue
                if hit is None:
                    break
                chosen.append(token if case == "nomn" else _inflect(token, hit))
            else:
                if case != "nomn" or chosen != list(tokens):
                    return tuple(chosen)
                return tuple(tokens)
    return tuple(tokens)


def _any_gender(parse: Any) -> bool:
    """A word that names a man or a woman alike: common gender ("Петренко"), or indeclinable
    ("Камиллери", which the dictionary files as a man's name)."""
    return bool({"ms-f", "Fixd"} & parse.tag.grammemes)


def _plural_allowed(parse: Any, case: str, index: int) -> bool:
    """A plural reading allowed: only as the nominative (a form the dictionary knows only as a
    plural: "Хасани"), and not for the given name that opens a name: one person has one given
    name, so "Ольги Петренко" is the genitive of "Ольга"; and "Саидов" is no genitive plural of
    "Саиды"."""
    return case == "nomn" and (index > 0 or "Name" not in parse.tag.grammemes)


def _names_person(parse: Any, endings: tuple[str, ...]) -> bool:
    """A reading of a name word: a given name, surname or patronymic, or (in a name of two
    words or more) an adjectival surname ("Соколовского")."""
    if {"Name", "Surn", "Patr"} & parse.tag.grammemes:
        return True
    return bool(endings) and parse.tag.POS == "ADJF" and parse.normal_form.endswith(endings)


def _inflect(token: str, parse: Any) -> str:
    form = parse.inflect({"nomn"})
    word: str = form.word if form is not None else parse.normal_form
    if "ё" not in token.lower():
        word = word.replace("ё", "е")  # the dictionary's ё, where the text writes е
    parts = token.split("-")
    if len(parts) == len(word.split("-")):
        return "-".join(w[:1].upper() + w[1:] for w in word.split("-"))
    return word[:1].upper() + word[1:]


def _ending_nominative(
    tokens: Sequence[str],
    language: str,
    kind: str = "genitive endings",
    keep: bool = True,
    gender: str | None = None,
) -> tuple[str, ...]:
    """Name endings put back by the language's rules ("case>nom" pairs in its
    ``SPEECH["genitive endings"]``, or for a given name the dictionary does not know as written
    its ``SPEECH["name cases"]``: "z … Eleną Petrovską" → "Elena Petrovska"), the reading whose
    given name the dictionary knows winning; with ``keep``, a known given name that no rule
    changes stays as written, the surname put back ("sipas Arben Hoxhës" → "Arben Hoxha": in
    Albanian only the last word of a name takes the case). ``gender``, when a title tells it
    ("ambasadorului Andrei Popescu"), is the only reading tried."""
    pairs = case_rules(language, kind)
    if not pairs or not tokens:
        return tuple(tokens)
    if len(tokens) == 1 and given_name(tokens[0]) is None:  # a surname alone: "Zdaniem Kamińskiej"
        for sex in (FEMALE, MALE):
            surname = _undo(tokens[0], pairs, sex, given=False)
            if surname:
                return (surname,)
        return tuple(tokens)
    genders = (gender,) if gender in (FEMALE, MALE) else (FEMALE, MALE)
    written = given_name(tokens[0]) if gender is None else None
    for undo in (True, False) if keep else (True,):  # a given name put back, else as written
        for sex in genders:
            given = _undo(tokens[0], pairs, sex, given=True) if undo else tokens[0]
            if given and given_name(given) in (sex, f"mostly_{sex}", "anyone"):
                rest = [(_undo(t, pairs, sex, given=False) or t) for t in tokens[1:]]
                if (
                    undo
                    and written in (MALE, FEMALE)
                    and written != sex
                    and rest == list(tokens[1:])
                ):
                    continue  # "Potrivit Andrei Popescu" is not "Andra": nothing else shows a case
                return (given, *rest)
    return tuple(tokens)


def _undo(word: str, rules: tuple[CaseRule, ...], gender: str, given: bool) -> str | None:
    """``word`` with the first matching ending rule of ``gender`` undone ("g" marks rules for
    given names only)."""
    for flags, ending, nominative_ending in rules:
        if gender[0] not in flags or ("g" in flags and not given):
            continue
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: len(word) - len(ending)] + nominative_ending
    return None


CaseRule = tuple[str, str, str]  # flags ("m", "f", "mf"; "g": given names only), ending, nominative


@lru_cache(maxsize=128)
def case_rules(language: str, kind: str) -> tuple[CaseRule, ...]:
    """The name-ending rules of one kind in a language file, written "f:gen>nom" or "mg:a>_"
    ("_": nothing), as (flags, ending, nominative ending), in the file's order."""
    found = []
    for rule in SPEECH_WORDS.get(language, {}).get(kind, "").split():
        flags, _, pair = rule.rpartition(":")
        ending, sep, nominative_ending = pair.partition(">")
        if sep:
            found.append((flags or "mf", ending, nominative_ending.replace("_", "")))
    return tuple(found)
