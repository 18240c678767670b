"""The site's words, as data: metadata labels, content types, section words, month names.

One table per kind, keyed by language (ISO 639-1; Serbian and Uzbek hold both scripts). Each
language's words are written once, as the site shows them, in the compact ``_*_WORDS`` sources
below ("Date | Publishing date"); the public tables are built from them at import and map the
:func:`fold`-ed word to its meaning, so every look-up is one dict access. Other modules look words
up here; none of them hard-codes a label.
"""

from __future__ import annotations

from typing import TypeVar

__all__ = [
    "CONTENT_TYPES",
    "FIELD_LABELS",
    "LABEL_LANGUAGES",
    "LINK_WORDS",
    "MONTHS",
    "SECTION_WORDS",
    "YEAR_WORDS",
    "base_language",
    "content_type_key",
    "fold",
    "has_labels",
    "label_key",
]

# Spelling variants a page may use for one word: Turkish dotted/dotless i, Romanian s/t with
# cedilla or comma, apostrophe look-alikes (Ukrainian ʼ, Uzbek ʻ, typographic ’).
_FOLD = str.maketrans(
    {"\u0307": None, "ı": "i", "ş": "ș", "ţ": "ț", "’": "'", "ʼ": "'", "ʻ": "'", "‘": "'"}
)


def fold(word: str) -> str:
    """The look-up form of ``word``: case-folded, spelling variants merged."""
    return word.casefold().translate(_FOLD)


def base_language(language: str | None) -> str:
    """``"sr-Latn"``, ``"RU"``, None -> ``"sr"``, ``"ru"``, ``"en"``."""
    if not language:
        return "en"
    return language.replace("_", "-").split("-", 1)[0].lower()


# --- metadata labels -------------------------------------------------------------------------
# Field name -> the labels that name it, "|"-separated, per language. "Where we are" and "What we
# do" are the listing pages' names for sources and fields of work.

_FIELD_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "date": "Date | Publishing date | Publication date | Published | Date of publication",
        "place": "Place | Location",
        "sources": "Source | Sources | Where we are | Structure | Structures",
        "fields_of_work": "Fields of work | Field of work | What we do | Topic | Topics",
        "content_type": "Content type | Type",
    },
    "ru": {
        "date": "Дата | Дата публикации | Опубликовано",
        "place": "Место | Место проведения",
        "sources": "Источник | Источники | Где мы работаем | Где мы находимся | Структура"
        " | Структуры",
        "fields_of_work": "Направления деятельности | Направление деятельности | Что мы делаем",
        "content_type": "Тип материала | Тип содержания | Тип контента",
    },
    "de": {
        "date": "Datum | Veröffentlichungsdatum | Veröffentlicht | Erscheinungsdatum",
        "place": "Ort",
        "sources": "Quelle | Quellen | Wo wir tätig sind | Wo wir arbeiten | Struktur | Strukturen",
        "fields_of_work": "Tätigkeitsbereiche | Tätigkeitsbereich | Arbeitsbereiche | Was wir tun",
        "content_type": "Inhaltstyp | Art des Inhalts",
    },
    "fr": {
        "date": "Date | Date de publication | Publié le",
        "place": "Lieu",
        "sources": "Source | Sources | Où nous travaillons | Où nous sommes | Structure"
        " | Structures",
        "fields_of_work": "Domaines d'activité | Domaine d'activité | Ce que nous faisons",
        "content_type": "Type de contenu",
    },
    "it": {
        "date": "Data | Data di pubblicazione",
        "place": "Luogo",
        "sources": "Fonte | Fonti | Dove siamo | Struttura | Strutture",
        "fields_of_work": "Settori di attività | Ambiti di attività | Cosa facciamo",
        "content_type": "Tipo di contenuto",
    },
    "es": {
        "date": "Fecha | Fecha de publicación",
        "place": "Lugar",
        "sources": "Fuente | Fuentes | Dónde estamos | Estructura | Estructuras",
        "fields_of_work": "Ámbitos de trabajo | Áreas de trabajo | Qué hacemos",
        "content_type": "Tipo de contenido",
    },
    "uk": {
        "date": "Дата | Дата публікації",
        "place": "Місце",
        "sources": "Джерело | Джерела | Де ми працюємо | Структура | Структури",
        "fields_of_work": "Напрями діяльності | Напрямки діяльності | Що ми робимо",
        "content_type": "Тип матеріалу | Тип контенту",
    },
    "sr": {
        "date": "Datum | Datum objavljivanja | Датум | Датум објављивања",
        "place": "Mesto | Место",
        "sources": "Izvor | Izvori | Gde radimo | Struktura | Извор | Извори | Где радимо"
        " | Структура",
        "fields_of_work": "Oblasti rada | Šta radimo | Области рада | Шта радимо",
        "content_type": "Vrsta sadržaja | Tip sadržaja | Врста садржаја | Тип садржаја",
    },
    "sq": {
        "date": "Data | Data e publikimit",
        "place": "Vendi",
        "sources": "Burimi | Burimet | Ku ndodhemi | Struktura | Strukturat",
        "fields_of_work": "Fushat e punës | Fusha e punës | Çfarë bëjmë",
        "content_type": "Lloji i përmbajtjes",
    },
    "mk": {
        "date": "Датум | Датум на објавување",
        "place": "Место",
        "sources": "Извор | Извори | Каде сме | Структура | Структури",
        "fields_of_work": "Области на работа | Што правиме",
        "content_type": "Вид содржина | Тип на содржина",
    },
    "ro": {
        "date": "Data | Data publicării",
        "place": "Locul | Locație",
        "sources": "Sursa | Surse | Unde ne aflăm | Structura | Structuri",
        "fields_of_work": "Domenii de activitate | Ce facem",
        "content_type": "Tip de conținut",
    },
    "ka": {
        "date": "თარიღი | გამოქვეყნების თარიღი",
        "place": "ადგილი | ადგილმდებარეობა",
        "sources": "წყარო | წყაროები | სად ვართ | სტრუქტურა | სტრუქტურები",
        "fields_of_work": "საქმიანობის სფეროები | საქმიანობის სფერო | რას ვაკეთებთ",
        "content_type": "მასალის ტიპი | შინაარსის ტიპი",
    },
    "hy": {
        "date": "Ամսաթիվ | Հրապարակման ամսաթիվ",
        "place": "Վայր | Վայրը",
        "sources": "Աղբյուր | Աղբյուրներ | Որտեղ ենք մենք | Կառույց | Կառույցներ",
        "fields_of_work": "Գործունեության ոլորտներ | Գործունեության ոլորտ | Ինչ ենք անում",
        "content_type": "Բովանդակության տեսակ | Նյութի տեսակ",
    },
    "az": {
        "date": "Tarix | Dərc tarixi | Nəşr tarixi",
        "place": "Yer | Məkan",
        "sources": "Mənbə | Mənbələr | Harada fəaliyyət göstəririk | Struktur | Strukturlar",
        "fields_of_work": "Fəaliyyət sahələri | Fəaliyyət sahəsi | Nə edirik",
        "content_type": "Məzmun növü",
    },
    "kk": {
        "date": "Күні | Жарияланған күні",
        "place": "Орны | Өткізілген орны",
        "sources": "Дереккөз | Дереккөздер | Біз қайдамыз | Құрылым | Құрылымдар",
        "fields_of_work": "Қызмет салалары | Қызмет саласы | Біз не істейміз",
        "content_type": "Материал түрі | Мазмұн түрі",
    },
    "ky": {
        "date": "Күнү | Датасы | Жарыяланган күнү",
        "place": "Орду | Өткөн жери",
        "sources": "Булак | Булактар | Биз кайдабыз | Түзүм | Түзүмдөр",
        "fields_of_work": "Иш багыттары | Ишмердүүлүк багыттары | Биз эмне кылабыз",
        "content_type": "Материалдын түрү | Мазмундун түрү",
    },
    "tg": {
        "date": "Сана | Санаи нашр",
        "place": "Макон | Ҷой",
        "sources": "Манбаъ | Манбаъҳо | Мо дар куҷо ҳастем | Сохтор | Сохторҳо",
        "fields_of_work": "Соҳаҳои фаъолият | Соҳаи фаъолият | Мо чӣ кор мекунем",
        "content_type": "Навъи мавод | Навъи мундариҷа",
    },
    "uz": {
        "date": "Sana | E'lon qilingan sana | Сана | Эълон қилинган сана",
        "place": "Joy | Joyi | Жой | Жойи",
        "sources": "Manba | Manbalar | Biz qayerdamiz | Tuzilma | Tuzilmalar | Манба | Манбалар"
        " | Биз қаердамиз | Тузилма | Тузилмалар",
        "fields_of_work": "Faoliyat sohalari | Faoliyat sohasi | Biz nima qilamiz"
        " | Фаолият соҳалари | Фаолият соҳаси | Биз нима қиламиз",
        "content_type": "Material turi | Kontent turi | Материал тури | Контент тури",
    },
    "tr": {
        "date": "Tarih | Yayın tarihi | Yayımlanma tarihi",
        "place": "Yer | Konum",
        "sources": "Kaynak | Kaynaklar | Neredeyiz | Yapı | Yapılar",
        "fields_of_work": "Çalışma alanları | Çalışma alanı | Ne yapıyoruz",
        "content_type": "İçerik türü",
    },
    "pl": {
        "date": "Data | Data publikacji",
        "place": "Miejsce",
        "sources": "Źródło | Źródła | Gdzie jesteśmy | Struktura | Struktury",
        "fields_of_work": "Obszary działalności | Obszar działalności | Co robimy",
        "content_type": "Typ treści | Rodzaj treści",
    },
}

