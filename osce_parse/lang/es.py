"""Spanish (es): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

LABELS = {
    "date": "Fecha | Fecha de publicación",
    "place": "Lugar",
    "sources": "Fuente | Fuentes | Dónde estamos | Estructura | Estructuras",
    "fields_of_work": "Ámbitos de trabajo | Áreas de trabajo | Qué hacemos",
    "content_type": "Tipo de contenido",
}

CONTENT_TYPES = {
    "press release": "Comunicado de prensa",
    "press statement": "Declaración a la prensa",
    "news": "Noticias | Noticia",
    "statement": "Declaración",
    "daily report": "Informe diario",
    "spot report": "Informe especial",
    "weekly report": "Informe semanal",
    "media advisory": "Aviso a los medios",
    "feature": "Reportaje",
    "story": "Historia",
}

OTHER_TYPES = "Documento | Publicación | Evento | Página | Vídeo | Galería de fotos"

SECTIONS = {
    "contacts": "Contactos | Contacto",
    "related": "Contenido relacionado | Véase también",
    "share": "Compartir",
    "photo": "Detalles de la foto",
    "newsroom": "Sala de prensa",
    "contact line": "Para más información | Para mayor información | Contacto de prensa",
}

MONTHS = (
    "enero ene",
    "febrero feb",
    "marzo mar",
    "abril abr",
    "mayo may",
    "junio jun",
    "julio jul",
    "agosto ago",
    "septiembre setiembre sep sept set",
    "octubre oct",
    "noviembre nov",
    "diciembre dic",
)

LINK_WORDS = (
    "de",
    "del",
)

SPEECH = {
    "verbs": "dijo | afirmó | declaró | señaló | subrayó | añadió | agregó | destacó | explicó"
    " | indicó | concluyó | manifestó | aseguró | dice | afirma | señala"
    " | dijeron | afirmaron | declararon | señalaron | subrayaron | añadieron"
    " | prometió | advirtió | recordó | reconoció | insistió | sostuvo | respondió | anunció"
    " | precisó",
    "according": "según",
    "with words": "con por",
    "head words": "jefe jefa encabezada encabezado",
    "naming verbs": "calificó | describió | definió | llamó",
    "pronouns": "él/ella",
    "titles": "embajador embajadora ministro ministra presidente presidenta director directora"
    " representante jefe jefa secretario secretaria",
    "traits": "drop",
    "groups": "copresidentes | observadores | participantes | expertos | delegaciones"
    " | delegación | misión | organizadores",
    "group pronouns": "ellos ellas",
    "articles": "el la los las",
    "unnamed": "un una uno",
}
