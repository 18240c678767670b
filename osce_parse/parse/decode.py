"""Page bytes to text: byte-order mark, the HTTP header's or the page's own ``<meta charset>``
(checked by a strict decode; valid UTF-8 wins over a declared single-byte legacy charset), then
UTF-8, then the most plausible of a few legacy charsets."""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata

from ..lang import letters

__all__ = ["Decoded", "decode"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)


class Decoded(str):
    """Decoded text; ``encoding`` names the codec, ``guessed`` is True if no declaration held."""

    encoding: str
    guessed: bool

    def __new__(cls, text: str, encoding: str, guessed: bool = False) -> Decoded:
        obj = super().__new__(cls, text)
        obj.encoding = encoding
        obj.guessed = guessed
        return obj


def _codec(name: str) -> str | None:
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Browsers read pages labelled latin-1 or ASCII as cp1252.
    return "cp1252" if codec in ("iso8859-1", "ascii") else codec


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode page bytes: BOM, ``declared`` (an HTTP header), meta charset, UTF-8, then a guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(encoding, "replace"), encoding)
    named: list[str | None] = [_codec(declared)] if declared else []
    match = _META_CHARSET.search(data, 0, 4096)
    if match:
        meta = _codec(match.group(1).decode("ascii"))
        # A page cannot declare UTF-16 in its own ASCII markup; browsers read UTF-8 then.
        named.append("utf-8" if meta and meta.startswith(("utf-16", "utf-32")) else meta)
    declarations = [name for name in named if name]
    if not match and (utf16 := _utf16_without_bom(data)):
        return Decoded(data.decode(utf16, "replace"), utf16, guessed=True)
    # Legacy text is practically never valid UTF-8 by accident, so valid UTF-8 with non-ASCII
    # bytes is UTF-8 whatever a single-byte declaration says.
    unicode = [name for name in declarations if name.startswith("utf")]
    legacy = [name for name in declarations if not name.startswith("utf")]
    order = [*unicode, *(() if data.isascii() else ("utf-8",)), *legacy, "utf-8"]
    for encoding in dict.fromkeys(order):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return Decoded(text, encoding, guessed=encoding not in declarations)
    encoding = _detect(data, declarations)
    return Decoded(data.decode(encoding, "replace"), encoding, guessed=True)


# The charsets pages in a language were written in before UTF-8, by the page's <html lang>.
_CYRILLIC = ("cp1251", "koi8-r", "koi8-u", "iso8859-5", "mac-cyrillic", "cp866", "cp855")
_CENTRAL = ("cp1250", "iso8859-2")
_CHARSETS = {
    **dict.fromkeys("ru uk be bg mk sr kk ky tg mn".split(), _CYRILLIC),
    **dict.fromkeys("pl cs sk hu hr sl ro sq bs me".split(), _CENTRAL),
    **dict.fromkeys("tr az".split(), ("cp1254", "iso8859-9")),
    **dict.fromkeys(["el"], ("cp1253", "iso8859-7")),
    **dict.fromkeys("lt lv et".split(), ("cp1257", "iso8859-13", "iso8859-4")),
    **dict.fromkeys("en de fr it es pt nl da sv no fi is".split(), ("cp1252", "iso8859-15")),
}
_DETECTOR_WORDS = 10  # non-ASCII words a page needs before charset_normalizer is asked
_HTML_LANG = re.compile(rb"<html\b[^>]{0,400}?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3})", re.I)


def _detect(data: bytes, declared: list[str]) -> str:
    """The charset of undeclared (or wrongly declared) legacy bytes: charset_normalizer's best
    reading among the charsets of the page's ``<html lang>`` (all charsets without one), else the
    most plausible of the declared and legacy charsets."""
    from charset_normalizer import from_bytes  # imported here: only such pages need it

    m = _HTML_LANG.search(data, 0, 8192)
    language = m[1].decode("ascii").lower() if m else None
    candidates = _CHARSETS.get(language or "")
    if candidates and (by_letters := _by_letters(data, candidates, language)):
        return by_letters
    if sum(1 for _ in itertools.islice(_NON_ASCII_WORD.finditer(data), _DETECTOR_WORDS)) < (
        _DETECTOR_WORDS
    ):
        return _most_plausible(data, declared)  # too little text for a statistical detector
    best = from_bytes(data, cp_isolation=list(candidates) if candidates else None).best()
    found = _codec(best.encoding) if best is not None else None
    return found or _most_plausible(data, declared)


