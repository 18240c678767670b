"""Pass 3: turning paired marks into quotes with speakers.

``Builder`` keeps the spans that are direct speech (not scare quotes, short phrases or titles),
finds each one's attribution ("…," he said / said X / X said: "…" / according to X) and resolves
it to a person of the :class:`~.people.Registry`; a quote without its own attribution takes its
speaker from the first of :data:`INHERITANCE` that applies.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import islice

from ..lang import SPEECH_WORDS
from ..models import Quote
from .attribution import NAMING, Attributions, title_stem
from .drafts import Attribution, Draft
from .inherit import INHERITANCE, Where
from .language import Language, english, verb_gender
from .marks import WINDOW, Raw, at_sentence_start, opens, trim
from .names import NounPhrase, is_role_word, is_title, norm_word
from .people import MAX_MENTIONS, Registry
from .person import PersonEntry
from .phrases import (
    is_gap,
    leading_np,
    sentence_start,
    subject_before,
)
from .vocab import (
    GROUP,
    NAMING_CUES,
    TITLES,
    Key,
    alternation,
    speech_words,
)

__all__ = ["Builder"]


_ATTRIBUTION_LINE = re.compile(r"^\s*[—–-]\s*(?P<name>[^,;(]{2,120}?)\s*(?:[,;(]|$)")
_INNER_BREAK = re.compile(r",|\s[–—-]")  # where an attribution may interrupt a quote
_RESUME = re.compile(r"[\s.,;–—-]*[.,;–—-][\s.,;–—-]*")  # the break after it
_SENTENCE_END = re.compile(r"[.!?](?=\s+\S|$)")
_SPEECH_NOUN_WORDS = [
    w for lang in SPEECH_WORDS for w in speech_words(lang, "speech nouns").split()
]
_SPEECH_NOUNS = re.compile(rf"(?<!\w)(?:{alternation(_SPEECH_NOUN_WORDS)})(?!\w)", re.IGNORECASE)


class Builder(Attributions):
    """Turns paired marks into ``Quote``s, paragraph by paragraph."""

    def __init__(
        self,
        paras: tuple[str, ...],
        raws: list[list[Raw]],
        registry: Registry,
        lang: Language | None,
        blockquotes: Mapping[int, int] | None = None,
    ) -> None:
        self.paras = paras
        self.raws = raws
        self.registry = registry
        self.lang = lang
        self.blockquotes = blockquotes or {}
        self.drafts: list[Draft] = []

    def run(self, originals: Sequence[str]) -> tuple[Quote, ...]:
        """The quotes, their text cut from ``originals`` (the paragraphs as given)."""
        incoming: Draft | None = None  # the quote running on from the previous paragraph
        previous: Draft | None = None  # the last quote of the previous paragraph
        if self.lang is not None and self.lang.verb_genders:
            self._learn_verb_genders(self.lang)
        for p, text in enumerate(self.paras):
            here: list[Draft] = []
            floor = 0
            outgoing = None
            for k, raw in enumerate(self.raws[p]):
                continuing = incoming if k == 0 and opens(text, raw.open) else None
                last = here[-1] if here else None
                split = (
                    last is not None
                    and last.attribution is not None
                    and last.attribution.end <= raw.open
                    and is_gap(text, last.attribution.end, raw.open)
                )
                draft, runs_on = self._draft(p, text, raw, floor, continuing is not None, split)
                floor = raw.close + 1 if raw.close is not None else raw.limit
                if draft is None:
                    continue
                for part in self._split_interrupted(draft, text):
                    self._attribute(part, text, here, continuing, previous)
                    here.append(part)
                    continuing = None
                if runs_on:
                    outgoing = draft
            if not here and p in self.blockquotes:
                here = self._blockquoted(p, text, previous)
            incoming = outgoing
            previous = here[-1] if here else None
            self.drafts.extend(here)
        self._fill_chains()
        return tuple(d.quote(originals[d.para]) for d in self.drafts)

    def _learn_verb_genders(self, lang: Language) -> None:
        """Take each named subject's gender from its verb: "Посол X … сказал" is a man (the
        first ``MAX_MENTIONS`` verbs only)."""
        verbs = ((p, v) for p, text in enumerate(self.paras) for v in lang.pre.finditer(text))
        for p, verb in islice(verbs, MAX_MENTIONS):
            text = self.paras[p]
            start = sentence_start(text, max(0, verb.start() - WINDOW), verb.start())
            found = subject_before(text, start, verb.start(), lang)
            if found is None or found[0].kind != "name":
                continue
            entry = self.registry.find(found[0].name, (p, found[1]))
            if entry is not None and not entry.cue_gender:
                entry.cue_gender = verb_gender(lang, verb.group())

    # deciding what is a quote

    def _draft(
        self, p: int, text: str, raw: Raw, floor: int, continuing: bool, split: bool = False
    ) -> tuple[Draft | None, bool]:
        """Build the draft for one mark pair (None when it is not direct speech) and tell
        whether the quote runs on into the next paragraph. ``split``: the pair comes right after
        the attribution of the quote before it ('"A," said X, "b …"'), so it is its second part,
        however it starts."""
        found = self._end_of(p, text, raw)
        if found is None:
            return None, False
        close, runs_on = found
        start, end = trim(text, raw.open + 1, close if close is not None else raw.limit)
        if start >= end:
            return None, False
        post = None
        if close is not None and self.lang is not None:
            after = close + (text[close] != ",")
            post = self._post(text, p, after, text[end - 1] in ".!?", raw.open, floor)
        if raw.dialogue and post is None:
            return None, False  # "— A, — b." is a list of dashes, not dialogue, without a verb
        if continuing or split:
            return Draft(p, start, end, raw.open, post), runs_on
        pre = self._pre(text, p, raw.open, floor) if self.lang and post is None else None
        if pre is NAMING or not _is_speech(text, raw, start, end, close, post, pre):
            return None, False
        if close is None and pre is not None and pre.naming:
            return None, False  # 'described it as "difficult …' never closes: no words of his
        return Draft(p, start, end, raw.open, post or pre), runs_on

    def companion(self, text: str, at: int) -> bool:
        """Whether the name at ``text[at:]`` follows a "with" or "by" of the language (title
        words between left aside): its person is not the sentence's subject."""
        words = text[max(0, at - 80) : at].split()
        while words and (is_title(words[-1]) or norm_word(words[-1]) in TITLES):
            words.pop()
        lang = self.lang or english()
        return bool(words) and words[-1].lower() in lang.with_words

    def _blockquoted(self, p: int, text: str, previous: Draft | None) -> list[Draft]:
        """A paragraph of a ``<blockquote>`` without quote marks is one quote; its speaker is on
        the "— Name, role" line that ends the blockquote or follows it, else found as for any
        quote without attribution. The blockquote's later paragraphs continue its first."""
        group = self.blockquotes[p]
        if _ATTRIBUTION_LINE.match(text):
            return []  # the attribution line itself
        start, end = trim(text, 0, len(text))
        if start >= end:
            return []
        draft = Draft(p, start, end, start, self._attribution_line(p, group))
        if previous is not None and self.blockquotes.get(p - 1) == group:
            draft.continued, draft.chain = True, previous.chain
            draft.speaker = previous.speaker
        self._attribute(draft, text, [], None, None)
        return [draft]

    def _attribution_line(self, p: int, group: int) -> Attribution | None:
        """The "— Name, role" line in or right after blockquote ``group`` (from paragraph p)."""
        q = p
        while q < len(self.paras) and self.blockquotes.get(q) == group:
            q += 1
        for line in (q - 1, q):
            m = _ATTRIBUTION_LINE.match(self.paras[line]) if 0 <= line < len(self.paras) else None
            np = self._np(m.group("name")) if m else None
            if m and np is not None and np.kind in ("name", "role", "group"):
                return Attribution(np, None, (line, m.start("name")), m.end("name"))
        return None

    def _split_interrupted(self, draft: Draft, text: str) -> list[Draft]:
        """A quote interrupted by its attribution inside one pair of marks is two quotes by one
        speaker: « A, a ajouté X, B », „A – powiedział X. – B”, «A, – сказал X. – B»."""
        if self.lang is None:
            return [draft]
        for m in _INNER_BREAK.finditer(text, draft.start + 8, max(draft.start + 8, draft.end - 8)):
            att = self._post(text, draft.para, m.start(), False, draft.open, draft.start)
            if att is None or att.end >= draft.end:
                continue
            resume = _RESUME.match(text, _attribution_end(text, att), draft.end)
            if resume is None or len(text[resume.end() : draft.end].split()) < 3:
                continue  # "…, he said that …": reported speech inside the quote, no break
            first_end = trim(text, draft.start, m.start())[1]
            first = Draft(draft.para, draft.start, first_end, draft.open, att)
            second = Draft(draft.para, resume.end(), draft.end, resume.end(), draft.attribution)
            second.attribution = draft.attribution or att
            return [first, second]
        return [draft]

    def _end_of(self, p: int, text: str, raw: Raw) -> tuple[int | None, bool] | None:
        """Where the quoted words end and whether they run on into the next paragraph.

        The end is the closing mark, else the comma of an attribution the quote runs into
        ('"Trust matters, he said.'), else None: the paragraph end. None overall drops a quote
        whose mark never closes before the next quote starts.
        """
        if raw.close is not None:
            return raw.close, False
        at_end = raw.limit == len(text)
        if at_end and self._next_reopens(p) and at_sentence_start(text, raw.open):
            return None, True  # a quote over several paragraphs
        inner = self.lang.inner.search(text, raw.open + 1, raw.limit) if self.lang else None
        if inner is not None:
            return inner.start(), False
        return (None, False) if at_end else None

    def _next_reopens(self, p: int) -> bool:
        if p + 1 >= len(self.paras) or not self.raws[p + 1]:
            return False
        return opens(self.paras[p + 1], self.raws[p + 1][0].open)

    # finding the attribution

    # resolving the speaker

    def _attribute(
        self,
        draft: Draft,
        text: str,
        here: list[Draft],
        continuing: Draft | None,
        previous: Draft | None,
    ) -> None:
        """Set speaker, mention, verb and continued from the draft's attribution or context."""
        att = draft.attribution
        if continuing is not None:
            draft.continued, draft.chain = True, continuing.chain
            draft.speaker = continuing.speaker
        if att is not None:
            draft.mention, draft.verb = att.np.text or None, att.verb
            if att.named is not None:
                draft.mention = _written(text, att)
            if att.np.text or draft.speaker is None:  # an unwritten subject goes on speaking
                draft.speaker = self.resolve(att, (draft.para, draft.open)) or draft.speaker
        elif continuing is None:
            self._inherit(draft, text, here, previous)
        if draft.chain < 0:
            draft.chain = len(self.drafts) + len(here)

    def _inherit(self, draft: Draft, text: str, here: list[Draft], previous: Draft | None) -> None:
        """Speaker of a quote without attribution: the first rule of :data:`INHERITANCE` that
        applies."""
        where = Where(draft, text, here[-1] if here else None, previous, opens(text, draft.open))
        for rule in INHERITANCE:
            found = rule(self, where)
            if found is not None:
                draft.speaker = found.speaker
                if found.mention is not None or found.verb is not None:
                    draft.mention, draft.verb = found.mention, found.verb
                if found.continues is not None:
                    draft.continued, draft.chain = True, found.continues.chain
                return

    def sentence_end(self, para: int, lo: int) -> int:
        """Where the sentence that starts at ``lo`` in paragraph ``para`` ends."""
        text = self.paras[para]
        m = _SENTENCE_END.search(text, lo)
        return m.end() if m else len(text)

    def speaks_of_speech(self, para: int, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] of a paragraph speaks of speech: a speech verb, or a noun such as
        "words", "remarks" or "message"."""
        assert self.lang is not None
        text = self.paras[para]
        if self.lang.pre.search(text, lo, hi) or self.lang.post_verb.search(text, lo, hi):
            return True
        return _SPEECH_NOUNS.search(text, lo, hi) is not None

    def sentence_subject(self, text: str, p: int, end: int) -> str | None:
        """The person who is the subject of the last sentence before ``end``, if a known one:
        'Lenarčič welcomed the decision. "This is a good day."' → Lenarčič."""
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = sentence_start(text, max(0, end - WINDOW), end)
        first = text[start:end].split(maxsplit=1)
        if first and self.lang is not None and first[0].lower() in self.lang.pronouns:
            phrase = first[0]  # "Вона привітала …"
        else:
            phrase = leading_np(text[start:end])
        if not phrase and "," in text[start : start + 60]:  # "On Monday, the Minister …"
            start = text.index(",", start) + 1
            phrase = leading_np(text[start:end])
        np = self._np(phrase) if phrase else None
        if np is None:
            return None
        key = (p, start)
        if np.kind == "pronoun":
            entry = self.registry.by_pronoun(np.gender, key)
        elif np.kind == "name":
            entry = self.registry.find(np.name, key)
        else:
            entry = self.registry.by_role(np.role, key) if np.kind == "role" else None
        return entry.name if entry is not None else None

    def resolve(self, att: Attribution, quote_key: Key) -> str | None:
        """The speaker an attribution names: a person's fullest name, else the phrase itself."""
        np = att.named or att.np
        key = min(att.key, quote_key)
        if np.kind in ("thing", "unnamed"):
            return None
        if np.kind == "group":
            return np.bare
        if np.kind == "pronoun" and np.gender == GROUP:
            return self.registry.by_group(key)
        if np.kind == "pronoun":
            entry = self.registry.by_pronoun(np.gender, key)
        elif np.kind == "name":
            entry = self.registry.find(np.name, key) or self.registry.add_speaker(np.name, att.key)
        else:
            entry = self.registry.by_role(np.role, key) or self._by_role_context(np, key)
        if entry is None:
            return None if np.kind == "pronoun" else np.bare or None
        if self.lang is not None and att.verb and not entry.cue_gender:
            entry.cue_gender = verb_gender(self.lang, att.verb)
        return entry.name

    def _by_role_context(self, np: NounPhrase, key: Key) -> PersonEntry | None:
        """A role noun that names the person it was written next to, in any language: its
        role words (titles of the language's data file) looked up around each mention."""
        roles = [w for w in np.role if is_role_word(norm_word(w)) or title_stem(w)]
        return self.registry.by_context(roles, key) if roles else None

    def _fill_chains(self) -> None:
        """Give every part of a multi-paragraph quote the speaker found on any part."""
        speakers: dict[int, str] = {}
        for d in self.drafts:
            if d.speaker is not None:
                speakers.setdefault(d.chain, d.speaker)
        for d in self.drafts:
            if d.speaker is None and d.chain in speakers:
                d.speaker = speakers[d.chain]


