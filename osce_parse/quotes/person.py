"""A person being assembled from the mentions of one release: the fullest name, roles, gender
evidence; and how two mentions or role phrases are compared."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..models import Person
from .names import canonical_role_word, first_name_gender, is_role_word, norm_word, surname_gender
from .vocab import CONNECTORS, DETERMINERS, FEMALE, MALE, Key

__all__ = ["PersonEntry", "contains", "given_gender", "role_key", "same_stem"]


@dataclass(eq=False, slots=True)
class PersonEntry:
    """A person being assembled from mentions; ``person()`` freezes it."""

    tokens: tuple[str, ...]
    first: Key
    roles: list[str] = field(default_factory=list)
    cue_gender: str | None = None
    votes: list[int] = field(default_factory=lambda: [0, 0])
    role_words: frozenset[str] = frozenset()
    language: str | None = None

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
        given = first_name_gender(self.tokens[0], self.language) if len(self.tokens) > 1 else None
        if given in (MALE, FEMALE):
            return given
        male, female = self.votes
        if male != female:
            return MALE if male > female else FEMALE
        if given:
            return MALE if given == "mostly_male" else FEMALE
        return surname_gender(self.tokens[-1])

    def person(self) -> Person:
        """The frozen ``Person``."""
        return Person(self.name, tuple(self.roles), self.gender)


def given_gender(entry: PersonEntry) -> bool:
    """True when the first-name dictionary is sure of the person's gender."""
    return len(entry.tokens) > 1 and first_name_gender(entry.tokens[0], entry.language) in (
        MALE,
        FEMALE,
    )


@lru_cache(maxsize=4096)
def same_stem(a: str, b: str) -> bool:
    """Two forms of one word: a common beginning of all but the last two letters of the shorter
    (at least five): "координатор"/"координатора", "министр"/"министра"."""
    shortest = min(len(a), len(b))
    need = max(5, shortest - 2)
    return shortest >= need and a[:need] == b[:need]


def role_key(words: tuple[str, ...]) -> frozenset[str]:
    """The role words a phrase asks for ("the Head of Mission" → head, mission), or nothing."""
    wanted = frozenset(
        canonical_role_word(norm_word(w))
        for w in words
        if not w.isupper() and norm_word(w) not in CONNECTORS | DETERMINERS
    )
    return wanted if any(is_role_word(w) for w in wanted) else frozenset()


def contains(known: Sequence[str], name: Sequence[str]) -> bool:
    """True when ``name`` can be a shorter or longer form of ``known`` (same surname, given name
    equal or an initial of it)."""
    if len(name) == 1 or len(known) == 1:
        return True
    a, b = known[0].rstrip("."), name[0].rstrip(".")
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
