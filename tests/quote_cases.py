"""The table of quote cases ``tests/test_quotes.py`` checks (and ``benchmarks/quotes_eval.py``
scores): input paragraphs -> the expected quotes, each as (paragraph, speaker, text, mention, verb,
continued). Data only: the people in the cases of the newer languages are examples, their words
written for the test."""

from __future__ import annotations

from typing import NamedTuple

Expected = tuple[int, str | None, str, str | None, str | None, bool]


class Case(NamedTuple):
    id: str
    paragraphs: tuple[str, ...]
    quotes: tuple[Expected, ...]
    language: str = "en"


BORG_INTRO = (
    "VALLETTA, 11 January 2024 – Malta's Foreign Minister and the new OSCE Chair-in-Office, "
    "Ian Borg, presented the priorities of the Maltese Chairpersonship to the Permanent Council "
    "in Vienna today."
)
ZANNIER_INTRO = (
    "PRISTINA, 14 June 2010 - UNMIK head Lamberto Zannier met the Deputy Head of the OSCE "
    "Mission in Kosovo, Ambassador Ilze Brands Kehris, to discuss the transfer of "
    "responsibilities."
)
LENARCIC_INTRO = (
    "WARSAW, 2 October 2017 – Ambassador Janez Lenarčič, Director of the OSCE Office for "
    "Democratic Institutions and Human Rights (ODIHR), opened the Human Dimension "
    "Implementation Meeting today."
)

