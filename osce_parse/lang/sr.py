"""Serbian (sr; Latin and Cyrillic, also read for Bosnian, Croatian and Montenegrin): the words
osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

LABELS = {
    "date": "Datum | Datum objavljivanja | Datum objave | Датум | Датум објављивања",
    "place": "Mesto | Mjesto | Место | Мјесто",
    "sources": "Izvor | Izvori | Gde radimo | Gdje radimo | Gde se nalazimo | Gdje se nalazimo"
    " | Struktura | Извор | Извори | Где радимо"
    " | Гдје радимо | Структура",
    "fields_of_work": "Oblasti rada | Područja rada | Šta radimo | Čime se bavimo | Teme"
    " | Области рада | Шта радимо"
    " | Теме",
    "content_type": "Vrsta sadržaja | Tip sadržaja | Врста садржаја | Тип садржаја",
}

CONTENT_TYPES = {
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
}

OTHER_TYPES = (
    "Dokument | Publikacija | Događaj | Stranica | Video | Документ | Публикација | Догађај"
)

SECTIONS = {
    "contacts": "Kontakti | Kontakt | Контакти | Контакт",
    "related": "Povezani sadržaj | Vidi takođe | Повезани садржај | Види такође",
    "share": "Podeli | Подели",
    "photo": "Detalji fotografije | Детаљи фотографије",
    "newsroom": "Pres centar | Прес центар",
    "contact line": "Za više informacija | Za dodatne informacije | За више информација"
    " | За додатне информације",
}

# Latin and Cyrillic, nominative and genitive ("4. septembra 2008.")
MONTHS = (
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
)

YEAR_WORDS = (
    "godine",
    "године",
)

SPEECH = {
    "verbs": "rekao/rekla | izjavio/izjavila | istakao/istakla | naglasio/naglasila"
    " | dodao/dodala | kazao/kazala | ocenio/ocenila | ocijenio/ocijenila | poručio/poručila"
    " | naveo/navela | podsetio/podsetila | podsjetio/podsjetila | objasnio/objasnila"
    " | pozvao/pozvala | zaključio/zaključila | napomenuo/napomenula | kaže | ističe | navodi"
    " | naglašava | рекао/рекла | изјавио/изјавила | истакао/истакла | нагласио/нагласила"
    " | додао/додала | казао/казала | оценио/оценила | оцијенио/оцијенила | поручио/поручила"
    " | навео/навела | подсетио/подсетила | подсјетио/подсјетила | објаснио/објаснила"
    " | позвао/позвала | закључио/закључила | напоменуо/напоменула | каже | истиче | наводи"
    " | наглашава"
    " | rekli su | izjavili su | istakli su | istaknuli su | naglasili su | dodali su"
    " | рекли су | изјавили су | истакли су | нагласили су | додали су"
    " | najavio/najavila | obećao/obećala | upozorio/upozorila | odgovorio/odgovorila"
    " | priznao/priznala | најавио/најавила | обећао/обећала | упозорио/упозорила"
    " | одговорио/одговорила",
    "according": "prema rečima | prema riječima | према речима | према ријечима",
    "with words": "sa s",
    "head words": "šef šefica šefa šefice predvođena predvođen шеф шефица",
    "naming verbs": "nazvao je/nazvala je | opisao je/opisala je | назвао је/назвала је",
    "as": "kako je istakao | kako je istakla | kako je istaknuo | kako je istaknula"
    " | kako je rekao | kako je rekla | kako je naglasio | kako je naglasila"
    " | kako je izjavio | kako je izjavila | kako je objasnio | kako je objasnila"
    " | како је истакао | како је истакла | како је рекао | како је рекла"
    " | како је нагласио | како је нагласила",
    "connectors": "iz sa из са",
    "pronouns": "on/ona он/она",
    "titles": "urednik gradonačelnik ambasador ambasadora šef šefa predsednik predsjednik"
    " predsednika ministar ministra"
    " direktor direktora koordinator koordinatora predstavnik predstavnika zamenik zamjenik"
    " generalni specijalni specijalna portparol savetnik savjetnik komesar амбасадор амбасадора"
    " шеф шефа председник председника предсједник министар министра директор директора"
    " координатор координатора представник представника заменик замјеник генерални специјални"
    " специјална портпарол саветник савјетник комесар",
    "female": "urednica ambasadorka ambasadorke šefica šefice predsednica predsjednica ministarka"
    " direktorka koordinatorka predstavnica zamenica zamjenica portparolka savetnica savjetnica"
    " амбасадорка амбасадорке шефица шефице председница предсједница министарка директорка"
    " координаторка представница заменица замјеница портпаролка саветница"
    # genitive forms ("prema riječima voditeljice … Ivane Babić")
    " voditeljica voditeljice direktorke koordinatorke predstavnice zamenice zamjenice"
    " savetnice savjetnice predsednice predsjednice ministarke",
    "honorifics": "gospodin/gospođa господин/госпођа",
    "aux": "je је takođe također такође",
    "orgs": "misija misije misiji kancelarija kancelarije centar centra biro organizacija"
    " organizacije savet saveta ministarstvo ministarstva republike komitet komiteta sekretarijat"
    " sekretarijata skupština skupštine institucija institucije мисија мисије мисији канцеларија"
    " канцеларије центар центра организација организације савет савета министарство министарства"
    " републике скупштина скупштине",
    "genitive endings": "mg:a>_ fg:e>a mg:e>a m:a>_ mg:а>_ fg:е>а mg:е>а m:а>_",
    # a name in the genitive the dictionary does not know as written ("Miloša Jovanovića")
    "name cases": "mg:a>_ fg:e>a m:a>_ mg:а>_ fg:е>а m:а>_",
    "oblique endings": "oj om ima ama u ом ој има ама у",
    "unnamed": "jedan jedna jednog jedne један једна једног једне",
    "traits": "drop genitive-according",
    "groups": "supredsjedatelji | kopredsedavajući | promatrači | posmatrači | učesnici"
    " | sudionici | stručnjaci | delegacije | delegacija | misija | organizatori | посматрачи"
    " | учесници | стручњаци | делегације | мисија",
    "group pronouns": "oni они",
}