def _by_letters(data: bytes, candidates: tuple[str, ...], language: str | None) -> str | None:
    """The one candidate charset whose reading of the page's non-ASCII words uses the letters of
    the page's language most (cp1250 and iso8859-2 differ in "š", "ž", "ą", "ś"), if one is
    clearly best."""
    alphabet = letters(language)
    if not alphabet:
        return None
    sample = b" ".join(itertools.islice((m.group() for m in _NON_ASCII_WORD.finditer(data)), 300))
    scores = {}
    for encoding in candidates:
        text = sample.decode(encoding, "replace").lower()
        wide = [ch for ch in text if not ch.isascii()]
        scores[encoding] = sum(ch in alphabet for ch in wide) / len(wide) if wide else 0.0
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    best = ranked[0]
    if scores[best] >= 0.9 and (len(ranked) == 1 or scores[best] - scores[ranked[1]] >= 0.05):
        return best
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 codec if ``data`` opens like ASCII markup in UTF-16 (``<\\x00h\\x00``)."""
    head = data[:512]
    if len(head) < 16 or b"\x00" not in head[:4]:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > len(head) * 0.15 and even * 10 <= odd:  # ASCII in UTF-16-LE: "<", 0, "h", 0
        return "utf-16-le"
    if even > len(head) * 0.15 and odd * 10 <= even:
        return "utf-16-be"
    return None


# The charsets osce.org's languages were written in before UTF-8; a tie goes to the earlier one.
_LEGACY = ("cp1252", "cp1251", "cp1250", "koi8-r", "koi8-u", "iso8859-2", "cp1254")


# Words holding a non-ASCII byte (matches start only at a word's first byte: linear time).
_NON_ASCII_WORD = re.compile(
    rb"(?<![A-Za-z\x80-\xff])[A-Za-z\x80-\xff]*[\x80-\xff][A-Za-z\x80-\xff]*"
)


_RARE_LETTERS = frozenset("æÆðÐþÞýÝ")  # common in mis-decoded text, rare in the site's languages


def _most_plausible(data: bytes, declared: list[str]) -> str:
    """The codec (declared ones first, then UTF-8, then :data:`_LEGACY`) whose reading of the
    page's first non-ASCII words looks most like text: fewest undecodable bytes, symbols inside
    words, scripts or case mixed within a word, and runs of accented Latin letters."""
    words = []
    for m in _NON_ASCII_WORD.finditer(data):
        words.append(m.group())
        if len(words) == 300:
            break
    sample = b" ".join(words)
    best, best_cost = "utf-8", -1
    for encoding in dict.fromkeys([*declared, "utf-8", *_LEGACY]):
        cost = _implausibility(sample.decode(encoding, "replace"))
        if best_cost < 0 or cost < best_cost:
            best, best_cost = encoding, cost
            if cost == 0:
                break
    return best


def _script(ch: str) -> int:
    if ch < "\u0250" or "\u1e00" <= ch <= "\u1eff":
        return 1  # Latin
    return 2 if "\u0400" <= ch <= "\u052f" else 3  # Cyrillic, other


def _is_symbol(ch: str) -> bool:
    return ch >= "\x80" and unicodedata.category(ch)[0] in "SN"


def _implausibility(text: str) -> int:
    """How unlike real words ``text`` is: a weighted count of mojibake signs (0 = plausible)."""
    cost = 0
    prev = " "
    for ch in text:
        if ch < "\x80" and prev < "\x80":
            prev = ch
            continue
        if ch == "\ufffd":
            cost += 8
        elif ch.isalpha():
            if prev.isalpha():
                if _script(prev) != _script(ch):
                    cost += 4  # "Dйjа": Latin and Cyrillic inside one word
                elif prev.islower() and ch.isupper():
                    cost += 2  # "пПЕДЯ": case flips inside a word
                elif prev >= "\x80" and ch >= "\x80" and _script(ch) == 1:
                    cost += 1  # "Ïðåäñ": runs of accented Latin letters
            elif _is_symbol(prev):
                cost += 3  # "Ã©t": a symbol glued to a letter
            if ch in _RARE_LETTERS:
                cost += 1
        elif ch >= "\x80":
            category = unicodedata.category(ch)
            if category[0] == "C":
                cost += 8  # C1 controls, unassigned code points
            elif category[0] in "SN" and prev.isalpha():
                cost += 3
        prev = ch
    return cost
