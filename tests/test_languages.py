"""Every language osce.org publishes in: dates, datelines and label look-ups per language, and the
same release in several languages parsing to the same facts."""

from __future__ import annotations

import calendar
import datetime as dt
import importlib
import json
import time
from pathlib import Path
from typing import Any

import pytest

from osce_parse import Release, parse_release
from osce_parse.lang import (
    CONTENT_TYPES,
    FIELD_LABELS,
    MONTHS,
    SECTION_WORDS,
    content_type_key,
    has_labels,
    label_key,
)
from osce_parse.parse import dates as dates_module
from osce_parse.parse.dates import find_dateline, parse_date, parse_day_month
from osce_parse.text import strip_label

D = dt.date
FIXTURES = Path(__file__).parent / "fixtures"

# The languages the issue names (Serbian holds both scripts, Uzbek both scripts).
# fmt: off
LANGUAGES = ("en", "ru", "de", "fr", "it", "es", "uk", "sr", "sq", "mk", "ro", "ka", "hy", "az",
             "kk", "ky", "tg", "uz", "tr", "pl")
# fmt: on


@pytest.fixture
def fast_path_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if a date needs the dateparser fallback."""

    def refuse(text: str, language: str) -> dt.date | None:
        raise AssertionError(f"fast path missed {text!r} ({language})")

    monkeypatch.setattr(dates_module, "_fallback", refuse)


# --- dates -----------------------------------------------------------------------------------

SEPT_4 = D(2008, 9, 4)
DATES: list[tuple[str, str, dt.date]] = [
    ("en", "4 September 2008", SEPT_4),
    ("en", "4 Sept. 2008", SEPT_4),
    ("en", "September 4, 2008", SEPT_4),
    ("en", "4th of September 2008", SEPT_4),
    ("ru", "4 сентября 2008 г.", SEPT_4),
    ("ru", "4 сентябрь 2008", SEPT_4),
    ("ru", "4 сент. 2008 г.", SEPT_4),
    ("ru", "1 марта 2010 года", D(2010, 3, 1)),
    ("ru", "29 февраля 2008 г.", D(2008, 2, 29)),
    ("de", "4. September 2008", SEPT_4),
    ("de", "4. Sept. 2008", SEPT_4),
    ("de", "12. Jänner 2009", D(2009, 1, 12)),
    ("de", "1. März 2010", D(2010, 3, 1)),
    ("de", "31. Dez. 2020", D(2020, 12, 31)),
    ("fr", "4 septembre 2008", SEPT_4),
    ("fr", "1er octobre 2019", D(2019, 10, 1)),
    ("fr", "4 août 2008", D(2008, 8, 4)),
    ("fr", "1er févr. 2010", D(2010, 2, 1)),
    ("it", "4 settembre 2008", SEPT_4),
    ("it", "1° marzo 2010", D(2010, 3, 1)),
    ("it", "4 sett. 2008", SEPT_4),
    ("es", "4 de septiembre de 2008", SEPT_4),
    ("es", "1 de setiembre de 2008", D(2008, 9, 1)),
    ("es", "31 de diciembre del 2020", D(2020, 12, 31)),
    ("es", "1.º de mayo de 2010", D(2010, 5, 1)),
    ("uk", "4 вересня 2008 р.", SEPT_4),
    ("uk", "1 березня 2010 року", D(2010, 3, 1)),
    ("uk", "4 вер. 2008 р.", SEPT_4),
    ("sr", "4. septembar 2008.", SEPT_4),
    ("sr", "4. septembra 2008. godine", SEPT_4),
    ("sr", "4. септембар 2008.", SEPT_4),
    ("sr", "4. септембра 2008. године", SEPT_4),
    ("sr", "1. jun 2010.", D(2010, 6, 1)),
    ("sq", "4 shtator 2008", SEPT_4),
    ("sq", "4 shtatorit 2008", SEPT_4),
    ("sq", "1 nëntor 2010", D(2010, 11, 1)),
    ("mk", "4 септември 2008", SEPT_4),
    ("mk", "4 септември 2008 година", SEPT_4),
    ("mk", "1 јули 2010", D(2010, 7, 1)),
    ("ro", "4 septembrie 2008", SEPT_4),
    ("ro", "4 sept. 2008", SEPT_4),
    ("ro", "1 martie 2010", D(2010, 3, 1)),
    ("ka", "4 სექტემბერი 2008", SEPT_4),
    ("ka", "4 სექტემბერი, 2008", SEPT_4),
    ("ka", "2008 წლის 4 სექტემბერი", SEPT_4),
    ("ka", "2010 წლის 1 მარტი", D(2010, 3, 1)),
    ("hy", "4 սեպտեմբերի 2008 թ.", SEPT_4),
    ("hy", "2008 թ. սեպտեմբերի 4", SEPT_4),
    ("hy", "2008 թվականի սեպտեմբերի 4-ին", SEPT_4),
    ("hy", "4 Սեպտեմբեր 2008", SEPT_4),
    ("az", "4 sentyabr 2008", SEPT_4),
    ("az", "4 sentyabr 2008-ci il", SEPT_4),
    ("az", "2008-ci il 4 sentyabr", SEPT_4),
    ("az", "1 mart 2010", D(2010, 3, 1)),
    ("kk", "4 қыркүйек 2008 ж.", SEPT_4),
    ("kk", "2008 жылғы 4 қыркүйек", SEPT_4),
    ("kk", "2008 жылы 4 қыркүйекте", SEPT_4),
    ("ky", "4-сентябрь 2008", SEPT_4),
    ("ky", "2008-жылдын 4-сентябры", SEPT_4),
    ("ky", "2008-жылы 4-сентябрда", SEPT_4),
    ("tg", "4 сентябри соли 2008", SEPT_4),
    ("tg", "4 сентябри 2008", SEPT_4),
    ("tg", "1 марти 2010", D(2010, 3, 1)),
    ("uz", "4 sentabr 2008", SEPT_4),
    ("uz", "2008-yil 4-sentabr", SEPT_4),
    ("uz", "4 сентябрь 2008 йил", SEPT_4),
    ("uz", "2008 йил 4 сентябрь", SEPT_4),
    ("tr", "4 Eylül 2008", SEPT_4),
    ("tr", "4 EYLÜL 2008", SEPT_4),
    ("tr", "4 Eyl 2008", SEPT_4),
    ("tr", "31 Aralık 2020", D(2020, 12, 31)),
    ("tr", "4 KASIM 2008", D(2008, 11, 4)),
    ("pl", "4 września 2008 r.", SEPT_4),
    ("pl", "4 wrzesień 2008", SEPT_4),
    ("pl", "1 marca 2010 roku", D(2010, 3, 1)),
    ("pl", "31 gru 2020", D(2020, 12, 31)),
]


@pytest.mark.usefixtures("fast_path_only")
@pytest.mark.parametrize(("language", "text", "expected"), DATES, ids=[d[1] for d in DATES])
def test_parse_date_fast_path(language: str, text: str, expected: dt.date) -> None:
    assert parse_date(text, language) == expected


def test_every_language_has_date_cases() -> None:
    assert {language for language, _, _ in DATES} == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_month_tables_are_complete_and_unambiguous(language: str) -> None:
    table = MONTHS[language]
    assert set(table.values()) == set(range(1, 13))
    names = dates_module._month
    for key, month in table.items():
        assert names(key, language) == month


@pytest.mark.parametrize("language", LANGUAGES)
def test_month_names_agree_with_dateparser(language: str) -> None:
    """Every full month name dateparser knows for the language is read as the same month."""
    locales = {"sr": ["sr-Cyrl", "sr-Latn"], "uz": ["uz-Latn", "uz-Cyrl"], "az": ["az-Latn"]}
    if language == "tg":
        pytest.skip("dateparser has no Tajik data")
    months = [name.lower() for name in calendar.month_name[1:]]  # C locale: English names
    for locale in locales.get(language, [language]):
        try:
            module: Any = importlib.import_module(f"dateparser.data.date_translation_data.{locale}")
        except ImportError:
            pytest.skip("dateparser's language data moved")
        for number, key in enumerate(months, start=1):
            for name in module.info[key]:
                if len(name) > 3:
                    assert dates_module._month(name, language) == number, (locale, name)


def test_page_language_is_used_not_guessed() -> None:
    # "mag" is May in Italian and nothing in English.
    assert parse_date("4 mag 2008", "it") == D(2008, 5, 4)
    assert parse_date("4 mag 2008", "en") is None
    # An unknown language still reads English month names, and goes to dateparser for the rest.
    assert parse_date("4 September 2008", "hu") == SEPT_4
    assert parse_date("2018. május 3.", "hu") == D(2018, 5, 3)
    # A language dateparser does not know: the fast path or nothing.
    assert parse_date("4 foo 2008", "tg") is None


def test_fast_path_is_well_under_a_millisecond() -> None:
    texts = [(text, language) for language, text, _ in DATES]
    for text, language in texts:  # warm-up
        parse_date(text, language)
    rounds = 20
    start = time.perf_counter()
    for _ in range(rounds):
        for text, language in texts:
            parse_date(text, language)
    per_call = (time.perf_counter() - start) / (rounds * len(texts))
    assert per_call < 0.001


# --- datelines -------------------------------------------------------------------------------

# (language, dateline as written, place as written, date); the paragraph is "DATELINE – OSCE …".
DATELINES: list[tuple[str, str, str, dt.date | None]] = [
    ("en", "VIENNA, 4 September 2008", "VIENNA", SEPT_4),
    ("ru", "ВЕНА, 4 сентября 2008 г.", "ВЕНА", SEPT_4),
    ("de", "WIEN, 4. September 2008", "WIEN", SEPT_4),
    ("fr", "VIENNE, 4 septembre 2008", "VIENNE", SEPT_4),
    ("fr", "VIENNE, 1er octobre 2019", "VIENNE", D(2019, 10, 1)),
    ("it", "VIENNA, 4 settembre 2008", "VIENNA", SEPT_4),
    ("es", "VIENA, 4 de septiembre de 2008", "VIENA", SEPT_4),
    ("uk", "ВІДЕНЬ, 4 вересня 2008 р.", "ВІДЕНЬ", SEPT_4),
    ("sr", "BEOGRAD, 4. septembar 2008.", "BEOGRAD", SEPT_4),
    ("sr", "БЕОГРАД, 4. септембра 2008. године", "БЕОГРАД", SEPT_4),
    ("sq", "TIRANË, 4 shtator 2008", "TIRANË", SEPT_4),
    ("mk", "СКОПЈЕ, 4 септември 2008", "СКОПЈЕ", SEPT_4),
    ("ro", "CHIȘINĂU, 4 septembrie 2008", "CHIȘINĂU", SEPT_4),
    ("ka", "თბილისი, 2008 წლის 4 სექტემბერი", "თბილისი", SEPT_4),
    ("hy", "ԵՐԵՎԱՆ, 2008 թ. սեպտեմբերի 4", "ԵՐԵՎԱՆ", SEPT_4),
    ("az", "BAKI, 4 sentyabr 2008-ci il", "BAKI", SEPT_4),
    ("kk", "АСТАНА, 2008 жылғы 4 қыркүйек", "АСТАНА", SEPT_4),
    ("ky", "БИШКЕК, 2008-жылдын 4-сентябры", "БИШКЕК", SEPT_4),
    ("tg", "ДУШАНБЕ, 4 сентябри соли 2008", "ДУШАНБЕ", SEPT_4),
    ("uz", "TOSHKENT, 2008-yil 4-sentabr", "TOSHKENT", SEPT_4),
    ("tr", "VİYANA, 4 Eylül 2008", "VİYANA", SEPT_4),
    ("pl", "WIEDEŃ, 4 września 2008 r.", "WIEDEŃ", SEPT_4),
    ("ru", "ВАЛЛЕТТА/ВЕНА, 12 июля", "ВАЛЛЕТТА/ВЕНА", None),
    ("de", "VALLETTA/WIEN, 12. Juli", "VALLETTA/WIEN", None),
]


@pytest.mark.usefixtures("fast_path_only")
@pytest.mark.parametrize(
    ("language", "text", "place", "date"), DATELINES, ids=[d[1] for d in DATELINES]
)
def test_dateline_in_every_language(
    language: str, text: str, place: str, date: dt.date | None
) -> None:
    paragraph = f"{text} – OSCE"
    found = find_dateline(paragraph, language)
    assert found is not None
    assert (found.text, found.place, found.date) == (text, place, date)
    assert paragraph[found.end :] == "OSCE"


def test_every_language_has_a_dateline_case() -> None:
    assert {language for language, *_ in DATELINES} == set(LANGUAGES)


def test_yearless_dateline_day_and_month() -> None:
    assert parse_day_month("12 июля", "ru") == (12, 7)
    assert parse_day_month("12. Juli", "de") == (12, 7)
    assert parse_day_month("սեպտեմբերի 4", "hy") == (4, 9)


# --- labels ----------------------------------------------------------------------------------

# Per language, as a page shows them: the labels of date, place, sources, fields of work and
# content type, the listing names of sources and fields ("Where we are", "What we do"), and
# the words for press release, news, contacts, related content, share and photo details.
# fmt: off
SHOWN: dict[str, tuple[str, ...]] = {
    "en": ("Date:", "Place:", "Source:", "Fields of work:", "Content type:", "Where we are:",
           "What we do:", "Press release", "News", "Contacts", "Related content", "Share",
           "Photo details"),
    "ru": ("Дата:", "Место:", "Источник:", "Направления деятельности:", "Тип материала:",
           "Где мы работаем:", "Что мы делаем:", "Пресс-релиз", "Новости", "Контакты",
           "Материалы по теме", "Поделиться", "Подробнее о фото"),
    "de": ("Datum:", "Ort:", "Quelle:", "Tätigkeitsbereiche:", "Inhaltstyp:",
           "Wo wir tätig sind:", "Was wir tun:", "Pressemitteilung", "Nachrichten", "Kontakt",
           "Verwandte Inhalte", "Teilen", "Fotodetails"),
    "fr": ("Date :", "Lieu :", "Source :", "Domaines d’activité :", "Type de contenu :",
           "Où nous travaillons :", "Ce que nous faisons :", "Communiqué de presse",
           "Actualités", "Contacts", "Contenu associé", "Partager", "Détails de la photo"),
    "it": ("Data:", "Luogo:", "Fonte:", "Settori di attività:", "Tipo di contenuto:",
           "Dove siamo:", "Cosa facciamo:", "Comunicato stampa", "Notizie", "Contatti",
           "Contenuti correlati", "Condividi", "Dettagli della foto"),
    "es": ("Fecha:", "Lugar:", "Fuente:", "Ámbitos de trabajo:", "Tipo de contenido:",
           "Dónde estamos:", "Qué hacemos:", "Comunicado de prensa", "Noticias", "Contactos",
           "Contenido relacionado", "Compartir", "Detalles de la foto"),
    "uk": ("Дата:", "Місце:", "Джерело:", "Напрями діяльності:", "Тип матеріалу:",
           "Де ми працюємо:", "Що ми робимо:", "Прес-реліз", "Новини", "Контакти",
           "Пов’язані матеріали", "Поділитися", "Деталі фото"),
    "sr": ("Datum:", "Mesto:", "Izvor:", "Oblasti rada:", "Vrsta sadržaja:", "Gde radimo:",
           "Šta radimo:", "Saopštenje za medije", "Vesti", "Kontakti", "Povezani sadržaj",
           "Podeli", "Detalji fotografije"),
    "sq": ("Data:", "Vendi:", "Burimi:", "Fushat e punës:", "Lloji i përmbajtjes:",
           "Ku ndodhemi:", "Çfarë bëjmë:", "Njoftim për shtyp", "Lajme", "Kontaktet",
           "Përmbajtje e ngjashme", "Shpërndaj", "Detajet e fotos"),
    "mk": ("Датум:", "Место:", "Извор:", "Области на работа:", "Вид содржина:", "Каде сме:",
           "Што правиме:", "Соопштение за печат", "Вести", "Контакти", "Поврзани содржини",
           "Сподели", "Детали за фотографијата"),
    "ro": ("Data:", "Locul:", "Sursa:", "Domenii de activitate:", "Tip de conţinut:",
           "Unde ne aflăm:", "Ce facem:", "Comunicat de presă", "Ştiri", "Contacte",
           "Conținut asociat", "Distribuie", "Detalii fotografie"),
    "ka": ("თარიღი:", "ადგილი:", "წყარო:", "საქმიანობის სფეროები:", "მასალის ტიპი:",
           "სად ვართ:", "რას ვაკეთებთ:", "პრესრელიზი", "სიახლეები", "კონტაქტები",
           "დაკავშირებული მასალა", "გაზიარება", "ფოტოს დეტალები"),
    "hy": ("Ամսաթիվ:", "Վայր:", "Աղբյուր:", "Գործունեության ոլորտներ:",
           "Բովանդակության տեսակ:", "Որտեղ ենք մենք:", "Ինչ ենք անում:",
           "Մամուլի հաղորդագրություն", "Նորություններ", "Կոնտակտներ", "Առնչվող նյութեր",
           "Կիսվել", "Լուսանկարի մանրամասներ"),
    "az": ("Tarix:", "Yer:", "Mənbə:", "Fəaliyyət sahələri:", "Məzmun növü:",
           "Harada fəaliyyət göstəririk:", "Nə edirik:", "Mətbuat relizi", "Xəbərlər", "Əlaqə",
           "Əlaqəli məzmun", "Paylaş", "Foto haqqında"),
    "kk": ("Күні:", "Орны:", "Дереккөз:", "Қызмет салалары:", "Материал түрі:",
           "Біз қайдамыз:", "Біз не істейміз:", "Баспасөз релизі", "Жаңалықтар", "Байланыс",
           "Қатысты материалдар", "Бөлісу", "Фото туралы"),
    "ky": ("Күнү:", "Орду:", "Булак:", "Иш багыттары:", "Материалдын түрү:", "Биз кайдабыз:",
           "Биз эмне кылабыз:", "Пресс-релиз", "Жаңылыктар", "Байланыштар",
           "Тиешелүү материалдар", "Бөлүшүү", "Сүрөт тууралуу"),
    "tg": ("Сана:", "Макон:", "Манбаъ:", "Соҳаҳои фаъолият:", "Навъи мавод:",
           "Мо дар куҷо ҳастем:", "Мо чӣ кор мекунем:", "Пресс-релиз", "Хабарҳо", "Тамос",
           "Маводи марбут", "Мубодила", "Тафсилоти акс"),
    "uz": ("Sana:", "Joy:", "Manba:", "Faoliyat sohalari:", "Material turi:",
           "Biz qayerdamiz:", "Biz nima qilamiz:", "Press-reliz", "Yangiliklar", "Aloqa",
           "Bogʻliq materiallar", "Ulashish", "Rasm tafsilotlari"),
    "tr": ("Tarih:", "Yer:", "Kaynak:", "Çalışma alanları:", "İÇERİK TÜRÜ:", "Neredeyiz:",
           "Ne yapıyoruz:", "BASIN BÜLTENİ", "Haberler", "İletişim", "İlgili içerik",
           "Paylaş", "Fotoğraf ayrıntıları"),
    "pl": ("Data:", "Miejsce:", "Źródło:", "Obszary działalności:", "Typ treści:",
           "Gdzie jesteśmy:", "Co robimy:", "Komunikat prasowy", "Wiadomości", "Kontakty",
           "Powiązane treści", "Udostępnij", "Szczegóły zdjęcia"),
}
# fmt: on
MEANINGS = (
    ("field", "date"),
    ("field", "place"),
    ("field", "sources"),
    ("field", "fields_of_work"),
    ("field", "content_type"),
    ("field", "sources"),
    ("field", "fields_of_work"),
    ("type", "press release"),
    ("type", "news"),
    ("section", "contacts"),
    ("section", "related"),
    ("section", "share"),
    ("section", "photo"),
)
TABLES = {"field": FIELD_LABELS, "type": CONTENT_TYPES, "section": SECTION_WORDS}


@pytest.mark.parametrize("language", LANGUAGES)
def test_labels_in_every_language(language: str) -> None:
    for shown, (kind, meaning) in zip(SHOWN[language], MEANINGS, strict=True):
        assert label_key(strip_label(shown), TABLES[kind], language) == meaning, shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_table_covers_every_language(language: str) -> None:
    assert set(FIELD_LABELS[language].values()) == {
        "date",
        "place",
        "sources",
        "fields_of_work",
        "content_type",
    }
    assert set(SECTION_WORDS[language].values()) == {
        "contacts",
        "related",
        "share",
        "photo",
        "newsroom",
        "contact line",
    }
    assert {"press release", "press statement", "news", "statement"} <= set(
        CONTENT_TYPES[language].values()
    )
    assert has_labels(language)


def test_content_types_are_case_folded_for_direct_lookups() -> None:
    """metadata.content_type looks ``text.casefold()`` up directly."""
    assert "пресс-релиз" in CONTENT_TYPES["ru"]
    assert "basın bülteni" in CONTENT_TYPES["tr"]
    assert content_type_key("Déclaration à la presse", "fr") == "press statement"
    assert content_type_key("Press release", "ru") == "press release"  # English fallback


def test_unknown_language_falls_back_to_english_labels() -> None:
    assert not has_labels("lt")
    assert label_key("vieta", FIELD_LABELS, "lt") is None
    assert label_key("place", FIELD_LABELS, "lt") == "place"
    assert has_labels("sr-Latn") and has_labels("RU") and has_labels("bs")


# --- the same release in several languages ---------------------------------------------------

# Each group: one release; per page, its place as written in that language.
SAME_RELEASE = {
    "50033": {
        "current_seed_50033": "VIENNA",
        "current_ru_seed_50033": "ВЕНА",
        "current_de_seed_50033": "WIEN",
    },
    "467490": {
        "current_endash_multiplace_2020": "VIENNA/TIRANA",
        "current_ru_multiplace_2020": "ВЕНА/ТИРАНА",
    },
}


def _page(name: str) -> tuple[Release, dict[str, Any]]:
    facts = json.loads((FIXTURES / f"{name}.facts.json").read_text("utf-8"))
    return parse_release((FIXTURES / f"{name}.html").read_bytes()), facts


@pytest.mark.parametrize("group", SAME_RELEASE)
def test_same_release_same_facts(group: str) -> None:
    pages = {name: _page(name) for name in SAME_RELEASE[group]}
    seen: dict[str, set[Any]] = {}
    for name, (release, facts) in pages.items():
        assert release.place == SAME_RELEASE[group][name]
        assert release.language == facts["language"]
        for key, value in {
            "node": release.node_id,
            "date": release.date,
            "date_source": release.date_source,
            "paragraphs": len(release.paragraphs),
            "sources": len(release.sources),
            "fields_of_work": len(release.fields_of_work),
            "images": len(release.images),
            "quote paragraphs": tuple(q["paragraph"] for q in facts["quotes"]),
            "quote continued": tuple(q["continued"] for q in facts["quotes"]),
        }.items():
            seen.setdefault(key, set()).add(value)
    assert {key: len(values) for key, values in seen.items()} == dict.fromkeys(seen, 1), seen


@pytest.mark.parametrize("group", SAME_RELEASE)
def test_translations_link_each_other(group: str) -> None:
    """Each translation's ``hreflang`` alternates name the English page and the other
    translations (the older English fixtures list only some of their translations)."""
    pages = [_page(name)[0] for name in SAME_RELEASE[group]]
    urls = {release.language: release.url for release in pages}
    for release in pages:
        if release.language != "en":
            expected = {lang: url for lang, url in urls.items() if lang != release.language}
            assert expected.items() <= release.translations.items()


@pytest.mark.parametrize("group", SAME_RELEASE)
def test_same_release_same_quotes(group: str) -> None:
    for name in SAME_RELEASE[group]:
        release, facts = _page(name)
        assert len(release.quotes) == len(facts["quotes"]), name


LITHUANIAN_PAGE = """<!DOCTYPE html><html lang="lt"><head><title>ESBO mokymai Vilniuje</title>
<link rel="canonical" href="https://www.osce.org/lt/odihr/379992"></head><body><main><article>
<h1>ESBO mokymai Vilniuje</h1>
<dl><dt>Data:</dt><dd>2018-05-03</dd><dt>Vieta:</dt><dd>VILNIUS</dd>
<dt>Šaltinis:</dt><dd>ODIHR</dd></dl>
<div class="text-formatted"><p>VILNIUS, 2018-05-03 – Keturiasdešimt stebėtojų baigė mokymus apie
rinkimų stebėjimą.</p><p>Mokymus organizavo ESBO Demokratinių institucijų ir žmogaus teisių
biuras.</p></div></article></main></body></html>"""


def test_page_without_label_table_parses_by_structure() -> None:
    release = parse_release(LITHUANIAN_PAGE)
    assert release.language == "lt" and not has_labels(release.language)
    assert release.title == "ESBO mokymai Vilniuje"
    assert (release.date, release.date_source) == (D(2018, 5, 3), "dateline")
    assert release.place == "VILNIUS" and release.sources == ()
    assert len(release.paragraphs) == 2
    assert release.warnings == (
        "no label table for language 'lt'; not read: ['Data:', 'Vieta:', 'Šaltinis:']",
    )


def test_hungarian_labels_are_read() -> None:
    release, facts = _page("current_xx_hu_2018")
    assert release.language == "hu" and has_labels(release.language)
    assert release.content_type == facts["content_type"] == "Sajtóközlemény"
    assert list(release.fields_of_work) == facts["fields_of_work"]
