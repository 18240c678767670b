"""Direct-speech quotes and their speakers, found in a release's body paragraphs.

``extract_quotes(paragraphs)`` works in three passes, each linear in the text:

1. ``_scan_marks`` pairs quote marks per paragraph by their context (a mark glued to the word after
   it opens, one glued to the word before it closes), so straight, curly, mixed, German and French
   marks all pair; single marks inside a double quote, and „…“ inside «…», are nested quotes and
   stay in its text.
2. ``Registry`` (``people.py``) collects the people the release names, with roles and gender.
3. ``_Builder`` keeps the spans that are direct speech (not scare quotes, short phrases or titles),
   finds each one's attribution ("…," he said / said X / X said: "…" / according to X) and
   resolves it to a person; quotes without their own attribution inherit the speaker of the
   quote they split from or continue.

The words of attribution (speech verbs, pronouns, titles, and how each language orders them) are
data, ``labels.SPEECH_WORDS``, for every language of the site; a language missing there gets the
quotes without speakers. Gendered verb forms ("сказала", "rekla je") and pronouns tell the
speaker's gender; in languages that may leave the subject out ("„…“, rekla je.", "“…” dedi.") a
bare verb refers back like a pronoun, and in verb-final ones the speaker named before the quote
("X, “…” dedi.") is found. Work is capped (``MAX_QUOTES``, ``people.MAX_MENTIONS``) so that no
page, however many quotes or names it holds, takes long.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice

from .labels import SPEECH_WORDS
from .models import Person, Quote
from .people import (
    ABBREVIATIONS,
    ANYONE,
    COMMON,
    CONNECTORS,
    DETERMINERS,
    HONORIFICS,
    MAX_MENTIONS,
    ORG_WORDS,
    PARTICLES,
    PRONOUNS,
    ROLE_ADJECTIVES,
    SPEECH_VERBS,
    SUBJECT_STOP,
    TITLES,
    UP,
    Key,
    NounPhrase,
    Registry,
    alternation,
    analyze_np,
    gendered,
    has_case_ending,
    is_abbreviation,
    is_name_token,
    is_role_word,
    norm_word,
    speech_words,
    wordset,
)

__all__ = ["MAX_QUOTES", "extract_quotes"]

_DOUBLE = '"“”„‟«»'
_MARKS = re.compile(r"[\"“”„‟«»'‘’‚‛‹›]+")
_GUILLEMETS = "«»"
_LEADING_SPACE = re.compile(r"\s*")
_DOUBLE_MARK = re.compile(r"[\"“”„‟«»]")
_SPACES = frozenset(
    " \t\n\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_FREE_BEFORE = _SPACES | frozenset("([{<—–-/\u2011")
_FREE_AFTER = _SPACES | frozenset(".,;:!?)]}>…")

_SP = r"[ \u00a0]"
_ADVERBS = r"(?:also|further|then|later|again|once again|today|yesterday|additionally)"
_TOK = r"[^\s,;:!?\"“”„‟«»]+"
_APPOS_NAME = re.compile(rf",{_SP}+(?P<name>{_TOK}(?:{_SP}+{_TOK}){{0,5}})")
_CLAUSE_END = re.compile(rf"{_SP}*(?:[.,;:!?]|$)")
_ACCORDING_WORDS = [
    form
    for lang in SPEECH_WORDS
    for phrase in speech_words(lang, "according").split("|")
    if phrase.strip()
    for form in (phrase.strip(), phrase.strip()[0].upper() + phrase.strip()[1:])
]
_ACCORDING = re.compile(
    rf"(?<!\w)(?:{alternation(_ACCORDING_WORDS)})"
    rf"{_SP}+(?P<np>[^,.;:!?\"“”„‟«»]{{1,100}}?),?{_SP}*$"
)
_BOUNDARY = re.compile(rf"[.!?][\"”’)]*\s+(?=[\"“„«'‘(]?[{UP}])")
_NAMING_CUES = wordset(
    """entitled titled called named dubbed so-called known termed labelled labeled motto slogan
    theme title headline project programme program campaign conference seminar workshop
    roundtable forum report publication handbook manual guide study brochure document
    declaration festival exhibition competition film book course training event initiative
    magazine newspaper series word words term phrase concept principle"""
)
_ADVERB_WORDS = wordset("also further then later again once today yesterday additionally")
_SENTENCE_GAP = re.compile(r"[.!?;:]\s")
_QUANTIFIERS = wordset("one two three some several many each another other")
_EMBEDDED_PRONOUN = re.compile(r"(?<=-t-)(?:il|elle)")
_CALLED_ON = re.compile(rf"{_SP}+(?:on|upon|for)\b")
_WINDOW = 400
_SAME_WORDS = {"bs": "sr", "hr": "sr", "me": "sr", "cnr": "sr"}  # one language, other names
MAX_QUOTES = 1000
"""Most quote-mark pairs examined per release: a long release has a few dozen quotes, and each
costs some 40 µs, so a page of tens of thousands would take seconds; later ones are dropped."""


@dataclass(frozen=True, slots=True)
class _Language:
    """The attribution cues of one language, compiled from ``labels.SPEECH_WORDS``."""

    post: re.Pattern[str]  # right after a closing mark: '…," he said' / 'said X' / 'X said'
    pre: re.Pattern[str]  # a verb before an opening mark: 'X said: "…'
    inner: re.Pattern[str]  # an attribution a quote runs into when its closing mark is missing
    after_name: re.Pattern[str] | None  # a verb after a name shows it is a person's: "X said"
    verb_genders: Mapping[str, str]  # a verb form that shows its subject's gender: "сказала"
    pronouns: Mapping[str, str]  # subject pronoun -> gender (ANYONE when it has none)
    aux: frozenset[str]  # words between a subject and its verb: "je", "також"
    title_stems: tuple[str, ...]  # a script without capitals: titles by their stems
    drop: bool  # an attribution may leave its subject out: "„…“, rekla je."
    verb_final: bool  # the speaker may be named before the quote: 'X, "…" dedi.'
    caseless: bool  # no capital letters (Georgian): names are found after titles


def _forms(code: str, *kinds: str) -> list[str]:
    """The phrases of ``kinds`` for a language, "a/b" pairs split into both forms."""
    return [
        form.strip()
        for kind in kinds
        for phrase in speech_words(code, kind).split("|")
        for form in phrase.split("/")
        if form.strip()
    ]


@cache
def _language_for(code: str) -> _Language | None:
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
    lead = rf"(?:(?:{lead}){_SP}+)?" if lead else ""
    aux = rf"(?:{_SP}+(?:{alternation(aux_words)}))?" if aux_words else ""
    skip = (
        rf"(?:(?:{_ADVERBS}|{alternation(aux_words)}){_SP}+){{0,2}}"
        if aux_words
        else (rf"(?:{_ADVERBS}{_SP}+)?")
    )
    name = rf"[{UP}][\w’'\-]*(?:{_SP}+[{UP}][\w’'\-]*){{0,3}}"
    verb_words = " ".join(speech_words(code, k) for k in ("verbs", "after", "before")).split()
    return _Language(
        post=re.compile(
            rf"{_SP}*,?{_SP}*(?:[-–—]{_SP}*)?(?:"
            rf"(?P<v1>{lead}(?:{after}){aux})(?!\w)"
            rf"(?:{_SP}+(?P<np1>{_TOK}(?:{_SP}+{_TOK}){{0,11}}))?"
            rf"|{lead}(?P<np2>{_TOK}(?:{_SP}+{_TOK}){{0,11}}?)"
            rf"(?P<ap>,{_SP}+[^,.;:!?\"“”„‟«»]{{1,150}},)?{_SP}+{skip}"
            rf"(?P<v2>{after})(?!\w))"
        ),
        pre=re.compile(rf"(?<!\w)(?:{before})(?!\w)"),
        inner=re.compile(
            rf",{_SP}+(?:[-–—]{_SP}*)?(?:(?:\w+|{name}){_SP}+{skip}(?:{after})"
            rf"(?!\w)|(?:{after}){_SP}+(?:\w+{_SP}+)?[{UP}])"
        ),
        after_name=None
        if code == "en"
        else re.compile(rf",?{_SP}+{skip}(?:{SPEECH_VERBS}|{after})(?!\w)"),
        verb_genders={
            form: gender
            for form, gender in gendered(w for w in verb_words if w != "|").items()
            if gender != ANYONE
        },
        pronouns=gendered(speech_words(code, "pronouns").split()),
        aux=frozenset(w.lower() for w in aux_words) | _ADVERB_WORDS,
        title_stems=tuple(speech_words(code, "title stems").split()),
        drop="drop" in traits,
        verb_final="verb-final" in traits,
        caseless="caseless" in traits,
    )


@dataclass(slots=True)
class _Raw:
    """A quote-mark pair in one paragraph; ``close`` is None when no closing mark was found."""

    open: int
    close: int | None
    limit: int


@dataclass(slots=True)
class _Attribution:
    np: NounPhrase
    verb: str | None
    key: Key
    end: int
    colon: bool = False
    named: NounPhrase | None = None


@dataclass(slots=True)
class _Draft:
    para: int
    start: int
    end: int
    open: int
    attribution: _Attribution | None
    speaker: str | None = None
    mention: str | None = None
    verb: str | None = None
    continued: bool = False
    chain: int = -1

    def quote(self, text: str) -> Quote:
        return Quote(
            text[self.start : self.end],
            self.speaker,
            self.mention,
            self.verb,
            self.para,
            self.start,
            self.end,
            self.continued,
        )


_NAMING = _Attribution(NounPhrase("", "naming"), None, (0, 0), 0)


def extract_quotes(
    paragraphs: Sequence[str], language: str | None = "en"
) -> tuple[tuple[Quote, ...], tuple[Person, ...]]:
    """Return the direct-speech quotes of ``paragraphs`` and the people the text names.

    Each ``Quote`` has its words (``paragraphs[q.paragraph][q.start:q.end] == q.text``), the
    resolved ``speaker`` (fullest name, else the role phrase, else None), the ``mention`` and
    ``verb`` of its own attribution, and ``continued`` when it carries on a quote from the previous
    paragraph. ``language`` (a code such as "uk" or "sr-Latn") selects the words of attribution
    in ``labels.SPEECH_WORDS``; for a language missing there only the marks are used.
    Never raises on any strings; time is linear in the text, and only the first ``MAX_QUOTES``
    quote-mark pairs and ``people.MAX_MENTIONS`` names are examined.
    """
    if isinstance(paragraphs, str):
        paragraphs = (paragraphs,)
    originals = tuple(p if isinstance(p, str) else "" for p in paragraphs)
    paras = tuple(p.replace("\u0589", ".") if "\u0589" in p else p for p in originals)
    raws = []
    left = MAX_QUOTES
    for text in paras:
        raws.append(_scan_marks(text, left) if left > 0 else [])
        left -= len(raws[-1])
    zones = _Zones(raws)
    lang = _language_for(_language_code(language))
    registry = Registry(paras, zones.contains, lang.after_name if lang else None)
    quotes = _Builder(paras, raws, registry, lang).run(originals)
    return quotes, registry.people()


@lru_cache(maxsize=64)
def _language_code(language: str | None) -> str:
    """The ``SPEECH_WORDS`` key for a language tag: "sr-Latn" -> "sr", "hr" -> "sr"."""
    code = (language or "en").replace("_", "-").split("-", 1)[0].lower()
    return _SAME_WORDS.get(code, code)


# --- pass 1: pairing quote marks ------------------------------------------------------------------


def _mark_role(text: str, a: int, b: int) -> str:
    """Role of the marks text[a:b]: "open" (glued to the word after), "close" (glued to the word
    before), "both" (glued on both sides), "loose" (spaces on both sides) or "end" (free, at the
    paragraph end or before punctuation)."""
    free_before = a == 0 or text[a - 1] in _FREE_BEFORE
    free_after = b == len(text) or text[b] in _FREE_AFTER
    if free_before:
        if not free_after:
            return "open"
        return "loose" if b < len(text) and text[b] in _SPACES else "end"
    return "close" if free_after else "both"


def _scan_marks(text: str, limit: int = MAX_QUOTES) -> list[_Raw]:
    """Pair the quote marks of one paragraph, left to right, in one pass (``limit`` pairs at
    most: the scan stops there).

    Adjacent marks act as one (``'front line'"`` closes the outer quote after the nested one).
    A second opening mark inside an open quote starts a nested quote when nothing between the
    two looks like the end of the first (a sentence end or an attribution); otherwise the first
    quote lost its closing mark and a new one starts.
    """
    spans: list[_Raw] = []
    open_at = -1
    open_family = ""  # "d" for ", “, ”, „; "g" for guillemets; "s" for single marks
    nested = False
    for m in _MARKS.finditer(text):
        a, b = m.span()
        first, last = _doubles(text, a, b)
        family = ("g" if text[first] in _GUILLEMETS else "d") if first >= 0 else "s"
        if family == "s":
            if b - a == 1 and _is_apostrophe(text, a):
                continue
            first, last = a, b - 1
        if open_at >= 0 and open_family != "s" and family != open_family:
            continue  # 'nested' single quotes, or „inner“ marks inside «guillemets»
        role = _mark_role(text, a, b)
        if open_at < 0:
            if role in ("open", "both", "loose"):
                open_at, open_family = last, family
        elif family == open_family and role in ("close", "both", "loose", "end"):
            if nested:
                nested = False
                continue
            spans.append(_Raw(open_at, first, first))
            open_at = -1
            if len(spans) >= limit:
                return spans
        elif role == "open" or (family != "s" and role in ("both", "loose")):
            if family == open_family != "s" and not nested and _nests(text, open_at, a):
                nested = True
                continue
            if open_family != "s" and text.find(",", open_at, a) >= 0:  # may end in attribution
                spans.append(_Raw(open_at, None, a))  # never closed: a new quote starts here
                if len(spans) >= limit:
                    return spans
            open_at, open_family, nested = last, family, False
    if open_at >= 0 and open_family != "s" and len(spans) < limit:
        spans.append(_Raw(open_at, None, len(text)))
    return spans


def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark between two letters ("don't", "Côte d’Ivoire") is not a quote mark."""
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def _doubles(text: str, a: int, b: int) -> tuple[int, int]:
    """The first and last double mark in text[a:b], or (-1, -1)."""
    if b - a == 1:
        return (a, a) if text[a] in _DOUBLE else (-1, -1)
    m = _DOUBLE_MARK.search(text, a, b)
    if m is None:
        return -1, -1
    last = b - 1
    while text[last] not in _DOUBLE:  # ends at m.start() at the latest
        last -= 1
    return m.start(), last


def _nests(text: str, outer: int, inner: int) -> bool:
    """True when the mark at ``inner`` can open a quote nested in the one opened at ``outer``."""
    if inner - outer > _WINDOW:
        return False
    between = text[outer + 1 : inner]
    return _SENTENCE_GAP.search(between) is None and _english().inner.search(between) is None


def _english() -> _Language:
    lang = _language_for("en")
    assert lang is not None
    return lang


class _Zones:
    """Which positions lie inside a paired quote (names there are not pronoun antecedents)."""

    def __init__(self, raws: Sequence[Sequence[_Raw]]) -> None:
        self._starts = [[r.open for r in spans if r.close is not None] for spans in raws]
        self._ends = [[r.close for r in spans if r.close is not None] for spans in raws]

    def contains(self, para: int, pos: int) -> bool:
        starts = self._starts[para]
        i = bisect.bisect(starts, pos) - 1
        end = self._ends[para][i] if i >= 0 else None
        return end is not None and pos < end


# --- pass 3: attribution --------------------------------------------------------------------------


class _Builder:
    """Turns paired marks into ``Quote``s, paragraph by paragraph."""

    def __init__(
        self,
        paras: tuple[str, ...],
        raws: list[list[_Raw]],
        registry: Registry,
        lang: _Language | None,
    ) -> None:
        self.paras = paras
        self.raws = raws
        self.registry = registry
        self.lang = lang
        self.drafts: list[_Draft] = []

    def run(self, originals: Sequence[str]) -> tuple[Quote, ...]:
        """The quotes, their text cut from ``originals`` (the paragraphs as given)."""
        incoming: _Draft | None = None  # the quote running on from the previous paragraph
        previous: _Draft | None = None  # the last quote of the previous paragraph
        if self.lang is not None and self.lang.verb_genders:
            self._learn_verb_genders(self.lang)
        for p, text in enumerate(self.paras):
            here: list[_Draft] = []
            floor = 0
            outgoing = None
            for k, raw in enumerate(self.raws[p]):
                continuing = incoming if k == 0 and _opens(text, raw.open) else None
                draft, runs_on = self._draft(p, text, raw, floor, continuing is not None)
                floor = raw.close + 1 if raw.close is not None else raw.limit
                if draft is None:
                    continue
                self._attribute(draft, text, here, continuing, previous)
                here.append(draft)
                if runs_on:
                    outgoing = draft
            incoming = outgoing
            previous = here[-1] if here else None
            self.drafts.extend(here)
        self._fill_chains()
        return tuple(d.quote(originals[d.para]) for d in self.drafts)

    def _learn_verb_genders(self, lang: _Language) -> None:
        """Take each named subject's gender from its verb: "Посол X … сказал" is a man (the
        first ``MAX_MENTIONS`` verbs only)."""
        verbs = ((p, v) for p, text in enumerate(self.paras) for v in lang.pre.finditer(text))
        for p, verb in islice(verbs, MAX_MENTIONS):
            text = self.paras[p]
            start = _sentence_start(text, max(0, verb.start() - _WINDOW), verb.start())
            found = _subject_before(text, start, verb.start(), lang)
            if found is None or found[0].kind != "name":
                continue
            entry = self.registry.find(found[0].name, (p, found[1]))
            if entry is not None and not entry.cue_gender:
                entry.cue_gender = _verb_gender(lang, verb.group())

    # deciding what is a quote

    def _draft(
        self, p: int, text: str, raw: _Raw, floor: int, continuing: bool
    ) -> tuple[_Draft | None, bool]:
        """Build the draft for one mark pair (None when it is not direct speech) and tell
        whether the quote runs on into the next paragraph."""
        found = self._end_of(p, text, raw)
        if found is None:
            return None, False
        close, runs_on = found
        start, end = _trim(text, raw.open + 1, close if close is not None else raw.limit)
        if start >= end:
            return None, False
        post = None
        if close is not None and self.lang is not None:
            after = close + (text[close] != ",")
            post = self._post(text, p, after, text[end - 1] in ".!?", raw.open, floor)
        if continuing:
            return _Draft(p, start, end, raw.open, post), runs_on
        pre = self._pre(text, p, raw.open, floor) if self.lang and post is None else None
        if pre is _NAMING or not _is_speech(text, raw, start, end, close, post, pre):
            return None, False
        return _Draft(p, start, end, raw.open, post or pre), runs_on

    def _end_of(self, p: int, text: str, raw: _Raw) -> tuple[int | None, bool] | None:
        """Where the quoted words end and whether they run on into the next paragraph.

        The end is the closing mark, else the comma of an attribution the quote runs into
        ('"Trust matters, he said.'), else None: the paragraph end. None overall drops a quote
        whose mark never closes before the next quote starts.
        """
        if raw.close is not None:
            return raw.close, False
        at_end = raw.limit == len(text)
        if at_end and self._next_reopens(p) and _at_sentence_start(text, raw.open):
            return None, True  # a quote over several paragraphs
        inner = self.lang.inner.search(text, raw.open + 1, raw.limit) if self.lang else None
        if inner is not None:
            return inner.start(), False
        return (None, False) if at_end else None

    def _next_reopens(self, p: int) -> bool:
        if p + 1 >= len(self.paras) or not self.raws[p + 1]:
            return False
        return _opens(self.paras[p + 1], self.raws[p + 1][0].open)

    # finding the attribution

    def _post(
        self, text: str, p: int, pos: int, sentence_ended: bool, open_at: int, floor: int
    ) -> _Attribution | None:
        """An attribution right after the closing mark: '…," he said', '…," said X, role', or a
        bare verb whose subject is left out or named before the quote ('X, "…" dedi.')."""
        lang = self.lang
        assert lang is not None
        m = lang.post.match(text, pos, min(len(text), pos + 300))
        if m is None:
            return None
        np: NounPhrase | None
        if m.group("v1"):
            verb = m.group("v1")
            embedded = _EMBEDDED_PRONOUN.search(verb)  # French "a-t-il souligné"
            np, np_start, end = None, m.end("v1"), m.end("v1")
            if embedded is not None:
                np, np_start = analyze_np(embedded.group()), m.start("v1")
            elif m.group("np1") is not None:
                np, length = self._leading(m.group("np1"))
                if np is not None:
                    np_start = m.start("np1")
                    end = np_start + length
            if np is None:
                return self._implicit(text, p, verb, open_at, floor, end)
        else:
            phrase, np_start = m.group("np2"), m.start("np2")
            verb, end = m.group("v2"), m.end()
            if sentence_ended and phrase[:1].isupper() and not _CLAUSE_END.match(text, end):
                return None  # '…." He said that …' is a new sentence of reported speech
            np = self._np(_drop_period(phrase))
        if np is None:
            return None
        named = None
        if np.kind == "role":
            appos = m.group("ap") if m.group("v2") else None
            if appos is None:  # "said the Head of Mission (in Serbia), Ambassador X"
                am = _APPOS_NAME.match(text, end) or (
                    _APPOS_NAME.match(text, m.end("np1")) if m.group("np1") else None
                )
                appos = am.group("name") if am else None
            candidate = analyze_np(_leading_np(appos.strip(" ,"))) if appos else None
            named = candidate if candidate is not None and candidate.kind == "name" else None
        return _Attribution(np, verb, (p, np_start), end, named=named)

    def _implicit(
        self, text: str, p: int, verb: str, open_at: int, floor: int, end: int
    ) -> _Attribution | None:
        """The attribution of a verb after a quote with no subject after it: the subject named
        before the quote in a verb-final language ('X, "…" dedi.'), else, where subjects may be
        left out, an unwritten pronoun of the verb's gender ('„…“, rekla je.')."""
        lang = self.lang
        assert lang is not None
        if lang.verb_final:
            start = _sentence_start(text, max(floor, open_at - _WINDOW), open_at)
            head = text[start:open_at].rstrip(" \u00a0,:;–—-")
            found = self._subject(text, p, start, start + len(head)) if head else None
            if found is not None and not has_case_ending(head.split()[-1]):  # "Konseyi'nde"
                return _Attribution(found[0], verb, (p, found[1]), end)
        if not lang.drop:
            return None
        unwritten = NounPhrase("", "pronoun", gender=_verb_gender(lang, verb) or ANYONE)
        return _Attribution(unwritten, verb, (p, open_at), end)

    def _subject(
        self, text: str, p: int, start: int, verb_at: int
    ) -> tuple[NounPhrase, int] | None:
        """``_subject_before`` in the release's language; in a verb-final language not a lone
        capitalised word nobody was named by ("Toplantıda": at the meeting), which may be any
        sentence-initial word there."""
        assert self.lang is not None
        found = _subject_before(text, start, verb_at, self.lang)
        if found is None or not self.lang.verb_final:
            return found
        np = found[0]
        if np.kind != "name" or len(np.name) > 1 or np.role:
            return found
        return found if self.registry.find(np.name, (p, found[1])) is not None else None

    def _leading(self, phrase: str) -> tuple[NounPhrase | None, int]:
        """The speaker phrase at the start of ``phrase`` (after a verb) and its length."""
        assert self.lang is not None
        first = phrase.split(maxsplit=1)[0]
        word = first.rstrip(".,;:!?")
        if word.lower() in self.lang.pronouns:
            return self._np(word), len(word)
        if self.lang.caseless:
            words = _words_until_stop(phrase, 6)
            return _caseless_np(words, self.lang), len(" ".join(words))
        found = _leading_np(phrase)
        return self._np(_drop_period(found)), len(found)

    def _np(self, phrase: str) -> NounPhrase | None:
        """``analyze_np`` that also knows the pronouns and script of the release's language."""
        if self.lang is None:
            return analyze_np(phrase)
        return _analyze(phrase, self.lang)

    def _pre(self, text: str, p: int, open_at: int, floor: int) -> _Attribution | None:
        """An attribution before the opening mark in the same sentence: 'X said: "…'."""
        start = _sentence_start(text, max(floor, open_at - _WINDOW), open_at)
        head = text[start:open_at].rstrip()
        colon = head.endswith(":")
        according = _ACCORDING.search(text, start, open_at)
        if according is not None:
            np = self._np(according.group("np"))
            if np is not None:
                return _Attribution(np, None, (p, according.start("np")), open_at, colon)
        lang = self.lang
        assert lang is not None
        verb = _last(lang.pre.finditer(text, start, open_at))
        if verb is None:
            return None
        if verb.group() == "called" and not colon and not _CALLED_ON.match(text, verb.end()):
            return _NAMING  # 'what he called "soft intervention"' names, it does not quote
        found = self._subject(text, p, start, verb.start())
        if found is None and lang.drop:  # "Dodala je: „…“", "Toplantıda şunları söyledi: “…”"
            unwritten = NounPhrase("", "pronoun", gender=_verb_gender(lang, verb.group()) or ANYONE)
            found = unwritten, verb.start()
        if found is None:
            return None
        np, pos = found
        return _Attribution(np, verb.group(), (p, pos), open_at, colon)

    def _speech_act(self, text: str, p: int, lo: int, hi: int) -> _Attribution | None:
        """The last 'X said …' (reported speech) between ``lo`` and ``hi``."""
        lo = max(lo, hi - _WINDOW)
        assert self.lang is not None
        last = _last(self.lang.pre.finditer(text, lo, hi))
        if last is None:
            return None
        start = _sentence_start(text, lo, last.start())
        found = self._subject(text, p, start, last.start())
        return _Attribution(found[0], last.group(), (p, found[1]), hi) if found else None

    # resolving the speaker

    def _attribute(
        self,
        draft: _Draft,
        text: str,
        here: list[_Draft],
        continuing: _Draft | None,
        previous: _Draft | None,
    ) -> None:
        """Set speaker, mention, verb and continued from the draft's attribution or context."""
        att = draft.attribution
        if continuing is not None:
            draft.continued, draft.chain = True, continuing.chain
            draft.speaker = continuing.speaker
        if att is not None:
            draft.mention, draft.verb = att.np.text or None, att.verb
            if att.named is not None:
                draft.mention = f"{att.np.text}, {att.named.text}"
            if att.np.text or draft.speaker is None:  # an unwritten subject goes on speaking
                draft.speaker = self._resolve(att, (draft.para, draft.open)) or draft.speaker
        elif continuing is None:
            self._inherit(draft, text, here, previous)
        if draft.chain < 0:
            draft.chain = len(self.drafts) + len(here)

    def _inherit(
        self, draft: _Draft, text: str, here: list[_Draft], previous: _Draft | None
    ) -> None:
        """Speaker of a quote without attribution: the split-off part, the paragraph's speech."""
        last = here[-1] if here else None
        if (
            last is not None
            and last.attribution is not None
            and _is_gap(text, last.attribution.end, draft.open)
        ):
            draft.speaker, draft.mention, draft.verb = last.speaker, last.mention, last.verb
            return
        opens_paragraph = _opens(text, draft.open)
        floor = (last.end + 1) if last is not None else 0
        act = self._speech_act(text, draft.para, floor, draft.open) if self.lang else None
        if act is not None:
            draft.speaker = self._resolve(act, (draft.para, draft.open))
        elif last is not None:
            draft.speaker = last.speaker
        elif previous is not None and opens_paragraph:
            draft.speaker, draft.continued, draft.chain = previous.speaker, True, previous.chain
        elif self.lang is not None:
            p = draft.para - 1 if opens_paragraph else draft.para
            if p < 0:
                return
            before = self.paras[p]
            end = len(before) if opens_paragraph else draft.open
            act = self._speech_act(before, p, 0, end) if opens_paragraph else None
            if act is not None:
                draft.speaker = self._resolve(act, (draft.para, draft.open))
            else:
                draft.speaker = self._sentence_subject(before, p, end)

    def _sentence_subject(self, text: str, p: int, end: int) -> str | None:
        """The person who is the subject of the last sentence before ``end``, if a known one:
        'Lenarčič welcomed the decision. "This is a good day."' → Lenarčič."""
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = _sentence_start(text, max(0, end - _WINDOW), end)
        first = text[start:end].split(maxsplit=1)
        if first and self.lang is not None and first[0].lower() in self.lang.pronouns:
            phrase = first[0]  # "Вона привітала …"
        else:
            phrase = _leading_np(text[start:end])
        if not phrase and "," in text[start : start + 60]:  # "On Monday, the Minister …"
            start = text.index(",", start) + 1
            phrase = _leading_np(text[start:end])
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

    def _resolve(self, att: _Attribution, quote_key: Key) -> str | None:
        """The speaker an attribution names: a person's fullest name, else the phrase itself."""
        np = att.named or att.np
        key = min(att.key, quote_key)
        if np.kind == "thing":
            return None
        if np.kind == "pronoun":
            entry = self.registry.by_pronoun(np.gender, key)
        elif np.kind == "name":
            entry = self.registry.find(np.name, key) or self.registry.add_speaker(np.name, att.key)
        else:
            entry = self.registry.by_role(np.role, key)
        if entry is None:
            return None if np.kind == "pronoun" else np.bare or None
        if self.lang is not None and att.verb and not entry.cue_gender:
            entry.cue_gender = _verb_gender(self.lang, att.verb)
        return entry.name

    def _fill_chains(self) -> None:
        """Give every part of a multi-paragraph quote the speaker found on any part."""
        speakers: dict[int, str] = {}
        for d in self.drafts:
            if d.speaker is not None:
                speakers.setdefault(d.chain, d.speaker)
        for d in self.drafts:
            if d.speaker is None and d.chain in speakers:
                d.speaker = speakers[d.chain]


# --- text helpers ---------------------------------------------------------------------------------


def _verb_gender(lang: _Language, verb: str) -> str | None:
    """The gender a verb form shows: "сказала" and "rekla je" are said by a woman."""
    for word in verb.lower().split():
        if word in lang.verb_genders:
            return lang.verb_genders[word]
    return None


def _analyze(phrase: str, lang: _Language) -> NounPhrase | None:
    """``analyze_np`` with the language's own pronouns ("він", "ona") and script."""
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in lang.pronouns:
        word = words[0].lower()
        return NounPhrase(word, "pronoun", gender=lang.pronouns[word])
    if lang.caseless:
        return _caseless_np(words, lang)
    return analyze_np(phrase)


def _words_until_stop(phrase: str, limit: int) -> list[str]:
    """The first words of ``phrase``, up to the first one that ends a clause."""
    words: list[str] = []
    for word in phrase.split()[:limit]:
        words.append(word)
        if word[-1] in ".,;:!?":
            break
    return words


def _caseless_np(words: Sequence[str], lang: _Language) -> NounPhrase | None:
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


def _opens(text: str, i: int) -> bool:
    """True when only spaces come before ``i``: the mark opens the paragraph."""
    spaces = _LEADING_SPACE.match(text)
    return spaces is not None and spaces.end() >= i


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding spaces and a trailing comma."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _is_speech(
    text: str,
    raw: _Raw,
    start: int,
    end: int,
    close: int | None,
    post: _Attribution | None,
    pre: _Attribution | None,
) -> bool:
    """Direct speech, not a scare quote, a short phrase or a title."""
    sentence_start = _at_sentence_start(text, raw.open)
    colon = pre is not None and pre.colon
    words = text[start:end].split()
    if len(words) < 4 and not ((sentence_start and post is not None) or colon):
        return False
    if post is None and not colon and _is_title(text, raw.open, start, end, close):
        return False
    return post is not None or pre is not None or sentence_start


