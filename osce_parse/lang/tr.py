"""Turkish (tr): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

LABELS = {
    "date": "Tarih | Yayın tarihi | Yayımlanma tarihi",
    "place": "Yer | Konum",
    "sources": "Kaynak | Kaynaklar | Neredeyiz | Yapı | Yapılar",
    "fields_of_work": "Çalışma alanları | Çalışma alanı | Ne yapıyoruz",
    "content_type": "İçerik türü",
}

CONTENT_TYPES = {
    "press release": "Basın bülteni",
    "press statement": "Basın açıklaması",
    "news": "Haberler | Haber",
    "statement": "Açıklama",
    "daily report": "Günlük rapor",
    "weekly report": "Haftalık rapor",
    "media advisory": "Medya duyurusu",
    "feature": "Röportaj",
    "story": "Hikâye | Hikaye",
}

SECTIONS = {
    "contacts": "İletişim",
    "related": "İlgili içerik | Ayrıca bakınız",
    "share": "Paylaş",
    "photo": "Fotoğraf ayrıntıları",
    "newsroom": "Basın odası",
    "contact line": "Daha fazla bilgi için | Ayrıntılı bilgi için",
}

MONTHS = (
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
)

YEAR_WORDS = (
    "yılının",
    "yılı",
)

SPEECH = {
    "verbs": "dedi | söyledi | belirtti | vurguladı | ekledi | kaydetti | açıkladı | ifade etti",
    "after": "diye konuştu | diye ekledi | diye vurguladı | diye belirtti | diye kaydetti"
    " | diye açıkladı | diye uyardı | diye çağrıda bulundu | şeklinde konuştu"
    " | ifadesini kullandı | ifadelerini kullandı",
    "before": "şunları söyledi | şöyle dedi | dedi ki",
    "according after": "göre | ifadesiyle | ifadeleriyle | sözleriyle",
    "pronouns": "o",
    "titles": "büyükelçi büyükelçisi bakan bakanı başkan başkanı genel sekreter sekreteri"
    " temsilci temsilcisi direktör direktörü müdür müdürü koordinatör koordinatörü sözcü sözcüsü"
    " yardımcısı özel dışişleri cumhurbaşkanı başbakan şefi"
    # genitive forms ("Genel Sekreterin ifadesiyle", "Büyükelçinin sözleriyle")
    " büyükelçinin bakanın başkanın sekreterin temsilcinin direktörün müdürün koordinatörün"
    " sözcünün şefin",
    "honorifics": "bay/bayan sayın",
    "orgs": "misyon misyonu ofis ofisi merkez merkezi teşkilatı örgütü konsey konseyi bakanlığı"
    " cumhuriyeti meclisi sekreterliği kurumu",
    "traits": "drop verb-final",
    "groups": "eş başkanlar | gözlemciler | katılımcılar | uzmanlar | heyet | misyon",
}
