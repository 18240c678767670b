"""French (fr): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

LABELS = {
    "date": "Date | Date de publication | Publié le",
    "place": "Lieu",
    "sources": "Source | Sources | Où nous travaillons | Où nous sommes | Structure | Structures",
    "fields_of_work": "Domaines d'activité | Domaine d'activité | Domaines d'action"
    " | Domaine d'action | Ce que nous faisons | Thématiques",
    "content_type": "Type de contenu",
}

CONTENT_TYPES = {
    "press release": "Communiqué de presse",
    "press statement": "Déclaration à la presse",
    "news": "Actualités | Actualité | Nouvelles",
    "statement": "Déclaration",
    "daily report": "Rapport quotidien",
    "spot report": "Rapport ponctuel",
    "weekly report": "Rapport hebdomadaire",
    "media advisory": "Avis aux médias",
    "feature": "Reportage",
    "story": "Récit",
}

OTHER_TYPES = "Document | Publication | Événement | Page | Vidéo | Galerie de photos"

SECTIONS = {
    "contacts": "Contacts | Contact | Contact presse",
    "related": "Contenu associé | Contenus associés | Voir aussi",
    "share": "Partager",
    "photo": "Détails de la photo",
    "newsroom": "Salle de presse",
    "contact line": "Pour de plus amples informations | Pour plus d'informations"
    " | Pour tout complément d'information",
}

MONTHS = (
    "janvier janv",
    "février fevrier févr fév",
    "mars",
    "avril avr",
    "mai",
    "juin",
    "juillet juil",
    "août aout",
    "septembre sept",
    "octobre oct",
    "novembre nov",
    "décembre decembre déc",
)

SPEECH = {
    "verbs": "a déclaré | a dit | a affirmé | a souligné | a ajouté | a précisé | a indiqué"
    " | a rappelé | a estimé | a expliqué | a insisté | a conclu | a noté | a observé"
    " | a averti | a écrit | a appelé | a martelé | a poursuivi | a relevé | a assuré"
    " | a-t-il déclaré | a-t-il dit | a-t-il affirmé | a-t-il souligné | a-t-il ajouté"
    " | a-t-il précisé | a-t-il indiqué | a-t-il rappelé | a-t-il estimé | a-t-il expliqué"
    " | a-t-il insisté | a-t-il conclu | a-t-il noté | a-t-il observé | a-t-il averti"
    " | a-t-il écrit | a-t-il appelé | a-t-il martelé | a-t-il poursuivi | a-t-il relevé"
    " | a-t-il assuré | a-t-elle déclaré | a-t-elle dit | a-t-elle affirmé | a-t-elle souligné"
    " | a-t-elle ajouté | a-t-elle précisé | a-t-elle indiqué | a-t-elle rappelé"
    " | a-t-elle estimé | a-t-elle expliqué | a-t-elle insisté | a-t-elle conclu"
    " | a-t-elle noté | a-t-elle observé | a-t-elle averti | a-t-elle écrit | a-t-elle appelé"
    " | a-t-elle martelé | a-t-elle poursuivi | a-t-elle relevé | a-t-elle assuré | déclare"
    " | dit | affirme | souligne | ajoute | précise | indique | rappelle | estime | explique"
    " | insiste | conclut | poursuit"
    " | ont déclaré | ont dit | ont affirmé | ont souligné | ont ajouté | ont indiqué | ont estimé"
    " | a promis | a annoncé | a reconnu | a répondu",
    "according": "selon | d'après",
    "with words": "avec par",
    "head words": "chef cheffe dirigée dirigé",
    "naming verbs": "a qualifié | a décrit | a appelé",
    "pronouns": "il/elle",
    "titles": "ambassadeur ambassadrice ministre présidente secrétaire directeur directrice"
    " représentant représentante coordinateur coordinatrice chef cheffe",
    "groups": "coprésidents | observateurs | participants | experts | délégations | délégation"
    " | mission | organisateurs",
    "group pronouns": "ils elles",
    "articles": "le la les l'",
    "unnamed": "un une l'un l'une",
}
