"""Czech (cs): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

LABELS = {
    "date": "Datum | Datum zveřejnění | Zveřejněno | Datum vydání",
    "place": "Místo",
    "sources": "Zdroj | Zdroje | Kde působíme | Struktura | Struktury",
    "fields_of_work": "Oblasti činnosti | Oblast činnosti | Co děláme | Témata | Téma",
    "content_type": "Typ obsahu | Druh obsahu",
}

CONTENT_TYPES = {
    "press release": "Tisková zpráva",
    "press statement": "Tiskové prohlášení",
    "news": "Zprávy | Zpráva | Novinky | Aktuality",
    "statement": "Prohlášení",
    "daily report": "Denní zpráva",
    "spot report": "Mimořádná zpráva",
    "weekly report": "Týdenní zpráva",
    "media advisory": "Informace pro média",
    "feature": "Reportáž",
    "story": "Příběh",
}

SECTIONS = {
    "contacts": "Kontakty | Kontakt | Kontakt pro média",
    "related": "Související obsah | Související zprávy | Viz také",
    "share": "Sdílet",
    "photo": "Podrobnosti o fotografii",
    "newsroom": "Tiskové centrum",
    "contact line": "Další informace | Pro více informací | Pro další informace",
}

MONTHS = (
    "leden ledna led",
    "únor února úno",
    "březen března bře",
    "duben dubna dub",
    "květen května kvě",
    "červen června čvn",
    "červenec července čvc",
    "srpen srpna srp",
    "září zář",
    "říjen října říj",
    "listopad listopadu lis",
    "prosinec prosince pro",
)

SPEECH = {
    "verbs": "řekl/řekla | uvedl/uvedla | prohlásil/prohlásila | zdůraznil/zdůraznila"
    " | dodal/dodala | poznamenal/poznamenala | vysvětlil/vysvětlila | upozornil/upozornila"
    " | konstatoval/konstatovala | napsal/napsala | připomněl/připomněla | říká | uvádí"
    " | zdůrazňuje | dodává",
    "according": "podle slov | podle",
    "pronouns": "on/ona",
    "titles": "velvyslanec velvyslance ministr ministra ředitel ředitele předseda předsedy"
    " zástupce zvláštní generální tajemník tajemníka koordinátor koordinátora vedoucí mluvčí"
    " představitel představitele",
    "female": "velvyslankyně ministryně ředitelka předsedkyně zástupkyně koordinátorka"
    " představitelka",
    "honorifics": "pan/paní",
    "orgs": "mise misí úřad úřadu centrum centra organizace rada rady ministerstvo ministerstva"
    " republiky sekretariát sekretariátu shromáždění",
    "genitive endings": "fg:y>a mg:a>_ f:ové>ová f:ské>ská f:cké>cká m:a>_",
    "oblique endings": "ého ému ou ím ách",
    "traits": "drop genitive-according",
}
