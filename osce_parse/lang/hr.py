"""Croatian (hr): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``. Its
direct-speech words are Serbian's (``lang/sr.py``, Latin script), which Croatian shares.
"""

from __future__ import annotations

LABELS = {
    "date": "Datum | Datum objave | Objavljeno",
    "place": "Mjesto | Lokacija",
    "sources": "Izvor | Izvori | Gdje djelujemo | Gdje radimo | Struktura | Strukture",
    "fields_of_work": "Područja rada | Područje rada | Područja djelovanja | Što radimo | Teme"
    " | Tema",
    "content_type": "Vrsta sadržaja | Vrsta",
}

CONTENT_TYPES = {
    "press release": "Priopćenje za medije | Priopćenje za javnost | Priopćenje",
    "press statement": "Izjava za medije | Izjava za tisak",
    "news": "Vijesti | Vijest | Novosti",
    "statement": "Izjava",
    "daily report": "Dnevno izvješće",
    "spot report": "Izvanredno izvješće",
    "weekly report": "Tjedno izvješće",
    "media advisory": "Najava za medije",
    "feature": "Reportaža",
    "story": "Priča",
}

SECTIONS = {
    "contacts": "Kontakti | Kontakt | Kontakt za medije",
    "related": "Povezani sadržaj | Povezane vijesti | Vidi također",
    "share": "Podijeli | Podijelite",
    "photo": "Detalji fotografije",
    "newsroom": "Medijski centar | Press centar",
    "contact line": "Za više informacija | Za dodatne informacije | Dodatne informacije",
}

MONTHS = (
    "siječanj siječnja sij",
    "veljača veljače velj",
    "ožujak ožujka ožu",
    "travanj travnja tra",
    "svibanj svibnja svi",
    "lipanj lipnja lip",
    "srpanj srpnja srp",
    "kolovoz kolovoza kol",
    "rujan rujna ruj",
    "listopad listopada lis",
    "studeni studenoga studenog stu",
    "prosinac prosinca pro",
)

YEAR_WORDS = ("godine",)