# --- content types ---------------------------------------------------------------------------
# Canonical (English) type -> the names the site gives it, per language.

_TYPE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "press release": "Press release",
        "press statement": "Press statement",
        "news": "News | News item",
        "statement": "Statement",
        "daily report": "Daily report",
        "spot report": "Spot report",
        "weekly report": "Weekly report",
        "media advisory": "Media advisory",
        "feature": "Feature",
        "story": "Story",
    },
    "ru": {
        "press release": "Пресс-релиз",
        "press statement": "Заявление для прессы",
        "news": "Новости | Новость",
        "statement": "Заявление",
        "daily report": "Ежедневный отчет | Ежедневный доклад",
        "spot report": "Оперативный отчет | Оперативное сообщение",
        "weekly report": "Еженедельный отчет",
        "media advisory": "Информация для СМИ",
        "feature": "Очерк",
        "story": "История",
    },
    "de": {
        "press release": "Pressemitteilung | Presseaussendung",
        "press statement": "Presseerklärung",
        "news": "Nachrichten | Meldung | Neuigkeiten",
        "statement": "Erklärung | Stellungnahme",
        "daily report": "Tagesbericht",
        "spot report": "Sonderbericht",
        "weekly report": "Wochenbericht",
        "media advisory": "Medienhinweis",
        "feature": "Reportage",
        "story": "Geschichte",
    },
    "fr": {
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
    },
    "it": {
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
    },
    "es": {
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
    },
    "uk": {
        "press release": "Прес-реліз",
        "press statement": "Заява для преси",
        "news": "Новини | Новина",
        "statement": "Заява",
        "daily report": "Щоденний звіт",
        "spot report": "Оперативний звіт",
        "weekly report": "Щотижневий звіт",
        "media advisory": "Інформація для ЗМІ",
        "feature": "Нарис",
        "story": "Історія",
    },
    "sr": {
        "press release": "Saopštenje za medije | Saopštenje za javnost | Саопштење за медије"
        " | Саопштење за јавност",
        "press statement": "Izjava za medije | Изјава за медије",
        "news": "Vesti | Vest | Вести | Вест",
        "statement": "Izjava | Изјава",
        "daily report": "Dnevni izveštaj | Дневни извештај",
        "weekly report": "Nedeljni izveštaj | Недељни извештај",
        "media advisory": "Najava za medije | Најава за медије",
        "feature": "Reportaža | Репортажа",
        "story": "Priča | Прича",
    },
    "sq": {
        "press release": "Njoftim për shtyp",
        "press statement": "Deklaratë për shtyp",
        "news": "Lajme | Lajm",
        "statement": "Deklaratë",
        "daily report": "Raport ditor",
        "weekly report": "Raport javor",
        "media advisory": "Njoftim për mediat",
        "feature": "Reportazh",
        "story": "Histori",
    },
    "mk": {
        "press release": "Соопштение за печат",
        "press statement": "Изјава за печат",
        "news": "Вести | Вест",
        "statement": "Изјава",
        "daily report": "Дневен извештај",
        "weekly report": "Неделен извештај",
        "media advisory": "Најава за медиумите",
        "feature": "Репортажа",
        "story": "Приказна",
    },
    "ro": {
        "press release": "Comunicat de presă",
        "press statement": "Declarație de presă",
        "news": "Știri | Știre",
        "statement": "Declarație",
        "daily report": "Raport zilnic",
        "weekly report": "Raport săptămânal",
        "media advisory": "Anunț pentru presă",
        "feature": "Reportaj",
        "story": "Poveste",
    },
    "ka": {
        "press release": "პრესრელიზი | პრეს-რელიზი",
        "press statement": "განცხადება პრესისთვის",
        "news": "სიახლეები | ახალი ამბები",
        "statement": "განცხადება",
        "daily report": "ყოველდღიური ანგარიში",
        "weekly report": "ყოველკვირეული ანგარიში",
        "feature": "რეპორტაჟი",
        "story": "ისტორია",
    },
    "hy": {
        "press release": "Մամուլի հաղորդագրություն",
        "press statement": "Հայտարարություն մամուլի համար",
        "news": "Նորություններ | Լուր",
        "statement": "Հայտարարություն",
        "daily report": "Օրական զեկույց",
        "weekly report": "Շաբաթական զեկույց",
        "feature": "Ռեպորտաժ",
        "story": "Պատմություն",
    },
    "az": {
        "press release": "Mətbuat relizi | Press-reliz",
        "press statement": "Mətbuat bəyanatı",
        "news": "Xəbərlər | Xəbər",
        "statement": "Bəyanat",
        "daily report": "Gündəlik hesabat",
        "weekly report": "Həftəlik hesabat",
        "feature": "Reportaj",
        "story": "Hekayə",
    },
    "kk": {
        "press release": "Баспасөз релизі | Пресс-релиз",
        "press statement": "Баспасөз мәлімдемесі",
        "news": "Жаңалықтар | Жаңалық",
        "statement": "Мәлімдеме",
        "daily report": "Күнделікті есеп",
        "weekly report": "Апталық есеп",
        "feature": "Репортаж",
    },
    "ky": {
        "press release": "Пресс-релиз | Басма сөз релизи",
        "press statement": "Басма сөз үчүн билдирүү",
        "news": "Жаңылыктар | Жаңылык",
        "statement": "Билдирүү",
        "daily report": "Күнүмдүк отчет",
        "weekly report": "Жумалык отчет",
        "feature": "Репортаж",
    },
    "tg": {
        "press release": "Пресс-релиз | Иттилоот барои матбуот",
        "press statement": "Изҳорот барои матбуот",
        "news": "Хабарҳо | Хабар",
        "statement": "Изҳорот",
        "daily report": "Ҳисоботи ҳаррӯза",
        "weekly report": "Ҳисоботи ҳафтаина",
        "feature": "Репортаж",
        "story": "Ҳикоя",
    },
    "uz": {
        "press release": "Press-reliz | Пресс-релиз",
        "press statement": "Matbuot uchun bayonot | Матбуот учун баёнот",
        "news": "Yangiliklar | Yangilik | Янгиликлар | Янгилик",
        "statement": "Bayonot | Баёнот",
        "daily report": "Kundalik hisobot | Кундалик ҳисобот",
        "weekly report": "Haftalik hisobot | Ҳафталик ҳисобот",
        "feature": "Reportaj | Репортаж",
        "story": "Hikoya | Ҳикоя",
    },
    "tr": {
        "press release": "Basın bülteni",
        "press statement": "Basın açıklaması",
        "news": "Haberler | Haber",
        "statement": "Açıklama",
        "daily report": "Günlük rapor",
        "weekly report": "Haftalık rapor",
        "media advisory": "Medya duyurusu",
        "feature": "Röportaj",
        "story": "Hikâye | Hikaye",
    },
    "pl": {
        "press release": "Komunikat prasowy",
        "press statement": "Oświadczenie prasowe",
        "news": "Wiadomości | Aktualności",
        "statement": "Oświadczenie",
        "daily report": "Raport dzienny",
        "weekly report": "Raport tygodniowy",
        "media advisory": "Zapowiedź dla mediów",
        "feature": "Reportaż",
        "story": "Historia",
    },
}

