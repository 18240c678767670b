"""Roles written around a name: before it ("UNMIK head Lamberto Zannier", "Malta's Foreign Minister
and …, Ian Borg") and in apposition after it ("Lamberto Zannier, the head of UNMIK, said")."""

from __future__ import annotations

import re
from functools import lru_cache

from .names import is_capitalised, is_day, is_role_word, is_title, norm_word, split_name
from .vocab import (
    COMMON,
    CONNECTORS,
    DETERMINERS,
    HONORIFICS,
    ORG_WORDS,
    RANKS,
    ROLE_ADJECTIVES,
    SPEECH_VERBS,
    SUBJECT_STOP,
)

__all__ = ["roles_after", "roles_before"]

_SP = r"[ \u00a0]"
_APPOSITIVE = re.compile(
    rf",{_SP}+(?P<role>[^,.;:!?\"“”„«»]{{2,150}}?)(?=[,.;:!?]|{_SP}+(?:{SPEECH_VERBS})\b|$)"
)


_STOP_CHARS = frozenset(',;:.!?()"“”«»')


@lru_cache(maxsize=8192)
def _roleish(token: str) -> bool:
    low = norm_word(token)
    if not low or (low in COMMON and low not in CONNECTORS) or is_day(low):
        return False
    if is_capitalised(token):
        return True
    return is_role_word(low) or low in ROLE_ADJECTIVES or low in ORG_WORDS


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


def roles_before(text: str, start: int) -> list[str]:
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
    return cut < len(words) and cut > 0 and is_title(words[cut - 1])


def roles_after(text: str, end: int) -> list[str]:
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
