"""Romanian (ro): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

LABELS = {
    "date": "Data | Data publicării",
    "place": "Locul | Locație",
    "sources": "Sursa | Surse | Unde ne aflăm | Structura | Structuri",
    "fields_of_work": "Domenii de activitate | Ce facem",
    "content_type": "Tip de conținut",
}

CONTENT_TYPES = {
    "press release": "Comunicat de presă",
    "press statement": "Declarație de presă",
    "news": "Știri | Știre",
    "statement": "Declarație",
    "daily report": "Raport zilnic",
    "weekly report": "Raport săptămânal",
    "media advisory": "Anunț pentru presă",
    "feature": "Reportaj",
    "story": "Poveste",
}

SECTIONS = {
    "contacts": "Contacte | Contact",
    "related": "Conținut asociat | Vezi și",
    "share": "Distribuie",
    "photo": "Detalii fotografie",
    "newsroom": "Centrul de presă",
    "contact line": "Pentru mai multe informații | Pentru mai multe informaţii"
    " | Pentru informații suplimentare",
}

MONTHS = (
    "ianuarie ian",
    "februarie feb febr",
    "martie mar",
    "aprilie apr",
    "mai",
    "iunie iun",
    "iulie iul",
    "august aug",
    "septembrie sep sept",
    "octombrie oct",
    "noiembrie nov noiem",
    "decembrie dec",
)

SPEECH = {
    "verbs": "a spus | a declarat | a subliniat | a adăugat | a afirmat | a precizat"
    " | a menționat | a menţionat | a explicat | a arătat | a evidențiat | a evidenţiat"
    " | a amintit | a concluzionat | a apreciat | a insistat | a îndemnat | a scris"
    " | a mai spus | a mai adăugat | a mai declarat | a mai subliniat | spune | declară"
    " | subliniază | afirmă | consideră",
    "according": "potrivit | conform",
    "with words": "cu de",
    "as": "potrivit lui | conform lui",
    "pronouns": "el/ea",
    "titles": "ambasadorul ambasador ministrul ministru șeful şeful șef şef președintele"
    " preşedintele președinte preşedinte directorul director coordonatorul coordonator"
    " reprezentantul reprezentant secretarul secretar adjunctul adjunct special general comisarul",
    "female": "ambasadoarea ambasadoare ministra șefa şefa președinta preşedinta directoarea"
    " coordonatoarea reprezentanta reprezentantă secretara adjuncta",
    "male": "ambasadorul ambasadorului ministrul ministrului șeful şeful șefului şefului"
    " președintele președintelui preşedintele preşedintelui directorul directorului"
    " coordonatorul coordonatorului reprezentantul reprezentantului secretarul secretarului",
    "honorifics": "domnul/doamna domnului/doamnei",
    "orgs": "misiunea misiunii misiune biroul biroului centrul centrului organizația organizației"
    " organizaţia organizaţiei consiliul consiliului ministerul ministerului republica republicii"
    " comitetul secretariatul adunarea",
    "unnamed": "unul una",
    # "potrivit Elenei Popescu": a woman's given name in the dative/genitive; "lui" marks a man's
    "genitive endings": "fg:ei>a",
    "traits": "drop genitive-according",
}
