"""People named in release paragraphs: fullest names, attached roles and gender.

``Registry`` scans the paragraphs once for person names (title + name, given name + surname, or a
capitalised name in a speaking position), merges surname-only and title + surname mentions into the
fullest name, and answers the three look-ups quote attribution needs: by name, by role ("the
Minister") and by pronoun ("he" = the last person of that gender named before a position).
Gender comes from honorifics and gendered titles, the gender-guesser first-name dictionary, the
his/her pronouns near a mention, and Slavic/Baltic surname endings, in that order of trust.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from typing import Protocol

from ..lang import fold
from ..models import Person
from .language import language_code, language_for
from .morph import case_rules, given_name, nominative
from .names import (
    NAME_SEQ,
    ROLE_LINKS,
    analyze_np,
    cue_gender,
    end_of_name,
    first_name_gender,
    group_start,
    is_abbreviation,
    is_name_token,
    is_title,
    name_base,
    name_span,
    norm_word,
)
from .person import PersonEntry, contains, given_gender, role_key, same_stem
from .roles import roles_after, roles_before
from .vocab import (
    ANYONE,
    CONNECTORS,
    GROUPS,
    NOUN_SUFFIXES,
    ORG_WORDS,
    PARTICLES,
    SPEECH_VERBS,
    UP,
    Key,
    alternation,
    speech_words,
    without_suffix,
)

__all__ = ["MAX_MENTIONS", "Registry"]


_SP = r"[ \u00a0]"


_AFTER_SPEECH = re.compile(rf",?{_SP}+(?:also{_SP}+|further{_SP}+|then{_SP}+)?(?:{SPEECH_VERBS})\b")


_ROLE_REF = re.compile(
    rf"[Tt]he{_SP}+[{UP}][\w’'\-\u2011]*(?:{_SP}+(?:(?:of|for|on|in|to|and|the){_SP}+)*"
    rf"[{UP}][\w’'\-\u2011]*){{0,6}}"
)


_CAP_WORD = re.compile(rf"[{UP}][\w\-\u2011]*")


_BEFORE_SPEECH = re.compile(rf"(?:\b(?:{SPEECH_VERBS})|\baccording to|\bby){_SP}+$")


_PRONOUN_RE = re.compile(  # "her" only as a possessive after a preposition ("in her speech")
    r"\b(?:(he|his|himself)|(she|hers|herself|(?:(?<=in )|(?<=of )|(?<=for )|(?<=with )|"
    r"(?<=at )|(?<=on )|(?<=to )|(?<=by )|(?<=from )|(?<=during )|(?<=about ))her))\b",
    re.IGNORECASE,
)


_LOOKBACK = 300


_LONGEST_RUN = 10  # words of a capitalised run that can hold a name and the titles before it


_WORDS = re.compile(r"[^ \u00a0]+")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[\"“”„«»]")


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


_CUE_REACH = 60  # characters before a name searched for an "according to" word


_VOWELS = frozenset("aeiouyąęóаеёиоуыэюяіїє")
_CYRILLIC_CONSONANTS = frozenset("бвгґджзйклмнпрстфхцчшщ")
_Rule = tuple[str, str, str]  # ending, nominative ending, the genders it is for ("m", "f", "mf")


@functools.lru_cache(maxsize=64)
def _case_rules(language: str | None) -> tuple[_Rule, ...]:
    """How a surname in another case goes back to the nominative in ``language``: its "genitive
    endings" rules for surnames ("skiego" -> "ski" for a man, "a" -> "") and its "oblique
    endings" dropped (for either gender); none for a language without case."""
    lang = language_for(language_code(language))
    if lang is None:
        return ()
    rules: list[_Rule] = [
        (ending, nominative_ending, flags)
        for flags, ending, nominative_ending in case_rules(lang.code, "genitive endings")
        if "g" not in flags
    ]
    rules += [(ending, "", "mf") for ending in speech_words(lang.code, "oblique endings").split()]
    return tuple(sorted(set(rules), key=lambda r: -len(r[0])))


def _bare_forms(surname: str, rules: tuple[_Rule, ...]) -> Iterator[tuple[str, str]]:
    """The nominatives a surname in another case may stand for, by the language's rules, each
    with the genders its rule is for; with a vowel that drops in the other cases put back
    ("Кравцом" -> "Кравец")."""
    for ending, replacement, genders in rules:
        if surname.endswith(ending) and len(surname) - len(ending) >= 3:
            stem = surname[: len(surname) - len(ending)]
            yield stem + replacement, genders
            if not replacement and stem[-1].lower() not in _VOWELS:
                e = "е" if stem[-1].lower() in _CYRILLIC_CONSONANTS else "e"
                yield stem[:-1] + e + stem[-1], genders


