"""How often page bytes without a charset declaration decode to the right text.

Usage: ``python benchmarks/charset_eval.py [--cases PATH] [-v]``

Reads chardet's real test files (text only) from ``../shared/peers-data/charset_cases.json``
(skipped when absent; never copied into this repository), keeps those in the charsets of the OSCE
area's languages (Cyrillic, Central European, Western, Turkish, Greek, UTF-8; not CJK or Hebrew),
wraps each text in a minimal HTML page *without* a charset declaration, encodes it in the file's
charset, and decodes the bytes with :func:`osce_parse.parse.decode` and with charset_normalizer
(when installed). Right = the decoded page contains the original text exactly. Each page is
decoded twice: without a language and with ``<html lang>`` naming the file's language (the hint a
real page gives). Prints per-charset and total counts, side by side.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from osce_parse.parse import decode  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "peers-data" / "charset_cases.json"
SKIP = ("EUC-KR", "SHIFT_JIS", "EUC-JP", "Big5", "GB2312", "windows-1255")
LANGUAGE = {
    "russian": "ru",
    "bulgarian": "bg",
    "hungarian": "hu",
    "czech": "cs",
    "slovak": "sk",
    "croatian": "hr",
    "polish": "pl",
    "slovene": "sl",
    "romanian": "ro",
    "turkish": "tr",
    "greek": "el",
}
FOLDER_LANGUAGE = {"KOI8-R": "ru", "IBM855": "ru", "IBM866": "ru", "MacCyrillic": "ru"}
PAGE = "<!DOCTYPE html><html{lang}><head><title>t</title></head><body><p>{text}</p></body></html>"


def language_of(folder: str) -> str | None:
    for word, code in LANGUAGE.items():
        if word in folder:
            return code
    return FOLDER_LANGUAGE.get(folder)


def normaliser(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(data).best()
    return str(best) if best is not None else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if not args.cases.exists():
        print(f"skipped: {args.cases} not found")
        return 0
    cases = [
        c for c in json.loads(args.cases.read_text("utf-8")) if not c["folder"].startswith(SKIP)
    ]
    columns = ("osce_parse", "osce_parse+lang", "charset_normalizer")
    right: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(columns, 0))
    totals: dict[str, int] = defaultdict(int)
    for case in cases:
        text = case["text"].replace("&", "&amp;").replace("<", "&lt;")
        lang = language_of(case["folder"])
        plain = PAGE.format(lang="", text=text).encode(case["codec"], "replace")
        hinted = PAGE.format(lang=f' lang="{lang}"' if lang else "", text=text).encode(
            case["codec"], "replace"
        )
        want = text.encode(case["codec"], "replace").decode(case["codec"])
        got = {
            "osce_parse": str(decode(plain)),
            "osce_parse+lang": str(decode(hinted)),
            "charset_normalizer": normaliser(plain) or "",
        }
        totals[case["folder"]] += 1
        for name, decoded in got.items():
            ok = want in decoded
            right[case["folder"]][name] += ok
            if args.verbose and not ok and name == "osce_parse+lang":
                print(f"miss {case['folder']} {case['source']}: {decoded[95:160]!r}")
    print(f"{len(cases)} pages without a charset declaration")
    print(f"{'charset folder':<28}" + "".join(f"{c:>20}" for c in columns))
    for folder in sorted(totals):
        row = "".join(f"{right[folder][c]:>16}/{totals[folder]:<3}" for c in columns)
        print(f"{folder:<28}{row}")
    total = sum(totals.values())
    sums = "".join(f"{sum(r[c] for r in right.values()):>16}/{total:<3}" for c in columns)
    print(f"{'all':<28}{sums}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