# --- section words ---------------------------------------------------------------------------
# Headings that open a block that is not body text: section kind -> words, per language.

_SECTION_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "contacts": "Contacts | Contact | Media contact | Media contacts | Press contact",
        "related": "Related content | Related | Related news | See also",
        "share": "Share | Share this",
        "photo": "Photo details",
        "newsroom": "Newsroom",
    },
    "ru": {
        "contacts": "Контакты | Контактная информация | Контакты для СМИ",
        "related": "Материалы по теме | Похожие материалы | Связанные материалы | См. также",
        "share": "Поделиться",
        "photo": "Подробнее о фото | Информация о фото",
        "newsroom": "Пресс-центр",
    },
    "de": {
        "contacts": "Kontakt | Kontakte | Pressekontakt | Medienkontakt",
        "related": "Verwandte Inhalte | Ähnliche Inhalte | Siehe auch",
        "share": "Teilen",
        "photo": "Fotodetails | Bilddetails",
        "newsroom": "Newsroom | Pressebereich",
    },
    "fr": {
        "contacts": "Contacts | Contact | Contact presse",
        "related": "Contenu associé | Contenus associés | Voir aussi",
        "share": "Partager",
        "photo": "Détails de la photo",
        "newsroom": "Salle de presse",
    },
    "it": {
        "contacts": "Contatti | Contatto",
        "related": "Contenuti correlati | Vedi anche",
        "share": "Condividi",
        "photo": "Dettagli della foto | Dettagli foto",
        "newsroom": "Sala stampa",
    },
    "es": {
        "contacts": "Contactos | Contacto",
        "related": "Contenido relacionado | Véase también",
        "share": "Compartir",
        "photo": "Detalles de la foto",
        "newsroom": "Sala de prensa",
    },
    "uk": {
        "contacts": "Контакти | Контактна інформація",
        "related": "Пов'язані матеріали | Матеріали за темою | Див. також",
        "share": "Поділитися",
        "photo": "Деталі фото",
        "newsroom": "Прес-центр",
    },
    "sr": {
        "contacts": "Kontakti | Kontakt | Контакти | Контакт",
        "related": "Povezani sadržaj | Vidi takođe | Повезани садржај | Види такође",
        "share": "Podeli | Подели",
        "photo": "Detalji fotografije | Детаљи фотографије",
        "newsroom": "Pres centar | Прес центар",
    },
    "sq": {
        "contacts": "Kontaktet | Kontakt",
        "related": "Përmbajtje e ngjashme | Shih gjithashtu",
        "share": "Shpërndaj | Ndaj",
        "photo": "Detajet e fotos",
        "newsroom": "Qendra e shtypit",
    },
    "mk": {
        "contacts": "Контакти | Контакт",
        "related": "Поврзани содржини | Видете исто така",
        "share": "Сподели",
        "photo": "Детали за фотографијата",
        "newsroom": "Прес центар",
    },
    "ro": {
        "contacts": "Contacte | Contact",
        "related": "Conținut asociat | Vezi și",
        "share": "Distribuie",
        "photo": "Detalii fotografie",
        "newsroom": "Centrul de presă",
    },
    "ka": {
        "contacts": "კონტაქტები | კონტაქტი",
        "related": "დაკავშირებული მასალა | იხილეთ ასევე",
        "share": "გაზიარება",
        "photo": "ფოტოს დეტალები",
        "newsroom": "პრესცენტრი | პრეს-ცენტრი",
    },
    "hy": {
        "contacts": "Կոնտակտներ | Կապ",
        "related": "Առնչվող նյութեր | Տես նաև",
        "share": "Կիսվել",
        "photo": "Լուսանկարի մանրամասներ",
        "newsroom": "Մամուլի կենտրոն",
    },
    "az": {
        "contacts": "Əlaqə | Əlaqələr",
        "related": "Əlaqəli məzmun | Həmçinin bax",
        "share": "Paylaş",
        "photo": "Foto haqqında",
        "newsroom": "Mətbuat mərkəzi",
    },
    "kk": {
        "contacts": "Байланыс | Байланыстар",
        "related": "Қатысты материалдар | Сондай-ақ қараңыз",
        "share": "Бөлісу",
        "photo": "Фото туралы",
        "newsroom": "Баспасөз орталығы",
    },
    "ky": {
        "contacts": "Байланыштар | Байланыш",
        "related": "Тиешелүү материалдар | Ошондой эле караңыз",
        "share": "Бөлүшүү",
        "photo": "Сүрөт тууралуу",
        "newsroom": "Басма сөз борбору",
    },
    "tg": {
        "contacts": "Тамос | Тамосҳо",
        "related": "Маводи марбут | Инчунин нигаред",
        "share": "Мубодила",
        "photo": "Тафсилоти акс",
        "newsroom": "Маркази матбуот",
    },
    "uz": {
        "contacts": "Aloqa | Kontaktlar | Алоқа | Контактлар",
        "related": "Bog'liq materiallar | Shuningdek qarang | Боғлиқ материаллар"
        " | Шунингдек қаранг",
        "share": "Ulashish | Улашиш",
        "photo": "Rasm tafsilotlari | Расм тафсилотлари",
        "newsroom": "Matbuot markazi | Матбуот маркази",
    },
    "tr": {
        "contacts": "İletişim",
        "related": "İlgili içerik | Ayrıca bakınız",
        "share": "Paylaş",
        "photo": "Fotoğraf ayrıntıları",
        "newsroom": "Basın odası",
    },
    "pl": {
        "contacts": "Kontakty | Kontakt",
        "related": "Powiązane treści | Zobacz też | Zobacz także",
        "share": "Udostępnij",
        "photo": "Szczegóły zdjęcia",
        "newsroom": "Biuro prasowe",
    },
}

