"""Albanian (sq): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

LABELS = {
    "date": "Data | Data e publikimit",
    "place": "Vendi",
    "sources": "Burimi | Burimet | Ku ndodhemi | Ku jemi | Struktura | Strukturat",
    "fields_of_work": "Fushat e punës | Fusha e punës | Çfarë bëjmë",
    "content_type": "Lloji i përmbajtjes",
}

CONTENT_TYPES = {
    "press release": "Njoftim për shtyp",
    "press statement": "Deklaratë për shtyp",
    "news": "Lajme | Lajm",
    "statement": "Deklaratë",
    "daily report": "Raport ditor",
    "weekly report": "Raport javor",
    "media advisory": "Njoftim për mediat",
    "feature": "Reportazh",
    "story": "Histori",
}

SECTIONS = {
    "contacts": "Kontaktet | Kontakt",
    "related": "Përmbajtje e ngjashme | Shih gjithashtu",
    "share": "Shpërndaj | Ndaj",
    "photo": "Detajet e fotos",
    "newsroom": "Qendra e shtypit",
    "contact line": "Për më shumë informacion | Për informacion të mëtejshëm"
    " | Për më shumë informacione",
}

MONTHS = (
    "janar janarit jan",
    "shkurt shkurtit shk",
    "mars marsit mar",
    "prill prillit pri",
    "maj majit",
    "qershor qershorit qer",
    "korrik korrikut kor korr",
    "gusht gushtit gsh gush",
    "shtator shtatorit sht",
    "tetor tetorit tet",
    "nëntor nëntorit nën",
    "dhjetor dhjetorit dhj",
)

SPEECH = {
    "verbs": "tha | deklaroi | theksoi | shtoi | nënvizoi | u shpreh | vuri në dukje | pohoi"
    " | shpjegoi | kujtoi | përfundoi | bëri thirrje | shkroi | ka thënë | ka deklaruar"
    " | ka theksuar | thotë | deklaron | thekson | nënvizon",
    "according": "sipas",
    "with words": "me nga",
    "pronouns": "ai/ajo",
    "titles": "ambasador ambasadori ambasadorit shef shefi shefit kreu kryetar kryetari ministër"
    " ministri ministrit drejtor drejtori drejtorit koordinator koordinatori përfaqësues"
    " përfaqësuesi përfaqësuesit sekretar sekretari zëvendës zëvendësshefi zëdhënës zëdhënësi"
    " posaçëm",
    "female": "ambasadorja ambasadore shefja shefe kryetarja ministrja ministre drejtoresha"
    " drejtore koordinatorja përfaqësuesja përfaqësuese sekretarja zëdhënësja",
    "honorifics": "zoti/zonja",
    "orgs": "misioni misionit prezenca prezencës zyra zyrës qendra qendrës organizata organizatës"
    " këshilli këshillit ministria ministrisë republika republikës kuvendi kuvendit",
    "unnamed": "një",
    # "sipas Arben Hoxhës / Elona Gashit": the last word of the name in the ablative
    "genitive endings": "m:ës>a f:ës>a m:it>i f:it>i",
    "traits": "drop genitive-according",
}
