"""Uzbek (Latin and Cyrillic) (uz): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

LABELS = {
    "date": "Sana | E'lon qilingan sana | Сана | Эълон қилинган сана",
    "place": "Joy | Joyi | Жой | Жойи",
    "sources": "Manba | Manbalar | Biz qayerdamiz | Tuzilma | Tuzilmalar | Манба | Манбалар"
    " | Биз қаердамиз | Тузилма | Тузилмалар",
    "fields_of_work": "Faoliyat sohalari | Faoliyat sohasi | Faoliyat yoʻnalishlari"
    " | Faoliyat yoʻnalishi | Biz nima qilamiz"
    " | Фаолият соҳалари | Фаолият соҳаси | Биз нима қиламиз",
    "content_type": "Material turi | Kontent turi | Материал тури | Контент тури",
}

CONTENT_TYPES = {
    "press release": "Press-reliz | Matbuot relizi | Пресс-релиз | Матбуот релизи",
    "press statement": "Matbuot uchun bayonot | Матбуот учун баёнот",
    "news": "Yangiliklar | Yangilik | Янгиликлар | Янгилик",
    "statement": "Bayonot | Баёнот",
    "daily report": "Kundalik hisobot | Кундалик ҳисобот",
    "weekly report": "Haftalik hisobot | Ҳафталик ҳисобот",
    "feature": "Reportaj | Репортаж",
    "story": "Hikoya | Ҳикоя",
}

SECTIONS = {
    "contacts": "Aloqa | Kontaktlar | Алоқа | Контактлар",
    "related": "Bog'liq materiallar | Shuningdek qarang | Боғлиқ материаллар | Шунингдек қаранг",
    "share": "Ulashish | Улашиш",
    "photo": "Rasm tafsilotlari | Расм тафсилотлари",
    "newsroom": "Matbuot markazi | Матбуот маркази",
    "contact line": "Qo‘shimcha ma’lumot uchun | Qo'shimcha ma'lumot uchun | Қўшимча маълумот учун",
}

# Latin and Cyrillic
MONTHS = (
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
)

YEAR_WORDS = (
    "yilning",
    "yil",
    "y",
    "йилнинг",
    "йил",
    "й",
)

SPEECH = {
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
    "orgs": "missiya missiyasi ofis ofisi markaz markazi tashkilot tashkiloti kengashi vazirligi"
    " respublikasi миссия миссияси офис офиси марказ маркази ташкилот ташкилоти кенгаши вазирлиги"
    " республикаси",
    "traits": "drop verb-final",
}