# --- month names -----------------------------------------------------------------------------
# Twelve entries per language, January first; each lists the month's forms separated by spaces:
# nominative, genitive or other case forms a date uses, abbreviations (without their dot).

_MONTH_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "january jan",
        "february feb",
        "march mar",
        "april apr",
        "may",
        "june jun",
        "july jul",
        "august aug",
        "september sep sept",
        "october oct",
        "november nov",
        "december dec",
    ),
    "ru": (
        "январь января янв",
        "февраль февраля фев февр",
        "март марта мар",
        "апрель апреля апр",
        "май мая",
        "июнь июня июн",
        "июль июля июл",
        "август августа авг",
        "сентябрь сентября сен сент",
        "октябрь октября окт",
        "ноябрь ноября ноя нояб",
        "декабрь декабря дек",
    ),
    "de": (
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
    ),
    "fr": (
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
    ),
    "it": (
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
    ),
    "es": (
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
    ),
    "uk": (
        "січень січня січ",
        "лютий лютого лют",
        "березень березня бер",
        "квітень квітня квіт",
        "травень травня трав",
        "червень червня черв",
        "липень липня лип",
        "серпень серпня серп",
        "вересень вересня вер",
        "жовтень жовтня жовт",
        "листопад листопада лист",
        "грудень грудня груд",
    ),
    "sr": (  # Latin and Cyrillic, nominative and genitive ("4. septembra 2008.")
        "januar januara јануар јануара jan јан",
        "februar februara фебруар фебруара feb феб",
        "mart marta март марта mar мар",
        "april aprila април априла apr апр",
        "maj maja мај маја",
        "jun juna јун јуна",
        "jul jula јул јула",
        "avgust avgusta август августа avg авг",
        "septembar septembra септембар септембра sep сеп",
        "oktobar oktobra октобар октобра okt окт",
        "novembar novembra новембар новембра nov нов",
        "decembar decembra децембар децембра dec дец",
    ),
    "sq": (
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
    ),
    "mk": (
        "јануари јан",
        "февруари фев",
        "март мар",
        "април апр",
        "мај",
        "јуни јун",
        "јули јул",
        "август авг",
        "септември сеп септ",
        "октомври окт",
        "ноември ное ноем",
        "декември дек",
    ),
    "ro": (
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
    ),
    "ka": (  # nominative, dative, genitive
        "იანვარი იანვარს იანვრის იან",
        "თებერვალი თებერვალს თებერვლის თებ",
        "მარტი მარტს მარტის მარ",
        "აპრილი აპრილს აპრილის აპრ",
        "მაისი მაისს მაისის მაი",
        "ივნისი ივნისს ივნისის ივნ",
        "ივლისი ივლისს ივლისის ივლ",
        "აგვისტო აგვისტოს აგვ",
        "სექტემბერი სექტემბერს სექტემბრის სექ",
        "ოქტომბერი ოქტომბერს ოქტომბრის ოქტ",
        "ნოემბერი ნოემბერს ნოემბრის ნოე",
        "დეკემბერი დეკემბერს დეკემბრის დეკ",
    ),
    "hy": (  # nominative, genitive
        "հունվար հունվարի հնվ",
        "փետրվար փետրվարի փտվ",
        "մարտ մարտի մրտ",
        "ապրիլ ապրիլի ապր",
        "մայիս մայիսի մյս",
        "հունիս հունիսի հնս",
        "հուլիս հուլիսի հլս",
        "օգոստոս օգոստոսի օգս",
        "սեպտեմբեր սեպտեմբերի սեպ",
        "հոկտեմբեր հոկտեմբերի հոկ",
        "նոյեմբեր նոյեմբերի նոյ",
        "դեկտեմբեր դեկտեմբերի դեկ",
    ),
    "az": (
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
    ),
    "kk": (
        "қаңтар қаң",
        "ақпан ақп",
        "наурыз нау",
        "сәуір сәу",
        "мамыр мам",
        "маусым мау",
        "шілде шіл",
        "тамыз там",
        "қыркүйек қыр",
        "қазан қаз",
        "қараша қар",
        "желтоқсан жел",
    ),
    "ky": (
        "январь янв",
        "февраль фев",
        "март мар",
        "апрель апр",
        "май",
        "июнь июн",
        "июль июл",
        "август авг",
        "сентябрь сен",
        "октябрь окт",
        "ноябрь ноя",
        "декабрь дек",
    ),
    "tg": (  # plain and with the izafat ending ("4 сентябри соли 2008")
        "январ январи янв",
        "феврал феврали фев",
        "март марти мар",
        "апрел апрели апр",
        "май майи",
        "июн июни",
        "июл июли",
        "август августи авг",
        "сентябр сентябри сен",
        "октябр октябри окт",
        "ноябр ноябри ноя",
        "декабр декабри дек",
    ),
    "uz": (  # Latin and Cyrillic
        "yanvar январь январ yan янв",
        "fevral февраль феврал fev фев",
        "mart март mar мар",
        "aprel апрель апрел apr апр",
        "may май",
        "iyun июнь июн iyn",
        "iyul июль июл iyl",
        "avgust август avg авг",
        "sentabr sentyabr сентябрь сентябр sen сен",
        "oktabr oktyabr октябрь октябр okt окт",
        "noyabr ноябрь ноябр noy ноя",
        "dekabr декабрь декабр dek дек",
    ),
    "tr": (
        "ocak oca",
        "şubat şub",
        "mart mar",
        "nisan nis",
        "mayıs may",
        "haziran haz",
        "temmuz tem",
        "ağustos ağu",
        "eylül eyl",
        "ekim eki",
        "kasım kas",
        "aralık ara",
    ),
    "pl": (  # also without diacritics, as in slugs and plain-text copies
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
    ),
}

