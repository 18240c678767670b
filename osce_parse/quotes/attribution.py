"""Pass 3a: the attribution a quote has in its own sentence, as the speaker phrase, its verb
and where it stands: after the closing mark ('…," said X'), before the opening mark ('X said:
"…'), "according to X", or a verb whose subject is left out or named earlier in a verb-final
language. ``Builder`` (pass 3) mixes these in and resolves the phrase to a person."""

from __future__ import annotations

import re

from ..lang import SPEECH_WORDS
from .drafts import Attribution
from .language import SP, TOK, Language, phrases, verb_gender
from .marks import WINDOW
from .morph import given_name
from .names import (
    NounPhrase,
    analyze_np,
    articles_of,
    has_case_ending,
    is_role_word,
    norm_word,
)
from .people import Registry
from .phrases import (
    analyze,
    caseless_np,
    drop_period,
    last_match,
    leading_np,
    name_after_role,
    name_ending_clause,
    sentence_start,
    subject_before,
    words_until_stop,
)
from .vocab import (
    ANYONE,
    TITLES,
    UNNAMED,
    alternation,
    without_suffix,
)

__all__ = ["NAMING", "Attributions", "title_stem"]

_APPOS_NAME = re.compile(rf",{SP}+(?P<name>{TOK}(?:{SP}+{TOK}){{0,5}})")


_CLAUSE_END = re.compile(rf"{SP}*(?:[.,;:!?]|$)")


def _cue_forms(kind: str) -> list[str]:
    """The phrases of one kind of every language, as written and capitalised."""
    return [
        form
        for lang in SPEECH_WORDS
        for phrase in phrases(lang, kind)
        for form in (phrase, phrase[0].upper() + phrase[1:])
    ]


_AS_WORDS = _cue_forms("as")  # "Как сообщила X, «…»": the name after the verb, in the nominative
_AS = frozenset(form.casefold() for form in _AS_WORDS)


_ACCORDING = re.compile(  # "according to X[, the Head of …,] “…"
    rf"(?<!\w)(?P<cue>{alternation(_cue_forms('according') + _AS_WORDS)})"
    rf"{SP}+(?P<np>[^,.;:!?\"“”„‟«»]{{1,100}}?)"
    rf"(?:,{SP}+(?P<appos>[^.;:!?\"“”„‟«»]{{1,150}}?))?,?{SP}*$"
)


_PHRASE_STOP = re.compile(r"[,.;:!?\"“”„‟«»]")


_EMBEDDED_PRONOUN = re.compile(r"(?<=-t-)(?:il|elle)")


_CALLED_ON = re.compile(rf"{SP}+(?:on|upon|for)\b")


NAMING = Attribution(NounPhrase("", "naming"), None, (0, 0), 0)  # "what he called \"…\""