def _at_sentence_start(text: str, i: int) -> bool:
    """True when the mark at ``i`` starts the paragraph, a sentence or follows a colon."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j < 0 or text[j] in ".!?:;" or text[j] in _DOUBLE


def _is_title(text: str, open_at: int, start: int, end: int, close: int | None) -> bool:
    """A quoted name of a document, event or project, or a term introduced by "called"."""
    before = text[max(0, open_at - 30) : open_at].split()
    if before and norm_word(before[-1]) in _NAMING_CUES:
        return True
    after = text[close + 1 : close + 30].split() if close is not None else []
    if after and norm_word(after[0]) in _NAMING_CUES:
        return True
    words = text[start:end].split()
    if not words or words[-1][-1] in ".!?" or len(words) > 14:
        return False
    long_words = [w for w in words[1:] if len(w) > 3]
    capitals = sum(1 for w in long_words if w[0].isupper())
    return bool(long_words) and capitals >= 0.75 * len(long_words) and words[0][0].isupper()


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """The start of the sentence containing ``hi`` (not before ``lo``)."""
    start = lo
    for m in _BOUNDARY.finditer(text, lo, hi):
        k = m.start()
        word = text[max(lo, text.rfind(" ", lo, k) + 1) : k].lower().lstrip('("“')
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        start = m.end()
    return start


@lru_cache(maxsize=8192)
def _np_word(word: str) -> bool:
    """True for a word that can belong to a speaker phrase."""
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
        or low in _QUANTIFIERS
        or is_role_word(low)
    )


@lru_cache(maxsize=4096)
def _leading_np(phrase: str) -> str:
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


def _drop_period(phrase: str) -> str:
    if phrase.endswith(".") and not is_abbreviation(phrase.split()[-1]):
        return phrase[:-1]
    return phrase


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - keep the last one
        pass
    return found


def _subject_before(
    text: str, start: int, verb_at: int, lang: _Language
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
        caseless = _caseless_np(tail, lang) if tail else None
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
        np = analyze_np(" ".join(appositive))
        if np is not None and np.kind == "name" and all(_is_title_word(w) for w in np.role):
            phrase = np.text
        words = [*words[:j], words[j][:-1]]
    if not phrase and words and words[-1].lower() == "and":  # "The Minister welcomed it and said"
        phrase = _leading_np(" ".join(words))
    elif not phrase:
        phrase = _tail_np(words)
    found = _analyze(phrase, lang) if phrase else None
    if found is None and lang.verb_final and words:
        phrase = _leading_np(" ".join(words).split(",")[0])
        found = _analyze(phrase, lang) if phrase else None
    if found is None:
        return None
    pos = text.rfind(phrase.split()[0], start, verb_at)
    return found, max(pos, start)


def _is_title_word(word: str) -> bool:
    low = norm_word(word)
    return low in TITLES or low in HONORIFICS


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


def _is_gap(text: str, lo: int, hi: int) -> bool:
    """True when only the rest of an attribution clause separates two quote parts."""
    if hi - lo > 200:
        return False
    gap = text[lo:hi].strip()
    return not gap or (gap[-1] in ".,;:" and not any(c in gap[:-1] for c in ".!?"))
