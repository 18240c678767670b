"""Hungarian (hu): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

LABELS = {
    "date": "Dátum | Közzététel dátuma | Közzétéve | Megjelenés dátuma",
    "place": "Helyszín | Hely",
    "sources": "Forrás | Források | Ahol dolgozunk | Struktúra | Szervezeti egység",
    "fields_of_work": "Tevékenységi területek | Tevékenységi terület | Amit teszünk | Témák | Téma",
    "content_type": "Tartalomtípus | Típus",
}

CONTENT_TYPES = {
    "press release": "Sajtóközlemény",
    "press statement": "Sajtónyilatkozat",
    "news": "Hírek | Hír",
    "statement": "Nyilatkozat",
    "daily report": "Napi jelentés",
    "spot report": "Rendkívüli jelentés",
    "weekly report": "Heti jelentés",
    "media advisory": "Médiatájékoztató",
    "feature": "Riport",
    "story": "Történet",
}

SECTIONS = {
    "contacts": "Kapcsolat | Kapcsolatok | Sajtókapcsolat",
    "related": "Kapcsolódó tartalom | Kapcsolódó hírek | Lásd még",
    "share": "Megosztás",
    "photo": "A fotó részletei",
    "newsroom": "Sajtószoba",
    "contact line": "További információ | További információért",
}

MONTHS = (
    "január jan",
    "február febr feb",
    "március márc már",
    "április ápr",
    "május máj",
    "június jún",
    "július júl",
    "augusztus aug",
    "szeptember szept szep",
    "október okt",
    "november nov",
    "december dec",
)

SPEECH = {
    "verbs": "mondta | tette hozzá | hangsúlyozta | jelentette ki | emelte ki | fogalmazott"
    " | közölte | írta | fejtette ki | mutatott rá | szögezte le",
    "pronouns": "ő",
    "titles": "nagykövet miniszter elnök igazgató képviselő főtitkár vezető",
    "traits": "drop",
}
