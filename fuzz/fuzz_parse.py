"""Coverage-guided fuzzing of ``parse_release``, ``parse_menu`` and ``parse_listing`` (atheris).

Each input becomes a page in one of three ways, chosen by its first byte: the raw bytes; a fixture
page edited as the rest of the input says (byte flips, cuts, tags deleted or duplicated, junk
inserted); or a fixture page with the rest of the input spliced in. Every parser must return its
result or raise ``ParseError`` (anything else is a crash, which libFuzzer reports and saves), and
must finish within ``--slow`` seconds (1 by default; a slower input raises ``SlowInput``, saved
likewise). Each new slowest page is printed with its time (and written to ``--keep-slowest FILE``
if given). Times under atheris include its coverage instrumentation, several times slower than the
parser as shipped: ``--no-atheris`` and ``benchmarks/worst_case.py`` time that. Not part of the
pytest run.

    pip install atheris
    mkdir -p /tmp/osce-corpus
    python fuzz/fuzz_parse.py -max_total_time=600 -timeout=10 -max_len=8192 -len_control=0 \
        /tmp/osce-corpus
    python fuzz/fuzz_parse.py crash-1234abcd          # replay a saved input
    python fuzz/fuzz_parse.py --no-atheris 2000       # smoke run: 2000 random inputs, no atheris

libFuzzer writes new inputs into the corpus directory, so give it one outside the repository.
"""

from __future__ import annotations

import contextlib
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
LISTING_URL = "https://www.osce.org/newsroom"
JUNK = [
    b"<div>",
    b"</p>",
    b"<p>",
    b"<!--",
    b"<![CDATA[",
    b"<script>",
    b"<table><tr><td>",
    b"\x00",
    b"&#0;",
    b"&",
    b'"',
    "“".encode(),
    "«".encode(),
    b"<!ENTITY x 'y'>",
    b"<meta charset=windows-1251>",
    b"\xff\xfe",
    b"<nav>",
    b"<span>Date:</span>",
    b"VIENNA, 4 September 2008 - ",
    b"<h1>",
    b"<time datetime='2008-09-04'>",
]
_TAG = re.compile(rb"<[^<>]{1,200}>")


class SlowInput(Exception):
    """A parser took longer than the limit on this input."""


class _Reader:
    """Draws small integers and byte strings from the fuzzer's input, front to back."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def int(self, n: int) -> int:
        """An integer in ``range(n)`` (0 once the input is used up)."""
        if n <= 1 or self.at >= len(self.data):
            return 0
        chunk = self.data[self.at : self.at + 4]
        self.at += 4
        return int.from_bytes(chunk, "little") % n

    def rest(self) -> bytes:
        data, self.at = self.data[self.at :], len(self.data)
        return data


def _edit(page: bytes, reader: _Reader) -> bytes:
    data = bytearray(page)
    for _ in range(1 + reader.int(8)):
        if not data:
            break
        kind, at = reader.int(6), reader.int(len(data))
        if kind == 0:
            data[at] ^= 1 + reader.int(255)
        elif kind == 1:
            del data[at:]
        elif kind == 2:
            del data[at : at + 1 + reader.int(5000)]
        elif kind == 3:
            data[at:at] = JUNK[reader.int(len(JUNK))] * (1 + reader.int(50))
        elif tag := _TAG.search(data, at):
            copies = 0 if kind == 4 else 1 + reader.int(20)
            data[tag.start() : tag.end()] = tag.group() * copies
    return bytes(data)


def make_page(data: bytes, pages: list[bytes]) -> bytes:
    """The page an input stands for (see the module docstring)."""
    reader = _Reader(data[1:])
    mode = data[0] % 3 if data else 0
    if mode == 0:
        return data[1:]
    page = pages[reader.int(len(pages))]
    if mode == 1:
        return _edit(page, reader)
    at = reader.int(len(page))
    return page[:at] + reader.rest() + page[at:]


def main() -> None:
    args = sys.argv[1:]
    slow = 1.0
    if "--slow" in args:
        i = args.index("--slow")
        slow = float(args[i + 1])
        del args[i : i + 2]
    keep: Path | None = None
    if "--keep-slowest" in args:
        i = args.index("--keep-slowest")
        keep = Path(args[i + 1])
        del args[i : i + 2]
    use_atheris = "--no-atheris" not in args
    if not use_atheris:
        args.remove("--no-atheris")
        import_context: contextlib.AbstractContextManager[object] = contextlib.nullcontext()
    else:
        import atheris  # type: ignore[import-untyped, import-not-found, unused-ignore]

        import_context = atheris.instrument_imports()
    with import_context:
        from osce_parse import ParseError, parse_menu, parse_release

        parsers: dict[str, Callable[[bytes], object]] = {
            "release": parse_release,
            "menu": parse_menu,
        }
        try:
            from osce_parse.parse.listing import parse_listing

            parsers["listing"] = lambda html: parse_listing(html, LISTING_URL)
        except ImportError:
            pass
    pages = [p.read_bytes() for p in sorted(FIXTURES.glob("*.html"))]
    slowest = [0.0]

    def one_input(data: bytes) -> None:
        page = make_page(data, pages)
        for name, parse in parsers.items():
            start = time.perf_counter()
            with contextlib.suppress(ParseError):
                parse(page)
            elapsed = time.perf_counter() - start
            if elapsed > slowest[0]:
                slowest[0] = elapsed
                print(f"new slowest: {elapsed:.3f} s ({name}, {len(page)} bytes)", file=sys.stderr)
                if keep is not None:
                    keep.write_bytes(page)
            if elapsed > slow:
                raise SlowInput(f"{name} took {elapsed:.2f} s on a {len(page)}-byte page")

    for page in pages:  # warm-up: dateparser's first calls are slow
        for parse in parsers.values():
            with contextlib.suppress(ParseError):
                parse(page)
    if use_atheris:
        atheris.Setup([sys.argv[0], *args], one_input)
        atheris.Fuzz()
    rng = random.Random(0)
    count = int(args[0]) if args else 1000
    for i in range(count):
        size = rng.choice([16, 64, 256, 4096])
        data = rng.randbytes(size)
        if i % 3 == 0:  # a spliced-in fixture piece looks more like HTML than noise does
            fixture = rng.choice(pages)
            at = rng.randrange(len(fixture))
            data = bytes([2]) + data[:8] + fixture[at : at + size]
        one_input(data)
    print(f"{count} inputs, no crash; slowest {slowest[0]:.3f} s")


if __name__ == "__main__":
    main()
