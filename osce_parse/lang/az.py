"""Azerbaijani (az): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

LABELS = {
    "date": "Tarix | Dərc tarixi | Nəşr tarixi",
    "place": "Yer | Məkan",
    "sources": "Mənbə | Mənbələr | Harada fəaliyyət göstəririk | Struktur | Strukturlar",
    "fields_of_work": "Fəaliyyət sahələri | Fəaliyyət sahəsi | Nə edirik",
    "content_type": "Məzmun növü",
}

CONTENT_TYPES = {
    "press release": "Mətbuat relizi | Mətbuat açıqlaması | Press-reliz",
    "press statement": "Mətbuat bəyanatı",
    "news": "Xəbərlər | Xəbər",
    "statement": "Bəyanat",
    "daily report": "Gündəlik hesabat",
    "weekly report": "Həftəlik hesabat",
    "feature": "Reportaj",
    "story": "Hekayə",
}

SECTIONS = {
    "contacts": "Əlaqə | Əlaqələr",
    "related": "Əlaqəli məzmun | Həmçinin bax",
    "share": "Paylaş",
    "photo": "Foto haqqında",
    "newsroom": "Mətbuat mərkəzi",
    "contact line": "Əlavə məlumat üçün",
}

MONTHS = (
    "yanvar yan",
    "fevral fev",
    "mart mar",
    "aprel apr",
    "may",
    "iyun iyn",
    "iyul iyl",
    "avqust avq",
    "sentyabr sen",
    "oktyabr okt",
    "noyabr noy",
    "dekabr dek",
)

YEAR_WORDS = (
    "ci il",
    "cı il",
    "cu il",
    "cü il",
    "ilin",
    "il",
)

SPEECH = {
    "verbs": "deyib | bildirib | qeyd edib | vurğulayıb | əlavə edib | söyləyib | dedi"
    " | bildirdi | qeyd etdi | vurğuladı | əlavə etdi | söylədi",
    "lead": "deyə",
    "pronouns": "o",
    "titles": "səfir səfiri nazir naziri katib katibi baş rəhbər rəhbəri rəhbəri sədr sədri"
    " direktor direktoru koordinator koordinatoru nümayəndə nümayəndəsi xüsusi müavin müavini"
    " prezident prezidenti sözçü sözçüsü",
    "honorifics": "cənab/xanım",
    "orgs": "missiya missiyası ofis ofisi mərkəz mərkəzi təşkilatı şurası nazirliyi respublikası"
    " məclisi katibliyi",
    "traits": "drop verb-final",
}
