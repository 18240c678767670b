"""Hungarian (hu): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

SPEECH = {
    "verbs": "mondta | tette hozzá | hangsúlyozta | jelentette ki | emelte ki | fogalmazott"
    " | közölte | írta | fejtette ki | mutatott rá | szögezte le",
    "pronouns": "ő",
    "titles": "nagykövet miniszter elnök igazgató képviselő főtitkár vezető",
    "traits": "drop",
}
