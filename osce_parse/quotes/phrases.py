"""Sentences and speaker phrases: where a sentence starts, the speaker phrase at the start or end
of a clause, the subject of a speech verb, and whether a quoted span is speech or a title."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from .language import Language
from .names import (
    NounPhrase,
    analyze_np,
    is_abbreviation,
    is_name_token,
    is_role_word,
    name_span,
    norm_word,
)
from .vocab import (
    ABBREVIATIONS,
    COMMON,
    CONNECTORS,
    DETERMINERS,
    GROUP_WORDS,
    HONORIFICS,
    ORG_WORDS,
    PARTICLES,
    PRONOUNS,
    QUANTIFIERS,
    ROLE_ADJECTIVES,
    SUBJECT_STOP,
    TITLES,
    UP,
)

__all__ = [
    "analyze",
    "caseless_np",
    "drop_period",
    "is_gap",
    "last_match",
    "leading_np",
    "name_after_role",
    "name_ending_clause",
    "sentence_start",
    "subject_before",
    "words_until_stop",
]

_BOUNDARY = re.compile(rf"[.!?][\"”’)]*\s+(?=[\"“„«'‘(]?[{UP}])")


def sentence_start(text: str, lo: int, hi: int) -> int:
    """The start of the sentence containing ``hi`` (not before ``lo``)."""
    start = lo
    for m in _BOUNDARY.finditer(text, lo, hi):
        k = m.start()
        word = text[max(lo, text.rfind(" ", lo, k) + 1) : k].lower().lstrip('("“')
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        start = m.end()
    return start


# An article elided onto the next word in French and Italian ("l’Ambasciatrice", "d’Artois").
_ELIDED = re.compile(r"^(?:l|d|dell|all|dall|nell|sull|un)['’](?=\w)", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _np_word(word: str) -> bool:
    """True for a word that can belong to a speaker phrase (an elided article aside)."""
    word = _ELIDED.sub("", word) or word
    low = norm_word(word)
    if not low or low in SUBJECT_STOP:
        return False
    if low in PRONOUNS:
        return True
    if word[0].isupper():
        return low not in COMMON or low in DETERMINERS
    return (
        low in CONNECTORS
        or low in DETERMINERS
        or low in PARTICLES
        or low in ORG_WORDS
        or low in ROLE_ADJECTIVES
        or low in TITLES
        or low in QUANTIFIERS
        or low in GROUP_WORDS
        or is_role_word(low)
    )


@lru_cache(maxsize=4096)
def leading_np(phrase: str) -> str:
    """The speaker phrase at the start of ``phrase``: 'Zannier in his speech' → 'Zannier',
    'the head of the mission at the event' → 'the head of the mission'."""
    words = phrase.split()
    kept: list[str] = []
    for i, word in enumerate(words):
        ends_sentence = word.endswith(".") and not is_abbreviation(word)
        word = word[:-1] if ends_sentence else word
        low = norm_word(word)
        if not word or not _np_word(word) or (kept and low in PRONOUNS):
            break
        if low in CONNECTORS - DETERMINERS and kept and not _continues_role(kept, words[i + 1 :]):
            break
        kept.append(word)
        if ends_sentence or low in PRONOUNS:
            break
    while kept and norm_word(kept[-1]) in CONNECTORS:
        kept.pop()
    return " ".join(kept)


def _continues_role(kept: Sequence[str], rest: Sequence[str]) -> bool:
    """After "of"/"in"/…: a role goes on ("Head of the OSCE Mission"), a name does not."""
    if any(is_name_token(w) for w in kept) or not rest:
        return False
    following = rest[1] if rest[0].lower() == "the" and len(rest) > 1 else rest[0]
    if following[:1].isupper():
        return True
    return _np_word(following) and norm_word(following) not in CONNECTORS


def drop_period(phrase: str) -> str:
    if phrase.endswith(".") and not is_abbreviation(phrase.split()[-1]):
        return phrase[:-1]
    return phrase


def last_match(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - keep the last one
        pass
    return found


def subject_before(
    text: str, start: int, verb_at: int, lang: Language
) -> tuple[NounPhrase, int] | None:
    """The subject of the verb at ``verb_at``: 'Zannier, the head of UNMIK, said' → Zannier,
    'Він також сказав' → він; in a verb-final language else the clause's first phrase
    ('Zannier konuşmasında şunları söyledi' → Zannier)."""
    words = text[start:verb_at].split()
    while words and words[-1].lower() in lang.aux:
        words.pop()
    if lang.caseless:
        tail = words[-6:]
        stops = [i for i, w in enumerate(tail) if w[-1] in ".,;:!?"]
        tail = tail[stops[-1] + 1 :] if stops else tail
        caseless = caseless_np(tail, lang) if tail else None
        if caseless is None or caseless.kind == "thing":
            return None
        return caseless, max(start, text.rfind(tail[0], start, verb_at))
    phrase = ""
    if words and words[-1].lower() in lang.pronouns:
        phrase = words[-1]
    elif words and words[-1].endswith(","):  # "A, B, said": B is the name or A's apposition
        j = next(
            (
                j
                for j in range(len(words) - 2, max(-1, len(words) - 25), -1)
                if words[j].endswith(",")
            ),
            -1,
        )
        if j < 0:
            return None
        appositive = [*words[j + 1 : -1], words[-1][:-1]]
        np = analyze_np(" ".join(appositive), lang.code)
        if np is not None and np.kind == "name" and all(_is_title_word(w) for w in np.role):
            phrase = np.text
        words = [*words[:j], words[j][:-1]]
    if not phrase and words and words[-1].lower() == "and":  # "The Minister welcomed it and said"
        phrase = leading_np(" ".join(words))
    elif not phrase:
        phrase = _tail_np(words)
    found = analyze(phrase, lang) if phrase else None
    if found is None and lang.verb_final and words:
        phrase = leading_np(" ".join(words).split(",")[0])
        found = analyze(phrase, lang) if phrase else None
    if found is None:
        return None
    pos = text.rfind(phrase.split()[0], start, verb_at)
    return found, max(pos, start)


def _is_title_word(word: str) -> bool:
    low = norm_word(word)
    return low in TITLES or low in HONORIFICS or low in DETERMINERS


def _tail_np(words: Sequence[str]) -> str:
    """The speaker phrase at the end of ``words``: 'what he' → 'he'."""
    taken: list[str] = []
    for word in reversed(words):
        if not word or word[-1] in ",;:(" or not _np_word(word):
            break
        taken.append(word)
        if norm_word(word) in PRONOUNS:
            break
    taken.reverse()
    while taken and taken[0].lower() in CONNECTORS - DETERMINERS:
        taken.pop(0)
    return " ".join(taken)


def is_gap(text: str, lo: int, hi: int) -> bool:
    """True when only the rest of an attribution clause separates two quote parts."""
    if hi - lo > 200:
        return False
    gap = text[lo:hi].strip()
    return not gap or (gap[-1] in ".,;:" and not any(c in gap[:-1] for c in ".!?"))


def analyze(phrase: str, lang: Language, genitive: bool = False) -> NounPhrase | None:
    """``analyze_np`` with the language's own pronouns ("він", "ona") and script."""
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in lang.pronouns:
        word = words[0].lower()
        return NounPhrase(word, "pronoun", gender=lang.pronouns[word])
    if lang.caseless:
        return caseless_np(words, lang)
    return analyze_np(phrase, lang.code, genitive)


