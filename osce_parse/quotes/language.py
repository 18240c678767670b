"""The attribution cues of one language, compiled from its data file: where its speech verbs,
pronouns and speaker phrases stand around a quote, and which of its verb forms tell a gender."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lang import SPEECH_WORDS, fold
from .vocab import (
    ADVERB_WORDS,
    ADVERBS,
    ANYONE,
    GROUP,
    SPEECH_VERBS,
    UP,
    alternation,
    gendered,
    group_pronouns,
    speech_words,
)

__all__ = [
    "SP",
    "TOK",
    "Language",
    "english",
    "language_code",
    "language_for",
    "phrases",
    "verb_gender",
]

SP = r"[ \u00a0]"


TOK = r"[^\s,;:!?\"“”„‟«»]+"


_SAME_WORDS = {"bs": "sr", "hr": "sr", "me": "sr", "cnr": "sr"}  # one language, other names


@dataclass(frozen=True, slots=True)
class Language:
    """The attribution cues of one language, compiled from ``labels.SPEECH_WORDS``."""

    code: str  # the language's code ("ru"; "sr" for Croatian, Bosnian and Montenegrin too)
    post: re.Pattern[str]  # right after a closing mark: '…," he said' / 'said X' / 'X said'
    pre: re.Pattern[str]  # a verb before an opening mark: 'X said: "…'
    naming: re.Pattern[str] | None  # 'X called the agreement "…"': the quote describes an object
    post_verb: re.Pattern[str]  # any speech verb written after a quote ("So said X")
    inner: re.Pattern[str]  # an attribution a quote runs into when its closing mark is missing
    after_name: re.Pattern[str] | None  # a verb after a name shows it is a person's: "X said"
    verb_genders: Mapping[str, str]  # a verb form that shows its subject's gender: "сказала"
    pronouns: Mapping[str, str]  # subject pronoun -> gender (ANYONE when it has none, GROUP)
    aux: frozenset[str]  # words between a subject and its verb: "je", "також"
    title_stems: tuple[str, ...]  # a script without capitals: titles by their stems
    drop: bool  # an attribution may leave its subject out: "„…“, rekla je."
    genitive: bool  # "according to" takes the genitive: "по словам Ивана", "według Anny"
    verb_final: bool  # the speaker may be named before the quote: 'X, "…" dedi.'
    caseless: bool  # no capital letters (Georgian): names are found after titles
    # Words of the people registry and of speaker phrases, as sets (see lang/__init__.py):
    according_ends: frozenset[str] = frozenset()  # last words of "according to": "словам"
    as_ends: frozenset[str] = frozenset()  # last words of "as X said": "сообщила", "lui"
    after: re.Pattern[str] | None = None  # "according to" after the name: "X'e göre, “…"
    after_cues: tuple[str, ...] = ()  # the same words, as written
    name_suffixes: tuple[str, ...] = ()  # glued before such words: "Вальднердің айтуынша"
    head_words: frozenset[str] = frozenset()  # "jefa", "encabezada": an institution's head
    with_words: frozenset[str] = frozenset()  # "with", "by": a name after them is an object


def _forms(code: str, *kinds: str) -> list[str]:
    """The phrases of ``kinds`` for a language, "a/b" pairs split into both forms."""
    return [form.strip() for phrase in phrases(code, *kinds) for form in phrase.split("/")]


def phrases(code: str, *kinds: str) -> list[str]:
    """The phrases of ``kinds``, "a/b" pairs kept whole ("сказал/сказала", "si è detto/si è
    detta"), spaces single."""
    return [
        " ".join(phrase.split())
        for kind in kinds
        for phrase in speech_words(code, kind).split("|")
        if phrase.strip()
    ]


@cache
def language_for(code: str) -> Language | None:
    """The attribution cues of a language (compiled on first use), or None if unknown."""
    if code not in SPEECH_WORDS:
        return None
    traits = speech_words(code, "traits").split()
    after = alternation(_forms(code, "verbs", "after"))
    before_forms = _forms(code, "verbs", "before")
    if "drop" in traits:  # a sentence may start with the verb: "Dodala je: „…“"
        before_forms += [form[0].upper() + form[1:] for form in before_forms]
    before = alternation(before_forms)
    aux_words = speech_words(code, "aux").split()
    lead = alternation(speech_words(code, "lead").split("|"))
    lead = rf"(?:(?:{lead}){SP}+)?" if lead else ""
    aux = rf"(?:{SP}+(?:{alternation(aux_words)}))?" if aux_words else ""
    skip = (
        rf"(?:(?:{ADVERBS}|{alternation(aux_words)}){SP}+){{0,2}}"
        if aux_words
        else (rf"(?:{ADVERBS}{SP}+)?")
    )
    name = rf"[{UP}][\w’'\-]*(?:{SP}+[{UP}][\w’'\-]*){{0,3}}"
    return Language(
        code=code,
        post=re.compile(
            rf"{SP}*,?{SP}*(?:[-–—]{SP}*)?(?:"
            rf"(?P<v1>{lead}(?:{after}){aux})(?!\w)"
            rf"(?:{SP}+(?P<np1>{TOK}(?:{SP}+{TOK}){{0,11}}))?"
            rf"|{lead}(?P<np2>{TOK}(?:{SP}+{TOK}){{0,11}}?)"
            rf"(?P<ap>,{SP}+[^,.;:!?\"“”„‟«»]{{1,150}},)?{SP}+{skip}"
            rf"(?P<v2>{after})(?!\w))"
        ),
        pre=re.compile(rf"(?<!\w)(?:{before})(?!\w)"),
        naming=re.compile(rf"(?<!\w)(?:{alternation(naming_forms)})(?!\w)")
        if (naming_forms := _forms(code, "naming verbs"))
        else None,
        post_verb=re.compile(rf"(?<!\w)(?:{after})(?!\w)", re.IGNORECASE),
        inner=re.compile(
            rf",{SP}+(?:[-–—]{SP}*)?(?:(?:\w+|{name}){SP}+{skip}(?:{after})"
            rf"(?!\w)|(?:{after}){SP}+(?:\w+{SP}+)?[{UP}])"
        ),
        after_name=None
        if code == "en"
        else re.compile(rf",?{SP}+{skip}(?:{SPEECH_VERBS}|{after})(?!\w)"),
        verb_genders={
            form: gender
            for form, gender in gendered(
                phrases(code, "verbs", "after", "before", "naming verbs")
            ).items()
            if gender != ANYONE
        },
        pronouns=gendered(speech_words(code, "pronouns").split())
        | dict.fromkeys(group_pronouns(code), GROUP),
        aux=frozenset(w.lower() for w in aux_words) | ADVERB_WORDS,
        title_stems=tuple(speech_words(code, "title stems").split()),
        drop="drop" in traits,
        genitive="genitive-according" in traits,
        verb_final="verb-final" in traits,
        caseless="caseless" in traits,
        according_ends=_ends(code, "according"),
        as_ends=_ends(code, "as"),
        after=re.compile(rf"(?P<suffix>['’ʼ]\w{{1,4}})?{SP}+(?:{alternation(after_cues)}),?{SP}*$")
        if (after_cues := tuple(phrases(code, "according after")))
        else None,
        after_cues=after_cues,
        name_suffixes=tuple(speech_words(code, "name suffixes").split()),
        head_words=frozenset(fold(w) for w in speech_words(code, "head words").split()),
        with_words=frozenset(
            f"{speech_words(code, 'with words')} {speech_words('en', 'with words')}".split()
        ),
    )


def _ends(code: str, kind: str) -> frozenset[str]:
    """The last words of the phrases of ``kind``, lower-case ("по словам" -> "словам")."""
    return frozenset(phrase.split()[-1].lower() for phrase in phrases(code, kind))


@lru_cache(maxsize=64)
def language_code(language: str | None) -> str:
    """The ``SPEECH_WORDS`` key for a language tag: "sr-Latn" -> "sr", "hr" -> "sr"."""
    code = (language or "en").replace("_", "-").split("-", 1)[0].lower()
    return _SAME_WORDS.get(code, code)


def verb_gender(lang: Language, verb: str) -> str | None:
    """The gender a verb form shows: "сказала", "rekla je" and "si è detta" are said by a woman
    (the whole phrase a data file pairs, else one of its words)."""
    words = verb.lower().split()
    whole = lang.verb_genders.get(" ".join(words))
    if whole is not None:
        return whole
    for word in words:
        if word in lang.verb_genders:
            return lang.verb_genders[word]
    return None


def english() -> Language:
    lang = language_for("en")
    assert lang is not None
    return lang