# --- is it speech? ----------------------------------------------------------------------


def _is_speech(
    text: str,
    raw: Raw,
    start: int,
    end: int,
    close: int | None,
    post: Attribution | None,
    pre: Attribution | None,
) -> bool:
    """Direct speech, not a scare quote, a short phrase or a title."""
    sentence_start = at_sentence_start(text, raw.open)
    colon = pre is not None and pre.colon
    words = text[start:end].split()
    if len(words) < 4 and not ((sentence_start and post is not None) or colon):
        return False
    if post is None and not colon and _is_title(text, raw.open, start, end, close):
        return False
    return post is not None or pre is not None or sentence_start


def _is_title(text: str, open_at: int, start: int, end: int, close: int | None) -> bool:
    """A quoted name of a document, event or project, or a term introduced by "called"."""
    before = text[max(0, open_at - 30) : open_at].split()
    if before and before[-1][-1] not in ",:;" and norm_word(before[-1]) in NAMING_CUES:
        return True  # 'the project "…"', not 'in the training, "…"'
    after = text[close + 1 : close + 30].split() if close is not None else []
    if after and norm_word(after[0]) in NAMING_CUES:
        return True
    words = text[start:end].split()
    if not words or words[-1][-1] in ".!?" or len(words) > 14:
        return False
    long_words = [w for w in words[1:] if len(w) > 3]
    capitals = sum(1 for w in long_words if w[0].isupper())
    return bool(long_words) and capitals >= 0.75 * len(long_words) and words[0][0].isupper()


def _named_at(text: str, att: Attribution) -> int | None:
    """Where the apposition name of an attribution is written ("the Head of Mission in Serbia,
    Ambassador X": X), if within 300 characters of its phrase."""
    if att.named is None:
        return None
    at = text.find(att.named.text, att.key[1])
    return at if 0 <= at - att.key[1] <= 300 else None


def _attribution_end(text: str, att: Attribution) -> int:
    """Where an attribution ends, its apposition included ("a souligné la Directrice du BIDDH,
    Mme Hélène Marchand")."""
    at = _named_at(text, att)
    return att.end if at is None or att.named is None else max(att.end, at + len(att.named.text))


def _written(text: str, att: Attribution) -> str:
    """The mention of an attribution with an apposition, as written from its phrase through the
    name ("the Head of Mission in Serbia, Ambassador X"; "представитель министерства Фаррух
    Саидов")."""
    assert att.named is not None
    at = _named_at(text, att)
    if at is not None:
        return text[att.key[1] : at + len(att.named.text)]
    return f"{att.np.text}, {att.named.text}"