def words_until_stop(phrase: str, limit: int) -> list[str]:
    """The first words of ``phrase``, up to the first one that ends a clause."""
    words: list[str] = []
    for word in phrase.split()[:limit]:
        words.append(word)
        if word[-1] in ".,;:!?":
            break
    return words


def caseless_np(words: Sequence[str], lang: Language) -> NounPhrase | None:
    """A speaker phrase in a script without capitals (Georgian): a name is the words after a
    title ("ელჩმა ჯონ სმიტმა", "Ambassador John Smith" in the ergative), its last word put back
    in the nominative; without a title the phrase is not taken for a person."""
    words = [w.strip(".,;:!?()") for w in words]
    words = [w for w in words if w]
    if not words:
        return None
    text = " ".join(words)
    if len(words) == 1 and words[0] in lang.pronouns:
        return NounPhrase(words[0], "pronoun", gender=lang.pronouns[words[0]])
    titles = [i for i, w in enumerate(words) if w.startswith(lang.title_stems)]
    name = list(words[titles[-1] + 1 : titles[-1] + 4]) if titles else []
    if not name:
        return NounPhrase(text, "thing")
    name[-1] = _nominative(name[-1])
    return NounPhrase(text, "name", tuple(name), tuple(words[: titles[-1] + 1]))