CASES: tuple[Case, ...] = (
    Case(
        "post-pronoun",
        (
            "VIENNA, 12 March 2015 – OSCE Secretary General Lamberto Zannier today opened a "
            "conference on cyber security.",
            '"Cyber threats know no borders and require a co-ordinated response from all '
            'participating States," he said.',
        ),
        (
            (
                1,
                "Lamberto Zannier",
                "Cyber threats know no borders and require a co-ordinated "
                "response from all participating States",
                "he",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "verb-first-with-role",
        (
            '"The Mission will continue to support the Kosovo institutions in their efforts to '
            'build a multi-ethnic society," said Aleksi Harkonen, the head of the OSCE '
            "Presence in Albania.",
        ),
        (
            (
                0,
                "Aleksi Harkonen",
                "The Mission will continue to support the Kosovo institutions "
                "in their efforts to build a multi-ethnic society",
                "Aleksi Harkonen",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "title-surname-resolves-to-full-name",
        (
            LENARCIC_INTRO,
            '"Elections are only meaningful when voters can make an informed choice,” '
            "Ambassador Lenarčič added.",
        ),
        (
            (
                1,
                "Janez Lenarčič",
                "Elections are only meaningful when voters can make an informed choice",
                "Ambassador Lenarčič",
                "added",
                False,
            ),
        ),
    ),
    Case(
        "colon-after-told-with-diacritics",
        (
            "GENEVA, 5 May 2014 – Ivan Šimonović, UN Assistant Secretary-General for Human Rights, "
            'told the conference: "Human rights violations are often the first warning sign of '
            'conflict."',
        ),
        (
            (
                0,
                "Ivan Šimonović",
                "Human rights violations are often the first warning sign of conflict.",
                "Ivan Šimonović",
                "told",
                False,
            ),
        ),
    ),
    Case(
        "according-to-particle-name",
        (
            'According to Ursula von der Leyen, "Europe and the OSCE share the same commitment to '
            'security and co-operation."',
            '"We will not look away," von der Leyen said.',
        ),
        (
            (
                0,
                "Ursula von der Leyen",
                "Europe and the OSCE share the same commitment to security and co-operation.",
                "Ursula von der Leyen",
                None,
                False,
            ),
            (1, "Ursula von der Leyen", "We will not look away", "von der Leyen", "said", False),
        ),
    ),
    Case(
        "he-refers-back-past-a-woman-and-role-resolution",
        (
            BORG_INTRO,
            "He was welcomed by OSCE Secretary General Helga Maria Schmid.",
            '"Our Chairpersonship will be guided by a single aim: to keep the OSCE working for the '
            'people it serves," he said.',
            '"The Organization needs a budget that matches its mandate,” Schmid said.',
            "“This is a moment of great responsibility for my country,” the Minister stressed.",
        ),
        (
            (
                2,
                "Ian Borg",
                "Our Chairpersonship will be guided by a single aim: to keep the OSCE "
                "working for the people it serves",
                "he",
                "said",
                False,
            ),
            (
                3,
                "Helga Maria Schmid",
                "The Organization needs a budget that matches its mandate",
                "Schmid",
                "said",
                False,
            ),
            (
                4,
                "Ian Borg",
                "This is a moment of great responsibility for my country",
                "the Minister",
                "stressed",
                False,
            ),
        ),
    ),
    Case(
        "she-refers-back-past-a-man",
        (
            "BELGRADE, 20 November 2015 – Dunja Mijatović, the OSCE Representative on Freedom of "
            "the Media, met Prime Minister Aleksandar Vučić in Belgrade today.",
            "Vučić assured her that the government would investigate every attack on journalists.",
            "“Journalists must be able to work without fear of violence or intimidation,” she "
            "said.",
        ),
        (
            (
                2,
                "Dunja Mijatović",
                "Journalists must be able to work without fear of violence or intimidation",
                "she",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "split-by-attribution",
        (
            '"Elections are the foundation of democratic governance," said Ambassador Tana de '
            'Zulueta, head of the ODIHR election observation mission. "Voters were offered a '
            'genuine choice, and fundamental freedoms were respected."',
        ),
        (
            (
                0,
                "Tana de Zulueta",
                "Elections are the foundation of democratic governance",
                "Ambassador Tana de Zulueta",
                "said",
                False,
            ),
            (
                0,
                "Tana de Zulueta",
                "Voters were offered a genuine choice, and fundamental freedoms were respected.",
                "Ambassador Tana de Zulueta",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "split-by-comma-attribution",
        (
            ZANNIER_INTRO,
            "“We have come a long way,” he said, “but the road to a stable and prosperous Kosovo "
            "is still long.”",
        ),
        (
            (1, "Lamberto Zannier", "We have come a long way", "he", "said", False),
            (
                1,
                "Lamberto Zannier",
                "but the road to a stable and prosperous Kosovo is still long.",
                "he",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "multi-paragraph-quote",
        (
            ZANNIER_INTRO,
            'Zannier said: "The Mission has accomplished a great deal over the past decade. '
            "Institutions have been built and elections have been held.",
            '"Much remains to be done, however, particularly in the north.',
            '"We count on the support of all participating States."',
        ),
        (
            (
                1,
                "Lamberto Zannier",
                "The Mission has accomplished a great deal over the past "
                "decade. Institutions have been built and elections have been held.",
                "Zannier",
                "said",
                False,
            ),
            (
                2,
                "Lamberto Zannier",
                "Much remains to be done, however, particularly in the north.",
                None,
                None,
                True,
            ),
            (
                3,
                "Lamberto Zannier",
                "We count on the support of all participating States.",
                None,
                None,
                True,
            ),
        ),
    ),
    Case(
        "multi-paragraph-attribution-at-the-end",
        (
            LENARCIC_INTRO,
            "“Free and fair elections require more than a well-run election day.",
            "“They require a level playing field throughout the campaign,” Lenarčič said.",
        ),
        (
            (
                1,
                "Janez Lenarčič",
                "Free and fair elections require more than a well-run election day.",
                None,
                None,
                False,
            ),
            (
                2,
                "Janez Lenarčič",
                "They require a level playing field throughout the campaign",
                "Lenarčič",
                "said",
                True,
            ),
        ),
    ),
    Case(
        "quote-only-paragraph-continues",
        (
            BORG_INTRO,
            "“Dialogue is not a sign of weakness,” Borg said.",
            "“It is the only way to rebuild trust among the participating States.”",
        ),
        (
            (1, "Ian Borg", "Dialogue is not a sign of weakness", "Borg", "said", False),
            (
                2,
                "Ian Borg",
                "It is the only way to rebuild trust among the participating States.",
                None,
                None,
                True,
            ),
        ),
    ),
    Case(
        "mixed-straight-and-curly-marks",
        (
            LENARCIC_INTRO,
            '"The OSCE has a key role to play in the region,” Lenarčič said. “Free media are the '
            'oxygen of democracy."',
        ),
        (
            (
                1,
                "Janez Lenarčič",
                "The OSCE has a key role to play in the region",
                "Lenarčič",
                "said",
                False,
            ),
            (
                1,
                "Janez Lenarčič",
                "Free media are the oxygen of democracy.",
                "Lenarčič",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "guillemets-comma-outside",
        (
            "«We must do more to protect journalists, online and offline», said Harlem Désir, "
            "the OSCE Representative on Freedom of the Media.",
        ),
        (
            (
                0,
                "Harlem Désir",
                "We must do more to protect journalists, online and offline",
                "Harlem Désir",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "german-marks-with-nested-single",
        (
            "„Dialogue is the only way forward in eastern Ukraine“, said German Foreign Minister "
            "Frank-Walter Steinmeier.",
            "„The so-called ‚frozen conflicts‘ are not frozen at all“, he added.",
        ),
        (
            (
                0,
                "Frank-Walter Steinmeier",
                "Dialogue is the only way forward in eastern Ukraine",
                "German Foreign Minister Frank-Walter Steinmeier",
                "said",
                False,
            ),
            (
                1,
                "Frank-Walter Steinmeier",
                "The so-called ‚frozen conflicts‘ are not frozen at all",
                "he",
                "added",
                False,
            ),
        ),
    ),
    Case(
        "nested-single-quotes-stay-inside",
        (
            "“The OSCE will be in the 'front line' in terms of monitoring and 'sounding the alarm "
            "bell' if necessary,” Zannier said.",
        ),
        (
            (
                0,
                "Zannier",
                "The OSCE will be in the 'front line' in terms of monitoring and "
                "'sounding the alarm bell' if necessary",
                "Zannier",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "unnamed-role-speaker",
        (
            '"The elections were well organized, but the campaign was marred by harsh rhetoric," '
            "the German Foreign Minister said.",
        ),
        (
            (
                0,
                "German Foreign Minister",
                "The elections were well organized, but the campaign was marred by harsh rhetoric",
                "the German Foreign Minister",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "reported-speech-is-not-a-quote",
        (
            ZANNIER_INTRO,
            "The OSCE will continue to support the reform process, Zannier said.",
            'He noted that the Mission was well-positioned to carry out what he called "soft '
            'intervention" at the local level, he said.',
        ),
        (),
    ),
    Case(
        "scare-quotes-and-short-phrases",
        (
            'Participants discussed the so-called "frozen conflicts" and the need for "quiet '
            'diplomacy", as well as what one speaker called "the new normal".',
        ),
        (),
    ),
    Case(
        "titles-of-events-projects-documents",
        (
            'The Mission launched a campaign entitled "Say No to Violence Against Women" in '
            'Pristina, as part of the "Strengthening the Rule of Law in Kosovo" project.',
            'The report "Freedom of the Media in the Digital Age" was presented at the "OSCE '
            'Media Conference".',
        ),
        (),
    ),
    Case(
        "stray-space-before-closing-mark",
        (
            ZANNIER_INTRO,
            '"We are committed to the success of this mission ," he said.',
            '"The OSCE will stay the course in Kosovo. "',
        ),
        (
            (
                1,
                "Lamberto Zannier",
                "We are committed to the success of this mission",
                "he",
                "said",
                False,
            ),
            (2, "Lamberto Zannier", "The OSCE will stay the course in Kosovo.", None, None, True),
        ),
    ),
    Case(
        "comma-outside-the-closing-mark",
        (
            "OSCE Special Representative Heidi Tagliavini met the parties in Minsk.",
            '"All sides must respect the ceasefire", she said.',
        ),
        ((1, "Heidi Tagliavini", "All sides must respect the ceasefire", "she", "said", False),),
    ),
    Case(
        "unbalanced-missing-closing-mark-before-attribution",
        (
            ZANNIER_INTRO,
            '"The OSCE will continue its work throughout Kosovo, he said. The Minister agreed.',
        ),
        (
            (
                1,
                "Lamberto Zannier",
                "The OSCE will continue its work throughout Kosovo",
                "he",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "unbalanced-scare-quote-swallows-nothing",
        (
            'He described the situation as "difficult and complex. Talks will resume in Geneva.',
            '"The Co-Chairs remain committed to a peaceful settlement," said Ambassador Igor '
            "Popov.",
        ),
        (
            (
                1,
                "Igor Popov",
                "The Co-Chairs remain committed to a peaceful settlement",
                "Ambassador Igor Popov",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "partial-quote-after-urged",
        (
            LENARCIC_INTRO,
            'Lenarčič urged the authorities to "ensure that all candidates can campaign freely and '
            'without fear".',
        ),
        (
            (
                1,
                "Janez Lenarčič",
                "ensure that all candidates can campaign freely and without fear",
                "Lenarčič",
                "urged",
                False,
            ),
        ),
    ),
    Case(
        "called-on-with-role-resolution",
        (
            BORG_INTRO,
            "The Chair-in-Office called on both sides “to refrain from any steps that could "
            "further escalate tensions”.",
        ),
        (
            (
                1,
                "Ian Borg",
                "to refrain from any steps that could further escalate tensions",
                "the Chair-in-Office",
                "called",
                False,
            ),
        ),
    ),
    Case(
        "role-then-name-subject",
        (
            '"The OSCE offers an opportunity to make an even more concrete impact in Kosovo," '
            "UNMIK head Lamberto Zannier told the OSCE Permanent Council.",
            '"We will stand by our commitments," he went on.',
        ),
        (
            (
                0,
                "Lamberto Zannier",
                "The OSCE offers an opportunity to make an even more concrete impact in Kosovo",
                "UNMIK head Lamberto Zannier",
                "told",
                False,
            ),
            (1, "Lamberto Zannier", "We will stand by our commitments", "he", "went on", False),
        ),
    ),
    Case(
        "role-with-appositive-name",
        (
            '"Our work with the municipalities has produced concrete results," said the Head of '
            "Mission, Ambassador Clemens Koja.",
        ),
        (
            (
                0,
                "Clemens Koja",
                "Our work with the municipalities has produced concrete results",
                "the Head of Mission, Ambassador Clemens Koja",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "quote-after-reported-speech-paragraph",
        (
            "DUSHANBE, 3 April 2012 – Ambassador Ivar Vikki, Head of the OSCE Office in "
            "Tajikistan, said the project would help rural communities manage water resources.",
            "“Access to clean water is a basic need and a source of stability.”",
        ),
        (
            (
                1,
                "Ivar Vikki",
                "Access to clean water is a basic need and a source of stability.",
                None,
                None,
                False,
            ),
        ),
    ),
    Case(
        "wrote-and-pronoun-without-antecedent",
        ('"Media freedom is under threat across the OSCE region," she wrote in the foreword.',),
        ((0, None, "Media freedom is under threat across the OSCE region", "she", "wrote", False),),
    ),
    Case(
        "short-quote-with-attribution",
        ('"We are ready," Zannier said.',),
        ((0, "Zannier", "We are ready", "Zannier", "said", False),),
    ),
    Case(
        "nested-double-quotes-slip",
        (
            "ASTANA, 1 December 2010 – Kazakh Foreign Minister Kanat Saudabayev opened the OSCE "
            "Summit today.",
            '"The so-called "frozen" conflicts are not frozen at all," he said.',
        ),
        (
            (
                1,
                "Kanat Saudabayev",
                'The so-called "frozen" conflicts are not frozen at all',
                "he",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "document-as-speaker-is-not-a-person",
        (
            "VIENNA, 15 January 2014 – The OSCE Chairmanship welcomed the agreement reached in "
            "Geneva.",
            "“This is an important step towards a peaceful settlement,” the statement said.",
        ),
        (
            (
                1,
                None,
                "This is an important step towards a peaceful settlement",
                "the statement",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "pronoun-after-role-reference",
        (
            "VIENNA, 20 July 2017 – OSCE Secretary General Lamberto Zannier addressed the "
            "Permanent Council for the last time today.",
            "“Under your leadership, the Secretariat has become more efficient,” said the "
            "Chairperson of the Permanent Council, Ambassador Christian Strohal.",
            "The Secretary General noted that the Organization faced serious challenges. “We "
            "cannot afford to be complacent,” he warned.",
        ),
        (
            (
                1,
                "Christian Strohal",
                "Under your leadership, the Secretariat has become more efficient",
                "the Chairperson of the Permanent Council, Ambassador Christian Strohal",
                "said",
                False,
            ),
            (2, "Lamberto Zannier", "We cannot afford to be complacent", "he", "warned", False),
        ),
    ),
    Case(
        "unattributed-quote-after-the-subject-of-the-sentence",
        (
            LENARCIC_INTRO,
            "Lenarčič welcomed the adoption of the new electoral code. “This is a good day for "
            "the voters of this country.”",
        ),
        (
            (
                1,
                "Janez Lenarčič",
                "This is a good day for the voters of this country.",
                None,
                None,
                False,
            ),
        ),
    ),
    Case(
        "quantified-speaker-with-appositive-name",
        (
            '"We will apply these lessons in our daily work", said one of the participants, '
            "Lieutenant Aigul Asanova.",
        ),
        (
            (
                0,
                "Aigul Asanova",
                "We will apply these lessons in our daily work",
                "one of the participants, Lieutenant Aigul Asanova",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "british-single-quote-with-nested-doubles-and-apostrophes",
        (
            "'The word \"crisis\" is overused – the farmers' problems since the '80s are "
            "structural,' said Maria Keane.",
        ),
        (
            (
                0,
                "Maria Keane",
                "The word \"crisis\" is overused – the farmers' problems since the '80s are "
                "structural",
                "Maria Keane",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "unnamed-speaker-stays-unnamed",
        ("“We finally have a place to meet,” a resident of the village said.",),
        ((0, None, "We finally have a place to meet", "a resident of the village", "said", False),),
    ),
    Case(
        "name-before-of-institution",
        ("Dr Lidia Novak of the University of Ljubljana said: “Data must be open.”",),
        (
            (
                0,
                "Lidia Novak",
                "Data must be open.",
                "Dr Lidia Novak of the University of Ljubljana",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "group-after-capitalised-article",
        (
            "The monitors visited the crossing. “Queues were shorter than last month,” they "
            "reported.",
        ),
        ((0, "monitors", "Queues were shorter than last month", "they", "reported", False),),
    ),
    Case(
        "missing-closing-mark-before-verb-first-attribution",
        (
            "“Trust between the police and the communities they serve is the foundation of "
            "effective policing, said Ambassador Sergey Kapinos, Head of the OSCE Centre in "
            "Bishkek.",
        ),
        (
            (
                0,
                "Sergey Kapinos",
                "Trust between the police and the communities they serve is the "
                "foundation of effective policing",
                "Ambassador Sergey Kapinos",
                "said",
                False,
            ),
        ),
    ),
    Case(
        "question-dash-and-single-marks",
        (
            "TBILISI, 9 June 2011 – The OSCE Special Representative for Gender Issues, Ambassador "
            "Wendy Patten, visited Georgia this week.",
            "“Why are women still under-represented in decision-making?” she asked. “Because we "
            "have not done enough.”",
            "“Women's rights are human rights” – Patten said.",
            "'We are ready to help the authorities,' she told journalists.",
        ),
        (
            (
                1,
                "Wendy Patten",
                "Why are women still under-represented in decision-making?",
                "she",
                "asked",
                False,
            ),
            (1, "Wendy Patten", "Because we have not done enough.", "she", "asked", False),
            (2, "Wendy Patten", "Women's rights are human rights", "Patten", "said", False),
            (3, "Wendy Patten", "We are ready to help the authorities", "she", "told", False),
        ),
    ),
    Case(
        "german-titles-pronoun-and-separable-verb",
        (
            "WIEN, 3. Mai 2019 – Der Generalsekretär der OSZE, Thomas Greminger, eröffnete heute "
            "die Konferenz zur Medienfreiheit.",
            "„Freie Medien sind eine Voraussetzung für Sicherheit in unserer Region“, sagte er.",
            "„Wir dürfen Angriffe auf Journalistinnen und Journalisten nicht hinnehmen“, fügte "
            "Greminger hinzu.",
        ),
        (
            (
                1,
                "Thomas Greminger",
                "Freie Medien sind eine Voraussetzung für Sicherheit in unserer Region",
                "er",
                "sagte",
                False,
            ),
            (
                2,
                "Thomas Greminger",
                "Wir dürfen Angriffe auf Journalistinnen und Journalisten nicht hinnehmen",
                "Greminger",
                "fügte",
                False,
            ),
        ),
        "de",
    ),
    Case(
        "french-inverted-pronoun-and-guillemets",
        (
            "VARSOVIE, 14 juin 2016 – Le Directeur du BIDDH, Michael Georg Link, a présenté "
            "aujourd’hui le rapport final sur les élections.",
            "« Les recommandations doivent être mises en œuvre avant le prochain scrutin », "
            "a-t-il souligné.",
        ),
        (
            (
                1,
                "Michael Georg Link",
                "Les recommandations doivent être mises en œuvre avant le prochain scrutin",
                "il",
                "a-t-il souligné",
                False,
            ),
        ),
        "fr",
    ),
    Case(
        "russian-lower-case-title-nested-marks-and-verb-gender",
        (
            "ВЕНА, 12 марта 2015 г. – Генеральный секретарь ОБСЕ Ламберто Заньер открыл сегодня "
            "конференцию по кибербезопасности.",
            "«Угрозы в киберпространстве не знают границ, и „быстрых решений“ здесь нет», – "
            "сказал он.",
            "«Нам нужны совместные меры доверия», – сказала посол Ингрида Ужкурайте.",
        ),
        (
            (
                1,
                "Ламберто Заньер",
                "Угрозы в киберпространстве не знают границ, и „быстрых решений“ здесь нет",
                "он",
                "сказал",
                False,
            ),
            (
                2,
                "Ингрида Ужкурайте",
                "Нам нужны совместные меры доверия",
                "посол Ингрида Ужкурайте",
                "сказала",
                False,
            ),
        ),
        "ru",
    ),
    Case(
        "hungarian-dash-attribution",
        (
            "„A választások tisztasága mindannyiunk közös érdeke” – mondta Ingibjörg Sólrún "
            "Gísladóttir, az ODIHR igazgatója.",
        ),
        (
            (
                0,
                "Ingibjörg Sólrún Gísladóttir",
                "A választások tisztasága mindannyiunk közös érdeke",
                "Ingibjörg Sólrún Gísladóttir",
                "mondta",
                False,
            ),
        ),
        "hu",
    ),
    Case(
        "italian-named-and-dropped-subject",
        (
            "VIENNA, 10 marzo 2018 – Il Rappresentante OSCE per la libertà dei media, Harlem "
            "Désir, ha incontrato oggi una delegazione di giornalisti italiani.",
            "«La sicurezza dei giornalisti è una priorità per tutta la regione dell’OSCE», ha "
            "detto Harlem Désir.",
            "«Nessun giornalista dovrebbe temere per la propria vita a causa del proprio "
            "lavoro», ha aggiunto.",
        ),
        (
            (
                1,
                "Harlem Désir",
                "La sicurezza dei giornalisti è una priorità per tutta la regione dell’OSCE",
                "Harlem Désir",
                "ha detto",
                False,
            ),
            (
                2,
                "Harlem Désir",
                "Nessun giornalista dovrebbe temere per la propria vita a causa del proprio lavoro",
                None,
                "ha aggiunto",
                False,
            ),
        ),
        "it",
    ),
    Case(
        "spanish-named-and-dropped-subject",
        (
            "MADRID, 29 de noviembre de 2007 – El Presidente en ejercicio de la OSCE, el "
            "ministro Miguel Ángel Moratinos, inauguró hoy la reunión del Consejo Ministerial.",
            "«La OSCE debe seguir siendo un foro de diálogo para todos sus Estados "
            "participantes», dijo Moratinos.",
            "«Ningún conflicto de nuestra región se resolverá por la fuerza», añadió.",
        ),
        (
            (
                1,
                "Miguel Ángel Moratinos",
                "La OSCE debe seguir siendo un foro de diálogo "
                "para todos sus Estados participantes",
                "Moratinos",
                "dijo",
                False,
            ),
            (
                2,
                "Miguel Ángel Moratinos",
                "Ningún conflicto de nuestra región se resolverá por la fuerza",
                None,
                "añadió",
                False,
            ),
        ),
        "es",
    ),
    Case(
        "french-named-speaker-after-the-verb",
        (
            "« Les observateurs ont pu travailler librement dans tous les bureaux de vote », a "
            "déclaré Michael Georg Link, directeur du BIDDH.",
        ),
        (
            (
                0,
                "Michael Georg Link",
                "Les observateurs ont pu travailler librement dans tous les bureaux de vote",
                "Michael Georg Link",
                "a déclaré",
                False,
            ),
        ),
        "fr",
    ),
    Case(
        "hungarian-dropped-subject",
        (
            "„A választások tisztasága mindannyiunk közös érdeke” – mondta Ingibjörg Sólrún "
            "Gísladóttir, az ODIHR igazgatója.",
            "„A megfigyelők jelentése nyolc héten belül elkészül” – tette hozzá.",
        ),
        (
            (
                0,
                "Ingibjörg Sólrún Gísladóttir",
                "A választások tisztasága mindannyiunk közös érdeke",
                "Ingibjörg Sólrún Gísladóttir",
                "mondta",
                False,
            ),
            (
                1,
                "Ingibjörg Sólrún Gísladóttir",
                "A megfigyelők jelentése nyolc héten belül elkészül",
                None,
                "tette hozzá",
                False,
            ),
        ),
        "hu",
    ),
    # --- the other languages of the site (labels.SPEECH_WORDS); names are examples -----------
    Case(
        "ukrainian-gendered-pronouns-and-aux",
        (
            "КИЇВ, 4 квітня 2016 р. – Головний спостерігач СММ ОБСЄ Ертугрул Апакан і його "
            "заступниця Олена Коваль провели сьогодні брифінг для журналістів у Києві.",
            "«Ми закликаємо сторони повністю дотримуватися режиму припинення вогню», – сказав "
            "Апакан.",
            "«Цивільне населення не повинно страждати від обстрілів», – додала вона.",
            "Він також наголосив: «Місія продовжуватиме роботу по обидва боки лінії зіткнення».",
        ),
        (
            (
                1,
                "Ертугрул Апакан",
                "Ми закликаємо сторони повністю дотримуватися режиму припинення вогню",
                "Апакан",
                "сказав",
                False,
            ),
            (
                2,
                "Олена Коваль",
                "Цивільне населення не повинно страждати від обстрілів",
                "вона",
                "додала",
                False,
            ),
            (
                3,
                "Ертугрул Апакан",
                "Місія продовжуватиме роботу по обидва боки лінії зіткнення",
                "він",
                "наголосив",
                False,
            ),
        ),
        "uk",
    ),
    Case(
        "serbian-latin-dropped-subject-by-verb-gender",
        (
            "BEOGRAD, 20. novembar 2018. – Šef Misije OEBS-a u Srbiji, ambasador Andrea Orizio, "
            "i zamenica šefa Misije Jelena Marković otvorili su danas regionalnu konferenciju o "
            "slobodi medija.",
            "„Slobodni mediji su temelj svakog demokratskog društva“, rekao je ambasador Orizio.",
            "„Novinari moraju da rade bez straha od pretnji i napada“, dodala je.",
        ),
        (
            (
                1,
                "Andrea Orizio",
                "Slobodni mediji su temelj svakog demokratskog društva",
                "ambasador Orizio",
                "rekao je",
                False,
            ),
            (
                2,
                "Jelena Marković",
                "Novinari moraju da rade bez straha od pretnji i napada",
                None,
                "dodala je",
                False,
            ),
        ),
        "sr",
    ),
    Case(
        "serbian-latin-role-with-appositive-and-pronoun",
        (
            "„Ovo je važan korak za lokalnu samoupravu“, rekla je šefica Kancelarije OEBS-a u "
            "Nišu, ambasadorka Ana Kovač.",
            "Ambasador Petar Petrović je rekao: „Nastavićemo da podržavamo reforme u celoj "
            "zemlji.“",
            "On je dodao: „Mladi ljudi moraju imati veću ulogu u društvu.“",
        ),
        (
            (
                0,
                "Ana Kovač",
                "Ovo je važan korak za lokalnu samoupravu",
                "šefica Kancelarije OEBS-a u Nišu, ambasadorka Ana Kovač",
                "rekla je",
                False,
            ),
            (
                1,
                "Petar Petrović",
                "Nastavićemo da podržavamo reforme u celoj zemlji.",
                "Ambasador Petar Petrović",
                "rekao",
                False,
            ),
            (
                2,
                "Petar Petrović",
                "Mladi ljudi moraju imati veću ulogu u društvu.",
                "on",
                "dodao",
                False,
            ),
        ),
        "sr-Latn",
    ),
    Case(
        "serbian-cyrillic-dropped-subject",
        (
            "БЕОГРАД, 3. мај 2019. – Шеф Мисије ОЕБС-а у Србији, амбасадор Андреа Орицио, "
            "отворио је данас конференцију о борби против трговине људима.",
            "„Трговина људима је тешко кршење људских права“, рекао је амбасадор Орицио.",
            "„Мисија ће наставити да пружа подршку надлежним институцијама“, додао је.",
        ),
        (
            (
                1,
                "Андреа Орицио",
                "Трговина људима је тешко кршење људских права",
                "амбасадор Орицио",
                "рекао је",
                False,
            ),
            (
                2,
                "Андреа Орицио",
                "Мисија ће наставити да пружа подршку надлежним институцијама",
                None,
                "додао је",
                False,
            ),
        ),
        "sr-Cyrl",
    ),
    Case(
        "czech-named-then-dropped-subject",
        (
            "PRAHA, 15. června 2023 – Vedoucí dokumentačního centra OBSE v Praze Jana Dvořáková "
            "dnes představila nový archivní portál.",
            "„Archiv je otevřený každému, kdo chce studovat dějiny OBSE,“ řekla Dvořáková.",
            "„Digitalizace potrvá ještě dva roky,“ dodala.",
        ),
        (
            (
                1,
                "Jana Dvořáková",
                "Archiv je otevřený každému, kdo chce studovat dějiny OBSE",
                "Dvořáková",
                "řekla",
                False,
            ),
            (2, "Jana Dvořáková", "Digitalizace potrvá ještě dva roky", None, "dodala", False),
        ),
        "cs",
    ),
    Case(
        "polish-dash-attribution-and-dropped-subject",
        (
            "WARSZAWA, 12 września 2016 r. – Dyrektor Biura Instytucji Demokratycznych i Praw "
            "Człowieka OBWE (ODIHR) Michael Georg Link otworzył dziś doroczne spotkanie w sprawie "
            "wymiaru ludzkiego.",
            "„Prawa człowieka nie są sprawą wewnętrzną żadnego państwa”, powiedział Link.",
            "„Wybory muszą być wolne i uczciwe, a media niezależne” – podkreślił.",
        ),
        (
            (
                1,
                "Michael Georg Link",
                "Prawa człowieka nie są sprawą wewnętrzną żadnego państwa",
                "Link",
                "powiedział",
                False,
            ),
            (
                2,
                "Michael Georg Link",
                "Wybory muszą być wolne i uczciwe, a media niezależne",
                None,
                "podkreślił",
                False,
            ),
        ),
        "pl",
    ),
    Case(
        "polish-woman-speaker-after-a-man",
        (
            "WARSZAWA – Dyrektor ODIHR Michael Georg Link i rzeczniczka Biura Agnieszka Nowak "
            "spotkali się dziś z dziennikarzami.",
            "„Wszyscy obserwatorzy mieli pełny dostęp do lokali wyborczych” – powiedziała "
            "Agnieszka Nowak.",
            "„Raport końcowy zostanie opublikowany w ciągu ośmiu tygodni” – powiedział Link.",
            "„Zalecenia powinny zostać wdrożone przed kolejnymi wyborami” – dodała.",
        ),
        (
            (
                1,
                "Agnieszka Nowak",
                "Wszyscy obserwatorzy mieli pełny dostęp do lokali wyborczych",
                "Agnieszka Nowak",
                "powiedziała",
                False,
            ),
            (
                2,
                "Michael Georg Link",
                "Raport końcowy zostanie opublikowany w ciągu ośmiu tygodni",
                "Link",
                "powiedział",
                False,
            ),
            (
                3,
                "Agnieszka Nowak",
                "Zalecenia powinny zostać wdrożone przed kolejnymi wyborami",
                None,
                "dodała",
                False,
            ),
        ),
        "pl",
    ),
    Case(
        "macedonian-feminine-title-and-pronoun",
        (
            "СКОПЈЕ, 5 јуни 2017 – Шефицата на Мисијата на ОБСЕ во Скопје, амбасадорката Нина "
            "Суомалаинен, денеска отвори обука за новинари.",
            "„Слободата на изразување е основа на секоја демократија“, изјави амбасадорката "
            "Суомалаинен.",
            "„Мисијата ќе продолжи да ги поддржува професионалните медиуми“, додаде таа.",
        ),
        (
            (
                1,
                "Нина Суомалаинен",
                "Слободата на изразување е основа на секоја демократија",
                "амбасадорката Суомалаинен",
                "изјави",
                False,
            ),
            (
                2,
                "Нина Суомалаинен",
                "Мисијата ќе продолжи да ги поддржува професионалните медиуми",
                "таа",
                "додаде",
                False,
            ),
        ),
        "mk",
    ),
    Case(
        "greek-appositive-name-and-left-out-subject",
        (
            "ΑΘΗΝΑ, 3 Μαΐου 2022 — Η ΟΑΣΕ διοργάνωσε σεμινάριο για την ελευθερία του Τύπου.",
            "«Οι δημοσιογράφοι πρέπει να εργάζονται χωρίς φόβο», δήλωσε η Ειδική Εντεταλμένη "
            "του Οργανισμού, Ελένη Γεωργίου.",
            "«Θα συνεχίσουμε να στηρίζουμε τα ανεξάρτητα μέσα», πρόσθεσε.",
        ),
        (
            (
                1,
                "Ελένη Γεωργίου",
                "Οι δημοσιογράφοι πρέπει να εργάζονται χωρίς φόβο",
                "η Ειδική Εντεταλμένη του Οργανισμού, Ελένη Γεωργίου",
                "δήλωσε",
                False,
            ),
            (
                2,
                "Ελένη Γεωργίου",
                "Θα συνεχίσουμε να στηρίζουμε τα ανεξάρτητα μέσα",
                None,
                "πρόσθεσε",
                False,
            ),
        ),
        "el",
    ),
    Case(
        "russian-nominative-surname-is-not-read-as-a-plural",
        (
            "ДУШАНБЕ, 3 мая 2019 г. – ОБСЕ провела семинар.",
            "«Мы увидели, что совместная работа возможна», – сказал представитель министерства "
            "Фаррух Саидов.",
            "«Ни один журналист не должен опасаться за свою жизнь», – заявила Представитель "
            "ОБСЕ Ингрид Мольнар.",
        ),
        (
            (
                1,
                "Фаррух Саидов",
                "Мы увидели, что совместная работа возможна",
                "представитель министерства Фаррух Саидов",
                "сказал",
                False,
            ),
            (
                2,
                "Ингрид Мольнар",
                "Ни один журналист не должен опасаться за свою жизнь",
                "Представитель ОБСЕ Ингрид Мольнар",
                "заявила",
                False,
            ),
        ),
        "ru",
    ),
    Case(
        "spanish-long-role-then-comma-and-name",
        (
            '"Ningún gobierno debería comprar bienes producidos con trabajo forzoso", dijo la '
            "Representante Especial y Coordinadora de la OSCE para la Lucha contra la Trata de "
            "Personas, Maria Lindholm.",
        ),
        (
            (
                0,
                "Maria Lindholm",
                "Ningún gobierno debería comprar bienes producidos con trabajo forzoso",
                "Maria Lindholm",
                "dijo",
                False,
            ),
        ),
        "es",
    ),
    Case(
        "italian-elided-article-before-the-title",
        (
            "“Il Mediterraneo non è una frontiera che ci separa”, ha dichiarato "
            "l’Ambasciatrice Giulia Ferraresi, Presidente del Gruppo di contatto mediterraneo.",
        ),
        (
            (
                0,
                "Giulia Ferraresi",
                "Il Mediterraneo non è una frontiera che ci separa",
                "l’Ambasciatrice Giulia Ferraresi",
                "ha dichiarato",
                False,
            ),
        ),
        "it",
    ),
    Case(
        "macedonian-role-noun-the-titles-do-not-list",
        (
            "„Ова е прв чекор кон закон“, рече пратеничката Маја Ѓорѓиевска, координаторка на "
            "Клубот на пратенички.",
        ),
        ((0, "Маја Ѓорѓиевска", "Ова е прв чекор кон закон", "Маја Ѓорѓиевска", "рече", False),),
        "mk",
    ),
    Case(
        "he-refers-to-the-man-named-in-the-same-paragraph",
        (
            '"Border agencies are only as strong as their weakest link," said Henrik Solberg, '
            "Head of the Borders Unit.",
            "Participants discussed joint risk analysis.",
            "Deputy Minister of Internal Affairs of Georgia Levan Beridze welcomed the "
            'participants. "We are ready to share our experience," he said.',
        ),
        (
            (
                0,
                "Henrik Solberg",
                "Border agencies are only as strong as their weakest link",
                "Henrik Solberg",
                "said",
                False,
            ),
            (2, "Levan Beridze", "We are ready to share our experience", "he", "said", False),
        ),
        "en",
    ),
    Case(
        "kazakh-role-before-name-after-the-verb",
        (
            "АЛМАТЫ, 2023 жылғы 5 мамыр – ЕҚЫҰ семинар өткізді.",
            "«Жастардың пікірі маңызды», – деді жобаның үйлестірушісі Айгерім Сейітқали.",
        ),
        (
            (
                1,
                "Айгерім Сейітқали",
                "Жастардың пікірі маңызды",
                "Айгерім Сейітқали",
                "деді",
                False,
            ),
        ),
        "kk",
    ),
    Case(
        "romanian-pronoun-and-continuation",
        (
            "CHIȘINĂU, 10 mai 2018 – Șeful Misiunii OSCE în Moldova, ambasadorul Michael "
            "Scanlan, a participat astăzi la o conferință privind procesul de reglementare.",
            "„Dialogul dintre cele două maluri ale Nistrului trebuie să continue”, a declarat "
            "ambasadorul Scanlan.",
            "„Sperăm ca ambele părți să găsească soluții practice pentru oameni”, a adăugat el.",
            "„Misiunea OSCE este pregătită să sprijine acest proces în continuare.”",
        ),
        (
            (
                1,
                "Michael Scanlan",
                "Dialogul dintre cele două maluri ale Nistrului trebuie să continue",
                "ambasadorul Scanlan",
                "a declarat",
                False,
            ),
            (
                2,
                "Michael Scanlan",
                "Sperăm ca ambele părți să găsească soluții practice pentru oameni",
                "el",
                "a adăugat",
                False,
            ),
            (
                3,
                "Michael Scanlan",
                "Misiunea OSCE este pregătită să sprijine acest proces în continuare.",
                None,
                None,
                True,
            ),
        ),
        "ro",
    ),
    Case(
        "albanian-title-and-pronoun",
        (
            "TIRANË, 12 prill 2019 – Kreu i Prezencës së OSBE-së në Shqipëri, ambasadori Bernd "
            "Borchardt, hapi sot një seminar për gazetarët.",
            "“Liria e medias është thelbësore për demokracinë”, tha ambasadori Borchardt.",
            "“Prezenca do të vazhdojë të mbështesë gazetarinë e pavarur”, shtoi ai.",
        ),
        (
            (
                1,
                "Bernd Borchardt",
                "Liria e medias është thelbësore për demokracinë",
                "ambasadori Borchardt",
                "tha",
                False,
            ),
            (
                2,
                "Bernd Borchardt",
                "Prezenca do të vazhdojë të mbështesë gazetarinë e pavarur",
                "ai",
                "shtoi",
                False,
            ),
        ),
        "sq",
    ),
    Case(
        "turkish-verb-final-speaker-before-the-quote",
        (
            "ANKARA, 5 Haziran 2019 – AGİT Genel Sekreteri Thomas Greminger bugün Ankara'da "
            "Dışişleri Bakanı Mevlüt Çavuşoğlu ile bir araya geldi.",
            "Greminger, “Bölgemizdeki çatışmalar ancak diyalog yoluyla çözülebilir” dedi.",
            "“AGİT, Türkiye ile işbirliğini güçlendirmeye hazırdır” diye ekledi.",
            "Bakan Çavuşoğlu ise “Türkiye, AGİT’in her üç boyutuna da bağlılığını sürdürüyor” "
            "ifadesini kullandı.",
        ),
        (
            (
                1,
                "Thomas Greminger",
                "Bölgemizdeki çatışmalar ancak diyalog yoluyla çözülebilir",
                "Greminger",
                "dedi",
                False,
            ),
            (
                2,
                "Thomas Greminger",
                "AGİT, Türkiye ile işbirliğini güçlendirmeye hazırdır",
                None,
                "diye ekledi",
                False,
            ),
            (
                3,
                "Mevlüt Çavuşoğlu",
                "Türkiye, AGİT’in her üç boyutuna da bağlılığını sürdürüyor",
                "Bakan Çavuşoğlu",
                "ifadesini kullandı",
                False,
            ),
        ),
        "tr",
    ),
    Case(
        "azerbaijani-deye-attribution-and-pronoun",
        (
            "BAKI, 14 fevral 2020 – ATƏT-in Baş katibi Tomas Qreminger bu gün Bakıda xarici "
            "işlər naziri Elmar Məmmədyarov ilə görüşüb.",
            "“Münaqişələrin sülh yolu ilə həlli üçün dialoq vacibdir”, - deyə Tomas Qreminger "
            "bildirib.",
            "“ATƏT regionda sabitliyi dəstəkləməyə hazırdır”, - o əlavə edib.",
        ),
        (
            (
                1,
                "Tomas Qreminger",
                "Münaqişələrin sülh yolu ilə həlli üçün dialoq vacibdir",
                "Tomas Qreminger",
                "bildirib",
                False,
            ),
            (
                2,
                "Tomas Qreminger",
                "ATƏT regionda sabitliyi dəstəkləməyə hazırdır",
                "o",
                "əlavə edib",
                False,
            ),
        ),
        "az",
    ),
    Case(
        "kazakh-attributions-and-continuation",
        (
            "АСТАНА, 2019 жылғы 10 қыркүйек – ЕҚЫҰ Бас хатшысы Томас Гремингер бүгін Астанада "
            "баспасөз конференциясын өткізді.",
            "«Орталық Азия елдерімен ынтымақтастық біз үшін басым бағыт болып қала береді», – "
            "деді Томас Гремингер.",
            "«ЕҚЫҰ өңірдегі реформаларды қолдауды жалғастырады», – деп атап өтті ол.",
            "«Біз азаматтық қоғаммен және бұқаралық ақпарат құралдарымен тығыз жұмыс істейміз».",
        ),
        (
            (
                1,
                "Томас Гремингер",
                "Орталық Азия елдерімен ынтымақтастық біз үшін басым бағыт болып қала береді",
                "Томас Гремингер",
                "деді",
                False,
            ),
            (
                2,
                "Томас Гремингер",
                "ЕҚЫҰ өңірдегі реформаларды қолдауды жалғастырады",
                "ол",
                "деп атап өтті",
                False,
            ),
            (
                3,
                "Томас Гремингер",
                "Біз азаматтық қоғаммен және бұқаралық ақпарат құралдарымен тығыз жұмыс істейміз",
                None,
                None,
                True,
            ),
        ),
        "kk",
    ),
    Case(
        "kyrgyz-title-and-pronoun",
        (
            "БИШКЕК, 2018-жылдын 15-майы – ЕККУнун Бишкектеги программалык офисинин башчысы "
            "Дэвид Робинсон бүгүн журналисттер үчүн семинар ачты.",
            "«Маалымат эркиндиги демократиянын негизи болуп саналат», – деди Дэвид Робинсон.",
            "«Биз жарандык коом менен кызматташтыкты улантабыз», – деп кошумчалады ал.",
        ),
        (
            (
                1,
                "Дэвид Робинсон",
                "Маалымат эркиндиги демократиянын негизи болуп саналат",
                "Дэвид Робинсон",
                "деди",
                False,
            ),
            (
                2,
                "Дэвид Робинсон",
                "Биз жарандык коом менен кызматташтыкты улантабыз",
                "ал",
                "деп кошумчалады",
                False,
            ),
        ),
        "ky",
    ),
    Case(
        "tajik-title-and-pronoun",
        (
            "ДУШАНБЕ, 12 апрели соли 2017 – Роҳбари Дафтари САҲА дар Душанбе, сафир Маркус "
            "Мюллер имрӯз дар семинари минтақавӣ иштирок кард.",
            "«Ҳамкорӣ дар соҳаи идоракунии марз барои амнияти минтақа муҳим аст», – гуфт сафир "
            "Маркус Мюллер.",
            "«САҲА ба Тоҷикистон дар ин самт кӯмак мерасонад», – илова кард ӯ.",
        ),
        (
            (
                1,
                "Маркус Мюллер",
                "Ҳамкорӣ дар соҳаи идоракунии марз барои амнияти минтақа муҳим аст",
                "сафир Маркус Мюллер",
                "гуфт",
                False,
            ),
            (
                2,
                "Маркус Мюллер",
                "САҲА ба Тоҷикистон дар ин самт кӯмак мерасонад",
                "ӯ",
                "илова кард",
                False,
            ),
        ),
        "tg",
    ),
    Case(
        "uzbek-latin-apostrophe-variants-and-pronoun",
        (
            "TOSHKENT, 2019-yil 20-mart – YeXHTning Oʻzbekistondagi loyihalar koordinatori, "
            "elchi Jon MakGregor bugun jurnalistlar uchun seminar ochdi.",
            "“Inson huquqlarini himoya qilish bizning ustuvor vazifamizdir”, – dedi elchi "
            "MakGregor.",
            "“YeXHT islohotlarni qoʻllab-quvvatlashda davom etadi”, – deya taʼkidladi u.",
        ),
        (
            (
                1,
                "Jon MakGregor",
                "Inson huquqlarini himoya qilish bizning ustuvor vazifamizdir",
                "elchi MakGregor",
                "dedi",
                False,
            ),
            (
                2,
                "Jon MakGregor",
                "YeXHT islohotlarni qoʻllab-quvvatlashda davom etadi",
                "u",
                "deya taʼkidladi",
                False,
            ),
        ),
        "uz",
    ),
    Case(
        "uzbek-cyrillic-title-and-pronoun",
        (
            "ТОШКЕНТ, 2019 йил 20 март – ЕХҲТнинг Ўзбекистондаги лойиҳалар координатори, элчи "
            "Жон МакГрегор бугун журналистлар учун семинар очди.",
            "«Инсон ҳуқуқларини ҳимоя қилиш бизнинг устувор вазифамиздир», – деди элчи МакГрегор.",
            "«ЕХҲТ ислоҳотларни қўллаб-қувватлашда давом этади», – деб қўшимча қилди у.",
        ),
        (
            (
                1,
                "Жон МакГрегор",
                "Инсон ҳуқуқларини ҳимоя қилиш бизнинг устувор вазифамиздир",
                "элчи МакГрегор",
                "деди",
                False,
            ),
            (
                2,
                "Жон МакГрегор",
                "ЕХҲТ ислоҳотларни қўллаб-қувватлашда давом этади",
                "у",
                "деб қўшимча қилди",
                False,
            ),
        ),
        "uz-Cyrl",
    ),
    Case(
        "georgian-ergative-name-after-title-and-pronoun",
        (
            "თბილისი, 2011 წლის 9 ივნისი – ეუთოს გენდერულ საკითხებში სპეციალური წარმომადგენელი "
            "ვენდი პატენი ამ კვირაში საქართველოს ეწვია.",
            "„ქალები ჯერ კიდევ არასაკმარისად არიან წარმოდგენილი გადაწყვეტილების მიღების "
            "პროცესში“, – განაცხადა ელჩმა ვენდი პატენმა.",
            "„ჩვენ მზად ვართ, დავეხმაროთ ხელისუფლებას“, – დასძინა მან.",
            "„ეს ჩვენი საერთო პასუხისმგებლობაა“, – განაცხადა ეუთოს მისიამ.",
        ),
        (
            (
                1,
                "ვენდი პატენი",
                "ქალები ჯერ კიდევ არასაკმარისად არიან წარმოდგენილი "
                "გადაწყვეტილების მიღების პროცესში",
                "ელჩმა ვენდი პატენმა",
                "განაცხადა",
                False,
            ),
            (2, "ვენდი პატენი", "ჩვენ მზად ვართ, დავეხმაროთ ხელისუფლებას", "მან", "დასძინა", False),
            (3, None, "ეს ჩვენი საერთო პასუხისმგებლობაა", "ეუთოს მისიამ", "განაცხადა", False),
        ),
        "ka",
    ),
    Case(
        "armenian-article-full-stop-and-pronoun",
        (
            "ԵՐԵՎԱՆ, 15 մայիսի 2018 – ԵԱՀԿ գլխավոր քարտուղար Թոմաս Գրեմինգերը այսօր հանդիպեց "
            "լրագրողների հետ։",
            "«Խաղաղ երկխոսությունը միակ ճանապարհն է», – ասաց Թոմաս Գրեմինգերը։",
            "«ԵԱՀԿ-ն պատրաստ է աջակցել բարեփոխումներին», – նշեց նա։",
            "Գրեմինգերը նշել է. «Մենք կշարունակենք աշխատել քաղաքացիական հասարակության հետ»։",
        ),
        (
            (
                1,
                "Թոմաս Գրեմինգեր",
                "Խաղաղ երկխոսությունը միակ ճանապարհն է",
                "Թոմաս Գրեմինգերը",
                "ասաց",
                False,
            ),
            (2, "Թոմաս Գրեմինգեր", "ԵԱՀԿ-ն պատրաստ է աջակցել բարեփոխումներին", "նա", "նշեց", False),
            (
                3,
                "Թոմաս Գրեմինգեր",
                "Մենք կշարունակենք աշխատել քաղաքացիական հասարակության հետ",
                "Գրեմինգերը",
                "նշել է",
                False,
            ),
        ),
        "hy",
    ),
    Case(
        "italian-article-il-before-a-role-after-secondo",
        (
            "Secondo il Segretario generale Paolo Bianchi, «la cooperazione regionale è "
            "indispensabile per la sicurezza».",
        ),
        (
            (
                0,
                "Paolo Bianchi",
                "la cooperazione regionale è indispensabile per la sicurezza",
                "il Segretario generale Paolo Bianchi",
                None,
                False,
            ),
        ),
        "it",
    ),
    Case(
        "italian-reflexive-verb-shows-the-gender",
        (
            "Il ministro Luca Ferraro ha incontrato la rappresentante speciale Sara Conti.",
            "«Abbiamo fatto passi avanti concreti», si è detto soddisfatto.",
            "«Resta molto da fare», si è detta convinta.",
        ),
        (
            (1, "Luca Ferraro", "Abbiamo fatto passi avanti concreti", None, "si è detto", False),
            (2, "Sara Conti", "Resta molto da fare", None, "si è detta", False),
        ),
        "it",
    ),
    Case(
        "polish-zdaniem-genitive-and-z-organisation",
        (
            "Zdaniem ambasadora Piotra Zielińskiego, „dialog jest jedyną drogą do trwałego "
            "pokoju”.",
            "Według Marii Wójcik z Fundacji Równe Szanse, „kobiety wciąż napotykają bariery w "
            "polityce lokalnej”.",
        ),
        (
            (
                0,
                "Piotr Zieliński",
                "dialog jest jedyną drogą do trwałego pokoju",
                "ambasadora Piotra Zielińskiego",
                None,
                False,
            ),
            (
                1,
                "Maria Wójcik",
                "kobiety wciąż napotykają bariery w polityce lokalnej",
                "Marii Wójcik z Fundacji Równe Szanse",
                None,
                False,
            ),
        ),
        "pl",
    ),
    Case(
        "unknown-given-name-before-a-surname-that-is-a-given-name-elsewhere",
        (
            "The Institute’s director, Ms Arbëresha Gashi, said the equipment would help.",
            "‘We don’t want judges to travel for hours to attend a seminar,’ Ms Gashi told "
            "journalists.",
        ),
        (
            (
                1,
                "Arbëresha Gashi",
                "We don’t want judges to travel for hours to attend a seminar",
                "Ms Gashi",
                "told",
                False,
            ),
        ),
    ),
)