def _is_word_in(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalpha()) and (
            end == len(text) or not text[end].isalpha()
        ):
            return True
        start = text.find(word, start + 1)
    return False


_HEAD = "<head of>"  # "the Head of the Presence" and "the Presence, headed by X" meet here
_HEAD_REACH = 5  # words before a mention in which a head word marks the person


def _strip(word: str) -> str:
    return fold(word.strip('.,;:!?()«»„“”"'))


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
        language: str | None = None,
    ) -> None:
        self._paragraphs = paragraphs
        self._language = language
        lang = language_for(language_code(language))  # its cue words, none for a language
        self._genitive_cues = lang.according_ends if lang and lang.genitive else frozenset()
        self._as_cues = lang.as_ends if lang else frozenset()
        self._head_words = lang.head_words if lang else frozenset()
        self._after_cues = lang.after_cues if lang else ()
        self._name_suffixes = lang.name_suffixes if lang else ()
        self._after_speech = after_speech or _AFTER_SPEECH
        self._entries: list[PersonEntry] = []
        self._by_full: dict[str, PersonEntry] = {}
        self._by_last: dict[str, list[PersonEntry]] = {}
        self._mentions: list[_Mention] = []
        self._mentioned: set[int] = set()
        self._by_role_word: dict[str, set[PersonEntry]] = {}
        self._runs: dict[str, tuple[Key, int, tuple[str, ...]]] = {}
        self._keys: list[Key] = []
        self._groups: list[tuple[Key, str]] | None = None
        self._scan(in_quote)

    # building

    def _scan(self, in_quote: _Spans) -> None:
        found = self._names()
        found.sort(key=lambda f: len(f[2]) < 2)  # full names first, then "Ambassador Lenarčič"
        for key, end, name, roles, gender in found:
            self._record(self._entry_for(name, key), key, end, roles, gender)
        self._bare_surnames()
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
                    hi = end_of_name(text, lo, hi)
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
            np = analyze_np(m.group(), self._language)
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
        spans = [(m.start(), m.end()) for m in _WORDS.finditer(text, lo, hi)]
        for i in range(len(spans) - 2, -1, -1):
            if text[spans[i][0] : spans[i][1]].endswith(("'s", "’s")):  # "Malta's … Ian Borg"
                spans = spans[i + 1 :]
                break
        tokens = [text[a:b] for a, b in spans]
        cue = next(
            (k for k in range(len(tokens) - 1, -1, -1) if self._cue(tokens[k], self._as_cues)),
            None,
        )
        if cue is not None:  # "Zdaniem Kamińskiej": the name follows the "according to" word
            spans, tokens = spans[cue + 1 :], tokens[cue + 1 :]
            if not tokens:
                return None
        previous = text[text.rfind(" ", max(0, lo - 12), max(0, lo - 1)) + 1 : lo].strip()
        linked = previous.lower() in ROLE_LINKS  # "… of Georgia Levan Beridze"
        cut, stop = name_span(tokens, self._language, linked)
        if cut == stop:
            return None
        hi = spans[stop - 1][1]  # words after the name ("Tuesday", "OSCE Director") are not it
        genitive = bool(self._genitive_cues) and self._genitive_before(text, spans[cut][0])
        written_before = text[max(0, lo - 30) : lo].split()[-1:]  # "ambasadorului Andrei …"
        name = nominative(
            tuple(name_base(t) for t in tokens[cut:stop]),
            self._language,
            genitive,
            cue_gender(tokens[:cut]) or cue_gender(written_before),
        )
        if name and self._after_cues and text[hi:].lstrip().startswith(self._after_cues):
            name = (
                *name[:-1],
                without_suffix(name[-1], self._name_suffixes),
            )  # "Фриденің айтуынша"
        titled = cut > 0 and is_title(tokens[cut - 1])
        gender = cue_gender(tokens[:cut])
        if not titled and all(t.isupper() or is_title(t) for t in tokens[:cut]):
            before = text[max(0, lo - 30) : lo].split()  # "глава МООНК Ламберто Заньер"
            titled = bool(before) and before[-1].islower() and is_title(before[-1])
            if titled and gender is None:
                gender = cue_gender(before[-1:])  # "заступниця Олена Коваль"
        if not name or (len(name) == 1 and not titled):
            return None
        start = spans[cut][0]
        after_roles = roles_after(text, hi)
        if not titled and not _looks_personal(
            text, start, hi, name, bool(after_roles), self._after_speech, self._language
        ):
            return start, name, None, None
        return start, name, roles_before(text, start) + after_roles, gender

    def _bare_surnames(self) -> None:
        """A name written only in another case ("izlaganje … Nikole Jovanovića", "совместно с
        … Вадимом Кравцом") whose surname the text also writes in the nominative ("zaključio je
        Jovanović", "г-н Кравец"): the person is named in the nominative."""
        rules = _case_rules(self._language)
        if not rules:
            return
        text = "\n".join(self._paragraphs)
        for entry in self._entries:
            if len(entry.tokens) < 2 or entry.tokens[-1] in PARTICLES:
                continue
            found = next(
                (
                    (form, genders)
                    for form, genders in _bare_forms(entry.tokens[-1], rules)
                    if form not in self._by_last and _is_word_in(text, form)
                ),
                None,
            )
            if found is None:
                continue
            bare, genders = found
            if given_name(entry.tokens[0]) is not None:  # known as written: taken as written
                name = (*entry.tokens[:-1], bare)
            else:
                name = (*nominative(entry.tokens, self._language, genitive=True)[:-1], bare)
            sex = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(
                given_name(name[0], self._language) or ""
            )
            if sex is not None and sex not in genders:
                continue  # "Ana Petrova" and "ambasador Petrov": a woman is not the man
            self._rename(entry, name)

    def _cue(self, word: str, also: frozenset[str] = frozenset()) -> bool:
        """Whether ``word`` ends an "according to" phrase that takes the genitive (or one of
        ``also``)."""
        folded = word.lower().strip(",")
        return folded in self._genitive_cues or folded in also

    def _genitive_before(self, text: str, start: int) -> bool:
        """Whether the nearest cue in the three words before a name takes the genitive:
        "Zdaniem ambasadora Piotra Zielińskiego", "по словам … Ольги Петренко"; not "Potrivit lui
        Andrei Popescu", where "lui" marks a man's name in the nominative."""
        for word in reversed(text[max(0, start - _CUE_REACH) : start].split()[-3:]):
            if self._cue(word):
                return True
            if word.lower().strip(",") in self._as_cues:
                return False
        return False

    def _entry_for(self, name: tuple[str, ...], key: Key) -> PersonEntry:
        """The person ``name`` refers to, created if new; a fuller name replaces a shorter one."""
        entry = self.find(name, key)
        if entry is None:
            entry = PersonEntry(name, key, language=self._language)
            self._entries.append(entry)
        elif len(name) <= len(entry.tokens):
            return entry
        self._rename(entry, name)
        return entry

    def _rename(self, entry: PersonEntry, name: tuple[str, ...]) -> None:
        """Give ``entry`` the name ``name``, found by it in full and by any of its later tokens
        (each can be the surname)."""
        entry.tokens = name
        self._by_full[entry.name] = entry
        for token in name[1:] if len(name) > 1 else name:
            if token not in PARTICLES and entry not in self._by_last.setdefault(token, []):
                self._by_last[token].append(entry)

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
            if mention.entry.cue_gender or given_gender(mention.entry) or in_quote(p, pos):
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
        candidates = [e for e in self._by_last.get(name[-1], ()) if contains(e.tokens, name)]
        if not candidates:
            return None
        before = [e for e in candidates if e.first <= key]
        return max(before, key=lambda e: e.first) if before else candidates[0]

    def by_pronoun(self, gender: str | None, key: Key) -> PersonEntry | None:
        """The last person of ``gender`` named before ``key``, unless a person of unknown gender
        is named after it in the same paragraph (else the last of unknown gender); for
        ``ANYONE``, the last person named."""
        if gender is None:
            return None
        fallback = None
        last = bisect.bisect_left(self._keys, key) - 1
        if gender == ANYONE:
            return self._mentions[last].entry if last >= 0 else None
        for i in range(last, max(-1, last - _LOOKBACK), -1):
            mention = self._mentions[i]
            if mention.entry.gender == gender:
                return mention.entry
            if mention.entry.gender is None and fallback is None:
                if mention.key[0] == key[0]:
                    return mention.entry  # named earlier in the same paragraph, gender unknown
                fallback = mention.entry
        return fallback

    def by_role(self, words: Sequence[str], key: Key) -> PersonEntry | None:
        """The person introduced with a role matching ``words`` ("the Minister"), nearest first."""
        wanted = role_key(tuple(words))
        if not wanted:
            return None
        holders: set[PersonEntry] = set.intersection(*(self._role_holders(w) for w in wanted))
        if not holders:
            return None
        i = bisect.bisect_left(self._keys, key)
        before = range(i - 1, max(-1, i - 1 - _LOOKBACK), -1)
        after = range(i, min(len(self._mentions), i + _LOOKBACK))
        for j in chain(before, after):
            if self._mentions[j].entry in holders:
                return self._mentions[j].entry
        return None

    def _role_holders(self, word: str) -> set[PersonEntry]:
        """The people introduced with role word ``word``, else with another case form of it
        ("Genel Sekreterin" asks for "Genel Sekreteri X")."""
        exact = self._by_role_word.get(word)
        if exact:
            return exact
        found: set[PersonEntry] = set()
        for known, entries in self._by_role_word.items():
            if same_stem(word, known):
                found |= entries
        return found

    def by_context(self, words: Sequence[str], key: Key) -> PersonEntry | None:
        """The person whose mention is written next to one of ``words`` (a role noun in any
        case form: "Координатор" finds "координатор проектов … Томас Бергер", "el embajador"
        finds "el embajador de España, Jorge Ruiz"), nearest before ``key`` first."""
        heads = self._head_words
        folded = (fold(w.strip(".,;:!?")) for w in words)
        wanted = [_HEAD if w in heads else w for w in folded]
        wanted = [w for w in wanted if len(w) >= 4]
        if not wanted:
            return None
        i = bisect.bisect_left(self._keys, key)
        before = range(i - 1, max(-1, i - 1 - _LOOKBACK), -1)
        after = range(i, min(len(self._mentions), i + _LOOKBACK))
        for j in chain(before, after):
            mention = self._mentions[j]
            if any(same_stem(w, c) for w in wanted for c in self._context(mention)):
                return mention.entry
        return None

    def _context(self, mention: _Mention) -> list[str]:
        """The words written around a mention: the twelve before it and its apposition after; a
        head word among the five right before it ("encabezada por la Embajadora X") marks the
        person as the head of what it heads."""
        p, pos = mention.key
        text = self._paragraphs[p]
        before = [_strip(w) for w in text[max(0, pos - 160) : pos].split()[-12:]]
        after = [_strip(w) for w in text[mention.end : mention.end + 120].split(".")[0].split()]
        heads = self._head_words
        near = len(before) - _HEAD_REACH
        return [_HEAD if i >= near and w in heads else w for i, w in enumerate(before)] + after[:10]

    def by_group(self, key: Key) -> str | None:
        """The group named last before ``key`` ("the observers … they said"), as written."""
        if self._groups is None:
            self._groups = self._group_mentions()
        i = bisect.bisect_left(self._groups, (key, ""))
        return self._groups[i - 1][1] if i > 0 else None

    def _group_mentions(self) -> list[tuple[Key, str]]:
        code = (self._language or "en").split("-")[0].lower()
        nouns = sorted(GROUPS.get(code, frozenset()) | GROUPS.get("en", frozenset()), key=len)
        if not nouns:
            return []
        pattern = re.compile(rf"(?<!\w)(?:{alternation(reversed(nouns))})(?!\w)", re.IGNORECASE)
        found = []
        for p, m in self._matches(pattern):
            words = self._paragraphs[p][max(0, m.start() - 60) : m.end()].split()
            start = group_start(words, self._language)
            written = " ".join(words[start:]) if start is not None else m.group()
            found.append(((p, m.start()), written.strip(".,;:!?()")))
        return found

    def first_in(self, para: int, lo: int, hi: int) -> PersonEntry | None:
        """The first person named in paragraph ``para`` between ``lo`` and ``hi``."""
        i = bisect.bisect_left(self._keys, (para, lo))
        if i < len(self._mentions) and self._mentions[i].key < (para, hi):
            return self._mentions[i].entry
        return None

    def named_in(self, para: int, lo: int, hi: int) -> dict[PersonEntry, int]:
        """The people named in paragraph ``para`` between ``lo`` and ``hi``, in order, each
        with where it is first named."""
        found: dict[PersonEntry, int] = {}
        i = bisect.bisect_left(self._keys, (para, lo))
        while i < len(self._mentions) and self._mentions[i].key < (para, hi):
            found.setdefault(self._mentions[i].entry, self._mentions[i].key[1])
            i += 1
        return found

    def people(self) -> tuple[Person, ...]:
        """Every person named, in order of first mention."""
        return tuple(e.person() for e in sorted(self._entries, key=lambda e: e.first))


def _looks_personal(
    text: str,
    lo: int,
    hi: int,
    name: tuple[str, ...],
    has_role: bool,
    after_speech: re.Pattern[str],
    language: str | None = None,
) -> bool:
    """An untitled run is a person if it opens with a given name and does not look like an
    institution, or sits in a speaking slot (a speech verb after or before it) or before a role,
    not after "of"/"for"."""
    if any(norm_word(t) in ORG_WORDS or t.lower().endswith(NOUN_SUFFIXES) for t in name):
        return False
    if first_name_gender(name[0], language):
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
