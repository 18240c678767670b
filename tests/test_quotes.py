"""Golden cases for ``osce_parse.quotes.extract_quotes``.

``CASES`` is a table: input paragraphs → the expected quotes, each as
(paragraph, speaker, text, mention, verb, continued). ``benchmarks/quotes_eval.py`` reuses it.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osce_parse.models import Quote
from osce_parse.quotes import extract_quotes

SEED = Path(__file__).parent / "fixtures" / "seed_50033.txt"  # the seed release as text
SEED_PARAGRAPHS = (
    tuple(SEED.read_text(encoding="utf-8").splitlines()[-9:]) if SEED.exists() else ()
)

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
        ((1, "Lamberto Zannier", "Cyber threats know no borders and require a co-ordinated "
          "response from all participating States", "he", "said", False),),
    ),
    Case(
        "verb-first-with-role",
        (
            '"The Mission will continue to support the Kosovo institutions in their efforts to '
            'build a multi-ethnic society," said Aleksi Harkonen, the head of the OSCE '
            "Presence in Albania.",
        ),
        ((0, "Aleksi Harkonen", "The Mission will continue to support the Kosovo institutions "
          "in their efforts to build a multi-ethnic society", "Aleksi Harkonen", "said", False),),
    ),
    Case(
        "title-surname-resolves-to-full-name",
        (
            LENARCIC_INTRO,
            '"Elections are only meaningful when voters can make an informed choice,” '
            "Ambassador Lenarčič added.",
        ),
        ((1, "Janez Lenarčič", "Elections are only meaningful when voters can make an informed "
          "choice", "Ambassador Lenarčič", "added", False),),
    ),
    Case(
        "colon-after-told-with-diacritics",
        (
            "GENEVA, 5 May 2014 – Ivan Šimonović, UN Assistant Secretary-General for Human Rights, "
            'told the conference: "Human rights violations are often the first warning sign of '
            'conflict."',
        ),
        ((0, "Ivan Šimonović", "Human rights violations are often the first warning sign of "
          "conflict.", "Ivan Šimonović", "told", False),),
    ),
    Case(
        "according-to-particle-name",
        (
            'According to Ursula von der Leyen, "Europe and the OSCE share the same commitment to '
            'security and co-operation."',
            '"We will not look away," von der Leyen said.',
        ),
        (
            (0, "Ursula von der Leyen", "Europe and the OSCE share the same commitment to "
             "security and co-operation.", "Ursula von der Leyen", None, False),
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
            (2, "Ian Borg", "Our Chairpersonship will be guided by a single aim: to keep the OSCE "
             "working for the people it serves", "he", "said", False),
            (3, "Helga Maria Schmid", "The Organization needs a budget that matches its mandate",
             "Schmid", "said", False),
            (4, "Ian Borg", "This is a moment of great responsibility for my country",
             "the Minister", "stressed", False),
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
        ((2, "Dunja Mijatović", "Journalists must be able to work without fear of violence or "
          "intimidation", "she", "said", False),),
    ),
    Case(
        "split-by-attribution",
        (
            '"Elections are the foundation of democratic governance," said Ambassador Tana de '
            'Zulueta, head of the ODIHR election observation mission. "Voters were offered a '
            'genuine choice, and fundamental freedoms were respected."',
        ),
        (
            (0, "Tana de Zulueta", "Elections are the foundation of democratic governance",
             "Ambassador Tana de Zulueta", "said", False),
            (0, "Tana de Zulueta", "Voters were offered a genuine choice, and fundamental "
             "freedoms were respected.", "Ambassador Tana de Zulueta", "said", False),
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
            (1, "Lamberto Zannier", "but the road to a stable and prosperous Kosovo is still long.",
             "he", "said", False),
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
            (1, "Lamberto Zannier", "The Mission has accomplished a great deal over the past "
             "decade. Institutions have been built and elections have been held.", "Zannier",
             "said", False),
            (2, "Lamberto Zannier", "Much remains to be done, however, particularly in the north.",
             None, None, True),
            (3, "Lamberto Zannier", "We count on the support of all participating States.", None,
             None, True),
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
            (1, "Janez Lenarčič", "Free and fair elections require more than a well-run election "
             "day.", None, None, False),
            (2, "Janez Lenarčič", "They require a level playing field throughout the campaign",
             "Lenarčič", "said", True),
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
            (2, "Ian Borg", "It is the only way to rebuild trust among the participating States.",
             None, None, True),
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
            (1, "Janez Lenarčič", "The OSCE has a key role to play in the region", "Lenarčič",
             "said", False),
            (1, "Janez Lenarčič", "Free media are the oxygen of democracy.", "Lenarčič", "said",
             False),
        ),
    ),
    Case(
        "guillemets-comma-outside",
        (
            "«We must do more to protect journalists, online and offline», said Harlem Désir, "
            "the OSCE Representative on Freedom of the Media.",
        ),
        ((0, "Harlem Désir", "We must do more to protect journalists, online and offline",
          "Harlem Désir", "said", False),),
    ),
    Case(
        "german-marks-with-nested-single",
        (
            "„Dialogue is the only way forward in eastern Ukraine“, said German Foreign Minister "
            "Frank-Walter Steinmeier.",
            "„The so-called ‚frozen conflicts‘ are not frozen at all“, he added.",
        ),
        (
            (0, "Frank-Walter Steinmeier", "Dialogue is the only way forward in eastern Ukraine",
             "German Foreign Minister Frank-Walter Steinmeier", "said", False),
            (1, "Frank-Walter Steinmeier", "The so-called ‚frozen conflicts‘ are not frozen at all",
             "he", "added", False),
        ),
    ),
    Case(
        "nested-single-quotes-stay-inside",
        (
            "“The OSCE will be in the 'front line' in terms of monitoring and 'sounding the alarm "
            "bell' if necessary,” Zannier said.",
        ),
        ((0, "Zannier", "The OSCE will be in the 'front line' in terms of monitoring and "
          "'sounding the alarm bell' if necessary", "Zannier", "said", False),),
    ),
    Case(
        "unnamed-role-speaker",
        (
            '"The elections were well organized, but the campaign was marred by harsh rhetoric," '
            "the German Foreign Minister said.",
        ),
        ((0, "German Foreign Minister", "The elections were well organized, but the campaign was "
          "marred by harsh rhetoric", "the German Foreign Minister", "said", False),),
    ),
    Case(
        "reported-speech-is-not-a-quote",
        (
            ZANNIER_INTRO,
            "The OSCE will continue to support the reform process, Zannier said.",
            "He noted that the Mission was well-positioned to carry out what he called \"soft "
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
            (1, "Lamberto Zannier", "We are committed to the success of this mission", "he",
             "said", False),
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
        ((1, "Lamberto Zannier", "The OSCE will continue its work throughout Kosovo", "he",
          "said", False),),
    ),
    Case(
        "unbalanced-scare-quote-swallows-nothing",
        (
            'He described the situation as "difficult and complex. Talks will resume in Geneva.',
            '"The Co-Chairs remain committed to a peaceful settlement," said Ambassador Igor '
            "Popov.",
        ),
        ((1, "Igor Popov", "The Co-Chairs remain committed to a peaceful settlement",
          "Ambassador Igor Popov", "said", False),),
    ),
    Case(
        "partial-quote-after-urged",
        (
            LENARCIC_INTRO,
            'Lenarčič urged the authorities to "ensure that all candidates can campaign freely and '
            'without fear".',
        ),
        ((1, "Janez Lenarčič", "ensure that all candidates can campaign freely and without fear",
          "Lenarčič", "urged", False),),
    ),
    Case(
        "called-on-with-role-resolution",
        (
            BORG_INTRO,
            "The Chair-in-Office called on both sides “to refrain from any steps that could "
            "further escalate tensions”.",
        ),
        ((1, "Ian Borg", "to refrain from any steps that could further escalate tensions",
          "the Chair-in-Office", "called", False),),
    ),
    Case(
        "role-then-name-subject",
        (
            '"The OSCE offers an opportunity to make an even more concrete impact in Kosovo," '
            "UNMIK head Lamberto Zannier told the OSCE Permanent Council.",
            '"We will stand by our commitments," he went on.',
        ),
        (
            (0, "Lamberto Zannier", "The OSCE offers an opportunity to make an even more concrete "
             "impact in Kosovo", "UNMIK head Lamberto Zannier", "told", False),
            (1, "Lamberto Zannier", "We will stand by our commitments", "he", "went on", False),
        ),
    ),
    Case(
        "role-with-appositive-name",
        (
            '"Our work with the municipalities has produced concrete results," said the Head of '
            "Mission, Ambassador Clemens Koja.",
        ),
        ((0, "Clemens Koja", "Our work with the municipalities has produced concrete results",
          "the Head of Mission, Ambassador Clemens Koja", "said", False),),
    ),
    Case(
        "quote-after-reported-speech-paragraph",
        (
            "DUSHANBE, 3 April 2012 – Ambassador Ivar Vikki, Head of the OSCE Office in "
            "Tajikistan, said the project would help rural communities manage water resources.",
            "“Access to clean water is a basic need and a source of stability.”",
        ),
        ((1, "Ivar Vikki", "Access to clean water is a basic need and a source of stability.",
          None, None, False),),
    ),
    Case(
        "wrote-and-pronoun-without-antecedent",
        (
            '"Media freedom is under threat across the OSCE region," she wrote in the foreword.',
        ),
        ((0, None, "Media freedom is under threat across the OSCE region", "she", "wrote",
          False),),
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
        ((1, "Kanat Saudabayev", 'The so-called "frozen" conflicts are not frozen at all', "he",
          "said", False),),
    ),
    Case(
        "document-as-speaker-is-not-a-person",
        (
            "VIENNA, 15 January 2014 – The OSCE Chairmanship welcomed the agreement reached in "
            "Geneva.",
            "“This is an important step towards a peaceful settlement,” the statement said.",
        ),
        ((1, None, "This is an important step towards a peaceful settlement", "the statement",
          "said", False),),
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
            (1, "Christian Strohal", "Under your leadership, the Secretariat has become more "
             "efficient", "the Chairperson of the Permanent Council, Ambassador Christian "
             "Strohal", "said", False),
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
        ((1, "Janez Lenarčič", "This is a good day for the voters of this country.", None, None,
          False),),
    ),
    Case(
        "quantified-speaker-with-appositive-name",
        (
            '"We will apply these lessons in our daily work", said one of the participants, '
            "Lieutenant Aigul Asanova.",
        ),
        ((0, "Aigul Asanova", "We will apply these lessons in our daily work",
          "one of the participants, Lieutenant Aigul Asanova", "said", False),),
    ),
    Case(
        "missing-closing-mark-before-verb-first-attribution",
        (
            "“Trust between the police and the communities they serve is the foundation of "
            "effective policing, said Ambassador Sergey Kapinos, Head of the OSCE Centre in "
            "Bishkek.",
        ),
        ((0, "Sergey Kapinos", "Trust between the police and the communities they serve is the "
          "foundation of effective policing", "Ambassador Sergey Kapinos", "said", False),),
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
            (1, "Wendy Patten", "Why are women still under-represented in decision-making?",
             "she", "asked", False),
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
            (1, "Thomas Greminger", "Freie Medien sind eine Voraussetzung für Sicherheit in "
             "unserer Region", "er", "sagte", False),
            (2, "Thomas Greminger", "Wir dürfen Angriffe auf Journalistinnen und Journalisten "
             "nicht hinnehmen", "Greminger", "fügte", False),
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
        ((1, "Michael Georg Link", "Les recommandations doivent être mises en œuvre avant le "
          "prochain scrutin", "il", "a-t-il souligné", False),),
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
            (1, "Ламберто Заньер", "Угрозы в киберпространстве не знают границ, и „быстрых "
             "решений“ здесь нет", "он", "сказал", False),
            (2, "Ингрида Ужкурайте", "Нам нужны совместные меры доверия",
             "посол Ингрида Ужкурайте", "сказала", False),
        ),
        "ru",
    ),
    Case(
        "hungarian-dash-attribution",
        (
            "„A választások tisztasága mindannyiunk közös érdeke” – mondta Ingibjörg Sólrún "
            "Gísladóttir, az ODIHR igazgatója.",
        ),
        ((0, "Ingibjörg Sólrún Gísladóttir", "A választások tisztasága mindannyiunk közös "
          "érdeke", "Ingibjörg Sólrún Gísladóttir", "mondta", False),),
        "hu",
    ),
)


def _as_expected(quote: Quote) -> Expected:
    return (quote.paragraph, quote.speaker, quote.text, quote.mention, quote.verb, quote.continued)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_table(case: Case) -> None:
    quotes, _ = extract_quotes(case.paragraphs, case.language)
    assert [_as_expected(q) for q in quotes] == list(case.quotes)
    for q in quotes:
        assert case.paragraphs[q.paragraph][q.start:q.end] == q.text


@pytest.mark.skipif(not SEED_PARAGRAPHS, reason="seed release not available")
def test_seed_release() -> None:
    quotes, people = extract_quotes(SEED_PARAGRAPHS)
    assert [q.paragraph for q in quotes] == [1, 3, 5, 7, 8]
    assert {q.speaker for q in quotes} == {"Lamberto Zannier"}
    assert [q.continued for q in quotes] == [False, False, False, False, True]
    assert not any("soft intervention" in q.text for q in quotes)
    assert "'front line'" in quotes[3].text
    assert quotes[1].mention == "Zannier" and quotes[0].mention == "he"
    assert people[0].name == "Lamberto Zannier" and people[0].roles == ("UNMIK head",)


def test_people_roles_and_gender() -> None:
    case = next(c for c in CASES if c.id == "he-refers-back-past-a-woman-and-role-resolution")
    _, people = extract_quotes(case.paragraphs)
    by_name = {p.name: p for p in people}
    assert by_name["Ian Borg"].roles == (
        "Malta's Foreign Minister and the new OSCE Chair-in-Office",
    )
    assert by_name["Ian Borg"].gender == "male"
    assert by_name["Helga Maria Schmid"].roles == ("OSCE Secretary General",)
    assert by_name["Helga Maria Schmid"].gender == "female"


def test_people_from_appositive_and_title() -> None:
    _, people = extract_quotes((*CASES[1].paragraphs, LENARCIC_INTRO))
    by_name = {p.name: p for p in people}
    assert by_name["Aleksi Harkonen"].roles == ("head of the OSCE Presence in Albania",)
    lenarcic = by_name["Janez Lenarčič"]
    assert "Ambassador" in lenarcic.roles
    assert any(r.startswith("Director of the OSCE Office") for r in lenarcic.roles)


def test_institutions_and_titles_are_not_people() -> None:
    paragraphs = (
        "The Co-Chairs of the Geneva International Discussions met in Geneva.",
        "The report, titled “Understanding Anti-Semitic Hate Crimes and Addressing the Security "
        "Needs of Jewish Communities”, cites the European Court of Human Rights, the notification "
        "procedure and the Vienna Document.",
        "“Hate crimes send a message of fear to whole communities,” said ODIHR Director Michael "
        "Georg Link.",
    )
    _, people = extract_quotes(paragraphs)
    assert [(p.name, p.roles) for p in people] == [("Michael Georg Link", ("ODIHR Director",))]


def test_gender_cues_beat_unknown_names() -> None:
    paragraphs = (
        "Ms Gulnara Shahinian presented her report to the Council.",
        "Mr Kairat Umarov opened the meeting.",
        '"The report shows that trafficking is on the rise in every region," she said.',
    )
    quotes, people = extract_quotes(paragraphs)
    assert {p.name: p.gender for p in people} == {
        "Gulnara Shahinian": "female", "Kairat Umarov": "male"}
    assert quotes[0].speaker == "Gulnara Shahinian"


def test_other_languages_use_marks_only() -> None:
    quotes, _ = extract_quotes(
        ("«Gazetecilerin korunması için daha fazla çaba göstermeliyiz», dedi Désir.",),
        language="tr",
    )
    assert [q.text for q in quotes] == [
        "Gazetecilerin korunması için daha fazla çaba göstermeliyiz"
    ]
    assert quotes[0].speaker is None


@pytest.mark.parametrize(
    "paragraphs",
    [
        (),
        ("",),
        ('"',),
        ('"' * 5000,),
        ("“" * 3000 + "word " * 10,),
        ('He said "' + "x " * 4000,),
        ("«" * 2000 + "»" * 2000,),
        ("'" * 1000 + "’" * 1000,),
        ('"a," said ' * 2000,),
        (", he said" * 3000,),
    ],
    ids=lambda p: repr(p)[:30],
)
def test_degenerate_inputs_do_not_raise(paragraphs: tuple[str, ...]) -> None:
    quotes, _ = extract_quotes(paragraphs)
    for q in quotes:
        assert paragraphs[q.paragraph][q.start:q.end] == q.text


def test_large_input_is_linear() -> None:
    page = SEED_PARAGRAPHS or CASES[0].paragraphs
    paragraphs = (
        page * 300
        + ('"' + "word, " * 50_000,) * 2  # never closed
        + ("“" * 100_000 + "”'" * 50_000,)  # runs of marks
        + (' "Word' * 50_000,)  # thousands of unmatched opening marks
    )
    size = sum(map(len, paragraphs)) / 1e6
    started = time.process_time()
    extract_quotes(paragraphs)
    assert (time.process_time() - started) / size < 0.8  # seconds per MB


_QUOTE_CHARS = st.sampled_from([*"\"“”„«»'‘’‚ ,.:;—-\u00a0", "he said", "Zannier", "said X"])
_TEXT = st.lists(st.one_of(_QUOTE_CHARS, st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXT, max_size=6), st.sampled_from(["en", None, "de"]))
def test_fuzz_never_raises_and_offsets_hold(paragraphs: list[str], language: str | None) -> None:
    quotes, people = extract_quotes(paragraphs, language)
    for q in quotes:
        assert paragraphs[q.paragraph][q.start:q.end] == q.text
        assert q.text and not q.text.endswith(",")
    assert all(p.name for p in people)