def _nominative(word: str) -> str:
    """A Georgian name in the ergative back in the nominative: "სმიტმა" -> "სმიტი",
    "ჰელგამ" -> "ჰელგა"."""
    if word.endswith("მა") and len(word) > 3:
        return word[:-2] + "ი"
    if word.endswith("მ") and len(word) > 2 and word[-2] in "აეოუ":
        return word[:-1]
    return word


_CLAUSE_STOP = re.compile(r"[.;!?](?=[\s\"”»’)]|$)")
_MAX_CLAUSE = 200


_ROLE_THEN_NAME = re.compile(
    rf"\s*(?:[^\W\d_{UP}][\w’'-]*\s+){{1,3}}(?P<name>[{UP}][\w’'-]+(?:\s+[{UP}][\w’'-]+){{1,2}})"
)


def name_after_role(text: str, start: int, lang: Language) -> tuple[NounPhrase, int] | None:
    """A name after up to three lower-case words that open the clause after a speech verb (a
    role the language's titles do not list): "…“, рече пратеничката Маја Ѓорѓиевска,
    координаторка …". Returns the name and where it starts; the caller asks for a known given
    name."""
    m = _ROLE_THEN_NAME.match(text, start)
    if m is None:
        return None
    np = analyze(m["name"], lang)
    if np is None or np.kind != "name" or len(np.name) < 2:
        return None
    return np, m.start("name")


def name_ending_clause(
    text: str, start: int, lang: Language
) -> tuple[NounPhrase, int, bool] | None:
    """The person whose name ends the clause that starts at ``start`` (after a speech verb):
    "…», – деді кеңсенің басшысы Фолькер Штайнбах.", "…", rekao je voditelj Ureda, veleposlanik
    Henrik Villadsen." Returns the name, where it starts, and whether a comma or a title stands
    in the clause before it (an apposition: the name is the speaker the role describes)."""
    stop = _CLAUSE_STOP.search(text, start, start + _MAX_CLAUSE)
    end = stop.start() if stop else (len(text) if len(text) - start <= _MAX_CLAUSE else -1)
    if end <= start:
        return None
    spans = [m.span() for m in re.finditer(r"\S+", text[start:end])]
    if not 2 <= len(spans) <= 24:
        return None
    tokens = [text[start + a : start + b].strip(',:;()«»"“”') for a, b in spans]
    first, last = name_span(tokens, lang.code)
    if last != len(tokens) or last - first < 2:
        return None
    np = analyze(" ".join(tokens[first:last]), lang)
    if np is None or np.kind != "name" or len(np.name) < 2:
        return None
    before = text[start : start + spans[first][0]]
    marked = "," in before or any(
        is_role_word(norm_word(w)) or _is_title_word(w) for w in tokens[max(0, first - 3) : first]
    )
    return np, start + spans[first][0], marked