class Attributions:
    """Finding a quote's attribution; mixed into ``Builder``, whose language and registry of
    people it reads."""

    lang: Language | None
    registry: Registry

    def _post(
        self, text: str, p: int, pos: int, sentence_ended: bool, open_at: int, floor: int
    ) -> Attribution | None:
        """An attribution right after the closing mark: '…," he said', '…," said X, role', or a
        bare verb whose subject is left out or named before the quote ('X, "…" dedi.')."""
        lang = self.lang
        assert lang is not None
        m = lang.post.match(text, pos, min(len(text), pos + 300))
        if m is None:
            return None
        np: NounPhrase | None
        appositive: NounPhrase | None = None
        if m.group("v1"):
            verb = m.group("v1")
            embedded = _EMBEDDED_PRONOUN.search(verb)  # French "a-t-il souligné"
            np, np_start, end = None, m.end("v1"), m.end("v1")
            if embedded is not None:
                np, np_start = analyze_np(embedded.group(), lang.code), m.start("v1")
            elif m.group("np1") is not None:
                np, length = self._leading(m.group("np1"))
                if np is not None:
                    np_start = m.start("np1")
                    end = np_start + length
            ending = self._ending_name(text, m.end("v1"), np)
            if ending is not None and np is not None and np.kind in ("role", "unnamed"):
                appositive, end = ending[0], ending[2]  # "rekla je šefica …, ambasadorka X"
            elif ending is not None:
                np, np_start, end = ending
            if np is None:
                return self._implicit(text, p, verb, open_at, floor, end)
        else:
            phrase, np_start = m.group("np2"), m.start("np2")
            verb, end = m.group("v2"), m.end()
            if sentence_ended and phrase[:1].isupper() and not _CLAUSE_END.match(text, end):
                return None  # '…." He said that …' is a new sentence of reported speech
            np = self._np(drop_period(phrase))
        if np is None:
            return None
        named = None
        if np.kind in ("role", "unnamed") or (np.kind == "name" and not self._has_given(np)):
            appos = m.group("ap") if m.group("v2") else None
            if appos is None:  # "said the Head of Mission (in Serbia), Ambassador X"
                am = _APPOS_NAME.match(text, end) or (
                    _APPOS_NAME.match(text, m.end("np1")) if m.group("np1") else None
                )
                appos = am.group("name") if am else None
            candidate = analyze_np(leading_np(appos.strip(" ,")), lang.code) if appos else None
            named = candidate if candidate is not None and candidate.kind == "name" else None
            named = named or appositive
        return Attribution(np, verb, (p, np_start), end, named=named)

    def _implicit(
        self, text: str, p: int, verb: str, open_at: int, floor: int, end: int
    ) -> Attribution | None:
        """The attribution of a verb after a quote with no subject after it: the subject named
        before the quote in a verb-final language ('X, "…" dedi.'), else, where subjects may be
        left out, an unwritten pronoun of the verb's gender ('„…“, rekla je.')."""
        lang = self.lang
        assert lang is not None
        if lang.verb_final:
            start = sentence_start(text, max(floor, open_at - WINDOW), open_at)
            head = text[start:open_at].rstrip(" \u00a0,:;–—-")
            found = self._subject(text, p, start, start + len(head)) if head else None
            if found is not None and not has_case_ending(head.split()[-1]):  # "Konseyi'nde"
                return Attribution(found[0], verb, (p, found[1]), end)
        if not lang.drop:
            return None
        unwritten = NounPhrase("", "pronoun", gender=verb_gender(lang, verb) or ANYONE)
        return Attribution(unwritten, verb, (p, open_at), end)

    def _subject(
        self, text: str, p: int, start: int, verb_at: int
    ) -> tuple[NounPhrase, int] | None:
        """``subject_before`` in the release's language; in a verb-final language not a lone
        capitalised word nobody was named by ("Toplantıda": at the meeting), which may be any
        sentence-initial word there."""
        assert self.lang is not None
        found = subject_before(text, start, verb_at, self.lang)
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
        if word.lower() in UNNAMED:  # "tha një nga kandidatet": somebody left unnamed
            written = drop_period(" ".join(words_until_stop(phrase, 6)))
            return NounPhrase(written, "unnamed", (), tuple(written.split())), len(written)
        if self.lang.caseless:
            words = words_until_stop(phrase, 6)
            return caseless_np(words, self.lang), len(" ".join(words))
        found = leading_np(phrase)
        rest = phrase[len(first) :]
        if found == first and word.lower() in articles_of(self.lang.code) and rest.strip():
            found = first + rest[: len(rest) - len(rest.lstrip())] + leading_np(rest.lstrip())
        return self._np(drop_period(found)), len(found)  # "il Capo della Presenza": an article

    def _ending_name(
        self, text: str, after_verb: int, np: NounPhrase | None
    ) -> tuple[NounPhrase, int, int] | None:
        """The name that ends the clause after a speech verb, as the speaker, where the phrase
        right after the verb names nobody ("…, dedi Birimi Başkanı Selin Akgündüz"; "ha
        dichiarato il Presidente …, Carmelo Vella"): in a verb-final language, or after a
        comma or a title. A name with a given name right after the verb stays the speaker."""
        assert self.lang is not None
        named = np is not None and np.kind == "name"
        given = named and np is not None and self._has_given(np)
        single = named and np is not None and len(np.name) == 1 and not np.role
        if given or (single and not self.lang.verb_final):
            return None
        found = name_ending_clause(text, after_verb, self.lang)
        if found is None or not (self.lang.verb_final or found[2] or self._has_given(found[0])):
            after_role = None if np is not None else name_after_role(text, after_verb, self.lang)
            if after_role is None or not self._has_given(after_role[0]):
                return None
            found = (*after_role, True)
        name, start, _ = found
        return name, start, start + len(name.text)

    def _has_given(self, np: NounPhrase) -> bool:
        """Whether a name phrase holds a known given name ("Anna Weber", not "Conflict
        Prevention" read as a name in a language without capitals for its organisations)."""
        return any(given_name(word, self.lang.code if self.lang else None) for word in np.name)

    def _np(self, phrase: str, genitive: bool = False) -> NounPhrase | None:
        """``analyze_np`` that also knows the pronouns and script of the release's language;
        ``genitive``: the phrase stands in the genitive ("по словам Ивана Горбенко")."""
        if self.lang is None:
            return analyze_np(phrase)
        return analyze(phrase, self.lang, genitive)

    def _pre(self, text: str, p: int, open_at: int, floor: int) -> Attribution | None:
        """An attribution before the opening mark in the same sentence: 'X said: "…'; with the
        subject after the verb when a name stands between it and the colon ("said X:")."""
        start = sentence_start(text, max(floor, open_at - WINDOW, _dateline_end(text)), open_at)
        head = text[start:open_at].rstrip()
        colon = head.endswith(":")
        according = _ACCORDING.search(text, start, open_at)
        if according is not None:
            genitive = (
                self.lang is not None
                and self.lang.genitive
                and " ".join(according.group("cue").casefold().split()) not in _AS
            )
            np = self._np(according.group("np"), genitive=genitive)
            appos = according.group("appos")
            named = self._np(appos.strip(" ,"), genitive=genitive) if appos else None
            if (
                np is not None
                and (np.kind != "name" or not self._has_given(np) or _titled(np))
                and named is not None
                and named.kind == "name"
                and self._has_given(named)
            ):
                np = named  # "según el responsable del proyecto, Pablo Domínguez, «…»"
            if np is not None:
                return Attribution(np, None, (p, according.start("np")), open_at, colon)
        after = self._according_after(text, p, start, open_at, colon)
        if after is not None:
            return after
        lang = self.lang
        assert lang is not None
        verb = last_match(lang.pre.finditer(text, start, open_at))
        naming = last_match(lang.naming.finditer(text, start, open_at)) if lang.naming else None
        if (
            naming is not None
            and (verb is None or naming.start() >= verb.start() or self._modifies(text, verb))
            and not colon
            and not _CALLED_ON.match(text, naming.end())  # "called on both sides “to …”"
        ):
            if not _object_between(text, naming.end(), open_at):
                return NAMING  # 'what he called "soft intervention"' names, it does not quote
            verb = naming  # 'he called the agreement "a milestone"': his words describe it
        if verb is None:
            return None
        inverted = self._np(head[verb.end() - start :].strip(" :,")) if colon else None
        if inverted is not None and inverted.kind == "name":  # "erklärte der Vorsitzende X: „…"
            return Attribution(inverted, verb.group(), (p, verb.end()), open_at, colon)
        found = self._subject(text, p, start, verb.start())
        if found is None and verb is naming:  # "X thanked …, calling the stalemate “…”"
            opening = leading_np(text[start : verb.start()])
            np = self._np(opening) if opening else None
            found = (np, start) if np is not None and np.kind in ("name", "role") else None
        if found is None and lang.drop:  # "Dodala je: „…“", "Toplantıda şunları söyledi: “…”"
            unwritten = NounPhrase("", "pronoun", gender=verb_gender(lang, verb.group()) or ANYONE)
            found = unwritten, verb.start()
        if found is None:
            return None
        np, pos = found
        return Attribution(np, verb.group(), (p, pos), open_at, colon, naming=verb is naming)

    def _modifies(self, text: str, verb: re.Match[str]) -> bool:
        """Whether a speech verb is written as an adjective after an article ("calling the
        continued stalemate “…”"), not as the verb of its own clause."""
        before = text[max(0, verb.start() - 20) : verb.start()].split()
        code = self.lang.code if self.lang is not None else None
        return bool(before) and before[-1].lower() in articles_of(code)

    def _according_after(
        self, text: str, p: int, start: int, open_at: int, colon: bool
    ) -> Attribution | None:
        """'X'e göre, “…”', 'Вальднердің айтуынша, «…»': "according to" after the speaker, in a
        language whose file has such words. A single word names a speaker only when it is the
        surname of someone the text named ("Rapora göre", "according to the report", does not)."""
        lang = self.lang
        cue = lang.after.search(text, start, open_at) if lang and lang.after else None
        if lang is None or cue is None:
            return None
        stop = last_match(_PHRASE_STOP.finditer(text, start, cue.start()))
        written = text[stop.end() if stop is not None else start : cue.start()]
        at = cue.start() - len(written.lstrip())
        phrase = without_suffix(written.strip(), lang.name_suffixes)
        np = self._np(phrase) if phrase else None
        key = (p, at)
        if np is None or not (
            (np.kind == "name" and (len(np.name) > 1 or self.registry.find(np.name, key)))
            or (np.kind == "role" and self.registry.by_role(np.role, key))
        ):
            np = NounPhrase(phrase, "thing")  # "Rapora göre": the report's words, nobody's
        return Attribution(np, None, key, open_at, colon)

    def speech_act(self, text: str, p: int, lo: int, hi: int) -> Attribution | None:
        """The last 'X said …' (reported speech) between ``lo`` and ``hi``."""
        lo = max(lo, hi - WINDOW)
        assert self.lang is not None
        last = last_match(self.lang.pre.finditer(text, lo, hi))
        if last is None:
            return None
        start = sentence_start(text, lo, last.start())
        found = self._subject(text, p, start, last.start())
        return Attribution(found[0], last.group(), (p, found[1]), hi) if found else None


