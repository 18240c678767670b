"""Italian (it): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

LABELS = {
    "date": "Data | Data di pubblicazione",
    "place": "Luogo",
    "sources": "Fonte | Fonti | Dove siamo | Struttura | Strutture",
    "fields_of_work": "Settori di attività | Ambiti di attività | Cosa facciamo",
    "content_type": "Tipo di contenuto",
}

CONTENT_TYPES = {
    "press release": "Comunicato stampa",
    "press statement": "Dichiarazione alla stampa",
    "news": "Notizie | Notizia",
    "statement": "Dichiarazione",
    "daily report": "Rapporto giornaliero",
    "spot report": "Rapporto speciale",
    "weekly report": "Rapporto settimanale",
    "media advisory": "Avviso ai media",
    "feature": "Approfondimento",
    "story": "Storia",
}

OTHER_TYPES = "Documento | Pubblicazione | Evento | Pagina | Video | Galleria fotografica"

SECTIONS = {
    "contacts": "Contatti | Contatto",
    "related": "Contenuti correlati | Vedi anche",
    "share": "Condividi",
    "photo": "Dettagli della foto | Dettagli foto",
    "newsroom": "Sala stampa",
    "contact line": "Per ulteriori informazioni | Per maggiori informazioni | Contatto stampa",
}

MONTHS = (
    "gennaio gen",
    "febbraio feb",
    "marzo mar",
    "aprile apr",
    "maggio mag",
    "giugno giu",
    "luglio lug",
    "agosto ago",
    "settembre set sett",
    "ottobre ott",
    "novembre nov",
    "dicembre dic",
)

SPEECH = {
    "verbs": "ha detto | ha dichiarato | ha affermato | ha sottolineato | ha aggiunto"
    " | ha spiegato | ha osservato | ha concluso | dice | afferma | sottolinea | aggiunge"
    " | hanno dichiarato | hanno detto | hanno sottolineato | hanno aggiunto"
    " | ha ricordato | ha promesso | ha avvertito | ha riconosciuto | ha insistito"
    " | ha risposto | ha annunciato | ha precisato"
    " | si è detto/si è detta | è intervenuto/è intervenuta | ha proseguito",
    "according": "secondo",
    "with words": "con da dal dalla",
    "head words": "capo guidata guidato",
    "naming verbs": "ha definito | ha descritto | ha chiamato",
    "pronouns": "lui/lei egli/ella",
    "titles": "ambasciatore ambasciatrice ministro direttore direttrice rappresentante capo"
    " segretario",
    "traits": "drop",
    "groups": "copresidenti | osservatori | partecipanti | esperti | delegazioni | delegazione"
    " | missione | organizzatori",
    "group pronouns": "loro",
    "articles": "il lo la gli le l'",
    "unnamed": "un una uno un'",
}
