"""German (de): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

LABELS = {
    "date": "Datum | Veröffentlichungsdatum | Veröffentlicht | Erscheinungsdatum",
    "place": "Ort",
    "sources": "Quelle | Quellen | Wo wir tätig sind | Wo wir arbeiten | Wo wir sind | Struktur"
    " | Strukturen",
    "fields_of_work": "Tätigkeitsbereiche | Tätigkeitsbereich | Arbeitsbereiche | Was wir tun"
    " | Themen | Thema",
    "content_type": "Inhaltstyp | Art des Inhalts",
}

CONTENT_TYPES = {
    "press release": "Pressemitteilung | Presseaussendung",
    "press statement": "Presseerklärung",
    "news": "Nachrichten | Nachricht | Meldung | Neuigkeiten",
    "statement": "Erklärung | Stellungnahme",
    "daily report": "Tagesbericht",
    "spot report": "Sonderbericht",
    "weekly report": "Wochenbericht",
    "media advisory": "Medienhinweis",
    "feature": "Reportage",
    "story": "Geschichte",
}

OTHER_TYPES = "Dokument | Publikation | Veranstaltung | Seite | Video | Fotogalerie"

SECTIONS = {
    "contacts": "Kontakt | Kontakte | Pressekontakt | Medienkontakt",
    "related": "Verwandte Inhalte | Ähnliche Inhalte | Siehe auch",
    "share": "Teilen",
    "photo": "Fotodetails | Bilddetails",
    "newsroom": "Newsroom | Pressebereich",
    "contact line": "Für weitere Informationen | Weitere Informationen | Für Rückfragen",
}

MONTHS = (
    "januar jänner jan jän",
    "februar feber feb",
    "märz maerz mär mrz",
    "april apr",
    "mai",
    "juni jun",
    "juli jul",
    "august aug",
    "september sep sept",
    "oktober okt",
    "november nov",
    "dezember dez",
)

SPEECH = {
    "verbs": "sagte | sagt | erklärte | erklärt | betonte | betont | fügte | ergänzte"
    " | unterstrich | meinte | hob | bekräftigte | schrieb | forderte | warnte | merkte"
    " | stellte | versicherte | mahnte | appellierte | so"
    " | sagten | erklärten | betonten | unterstrichen | forderten"
    " | versprach | kündigte an | räumte ein | antwortete",
    "according": "laut",
    "with words": "mit von",
    "head words": "leiter leiterin geleitet",
    "naming verbs": "bezeichnete | nannte",
    "pronouns": "er/sie",
    "titles": "botschafter botschafterin außenminister außenministerin ministerin präsident"
    " präsidentin generalsekretär generalsekretärin leiter leiterin direktor direktorin"
    " vorsitzender vorsitzende sonderbeauftragter sonderbeauftragte beauftragter beauftragte",
    "groups": "Ko-Vorsitzenden | Kovorsitzenden | Beobachter | Beobachterinnen | Teilnehmer"
    " | Teilnehmenden | Experten | Delegationen | Delegation | Mission | Organisatoren",
    "articles": "der die das den dem des",
    "unnamed": "ein eine einer eines einem",
}
