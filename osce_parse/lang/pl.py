"""Polish (pl): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

LABELS = {
    "date": "Data | Data publikacji",
    "place": "Miejsce",
    "sources": "Źródło | Źródła | Gdzie jesteśmy | Struktura | Struktury",
    "fields_of_work": "Obszary działalności | Obszar działalności | Co robimy",
    "content_type": "Typ treści | Rodzaj treści",
}

CONTENT_TYPES = {
    "press release": "Komunikat prasowy",
    "press statement": "Oświadczenie prasowe",
    "news": "Wiadomości | Aktualności",
    "statement": "Oświadczenie",
    "daily report": "Raport dzienny",
    "weekly report": "Raport tygodniowy",
    "media advisory": "Zapowiedź dla mediów",
    "feature": "Reportaż",
    "story": "Historia",
}

OTHER_TYPES = "Dokument | Publikacja | Wydarzenie | Strona | Wideo"

SECTIONS = {
    "contacts": "Kontakty | Kontakt",
    "related": "Powiązane treści | Zobacz też | Zobacz także",
    "share": "Udostępnij",
    "photo": "Szczegóły zdjęcia",
    "newsroom": "Biuro prasowe",
    "contact line": "Więcej informacji | Dodatkowych informacji udziela"
    " | W celu uzyskania dodatkowych informacji",
}

# also without diacritics, as in slugs and plain-text copies
MONTHS = (
    "styczeń styczen stycznia sty",
    "luty lutego lut",
    "marzec marca mar",
    "kwiecień kwiecien kwietnia kwi",
    "maj maja",
    "czerwiec czerwca cze",
    "lipiec lipca lip",
    "sierpień sierpien sierpnia sie",
    "wrzesień wrzesien września wrzesnia wrz",
    "październik pazdziernik października pazdziernika paź paz",
    "listopad listopada lis",
    "grudzień grudzien grudnia gru",
)

YEAR_WORDS = (
    "roku",
    "r",
)

SPEECH = {
    "verbs": "powiedział/powiedziała | stwierdził/stwierdziła | podkreślił/podkreśliła"
    " | zaznaczył/zaznaczyła | dodał/dodała | oświadczył/oświadczyła | zauważył/zauważyła"
    " | wyjaśnił/wyjaśniła | przypomniał/przypomniała | zaapelował/zaapelowała"
    " | napisał/napisała | ocenił/oceniła | mówił/mówiła | przekonywał/przekonywała"
    " | podsumował/podsumowała | wskazał/wskazała | zapewnił/zapewniła | mówi | podkreśla"
    " | zaznacza | twierdzi | dodaje"
    " | powiedzieli | stwierdzili | podkreślili | dodali | oświadczyli"
    " | poinformował/poinformowała | obiecał/obiecała | ostrzegł/ostrzegła"
    " | odpowiedział/odpowiedziała | przyznał/przyznała | zapowiedział/zapowiedziała"
    " | kontynuował/kontynuowała",
    "according": "według | zdaniem",
    "with words": "z ze",
    "head words": "szef szefowa kierowana kierowany",
    "naming verbs": "nazwał/nazwała | określił/określiła",
    "connectors": "z ze",
    "pronouns": "on/ona",
    "titles": "ambasador ambasadora minister ministra szef szefa przewodniczący dyrektor"
    " dyrektora koordynator koordynatora przedstawiciel przedstawiciela sekretarz specjalny"
    " specjalna generalny zastępca rzecznik prezydent prezydenta komisarz wiceminister",
    "female": "ambasadorka szefowa przewodnicząca dyrektorka koordynatorka przedstawicielka"
    " rzeczniczka",
    "honorifics": "pan/pani",
    "aux": "również także też",
    "orgs": "misja misji biuro biura urząd urzędu centrum instytucja instytucji organizacja"
    " organizacji rada rady ministerstwo ministerstwa rzeczypospolitej komitet komitetu"
    " sekretariat sekretariatu zgromadzenie zgromadzenia",
    "genitive endings": "fg:ii>ia fg:y>a fg:i>a mg:a>_ m:skiego>ski m:ckiego>cki m:dzkiego>dzki"
    " f:skiej>ska f:ckiej>cka f:dzkiej>dzka m:a>_",
    # a name in the instrumental or dative ("z wiceminister Eleną Petrovską", "Piotrem Zielińskim")
    "name cases": "fg:ą>a fg:ie>a mg:em>_ f:ską>ska f:cką>cka f:dzką>dzka m:skim>ski"
    " m:ckim>cki m:dzkim>dzki m:skiemu>ski m:ckiemu>cki",
    "oblique endings": "iej ego emu ą ów ach ami",
    "unnamed": "jeden jedna jednego jednej",
    "traits": "drop genitive-according",
    "groups": "współprzewodniczący | obserwatorzy | uczestnicy | eksperci | delegacje"
    " | delegacja | misja | organizatorzy",
    "group pronouns": "oni",
}
