"""English (en): the words osce.org's pages in this language use, as data.

The kinds of table and their formats are described in ``osce_parse/lang/__init__.py``.
"""

from __future__ import annotations

LABELS = {
    "date": "Date | Publishing date | Publication date | Published | Date of publication",
    "place": "Place | Location",
    "sources": "Source | Sources | Where we are | Structure | Structures",
    "fields_of_work": "Fields of work | Field of work | What we do | Topic | Topics",
    "content_type": "Content type | Type",
}

CONTENT_TYPES = {
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
}

OTHER_TYPES = "Document | Publication | Event | Page | Basic page | Video | Photo gallery"

SECTIONS = {
    "contacts": "Contacts | Contact | Media contact | Media contacts | Press contact",
    "related": "Related content | Related | Related news | See also",
    "share": "Share | Share this",
    "photo": "Photo details",
    "newsroom": "Newsroom",
    "contact line": "For further information | For more information | For further details"
    " | Media contacts: | Contact:",
}

MONTHS = (
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
)

LINK_WORDS = ("of",)

SPEECH = {
    "verbs": "said | says | reported | added | noted | stressed | emphasized | emphasised"
    " | underlined | underscored | affirmed | reaffirmed | highlighted | concluded | went on"
    " | told | wrote"
    " | urged | called | stated | explained | pointed out | declared | warned | observed"
    " | remarked | reiterated | recalled | commented | continued | asked | acknowledged"
    " | announced | insisted | argued | assured | replied | summarized | summarised | admitted",
    "after": "according to | adds | notes | stresses | emphasizes | emphasises | underlines"
    " | underscores"
    " | affirms | reaffirms | highlights | concludes | goes on | tells | writes | urges | calls"
    " | explains | points out | declares | warns | reiterates | recalls | continues | asks"
    " | insists | argues | responded | summed up | mentioned | suggested | cautioned"
    " | confirmed | maintained | proclaimed | clarified | observes | remarks | comments",
    "before": "expressed | reminded | promised | encouraged | appealed | pledged | vowed",
    "according": "according to",
    "with words": "with by alongside",
    "head words": "head headed",
    "naming verbs": "called | calling | described | describing | termed",
    "speech nouns": "words remarks message statement speech address appeal comments view"
    " conclusion conclusions",
    "pronouns": "he/she",
    "titles": "ambassador minister president vice-president prime secretary general"
    " secretary-general director director-general colonel lieutenant major captain commander"
    " admiral brigadier judge justice prosecutor commissioner representative rapporteur envoy"
    " chair chairperson chair-in-office chairperson-in-office chairman-in-office co-chair"
    " co-ordinator coordinator head chief deputy special senior foreign interior defence defense"
    " mayor governor senator mp spokesperson adviser advisor officer counsellor counselor consul"
    " attaché chargé high member president-elect patriarch bishop archbishop pope sheikh emir"
    " premier chancellor professor ombudsperson delegate undersecretary under-secretary vice"
    " first executive permanent personal acting outgoing incoming former new principal assistant"
    " associate auditor superintendent inspector sergeant corporal marshal general-major"
    " major-general lieutenant-general lieutenant-colonel co-rapporteur speaker",
    "male": "chairman spokesman congressman ombudsman king prince baron duke count emperor"
    " businessman",
    "female": "chairwoman spokeswoman congresswoman queen princess duchess countess empress"
    " ambassadress businesswoman",
    "honorifics": "dr prof h.e. excellency hon honourable honorable rev his her",
    "male honorifics": "mr mister sir lord monsieur herr",
    "female honorifics": "mrs ms miss madam madame mme dame lady frau baroness",
    "ranks": "ambassador colonel lieutenant major captain commander admiral brigadier judge"
    " professor sergeant corporal marshal inspector superintendent senator",
    "role nouns": "minister ambassador head chief director president secretary representative"
    " commissioner coordinator co-ordinator chair chairperson chairman chairwoman chair-in-office"
    " chairperson-in-office chairman-in-office spokesperson spokesman spokeswoman official"
    " officer envoy expert adviser advisor rapporteur judge prosecutor mayor governor deputy"
    " leader member delegate ombudsman ombudsperson premier chancellor counsellor counselor"
    " consul diplomat observer monitor trainer participant journalist activist lawyer professor"
    " researcher analyst manager moderator secretary-general director-general co-chair colonel"
    " general commander captain officer specialist consultant chairs heads ministers ambassadors"
    " representatives experts officials participants co-ordinators coordinators mediator"
    " negotiator facilitator speaker president-elect parliamentarian politician senator mp mps"
    " legislator author victim witness survivor student teacher citizen resident founder attorney"
    " patriarch bishop superintendent inspector sergeant rector dean auditor undersecretary"
    " under-secretary",
    "role adjectives": "new former outgoing incoming acting interim current first principal"
    " permanent personal executive assistant associate vice deputy special senior chief foreign"
    " prime national regional local international federal state lead leading top",
    "orgs": "council mission office organization organisation assembly committee commission union"
    " nations republic ministry government parliament centre center department group forum"
    " conference presence programme program project court agency institute university secretariat"
    " chairmanship chairpersonship federation states kingdom police service association network"
    " foundation initiative platform unit division section bureau board directorate"
    " administration authority academy school college party coalition alliance partnership fund"
    " bank institution delegation embassy team force forces army navy declaration document act"
    " law code strategy plan agreement convention treaty charter report statement resolution"
    " decision summit meeting session dialogue process talks award prize festival street square"
    " city region province district municipality river lake sea mountains media press news radio"
    " television club company corporation cabinet senate congress house assembly network"
    " commissioner's community communities people parliaments centres offices missions"
    " governments organizations ministries day week month year women men youth children girls"
    " boys international national european regional federal central eastern western northern"
    " southern united human rights democratic independent joint global annual public civil civic"
    " economic environmental social political military security peace",
    "common": "the a an in on at by for from with as after before during while when where he she"
    " it they we i you his her its their our my your this that these those today yesterday"
    " tomorrow meanwhile also both each every all some many such speaking according following"
    " addressing welcoming opening closing but and or however moreover furthermore there here"
    " under over between among since until through to of if although though despite dear thank"
    " thanks participants several other another most more only then later earlier now thus"
    " therefore not no yes please what who which how why whose whom one two three",
    "particles": "von van der den de del della di da du dos das la le bin ibn al el zu ter ten",
    "connectors": "of for to in on and the",
    "determiners": "the a an",
    "unnamed": "a an one another someone",
    "group pronouns": "they it",
    "subject stop": "is are was were be been being has have had will would can could should may"
    " might must that which who whom whose this these those it its they we i you our their not as"
    " if but so than what when where while because although also",
    "abbreviations": "mr mrs ms dr prof st amb gen col lt maj capt sen rep gov hon rev jr sr mme"
    " mlle no vs e.g i.e h.e u.s u.n",
    "naming cues": "entitled titled called named dubbed so-called known termed labelled labeled"
    " motto slogan theme title headline project programme program campaign conference seminar"
    " workshop roundtable forum report publication handbook manual guide study brochure document"
    " declaration festival exhibition competition film book course training event initiative"
    " magazine newspaper series word words term phrase concept principle",
    "adverbs": "also | further | then | later | again | once again | today | yesterday"
    " | additionally",
    "quantifiers": "one two three some several many each another other",
    "noun suffixes": "tion tions sion sions ment ments ness ities ance ances ence ences ism isms"
    " ship ships",
    "female surname endings": "ova eva ová ská cká skaya ienė aitė ytė ūtė ovna evna yova ska",
    "male surname endings": "ov ev ský cký skiy skii ovich evich ski",
    "groups": "co-chairs | co-chairpersons | chairs | observers | monitors | delegations"
    " | delegation | participants | organizers | organisers | experts | members | authorities"
    " | parties | sides | speakers | panellists | panelists | trainers | trainees"
    " | representatives | ministers | leaders | officials | mission | team | troika"
    " | presidency | chairmanship | chairpersonship | office | secretariat | presence | centre"
    " | center | troika",
}