# Words written next to the year when it comes first ("2008 წლის 4 სექტემბერი",
# "2008 жылғы 4 қыркүйек", "2008 թ. սեպտեմբերի 4", "2008-ci il 4 sentyabr"), per language.
YEAR_WORDS: dict[str, tuple[str, ...]] = {
    "ru": ("года", "г"),
    "uk": ("року", "р"),
    "pl": ("roku", "r"),
    "sr": ("godine", "године"),
    "mk": ("година",),
    "ka": ("წლის", "წ"),
    "hy": ("թվականի", "թվականին", "թ"),
    "az": ("ci il", "cı il", "cu il", "cü il", "ilin", "il"),
    "kk": ("жылғы", "жылы", "ж"),
    "ky": ("жылдын", "жылы", "ж"),
    "tg": ("соли", "с"),
    "uz": ("yilning", "yil", "y", "йилнинг", "йил", "й"),
    "tr": ("yılının", "yılı"),
}

# Words between a date's parts ("4 de septiembre de 2008", "4th of September 2008",
# "4 сентябри соли 2008"), per language.
LINK_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("of",),
    "es": ("de", "del"),
    "tg": ("соли",),
}


# --- building the tables ---------------------------------------------------------------------

_T = TypeVar("_T")


def _keys(word: str) -> set[str]:
    """The look-up keys of one written word: folded, and plainly case-folded for callers that
    only case-fold."""
    return {fold(word), word.casefold()}


def _add(table: dict[str, _T], word: str, meaning: _T) -> None:
    for key in _keys(word):
        if table.setdefault(key, meaning) != meaning:
            raise ValueError(f"{word!r} means both {table[key]!r} and {meaning!r}")


def _invert(words: dict[str, str]) -> dict[str, str]:
    """``{meaning: "A | B"}`` -> ``{key(A): meaning, key(B): meaning}``."""
    table: dict[str, str] = {}
    for meaning, written in words.items():
        for word in written.split("|"):
            _add(table, word.strip(), meaning)
    return table


def _months(names: tuple[str, ...]) -> dict[str, int]:
    """Twelve ``"form form …"`` entries -> ``{key(form): month number}``."""
    table: dict[str, int] = {}
    for number, forms in enumerate(names, start=1):
        for form in forms.split():
            _add(table, form, number)
    return table


# Metadata label (folded, no colon) -> field name.
FIELD_LABELS: dict[str, dict[str, str]] = {
    lang: _invert(words) for lang, words in _FIELD_WORDS.items()
}
# Content type as shown (folded) -> canonical English type ("пресс-релиз" -> "press release").
CONTENT_TYPES: dict[str, dict[str, str]] = {
    lang: _invert(words) for lang, words in _TYPE_WORDS.items()
}
# Word that opens a block that is not body text -> "contacts", "related", "share", "photo", ...
SECTION_WORDS: dict[str, dict[str, str]] = {
    lang: _invert(words) for lang, words in _SECTION_WORDS.items()
}
# Month name or abbreviation (folded, no dot) -> month number.
MONTHS: dict[str, dict[str, int]] = {lang: _months(names) for lang, names in _MONTH_WORDS.items()}
# Languages whose metadata labels we can read.
LABEL_LANGUAGES: frozenset[str] = frozenset(FIELD_LABELS)


def has_labels(language: str | None) -> bool:
    """True if the labels of ``language`` are known (False: only structure can be read)."""
    return base_language(language) in LABEL_LANGUAGES


def label_key(word: str, table: dict[str, dict[str, str]], language: str | None) -> str | None:
    """Look ``word`` (colon stripped) up in ``table`` for ``language``, falling back to
    English."""
    key = fold(word)
    lang = base_language(language)
    found = table.get(lang, {}).get(key)
    if found is None and lang != "en":
        found = table["en"].get(key)
    return found


def content_type_key(text: str, language: str | None) -> str | None:
    """The canonical type of a content-type label as shown ("Пресс-релиз" -> "press release")."""
    return label_key(text.strip(), CONTENT_TYPES, language)


# --- direct speech ---------------------------------------------------------------------------
# The words that attribute a quote to its speaker, per language (read by :mod:`quotes` and
# :mod:`people`). Kinds:
#   "verbs"       speech verbs as written next to a quote, before it ("X said: «…»") and after it
#                 ("«…», said X"); "after" and "before" hold those written on one side only.
#   "lead"        words that may open an attribution after a quote ("deyə X bildirib").
#   "according"   "according to" before a speaker's name.
#   "pronouns"    subject pronouns; one alone refers to anyone.
#   "titles"      words written before a name as a title or role (lower-case; case forms listed).
#   "female", "male"  titles that tell the holder's gender (they count as titles too).
#   "honorifics"  words dropped from a name ("пан", "gospođa").
#   "orgs"        words of institutions that end a name ("Misije", "Biura"), lower-case.
#   "aux"         auxiliaries and adverbs between a speaker and the verb ("je", "також").
#   "title stems" for a script without capitals: a title is any word starting with one of these.
#   "traits"      "drop": an attribution may leave out its subject ("„…“, rekla je.");
#                 "verb-final": the speaker is often named before the quote and the verb after
#                 it ("X, “…” dedi."); "caseless": the script has no capital letters.
# "verbs", "after", "before", "lead" and "according" are "|"-separated phrases; the other kinds
# are space-separated words. "a/b" gives a man's and a woman's form: a past-tense verb or a
# pronoun that shows the speaker's gender ("сказав/сказала", "on/ona").