def _object_between(text: str, lo: int, hi: int) -> bool:
    """Whether words stand between a naming verb and the quote: the object the quoted words
    describe ("called the agreement “…”", "a qualifié ce document de « … »"), not a bare term
    ("what he called “…”")."""
    return any(any(c.isalpha() for c in w) for w in text[lo:hi].split())


_DATELINE = re.compile(r"^[^\W\d_][^–—\n]{0,100}?\d{4}\D{0,14}?\s[–—-]\s")


def _dateline_end(text: str) -> int:
    """Where the body text after a dateline starts ("VİYANA, 2 Aralık 2020 – "), else 0: no
    speaker is looked for in the dateline."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


def _titled(np: NounPhrase) -> bool:
    """Whether a phrase holds a title or role word ("la Vice Segretaria generale"), so that an
    appositive name after it names the person and the phrase only describes them."""
    return any(is_role_word(norm_word(w)) or title_stem(w) for w in np.text.split())


def title_stem(word: str) -> bool:
    """A title of any language in one of its case forms ("Координатора", "Представниця")."""
    low = norm_word(word)
    return len(low) >= 5 and any(low.startswith(t[: max(5, len(t) - 2)]) for t in _TITLE_LIST)


_TITLE_LIST = tuple(sorted(t for t in TITLES if len(t) >= 5))