SPEECH_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "verbs": "said | says | added | noted | stressed | emphasized | emphasised | underlined"
        " | underscored | affirmed | reaffirmed | highlighted | concluded | went on | told | wrote"
        " | urged | called | stated | explained | pointed out | declared | warned | observed"
        " | remarked | reiterated | recalled | commented | continued | asked | acknowledged"
        " | announced | insisted | argued | assured | replied | summarized | summarised | admitted",
        "after": "adds | notes | stresses | emphasizes | emphasises | underlines | underscores"
        " | affirms | reaffirms | highlights | concludes | goes on | tells | writes | urges | calls"
        " | explains | points out | declares | warns | reiterates | recalls | continues | asks"
        " | insists | argues | responded | summed up | mentioned | suggested | cautioned"
        " | confirmed | maintained | proclaimed | clarified | observes | remarks | comments",
        "before": "expressed | reminded | promised | encouraged | appealed | pledged | vowed",
        "according": "according to",
        "pronouns": "he/she",
    },
    "de": {
        "verbs": "sagte | sagt | erklärte | erklärt | betonte | betont | fügte | ergänzte"
        " | unterstrich | meinte | hob | bekräftigte | schrieb | forderte | warnte | merkte"
        " | stellte | versicherte | mahnte | appellierte | so",
        "according": "laut",
        "pronouns": "er/sie",
        "titles": "botschafter botschafterin außenminister außenministerin ministerin präsident"
        " präsidentin generalsekretär generalsekretärin leiter leiterin direktor direktorin"
        " vorsitzender vorsitzende sonderbeauftragter sonderbeauftragte beauftragter beauftragte",
    },
    "fr": {
        "verbs": "a déclaré | a dit | a affirmé | a souligné | a ajouté | a précisé | a indiqué"
        " | a rappelé | a estimé | a expliqué | a insisté | a conclu | a noté | a observé"
        " | a averti | a écrit | a appelé | a martelé | a poursuivi | a relevé | a assuré"
        " | a-t-il déclaré | a-t-il dit | a-t-il affirmé | a-t-il souligné | a-t-il ajouté"
        " | a-t-il précisé | a-t-il indiqué | a-t-il rappelé | a-t-il estimé | a-t-il expliqué"
        " | a-t-il insisté | a-t-il conclu | a-t-il noté | a-t-il observé | a-t-il averti"
        " | a-t-il écrit | a-t-il appelé | a-t-il martelé | a-t-il poursuivi | a-t-il relevé"
        " | a-t-il assuré | a-t-elle déclaré | a-t-elle dit | a-t-elle affirmé"
        " | a-t-elle souligné | a-t-elle ajouté | a-t-elle précisé | a-t-elle indiqué"
        " | a-t-elle rappelé | a-t-elle estimé | a-t-elle expliqué | a-t-elle insisté"
        " | a-t-elle conclu | a-t-elle noté | a-t-elle observé | a-t-elle averti"
        " | a-t-elle écrit | a-t-elle appelé | a-t-elle martelé | a-t-elle poursuivi"
        " | a-t-elle relevé | a-t-elle assuré | déclare | dit | affirme | souligne | ajoute"
        " | précise | indique | rappelle | estime | explique | insiste | conclut | poursuit",
        "according": "selon | d'après",
        "pronouns": "il/elle",
        "titles": "ambassadeur ambassadrice ministre présidente secrétaire directeur directrice"
        " représentant représentante coordinateur coordinatrice",
    },
    "ru": {
        "verbs": "сказал/сказала | заявил/заявила | отметил/отметила | подчеркнул/подчеркнула"
        " | добавил/добавила | пояснил/пояснила | сообщил/сообщила | указал/указала"
        " | написал/написала | призвал/призвала | констатировал/констатировала"
        " | заключил/заключила | считает | говорит | отмечает | подчеркивает",
        "according": "по словам",
        "pronouns": "он/она",
        "titles": "посол министр глава председатель президент директор координатор"
        " представитель генсек руководитель спецпредставитель заместитель генеральный секретарь"
        " верховный комиссар",
        "traits": "drop",
    },
    "it": {
        "verbs": "ha detto | ha dichiarato | ha affermato | ha sottolineato | ha aggiunto"
        " | ha spiegato | ha osservato | ha concluso | dice | afferma | sottolinea | aggiunge",
        "according": "secondo",
        "pronouns": "lui/lei egli/ella",
        "titles": "ambasciatore ambasciatrice ministro direttore direttrice rappresentante capo"
        " segretario",
        "traits": "drop",
    },
    "es": {
        "verbs": "dijo | afirmó | declaró | señaló | subrayó | añadió | agregó | destacó | explicó"
        " | indicó | concluyó | manifestó | aseguró | dice | afirma | señala",
        "according": "según",
        "pronouns": "él/ella",
        "titles": "embajador embajadora ministro ministra presidente presidenta director directora"
        " representante jefe jefa secretario secretaria",
        "traits": "drop",
    },
    "hu": {
        "verbs": "mondta | tette hozzá | hangsúlyozta | jelentette ki | emelte ki | fogalmazott"
        " | közölte | írta | fejtette ki | mutatott rá | szögezte le",
        "pronouns": "ő",
        "titles": "nagykövet miniszter elnök igazgató képviselő főtitkár vezető",
        "traits": "drop",
    },
    "uk": {
        "verbs": "сказав/сказала | заявив/заявила | зазначив/зазначила | наголосив/наголосила"
        " | підкреслив/підкреслила | додав/додала | пояснив/пояснила | повідомив/повідомила"
        " | відзначив/відзначила | вказав/вказала | закликав/закликала | написав/написала"
        " | констатував/констатувала | підсумував/підсумувала | запевнив/запевнила"
        " | нагадав/нагадала | зауважив/зауважила | каже | зазначає | наголошує | підкреслює",
        "according": "за словами",
        "pronouns": "він/вона",
        "titles": "посол посла послом голова голови головою керівник керівника керівником"
        " представник представника спецпредставник міністр міністра директор директора"
        " координатор координатора секретар секретаря генеральний генсек президент президента"
        " заступник заступника речник радник комісар спостерігач",
        "female": "керівниця керівниці представниця представниці спецпредставниця директорка"
        " координаторка заступниця речниця радниця",
        "honorifics": "пан/пані",
        "aux": "також",
        "orgs": "місія місії місію офіс офісу бюро центр центру організація організації рада ради"
        " міністерство міністерства республіки комітет комітету секретаріат секретаріату асамблея"
        " асамблеї інституцій",
        "traits": "drop",
    },
    "sr": {
        "verbs": "rekao/rekla | izjavio/izjavila | istakao/istakla | naglasio/naglasila"
        " | dodao/dodala | kazao/kazala | ocenio/ocenila | ocijenio/ocijenila | poručio/poručila"
        " | naveo/navela | podsetio/podsetila | podsjetio/podsjetila | objasnio/objasnila"
        " | pozvao/pozvala | zaključio/zaključila | napomenuo/napomenula | kaže | ističe | navodi"
        " | naglašava | рекао/рекла | изјавио/изјавила | истакао/истакла | нагласио/нагласила"
        " | додао/додала | казао/казала | оценио/оценила | оцијенио/оцијенила"
        " | поручио/поручила | навео/навела | подсетио/подсетила | подсјетио/подсјетила"
        " | објаснио/објаснила | позвао/позвала | закључио/закључила | напоменуо/напоменула"
        " | каже | истиче | наводи | наглашава",
        "according": "prema rečima | према речима",
        "pronouns": "on/ona он/она",
        "titles": "ambasador ambasadora šef šefa predsednik predsjednik predsednika ministar"
        " ministra direktor direktora koordinator koordinatora predstavnik predstavnika zamenik"
        " zamjenik generalni specijalni specijalna portparol savetnik savjetnik komesar"
        " амбасадор амбасадора шеф шефа председник председника предсједник министар министра"
        " директор директора координатор координатора представник представника заменик"
        " замјеник генерални специјални специјална портпарол саветник савјетник комесар",
        "female": "ambasadorka ambasadorke šefica šefice predsednica predsjednica ministarka"
        " direktorka koordinatorka predstavnica zamenica zamjenica portparolka savetnica"
        " savjetnica амбасадорка амбасадорке шефица шефице председница предсједница министарка"
        " директорка координаторка представница заменица замјеница портпаролка саветница",
        "honorifics": "gospodin/gospođa господин/госпођа",
        "aux": "je је takođe također такође",
        "orgs": "misija misije misiji kancelarija kancelarije centar centra biro organizacija"
        " organizacije savet saveta ministarstvo ministarstva republike komitet komiteta"
        " sekretarijat sekretarijata skupština skupštine institucija institucije мисија мисије"
        " мисији канцеларија канцеларије центар центра организација организације савет савета"
        " министарство министарства републике скупштина скупштине",
        "traits": "drop",
    },
    "pl": {
        "verbs": "powiedział/powiedziała | stwierdził/stwierdziła | podkreślił/podkreśliła"
        " | zaznaczył/zaznaczyła | dodał/dodała | oświadczył/oświadczyła | zauważył/zauważyła"
        " | wyjaśnił/wyjaśniła | przypomniał/przypomniała | zaapelował/zaapelowała"
        " | napisał/napisała | ocenił/oceniła | mówił/mówiła | przekonywał/przekonywała"
        " | podsumował/podsumowała | wskazał/wskazała | zapewnił/zapewniła | mówi | podkreśla"
        " | zaznacza | twierdzi | dodaje",
        "according": "według",
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
        "traits": "drop",
    },
    "mk": {
        "verbs": "изјави | рече | истакна | нагласи | додаде | посочи | објасни | порача | оцени"
        " | потенцираше | напомена | заклучи | повика | рекол/рекла | изјавил/изјавила"
        " | истакнал/истакнала | нагласил/нагласила | вели | истакнува | смета",
        "according": "според",
        "pronouns": "тој/таа",
        "titles": "амбасадор амбасадорот шеф шефот министер министерот претседател"
        " претседателот директор директорот координатор координаторот претставник"
        " претставникот заменик генерален генералниот специјален специјалниот портпарол"
        " советник",
        "female": "амбасадорка амбасадорката шефица шефицата министерка министерката"
        " претседателка претседателката директорка директорката координаторка претставничка"
        " претставничката советничка",
        "honorifics": "господин/госпоѓа",
        "orgs": "мисија мисијата канцеларија канцеларијата центар центарот организација"
        " организацијата совет министерство министерството република собрание",
        "traits": "drop",
    },
    "ro": {
        "verbs": "a spus | a declarat | a subliniat | a adăugat | a afirmat | a precizat"
        " | a menționat | a menţionat | a explicat | a arătat | a evidențiat | a evidenţiat"
        " | a amintit | a concluzionat | a apreciat | a insistat | a îndemnat | a scris"
        " | a mai spus | a mai adăugat | a mai declarat | a mai subliniat | spune | declară"
        " | subliniază | afirmă | consideră",
        "according": "potrivit lui | potrivit | conform",
        "pronouns": "el/ea",
        "titles": "ambasadorul ambasador ministrul ministru șeful şeful șef şef președintele"
        " preşedintele președinte preşedinte directorul director coordonatorul coordonator"
        " reprezentantul reprezentant secretarul secretar adjunctul adjunct special general"
        " comisarul",
        "female": "ambasadoarea ambasadoare ministra șefa şefa președinta preşedinta directoarea"
        " coordonatoarea reprezentanta reprezentantă secretara adjuncta",
        "honorifics": "domnul/doamna domnului/doamnei",
        "orgs": "misiunea misiunii misiune biroul biroului centrul centrului organizația"
        " organizației organizaţia organizaţiei consiliul consiliului ministerul ministerului"
        " republica republicii comitetul secretariatul adunarea",
        "traits": "drop",
    },
    "sq": {
        "verbs": "tha | deklaroi | theksoi | shtoi | nënvizoi | u shpreh | vuri në dukje"
        " | pohoi | shpjegoi | kujtoi | përfundoi | bëri thirrje | shkroi | ka thënë"
        " | ka deklaruar | ka theksuar | thotë | deklaron | thekson | nënvizon",
        "according": "sipas",
        "pronouns": "ai/ajo",
        "titles": "ambasador ambasadori ambasadorit shef shefi shefit kreu kryetar kryetari"
        " ministër ministri ministrit drejtor drejtori drejtorit koordinator koordinatori"
        " përfaqësues përfaqësuesi përfaqësuesit sekretar sekretari zëvendës zëvendësshefi"
        " zëdhënës zëdhënësi posaçëm",
        "female": "ambasadorja ambasadore shefja shefe kryetarja ministrja ministre drejtoresha"
        " drejtore koordinatorja përfaqësuesja përfaqësuese sekretarja zëdhënësja",
        "honorifics": "zoti/zonja",
        "orgs": "misioni misionit prezenca prezencës zyra zyrës qendra qendrës organizata"
        " organizatës këshilli këshillit ministria ministrisë republika republikës kuvendi"
        " kuvendit",
        "traits": "drop",
    },
    "tr": {
        "verbs": "dedi | söyledi | belirtti | vurguladı | ekledi | kaydetti | açıkladı"
        " | ifade etti",
        "after": "diye konuştu | diye ekledi | diye vurguladı | diye belirtti | diye kaydetti"
        " | diye açıkladı | diye uyardı | diye çağrıda bulundu | şeklinde konuştu"
        " | ifadesini kullandı | ifadelerini kullandı",
        "before": "şunları söyledi | şöyle dedi | dedi ki",
        "pronouns": "o",
        "titles": "büyükelçi büyükelçisi bakan bakanı başkan başkanı genel sekreter sekreteri"
        " temsilci temsilcisi direktör direktörü müdür müdürü koordinatör koordinatörü"
        " sözcü sözcüsü yardımcısı özel dışişleri cumhurbaşkanı başbakan şefi",
        "honorifics": "bay/bayan sayın",
        "orgs": "misyon misyonu ofis ofisi merkez merkezi teşkilatı örgütü konsey konseyi"
        " bakanlığı cumhuriyeti meclisi sekreterliği kurumu",
        "traits": "drop verb-final",
    },
    "az": {
        "verbs": "deyib | bildirib | qeyd edib | vurğulayıb | əlavə edib | söyləyib | dedi"
        " | bildirdi | qeyd etdi | vurğuladı | əlavə etdi | söylədi",
        "lead": "deyə",
        "pronouns": "o",
        "titles": "səfir səfiri nazir naziri katib katibi baş rəhbər rəhbəri rəhbəri sədr sədri"
        " direktor direktoru koordinator koordinatoru nümayəndə nümayəndəsi xüsusi müavin"
        " müavini prezident prezidenti sözçü sözçüsü",
        "honorifics": "cənab/xanım",
        "orgs": "missiya missiyası ofis ofisi mərkəz mərkəzi təşkilatı şurası nazirliyi"
        " respublikası məclisi katibliyi",
        "traits": "drop verb-final",
    },
    "kk": {
        "verbs": "деді | атап өтті | мәлімдеді | атап көрсетті | қосты | түйіндеді | баса айтты"
        " | айтты | жазды | хабарлады | сендірді | дейді",
        "lead": "деп",
        "pronouns": "ол",
        "titles": "хатшы хатшысы елші елшісі министр министрі басшы басшысы төраға төрағасы"
        " директор директоры үйлестіруші үйлестірушісі өкіл өкілі арнайы бас орынбасары"
        " президент президенті",
        "honorifics": "мырза/ханым",
        "orgs": "миссия миссиясы кеңсе кеңсесі орталық орталығы ұйым ұйымы кеңесі министрлігі"
        " республикасы мәжілісі хатшылығы",
        "traits": "drop verb-final",
    },
    "ky": {
        "verbs": "деди | белгиледи | билдирди | кошумчалады | баса белгиледи | айтты | жазды"
        " | белгилеп өттү | дейт",
        "lead": "деп",
        "pronouns": "ал",
        "titles": "башчы башчысы элчи элчиси министр министри төрага төрагасы директор"
        " директору координатор координатору өкүл өкүлү атайын башкы орун басары президент"
        " президенти",
        "honorifics": "мырза/айым",
        "orgs": "миссия миссиясы кеңсе кеңсеси борбор борбору уюм уюму кеңеши министрлиги"
        " республикасы",
        "traits": "drop verb-final",
    },
    "tg": {
        "verbs": "гуфт | қайд кард | изҳор дошт | таъкид кард | илова кард | иброз дошт"
        " | хотирнишон кард | мегӯяд | менависад",
        "pronouns": "ӯ вай",
        "titles": "сафир сафири вазир вазири сардор сардори роҳбар роҳбари раис раиси директор"
        " директори ҳамоҳангсоз ҳамоҳангсози намоянда намояндаи махсус котиб котиби генералӣ"
        " муовин муовини президент президенти",
        "honorifics": "ҷаноб/хонум",
        "orgs": "миссия миссияи дафтар дафтари марказ маркази созмон созмони шӯрои вазорат"
        " вазорати ҷумҳурии",
        "traits": "drop verb-final",
    },
    "uz": {
        "verbs": "dedi | ta'kidladi | qo'shimcha qildi | qayd etdi | bildirdi | aytdi"
        " | ma'lum qildi | деди | таъкидлади | қўшимча қилди | қайд этди | билдирди | айтди"
        " | маълум қилди",
        "lead": "deya | deb | дея | деб",
        "pronouns": "u у",
        "titles": "elchi elchisi vazir vaziri rahbar rahbari rais raisi direktor direktori"
        " koordinator koordinatori vakil vakili maxsus bosh kotib kotibi o'rinbosari prezident"
        " prezidenti элчи элчиси вазир вазири раҳбар раҳбари раис раиси директор директори"
        " координатор координатори вакил вакили махсус бош котиб котиби ўринбосари президент"
        " президенти",
        "honorifics": "janob/xonim жаноб/хоним",
        "orgs": "missiya missiyasi ofis ofisi markaz markazi tashkilot tashkiloti kengashi"
        " vazirligi respublikasi миссия миссияси офис офиси марказ маркази ташкилот ташкилоти"
        " кенгаши вазирлиги республикаси",
        "traits": "drop verb-final",
    },
    "ka": {
        "verbs": "განაცხადა | აღნიშნა | თქვა | დასძინა | ხაზგასმით აღნიშნა | ხაზი გაუსვა"
        " | განმარტა | მიუთითა | დაამატა | მოუწოდა | შენიშნა | დაწერა | ამბობს | აცხადებს"
        " | აღნიშნავს",
        "pronouns": "მან ის",
        "title stems": "ელჩ მინისტრ მდივან ხელმძღვანელ თავმჯდომარ წარმომადგენ დირექტორ"
        " კოორდინატორ მეთაურ პრეზიდენტ მოადგილ უფროს სპეციალურ გენერალურ ბატონ ქალბატონ",
        "traits": "drop verb-final caseless",
    },
    "hy": {
        "verbs": "ասաց | նշեց | հայտարարեց | ընդգծեց | ավելացրեց | շեշտեց | հավելեց | նկատեց"
        " | պարզաբանեց | հորդորեց | եզրափակեց | ասել է | նշել է | հայտարարել է | ընդգծել է"
        " | ավելացրել է | շեշտել է | հավելել է | ասում է | նշում է",
        "pronouns": "նա",
        "titles": "դեսպան դեսպանը նախարար նախարարը ղեկավար ղեկավարը քարտուղար քարտուղարը"
        " գլխավոր տնօրեն տնօրենը համակարգող համակարգողը ներկայացուցիչ ներկայացուցիչը հատուկ"
        " նախագահ նախագահը տեղակալ տեղակալը",
        "honorifics": "պարոն/տիկին",
        "orgs": "առաքելություն առաքելության գրասենյակ գրասենյակի կենտրոն կենտրոնի"
        " կազմակերպություն կազմակերպության խորհուրդ խորհրդի նախարարություն նախարարության"
        " հանրապետություն հանրապետության",
        "traits": "drop verb-final",
    },
}

__all__ += ["SPEECH_WORDS"]
